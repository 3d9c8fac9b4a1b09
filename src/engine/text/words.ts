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

const LATIN = /[^\u0000-\u00ac\u00ae-\u00b6\u00b8-\u024f]/;
// Emoji count, except the six that are also letters (ℹ Ⓜ 🅰 🅱 🅾 🅿).
const SAFE_FOR_SCANNER =
  /^(?:[\u0000-\u00ac\u00ae-\u00b6\u00b8-\u024f\u2010-\u2023\u2025\u2026\u2030-\u203e\u2041-\u2043\u2045-\u2053\u2055-\u205e\u20a0-\u20c0\u{1F1E6}-\u{1F1FF}]|(?![\u2139\u24c2\u{1F170}\u{1F171}\u{1F17E}\u{1F17F}])\p{Extended_Pictographic}[\ufe0f\u200d\u{1F3FB}-\u{1F3FF}]*)*$/u;

/** True when the scanner agrees with the segmenter on `text`. */
export function scannable(text: string): boolean {
  return !LATIN.test(text) || SAFE_FOR_SCANNER.test(text);
}

// Character classes below U+0250 (every other character a scannable text holds is no letter).
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\p{L}/u.test(ch) ? LETTER : /[0-9]/.test(ch) ? DIGIT : ch === '_' ? UNDERSCORE : OTHER;
}
const classOf = (code: number) => (code < 0x250 ? CLASS[code]! : OTHER);
// Between two letters: . : ' ’ ‘ (MidLetter, MidNumLet, Single_Quote); between digits: , ; . ' ’ ‘.
const MID_LETTER = new Set([0x2e, 0x3a, 0x27, 0x2019, 0x2018]);
const MID_NUMBER = new Set([0x2c, 0x3b, 0x2e, 0x27, 0x2019, 0x2018]);

/** Calls `visit(start, end)` for every word of `text`, in order. */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  if (!scannable(text)) {
    for (const w of segmenterWords(text, 0)) visit(w.start, w.end);
    return;
  }
  const length = text.length;
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
    if (i - start > 1 || text.charCodeAt(start) !== 0x5f) visit(start, i);
  }
}

export function words(text: string, offset = 0): Span[] {
  if (!scannable(text)) return segmenterWords(text, offset);
  const out: Span[] = [];
  eachWord(text, (start, end) => out.push({ start: offset + start, end: offset + end, text: text.slice(start, end) }));
  return out;
}

export function wordCount(text: string): number {
  let n = 0;
  eachWord(text, () => n++);
  return n;
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
