// Finds phrases from the phrase lists in a text: case-insensitive, on word boundaries, with
// straight and curly apostrophes treated alike. Phrase data stays plain strings; the patterns are
// compiled once per list (patterns.ts).
//
// Speed: one alternation regex per list run over every sentence costs a full scan per list and
// sentence. Instead the draft is cut once into word runs (word-index.ts), each run's lower-case
// form says which lists have a phrase starting with it, and a list's regex (only its alternatives
// with that first word, sticky) runs only where such a run stands and the next word fits. The
// matches are exactly a full scan's: a phrase can only match where its first word stands,
// followed by its second.
import { draft, draftIndex, draftIndexFor } from './draft-index';
import { lateHitsOf, planHitsOf } from './plan-pass';
import { candidatesFor, compiledList, compiledRegex, register, type Compiled, type DocumentHits } from './patterns';
import type { Span } from './segment';
import { continuationCode, firstRunAtOrAfter, runsOf } from './index-runs';
import { indexOf, type TextIndex } from './word-index';
import { registry } from './word-registry';

export { areDraftPieces, keptPieces, useDocument } from './draft-index';
import { listPattern } from './patterns';
export { compilePattern, listPattern, phrasePattern, warmCandidates, warmList, type PatternShape } from './patterns';

/** What `text.matchAll(re)` finds, without cloning the regex on every call. */
function scan(re: RegExp, text: string, offset: number, limit: number): Span[] {
  const out: Span[] = [];
  if (!re.global) {
    for (const m of text.matchAll(re)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    if (out.length >= limit) break;
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

// Each pattern is searched once per analysis over the whole draft; a piece of the draft (a
// sentence, a clause) then takes the draft's matches that lie inside it. That equals searching the
// piece itself whenever no match of the draft crosses the piece's edges: patterns look at most one
// character past a match (the word boundaries), and a piece is cut between words (draft-index.ts),
// so a match inside the piece is one in the draft and the scan left to right agrees within it. A
// match crossing an edge ("thank\nyou" over two lines) sends the piece to its own search.
function wholeDocumentHits(compiled: Compiled): DocumentHits {
  if (compiled.documentStamp !== draft.stamp) {
    compiled.documentHits = documentHitsOf(compiled);
    compiled.documentStamp = draft.stamp;
  }
  return compiled.documentHits;
}

/**
 * The draft's matches of a pattern: with a plan, read in place from the plan pass's hits, each
 * span made when a caller first asks for it (half of them never are); else the matches found.
 */
function documentHitsOf(compiled: Compiled): DocumentHits {
  const index = compiled.plan ? draftIndex() : null;
  if (!index || index.text.length !== draft.text.length) {
    const spans = matchesIn(compiled, draft.text, 0, Infinity);
    const bounds = new Int32Array(2 * spans.length);
    for (let k = 0; k < spans.length; k++) {
      bounds[2 * k] = spans[k]!.start;
      bounds[2 * k + 1] = spans[k]!.end;
    }
    return { bounds, from: 0, count: spans.length, spans, all: spans };
  }
  const range = planRange(index, compiled.slot);
  let from = range.from;
  const to = range.to;
  // Bounds in a typed array whatever their source: the bisection reads one kind of array.
  let found = range.found instanceof Int32Array ? range.found : Int32Array.from(range.found);
  // A match starting inside the one before is no match of a scan left to right: those are left out.
  let after = 0;
  let apart = true;
  for (let k = from; k < to && apart; k += 2) {
    apart = found[k]! >= after;
    after = found[k + 1]!;
  }
  if (!apart) {
    const kept: number[] = [];
    after = 0;
    for (let k = from; k < to; k += 2) {
      if (found[k]! < after) continue;
      kept.push(found[k]!, found[k + 1]!);
      after = found[k + 1]!;
    }
    found = Int32Array.from(kept);
    from = 0;
  }
  const count = (apart ? to - from : found.length) >> 1;
  return { bounds: found, from, count, spans: count > 0 ? new Array<Span | undefined>(count) : NO_SPANS, all: null };
}

const NO_SPANS: Span[] = [];

/** The span of the draft's hit `k` (of `hits`), made once. */
function spanOf(hits: DocumentHits, k: number): Span {
  let span = hits.spans[k];
  if (!span) {
    const start = hits.bounds[hits.from + 2 * k]!;
    const end = hits.bounds[hits.from + 2 * k + 1]!;
    span = hits.spans[k] = { start, end, text: draft.text.slice(start, end) };
  }
  return span;
}

/**
 * The draft's matches inside [start, end) (the same span objects: no caller changes a span);
 * null when one crosses an edge.
 */
function hitsWithin(hits: DocumentHits, start: number, end: number, limit: number): Span[] | null {
  const { bounds, from, count } = hits;
  // Matches are apart and in order, so ends are sorted too: find the first that ends past `start`.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[from + 2 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  for (; k < count && k - lo < limit; k++) {
    const hitStart = bounds[from + 2 * k]!;
    if (hitStart >= end) break;
    if (hitStart < start || bounds[from + 2 * k + 1]! > end) return null;
  }
  // Arrays of their size (one hit, mostly): one grown by push takes room for sixteen.
  if (k === lo) return [];
  if (k - lo === 1) return [spanOf(hits, lo)];
  const out: Span[] = [];
  for (let h = lo; h < k; h++) out.push(spanOf(hits, h));
  return out;
}

function matches(compiled: Compiled, text: string, offset: number, limit: number): Span[] {
  if (compiled.firstWords && draftIndexFor(text, offset)) {
    const all = wholeDocumentHits(compiled);
    if (all.count === 0) return [];
    const found = hitsWithin(all, offset, offset + text.length, limit);
    if (found) return found;
  }
  return matchesIn(compiled, text, offset, limit);
}

function matchesIn(compiled: Compiled, text: string, offset: number, limit: number): Span[] {
  if (!compiled.firstWords) return scan(compiled.global, text, offset, limit);
  // Positions are in `base` coordinates: the draft's (base = 0) or the text's own (base = offset).
  let index = draftIndexFor(text, offset);
  let base = 0;
  if (!index) {
    index = indexOf(text);
    base = offset;
  }
  if (!index) return scan(compiled.global, text, offset, limit);
  const shift = offset - base;
  if (compiled.plan && shift === 0 && index.text.length === text.length) return planMatches(compiled, index, offset, limit);
  const runs = runsOf(index, compiled.id, compiled.keys, !compiled.plan);
  if (!runs) return [];
  const out: Span[] = [];
  let from = 0;
  for (let k = base === 0 && shift > 0 ? firstRunAtOrAfter(index, runs, shift) : 0; k < runs.length; k++) {
    const run = runs[k]!;
    const at = index.runStarts[run]! - shift;
    if (at >= text.length) break;
    if (at < from) continue;
    const candidates = candidatesFor(compiled, registry.entries[index.runKeys[run]!]!);
    if (candidates.continuations && !candidates.continuations.has(continuationCode(index, run))) continue;
    const re = candidates.sticky;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ start: offset + at, end: offset + at + m[0].length, text: m[0] });
    if (out.length >= limit) break;
    from = at + m[0].length;
  }
  return out;
}

/**
 * What `matchesIn` finds, with the plan in place of the regex (`text` is the index's own): where
 * each first word stands, the plan's match there (plan-pass.ts); then, in order, the matches a
 * scan left to right keeps (one starting inside the previous one is skipped).
 */
function planMatches(compiled: Compiled, index: TextIndex, offset: number, limit: number): Span[] {
  const { found, from, to } = planRange(index, compiled.slot);
  const out: Span[] = [];
  let after = 0;
  for (let k = from; k < to && out.length < limit; k += 2) {
    const start = found[k]!;
    if (start < after) continue;
    const end = found[k + 1]!;
    out.push({ start: offset + start, end: offset + end, text: index.text.slice(start, end) });
    after = end;
  }
  return out;
}

/** Where a slot's plan matches (start, end…) stand: `found[from, to)`. */
function planRange(index: TextIndex, slot: number): { found: ArrayLike<number>; from: number; to: number } {
  const planned = planHitsOf(index);
  if (slot < planned.covered) return { found: planned.hits, from: 2 * planned.slotStarts[slot]!, to: 2 * planned.slotStarts[slot + 1]! };
  const late = lateHitsOf(index, planned, slot);
  return { found: late, from: 0, to: late.length };
}

/**
 * The draft's matches (useDocument's draft) of a list or of a `compilePattern` regex, or null
 * when they are not at hand (no index for the draft, or a pattern that may start anywhere). A
 * piece of the draft (`isDraftPiece`) finds only matches overlapping one of these.
 */
export function draftMatches(pattern: readonly string[] | RegExp): readonly Span[] | null {
  const compiled = pattern instanceof RegExp ? compiledRegex(pattern) : compiledList(pattern);
  if (!compiled?.firstWords || draft.text.length === 0) return null;
  register(compiled);
  if (!draftIndex()) return null;
  const hits = wholeDocumentHits(compiled);
  if (!hits.all) {
    const all: Span[] = new Array(hits.count);
    for (let k = 0; k < hits.count; k++) all[k] = spanOf(hits, k);
    hits.all = all;
  }
  return hits.all;
}

/** True when `text` is the piece of the draft at `offset`, cut between words, and the draft has an index. */
export function isDraftPiece(text: string, offset: number): boolean {
  return draftIndexFor(text, offset) !== null;
}

/** Every match of `re` (a `listPattern` or `compilePattern` regex, or any global regex) in `text`. */
export function matchRegex(re: RegExp, text: string, offset = 0): Span[] {
  const compiled = compiledRegex(re);
  if (!compiled) return scan(re, text, offset, Infinity);
  register(compiled);
  return matches(compiled, text, offset, Infinity);
}

/** Every match of any phrase of `list` in `text`, offsets shifted by `offset`. */
export function findAll(text: string, list: readonly string[], offset = 0): Span[] {
  return matches(compiledList(list), text, offset, Infinity);
}

// Per list, its pattern anchored where the search starts: a phrase at the start is one attempt,
// not a search of the whole text for the first match.
const anchored = new WeakMap<RegExp, RegExp>();

/** True when `text` starts with a phrase of `list` (the first match of its pattern is at 0). */
export function startsWithPhrase(text: string, list: readonly string[]): boolean {
  const global = listPattern(list);
  let re = anchored.get(global);
  if (!re) anchored.set(global, (re = new RegExp(global.source, 'iuy')));
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * True when a phrase of `list` is in `text`. `offset`: where `text` stands in the draft; a piece of
 * the draft is then read from the draft's matches, not indexed again.
 */
export function hasAny(text: string, list: readonly string[], offset = 0): boolean {
  return matches(compiledList(list), text, offset, 1).length > 0;
}

/** Spans of text inside quotation marks: the customer's own words, never the writer's. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /“[^”\n]{1,300}”|"[^"\n]{1,300}"|‘[^’\n]{1,300}’|(?<![\p{L}])'[^'\n]{1,300}'(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

