// Splits a draft into paragraphs, lines, sentences and words, keeping UTF-16 offsets into the
// original text so every finding can point back at it.

export type Span = { start: number; end: number; text: string };

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? span(text, start, end) : null;
}

/** Paragraphs are separated by a blank line (the corpus format). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (const match of text.matchAll(separator)) {
    const piece = trimSpan(text, from, match.index);
    if (piece) out.push(piece);
    from = match.index + match[0].length;
  }
  const last = trimSpan(text, from, text.length);
  if (last) out.push(last);
  return out;
}

export function lines(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(/\n/g)) {
    const piece = trimSpan(text, from, match.index);
    if (piece) out.push(piece);
    from = match.index + 1;
  }
  const last = trimSpan(text, from, text.length);
  if (last) out.push(last);
  return out;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Sentences, never crossing a line break: a greeting line ("Hi Dana,") or a list item is a
 * sentence of its own even without a full stop.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const line of lines(text)) {
    for (const piece of sentenceSegmenter.segment(line.text)) {
      const from = line.start + piece.index;
      for (const [a, b] of emojiCuts(piece.segment)) {
        const s = trimSpan(text, from + a, from + b);
        if (s) out.push(s);
      }
    }
  }
  return mergeAbbreviationSplits(text, out);
}

// Chat-style drafts end sentences with an emoji instead of a full stop ("…belum ada 😢 Maaf ya
// kak, …"): an emoji followed by a capital starts a new sentence.
const EMOJI_END = /[\p{Extended_Pictographic}\u200d\ufe0f]+\s+(?=\p{Lu})/gu;

function emojiCuts(segment: string): [number, number][] {
  const cuts: [number, number][] = [];
  let from = 0;
  for (const m of segment.matchAll(EMOJI_END)) {
    const at = m.index + m[0].trimEnd().length;
    cuts.push([from, at]);
    from = at;
  }
  cuts.push([from, segment.length]);
  return cuts;
}

// Intl.Segmenter splits after "Mrs." or "No." followed by a capital; rejoin those.
const ABBREVIATION = /(?:^|\s)(?:mr|mrs|ms|dr|st|no|vs|etc|e\.g|i\.e|jl|bpk|yth|sdr|sdri|tgl|pt|cv)\.$/i;

function mergeAbbreviationSplits(text: string, list: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    const sameLine = prev && !text.slice(prev.end, s.start).includes('\n');
    if (prev && sameLine && ABBREVIATION.test(prev.text)) {
      out[out.length - 1] = span(text, prev.start, s.end);
    } else out.push(s);
  }
  return out;
}

// V8's word segmenter costs ~1 ms per 5k characters even on short pieces (and grows quadratically
// on long strings), ten times the whole analysis budget. For text made only of Latin-script
// letters, digits, common punctuation and emoji (both our languages), this regex gives exactly the
// segmenter's word-like segments (UAX #29 as ICU applies it: "don't", "e.g", "1,850", "a:b" and
// "a_b" are one word, a lone "_" is none); any other character falls back to the segmenter.
const WORD = /[\p{L}0-9_]+(?:(?:(?<=\p{L})[.:'’‘](?=\p{L})|(?<=[0-9])[,;.'’‘](?=[0-9]))[\p{L}0-9_]+)*/gu;
const SAFE_FOR_REGEX =
  /^(?:[\u0000-\u00ac\u00ae-\u00b6\u00b8-\u024f\u2010-\u2023\u2025\u2026\u2030-\u203e\u2041-\u2043\u2045-\u2053\u2055-\u205e\u20a0-\u20c0\u{1F1E6}-\u{1F1FF}]|\p{Extended_Pictographic}[\ufe0f\u200d\u{1F3FB}-\u{1F3FF}]*)*$/u;

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

export function words(text: string, offset = 0): Span[] {
  if (!SAFE_FOR_REGEX.test(text)) return segmenterWords(text, offset);
  const out: Span[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m[0] === '_') continue;
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

export function wordCount(text: string): number {
  if (!SAFE_FOR_REGEX.test(text)) return segmenterWords(text, 0).length;
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (m[0] !== '_') n++;
  return n;
}
