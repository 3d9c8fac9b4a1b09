// Dismissive phrases ("not my problem", "whatever", "terserah") wave the customer's concern away.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import { wordsBefore } from '../../understand/find';
import { clauseRemoval } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

/**
 * A one-word dismissal inside a running clause is part of a larger phrase, not an interjection:
 * "settling for whatever furniture is in stock", "warnanya terserah kakak". It waves the customer
 * off when it opens its clause ("Whatever, …", "Terserah kakak mau …") or stands alone.
 */
function midClause(ctx: RuleContext, start: number, end: number): boolean {
  if (/\s/.test(ctx.text.slice(start, end))) return false;
  const continues = /^[ \t]+[\p{L}\p{N}]/u.test(ctx.text.slice(end, end + 3));
  return continues && wordsBefore(ctx.text, start, 1).length > 0;
}

export const dismissive = phraseRule({
  id: 'politeness/dismissive',
  list: (book) => book.politeness.dismissive,
  skip: midClause,
  // "Whatever," carries its comma; the clause removal needs the word alone to find the clause break.
  fix: (ctx, start, end) => {
    const word = ctx.text.slice(start, end).replace(/[\s,;:.!]+$/u, '');
    return { label: render(ctx.uiLang, 'politeness/dismissive.fix'), edits: [clauseRemoval(ctx, start, start + word.length)] };
  },
});
