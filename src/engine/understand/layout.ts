// Where the email's frame sits: the greeting line at the top and the closing + sign-off at the
// bottom. Rules insert greetings and closings relative to these, and skip them when scanning
// the body proper.
import type { PhraseBook } from '../phrases/book';
import { startsWithPhrase } from '../text/match';
import { lineBounds, type Span } from '../text/segment';

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

function isClosingLine(line: string, book: PhraseBook): boolean {
  const bare = line.replace(/[,.!]+$/, '').trim();
  if (bare.split(/\s+/).length > 6) return false;
  return startsWithPhrase(bare, book.common.closings);
}

/** Lower-case words a name line may hold ("Henna by Zahra", "Dimas – admin toko"): more make it a sentence. */
const MAX_LOWER_NAME_WORDS = 2;

function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  // "Mau ambil atau nggak terserah": a last chat line without its full stop is no signature.
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length <= MAX_NAME_WORDS && lower <= MAX_LOWER_NAME_WORDS && !/[.?!:;]$/.test(line.trim()) && /^\p{Lu}/u.test(line.trim());
}

/** "Kevin," or "Bapak Hendra Wijaya,": a line that only addresses someone. */
function isAddressLine(line: string): boolean {
  return line.length <= 60 && /,$/.test(line) && looksLikeName(line.slice(0, -1));
}

function isGreetingLine(line: Span, book: PhraseBook): boolean {
  if (line.text.length > 80) return false;
  if (isAddressLine(line.text)) return true;
  if (!startsWithPhrase(line.text, book.common.greetings)) return false;
  // "Hi Dana," or "Dengan hormat," — not a whole sentence that merely starts with "Hi".
  return /[,:!]$/.test(line.text) || line.text.split(/\s+/).length <= 5;
}

const MAX_CLOSING_WORDS = 8;

/** A short line ending in a comma, alone in its paragraph's last lines, just above the name. */
function isOwnClosing(all: Lines, i: number, greetingEnd: number): boolean {
  const line = all.at(i);
  if (!line || i < 1 || line.start < greetingEnd) return false;
  const text = line.text.trim();
  return /,$/.test(text) && text.split(/\s+/).length <= MAX_CLOSING_WORDS && /[.!?:)\]]$/.test(all.at(i - 1)!.text.trim());
}

/** The draft's lines (from `lineBounds`), each sliced only when read: the layout reads the first and last few. */
type Lines = { count: number; at(i: number): Span | undefined };

function linesOf(text: string): Lines {
  const bounds = lineBounds(text);
  return {
    count: bounds.length >> 1,
    at: (i) => (i >= 0 && 2 * i < bounds.length ? { start: bounds[2 * i]!, end: bounds[2 * i + 1]!, text: text.slice(bounds[2 * i], bounds[2 * i + 1]) } : undefined),
  };
}

export function findLayout(text: string, book: PhraseBook): Layout {
  const all = linesOf(text);
  const first = all.at(0);
  const greeting = first && isGreetingLine(first, book) ? first : null;
  // Address lines right under the greeting ("Dengan hormat,\nBapak Hendra,") belong to it.
  let greetingEnd = greeting?.end ?? 0;
  for (let i = 1; greeting && i < all.count && i <= 3; i++) {
    const line = all.at(i)!;
    const sameParagraph = !/\n[ \t]*\n/.test(text.slice(all.at(i - 1)!.end, line.start));
    if (!sameParagraph || !(isAddressLine(line.text) || looksLikeName(line.text))) break;
    greetingEnd = line.end;
  }

  let closing: Span | null = null;
  let signOffStart = text.length;
  // Look at the last few lines only: a closing sits at the end.
  for (let i = all.count - 1; i >= Math.max(0, all.count - 5); i--) {
    const line = all.at(i)!;
    if (line.start < greetingEnd) break;
    if (isClosingLine(line.text, book)) {
      closing = line;
      signOffStart = line.start;
      break;
    }
  }
  if (!closing) {
    // Trailing short name lines after the last sentence are a sign-off without a formula.
    for (let i = all.count - 1; i >= 1 && all.count - i <= 3; i--) {
      const line = all.at(i)!;
      if (line.start < greetingEnd || !looksLikeName(line.text)) break;
      const prevEndsSentence = /[.!?:)\]]$/.test(all.at(i - 1)!.text);
      if (prevEndsSentence) signOffStart = line.start;
      // "Give them a scratch from me,\nCarla": a short line ending in a comma right above the name
      // is the writer's own closing formula.
      else if (isOwnClosing(all, i - 1, greetingEnd)) {
        closing = all.at(i - 1)!;
        signOffStart = closing.start;
        break;
      }
    }
  }
  const bodyStart = greetingEnd;
  return { greeting, closing, signOffStart, bodyStart, bodyEnd: Math.max(bodyStart, signOffStart) };
}
