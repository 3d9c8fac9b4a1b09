// Tells English from Indonesian by counting each language's function words. General detectors
// confuse short chat-style Indonesian with Malay or Javanese; we only ever choose between two.
import type { Lang } from './types';
import { en } from './phrases/en';
import { id } from './phrases/id';
import { words } from './text/segment';

const enWords = new Set<string>(en.common.functionWords);
const idWords = new Set<string>(id.common.functionWords);

export function detectLang(text: string): Lang {
  let enScore = 0;
  let idScore = 0;
  for (const w of words(text)) {
    const word = w.text.toLowerCase();
    if (idWords.has(word) && !enWords.has(word)) idScore++;
    else if (enWords.has(word) && !idWords.has(word)) enScore++;
  }
  // Code-mixed Indonesian borrows English nouns but keeps Indonesian function words.
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
}
