// Phrase finding with sentence sense: skip the customer's quoted words, skip a phrase that a
// negator turns around ("no need to apologize", "bukan kesalahan kami"), and compose families
// ("can't" + "offer", "tidak" + "lagi" + "dapat").
import { areDraftPieces, compilePattern, draftMatches, findAll, insideAny, isDraftPiece, matchRegex, phrasePattern } from '../text/match';
import { containing, type Span } from '../text/segment';
import { negatedBefore } from './words-before';

export { negatedBefore, wordsBefore } from './words-before';

const altCache = new WeakMap<readonly string[], string>();

/** One alternation group for a list, longest phrase first. */
export function alternation(list: readonly string[]): string {
  let source = altCache.get(list);
  if (source === undefined) {
    source = `(?:${[...list].sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)'})`;
    altCache.set(list, source);
  }
  return source;
}

const composedCache = new Map<string, RegExp>();
/** head → fillers → tail → gap → regex, so a call costs no string building. */
const composedByLists = new WeakMap<readonly string[], WeakMap<readonly string[], WeakMap<readonly string[], Map<number, RegExp>>>>();

/**
 * `head` then up to `gap` words of `fillers`, then `tail`, on word boundaries:
 * "tidak" + "lagi" + "dapat", "can't" + "really" + "offer".
 */
export function composed(head: readonly string[], fillers: readonly string[], tail: readonly string[], gap = 2): RegExp {
  let byFillers = composedByLists.get(head);
  if (!byFillers) composedByLists.set(head, (byFillers = new WeakMap()));
  let byTail = byFillers.get(fillers);
  if (!byTail) byFillers.set(fillers, (byTail = new WeakMap()));
  let byGap = byTail.get(tail);
  if (!byGap) byTail.set(tail, (byGap = new Map()));
  const known = byGap.get(gap);
  if (known) return known;
  const key = `${alternation(head)}|${alternation(fillers)}|${alternation(tail)}|${gap}`;
  let re = composedCache.get(key);
  if (!re) {
    re = compilePattern(
      (heads) => `(?<![\\p{L}\\p{N}_])${alternation(heads)}(?:\\s+${alternation(fillers)}){0,${gap}}\\s+${alternation(tail)}(?![\\p{L}\\p{N}_])`,
      head,
      // After a one-word head come spaces and a filler or the tail.
      [...fillers, ...tail],
      { fillers, tails: tail, gap },
    );
    composedCache.set(key, re);
  }
  byGap.set(gap, re);
  return re;
}

export function matchAll(re: RegExp, text: string, offset = 0): Span[] {
  return matchRegex(re, text, offset);
}

export type FindOptions = { quotes: readonly Span[]; negators?: readonly string[]; window?: number };

/** Every phrase of `list` in a sentence, outside quotes and (when negators are given) not negated. */
export function findIn(text: string, sentence: Span, list: readonly string[], options: FindOptions): Span[] {
  const hits = findAll(sentence.text, list, sentence.start);
  const { quotes, negators } = options;
  if (hits.length === 0 || (quotes.length === 0 && !negators)) return hits;
  // findAll's array is the caller's own: the hits kept are copied out only once one is dropped.
  let kept: Span[] | null = null;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const keep = !inside(quotes, hit.start, hit.end) && !(negators && negatedBefore(text, hit.start, negators, options.window ?? 3));
    if (!keep) kept ??= hits.slice(0, k);
    else if (kept) kept.push(hit);
  }
  return kept ?? hits;
}

/** Phrase lists and `compilePattern` regexes, searched together. */
type Sources = readonly (readonly string[] | RegExp)[];

/** The draft's matches of `sources` (lists or `compilePattern` regexes) by start; null when not at hand. */
function draftHits(sources: Sources): readonly Span[] | null {
  if (sources.length === 1) return draftMatches(sources[0]!);
  const hits: Span[] = [];
  for (const source of sources) {
    const found = draftMatches(source);
    if (!found) return null;
    for (const hit of found) hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Which sentences may hold a match of one of `sources` (lists or `compilePattern` regexes): those
 * overlapping one of the draft's matches (a piece of the draft finds no other), and any sentence
 * that is not a clean piece of the draft. Null when the draft's matches are not at hand.
 */
function mayHoldAny(sources: Sources): ((sentence: Span) => boolean) | null {
  const hits = draftHits(sources);
  if (!hits) return null;
  // The furthest end among hits starting up to each one: a sentence is overlapped when some hit
  // starting before its end reaches past its start.
  const starts = new Float64Array(hits.length);
  const reach = new Float64Array(hits.length);
  let furthest = -1;
  for (let i = 0; i < hits.length; i++) {
    furthest = Math.max(furthest, hits[i]!.end);
    starts[i] = hits[i]!.start;
    reach[i] = furthest;
  }
  return (sentence) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < sentence.end) lo = mid + 1;
      else hi = mid;
    }
    return (lo > 0 && reach[lo - 1]! > sentence.start) || !isDraftPiece(sentence.text, sentence.start);
  };
}

/**
 * `sentences.filter(mayHoldAny(sources))` for the draft's own sentences, each a piece of the draft
 * (`areDraftPieces`): the sentences some hit overlaps, found from each hit by bisection instead
 * of a test per sentence (a list has a few hits in a draft of a hundred sentences). Null when the
 * draft's matches are not at hand.
 */
function overlappedSentences(sentences: readonly Span[], sources: Sources): Span[] | null {
  const hits = draftHits(sources);
  if (!hits) return null;
  const out: Span[] = [];
  let from = 0;
  let last = -1;
  for (const hit of hits) {
    // Hits come by start, so the first sentence ending after one only moves on.
    from = firstEndingAfter(sentences, hit.start, from);
    for (let j = Math.max(from, last + 1); j < sentences.length && sentences[j]!.start < hit.end; j++) {
      out.push(sentences[j]!);
      last = j;
    }
  }
  return out;
}

/**
 * A bit field per sentence of `sentences`: bit k set when the sentence may hold a match of
 * `sources[k]` (`mayHoldAny`; at most 31 sources). For the draft's own sentences each source's
 * matches (in order) mark the sentences they overlap, so no union of the sources is built and
 * sorted. A source whose matches are not at hand (a phrase that may start anywhere, as "'ll")
 * marks every sentence.
 */
export function sentenceMarks(sentences: readonly Span[], sources: Sources): Int32Array {
  const marks = new Int32Array(sentences.length);
  const pieces = areDraftPieces(sentences);
  for (let k = 0; k < sources.length; k++) {
    const bit = 1 << k;
    const hits = pieces ? draftMatches(sources[k]!) : null;
    const mayHold = hits ? null : mayHoldAny([sources[k]!]);
    if (hits) markOverlapped(marks, sentences, hits, bit);
    else for (let i = 0; i < sentences.length; i++) if (!mayHold || mayHold(sentences[i]!)) marks[i]! |= bit;
  }
  return marks;
}

/** Sets `bit` on each sentence (sorted and apart) that one of `hits` (by start) overlaps. */
function markOverlapped(marks: Int32Array, sentences: readonly Span[], hits: readonly Span[], bit: number): void {
  let from = 0;
  for (const hit of hits) {
    // Hits come by start, so the first sentence ending after one only moves on.
    from = firstEndingAfter(sentences, hit.start, from);
    for (let j = from; j < sentences.length && sentences[j]!.start < hit.end; j++) marks[j]! |= bit;
  }
}

/** The first of `sentences` (sorted and apart), from `from` on, that ends after `at`, by bisection. */
function firstEndingAfter(sentences: readonly Span[], at: number, from: number): number {
  let lo = from;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentences that may hold a phrase of one of `lists` (see `mayHoldAny`), in order. */
export function sentencesNear(sentences: readonly Span[], lists: readonly (readonly string[])[]): readonly Span[] {
  if (areDraftPieces(sentences)) return overlappedSentences(sentences, lists) ?? sentences;
  const mayHold = mayHoldAny(lists);
  return mayHold ? sentences.filter(mayHold) : sentences;
}

// Quote lists are sorted and apart (quotedSpans): checked once per list, then searched by bisection.
const sortedApart = new WeakMap<readonly Span[], number>();
/** Up to this many spans are read one by one: a loop costs less than the check and the bisection. */
const FEW_SPANS = 8;

/** True when one of `spans` holds [start, end) (as `spans.some(…)` finds). */
export function inside(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length <= FEW_SPANS) {
    for (const s of spans) if (s.start <= start && end <= s.end) return true;
    return false;
  }
  if (sortedApart.get(spans) !== spans.length) {
    if (!spans.every((s, i) => i === 0 || spans[i - 1]!.end <= s.start)) return insideAny(spans, start, end);
    sortedApart.set(spans, spans.length);
  }
  return containing(spans, start, end) !== undefined;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
