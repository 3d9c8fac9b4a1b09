// How each word of a draft counts as evidence of English or Indonesian: a known word of either
// language, or an Indonesian form (-nya, -kan, "apa2"). Words are read by the word scanner in one
// pass over the draft, or from the draft's word index when it has one (lang.ts decides).
import { en } from './phrases/en';
import { id } from './phrases/id';
import type { WordCounter } from './text/run-words';
import { buildIndex, type TextIndex } from './text/word-index';
import { markEvidence, registry, registryWord } from './text/word-registry';
import { CLASS, classOf, DIGIT, LETTER, OTHER } from './text/words';

const enWords = new Set<string>([...en.common.functionWords, ...en.meaning.languageWords]);
const idWords = new Set<string>([...id.common.functionWords, ...id.meaning.languageWords]);

// One lookup per word: which language's evidence a known word is (a word of both is neither's).
const EN = 1;
const ID = 2;
const BOTH = 3;
const evidence = new Map<string, number>();
for (const w of enWords) evidence.set(w, idWords.has(w) ? BOTH : EN);
for (const w of idWords) if (!enWords.has(w)) evidence.set(w, ID);

// "harganya", "invoice-nya", "berikan", "diskon2an", "kata-kata": Indonesian by form.
const ID_SUFFIX = /^\p{L}{3,}(?:nya|kan)$|-nya$|^\p{L}+2(?:an|nya)?$/u;

/** Known words in buckets by FNV-1a hash of their lower-case form: looked up without slicing. */
const BUCKETS = 4096;
const evidenceByHash: ({ word: string; known: number }[] | undefined)[] = new Array(BUCKETS);
for (const [word, known] of evidence) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  (evidenceByHash[hash & (BUCKETS - 1)] ??= []).push({ word, known });
}

/** A word's character as the lookup sees it: ASCII lower-cased, ’ as '; -1 for any other non-ASCII. */
function foldedAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return code === 0x2019 ? 0x27 : -1;
}

function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) if (foldedAt(text, i) !== word.charCodeAt(i - start)) return false;
  return true;
}

export type Score = { en: number; id: number };

/** Adds one word's evidence; `hash` is its FNV-1a hash when `plain` (only foldable characters). */
export function countWord(text: string, start: number, end: number, plain: boolean, hash: number, score: Score): void {
  let known: number | undefined;
  let word: string | undefined;
  if (plain) {
    const bucket = evidenceByHash[hash & (BUCKETS - 1)];
    // Words are unique in the buckets: the first that matches is the only one.
    if (bucket) {
      for (const e of bucket) {
        if (sameWord(text, start, end, e.word)) {
          known = e.known;
          break;
        }
      }
    }
  } else {
    word = text.slice(start, end).toLowerCase().replace(/’/g, "'");
    known = evidence.get(word);
  }
  if (known === ID) score.id++;
  else if (known === EN) score.en++;
  else if (known !== undefined) return;
  else if (plain) {
    if (plainIdSuffix(text, start, end)) score.id++;
  } else if (mayHaveIdSuffix(text, start, end)) {
    word ??= text.slice(start, end).toLowerCase().replace(/’/g, "'");
    if (ID_SUFFIX.test(word)) score.id++;
  }
}

/** ASCII lower-case letter at `i` (a folded code), else -1. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i) | 0x20;
  return code >= 0x61 && code <= 0x7a ? code : -1;
}

function lettersOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (letterAt(text, i) < 0) return false;
  return true;
}

/** `text[at, end)` lower-cased is `suffix` (ASCII). */
function endsWith(text: string, at: number, end: number, suffix: string): boolean {
  if (end - at !== suffix.length) return false;
  for (let i = at; i < end; i++) if (letterAt(text, i) !== suffix.charCodeAt(i - at)) return false;
  return true;
}

/**
 * ID_SUFFIX on a word of ASCII characters (and ’), read in place: its only letters are ASCII ones,
 * so "letters, then nya or kan" and "letters, 2, then an or nya or nothing" are checked by hand.
 */
function plainIdSuffix(text: string, start: number, end: number): boolean {
  // Every form ends in a, n (-nya, -kan, -2an) or 2: most words are ruled out by their last unit.
  const last = text.charCodeAt(end - 1) | 0x20;
  if (last !== 0x61 && last !== 0x6e && last !== 0x32) return false;
  if (end - start >= 6 && endsInNyaOrKan(text, end) && lettersOnly(text, start, end - 3)) return true;
  // "apa2", "diskon2an", "kata2nya": the word's last 2 stands 1, 3 or 4 from its end.
  for (let k = 1; k <= 4; k++) {
    if (text.charCodeAt(end - k) !== 0x32) continue;
    return k !== 2 && end - k > start && endsWith(text, end - k + 1, end, TWO_SUFFIXES[k]!) && lettersOnly(text, start, end - k);
  }
  return false;
}

/** `endsWith(text, end - 3, end, 'nya') || endsWith(text, end - 3, end, 'kan')`, the last letter read first. */
function endsInNyaOrKan(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1) | 0x20;
  if (last === 0x61) return (text.charCodeAt(end - 2) | 0x20) === 0x79 && (text.charCodeAt(end - 3) | 0x20) === 0x6e;
  if (last === 0x6e) return (text.charCodeAt(end - 2) | 0x20) === 0x61 && (text.charCodeAt(end - 3) | 0x20) === 0x6b;
  return false;
}

/** What may follow the 2 that stands k from the end. */
const TWO_SUFFIXES = ['', '', '', 'an', 'nya'];

// The word scanner of text/words.ts (UAX #29 words of a scannable text), hashing each word as it
// reads it: one pass over the draft and no array of bounds (half of detectLang's time was the
// second pass). tests/engine/fast-paths.test.ts compares detectLang with a segmenter-based form.
/** ASCII word characters as the hash reads them (lower-cased); 0 for any other ASCII character. */
const FOLD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) FOLD[c] = CLASS[c] === OTHER ? 0 : c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
// Between two letters: . : ' ’ ‘; between two digits: , ; . ' ’ ‘.
const midLetter = (code: number) => code === 0x2e || code === 0x3a || code === 0x27 || code === 0x2019 || code === 0x2018;
const midNumber = (code: number) => code === 0x2c || code === 0x3b || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2018;

export function scanWords(text: string, score: Score, words: number[] | null, from: number, length: number): void {
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (first < 0x80 ? FOLD[first] === 0 : classOf(first) === OTHER) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5 | 0;
    let plain = true;
    for (;;) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
          const folded = FOLD[code]!;
          if (folded === 0) break;
          hash = Math.imul(hash ^ folded, 0x01000193);
        } else {
          if (classOf(code) === OTHER) break;
          plain = false;
        }
      }
      if (i + 1 >= length) break;
      const mid = text.charCodeAt(i);
      const joinsLetters = midLetter(mid);
      const joinsDigits = midNumber(mid);
      if (!joinsLetters && !joinsDigits) break;
      const before = classOf(text.charCodeAt(i - 1));
      const after = classOf(text.charCodeAt(i + 1));
      if (!((before === LETTER && after === LETTER && joinsLetters) || (before === DIGIT && after === DIGIT && joinsDigits))) break;
      // The joiner and the character after it belong to the word.
      const folded = mid < 0x80 ? mid : mid === 0x2019 ? 0x27 : -1;
      if (folded < 0) plain = false;
      else hash = Math.imul(hash ^ folded, 0x01000193);
      const next = text.charCodeAt(i + 1);
      if (next >= 0x80) plain = false;
      else hash = Math.imul(hash ^ FOLD[next]!, 0x01000193);
      i += 2;
    }
    // A lone "_" is no word.
    if (i - start > 1 || text.charCodeAt(start) !== 0x5f) {
      countWord(text, start, i, plain, hash, score);
      if (words && start >= from) words.push(start - from, i - from);
    }
  }
}

/**
 * Every ID_SUFFIX form ends in -nya or -kan or holds a 2: skip the regex for all other words.
 * Loose on purpose (ASCII case-insensitive): it only decides whether the regex runs.
 */
function mayHaveIdSuffix(text: string, start: number, end: number): boolean {
  if (end - start >= 3) {
    const a = text.charCodeAt(end - 3) | 0x20;
    const b = text.charCodeAt(end - 2) | 0x20;
    const c = text.charCodeAt(end - 1) | 0x20;
    if ((a === 0x6e && b === 0x79 && c === 0x61) || (a === 0x6b && b === 0x61 && c === 0x6e)) return true;
  }
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x32) return true;
  // A non-ASCII unit among the last three (what /[^\u0000-\u007f]/ finds there), read in place.
  if (end - start < 3) return false;
  for (let i = end - 3; i < end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

// Words of one run (the index's unit) are filed in the phrase registry with their evidence: the
// index's lookup of each run gives it (once per draft, not a second lookup per word).
const ONE_RUN = /^[a-z0-9_]+$/;
let filedGeneration = -1;

function fileEvidence(): void {
  if (filedGeneration === registry.generation) return;
  for (const [word, known] of evidence) if (ONE_RUN.test(word)) markEvidence(registryWord(word, true)!, known);
  filedGeneration = registry.generation;
  registry.version++;
}

/**
 * Counts the words scanWords finds in the index's text as the index reads its runs (run-words.ts):
 * as scanWords counts them. A run holding a character the scanner does not take for a word
 * character (² ½: numbers to the index, not to UAX #29 words) stops the count.
 */
const counter: WordCounter = {
  en: 0,
  id: 0,
  oneRun(text, start, end, known) {
    if (known === ID) this.id++;
    else if (known === EN) this.en++;
    else if (known === 0 && plainIdSuffix(text, start, end)) this.id++;
  },
  other(text, start, end, plain) {
    const hash = plain ? foldedHash(text, start, end) : null;
    countWord(text, start, end, hash !== null, hash ?? 0, this);
  },
  scannerWord,
  joins,
};

/**
 * The index of `body` (the draft's, kept for one analysis) and its words as scanWords finds them
 * (flat start/end pairs), counted into `score`; words null (with `score` left as it was) when the
 * index could not count them.
 */
export function evidenceIndex(body: string, score: Score): { index: TextIndex | null; words: Int32Array | null } {
  fileEvidence();
  counter.en = score.en;
  counter.id = score.id;
  const index = buildIndex(body, true, counter);
  const words = index ? index.scannerWords : null;
  if (words) {
    score.en = counter.en;
    score.id = counter.id;
  }
  return { index, words };
}

/** Every unit of text[start, end) is a word character to the scanner. */
function scannerWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (classOf(text.charCodeAt(i)) === OTHER) return false;
  return true;
}

/** The character at `at`, between two runs, joins them into one word (as in scanWords). */
function joins(text: string, at: number): boolean {
  const mid = text.charCodeAt(at);
  // Mostly a space: no class is read then.
  if (!midLetter(mid) && !midNumber(mid)) return false;
  const before = classOf(text.charCodeAt(at - 1));
  const after = classOf(text.charCodeAt(at + 1));
  return (before === LETTER && after === LETTER && midLetter(mid)) || (before === DIGIT && after === DIGIT && midNumber(mid));
}

/** scanWords' hash of a word of ASCII runs and joiners; null when a joiner is not foldable (‘). */
function foldedHash(text: string, start: number, end: number): number | null {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x80 ? FOLD[code] || code : code === 0x2019 ? 0x27 : -1;
    if (folded < 0) return null;
    hash = Math.imul(hash ^ folded, 0x01000193);
  }
  return hash;
}
