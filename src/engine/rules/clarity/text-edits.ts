// Small text-editing helpers shared by the clarity, politeness and supporting rules: fixes must
// read naturally (no double space, sentence starts stay capitalized, punctuation right).
import type { RuleContext } from '../../context';
import type { Edit } from '../../types';
import { containing, isSpaceCode, type Span } from '../../text/segment';

export function capitalize(s: string): string {
  // ASCII characters upper-case alike in every locale but i (İ in Turkish): no locale lookup for them.
  const code = s.charCodeAt(0);
  if (code < 0x80 && code !== 0x69) return code >= 0x61 && code <= 0x7a ? String.fromCharCode(code - 0x20) + s.slice(1) : s;
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** True when only spaces, quotes or list markers stand between the sentence start and `pos`. */
export function atSentenceStart(ctx: RuleContext, pos: number): boolean {
  const sentence = sentenceAt(ctx, pos);
  if (!sentence) return false;
  return /^[\s"'“‘(*\-–•\d.)]*$/.test(ctx.text.slice(sentence.start, pos));
}

export function sentenceAt(ctx: RuleContext, pos: number): Span | undefined {
  // Sentences are sorted and apart: bisection instead of a scan per call (long drafts).
  return containing(ctx.sentences, pos, pos + 1);
}

/**
 * Deletes [start, end) with the space and comma that hang on it, and capitalizes what becomes the
 * sentence start: "So, I think we might…" keeps reading as a sentence.
 */
export function deletionEdit(ctx: RuleContext, start: number, end: number): Edit {
  const text = ctx.text;
  const sentence = sentenceAt(ctx, start);
  let to = end;
  while (to < text.length && /[,:;]/.test(text[to]!)) to++;
  // The phrase is a whole sentence ("Not our problem."): the sentence goes, with the space before it.
  if (sentence && atSentenceStart(ctx, start) && /^[\s.!?…]*$/.test(text.slice(end, sentence.end))) {
    let from = sentence.start;
    let until = sentence.end;
    if (from > 0 && text[from - 1] === ' ') while (from > 0 && text[from - 1] === ' ') from--;
    else while (until < text.length && text[until] === ' ') until++;
    return { start: from, end: until, text: '' };
  }
  while (to < text.length && text[to] === ' ') to++;
  let from = start;
  if (!atSentenceStart(ctx, start)) {
    const endsClause = to === text.length || /[\s.,;:!?]/.test(text[to]!) || to > end;
    // Mid-sentence: keep one space before, drop our trailing one; ", whatever." loses its comma too.
    while (from > 0 && text[from - 1] === ' ' && endsClause) from--;
    if (from > 0 && /[,;]/.test(text[from - 1]!) && /^[.!?]/.test(text.slice(to))) from--;
    if (from < start && to > end && !/^[.!?,;:]/.test(text.slice(to))) return { start: from, end: to, text: ' ' };
    return { start: from, end: to, text: '' };
  }
  // At a sentence start the next word takes the capital.
  const next = text.slice(to).match(/^\p{L}/u);
  if (next) return { start: from, end: to + 1, text: capitalize(next[0]) };
  return { start: from, end: to, text: '' };
}

/** Replaces [start, end), keeping a capital at the sentence start and lower case mid-sentence. */
export function replacementEdit(ctx: RuleContext, start: number, end: number, replacement: string): Edit {
  const original = ctx.text.slice(start, end);
  const startsUpper = /^\p{Lu}/u.test(original);
  let text = replacement;
  if (atSentenceStart(ctx, start) || startsUpper) text = capitalize(replacement);
  else if (/^\p{Lu}\p{Ll}/u.test(replacement) && !/^\[/.test(replacement)) text = replacement.charAt(0).toLocaleLowerCase() + replacement.slice(1);
  return { start, end, text };
}

/** Inside the email's body proper: not the greeting line, not the closing and sign-off. */
export function inBody(ctx: RuleContext, start: number, end: number): boolean {
  return start >= ctx.layout.bodyStart && end <= ctx.layout.bodyEnd;
}

/** . ; : ! ? ( ) and a line break end a clause. */
const isClauseEnd = (code: number) =>
  code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x28 || code === 0x29 || code === 0x0a;
/** An ASCII space or a comma: what parts words in `wordsBefore`. */
const partsWords = (code: number) => code === 0x2c || code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** The few lower-cased words just before `pos` in its clause (which starts at `floor` at the earliest). */
export function wordsBefore(text: string, pos: number, count: number, floor = 0): string[] {
  const from = Math.max(floor, pos - 80);
  // What follows the last clause break: the last piece a split at the breaks gives.
  let at = pos;
  let ascii = true;
  for (; at > from; at--) {
    const code = text.charCodeAt(at - 1);
    if (isClauseEnd(code)) break;
    if (code >= 0x80) ascii = false;
  }
  if (!ascii || !(count > 0)) return text.slice(at, pos).toLowerCase().replace(/’/g, "'").split(/[\s,]+/).filter(Boolean).slice(-count);
  // An ASCII clause: its last words read back from `pos` in place, only they sliced.
  const out: string[] = [];
  let end = pos;
  while (out.length < count) {
    while (end > at && partsWords(text.charCodeAt(end - 1))) end--;
    if (end === at) break;
    let begin = end;
    while (begin > at && !partsWords(text.charCodeAt(begin - 1))) begin--;
    out.push(text.slice(begin, end).toLowerCase());
    end = begin;
  }
  return out.reverse();
}

const EN_NEGATORS = ['not', 'never', "don't", "doesn't", "isn't", "wasn't", "aren't", 'no', 'without'];
const ID_NEGATORS = ['tidak', 'bukan', 'tak', 'gak', 'nggak', 'enggak', 'ga', 'jangan', 'tanpa', 'belum'];

/** A phrase with a negator right before it ("not whatever", "bukan terserah") does not count. */
export function negated(ctx: RuleContext, pos: number, window = 2): boolean {
  const negators = ctx.lang === 'en' ? EN_NEGATORS : ID_NEGATORS;
  // A negation does not reach across a comma: "belum dikirim, nanti dikabari" is still vague.
  // The words are read in place from the last comma of the 80 characters before `pos`.
  const reach = Math.max(0, pos - 80);
  let from = pos;
  while (from > reach && ctx.text.charCodeAt(from - 1) !== 0x2c) from--;
  return wordsBefore(ctx.text, pos, window, from).some((w) => negators.includes(w) || w.endsWith("n't"));
}

/** Whether a phrase hit should count: outside quotes, not negated, not in a user-accepted phrase. */
export function counts(ctx: RuleContext, start: number, end: number, checkNegation = true): boolean {
  return !ctx.isQuoted(start, end) && !(checkNegation && negated(ctx, start));
}

const ADDRESS_WORDS = new Set(['i', 'you', 'your', 'anda', 'bapak', 'ibu', 'kak', 'kakak', 'pak', 'bu', 'mas', 'mbak']);

/** What parts the words `holdsFacts` reads: a space, , ; : ( ) " “ ”. */
const partsFactWords = (code: number) =>
  isSpaceCode(code) || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x22 || code === 0x201c || code === 0x201d;
const OPENS_UPPER = /^\p{Lu}/u;

/**
 * Digits or a capitalized word after the first: an amount, a date or a name a fix must keep. The
 * words are read in place; only a capitalized one is sliced to be looked up.
 */
export function holdsFacts(text: string): boolean {
  if (/\d/.test(text)) return true;
  let first = true;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && partsFactWords(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    let end = i;
    while (end < text.length && !partsFactWords(text.charCodeAt(end))) end++;
    if (!first) {
      const code = text.charCodeAt(i);
      const upper = code < 0x80 ? code >= 0x41 && code <= 0x5a : OPENS_UPPER.test(text.slice(i, end));
      if (upper && !ADDRESS_WORDS.has(text.slice(i, end).toLowerCase().replace(/[^\p{L}]/gu, ''))) return true;
    }
    first = false;
    i = end;
  }
  return false;
}

/** Removes a whole sentence and the space that joins it to its neighbour. */
export function sentenceDeletion(ctx: RuleContext, sentence: Span): Edit {
  const text = ctx.text;
  let from = sentence.start;
  let to = sentence.end;
  if (from > 0 && text[from - 1] === ' ') while (from > 0 && text[from - 1] === ' ') from--;
  else while (to < text.length && text[to] === ' ') to++;
  return { start: from, end: to, text: '' };
}

const CLAUSE_BREAK = /\s[-–—]\s|[,;:]\s/g;
// A lead-in left alone ("To be fair.") is shorter than a main clause left alone ("The fee stands.").
const MIN_LEAD_IN_WORDS = 4;
const MIN_MAIN_WORDS = 2;

/** Where CLAUSE_BREAK matches in the sentence: exec on the shared pattern (matchAll copies it; it never matches empty). */
function clauseBreaks(sentence: Span): { at: number; after: number }[] {
  const out: { at: number; after: number }[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m; m = CLAUSE_BREAK.exec(sentence.text)) {
    out.push({ at: sentence.start + m.index, after: sentence.start + m.index + m[0].length });
  }
  CLAUSE_BREAK.lastIndex = 0;
  return out;
}

/**
 * The first word of a trimmed text, lower-cased, and how many words it has, words parted by
 * spaces (`split(/\s+/)` read in place: ('') is no word and its first word is '').
 */
export function spaceParted(trimmed: string): { first: string; count: number } {
  let count = 0;
  let firstEnd = -1;
  for (let i = 0; i < trimmed.length; ) {
    while (i < trimmed.length && isSpaceCode(trimmed.charCodeAt(i))) i++;
    if (i === trimmed.length) break;
    count++;
    while (i < trimmed.length && !isSpaceCode(trimmed.charCodeAt(i))) i++;
    if (firstEnd < 0) firstEnd = i;
  }
  return { first: trimmed.slice(0, Math.max(0, firstEnd)).toLowerCase(), count };
}

/**
 * Removes the clause that holds [start, end): a jab such as "some of us have a life" goes with
 * its clause, not as a hole in the middle of a sentence. When what would remain is too short or
 * a dependent fragment ("To be fair.", "Biar gak mepet."), the whole sentence goes; when the
 * removed part holds facts (names, amounts, dates), only the phrase itself is deleted.
 */
export function clauseRemoval(ctx: RuleContext, start: number, end: number): Edit {
  const sentence = sentenceAt(ctx, start);
  if (!sentence) return deletionEdit(ctx, start, end);
  const text = ctx.text;
  const breaks = clauseBreaks(sentence);
  const before = breaks.filter((b) => b.after <= start).at(-1);
  const after = breaks.find((b) => b.at >= end);
  const clauseStart = before ? before.after : sentence.start;
  const finalPunct = sentence.text.match(/[.!?…]+$/)?.[0].length ?? 0;
  const clauseEnd = after ? after.at : sentence.end - finalPunct;
  const remaining = (text.slice(sentence.start, before ? before.at : sentence.start) + ' ' + text.slice(after ? after.after : clauseEnd, sentence.end - finalPunct)).trim();
  const { first: firstLeft, count: left } = spaceParted(remaining);
  const fragment = left < (before ? MIN_LEAD_IN_WORDS : MIN_MAIN_WORDS) || ctx.phrases.common.subordinators.includes(firstLeft);
  if (fragment) return holdsFacts(sentence.text) ? deletionEdit(ctx, start, end) : sentenceDeletion(ctx, sentence);
  if (holdsFacts(text.slice(clauseStart, clauseEnd))) return deletionEdit(ctx, start, end);
  if (!before) {
    // First clause: it goes with its break, and the next word takes the capital.
    const nextStart = after!.after;
    return { start: sentence.start, end: nextStart + 1, text: capitalize(text.charAt(nextStart)) };
  }
  return { start: before.at, end: clauseEnd, text: '' };
}
