// Tells English from Indonesian by counting each language's function words and everyday words,
// plus Indonesian morphology (-nya, -kan, reduplication, "Rp"). General detectors confuse short
// chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { en } from './phrases/en';
import { id } from './phrases/id';
import { words } from './text/segment';

const enWords = new Set<string>([...en.common.functionWords, ...en.meaning.languageWords]);
const idWords = new Set<string>([...id.common.functionWords, ...id.meaning.languageWords]);

// "harganya", "invoice-nya", "berikan", "diskon2an", "kata-kata": Indonesian by form.
const ID_SUFFIX = /^\p{L}{3,}(?:nya|kan)$|-nya$|^\p{L}+2(?:an|nya)?$/u;
const REDUPLICATED = /^(\p{L}{2,})-\1(?:an|nya)?$/u;
const RUPIAH = /(?<![\p{L}])Rp\s?\d/u;

export function detectLang(text: string): Lang {
  let enScore = 0;
  let idScore = RUPIAH.test(text) ? 1 : 0;
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)) {
    if (REDUPLICATED.test(token)) idScore++;
  }
  for (const w of words(text)) {
    const word = w.text.toLowerCase().replace(/’/g, "'");
    if (idWords.has(word) && !enWords.has(word)) idScore++;
    else if (enWords.has(word) && !idWords.has(word)) enScore++;
    else if (!enWords.has(word) && ID_SUFFIX.test(word)) idScore++;
  }
  // Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
}
