// Reading a word index (word-index.ts): the runs where a pattern's first words stand, and what
// follows a run.
import { ints } from './int-slab';
import { gapAfter } from './phrase-plan';
import type { TextIndex } from './word-index';
import { registry } from './word-registry';

/** The runs where the first word of key `key` stands, in order (a view, maybe empty). */
function runsWith(index: TextIndex, key: number): Int32Array {
  const { firstWordRuns, firstWordRunEnds } = index;
  const id = firstIdOf(key);
  if (id < 0 || id >= firstWordRunEnds.length) return firstWordRuns.subarray(0, 0);
  return firstWordRuns.subarray(id === 0 ? 0 : firstWordRunEnds[id - 1]!, firstWordRunEnds[id]!);
}

/** The number of the first word of key `key` (`RegistryWord.firstId`), -1 when it is none. */
function firstIdOf(key: number): number {
  const entry = registry.entries[key];
  return entry ? entry.firstId : -1;
}

/**
 * The runs where one of a pattern's first words (`keys`) stands, in order; undefined when none.
 * `listed`: the index lists the runs of those words (a regex's first words: `markFirst`), else
 * they are found by their keys.
 */
export function runsOf(index: TextIndex, id: number, keys: readonly number[], listed: boolean): Int32Array | undefined {
  let runs = index.runsById.get(id);
  if (runs) return runs.length > 0 ? runs : undefined;
  if (!listed) runs = runsByKeys(index, keys);
  else if (keys.length === 1) runs = runsWith(index, keys[0]!);
  else {
    // Each key's runs are in order: marked in a bit set of the runs and read back in order (no
    // view per key, no sort).
    const { firstWordRuns, firstWordRunEnds } = index;
    const words = (index.runStarts.length + 31) >> 5;
    if (marks.length < words) marks = new Int32Array(words * 2);
    marks.fill(0, 0, words);
    let count = 0;
    for (const key of keys) {
      const id = firstIdOf(key);
      if (id < 0 || id >= firstWordRunEnds.length) continue;
      for (let k = id === 0 ? 0 : firstWordRunEnds[id - 1]!, end = firstWordRunEnds[id]!; k < end; k++) {
        const run = firstWordRuns[k]!;
        marks[run >> 5]! |= 1 << (run & 31);
        count++;
      }
    }
    runs = index.pooled ? ints(count) : new Int32Array(count);
    const marked = count;
    count = 0;
    for (let w = 0; w < words; w++) {
      for (let bits = marks[w]!; bits !== 0; bits &= bits - 1) runs[count++] = (w << 5) + 31 - Math.clz32(bits & -bits);
    }
    // A key given twice marks its runs once.
    if (count < marked) runs = runs.subarray(0, count);
  }
  index.runsById.set(id, runs);
  return runs.length > 0 ? runs : undefined;
}

/** The runs whose word's key is one of `keys`, in order, read run by run. */
export function runsByKeys(index: TextIndex, keys: readonly number[]): Int32Array {
  const found: number[] = [];
  const { runKeys } = index;
  for (let run = 0; run < runKeys.length; run++) if (keys.includes(runKeys[run]!)) found.push(run);
  return Int32Array.from(found);
}

/** Scratch bit set of runs for `runsOf`, reused. */
let marks = new Int32Array(64);

/** The first of `runs` (sorted) that starts at or after `value`. */
export function firstRunAtOrAfter(index: TextIndex, runs: Int32Array, value: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.runStarts[runs[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The gaps between a phrase's first two words, numbered (a single space is 0): few and short.
const gapNumbers = new Map<string, number>([[' ', 0]]);
const GAPS = 64;

/** A gap and the next word's registry key as one number; -1 past the gaps numbered. */
export function codeOf(gap: string, key: number): number {
  let number = gapNumbers.get(gap);
  if (number === undefined) gapNumbers.set(gap, (number = gapNumbers.size));
  return number < GAPS ? key * GAPS + number : -1;
}

/**
 * The gap after a run and the next run's word, as `codeOf` numbers them (match.ts compares what a
 * phrase needs there); -1 when no next run stands or its word or the gap is no phrase's.
 */
export function continuationCode(index: TextIndex, run: number): number {
  const next = run + 1;
  if (next >= index.runStarts.length) return -1;
  const key = index.runKeys[next]!;
  if (key < 0) return -1;
  const from = index.runEnds[run]!;
  if (index.runStarts[next]! - from === 1 && index.text.charCodeAt(from) === 32) return key * GAPS;
  const number = gapNumbers.get(gapAfter(index, run));
  return number === undefined || number >= GAPS ? -1 : key * GAPS + number;
}
