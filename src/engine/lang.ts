// Tells English from Indonesian by counting each language's function words and everyday words,
// plus Indonesian morphology (-nya, -kan, reduplication, "Rp"). General detectors confuse short
// chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { countWord, evidenceIndex, scanWords } from './lang-words';
import { wordBounds } from './text/segment';
import type { TextIndex } from './text/word-index';
import { scannable } from './text/words';

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * `/(?<![\p{L}])Rp\s?\d/u.test(text)`, read from each "Rp" the text holds: the lookbehind made
 * the pattern try every position of the draft (~1% of an analysis).
 */
export function hasRupiah(text: string): boolean {
  for (let at = text.indexOf('Rp'); at >= 0; at = text.indexOf('Rp', at + 1)) {
    const after = text.charCodeAt(at + 2);
    if (!(isDigit(after) || (SPACE.test(text.charAt(at + 2)) && isDigit(text.charCodeAt(at + 3))))) continue;
    if (at === 0) return true;
    // The code point before, a surrogate pair read whole.
    const before = text.codePointAt(at - 1)!;
    const pair = at >= 2 && before >= 0xdc00 && before <= 0xdfff && text.codePointAt(at - 2)! > 0xffff;
    if (!LETTER.test(pair ? String.fromCodePoint(text.codePointAt(at - 2)!) : String.fromCharCode(before))) return true;
  }
  return false;
}

const REDUPLICATED = /^(\p{L}{2,})-\1(?:an|nya)?$/u;
const TOKEN_CHAR = /^[\p{L}\p{N}'’-]$/u;
/** TOKEN_CHAR on each ASCII character (1 or 0): a hyphenated token's characters read without a slice. */
const ASCII_TOKEN = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_TOKEN[c] = TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/** TOKEN_CHAR on text[from, to): one unit, or a surrogate pair. */
function isTokenChar(text: string, from: number, to: number): boolean {
  const code = text.charCodeAt(from);
  if (to - from === 1 && code < 0x80) return ASCII_TOKEN[code] === 1;
  return TOKEN_CHAR.test(text.slice(from, to));
}

/**
 * Reduplicated tokens, the tokens being what `text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)`
 * gives (`text` may be given lower-cased or not: lower-casing keeps token edges); only tokens
 * around a hyphen are looked at (a regex over the whole text costs ~0.4 ms per 1k words).
 */
function countReduplicated(text: string): number {
  let n = 0;
  let tokenEnd = -1;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    if (at < tokenEnd) continue;
    let start = at;
    while (start > 0) {
      const step = start >= 2 && (text.codePointAt(start - 2) ?? 0) > 0xffff ? 2 : 1;
      if (!isTokenChar(text, start - step, start)) break;
      start -= step;
    }
    let end = at + 1;
    while (end < text.length) {
      const step = (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      if (!isTokenChar(text, end, Math.min(end + step, text.length))) break;
      end += step;
    }
    tokenEnd = end;
    if (REDUPLICATED.test(text.slice(start, end).toLowerCase())) n++;
  }
  return n;
}

export function detectLang(text: string): Lang {
  return readLang(text, null, 0).lang;
}

/**
 * `detectLang(`${subject}\n${body}`)`, and the body's word bounds as `wordBounds(body)` gives
 * them when the scanner read the draft (else null): the rules count words from them instead of
 * scanning the draft again. No word crosses the line break, so the body's words are the same.
 * The body's words are read from its word index when it has one (`bodyIndex`, which the matcher
 * then takes over): one pass over the draft instead of two.
 */
export function detectDraftLang(subject: string, body: string): { lang: Lang; bodyWords: ArrayLike<number> | null; bodyIndex: TextIndex | null } {
  // Joined by `join`, which copies both into one flat string: a template literal makes a cons
  // string, and reading one character by character cost a fifth more.
  const text = [subject, body].join('\n');
  const { lang, words, index } = readLang(text, [], subject.length + 1, body);
  return { lang, bodyWords: words, bodyIndex: index };
}

/**
 * `words`: the bounds of the words from `from` on, shifted by it, when the word scanner read the
 * text (else the segmenter did: null); pushed onto the given array unless `body` (`text` from
 * `from` on) has an index to read them from.
 */
function readLang(text: string, words: number[] | null, from: number, body: string | null = null): { lang: Lang; words: ArrayLike<number> | null; index: TextIndex | null } {
  const score = { en: 0, id: hasRupiah(text) ? 1 : 0 };
  // Lower-casing changes no offset and no token edge unless the text holds İ or Σ (longer, or by context).
  if (text.includes('-')) score.id += countReduplicated(text.includes('\u0130') || text.includes('\u03a3') ? text.toLowerCase() : text);
  const scanned = scannable(text);
  let index: TextIndex | null = null;
  if (scanned) {
    const counted = body === null ? null : evidenceIndex(body, score);
    index = counted && counted.index;
    const indexed = counted && words ? counted.words : null;
    if (indexed) {
      scanWords(text, score, null, 0, from - 1);
      return { lang: langOf(score), words: indexed, index };
    }
    scanWords(text, score, words, from, text.length);
  } else {
    // Rare (other scripts): each word is looked up by its lower-cased form.
    const bounds = wordBounds(text);
    for (let k = 0; k < bounds.length; k += 2) countWord(text, bounds[k]!, bounds[k + 1]!, false, 0, score);
  }
  return { lang: langOf(score), words: scanned ? words : null, index };
}

// Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
const langOf = (score: { en: number; id: number }): Lang => (score.id * 1.5 >= score.en && score.id > 0 ? 'id' : 'en');
