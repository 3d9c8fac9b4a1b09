// Tells English from Indonesian by counting each language's function words and everyday words,
// plus Indonesian morphology (-nya, -kan, reduplication, "Rp"). General detectors confuse short
// chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { en } from './phrases/en';
import { id } from './phrases/id';
import { eachWord } from './text/segment';

const enWords = new Set<string>([...en.common.functionWords, ...en.meaning.languageWords]);
const idWords = new Set<string>([...id.common.functionWords, ...id.meaning.languageWords]);

// "harganya", "invoice-nya", "berikan", "diskon2an", "kata-kata": Indonesian by form.
const ID_SUFFIX = /^\p{L}{3,}(?:nya|kan)$|-nya$|^\p{L}+2(?:an|nya)?$/u;
const RUPIAH = /(?<![\p{L}])Rp\s?\d/u;

// Token by token as `text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)` would cut it.
const REDUPLICATED_TOKEN = /(?<![\p{L}\p{N}'’-])(\p{L}{2,})-\1(?:an|nya)?(?![\p{L}\p{N}'’-])/gu;

export function detectLang(text: string): Lang {
  let enScore = 0;
  let idScore = RUPIAH.test(text) ? 1 : 0;
  const lower = text.toLowerCase();
  if (lower.includes('-')) {
    REDUPLICATED_TOKEN.lastIndex = 0;
    while (REDUPLICATED_TOKEN.exec(lower)) idScore++;
  }
  // One lower-casing for the whole text; per word only where it changed the length ("İ").
  const sameOffsets = lower.length === text.length;
  eachWord(text, (start, end) => {
    let word = sameOffsets ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (idWords.has(word)) {
      if (!enWords.has(word)) idScore++;
    } else if (enWords.has(word)) enScore++;
    else if (mayHaveIdSuffix(word) && ID_SUFFIX.test(word)) idScore++;
  });
  // Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
}

/** Every ID_SUFFIX form ends in -nya or -kan or holds a 2: skip the regex for all other words. */
function mayHaveIdSuffix(word: string): boolean {
  return word.endsWith('nya') || word.endsWith('kan') || word.includes('2');
}
