// A text cut once into word runs ([\p{L}\p{N}_]+, as the phrase patterns' boundaries see words),
// each tagged with its lower-case word's registry key: where a phrase may start is then a lookup,
// not a scan per phrase list.
import { ints } from './int-slab';
import { isWordAt, unitsAt } from './word-chars';

export { isLowSurrogate, isWordCode } from './word-chars';
import type { Runs } from './phrase-plan';
import type { PlanHits } from './plan-pass';
import { countLastWord, type WordCounter } from './run-words';
import { EVIDENCE_SHIFT, FIRST, registry, registryWord, SLOT } from './word-registry';

/** The word runs a phrase plan reads (`Runs`), and what the index adds to find where phrases start. */
export type TextIndex = Runs & {
  version: number;
  /**
   * The runs where each first word stands, grouped by its `firstId` (a counting sort of the runs):
   * first word f's runs, in order, are `firstWordRuns[firstWordRunEnds[f - 1], firstWordRunEnds[f])`
   * (from 0 for f = 0); see `runsWith` (index-runs.ts).
   */
  firstWordRuns: Int32Array;
  firstWordRunEnds: Int32Array;
  /** Per compiled pattern id: the runs where one of its first words stands (`runsOf`). */
  runsById: Map<number, Int32Array>;
  /** Every planned pattern's matches (plan-pass.ts), found on first use. */
  planHits: PlanHits | undefined;
  /** Its arrays are cut from shared buffers (`buildIndex`): only for an index dropped soon. */
  pooled: boolean;
  /** The word scanner's words (start, end pairs) when a counter read them (`buildIndex`), else null. */
  scannerWords: Int32Array | null;
};

// Characters whose case-insensitive match differs from toLowerCase (ſ matches s, µ matches μ, ς
// matches σ), that lower-case to two characters (İ), or lower-case by context (Σ): a text holding
// one is scanned the plain way. Computed from Unicode: lower(c) !== lower(upper(c)), plus Σ.
const FOLDS_APART =
  /[\u00b5\u0130\u0131\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u1c80-\u1c88\u1e96-\u1e9b\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\ufb00-\ufb06\ufb13-\ufb17]/;
const MAX_INDEXED = 200_000;
// FOLDS_APART per UTF-16 unit, filled in as characters are met (0 unknown, 1 yes, 2 no): the index
// reads every non-ASCII unit anyway, instead of a pass of the pattern over the whole text.
const foldsApartUnits = new Uint8Array(0x10000);

function foldsApart(code: number): boolean {
  let known = foldsApartUnits[code]!;
  if (known === 0) foldsApartUnits[code] = known = FOLDS_APART.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
const indexes = new Map<string, TextIndex | null>();

/** The index of a text that is not the draft (a piece a match crosses), cached by content. */
export function indexOf(text: string): TextIndex | null {
  let index = indexes.get(text);
  if (index !== undefined && (index === null || index.version === registry.version)) return index;
  index = buildIndex(text);
  // Drafts change with every keystroke; keep the cache bounded.
  if (indexes.size > 5000) indexes.clear();
  indexes.set(text, index);
  return index;
}

export function clearIndexes(): void {
  indexes.clear();
}

/**
 * Word runs and where each registered first word stands; null for text the index cannot read.
 * `pooled`: the index is the draft's, dropped by the next analysis, so its arrays may be cut from
 * shared buffers (int-slab.ts); an index kept longer (`indexOf`) has its own, or it would keep a
 * whole shared buffer alive. `counter`: the scanner's words are counted as evidence of a language
 * while the runs are read (run-words.ts), their bounds kept in `scannerWords` (null, and the
 * counter's score meaningless, when a run is no scanner word).
 */
export function buildIndex(text: string, pooled = false, counter: WordCounter | null = null): TextIndex | null {
  if (text.length > MAX_INDEXED) return null;
  const length = text.length;
  // The scan writes into arrays reused from text to text, grown when a text has more runs than a
  // usual one (a run and a space: ~5 units); the index's own arrays are then views of one buffer
  // (int-slab.ts), cut once its size is known.
  let capacity = Math.max(scratch.starts.length, (length >> 2) + 16);
  if (capacity > scratch.starts.length) scratch = scratchOf(capacity, scratch.byFirstWord);
  let { starts, ends, keys, firstRuns, words } = scratch;
  // Nothing is filed while a text is scanned: the registry's tables can be read once.
  const { slots, chars } = registry;
  // Runs where a first word stands, and per first word how many (at its firstId + 1): sorted by
  // first word after the scan. Typed arrays, not an array per word: one allocation, and a first
  // word's runs are a view.
  const { entries } = registry;
  const groupCount = registry.firstWords + 1;
  if (scratch.byFirstWord.length < groupCount) scratch.byFirstWord = new Int32Array(groupCount * 2);
  const byFirstWord = scratch.byFirstWord.subarray(0, groupCount).fill(0);
  let firstCount = 0;
  const mask = slots.length / SLOT - 1;
  let count = 0;
  // The scanner's word being read (counting only): its bounds last in `words`, its runs all ASCII
  // (`plain`), and the evidence of its first run (with one run, its word's).
  let counting = counter !== null;
  let wordCount = 0;
  let wordRuns = 0;
  let wordPlain = true;
  let wordEvidence = 0;
  let i = 0;
  while (i < length) {
    let lead = text.charCodeAt(i);
    // Spaces and punctuation between runs, read without a call while they are ASCII.
    while (lead < 0x80 && ASCII_WORD[lead] === 0 && ++i < length) lead = text.charCodeAt(i);
    if (i === length) break;
    // Every non-ASCII unit is looked at here or in the run below: there FOLDS_APART is checked too.
    if (lead >= 0x80) {
      if (foldsApart(lead)) return null;
      if (!isWordAt(text, i)) {
        i += unitsAt(text, i);
        continue;
      }
    }
    // Hash the lower-case run while scanning it; only a non-ASCII run is sliced and lower-cased.
    const start = i;
    let hash = 0x811c9dc5;
    let ascii = true;
    // ASCII letters in a tight loop; a non-ASCII unit sends the rest of the run to the loop after.
    for (let code = lead; code < 0x80; ) {
      const folded = ASCII_WORD[code]!;
      if (folded === 0) break;
      hash = Math.imul(hash ^ folded, 0x01000193);
      if (++i === length) break;
      code = text.charCodeAt(i);
    }
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const folded = ASCII_WORD[code]!;
        if (folded === 0) break;
        hash = Math.imul(hash ^ folded, 0x01000193);
        i++;
      } else {
        if (foldsApart(code)) return null;
        if (!isWordAt(text, i)) break;
        ascii = false;
        i += unitsAt(text, i);
      }
    }
    if (count === capacity) {
      capacity *= 2;
      const more = scratchOf(capacity, scratch.byFirstWord);
      more.starts.set(starts);
      more.ends.set(ends);
      more.keys.set(keys);
      more.firstRuns.set(firstRuns);
      more.words.set(words);
      ({ starts, ends, keys, firstRuns, words } = scratch = more);
    }
    let key = -1;
    let first = false;
    let evidence = 0;
    if (ascii) {
      for (let at = (hash & mask) * SLOT; slots[at + 1] !== -1; at = (at + SLOT) & (slots.length - 1)) {
        if (slots[at] === hash && sameLowerCase(text, start, i, chars, slots[at + 2]!, slots[at + 3]! & (FIRST - 1))) {
          key = slots[at + 1]!;
          const flags = slots[at + 3]!;
          first = (flags & FIRST) !== 0;
          evidence = flags >> EVIDENCE_SHIFT;
          break;
        }
      }
    } else {
      const entry = registryWord(text.slice(start, i).toLowerCase(), false);
      if (entry) {
        key = entry.key;
        first = entry.first;
      }
    }
    if (counting) {
      if (!ascii && !counter!.scannerWord(text, start, i)) counting = false;
      // A run right after the word's last, one joiner between, is more of the same word.
      else if (wordRuns > 0 && start === words[wordCount - 1]! + 1 && counter!.joins(text, start - 1)) {
        words[wordCount - 1] = i;
        wordRuns++;
        wordPlain &&= ascii;
      } else {
        if (wordRuns > 0) wordCount = countLastWord(counter!, text, words, wordCount, wordRuns, wordPlain, wordEvidence);
        words[wordCount] = start;
        words[wordCount + 1] = i;
        wordCount += 2;
        wordRuns = 1;
        wordPlain = ascii;
        wordEvidence = evidence;
      }
    }
    starts[count] = start;
    ends[count] = i;
    keys[count] = key;
    if (first) {
      byFirstWord[entries[key]!.firstId + 1]!++;
      firstRuns[firstCount++] = count;
    }
    count++;
  }
  if (counting && wordRuns > 0) wordCount = countLastWord(counter!, text, words, wordCount, wordRuns, wordPlain, wordEvidence);
  // Counts to starts (byFirstWord[f] is where first word f's runs begin), then each run placed
  // at its word's next place: byFirstWord[f] ends as the end of word f - 1's runs, the start of
  // word f's.
  for (let k = 1; k < groupCount; k++) byFirstWord[k]! += byFirstWord[k - 1]!;
  // One buffer: runStarts, runEnds, runKeys, firstWordRuns, firstWordRunEnds, and the scanner's words.
  const wordLength = counting ? wordCount : 0;
  const size = 3 * count + firstCount + groupCount + wordLength;
  const buffer = pooled ? ints(size) : new Int32Array(size);
  const runStarts = buffer.subarray(0, count);
  const runEnds = buffer.subarray(count, 2 * count);
  const runKeys = buffer.subarray(2 * count, 3 * count);
  const firstWordRuns = buffer.subarray(3 * count, 3 * count + firstCount);
  runStarts.set(starts.subarray(0, count));
  runEnds.set(ends.subarray(0, count));
  runKeys.set(keys.subarray(0, count));
  for (let f = 0; f < firstCount; f++) {
    const run = firstRuns[f]!;
    firstWordRuns[byFirstWord[entries[keys[run]!]!.firstId]!++] = run;
  }
  const firstWordRunEnds = buffer.subarray(3 * count + firstCount, 3 * count + firstCount + groupCount);
  firstWordRunEnds.set(byFirstWord);
  let scannerWords: Int32Array | null = null;
  if (counting) {
    scannerWords = buffer.subarray(size - wordLength);
    scannerWords.set(words.subarray(0, wordLength));
  }
  // A long text's scratch is not kept (up to 1.6 MB for the longest text indexed).
  if (capacity > KEPT_CAPACITY) scratch = scratchOf(0, scratch.byFirstWord);
  return {
    version: registry.version,
    text,
    runStarts,
    runEnds,
    runKeys,
    firstWordRuns,
    firstWordRunEnds,
    runsById: new Map(),
    planHits: undefined,
    pooled,
    scannerWords,
  };
}

/** What a scan writes before the index's own buffer is allocated; reused between scans. */
type Scratch = { starts: Int32Array; ends: Int32Array; keys: Int32Array; firstRuns: Int32Array; words: Int32Array; byFirstWord: Int32Array };
let scratch: Scratch = scratchOf(0, new Int32Array(0));
/** Runs the kept scratch holds at most (~10,000 words). */
const KEPT_CAPACITY = 1 << 14;

function scratchOf(capacity: number, byFirstWord: Int32Array): Scratch {
  // Words: no more than runs, a start and an end each.
  const buffer = new Int32Array(6 * capacity);
  return {
    starts: buffer.subarray(0, capacity),
    ends: buffer.subarray(capacity, 2 * capacity),
    keys: buffer.subarray(2 * capacity, 3 * capacity),
    firstRuns: buffer.subarray(3 * capacity, 4 * capacity),
    words: buffer.subarray(4 * capacity),
    byFirstWord,
  };
}

/** ASCII word characters lower-cased (as the run's hash reads them); 0 for any other. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : 0;

/** True when the ASCII run text[start, end) lower-cased is the word of `length` characters at `at` in `chars`. */
function sameLowerCase(text: string, start: number, end: number, chars: Uint16Array, at: number, length: number): boolean {
  if (length !== end - start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== chars[at + i - start]) return false;
  }
  return true;
}
