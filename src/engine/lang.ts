// Tells English from Indonesian by counting each language's function words and everyday words,
// plus Indonesian morphology (-nya, -kan, reduplication, "Rp"). General detectors confuse short
// chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { en } from './phrases/en';
import { id } from './phrases/id';
import { wordBounds } from './text/segment';

const enWords = new Set<string>([...en.common.functionWords, ...en.meaning.languageWords]);
const idWords = new Set<string>([...id.common.functionWords, ...id.meaning.languageWords]);

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

export function detectLang(text: string): Lang {
  let enScore = 0;
  let idScore = RUPIAH.test(text) ? 1 : 0;
  const lower = text.toLowerCase();
  idScore += countReduplicated(lower);
  // One lower-casing for the whole text; per word only where it changed the length ("İ").
  const sameOffsets = lower.length === text.length;
  const bounds = wordBounds(text);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    let word = sameOffsets ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (idWords.has(word)) {
      if (!enWords.has(word)) idScore++;
    } else if (enWords.has(word)) enScore++;
    else if (mayHaveIdSuffix(word) && ID_SUFFIX.test(word)) idScore++;
  }
  // Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
}

/** Every ID_SUFFIX form ends in -nya or -kan or holds a 2: skip the regex for all other words. */
function mayHaveIdSuffix(word: string): boolean {
  return word.endsWith('nya') || word.endsWith('kan') || word.includes('2');
}
