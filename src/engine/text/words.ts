// Words of a text, as Intl.Segmenter's word-like segments, with UTF-16 offsets.
//
// V8's word segmenter costs ~1 ms per 5k characters even on short pieces (and grows quadratically
// on long strings): ten times the whole analysis budget. For text made only of Latin-script
// letters, digits, common punctuation and emoji (both our languages), the scanner below gives
// exactly the segmenter's word-like segments (UAX #29 as ICU applies it: "don't", "e.g", "1,850",
// "a:b" and "a_b" are one word, a lone "_" is none); any other character falls back to the
// segmenter. tests/engine/words.test.ts compares both on random text.
import type { Span } from './segment';

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

// A scannable text holds Latin-script letters, digits, common punctuation and emoji. Characters
// outside Latin-1 and Latin Extended-A/B are rare, so only those are looked at, one by one.
const NON_LATIN = /[^\u0000-\u00ac\u00ae-\u00b6\u00b8-\u024f]/g;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const pictographic = new Map<number, boolean>();
// Emoji that are also letters (ℹ Ⓜ 🅰 🅱 🅾 🅿) do not count as emoji.
const LETTER_EMOJI = new Set([0x2139, 0x24c2, 0x1f170, 0x1f171, 0x1f17e, 0x1f17f]);

function isPictographic(code: number): boolean {
  let known = pictographic.get(code);
  if (known === undefined) {
    known = !LETTER_EMOJI.has(code) && PICTOGRAPHIC.test(String.fromCodePoint(code));
    pictographic.set(code, known);
  }
  return known;
}

/** Punctuation and symbols past Latin Extended-B that behave as in the scanner. */
function isPlainPunctuation(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2023) ||
    code === 0x2025 ||
    code === 0x2026 ||
    (code >= 0x2030 && code <= 0x203e) ||
    (code >= 0x2041 && code <= 0x2043) ||
    (code >= 0x2045 && code <= 0x2053) ||
    (code >= 0x2055 && code <= 0x205e) ||
    (code >= 0x20a0 && code <= 0x20c0) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff)
  );
}

/** Variation selector, zero-width joiner and skin tones: only inside an emoji. */
const isEmojiPart = (code: number) => code === 0xfe0f || code === 0x200d || (code >= 0x1f3fb && code <= 0x1f3ff);

/** True when the scanner agrees with the segmenter on `text`. */
export function scannable(text: string): boolean {
  NON_LATIN.lastIndex = 0;
  let emojiEnd = -1;
  // test, not exec: the match is one code unit, just before lastIndex (no match array per quote or dash).
  while (NON_LATIN.test(text)) {
    const at = NON_LATIN.lastIndex - 1;
    const code = text.codePointAt(at)!;
    const end = at + (code > 0xffff ? 2 : 1);
    NON_LATIN.lastIndex = end;
    if (isEmojiPart(code)) {
      if (at !== emojiEnd) return false;
      emojiEnd = end;
    } else if (isPictographic(code)) emojiEnd = end;
    else if (!isPlainPunctuation(code)) return false;
  }
  return true;
}

// Character classes below U+0250 (every other character a scannable text holds is no letter);
// lang-words.ts's one-pass scanner reads words with the same table.
export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
const UNDERSCORE = 3;
export const CLASS = new Uint8Array(0x250);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\p{L}/u.test(ch) ? LETTER : /[0-9]/.test(ch) ? DIGIT : ch === '_' ? UNDERSCORE : OTHER;
}
export const classOf = (code: number) => (code < 0x250 ? CLASS[code]! : OTHER);
// Between two letters: . : ' ’ ‘ (MidLetter, MidNumLet, Single_Quote); between digits: , ; . ' ’ ‘.
const MID_LETTER = new Set([0x2e, 0x3a, 0x27, 0x2019, 0x2018]);
const MID_NUMBER = new Set([0x2c, 0x3b, 0x2e, 0x27, 0x2019, 0x2018]);

/**
 * Word bounds of a scannable text: pushes start and end of every word onto `bounds` (when given)
 * and returns how many words there are.
 */
function scan(text: string, bounds: number[] | null): number {
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    if (classOf(text.charCodeAt(i)) === OTHER) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < length && classOf(text.charCodeAt(i)) !== OTHER) i++;
      if (i + 1 >= length) break;
      const before = classOf(text.charCodeAt(i - 1));
      const mid = text.charCodeAt(i);
      const after = classOf(text.charCodeAt(i + 1));
      const joins =
        (before === LETTER && after === LETTER && MID_LETTER.has(mid)) || (before === DIGIT && after === DIGIT && MID_NUMBER.has(mid));
      if (!joins) break;
      i += 2;
    }
    if (i - start > 1 || text.charCodeAt(start) !== 0x5f) {
      count++;
      bounds?.push(start, i);
    }
  }
  return count;
}

/** Start and end offsets of every word, flat: [start0, end0, start1, end1, …]. */
export function wordBounds(text: string): number[] {
  const bounds: number[] = [];
  if (scannable(text)) scan(text, bounds);
  else for (const w of segmenterWords(text, 0)) bounds.push(w.start, w.end);
  return bounds;
}

/** Calls `visit(start, end)` for every word of `text`, in order. */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  const bounds = wordBounds(text);
  for (let k = 0; k < bounds.length; k += 2) visit(bounds[k]!, bounds[k + 1]!);
}

export function words(text: string, offset = 0): Span[] {
  if (!scannable(text)) return segmenterWords(text, offset);
  const bounds: number[] = [];
  scan(text, bounds);
  const out: Span[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    out.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
  }
  return out;
}

export function wordCount(text: string): number {
  return scannable(text) ? scan(text, null) : segmenterWords(text, 0).length;
}

// The segmenter is quadratic on long strings (80k chars: ~600 ms), so the fallback feeds it short
// pieces cut at whitespace, which no word crosses.
const PIECE = 400;
const WHITESPACE = /\s/g;

function* pieces(text: string): Generator<{ from: number; piece: string }> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE);
    if (to < text.length) {
      WHITESPACE.lastIndex = to;
      to = WHITESPACE.exec(text)?.index ?? text.length;
    }
    yield { from, piece: text.slice(from, to) };
    from = to;
  }
}

function segmenterWords(text: string, offset: number): Span[] {
  const out: Span[] = [];
  for (const { from, piece: chunk } of pieces(text)) {
    for (const piece of wordSegmenter.segment(chunk)) {
      if (!piece.isWordLike) continue;
      const start = offset + from + piece.index;
      out.push({ start, end: start + piece.segment.length, text: piece.segment });
    }
  }
  return out;
}
