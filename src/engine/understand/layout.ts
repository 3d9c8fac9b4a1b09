// Where the email's frame sits: the greeting line at the top and the closing + sign-off at the
// bottom. Rules insert greetings and closings relative to these, and skip them when scanning
// the body proper.
import type { PhraseBook } from '../phrases/book';
import { hasAny, startsWithPhrase } from '../text/match';
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

function isClosingLine(line: string, book: PhraseBook): boolean {
  const bare = line.replace(/[,.!]+$/, '').trim();
  if (bare.split(/\s+/).length > 6) return false;
  return startsWithPhrase(bare, book.common.closings) && hasAny(bare, book.common.closings);
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
function isOwnClosing(all: readonly Span[], i: number, greetingEnd: number): boolean {
  const line = all[i];
  if (!line || i < 1 || line.start < greetingEnd) return false;
  const text = line.text.trim();
  return /,$/.test(text) && text.split(/\s+/).length <= MAX_CLOSING_WORDS && /[.!?:)\]]$/.test(all[i - 1]!.text.trim());
}

export function findLayout(text: string, book: PhraseBook): Layout {
  const all = lines(text);
  const first = all[0];
  const greeting = first && isGreetingLine(first, book) ? first : null;
  // Address lines right under the greeting ("Dengan hormat,\nBapak Hendra,") belong to it.
  let greetingEnd = greeting?.end ?? 0;
  for (let i = 1; greeting && i < all.length && i <= 3; i++) {
    const line = all[i]!;
    const sameParagraph = !/\n[ \t]*\n/.test(text.slice(all[i - 1]!.end, line.start));
    if (!sameParagraph || !(isAddressLine(line.text) || looksLikeName(line.text))) break;
    greetingEnd = line.end;
  }

  let closing: Span | null = null;
  let signOffStart = text.length;
  // Look at the last few lines only: a closing sits at the end.
  for (let i = all.length - 1; i >= Math.max(0, all.length - 5); i--) {
    const line = all[i]!;
    if (line.start < greetingEnd) break;
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
      if (line.start < greetingEnd || !looksLikeName(line.text)) break;
      const prevEndsSentence = /[.!?:)\]]$/.test(all[i - 1]!.text);
      if (prevEndsSentence) signOffStart = line.start;
      // "Give them a scratch from me,\nCarla": a short line ending in a comma right above the name
      // is the writer's own closing formula.
      else if (isOwnClosing(all, i - 1, greetingEnd)) {
        closing = all[i - 1]!;
        signOffStart = closing.start;
        break;
      }
    }
  }
  const bodyStart = greetingEnd;
  return { greeting, closing, signOffStart, bodyStart, bodyEnd: Math.max(bodyStart, signOffStart) };
}
