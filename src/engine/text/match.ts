// Finds phrases from the phrase lists in a text: case-insensitive, on word boundaries, with
// straight and curly apostrophes treated alike. Phrase data stays plain strings; the regular
// expressions are built here, once per list.
//
// Speed: one alternation regex per list run over every sentence costs a full scan per list and
// sentence. Instead the draft is cut once into word runs, each run's lower-case form says which
// lists have a phrase starting with it, and a list's regex (only its alternatives with that first
// word, sticky) runs only where such a run stands and the next word fits. The matches are exactly
// a full scan's: a phrase can only match where its first word stands, followed by its second.
import type { Span } from './segment';
import { bindPlan, familyOf, gapAfter, normalizeGap, planEnd, planWords, wordAt, type Branch, type Plan } from './phrase-plan';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns one phrase into a pattern: spaces match any run of spaces, apostrophes any apostrophe. */
export function phrasePattern(phrase: string): string {
  return escape(phrase.trim())
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/** A pattern plus what the index needs to find where it can start. */
type Compiled = {
  id: number;
  /** The registry generation this pattern's first words are filed under. */
  generation: number;
  /** The global regex callers see (`listPattern`). */
  global: RegExp;
  /** Lower-case first words of every alternative; null when some alternative starts with no word. */
  firstWords: ReadonlySet<string> | null;
  heads: readonly string[];
  /** First words of what follows a head after spaces (composed patterns); null when anything may. */
  follow: ReadonlySet<string> | null;
  build: (heads: readonly string[]) => string;
  /** The pattern followed word by word (phrase-plan.ts); null when only its regex matches exactly. */
  plan: Plan | null;
  /** Keys of the registry entries of its first words. */
  keys: number[];
  /** With a plan: per key, the heads starting with that first word. */
  branches: Branch[];
  /** Its matches in the draft under analysis (`wholeDocumentHits`), valid while `documentStamp` is the draft's. */
  documentHits: Span[];
  documentStamp: number;
  /** Per first word, the pattern with only the alternatives starting with it, sticky. */
  byFirstWord: Candidates[];
};

/**
 * The alternatives starting with one first word: their sticky pattern, and what may follow the
 * first word (see `continuation`); null when one of them is that word alone or follows it oddly.
 */
type Candidates = { sticky: RegExp; continuations: ReadonlySet<string> | null };

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}_])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}_])';
const FIRST_RUN = /^[\p{L}\p{N}_]+/u;

const byList = new WeakMap<readonly string[], Compiled>();
/** For lists built afresh on each call (`Object.keys(map)`, `[...a, ...b]`): keyed by content. */
const byContent = new Map<string, Compiled>();
const bySource = new Map<string, Compiled>();
const byRegex = new WeakMap<RegExp, Compiled>();
/**
 * A word of the registry, filed by `hashOf(word)`: the first word of a compiled pattern (`first`:
 * the index lists the runs where it stands), or another word of a pattern with a plan.
 */
type FirstWord = { word: string; key: number; first: boolean; hash: number };
let nextKey = 0;
// Open addressing over two typed arrays (hash and key per slot, key -1 when free): a run's
// lookup reads two numbers, not a bucket array. Kept at most half full.
let slotHashes = new Int32Array(1 << 13);
let slotKeys = new Int32Array(1 << 13).fill(-1);

/** FNV-1a over UTF-16 units: what `buildIndex` computes on a run while it scans it. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** Registry entries by key. */
let entriesByKey: FirstWord[] = [];

function firstWordEntry(word: string, create: boolean): FirstWord | undefined {
  const hash = hashOf(word);
  const mask = slotKeys.length - 1;
  let slot = hash & mask;
  for (let key = slotKeys[slot]!; key !== -1; key = slotKeys[slot]!) {
    if (slotHashes[slot] === hash && entriesByKey[key]!.word === word) return entriesByKey[key];
    slot = (slot + 1) & mask;
  }
  if (!create) return undefined;
  const entry: FirstWord = { word, key: nextKey++, first: false, hash };
  entriesByKey[entry.key] = entry;
  slotHashes[slot] = hash;
  slotKeys[slot] = entry.key;
  if (nextKey * 2 > slotKeys.length) refile(slotKeys.length * 2);
  return entry;
}

function refile(size: number): void {
  slotHashes = new Int32Array(size);
  slotKeys = new Int32Array(size).fill(-1);
  for (const entry of entriesByKey) {
    let slot = entry.hash & (size - 1);
    while (slotKeys[slot] !== -1) slot = (slot + 1) & (size - 1);
    slotHashes[slot] = entry.hash;
    slotKeys[slot] = entry.key;
  }
}
let registryVersion = 0;
let generation = 0;
let nextId = 0;
// Settings add lists of their own (flagged phrases); past this many patterns the registry starts
// afresh, and patterns still in use file their first words again when next used.
const MAX_PATTERNS = 500;

function firstWordOf(phrase: string): string | null {
  const run = FIRST_RUN.exec(phrase.trim());
  return run ? run[0].toLowerCase() : null;
}

function firstWordsOf(phrases: readonly string[]): Set<string> | null {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const word = firstWordOf(phrase);
    if (word === null) return null;
    out.add(word);
  }
  return out;
}

/**
 * Compiles `build(heads)` once: a pattern that starts with the word-boundary lookbehind and then
 * one of `heads`. The index finds where a head's first word stands; there the pattern built from
 * the heads with that first word only is tried (same alternatives in the same order, so the same
 * match), and only when the next word fits: a head's own second word, or for a one-word head a
 * first word of `follow` (what the pattern lets follow the heads after spaces).
 */
export function compilePattern(
  build: (heads: readonly string[]) => string,
  heads: readonly string[],
  follow?: readonly string[],
  shape?: PatternShape,
): RegExp {
  const source = build(heads);
  let compiled = bySource.get(source);
  if (!compiled) {
    if (bySource.size >= MAX_PATTERNS) startAfresh();
    const firstWords = heads.length > 0 ? firstWordsOf(heads) : null;
    const followWords = follow ? firstWordsOf(follow) : null;
    const plan = firstWords && shape ? planOf(heads, shape) : null;
    compiled = { id: nextId++, generation: -1, global: new RegExp(source, 'giu'), firstWords, heads, follow: followWords, build, plan, keys: [], branches: [], documentHits: [], documentStamp: -1, byFirstWord: [] };
    bySource.set(source, compiled);
    byRegex.set(compiled.global, compiled);
  }
  register(compiled);
  return compiled.global;
}

/**
 * What `build` makes of the heads, when it is one of the two shapes a plan follows: `'list'` is
 * `listSource`; the other is find.ts `composed` (boundary, a head, up to `gap` times spaces and a
 * filler, spaces and a tail, boundary).
 */
export type PatternShape = 'list' | { fillers: readonly string[]; tails: readonly string[]; gap: number };

function planOf(heads: readonly string[], shape: PatternShape): Plan | null {
  if (shape === 'list') {
    const family = familyOf(heads, true);
    return family && { heads: family, fillers: null, tails: null, gap: 0 };
  }
  const family = familyOf(heads, false);
  const fillers = familyOf(shape.fillers, false);
  const tails = familyOf(shape.tails, false);
  return family && fillers && tails && { heads: family, fillers, tails, gap: shape.gap };
}

const WORD_RUN_IN = /[\p{L}\p{N}_]+/u;
// Between a phrase's first two words: spaces, apostrophes and ASCII punctuation (caseless).
const PLAIN_GAP = /^[\s'’!-/:-@[-^`{-~]*$/u;

function candidatesFor(compiled: Compiled, entry: FirstWord): Candidates {
  let found = compiled.byFirstWord[entry.key];
  if (!found) {
    const heads = compiled.heads.filter((h) => firstWordOf(h) === entry.word);
    found = { sticky: new RegExp(compiled.build(heads), 'iuy'), continuations: continuationsOf(heads, compiled.follow) };
    compiled.byFirstWord[entry.key] = found;
  }
  return found;
}

/** What must follow the first word of `heads`: each head's own second word, or (for a one-word head) a word of `follow`. */
function continuationsOf(heads: readonly string[], follow: ReadonlySet<string> | null): Set<string> | null {
  const out = new Set<string>();
  for (const head of heads) {
    const trimmed = head.trim();
    const rest = trimmed.slice(FIRST_RUN.exec(trimmed)![0].length);
    const second = WORD_RUN_IN.exec(rest);
    if (!second) {
      // The head is one word: after it, the pattern wants spaces and then a word of `follow`.
      if (rest !== '' || !follow) return null;
      for (const next of follow) out.add(' ' + next);
      continue;
    }
    const gap = rest.slice(0, second.index);
    if (!PLAIN_GAP.test(gap)) return null;
    out.add(normalizeGap(gap) + second[0].toLowerCase());
  }
  return out;
}

function register(compiled: Compiled): void {
  if (compiled.generation === generation) return;
  compiled.generation = generation;
  if (!compiled.firstWords) return;
  // Keys start again from 0 in a new generation: what was filed under the old ones is dropped.
  compiled.byFirstWord = [];
  compiled.keys = [];
  compiled.branches = [];
  for (const word of compiled.firstWords) {
    const entry = firstWordEntry(word, true)!;
    entry.first = true;
    compiled.keys.push(entry.key);
  }
  const plan = compiled.plan;
  if (plan) {
    const keyOf = new Map<string, number>();
    for (const word of planWords(plan)) keyOf.set(word, firstWordEntry(word, true)!.key);
    bindPlan(plan, (word) => keyOf.get(word)!);
    for (const key of compiled.keys) compiled.branches.push(plan.heads.byFirst.get(key)!);
  }
  registryVersion++;
}

function startAfresh(): void {
  bySource.clear();
  byContent.clear();
  slotHashes = new Int32Array(1 << 13);
  slotKeys = new Int32Array(1 << 13).fill(-1);
  entriesByKey = [];
  nextKey = 0;
  indexes.clear();
  generation++;
  registryVersion++;
}

/** Longest first, so "mohon maaf" wins over "maaf". */
function listSource(list: readonly string[]): string {
  const alternatives = [...list].sort((a, b) => b.length - a.length).map(phrasePattern);
  return `${BOUNDARY_BEFORE}(?:${alternatives.join('|') || '(?!)'})${BOUNDARY_AFTER}`;
}

function compiledList(list: readonly string[]): Compiled {
  let compiled = byList.get(list);
  if (compiled) {
    register(compiled);
    return compiled;
  }
  const content = list.join('\n');
  compiled = byContent.get(content);
  if (!compiled) {
    compiled = byRegex.get(compilePattern(listSource, list, undefined, 'list'))!;
    byContent.set(content, compiled);
  }
  byList.set(list, compiled);
  return compiled;
}

export function listPattern(list: readonly string[]): RegExp {
  return compiledList(list).global;
}

type TextIndex = {
  version: number;
  text: string;
  /** Every word run: start, end, lower-case form; and (lazily) what follows it up to the next run's end. */
  runStarts: Int32Array;
  runEnds: Int32Array;
  /** Filled for runs with non-ASCII letters, else on demand (`wordAt`). */
  runWords: (string | undefined)[];
  /** Registry key of each run's word, -1 when none. */
  runKeys: Int32Array;
  runContinuations: (string | undefined)[];
  /** Normalized gap after each run (phrase-plan.ts), filled on demand. */
  runGaps: (string | undefined)[];
  /** Per first-word key: the runs where it stands. */
  runsByKey: (number[] | undefined)[];
  /** Per compiled pattern id: the runs where one of its first words stands (`runsOf`). */
  runsById: Map<number, Int32Array>;
};

// Characters whose case-insensitive match differs from toLowerCase (ſ matches s, µ matches μ, ς
// matches σ), that lower-case to two characters (İ), or lower-case by context (Σ): a text holding
// one is scanned the plain way. Computed from Unicode: lower(c) !== lower(upper(c)), plus Σ.
const FOLDS_APART =
  /[\u00b5\u0130\u0131\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u1c80-\u1c88\u1e96-\u1e9b\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\ufb00-\ufb06\ufb13-\ufb17]/;
const MAX_INDEXED = 200_000;
const indexes = new Map<string, TextIndex | null>();

function indexOf(text: string): TextIndex | null {
  let index = indexes.get(text);
  if (index !== undefined && (index === null || index.version === registryVersion)) return index;
  index = buildIndex(text);
  // Drafts change with every keystroke; keep the cache bounded.
  if (indexes.size > 5000) indexes.clear();
  indexes.set(text, index);
  return index;
}

/** Word runs ([\p{L}\p{N}_]+, as the patterns' boundaries see words) and where each list may start. */
function buildIndex(text: string): TextIndex | null {
  if (text.length > MAX_INDEXED || FOLDS_APART.test(text)) return null;
  const length = text.length;
  // Typed arrays, grown when a text has more runs than a usual one (a run and a space: ~5 units).
  let capacity = (length >> 2) + 16;
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let keys: Int32Array = new Int32Array(capacity);
  const runsByKey: (number[] | undefined)[] = new Array(nextKey);
  const nonAscii: [number, string][] = [];
  const mask = slotKeys.length - 1;
  let count = 0;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (first < 0x80 ? !ASCII_WORD[first] : !isWordAt(text, i)) {
      i += first < 0x80 ? 1 : unitsAt(text, i);
      continue;
    }
    // Hash the lower-case run while scanning it; only a non-ASCII run is sliced and lower-cased.
    const start = i;
    let hash = 0x811c9dc5;
    let ascii = true;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (!ASCII_WORD[code]) break;
        hash = Math.imul(hash ^ (code >= 0x41 && code <= 0x5a ? code + 0x20 : code), 0x01000193);
        i++;
      } else {
        if (!isWordAt(text, i)) break;
        ascii = false;
        i += unitsAt(text, i);
      }
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
      keys = grown(keys, capacity);
    }
    let entry: FirstWord | undefined;
    if (ascii) {
      for (let slot = hash & mask, key = slotKeys[slot]!; key !== -1; slot = (slot + 1) & mask, key = slotKeys[slot]!) {
        if (slotHashes[slot] === hash && sameLowerCase(text, start, i, entriesByKey[key]!.word)) {
          entry = entriesByKey[key];
          break;
        }
      }
    } else {
      const word = text.slice(start, i).toLowerCase();
      entry = firstWordEntry(word, false);
      nonAscii.push([count, word]);
    }
    starts[count] = start;
    ends[count] = i;
    keys[count] = entry ? entry.key : -1;
    if (entry?.first) {
      const runs = runsByKey[entry.key];
      if (runs) runs.push(count);
      else runsByKey[entry.key] = [count];
    }
    count++;
  }
  // Filled on demand at any run: allocated at full length so the writes stay fast.
  const runWords: (string | undefined)[] = new Array(count);
  for (const [run, word] of nonAscii) runWords[run] = word;
  return {
    version: registryVersion,
    text,
    runStarts: starts.subarray(0, count),
    runEnds: ends.subarray(0, count),
    runWords,
    runKeys: keys.subarray(0, count),
    runContinuations: new Array(count),
    runGaps: new Array(count),
    runsByKey,
    runsById: new Map(),
  };
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
}

const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

/** True when the ASCII run text[start, end) lower-cased is `word`. */
function sameLowerCase(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== word.charCodeAt(i - start)) return false;
  }
  return true;
}

/** The runs where one of `compiled`'s first words stands, in order; undefined when none. */
function runsOf(index: TextIndex, compiled: Compiled): Int32Array | undefined {
  let runs = index.runsById.get(compiled.id);
  if (runs) return runs.length > 0 ? runs : undefined;
  let count = 0;
  for (const key of compiled.keys) count += index.runsByKey[key]?.length ?? 0;
  runs = new Int32Array(count);
  count = 0;
  for (const key of compiled.keys) {
    const some = index.runsByKey[key];
    if (some) for (let k = 0; k < some.length; k++) runs[count++] = some[k]!;
  }
  // Each key's runs are in order; a typed array sorts numbers natively.
  if (compiled.keys.length > 1) runs.sort();
  index.runsById.set(compiled.id, runs);
  return runs.length > 0 ? runs : undefined;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** 2 where a surrogate pair starts, else 1. */
function unitsAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

// [\p{L}\p{N}_] per UTF-16 unit of the Basic Multilingual Plane, filled in as characters are met.
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const wordUnits = new Uint8Array(0x10000);

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  if (unitsAt(text, i) === 2) return WORD_CHAR.test(text.slice(i, i + 2));
  let known = wordUnits[code]!;
  if (known === UNKNOWN) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    wordUnits[code] = known;
  }
  return known === WORD;
}

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

// The draft under analysis. Rules mostly search one sentence at a time (`findAll(sentence.text,
// list, sentence.start)`); such a piece is looked up in the draft's index instead of one of its own.
let documentText = '';
let documentIndex: TextIndex | null | undefined;
/** Counts `useDocument` calls: a pattern's `documentHits` are this draft's when stamped with it. */
let documentStamp = 0;
/** Offsets of pieces already found to be the draft's, with their text. */
const documentPieces = new Map<number, string>();

/**
 * Tells the matcher which draft is being analyzed (context.ts calls this once per analysis). Its
 * index is built afresh on first use: no analysis reuses another's, as when the user types.
 */
export function useDocument(text: string): void {
  documentText = text;
  documentIndex = undefined;
  documentPieces.clear();
  lastPiece = '';
  lastPieceOffset = -1;
  documentStamp++;
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** The index of the draft when `text` is the piece of it at `offset`, cut between words. */
function documentIndexFor(text: string, offset: number): TextIndex | null {
  if (!isDocumentPiece(text, offset)) return null;
  if (documentIndex === undefined || (documentIndex && documentIndex.version !== registryVersion)) documentIndex = buildIndex(documentText);
  return documentIndex;
}

// Rules and the understanding ask about one sentence after another, several lists each.
let lastPiece = '';
let lastPieceOffset = -1;
/** Pieces up to this long, in drafts under 2^20 characters, are filed by offset and length (a small integer key). */
const PIECE_KEY = 1024;

function isDocumentPiece(text: string, offset: number): boolean {
  if (offset === lastPieceOffset && text === lastPiece) return true;
  const key = documentText.length < 2 ** 20 && text.length < PIECE_KEY ? offset * PIECE_KEY + text.length : -1;
  if (key < 0 || documentPieces.get(key) !== text) {
    if (!isPieceOfDocument(text, offset)) return false;
    if (key >= 0) documentPieces.set(key, text);
  }
  lastPiece = text;
  lastPieceOffset = offset;
  return true;
}

function isPieceOfDocument(text: string, offset: number): boolean {
  const doc = documentText;
  const end = offset + text.length;
  if (text.length === 0 || end > doc.length) return false;
  if (text === doc) return offset === 0;
  // The piece's first and last word runs must be the draft's: no word (or character) cut at an edge.
  if (offset > 0) {
    if (isLowSurrogate(doc.charCodeAt(offset))) return false;
    const prev = doc.charCodeAt(offset - 1);
    const pair = isLowSurrogate(prev) && offset >= 2 && doc.charCodeAt(offset - 2) >= 0xd800 && doc.charCodeAt(offset - 2) <= 0xdbff;
    const last = pair ? doc.codePointAt(offset - 2)! : prev;
    if (isWordCode(last)) return false;
  }
  if (end < doc.length && (isLowSurrogate(doc.charCodeAt(end)) || isWordCode(doc.codePointAt(end)!))) return false;
  return doc.startsWith(text, offset);
}

/** The first of `runs` (sorted) that starts at or after `value`. */
function firstRunAtOrAfter(index: TextIndex, runs: Int32Array, value: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.runStarts[runs[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Each pattern is searched once per analysis over the whole draft; a piece of the draft (a
// sentence, a clause) then takes the draft's matches that lie inside it. That equals searching the
// piece itself whenever no match of the draft crosses the piece's edges: patterns look at most one
// character past a match (the word boundaries), and a piece is cut between words (`documentIndexFor`),
// so a match inside the piece is one in the draft and the scan left to right agrees within it. A
// match crossing an edge ("thank\nyou" over two lines) sends the piece to its own search.
function wholeDocumentHits(compiled: Compiled): Span[] {
  if (compiled.documentStamp !== documentStamp) {
    compiled.documentHits = matchesIn(compiled, documentText, 0, Infinity);
    compiled.documentStamp = documentStamp;
  }
  return compiled.documentHits;
}

/** Copies of the draft's matches inside [start, end); null when one crosses an edge. */
function hitsWithin(all: readonly Span[], start: number, end: number, limit: number): Span[] | null {
  // Matches are apart and in order, so ends are sorted too: find the first that ends past `start`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < all.length && out.length < limit; k++) {
    const hit = all[k]!;
    if (hit.start >= end) break;
    if (hit.start < start || hit.end > end) return null;
    out.push({ start: hit.start, end: hit.end, text: hit.text });
  }
  return out;
}

function matches(compiled: Compiled, text: string, offset: number, limit: number): Span[] {
  if (compiled.firstWords && documentIndexFor(text, offset)) {
    const all = wholeDocumentHits(compiled);
    if (all.length === 0) return [];
    const found = hitsWithin(all, offset, offset + text.length, limit);
    if (found) return found;
  }
  return matchesIn(compiled, text, offset, limit);
}

function matchesIn(compiled: Compiled, text: string, offset: number, limit: number): Span[] {
  if (!compiled.firstWords) return scan(compiled.global, text, offset, limit);
  // Positions are in `base` coordinates: the draft's (base = 0) or the text's own (base = offset).
  let index = documentIndexFor(text, offset);
  let base = 0;
  if (!index) {
    index = indexOf(text);
    base = offset;
  }
  if (!index) return scan(compiled.global, text, offset, limit);
  const shift = offset - base;
  if (compiled.plan && shift === 0 && index.text.length === text.length) return planMatches(compiled, compiled.plan, index, offset, limit);
  const runs = runsOf(index, compiled);
  if (!runs) return [];
  const out: Span[] = [];
  let from = 0;
  for (let k = base === 0 && shift > 0 ? firstRunAtOrAfter(index, runs, shift) : 0; k < runs.length; k++) {
    const run = runs[k]!;
    const at = index.runStarts[run]! - shift;
    if (at >= text.length) break;
    if (at < from) continue;
    const candidates = candidatesFor(compiled, entriesByKey[index.runKeys[run]!]!);
    if (candidates.continuations && !candidates.continuations.has(continuation(index, run))) continue;
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
 * each first word stands, the plan's match there; then, in order, the matches a scan left to right
 * keeps (one starting inside the previous one is skipped).
 */
const ORDER_SHIFT = 2 ** 21;


function planMatches(compiled: Compiled, plan: Plan, index: TextIndex, offset: number, limit: number): Span[] {
  const starts: number[] = [];
  const ends: number[] = [];
  let sorted = true;
  for (let i = 0; i < compiled.keys.length; i++) {
    const runs = index.runsByKey[compiled.keys[i]!];
    if (!runs) continue;
    const branch = compiled.branches[i]!;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      const end = planEnd(index, plan, branch, run);
      if (end < 0) continue;
      const start = index.runStarts[run]!;
      if (starts.length > 0 && start < starts[starts.length - 1]!) sorted = false;
      starts.push(start);
      ends.push(end);
    }
  }
  let order: Float64Array | null = null;
  if (!sorted) {
    // Start and position packed in one number, sorted natively: starts are apart (one per run).
    order = new Float64Array(starts.length);
    for (let i = 0; i < starts.length; i++) order[i] = starts[i]! * ORDER_SHIFT + i;
    order.sort();
  }
  const out: Span[] = [];
  let from = 0;
  for (let j = 0; j < starts.length && out.length < limit; j++) {
    const i = order ? order[j]! % ORDER_SHIFT : j;
    const start = starts[i]!;
    if (start < from) continue;
    const end = ends[i]!;
    out.push({ start: offset + start, end: offset + end, text: index.text.slice(start, end) });
    from = end;
  }
  return out;
}

/** The gap after a run and the next run, as `candidatesFor` records what a phrase needs there. */
function continuation(index: TextIndex, run: number): string {
  let found = index.runContinuations[run];
  if (found === undefined) {
    const next = run + 1;
    found = next < index.runStarts.length ? gapAfter(index, run) + wordAt(index, next) : normalizeGap(index.text.slice(index.runEnds[run]!));
    index.runContinuations[run] = found;
  }
  return found;
}

/**
 * The draft's matches (useDocument's draft) of a list or of a `compilePattern` regex, or null
 * when they are not at hand (no index for the draft, or a pattern that may start anywhere). A
 * piece of the draft (`isDraftPiece`) finds only matches overlapping one of these.
 */
export function draftMatches(pattern: readonly string[] | RegExp): readonly Span[] | null {
  const compiled = pattern instanceof RegExp ? byRegex.get(pattern) : compiledList(pattern);
  if (!compiled?.firstWords || documentText.length === 0) return null;
  register(compiled);
  if (!documentIndexFor(documentText, 0)) return null;
  return wholeDocumentHits(compiled);
}

/** True when `text` is the piece of the draft at `offset`, cut between words, and the draft has an index. */
export function isDraftPiece(text: string, offset: number): boolean {
  return documentIndexFor(text, offset) !== null;
}

/** Every match of `re` (a `listPattern` or `compilePattern` regex, or any global regex) in `text`. */
export function matchRegex(re: RegExp, text: string, offset = 0): Span[] {
  const compiled = byRegex.get(re);
  if (!compiled) return scan(re, text, offset, Infinity);
  register(compiled);
  return matches(compiled, text, offset, Infinity);
}

/** Every match of any phrase of `list` in `text`, offsets shifted by `offset`. */
export function findAll(text: string, list: readonly string[], offset = 0): Span[] {
  return matches(compiledList(list), text, offset, Infinity);
}

export function hasAny(text: string, list: readonly string[]): boolean {
  return matches(compiledList(list), text, 0, 1).length > 0;
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

// Warm-up: V8 compiles a regular expression on its first run, which made the first check in a
// page cost ~100 ms. These run it ahead, in small steps. A one-byte subject only: adding a
// two-byte one cost 50% more warm-up for no faster first check (measured on the dev corpus).
const WARM_SUBJECTS = ['a'];
const warmed = new WeakSet<RegExp>();

function warmRegex(re: RegExp): void {
  if (warmed.has(re)) return;
  warmed.add(re);
  // Twice per kind of text: V8 interprets a new pattern once, then compiles it to machine code.
  for (const subject of WARM_SUBJECTS) {
    for (let i = 0; i < 2; i++) {
      re.lastIndex = 0;
      re.exec(subject);
    }
  }
  re.lastIndex = 0;
}

/** Files `list`'s first words (as the first `findAll` over it would); its whole-list regex is only a fallback, left cold. */
export function warmList(list: readonly string[]): void {
  compiledList(list);
}

/**
 * Builds and runs once every sticky pattern (per first word) of the patterns compiled so far,
 * at least one and then until `timeLeft()` reaches 0. Returns true while some may remain. Caches only: no answer changes.
 */
export function warmCandidates(timeLeft: () => number): boolean {
  for (const compiled of bySource.values()) {
    // A pattern with a plan runs its sticky patterns only on a piece a match crosses: rare.
    if (!compiled.firstWords || compiled.plan) continue;
    for (const word of compiled.firstWords) {
      const entry = firstWordEntry(word, false);
      if (!entry || compiled.byFirstWord[entry.key]) continue;
      // At least one per call, so even a short deadline makes progress.
      warmRegex(candidatesFor(compiled, entry).sticky);
      if (timeLeft() <= 0) return true;
    }
  }
  return false;
}
