// Tells English from Indonesian by counting each language's function words and everyday words,
// plus Indonesian morphology (-nya, -kan, reduplication, "Rp"). General detectors confuse short
// chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { en } from './phrases/en';
import { id } from './phrases/id';
import { wordBounds } from './text/segment';

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
const RUPIAH = /(?<![\p{L}])Rp\s?\d/u;

const REDUPLICATED = /^(\p{L}{2,})-\1(?:an|nya)?$/u;
const TOKEN_CHAR = /^[\p{L}\p{N}'’-]$/u;

/**
 * Reduplicated tokens, the tokens being what `lower.split(/[^\p{L}\p{N}'’-]+/u)` gives; only
 * tokens around a hyphen are looked at (a regex over the whole text costs ~0.4 ms per 1k words).
 */
function countReduplicated(lower: string): number {
  let n = 0;
  let tokenEnd = -1;
  for (let at = lower.indexOf('-'); at >= 0; at = lower.indexOf('-', at + 1)) {
    if (at < tokenEnd) continue;
    let start = at;
    while (start > 0) {
      const step = start >= 2 && (lower.codePointAt(start - 2) ?? 0) > 0xffff ? 2 : 1;
      if (!TOKEN_CHAR.test(lower.slice(start - step, start))) break;
      start -= step;
    }
    let end = at + 1;
    while (end < lower.length) {
      const step = (lower.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      if (!TOKEN_CHAR.test(lower.slice(end, end + step))) break;
      end += step;
    }
    tokenEnd = end;
    if (REDUPLICATED.test(lower.slice(start, end))) n++;
  }
  return n;
}

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

export function detectLang(text: string): Lang {
  let enScore = 0;
  let idScore = RUPIAH.test(text) ? 1 : 0;
  if (text.includes('-')) idScore += countReduplicated(text.toLowerCase());
  const bounds = wordBounds(text);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    // Hash the lower-cased word while reading it; a word with other non-ASCII letters is sliced.
    let hash = 0x811c9dc5;
    let plain = true;
    for (let i = start; i < end; i++) {
      const code = foldedAt(text, i);
      if (code < 0) {
        plain = false;
        break;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    let known: number | undefined;
    let word: string | undefined;
    if (plain) {
      const bucket = evidenceByHash[hash & (BUCKETS - 1)];
      if (bucket) for (const e of bucket) if (sameWord(text, start, end, e.word)) known = e.known;
    } else {
      word = text.slice(start, end).toLowerCase().replace(/’/g, "'");
      known = evidence.get(word);
    }
    if (known === ID) idScore++;
    else if (known === EN) enScore++;
    else if (known === undefined && mayHaveIdSuffix(text, start, end)) {
      word ??= text.slice(start, end).toLowerCase().replace(/’/g, "'");
      if (ID_SUFFIX.test(word)) idScore++;
    }
  }
  // Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
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
  return end - start >= 3 && /[^\u0000-\u007f]/.test(text.slice(end - 3, end));
}
