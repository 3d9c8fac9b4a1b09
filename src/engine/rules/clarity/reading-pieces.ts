// Where a long sentence lets the reader rest (long-sentence.ts): the patterns, read the fast way.
// Both run on every sentence past the word limit; tests/engine/fast-paths.test.ts compares each
// with its pattern on random text.
import { alternation } from '../../understand/find';

const SPACE = /^\s$/u;

/** `text.split(/:\s+/u)`, cut at each colon by hand: split copies its pattern on every call. */
export function colonParts(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let end = at + 1;
    while (end < text.length && SPACE.test(text.charAt(end))) end++;
    if (end === at + 1) continue;
    parts.push(text.slice(last, at));
    last = end;
    at = end - 1;
  }
  parts.push(text.slice(last));
  return parts;
}

// A full stop (with any closing quote or bracket) before a lower-case word: Unicode's sentence
// rules go on with the sentence there, but chat drafts start their sentences in lower case
// ("...see pics\"). all our stuff is vintage").
export const LOWER_CASE_STOP = /([\p{L}.]+)["'”’)\]]*[.!?]+["'”’)\]]*\s+(?=\p{Ll})/gu;
const STOP_AT = new RegExp(LOWER_CASE_STOP.source, 'uy');
const LETTER = /^\p{L}$/u;
const CLOSERS = `"'”’)]`;
const STOP_THEN_SPACE = /[.!?]["'”’)\]]*\s/u;

const isRunPoint = (point: number) =>
  point < 0x80 ? point === 0x2e || ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a) : LETTER.test(String.fromCodePoint(point));

/**
 * The matches `text.matchAll(LOWER_CASE_STOP)` finds. Searched for, the pattern is tried at every
 * letter and backtracks over the rest of its word (~7% of an Indonesian analysis); here it is
 * tried only where a match may start. The leftmost match starts where a run of letters and dots
 * starts (one inside a run extends to the run's start), and the run must end in a dot or be
 * followed by ! ? or a closing quote or bracket, where the stop begins.
 */
export function lowerCaseStops(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Every match holds a stop, closers and a space: most sentences have none (their stop ends them).
  if (!STOP_THEN_SPACE.test(text)) return out;
  let i = 0;
  while (i < text.length) {
    let point = text.codePointAt(i)!;
    if (!isRunPoint(point)) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let last = point;
    while (i < text.length && isRunPoint((point = text.codePointAt(i)!))) {
      last = point;
      i += point > 0xffff ? 2 : 1;
    }
    const next = text.charAt(i);
    if (last !== 0x2e && !(next === '!' || next === '?' || (next !== '' && CLOSERS.includes(next)))) continue;
    STOP_AT.lastIndex = start;
    const m = STOP_AT.exec(text);
    if (m) {
      out.push(m);
      i = start + m[0].length;
    }
  }
  return out;
}

// Chat particles ("ya", "dong", "sih") as whole words: `(?<![\p{L}\p{N}_'’-])…(?![…])` with its
// lookbehind first is tried in full at every character of the long sentences it reads (~10 µs
// each); searched without it, the particles' own first letters lead the search, and the
// character before a match is tested here.
const WORDISH = /^[\p{L}\p{N}_'’-]$/u;

const isWordish = (point: number) =>
  point < 0x80
    ? ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a) || (point >= 0x30 && point <= 0x39) || point === 0x5f || point === 0x27 || point === 0x2d
    : WORDISH.test(String.fromCodePoint(point));

/** The code point that ends just before `at`. */
function pointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The list's alternation, not followed by a word character (global). */
const wordEnders = new WeakMap<readonly string[], RegExp>();

/** `text.match(/(?<![\p{L}\p{N}_'’-])ALTERNATION(?![\p{L}\p{N}_'’-])/giu)?.length ?? 0`, ALTERNATION being `alternation(list)`. */
export function wholeWordCount(text: string, list: readonly string[]): number {
  let re = wordEnders.get(list);
  if (!re) wordEnders.set(list, (re = new RegExp(`${alternation(list)}(?![\\p{L}\\p{N}_'’-])`, 'giu')));
  let count = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (at > 0 && isWordish(pointBefore(text, at))) {
      // The search goes on at the next character, as the pattern with its lookbehind would.
      re.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
      continue;
    }
    count++;
    if (m[0].length === 0) re.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  }
  return count;
}
