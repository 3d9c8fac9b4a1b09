// Clauses inside a sentence: the unit a fix removes when an apology or an invitation to
// negotiate is only part of a sentence ("Sorry again, I know you love his look").
import type { Span } from '../text/segment';

export type Clause = Span & {
  /** Where the separator before this clause starts (its comma or dash); = start for the first. */
  joinStart: number;
};

// Commas, semicolons and spaced dashes separate clauses; a comma inside a number (1,850) does not.
const SEPARATOR = /(?<!\d),(?!\d)\s*|;\s*|\s+[-–—]\s+|\s*🙏+\s*/gu;

export function clauses(text: string, sentence: Span): Clause[] {
  const out: Clause[] = [];
  let from = sentence.start;
  let joinStart = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  // exec on the shared pattern: matchAll would copy it on every call.
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(body); m; m = SEPARATOR.exec(body)) {
    const sepStart = sentence.start + m.index;
    if (sepStart > from) out.push(clauseSpan(text, from, sepStart, joinStart));
    from = sepStart + m[0].length;
    joinStart = sepStart;
  }
  SEPARATOR.lastIndex = 0;
  if (from < sentence.end) out.push(clauseSpan(text, from, sentence.end, joinStart));
  return out;
}

function clauseSpan(text: string, start: number, end: number, joinStart: number): Clause {
  return { start, end, joinStart, text: text.slice(start, end) };
}

export function clauseAt(list: readonly Clause[], pos: number): number {
  return list.findIndex((c) => c.start <= pos && pos < c.end);
}
