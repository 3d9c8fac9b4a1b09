// Finds phrases from the phrase lists in a text: case-insensitive, on word boundaries, with
// straight and curly apostrophes treated alike. Phrase data stays plain strings; the regular
// expressions are built here, once per list.
import type { Span } from './segment';

const cache = new WeakMap<readonly string[], RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns one phrase into a pattern: spaces match any run of spaces, apostrophes any apostrophe. */
export function phrasePattern(phrase: string): string {
  return escape(phrase.trim())
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

export function listPattern(list: readonly string[]): RegExp {
  let re = cache.get(list);
  if (!re) {
    // Longest first, so "mohon maaf" wins over "maaf".
    const alternatives = [...list].sort((a, b) => b.length - a.length).map(phrasePattern);
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}_])`, 'giu');
    cache.set(list, re);
  }
  return re;
}

/** Every match of any phrase of `list` in `text`, offsets shifted by `offset`. */
export function findAll(text: string, list: readonly string[], offset = 0): Span[] {
  const re = listPattern(list);
  re.lastIndex = 0;
  const out: Span[] = [];
  for (const m of text.matchAll(re)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  return out;
}

export function hasAny(text: string, list: readonly string[]): boolean {
  const re = listPattern(list);
  re.lastIndex = 0;
  return re.test(text);
}

/** Spans of text inside quotation marks: the customer's own words, never the writer's. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /“[^”\n]{1,300}”|"[^"\n]{1,300}"|‘[^’\n]{1,300}’|(?<![\p{L}])'[^'\n]{1,300}'(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
