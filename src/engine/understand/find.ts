// Phrase finding with sentence sense: skip the customer's quoted words, skip a phrase that a
// negator turns around ("no need to apologize", "bukan kesalahan kami"), and compose families
// ("can't" + "offer", "tidak" + "lagi" + "dapat").
import { areDraftPieces, compilePattern, draftMatches, findAll, insideAny, isDraftPiece, matchRegex, phrasePattern } from '../text/match';
import { containing, isSpaceCode, type Span } from '../text/segment';

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

const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;
const isClauseBreak = (code: number) =>
  code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x28 || code === 0x29 || code === 0x0a;

/**
 * Where the last clause break of text[from, start) ends, as split finds breaks left to right.
 * Read backwards from `start`: every break holds a break character or a dash; past the last of
 * those no break ends. A break character ends one there (alone, or closing a spaced dash). A dash
 * ends one only inside " - "; then the breaks before it decide (" - - "), so that rare case is
 * read left to right.
 */
function clauseStartBefore(text: string, from: number, start: number): number {
  for (let j = start - 1; j >= from; j--) {
    const code = text.charCodeAt(j);
    if (isClauseBreak(code)) return j + 1;
    if (isDash(code) && j - 1 >= from && j + 1 < start && isSpaceCode(text.charCodeAt(j - 1)) && isSpaceCode(text.charCodeAt(j + 1))) {
      return clauseStartFrom(text, from, start);
    }
  }
  return from;
}

/** `clauseStartBefore` read left to right, as split does. */
function clauseStartFrom(text: string, from: number, start: number): number {
  return start - text.slice(from, start).split(/[,.;:!?()\n]|\s[-–—]\s/).at(-1)!.length;
}

/**
 * The `count` words before `start`, lower-case, stopping at a clause break (, . ; : ! ? dash):
 * what `text.slice(start - 80, start).split(/[,.;:!?()\n]|\s[-–—]\s/).at(-1).toLowerCase()
 * .split(/\s+/).filter(Boolean).slice(-count)` gives, read without building those arrays.
 */
export function wordsBefore(text: string, start: number, count: number): string[] {
  const from = Math.max(0, start - 80);
  // Read word by word back from `start`, stopping at the first break character: the clause start
  // matters only when it falls among those words. A spaced dash (whose breaks are read left to
  // right) sends the rare sentence to the clause-first reading.
  const out: string[] = [];
  let end = start;
  while (out.length < count) {
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) === 0x0a) return out.reverse();
      end--;
    }
    let begin = end;
    for (; begin > from; begin--) {
      const code = text.charCodeAt(begin - 1);
      if (isSpaceCode(code) || isClauseBreak(code)) break;
      if (isDash(code) && begin - 2 >= from && begin < start && isSpaceCode(text.charCodeAt(begin - 2)) && isSpaceCode(text.charCodeAt(begin))) {
        return wordsOfClause(text, from, start, count);
      }
    }
    if (begin < end) out.push(text.slice(begin, end).toLowerCase());
    if (begin === from || isClauseBreak(text.charCodeAt(begin - 1)) || begin === end) break;
    end = begin;
  }
  return out.reverse();
}

/** `wordsBefore` read the long way: the clause start first, then the words after it. */
function wordsOfClause(text: string, from: number, start: number, count: number): string[] {
  const clause = clauseStartBefore(text, from, start);
  const out: string[] = [];
  let end = start;
  while (out.length < count) {
    while (end > clause && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === clause) break;
    let begin = end;
    while (begin > clause && !isSpaceCode(text.charCodeAt(begin - 1))) begin--;
    out.push(text.slice(begin, end).toLowerCase());
    end = begin;
  }
  return out.reverse();
}

// Negator lists as sets, built once per list: a hit's words are looked up, not compared with each.
const negatorSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = negatorSets.get(list);
  if (!set) negatorSets.set(list, (set = new Set(list)));
  return set;
}

const straightApostrophes = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

/** True when one of `negators` sits within `window` words before `start`, in the same clause. */
export function negatedBefore(text: string, start: number, negators: readonly string[], window = 3): boolean {
  const before = wordsBefore(text, start, window);
  const known = setOf(negators);
  for (let i = 0; i < before.length; i++) {
    const word = straightApostrophes(before[i]!);
    if (!known.has(word) && !word.endsWith("n't")) continue;
    // "I can't believe we forgot" still admits it: a negated verb of disbelief negates nothing after it.
    if (!DISBELIEF.includes(i + 1 < before.length ? straightApostrophes(before[i + 1]!) : '')) return true;
  }
  return false;
}

const DISBELIEF = ['believe', 'imagine', 'wait', 'percaya', 'nyangka', 'menyangka'];

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

/** The draft's matches of `sources` (lists or `compilePattern` regexes) by start; null when not at hand. */
function draftHits(sources: readonly (readonly string[] | RegExp)[]): readonly Span[] | null {
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
export function mayHoldAny(sources: readonly (readonly string[] | RegExp)[]): ((sentence: Span) => boolean) | null {
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
export function overlappedSentences(sentences: readonly Span[], sources: readonly (readonly string[] | RegExp)[]): Span[] | null {
  const hits = draftHits(sources);
  if (!hits) return null;
  const out: Span[] = [];
  let from = 0;
  let last = -1;
  for (const hit of hits) {
    // The first sentence ending after the hit's start: hits come by start, so it only moves on.
    let hi = sentences.length;
    while (from < hi) {
      const mid = (from + hi) >> 1;
      if (sentences[mid]!.end <= hit.start) from = mid + 1;
      else hi = mid;
    }
    for (let j = Math.max(from, last + 1); j < sentences.length && sentences[j]!.start < hit.end; j++) {
      out.push(sentences[j]!);
      last = j;
    }
  }
  return out;
}

/** The sentences that may hold a phrase of one of `lists` (see `mayHoldAny`), in order. */
export function sentencesNear(sentences: readonly Span[], lists: readonly (readonly string[])[]): readonly Span[] {
  if (areDraftPieces(sentences)) return overlappedSentences(sentences, lists) ?? sentences;
  const mayHold = mayHoldAny(lists);
  return mayHold ? sentences.filter(mayHold) : sentences;
}

// Quote lists are sorted and apart (quotedSpans): checked once per list, then searched by bisection.
const sortedApart = new WeakMap<readonly Span[], number>();

function inside(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  if (sortedApart.get(spans) !== spans.length) {
    if (!spans.every((s, i) => i === 0 || spans[i - 1]!.end <= s.start)) return insideAny(spans, start, end);
    sortedApart.set(spans, spans.length);
  }
  return containing(spans, start, end) !== undefined;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
