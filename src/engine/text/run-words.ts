// The word scanner's words (text/words.ts) read from the word index's runs while it scans them:
// language detection counts them as evidence of a language (lang-words.ts) in the same pass.
// A scanner word is one run, or runs joined by one MidLetter or MidNumber character ("don't",
// "1,850"); the counter says which joiners join and which runs the scanner reads as words.

/** What counts the words, and their score so far. */
export type WordCounter = {
  en: number;
  id: number;
  /** Counts a word of one ASCII run; `evidence`: its registry entry's (word-registry.ts). */
  oneRun(text: string, start: number, end: number, evidence: number): void;
  /** Counts any other word: joined runs, or one with non-ASCII letters (`plain`: none). */
  other(text: string, start: number, end: number, plain: boolean): void;
  /** True when every unit of a run with non-ASCII letters is a word character to the scanner. */
  scannerWord(text: string, start: number, end: number): boolean;
  /** The character at `at`, between two runs, joins them into one word. */
  joins(text: string, at: number): boolean;
};

/**
 * Counts the word whose bounds end `words[0, length)`, of `runs` runs (all ASCII: `plain`); returns
 * the length of `words` kept (a lone "_" is no word: its bounds are dropped).
 */
export function countLastWord(counter: WordCounter, text: string, words: Int32Array, length: number, runs: number, plain: boolean, evidence: number): number {
  const start = words[length - 2]!;
  const end = words[length - 1]!;
  if (end - start === 1 && text.charCodeAt(start) === 0x5f) return length - 2;
  if (runs === 1 && plain) counter.oneRun(text, start, end, evidence);
  else counter.other(text, start, end, plain);
  return length;
}
