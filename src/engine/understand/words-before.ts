// The words just before a phrase, as the rules read them ("can't" before "offer", "kalau" before
// "saya"), and whether one of them negates it. Read backwards from the phrase, in place.
import { isSpaceCode } from '../text/segment';

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

/** Word bounds filled by `wordBoundsBefore` (reused: nothing reads them after the next call). */
let bounds = new Int32Array(32);

/**
 * The bounds of the `count` words before `start` as `wordsBefore` reads them, last word first
 * (start, end pairs in `bounds`); how many, or -1 when a spaced dash sends the sentence to the
 * clause-first reading (`wordsOfClause`).
 */
function wordBoundsBefore(text: string, start: number, count: number): number {
  if (bounds.length < 2 * count) bounds = new Int32Array(2 * count);
  const from = Math.max(0, start - 80);
  // Read word by word back from `start`, stopping at the first break character: the clause start
  // matters only when it falls among those words. A spaced dash (whose breaks are read left to
  // right) sends the rare sentence to the clause-first reading.
  let found = 0;
  let end = start;
  while (found < count) {
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) === 0x0a) return found;
      end--;
    }
    let begin = end;
    for (; begin > from; begin--) {
      const code = text.charCodeAt(begin - 1);
      if (isSpaceCode(code) || isClauseBreak(code)) break;
      if (isDash(code) && begin - 2 >= from && begin < start && isSpaceCode(text.charCodeAt(begin - 2)) && isSpaceCode(text.charCodeAt(begin))) return -1;
    }
    if (begin < end) {
      bounds[2 * found] = begin;
      bounds[2 * found + 1] = end;
      found++;
    }
    if (begin === from || isClauseBreak(text.charCodeAt(begin - 1)) || begin === end) break;
    end = begin;
  }
  return found;
}

/**
 * The `count` words before `start`, lower-case, stopping at a clause break (, . ; : ! ? dash):
 * what `text.slice(start - 80, start).split(/[,.;:!?()\n]|\s[-–—]\s/).at(-1).toLowerCase()
 * .split(/\s+/).filter(Boolean).slice(-count)` gives, read without building those arrays.
 */
export function wordsBefore(text: string, start: number, count: number): string[] {
  const found = wordBoundsBefore(text, start, count);
  if (found < 0) return wordsOfClause(text, Math.max(0, start - 80), start, count);
  const out: string[] = [];
  for (let k = found - 1; k >= 0; k--) out.push(lowerSlice(text, bounds[2 * k]!, bounds[2 * k + 1]!));
  return out;
}

/**
 * `text.slice(start, end).toLowerCase()`, lower-cased only when a character there may need it: on
 * a draft with one emoji or curly quote every slice is two-byte, and lower-casing one is slow.
 */
export function lowerSlice(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
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
    out.push(lowerSlice(text, begin, end));
    end = begin;
  }
  return out.reverse();
}

// Per negator list, a set of its words and of their FNV-1a hashes: a word before a hit is looked
// up by the hash of its characters read in place, and sliced only when it may be a negator.
type Negators = { words: ReadonlySet<string>; hashes: ReadonlySet<number> };
const negatorTables = new WeakMap<readonly string[], Negators>();

function negatorsOf(list: readonly string[]): Negators {
  let table = negatorTables.get(list);
  if (!table) {
    const hashes = new Set<number>();
    for (const word of list) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
      hashes.add(hash);
    }
    negatorTables.set(list, (table = { words: new Set(list), hashes }));
  }
  return table;
}

const straightApostrophes = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

/**
 * False only when text[start, end) lower-cased with straight apostrophes is surely neither one of
 * `negators` nor ends in "n't": a word of ASCII letters and ’ whose hash is none of theirs.
 */
function mayNegate(text: string, start: number, end: number, negators: Negators): boolean {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) {
      // Other characters may lower-case to ASCII ones (K, the Kelvin sign): the long way.
      if (code !== 0x2019) return true;
      code = 0x27;
    } else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  const apostrophe = text.charCodeAt(end - 2);
  if (end - start >= 3 && (text.charCodeAt(end - 3) | 0x20) === 0x6e && (apostrophe === 0x27 || apostrophe === 0x2019) && (text.charCodeAt(end - 1) | 0x20) === 0x74) return true;
  return negators.hashes.has(hash);
}

/** True when one of `negators` sits within `window` words before `start`, in the same clause. */
export function negatedBefore(text: string, start: number, negators: readonly string[], window = 3): boolean {
  const found = wordBoundsBefore(text, start, window);
  if (found < 0) return negatedAmong(wordsOfClause(text, Math.max(0, start - 80), start, window), negators);
  const table = negatorsOf(negators);
  // Words in reading order: the i-th is the (found - 1 - i)-th bound pair.
  for (let k = found - 1; k >= 0; k--) {
    if (!mayNegate(text, bounds[2 * k]!, bounds[2 * k + 1]!, table)) continue;
    const word = straightApostrophes(lowerSlice(text, bounds[2 * k]!, bounds[2 * k + 1]!));
    if (!table.words.has(word) && !word.endsWith("n't")) continue;
    // "I can't believe we forgot" still admits it: a negated verb of disbelief negates nothing after it.
    const next = k > 0 ? straightApostrophes(lowerSlice(text, bounds[2 * k - 2]!, bounds[2 * k - 1]!)) : '';
    if (!DISBELIEF.includes(next)) return true;
  }
  return false;
}

/** `negatedBefore` over words already read. */
function negatedAmong(before: readonly string[], negators: readonly string[]): boolean {
  const known = negatorsOf(negators).words;
  for (let i = 0; i < before.length; i++) {
    const word = straightApostrophes(before[i]!);
    if (!known.has(word) && !word.endsWith("n't")) continue;
    if (!DISBELIEF.includes(i + 1 < before.length ? straightApostrophes(before[i + 1]!) : '')) return true;
  }
  return false;
}

const DISBELIEF = ['believe', 'imagine', 'wait', 'percaya', 'nyangka', 'menyangka'];
