// Double negatives ("not impossible", "bukan tidak mungkin") make the reader undo two negations.
import type { Rule, RuleHit } from '../../rule';
import { findAll } from '../../text/match';

export const doubleNegative: Rule = {
  id: 'clarity/double-negative',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    return findAll(ctx.text, ctx.phrases.clarity.doubleNegatives)
      .filter((hit) => !ctx.isQuoted(hit.start, hit.end))
      .map((hit): RuleHit => ({ start: hit.start, end: hit.end, messageId: 'clarity/double-negative', values: { phrase: hit.text } }));
  },
};
