// Finds phrases from the phrase lists in a text: case-insensitive, on word boundaries, with
// straight and curly apostrophes treated alike. Phrase data stays plain strings; the regular
// expressions are built here, once per list.
//
// Speed: running one alternation regex per list over every sentence costs a scan per list. Instead
// each text is cut once into word runs, and each run's lower-case form looks up which lists have a
// phrase starting with it; the list's regex then only runs (sticky) where such a run starts. The
// matches are the same as a full scan's: a phrase can only match where its first word stands.
import type { Span } from './segment';

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
  /** The same pattern, sticky, tried only where a first word stands. */
  sticky: RegExp;
  /** Lower-case first words of every alternative; null when some alternative starts with no word. */
  firstWords: ReadonlySet<string> | null;
};

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}_])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}_])';
const FIRST_RUN = /^[\p{L}\p{N}_]+/u;

const byList = new WeakMap<readonly string[], Compiled>();
/** For lists built afresh on each call (`Object.keys(map)`, `[...a, ...b]`): keyed by content. */
const byContent = new Map<string, Compiled>();
const bySource = new Map<string, Compiled>();
const byRegex = new WeakMap<RegExp, Compiled>();
/** First word → ids of the compiled patterns that may start with it. */
const listsByFirstWord = new Map<string, number[]>();
let registryVersion = 0;
let generation = 0;
let nextId = 0;
// Settings add lists of their own (flagged phrases); past this many patterns the registry starts
// afresh, and patterns still in use file their first words again when next used.
const MAX_PATTERNS = 500;

function firstWordsOf(phrases: readonly string[]): Set<string> | null {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const run = FIRST_RUN.exec(phrase.trim());
    if (!run) return null;
    out.add(run[0].toLowerCase());
  }
  return out;
}

/**
 * Compiles `source` (which must start with the word-boundary lookbehind and then one of
 * `headPhrases`) once; `headPhrases` tell the index where a match can start.
 */
export function compilePattern(source: string, headPhrases: readonly string[]): RegExp {
  let compiled = bySource.get(source);
  if (!compiled) {
    if (bySource.size >= MAX_PATTERNS) startAfresh();
    const firstWords = headPhrases.length > 0 ? firstWordsOf(headPhrases) : null;
    compiled = { id: nextId++, generation: -1, global: new RegExp(source, 'giu'), sticky: new RegExp(source, 'iuy'), firstWords };
    bySource.set(source, compiled);
    byRegex.set(compiled.global, compiled);
  }
  register(compiled);
  return compiled.global;
}

function register(compiled: Compiled): void {
  if (compiled.generation === generation) return;
  compiled.generation = generation;
  if (!compiled.firstWords) return;
  for (const word of compiled.firstWords) {
    const ids = listsByFirstWord.get(word);
    if (ids) ids.push(compiled.id);
    else listsByFirstWord.set(word, [compiled.id]);
  }
  registryVersion++;
}

function startAfresh(): void {
  bySource.clear();
  byContent.clear();
  listsByFirstWord.clear();
  indexes.clear();
  generation++;
  registryVersion++;
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
    // Longest first, so "mohon maaf" wins over "maaf".
    const alternatives = [...list].sort((a, b) => b.length - a.length).map(phrasePattern);
    const source = `${BOUNDARY_BEFORE}(?:${alternatives.join('|') || '(?!)'})${BOUNDARY_AFTER}`;
    compiled = byRegex.get(compilePattern(source, list))!;
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
  /** Start offsets of the word runs, per compiled pattern id that may start there. */
  startsById: Map<number, number[]>;
};

// ſ and μ fold onto s and µ in a case-insensitive regex but not under toLowerCase: such a text
// (or one too big to be worth caching) is scanned the plain way.
const FOLDS_APART = /[ſμΜ]/u;
const WORD_RUN = /[\p{L}\p{N}_]+/gu;
const MAX_INDEXED = 200_000;
const indexes = new Map<string, TextIndex | null>();

function indexOf(text: string): TextIndex | null {
  let index = indexes.get(text);
  if (index !== undefined && (index === null || index.version === registryVersion)) return index;
  if (text.length > MAX_INDEXED || FOLDS_APART.test(text)) index = null;
  else {
    const startsById = new Map<number, number[]>();
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
      const ids = listsByFirstWord.get(m[0].toLowerCase());
      if (!ids) continue;
      for (const id of ids) {
        const starts = startsById.get(id);
        if (starts) starts.push(m.index);
        else startsById.set(id, [m.index]);
      }
    }
    index = { version: registryVersion, startsById };
  }
  // Drafts change with every keystroke; keep the cache bounded.
  if (indexes.size > 5000) indexes.clear();
  indexes.set(text, index);
  return index;
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
let documentIndex: TextIndex | null = null;

/** Tells the matcher which draft is being analyzed (context.ts calls this once per analysis). */
export function useDocument(text: string): void {
  documentText = text;
  documentIndex = null;
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** The index of the draft when `text` is the piece of it at `offset`, cut between words. */
function documentIndexFor(text: string, offset: number): TextIndex | null {
  const doc = documentText;
  const end = offset + text.length;
  if (text === doc || text.length === 0 || end > doc.length) return null;
  // The piece's first and last word runs must be the draft's: no word (or character) cut at an edge.
  if (offset > 0) {
    if (isLowSurrogate(doc.charCodeAt(offset))) return null;
    const prev = doc.charCodeAt(offset - 1);
    const pair = isLowSurrogate(prev) && offset >= 2 && doc.charCodeAt(offset - 2) >= 0xd800 && doc.charCodeAt(offset - 2) <= 0xdbff;
    const last = pair ? doc.codePointAt(offset - 2)! : prev;
    if (isWordCode(last)) return null;
  }
  if (end < doc.length && (isLowSurrogate(doc.charCodeAt(end)) || isWordCode(doc.codePointAt(end)!))) return null;
  if (!doc.startsWith(text, offset)) return null;
  if (!documentIndex || documentIndex.version !== registryVersion) documentIndex = indexOf(doc);
  return documentIndex;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matches(compiled: Compiled, text: string, offset: number, limit: number): Span[] {
  if (!compiled.firstWords) return scan(compiled.global, text, offset, limit);
  // Positions are in `base` coordinates: the draft's (base = 0) or the text's own (base = offset).
  let index = documentIndexFor(text, offset);
  let base = 0;
  if (!index) {
    index = indexOf(text);
    base = offset;
  }
  if (!index) return scan(compiled.global, text, offset, limit);
  const starts = index.startsById.get(compiled.id);
  if (!starts) return [];
  const out: Span[] = [];
  const re = compiled.sticky;
  const shift = offset - base;
  let from = 0;
  for (let k = base === 0 && shift > 0 ? firstAtOrAfter(starts, shift) : 0; k < starts.length; k++) {
    const at = starts[k]! - shift;
    if (at >= text.length) break;
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ start: offset + at, end: offset + at + m[0].length, text: m[0] });
    if (out.length >= limit) break;
    from = at + m[0].length;
  }
  return out;
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
