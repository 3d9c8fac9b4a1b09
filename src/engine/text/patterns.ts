// Phrase lists and composed phrase families compiled into patterns: their regular expressions,
// built here once per list, and what the word index needs to find where they can start (their
// first words' registry keys, and a plan to follow them word by word when their shape allows).
import { bindPlan, familyOf, normalizeGap, planWords, type Plan } from './phrase-plan';
import { codeOf } from './index-runs';
import { filePlan } from './plan-table';
import { clearIndexes } from './word-index';
import { clearRegistry, markFirst, registry, registryWord, type RegistryWord } from './word-registry';
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
export type Compiled = {
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
  /** With a plan: where plan-pass.ts files its matches (-1 without). */
  slot: number;
  /** Its matches in the draft under analysis (match.ts), valid while `documentStamp` is the draft's. */
  documentHits: DocumentHits;
  documentStamp: number;
  /** Per first word, the pattern with only the alternatives starting with it, sticky. */
  byFirstWord: Candidates[];
};

/**
 * A pattern's matches in the draft (match.ts): match k from `bounds[from + 2k]` to the number after,
 * `count` of them; the span of each made once (`spans[k]`), and `all` once a caller takes them all.
 */
export type DocumentHits = { bounds: Int32Array; from: number; count: number; spans: (Span | undefined)[]; all: Span[] | null };

const NO_HITS: DocumentHits = { bounds: new Int32Array(0), from: 0, count: 0, spans: [], all: [] };

/**
 * The alternatives starting with one first word: their sticky pattern, and what may follow the
 * first word (`continuationCode`s); null when one of them is that word alone or follows it oddly.
 */
export type Candidates = { sticky: RegExp; continuations: ReadonlySet<number> | null };

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}_])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}_])';
const FIRST_RUN = /^[\p{L}\p{N}_]+/u;

const byList = new WeakMap<readonly string[], Compiled>();
/** For lists built afresh on each call (`Object.keys(map)`, `[...a, ...b]`): keyed by content. */
const byContent = new Map<string, Compiled>();
const bySource = new Map<string, Compiled>();
const byRegex = new WeakMap<RegExp, Compiled>();
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
    compiled = { id: nextId++, generation: -1, global: new RegExp(source, 'giu'), firstWords, heads, follow: followWords, build, plan, keys: [], slot: -1, documentHits: NO_HITS, documentStamp: -1, byFirstWord: [] };
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

export function candidatesFor(compiled: Compiled, entry: RegistryWord): Candidates {
  let found = compiled.byFirstWord[entry.key];
  if (!found) {
    const heads = compiled.heads.filter((h) => firstWordOf(h) === entry.word);
    found = { sticky: new RegExp(compiled.build(heads), 'iuy'), continuations: continuationCodes(heads, compiled.follow) };
    compiled.byFirstWord[entry.key] = found;
  }
  return found;
}

/**
 * What must follow the first word of `heads`: each head's own second word after its gap, or (for
 * a one-word head) spaces and a word of `follow`; null when anything may.
 */
function continuationsOf(heads: readonly string[], follow: ReadonlySet<string> | null): { gap: string; word: string }[] | null {
  const out: { gap: string; word: string }[] = [];
  for (const head of heads) {
    const trimmed = head.trim();
    const rest = trimmed.slice(FIRST_RUN.exec(trimmed)![0].length);
    const second = WORD_RUN_IN.exec(rest);
    if (!second) {
      // The head is one word: after it, the pattern wants spaces and then a word of `follow`.
      if (rest !== '' || !follow) return null;
      for (const next of follow) out.push({ gap: ' ', word: next });
      continue;
    }
    const gap = rest.slice(0, second.index);
    if (!PLAIN_GAP.test(gap)) return null;
    out.push({ gap: normalizeGap(gap), word: second[0].toLowerCase() });
  }
  return out;
}

/** `continuationsOf` as the codes `continuationCode` reads at a run (its words filed by `register`). */
function continuationCodes(heads: readonly string[], follow: ReadonlySet<string> | null): Set<number> | null {
  const found = continuationsOf(heads, follow);
  if (!found) return null;
  const out = new Set<number>();
  for (const { gap, word } of found) {
    // A pattern of an older registry generation (warmCandidates) may lack its words: no filter then.
    const entry = registryWord(word, false);
    const code = entry ? codeOf(gap, entry.key) : -1;
    if (code < 0) return null;
    out.add(code);
  }
  return out;
}

/** Files the pattern's words in the registry (again, after the registry started afresh). */
export function register(compiled: Compiled): void {
  if (compiled.generation === registry.generation) return;
  compiled.generation = registry.generation;
  if (!compiled.firstWords) return;
  // Keys start again from 0 in a new generation: what was filed under the old ones is dropped.
  compiled.byFirstWord = [];
  compiled.keys = [];
  for (const word of compiled.firstWords) {
    const entry = registryWord(word, true)!;
    // The index lists the runs of a regex's first words; a plan reads the runs' keys in one pass
    // (plan-pass.ts), and the rare search by plan on a piece finds its runs by their keys.
    if (!compiled.plan) markFirst(entry);
    compiled.keys.push(entry.key);
  }
  // The words after the first ones, for the index to give their keys (`continuationCodes`): filed
  // now, as an index built before the next change of `registry.version` lacks words filed later.
  for (const head of compiled.heads) for (const { word } of continuationsOf([head], compiled.follow) ?? []) registryWord(word, true);
  const plan = compiled.plan;
  if (plan) {
    const keyOf = new Map<string, number>();
    for (const word of planWords(plan)) keyOf.set(word, registryWord(word, true)!.key);
    bindPlan(plan, (word) => keyOf.get(word)!);
    compiled.slot = filePlan(plan);
  }
  registry.version++;
}

function startAfresh(): void {
  bySource.clear();
  byContent.clear();
  clearRegistry();
  clearIndexes();
}

/** Longest first, so "mohon maaf" wins over "maaf". */
function listSource(list: readonly string[]): string {
  const alternatives = [...list].sort((a, b) => b.length - a.length).map(phrasePattern);
  return `${BOUNDARY_BEFORE}(?:${alternatives.join('|') || '(?!)'})${BOUNDARY_AFTER}`;
}

export function compiledList(list: readonly string[]): Compiled {
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

/** The compiled pattern behind a `listPattern` or `compilePattern` regex. */
export function compiledRegex(re: RegExp): Compiled | undefined {
  return byRegex.get(re);
}

export function listPattern(list: readonly string[]): RegExp {
  return compiledList(list).global;
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
      const entry = registryWord(word, false);
      if (!entry || compiled.byFirstWord[entry.key]) continue;
      // At least one per call, so even a short deadline makes progress.
      warmRegex(candidatesFor(compiled, entry).sticky);
      if (timeLeft() <= 0) return true;
    }
  }
  return false;
}
