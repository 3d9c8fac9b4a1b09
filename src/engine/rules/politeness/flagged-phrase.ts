// The user's own "always flag" phrases (options page): reported wherever they occur, even quoted.
import type { Rule, RuleHit } from '../../rule';
import { findAll } from '../../text/match';

export const flaggedPhrase: Rule = {
  id: 'politeness/flagged-phrase',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const phrases = (ctx.settings.flagPhrases ?? []).map((p) => p.trim().toLowerCase()).filter(Boolean);
    if (phrases.length === 0) return [];
    return findAll(ctx.text, phrases).map((hit): RuleHit => ({ start: hit.start, end: hit.end, messageId: 'politeness/flagged-phrase', values: { phrase: hit.text } }));
  },
};
