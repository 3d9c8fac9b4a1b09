// Filler openers ("I just wanted to reach out to let you know that", "dengan ini kami bermaksud
// untuk memberitahukan bahwa") delay the point. One alone does not make a draft unclear (formal
// letters use them), so this is a suggestion; the fix deletes the filler and re-capitalizes.
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { findAll } from '../../text/match';
import { counts, deletionEdit } from './text-edits';

export const filler: Rule = {
  id: 'clarity/filler',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'suggestion',
  check(ctx) {
    return findAll(ctx.text, ctx.phrases.clarity.fillerOpeners)
      .filter((hit) => counts(ctx, hit.start, hit.end, false))
      .map((hit): RuleHit => ({
        start: hit.start,
        end: hit.end,
        messageId: 'clarity/filler',
        values: { phrase: hit.text },
        fixes: [{ label: render(ctx.uiLang, 'clarity/filler.fix'), edits: [deletionEdit(ctx, hit.start, hit.end)] }],
      }));
  },
};
