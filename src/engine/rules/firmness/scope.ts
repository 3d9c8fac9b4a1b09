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
 * draft sets a boundary (elsewhere a mention of "our policies" may be an aside). In order, one per
 * start (the first listed). Three rules read them (hedge, vague commitment, concession): gathered
 * once per analysis.
 */
export function decisionSentences(ctx: RuleContext): readonly Span[] {
  const memo = analysisMemo(ctx);
  if (!memo.decided) {
    const { declines, terminations, rules } = ctx.meaning;
    const all = ctx.scenario === 'boundary' ? [...declines, ...terminations, ...rules] : [...declines, ...terminations];
    // A stable sort by start (by insertion for the usual few), then the first of each start.
    if (all.length > 64) all.sort((a, b) => a.start - b.start);
    else {
      for (let i = 1; i < all.length; i++) {
        const s = all[i]!;
        let j = i - 1;
        for (; j >= 0 && all[j]!.start > s.start; j--) all[j + 1] = all[j]!;
        all[j + 1] = s;
      }
    }
    memo.decided = all.filter((s, k) => k === 0 || all[k - 1]!.start !== s.start);
  }
  return memo.decided;
}
