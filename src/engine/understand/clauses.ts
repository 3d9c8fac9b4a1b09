// Clauses inside a sentence: the unit a fix removes when an apology or an invitation to
// negotiate is only part of a sentence ("Sorry again, I know you love his look").
import { isSpaceCode, type Span } from '../text/segment';

export type Clause = Span & {
  /** Where the separator before this clause starts (its comma or dash); = start for the first. */
  joinStart: number;
};

// Commas, semicolons and spaced dashes separate clauses; a comma inside a number (1,850) does not.
// Separators are what /(?<!\d),(?!\d)\s*|;\s*|\s+[-–—]\s+|\s*🙏+\s*/gu finds in the sentence; that
// pattern tried its emoji branch at every character, so a plain one finds the mark each separator
// holds (a comma, a semicolon, a dash, 🙏's first unit) and the rest is read around it.
const SEPARATOR_MARK = /[,;\-\u2013\u2014\ud83d]/g;

// The readings of one sentence (each rule word, offer or decline in it) ask for its clauses in
// turn: the last sentence's are kept. Sentences are made afresh for each analysis, so the same
// object never comes back from another draft; its text and bounds are checked too. Callers only
// read the list.
let lastSentence: Span | null = null;
let lastText = '';
let lastStart = -1;
let lastEnd = -1;
let lastList: readonly Clause[] = [];

export function clauses(text: string, sentence: Span): readonly Clause[] {
  if (sentence === lastSentence && text === lastText && sentence.start === lastStart && sentence.end === lastEnd) return lastList;
  const list = clausesIn(text, sentence);
  lastSentence = sentence;
  lastText = text;
  lastStart = sentence.start;
  lastEnd = sentence.end;
  lastList = list;
  return list;
}

function clausesIn(text: string, sentence: Span): Clause[] {
  const out: Clause[] = [];
  const { start, end } = sentence;
  let from = start;
  let joinStart = start;
  SEPARATOR_MARK.lastIndex = start;
  // test, not exec: no match array; the mark is the character before lastIndex.
  while (SEPARATOR_MARK.test(text) && SEPARATOR_MARK.lastIndex <= end) {
    const mark = SEPARATOR_MARK.lastIndex - 1;
    // A separator starts no earlier than where the last one ended (`from`).
    const sepStart = separatorStart(text, mark, from, start, end);
    if (sepStart < 0) continue;
    const sepEnd = separatorEnd(text, mark, end);
    if (sepStart > from) out.push(clauseSpan(text, from, sepStart, joinStart));
    from = sepEnd;
    joinStart = sepStart;
    SEPARATOR_MARK.lastIndex = sepEnd;
  }
  SEPARATOR_MARK.lastIndex = 0;
  if (from < end) out.push(clauseSpan(text, from, end, joinStart));
  return out;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isPrayer = (text: string, at: number, end: number) => at + 1 < end && text.charCodeAt(at) === 0xd83d && text.charCodeAt(at + 1) === 0xde4f;

function spacesEnd(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the separator holding the mark at `at` starts (a dash or 🙏 takes the spaces before it); -1 when the mark makes none. */
function separatorStart(text: string, at: number, from: number, start: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x2c) return (at > start && isDigit(text.charCodeAt(at - 1))) || (at + 1 < end && isDigit(text.charCodeAt(at + 1))) ? -1 : at;
  if (code === 0x3b) return at;
  let spaces = at;
  while (spaces > from && isSpaceCode(text.charCodeAt(spaces - 1))) spaces--;
  if (code === 0xd83d) return isPrayer(text, at, end) ? spaces : -1;
  return spaces < at && at + 1 < end && isSpaceCode(text.charCodeAt(at + 1)) ? spaces : -1;
}

/** Where the separator holding the mark at `at` ends: past the mark (every 🙏 of a run) and the spaces after. */
function separatorEnd(text: string, at: number, end: number): number {
  let i = at + 1;
  if (text.charCodeAt(at) === 0xd83d) for (i = at; isPrayer(text, i, end); i += 2);
  return spacesEnd(text, i, end);
}

function clauseSpan(text: string, start: number, end: number, joinStart: number): Clause {
  return { start, end, joinStart, text: text.slice(start, end) };
}

export function clauseAt(list: readonly Clause[], pos: number): number {
  return list.findIndex((c) => c.start <= pos && pos < c.end);
}
