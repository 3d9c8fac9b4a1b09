// Where the email's frame sits: the greeting line at the top and the closing + sign-off at the
// bottom. Rules insert greetings and closings relative to these, and skip them when scanning
// the body proper.
import type { PhraseBook } from '../phrases/book';
import { hasAny, listPattern } from '../text/match';
import { lines, type Span } from '../text/segment';

export type Layout = {
  greeting: Span | null;
  /** The closing formula line ("Best,", "Hormat kami,"), if any. */
  closing: Span | null;
  /** First line of the sign-off block: the closing line, or the name lines when there is no closing. */
  signOffStart: number;
  /** The body between greeting and sign-off. */
  bodyStart: number;
  bodyEnd: number;
};

const MAX_NAME_WORDS = 5;

function startsWithAny(line: string, list: readonly string[]): boolean {
  const re = listPattern(list);
  re.lastIndex = 0;
  const m = re.exec(line);
  return m !== null && m.index === 0;
}

function isClosingLine(line: string, book: PhraseBook): boolean {
  const bare = line.replace(/[,.!]+$/, '').trim();
  if (bare.split(/\s+/).length > 6) return false;
  return startsWithAny(bare, book.common.closings) && hasAny(bare, book.common.closings);
}

function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= MAX_NAME_WORDS && !/[.?!:;]$/.test(line.trim()) && /^\p{Lu}/u.test(line.trim());
}

export function findLayout(text: string, book: PhraseBook): Layout {
  const all = lines(text);
  const first = all[0];
  const greeting =
    first && first.text.length <= 80 && startsWithAny(first.text, book.common.greetings) ? first : null;

  let closing: Span | null = null;
  let signOffStart = text.length;
  // Look at the last few lines only: a closing sits at the end.
  for (let i = all.length - 1; i >= Math.max(0, all.length - 5); i--) {
    const line = all[i]!;
    if (line === greeting) break;
    if (isClosingLine(line.text, book)) {
      closing = line;
      signOffStart = line.start;
      break;
    }
  }
  if (!closing) {
    // Trailing short name lines after the last sentence are a sign-off without a formula.
    for (let i = all.length - 1; i >= 1 && all.length - i <= 3; i--) {
      const line = all[i]!;
      if (line === greeting || !looksLikeName(line.text)) break;
      const prevEndsSentence = /[.!?:)\]]$/.test(all[i - 1]!.text);
      if (prevEndsSentence) signOffStart = line.start;
    }
  }
  const bodyStart = greeting ? greeting.end : 0;
  return { greeting, closing, signOffStart, bodyStart, bodyEnd: Math.max(bodyStart, signOffStart) };
}
