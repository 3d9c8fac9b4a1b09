// Splits a draft into paragraphs, lines, sentences and words, keeping UTF-16 offsets into the
// original text so every finding can point back at it.

import { segmentEnds, sentencePieces } from './sentence-scan';
import { scannable } from './words';

export type Span = { start: number; end: number; text: string };

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The span of `sorted` (sorted by start, none overlapping: sentences, quotes) that holds
 * [start, end), found by bisection: what `sorted.find((s) => s.start <= start && end <= s.end)` gives.
 */
export function containing<T extends Span>(sorted: readonly T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = sorted[lo - 1];
  return s && end <= s.end ? s : undefined;
}

/** JavaScript's `\s`, on one UTF-16 unit. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start < end ? span(text, start, end) : null;
}

/** Paragraphs are separated by a blank line (the corpus format). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at !== -1; ) {
    const end = blankLineEnd(text, at);
    if (end < 0) {
      at = text.indexOf('\n', at + 1);
      continue;
    }
    const piece = trimSpan(text, from, at);
    if (piece) out.push(piece);
    from = end;
    at = text.indexOf('\n', end);
  }
  const last = trimSpan(text, from, text.length);
  if (last) out.push(last);
  return out;
}

/**
 * Where the separator starting at the line break at `at` ends: spaces or tabs, a second line
 * break, then any whitespace (what the pattern \n[ \t]*\n\s* matched, without copying it on every
 * call); -1 when no blank line follows.
 */
function blankLineEnd(text: string, at: number): number {
  let i = at + 1;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  if (text.charCodeAt(i) !== 0x0a) return -1;
  i++;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The bounds (start, end pairs) of the draft's lines, trimmed, blank ones left out, none sliced:
 * the layout reads only the first and last few lines of a draft.
 */
export function lineBounds(text: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', from)) {
    let start = from;
    let end = at === -1 ? text.length : at;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start < end) out.push(start, end);
    if (at === -1) return out;
    from = at + 1;
  }
}

/**
 * Sentences, never crossing a line break: a greeting line ("Hi Dana,") or a list item is a
 * sentence of its own even without a full stop. `knownScannable`: the caller found `text`
 * scannable already.
 */
export function sentences(text: string, knownScannable = false): Span[] {
  const out: Span[] = [];
  // Every line of a scannable draft is scannable: checked once, not once per line (and not at all
  // when the caller knows: `knownScannable`). Its lines and segments are read in place; only the
  // sentences are sliced.
  const plain = knownScannable || scannable(text);
  const emoji = emojiFinder(text);
  // Segment ends of one line after another.
  const ends: number[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); from <= text.length; at = text.indexOf('\n', from)) {
    const lineEnd = at === -1 ? text.length : at;
    let start = from;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      if (plain) {
        let segmentStart = start;
        const count = segmentEnds(text, ends, start, end);
        for (let k = 0; k < count; k++) {
          cutAtEmoji(text, segmentStart, ends[k]!, out, emoji);
          segmentStart = ends[k]!;
        }
      } else {
        for (const piece of sentencePieces(text.slice(start, end), false)) cutAtEmoji(text, start + piece.index, start + piece.index + piece.segment.length, out, emoji);
      }
    }
    if (at === -1) break;
    from = at + 1;
  }
  return mergeAbbreviationSplits(text, out);
}

/** Pushes the trimmed sentences of the segment text[start, end), cut after emoji (`emojiCuts`). */
function cutAtEmoji(text: string, start: number, end: number, out: Span[], emoji: (start: number, end: number) => boolean): void {
  if (!emoji(start, end)) {
    const s = trimSpan(text, start, end);
    if (s) out.push(s);
    return;
  }
  for (const [a, b] of emojiCuts(text.slice(start, end))) {
    const s = trimSpan(text, start + a, start + b);
    if (s) out.push(s);
  }
}

/**
 * Whether text[start, end) holds a character MAY_HOLD_EMOJI finds, for segments asked about in
 * order: the next such character is searched once and kept until a segment passes it.
 */
function emojiFinder(text: string): (start: number, end: number) => boolean {
  const re = new RegExp(MAY_HOLD_EMOJI.source, 'g');
  let next = -1;
  return (start, end) => {
    if (next < start && next !== Infinity) {
      re.lastIndex = start;
      next = re.exec(text)?.index ?? Infinity;
    }
    return next < end;
  };
}

// Chat-style drafts end sentences with an emoji instead of a full stop ("…belum ada 😢 Maaf ya
// kak, …"): an emoji followed by a capital starts a new sentence.
const EMOJI_END = /[\p{Extended_Pictographic}\u200d\ufe0f]+\s+(?=\p{Lu})/gu;

// Below U+2000 only © and ® are emoji: a segment without those or anything higher has no cut.
const MAY_HOLD_EMOJI = /[^\u0000-\u00a8\u00aa-\u00ad\u00af-\u1fff]/;

function emojiCuts(segment: string): [number, number][] {
  if (!MAY_HOLD_EMOJI.test(segment)) return [[0, segment.length]];
  const cuts: [number, number][] = [];
  let from = 0;
  EMOJI_END.lastIndex = 0;
  for (let m = EMOJI_END.exec(segment); m; m = EMOJI_END.exec(segment)) {
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
    // The pattern ends in a full stop: most sentences are ruled out by their last character.
    const abbreviated = prev !== undefined && prev.text.charCodeAt(prev.text.length - 1) === 0x2e && ABBREVIATION.test(prev.text);
    if (abbreviated && !text.slice(prev.end, s.start).includes('\n')) {
      out[out.length - 1] = span(text, prev.start, s.end);
    } else out.push(s);
  }
  return out;
}

export { eachWord, wordBounds, wordCount, words } from './words';
