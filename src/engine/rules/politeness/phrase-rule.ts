// A politeness rule that is a phrase family: every hit outside quotes and not negated is reported
// with one message id; the fix (if any) is decided per rule.
import type { RuleContext } from '../../context';
import type { PhraseBook } from '../../phrases/book';
import type { Rule, RuleHit } from '../../rule';
import { findAll } from '../../text/match';
import type { Fix, Severity } from '../../types';
import { counts } from '../clarity/text-edits';

type PhraseRuleSpec = {
  id: string;
  list: (book: PhraseBook) => readonly string[];
  severity?: Severity;
  /** Skip a hit (beyond quotes and negation), e.g. a threat phrase that cites a contract clause. */
  skip?: (ctx: RuleContext, start: number, end: number) => boolean;
  fix?: (ctx: RuleContext, start: number, end: number) => Fix | null;
  checkNegation?: boolean;
};

export function phraseRule(spec: PhraseRuleSpec): Rule {
  return {
    id: spec.id,
    principle: 'politeness',
    languages: ['en', 'id'],
    severity: spec.severity ?? 'warning',
    check(ctx) {
      const hits: RuleHit[] = [];
      for (const hit of findAll(ctx.text, spec.list(ctx.phrases))) {
        if (!counts(ctx, hit.start, hit.end, spec.checkNegation ?? true)) continue;
        if (spec.skip?.(ctx, hit.start, hit.end)) continue;
        const fix = spec.fix?.(ctx, hit.start, hit.end);
        hits.push({ start: hit.start, end: hit.end, messageId: spec.id, values: { phrase: hit.text }, fixes: fix ? [fix] : [] });
      }
      return hits;
    },
  };
}
