// Dismissive phrases ("not my problem", "whatever", "terserah") wave the customer's concern away.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import { hasAny } from '../../text/match';
import { wordsBefore } from '../../understand/find';
import { clauseRemoval, negated } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

/**
 * A one-word dismissal inside a running clause is part of a larger phrase, not an interjection:
 * "settling for whatever furniture is in stock", "warnanya terserah kakak". It waves the customer
 * off when it opens its clause ("Whatever, …", "Terserah kakak mau …") or stands alone.
 */
function midClause(ctx: RuleContext, start: number, end: number): boolean {
  if (/\s/.test(ctx.text.slice(start, end))) return false;
  const continues = /^[ \t]+[\p{L}\p{N}]/u.test(ctx.text.slice(end, end + 3));
  if (!continues || wordsBefore(ctx.text, start, 1).length === 0) return false;
  // Its sentence part (commas included) leaves the customer a take-it-or-leave-it choice ("mau
  // jadi atau nggak") or follows their unwillingness ("Kalau keberatan ya terserah kakak"); "warnanya
  // ya terserah kakak mau yang mana" offers a choice.
  const book = ctx.phrases.politeness;
  const clause = sentencePart(ctx.text, start, end);
  return !hasAny(clause, book.takeItOrLeaveIt) && !hasAny(clause, book.unwillingConditions);
}

/** . ! ? ; and a line break end a sentence part. */
const isPartEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a;

/**
 * The text from the last . ! ? ; or line break before `start` to the first at or after `end`,
 * found by reading out from the phrase (a pattern anchored at the end of the text before the
 * phrase was tried at every start of the draft before it).
 */
export function sentencePart(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isPartEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isPartEnd(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** What may follow a line-end dismissal before its line ends: a full stop, an emoji, spaces. */
const LINE_END = /^[\s.!…]*?(?:\n|$)/u;

const combined = new WeakMap<object, string[]>();

/** "…, whatever" ending the chat's last line dismisses; "whatever suits you" does not. */
function atLineEndOnly(ctx: RuleContext, start: number, end: number): boolean {
  const list = ctx.phrases.politeness.dismissiveAtLineEnd;
  const phrase = ctx.text.slice(start, end).toLowerCase();
  return list.includes(phrase) && !LINE_END.test(ctx.text.slice(end, end + 12));
}

/** "Mau ambil atau nggak terserah": the "nggak" before it is the "or not" of the choice, no negation of it. */
function afterOrNot(ctx: RuleContext, start: number): boolean {
  return ctx.phrases.politeness.takeItOrLeaveIt.includes(wordsBefore(ctx.text, start, 2).join(' '));
}

/** "I'm so sorry for your loss": the words before make it sympathy, not a shrug. */
function sympathy(ctx: RuleContext, start: number): boolean {
  return ctx.phrases.politeness.sympathyLeads.includes(wordsBefore(ctx.text, start, 2).join(' '));
}

export const dismissive = phraseRule({
  id: 'politeness/dismissive',
  list: (book) => {
    let list = combined.get(book.politeness);
    if (!list) combined.set(book.politeness, (list = [...new Set([...book.politeness.dismissive, ...book.politeness.dismissiveAtLineEnd])]));
    return list;
  },
  // Only a negator right before it negates it ("bukan terserah"): in "mau lanjut atau nggak ya
  // terserah kakak" the "nggak" belongs to the choice.
  checkNegation: false,
  skip: (ctx, start, end) =>
    (negated(ctx, start, 1) && !afterOrNot(ctx, start)) || atLineEndOnly(ctx, start, end) || midClause(ctx, start, end) || sympathy(ctx, start),
  // "Whatever," carries its comma; the clause removal needs the word alone to find the clause break.
  fix: (ctx, start, end) => {
    const word = ctx.text.slice(start, end).replace(/[\s,;:.!]+$/u, '');
    return { label: render(ctx.uiLang, 'politeness/dismissive.fix'), edits: [clauseRemoval(ctx, start, start + word.length)] };
  },
});
