// Word counts of pieces of the draft (paragraphs, sentences, clauses) from one scan of the whole
// draft per analysis: counting each piece on its own scanned the draft twice over (wall-of-text
// and long-sentence), ~0.07 ms per 1k words.
import type { RuleContext } from '../../context';
import { wordBounds, wordCount } from '../../text/segment';
import { scannable } from '../../text/words';
import { analysisMemo } from '../per-analysis';

/** Hands over the draft's word bounds when they are known already (analyze: from language detection). */
export function useDraftWords(ctx: RuleContext, bounds: ArrayLike<number>): void {
  analysisMemo(ctx).words = bounds;
}

/** The draft's word bounds (flat start/end pairs), or null when the scanner does not read it. */
function draftBounds(ctx: RuleContext): ArrayLike<number> | null {
  const memo = analysisMemo(ctx);
  if (memo.words === undefined) memo.words = scannable(ctx.text) ? wordBounds(ctx.text) : null;
  return memo.words;
}

/** Variation selector, zero-width joiner and skin tones: a piece opening with one is not scannable alone. */
const isEmojiPart = (code: number) => code === 0xfe0f || code === 0x200d || (code >= 0x1f3fb && code <= 0x1f3ff);

/**
 * The first word (index into pairs) whose start (side 0) is at or after `at`, or whose end (side
 * 1) is after `at`: bisection.
 */
function firstWord(bounds: ArrayLike<number>, at: number, side: 0 | 1): number {
  let lo = 0;
  let hi = bounds.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid + side]! < at + side) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `wordCount(ctx.text.slice(start, end))`. The draft's words inside the piece are its words when
 * no draft word straddles an edge (the scanner then reads the piece as it read the draft) and the
 * piece opens with no emoji modifier (which alone sends a text to the segmenter).
 */
export function wordsIn(ctx: RuleContext, start: number, end: number): number {
  const bounds = draftBounds(ctx);
  if (bounds && start < end && !isEmojiPart(ctx.text.codePointAt(start)!)) {
    const first = firstWord(bounds, start, 1);
    const after = firstWord(bounds, end, 0);
    const straddlesStart = first < bounds.length >> 1 && bounds[2 * first]! < start;
    const straddlesEnd = after > 0 && bounds[2 * after - 1]! > end;
    if (!straddlesStart && !straddlesEnd) return Math.max(0, after - first);
  }
  return wordCount(ctx.text.slice(start, end));
}

/**
 * `wordsIn` of each piece of a list in text order (sentences, paragraphs). Two cursors walk the
 * draft's words once for the whole list instead of two bisections per piece: the walk's branches
 * are predictable, a bisection's are not. A piece out of order is counted the usual way.
 */
export function wordsInEach(ctx: RuleContext, pieces: readonly { start: number; end: number }[]): number[] {
  const bounds = draftBounds(ctx);
  const counts: number[] = [];
  const words = bounds ? bounds.length >> 1 : 0;
  let first = 0;
  let after = 0;
  let lastStart = 0;
  let lastEnd = 0;
  for (const { start, end } of pieces) {
    if (!bounds || !(start < end) || start < lastStart || end < lastEnd || isEmojiPart(ctx.text.codePointAt(start)!)) {
      counts.push(wordsIn(ctx, start, end));
      continue;
    }
    lastStart = start;
    lastEnd = end;
    // firstWord's answers: the first word ending after `start`, the first starting at or after `end`.
    // Words end in order, so once the word before `after` ends by `start`, so do all before it.
    if (after > first && bounds[2 * after - 1]! <= start) first = after;
    while (first < words && bounds[2 * first + 1]! <= start) first++;
    if (after < first) after = first;
    while (after < words && bounds[2 * after]! < end) after++;
    const straddlesStart = first < words && bounds[2 * first]! < start;
    const straddlesEnd = after > 0 && bounds[2 * after - 1]! > end;
    counts.push(!straddlesStart && !straddlesEnd ? Math.max(0, after - first) : wordCount(ctx.text.slice(start, end)));
  }
  return counts;
}
