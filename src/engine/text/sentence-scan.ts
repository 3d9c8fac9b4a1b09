// Sentence segments of one line, as Intl.Segmenter('en', { granularity: 'sentence' }) gives them.
//
// V8's sentence segmenter costs ~0.4 ms per 1k words, most of the analysis budget. For text the
// word scanner accepts (Latin script, common punctuation, emoji) this scanner applies the UAX #29
// sentence rules (SB3–SB11) directly and gives the very same segments; any other text goes to the
// segmenter. tests/engine/fast-paths.test.ts compares both on random text.
import { scannable } from './words';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export type Piece = { index: number; segment: string };

// Sentence_Break classes of the characters a scannable text can hold.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const OLETTER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SP = 8;
const SEP = 9;
const SCONTINUE = 10;
/** Extend and Format: part of the character before (SB5). */
const IGNORED = 11;

const LOW = 0x250;
const PUNCT_FROM = 0x2010;
const PUNCT_TO = 0x20c1;
const lowClass = new Uint8Array(LOW);
const punctClass = new Uint8Array(PUNCT_TO - PUNCT_FROM);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) return SEP;
  if (/[\t\v\f \u00a0\u2000-\u200a\u202f\u205f]/.test(ch)) return SP;
  if (/\p{Lowercase}/u.test(ch)) return LOWER;
  if (/\p{Uppercase}|\p{Lt}/u.test(ch)) return UPPER;
  if (/\p{Alphabetic}/u.test(ch)) return OLETTER;
  if (/[0-9]/.test(ch)) return NUMERIC;
  if (/[.\u2024]/.test(ch)) return ATERM;
  if (/[!?\u203c\u203d\u2047-\u2049]/.test(ch)) return STERM;
  if (/[,\-:;\u2013\u2014]/.test(ch)) return SCONTINUE;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u.test(ch)) return CLOSE;
  if (/[\p{M}\p{Cf}]/u.test(ch)) return IGNORED;
  return OTHER;
}
for (let c = 0; c < LOW; c++) lowClass[c] = classify(c);
for (let c = PUNCT_FROM; c < PUNCT_TO; c++) punctClass[c - PUNCT_FROM] = classify(c);

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < LOW) return lowClass[code]!;
  if (code >= PUNCT_FROM && code < PUNCT_TO) return punctClass[code - PUNCT_FROM]!;
  // Emoji (and their modifiers, variation selectors and joiners, which follow an emoji here).
  return code === 0xfe0f || code === 0x200d || (code >= 0xdc00 && code <= 0xdfff) ? IGNORED : OTHER;
}

// Every character of class ATERM, STERM or SEP (see `classify`) a scannable text can hold.
const BREAK_CHARACTER = /[.!?\n\r\u0085\u2024\u2028\u2029\u203c\u203d\u2047-\u2049]/g;

const isLetter = (c: number) => c === UPPER || c === LOWER;

/**
 * The class of the last character before `i` that is not Extend or Format (SB5), from `start` on
 * (OTHER before it). Where the scan resets after a break, that is a terminator, a closing mark or
 * a space: no letter, as the scan's own reset to OTHER, and SB7 asks only for letters.
 */
function classBefore(text: string, i: number, start: number): number {
  for (let k = i - 1; k >= start; k--) {
    const c = classAt(text, k);
    if (c !== IGNORED) return c;
  }
  return OTHER;
}

/** The next character after `j` that is not Extend or Format (SB5). */
function nextUnignored(text: string, j: number, n: number): number {
  j++;
  while (j < n && classAt(text, j) === IGNORED) j++;
  return j;
}

/** Past a line break at `j` (CR LF is one). */
function afterSep(text: string, j: number): number {
  return text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
}

function isTerm(c: number): boolean {
  return c === ATERM || c === STERM;
}

/**
 * End offsets of the sentence segments of text[start, n) (the last one is n), read in place:
 * the caller's line need not be sliced. Written to `ends` from 0 on (the caller's array, reused
 * line after line, not one per line); returns how many.
 */
export function segmentEnds(text: string, ends: number[], start = 0, n = text.length): number {
  let count = 0;
  let i = start;
  while (i < n) {
    // Only a terminator or a line break can end a segment: the pattern finds the next one.
    // test, not exec: no match array; the character found is the one before lastIndex.
    BREAK_CHARACTER.lastIndex = i;
    if (!BREAK_CHARACTER.test(text) || BREAK_CHARACTER.lastIndex > n) break;
    i = BREAK_CHARACTER.lastIndex - 1;
    const c = classAt(text, i);
    if (c === SEP) {
      i = afterSep(text, i);
      ends[count++] = i;
      continue;
    }
    let j = nextUnignored(text, i, n);
    if (c === ATERM && j < n) {
      const after = classAt(text, j);
      // SB6 "3.5", SB7 "U.S": no break right after the full stop.
      if (after === NUMERIC || (after === UPPER && isLetter(classBefore(text, i, start)))) {
        i = j;
        continue;
      }
    }
    while (j < n && classAt(text, j) === CLOSE) j = nextUnignored(text, j, n);
    while (j < n && classAt(text, j) === SP) j = nextUnignored(text, j, n);
    if (j >= n) break;
    if (c === ATERM) {
      // SB8: a full stop followed, past anything but letters and terminators, by a lower-case letter.
      let x = j;
      while (x < n) {
        const k = classAt(text, x);
        if (k === OLETTER || k === UPPER || k === LOWER || k === SEP || isTerm(k)) break;
        x = nextUnignored(text, x, n);
      }
      if (x < n && classAt(text, x) === LOWER) {
        i = j;
        continue;
      }
    }
    const after = classAt(text, j);
    // SB8a: "Wait... what", "ok?!", "no. - but" continue the sentence.
    if (after === SCONTINUE || isTerm(after)) {
      i = j;
      continue;
    }
    // SB11, with SB9/SB10 keeping the closing marks, spaces and one line break.
    i = after === SEP ? afterSep(text, j) : j;
    ends[count++] = i;
  }
  if (n > start && (count === 0 || ends[count - 1] !== n)) ends[count++] = n;
  return count;
}

/** `known`: the caller found `text` scannable (a line of a scannable draft is). */
export function sentencePieces(text: string, known = false): Piece[] {
  if (!known && !scannable(text)) return [...sentenceSegmenter.segment(text)].map((s) => ({ index: s.index, segment: s.segment }));
  const pieces: Piece[] = [];
  const ends: number[] = [];
  const count = segmentEnds(text, ends);
  let from = 0;
  for (let k = 0; k < count; k++) {
    pieces.push({ index: from, segment: text.slice(from, ends[k]) });
    from = ends[k]!;
  }
  return pieces;
}
