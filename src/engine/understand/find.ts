// Phrase finding with sentence sense: skip the customer's quoted words, skip a phrase that a
// negator turns around ("no need to apologize", "bukan kesalahan kami"), and compose families
// ("can't" + "offer", "tidak" + "lagi" + "dapat").
import { compilePattern, findAll, insideAny, matchRegex, phrasePattern } from '../text/match';
import { containing, type Span } from '../text/segment';

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

/** The `count` words before `start`, lower-case, stopping at a clause break (, . ; : ! ? dash). */
export function wordsBefore(text: string, start: number, count: number): string[] {
  const head = text.slice(Math.max(0, start - 80), start);
  const clause = head.split(/[,.;:!?()\n]|\s[-–—]\s/).at(-1) ?? '';
  return clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-count);
}

/** True when one of `negators` sits within `window` words before `start`, in the same clause. */
export function negatedBefore(text: string, start: number, negators: readonly string[], window = 3): boolean {
  const before = wordsBefore(text, start, window + 1).map((w) => w.replace(/[’]/g, "'"));
  // "I can't believe we forgot" still admits it: a negated verb of disbelief negates nothing after it.
  return before.slice(-window).some((w, i, list) => {
    const next = list[i + 1] ?? '';
    return (negators.includes(w) || w.endsWith("n't")) && !DISBELIEF.includes(next);
  });
}

const DISBELIEF = ['believe', 'imagine', 'wait', 'percaya', 'nyangka', 'menyangka'];

export type FindOptions = { quotes: readonly Span[]; negators?: readonly string[]; window?: number };

/** Every phrase of `list` in a sentence, outside quotes and (when negators are given) not negated. */
export function findIn(text: string, sentence: Span, list: readonly string[], options: FindOptions): Span[] {
  const hits = findAll(sentence.text, list, sentence.start);
  if (hits.length === 0) return hits;
  return hits.filter(
    (hit) =>
      !inside(options.quotes, hit.start, hit.end) &&
      !(options.negators && negatedBefore(text, hit.start, options.negators, options.window ?? 3)),
  );
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
