// Whole-sentence and clause-level edits that keep the draft reading naturally: a removed sentence
// takes its spacing (or its whole line or paragraph) with it, a removed leading clause hands the
// capital to the next word, and nothing that looks like a name, amount, date or number is ever
// removed unless it also stands elsewhere in the draft.
import type { Edit } from '../types';
import type { Span } from '../text/segment';
import type { Clause } from './clauses';

// Tokens a fix must never lose: anything with a digit (amounts, dates, order numbers) or a
// capitalized word that is not the first of its sentence (names, products). "I" is a pronoun.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.,:#/-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

const HAS_DIGIT = /\p{N}/u;
// "apa2", "diskon2an" are chat-style reduplication, not numbers.
const REDUPLICATED = /^\p{L}+2(?:an|nya)?$/u;
const CAPITALIZED = /^\p{Lu}/u;
// Mid-sentence means after a letter, digit or comma; after ".", "!" or an emoji a capital is a start.
const AFTER_WORD = /[\p{L}\p{N},;:]\s*$/u;
const PRONOUN_I = /^I(?:['’]\w+)?$/;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** `exempt`: lower-case words that are capitalized by courtesy, not names ("Bapak", "Kak"). */
export function keepsProtected(text: string, start: number, end: number, sentences: readonly Span[], exempt: readonly string[] = []): boolean {
  const removed = text.slice(start, end);
  const starts = sentenceStarts(sentences);
  if (ASCII_ONLY.test(removed)) return keepsProtectedAscii(text, start, end, removed, starts, exempt);
  // exec on the shared pattern (matchAll would copy it); a number needs no test of being a name.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(removed); m; m = TOKEN.exec(removed)) {
    if (isProtected(text, start, end, m[0], start + m.index, starts, exempt)) {
      TOKEN.lastIndex = 0;
      return false;
    }
  }
  TOKEN.lastIndex = 0;
  return true;
}

function isProtected(text: string, start: number, end: number, token: string, at: number, starts: SentenceStarts, exempt: readonly string[]): boolean {
  const isNumber = HAS_DIGIT.test(token) && !REDUPLICATED.test(token);
  const isName =
    !isNumber &&
    CAPITALIZED.test(token) &&
    !starts.has(at) &&
    AFTER_WORD.test(text.slice(Math.max(0, at - 3), at)) &&
    !PRONOUN_I.test(token) &&
    !exempt.includes(token.toLowerCase());
  return (isNumber || isName) && !standsElsewhere(text, start, end, token);
}

const isAsciiAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
/** . , : # / - : inside a token (TOKEN's middle class), never at its ends. */
const isTokenInner = (code: number) => code === 0x2e || code === 0x2c || code === 0x3a || code === 0x23 || code === 0x2f || code === 0x2d;

/**
 * `keepsProtected` on ASCII text: TOKEN's tokens read in place, and only those with a digit or a
 * capital (the only ones that can be protected) sliced and judged. Most tokens are neither.
 */
function keepsProtectedAscii(text: string, start: number, end: number, removed: string, starts: SentenceStarts, exempt: readonly string[]): boolean {
  const n = removed.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnum(removed.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    let last = i;
    let digit = removed.charCodeAt(i) <= 0x39;
    for (i++; i < n; i++) {
      const code = removed.charCodeAt(i);
      if (isAsciiAlnum(code)) {
        last = i;
        if (code <= 0x39) digit = true;
      } else if (!isTokenInner(code)) break;
    }
    i = last + 1;
    const first = removed.charCodeAt(from);
    if (!digit && !(first >= 0x41 && first <= 0x5a)) continue;
    if (isProtected(text, start, end, removed.slice(from, i), start + from, starts, exempt)) return false;
  }
  return true;
}

/** Whether a sentence of a list starts at an offset. */
export type SentenceStarts = { has(at: number): boolean };

const startsOf = new WeakMap<readonly Span[], SentenceStarts>();

/**
 * The starts of `sentences`, one lookup per list (holdsNoFact and keepsProtected read it): a
 * bisection when the list is in order (a draft's sentences: nothing to build), else a set.
 */
export function sentenceStarts(sentences: readonly Span[]): SentenceStarts {
  let starts = startsOf.get(sentences);
  if (!starts) {
    let sorted = true;
    for (let k = 1; k < sentences.length && sorted; k++) sorted = sentences[k - 1]!.start <= sentences[k]!.start;
    starts = sorted ? { has: (at) => startsAt(sentences, at) } : new Set(sentences.map((s) => s.start));
    startsOf.set(sentences, starts);
  }
  return starts;
}

/** Whether a sentence of `sorted` (in order of start) starts at `at`. */
function startsAt(sorted: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start === at;
}

/**
 * True when `token` stands in the text outside [start, end): what `(before + ' ' + after)
 * .includes(token)` says without building that string (a token holds no space, so it cannot
 * straddle the join).
 */
function standsElsewhere(text: string, start: number, end: number, token: string): boolean {
  return (start >= token.length && text.lastIndexOf(token, start - token.length) !== -1) || text.indexOf(token, end) !== -1;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** Removes a sentence with its spacing; when it fills its line or paragraph, the line goes too. */
export function removeSentence(text: string, sentence: Span): Edit {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const nl = text.indexOf('\n', sentence.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const aloneOnLine = text.slice(lineStart, sentence.start).trim() === '' && text.slice(sentence.end, lineEnd).trim() === '';
  if (!aloneOnLine) {
    let end = sentence.end;
    while (end < lineEnd && /[ \t]/.test(text[end]!)) end++;
    if (end < lineEnd) return { start: sentence.start, end, text: '' };
    let start = sentence.start;
    while (start > lineStart && /[ \t]/.test(text[start - 1]!)) start--;
    return { start, end: sentence.end, text: '' };
  }
  // The whole line goes, with the blank line after it when it was a paragraph of its own.
  let end = lineEnd;
  while (end < text.length && /\s/.test(text[end]!)) end++;
  if (end === text.length) {
    let start = lineStart;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    return { start, end: text.length, text: '' };
  }
  const paragraphBreakAfter = /\n[ \t]*\n/.test(text.slice(lineEnd, end));
  const paragraphBreakBefore = lineStart === 0 || endsWithBlankLine(text, lineStart);
  if (paragraphBreakAfter && !paragraphBreakBefore) {
    // Last line of a paragraph: keep the paragraph break that follows.
    return { start: lineStart - 1, end: lineEnd, text: '' };
  }
  return { start: lineStart, end, text: '' };
}

/**
 * `/\n[ \t]*\n[ \t]*$/.test(text.slice(0, at))`, read backwards from `at`: the regex tried every
 * line break of the draft, once per removed sentence (quadratic on long drafts).
 */
export function endsWithBlankLine(text: string, at: number): boolean {
  let i = at;
  for (let breaks = 0; breaks < 2; breaks++) {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (i === 0 || text[i - 1] !== '\n') return false;
    i--;
  }
  return true;
}

// Grammar words, not phrase data: what must go with a removed head clause so the rest stands alone.
const LEADING_CONJUNCTION = /^(?:but|and|so|though|because|since|tapi|tetapi|namun|dan|jadi|soalnya|karena|sebab)\b[\s,]*/iu;
const RELATIVE = /^(?:which|who|whom|yang)\b/iu;

/**
 * Removes clauses [from, to] of a sentence. A removed head passes the capital to the next clause
 * (dropping a dangling "but"/"tapi"); a removed tail keeps the sentence's final punctuation.
 */
const CLOSING_TAIL = /[\s.!?…"”)\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/**
 * The length of CLOSING_TAIL's match (spaces, end marks, closing quotes, emoji): read back from the
 * end while the characters are ASCII (the pattern, unanchored, was tried at every character);
 * any other character sends it to the pattern.
 */
function closingTailLength(text: string): number {
  let at = text.length;
  for (; at > 0; at--) {
    const code = text.charCodeAt(at - 1);
    if (code >= 0x80) return text.match(CLOSING_TAIL)?.[0].length ?? 0;
    const closes = code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x22 || code === 0x29;
    if (!closes) break;
  }
  return text.length - at;
}

export function removeClauses(text: string, sentence: Span, list: readonly Clause[], from: number, to: number): Edit {
  if (from === 0 && to === list.length - 1) return removeSentence(text, sentence);
  if (from === 0) {
    // "…, which caused…" / "…, yang tentunya…" cannot open a sentence: it goes with its head.
    while (to < list.length - 2 && RELATIVE.test(list[to + 1]!.text)) to++;
    const next = list[to + 1]!;
    let start = next.start;
    const conj = text.slice(start).match(LEADING_CONJUNCTION);
    if (conj) start += conj[0].length;
    const first = text.slice(start).match(/^\p{L}/u);
    if (first) return { start: sentence.start, end: start + 1, text: capitalize(first[0]) };
    return { start: sentence.start, end: start, text: '' };
  }
  const last = list[to]!;
  // The sentence's closing punctuation and emoji stay ("…, kurang tahu juga sih 😅" keeps " 😅").
  const tail = to === list.length - 1 ? closingTailLength(last.text) : 0;
  return { start: list[from]!.joinStart, end: last.end - tail, text: '' };
}
