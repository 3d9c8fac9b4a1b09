// Where firmness applies: only where something is decided (refusal, termination, boundary, a
// complaint the business is right about), and which sentences carry the decision.
import type { RuleContext } from '../../context';
import type { Scenario } from '../../types';
import type { Span } from '../../text/segment';
import { analysisMemo } from '../per-analysis';

const DECIDING: readonly Scenario[] = ['refusal', 'termination', 'boundary', 'complaint-right'];

export function firmnessApplies(ctx: RuleContext): boolean {
  return DECIDING.includes(ctx.scenario);
}

/**
 * Sentences that state the decision: a decline or an end of service, and the rule itself when the
 * draft sets a boundary (elsewhere a mention of "our policies" may be an aside).
 */
// Read by three rules in one analysis (hedge, vague commitment, concession): gathered once.
export function decisionSentences(ctx: RuleContext): readonly Span[] {
  const memo = analysisMemo(ctx);
  let found = memo.decided;
  if (!found) {
    const { declines, terminations, rules } = ctx.meaning;
    const seen = new Set<number>();
    found = [...declines, ...terminations, ...(ctx.scenario === 'boundary' ? rules : [])]
      .filter((s) => !seen.has(s.start) && (seen.add(s.start), true))
      .sort((a, b) => a.start - b.start);
    memo.decided = found;
  }
  return found;
}

