// Long sentences: past ~35 words the reader starts to lose the thread (the labeling rule, in both
// languages: at 32 Indonesian plain 33-word sentences were flagged). The fix cuts the sentence at the conjunction nearest its middle,
// leaving both halves long enough to stand ("…, and" → ". ", "…, but" → ". But").
// Only from 45 words is the point hard to find: labelers call a plain sentence of 36 to 44 words
// clear (every such draft in our corpora whose only clarity finding it was is labeled clear, and
// every long sentence labeled unclear on its own runs past 50), so below that it is a suggestion.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { isSpaceCode, type Span } from '../../text/segment';
import type { Edit } from '../../types';
import { capitalize, inBody } from './text-edits';
import { wordsIn, wordsInEach } from './word-count';
import { colonParts, lowerCaseStops, wholeWordCount } from './reading-pieces';

export const LONG_SENTENCE_WORDS = { en: 35, id: 35 } as const;
const HARD_TO_FOLLOW_WORDS = 45;
const MIN_PART_WORDS = 8;

/**
 * `re` is sticky: tried only where the sentence has a comma (or, for ";", a semicolon).
 * `conjunction`: lower-cased, when ASCII ('' otherwise): it must follow the mark's spaces.
 */
type SplitPoint = { starter: string; re: RegExp; words: number; comma: boolean; conjunction: string };

// Parsed, with their patterns, once per list: this runs for every long sentence.
const parsedSplitPoints = new WeakMap<readonly string[], SplitPoint[]>();

function splitPoints(ctx: RuleContext): SplitPoint[] {
  const list = ctx.phrases.clarity.splitPoints;
  let points = parsedSplitPoints.get(list);
  if (!points) {
    points = list.map((entry) => {
      const [conjunction = '', starter = '-'] = entry.split('=>').map((s) => s.trim());
      const semicolon = conjunction === ';';
      const re = semicolon ? /;\s+(\p{L})/uy : new RegExp(`,\\s+${conjunction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{L})`, 'iuy');
      // Words the conjunction itself takes from the second half.
      const words = semicolon ? 0 : conjunction.split(/\s+/).length;
      const ascii = !semicolon && /^[\x00-\x7f]+$/.test(conjunction);
      return { starter: starter === '-' ? '' : starter, re, words, comma: !semicolon, conjunction: ascii ? conjunction.toLowerCase() : '' };
    });
    parsedSplitPoints.set(list, points);
  }
  return points;
}

/** Where the spaces at `at` end; -1 when no space is there or nothing follows them. */
function afterSpaces(text: string, at: number): number {
  let end = at;
  // isSpaceCode reads the characters \s matches (a surrogate half is none of them).
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return end === at || end === text.length ? -1 : end;
}

/**
 * False when `text` at `at` surely does not start with the lower-case ASCII `word` in any case
 * (a non-ASCII character may fold to an ASCII letter: the pattern decides then).
 */
function mayStartWith(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (at + k >= text.length) return false;
    const code = text.charCodeAt(at + k);
    if (code >= 0x80) return true;
    if ((code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The edit that cuts `sentence` in two at the split point nearest its middle, or null. */
export function splitEdit(ctx: RuleContext, sentence: Span): Edit | null {
  const text = sentence.text;
  // Every split point starts at a comma or a semicolon: a sentence without one has none to try.
  const hasComma = text.includes(',');
  const hasSemicolon = text.includes(';');
  if (!hasComma && !hasSemicolon) return null;
  // Words before a cut: a cut starts at a comma or semicolon before a space, inside no word.
  const total = wordsIn(ctx, sentence.start, sentence.end);
  const middle = (sentence.start + sentence.end) / 2;
  let best: { edit: Edit; distance: number } | null = null;
  // Every match starts at a comma or semicolon: the patterns are tried there, left to right, as a
  // global search finds them (one that starts inside the previous match is skipped).
  // Found by indexOf, merged in order: a loop over every character cost more than the patterns.
  const marks: number[] = [];
  const nexts: number[] = [];
  let comma = text.indexOf(',');
  let semicolon = text.indexOf(';');
  while (comma >= 0 || semicolon >= 0) {
    let i: number;
    if (semicolon < 0 || (comma >= 0 && comma < semicolon)) {
      i = comma;
      comma = text.indexOf(',', i + 1);
    } else {
      i = semicolon;
      semicolon = text.indexOf(';', i + 1);
    }
    marks.push(i);
    nexts.push(afterSpaces(text, i + 1));
  }
  for (const point of splitPoints(ctx)) {
    if (!(point.comma ? hasComma : hasSemicolon)) continue;
    const re = point.re;
    const mark = point.comma ? 0x2c : 0x3b;
    let from = 0;
    for (let j = 0; j < marks.length; j++) {
      const index = marks[j]!;
      if (index < from || text.charCodeAt(index) !== mark) continue;
      // Each pattern goes on with spaces and then its conjunction: skip the marks where it cannot.
      const next = nexts[j]!;
      if (next < 0 || !mayStartWith(text, next, point.conjunction)) continue;
      re.lastIndex = index;
      const m = re.exec(text);
      if (!m) continue;
      from = index + m[0].length;
      const at = sentence.start + index;
      const before = wordsIn(ctx, sentence.start, at);
      const after = total - before - point.words;
      if (before < MIN_PART_WORDS || after < MIN_PART_WORDS) continue;
      const end = at + m[0].length;
      const edit = point.starter ? `. ${capitalize(point.starter)} ${m[1]!}` : `. ${capitalize(m[1]!)}`;
      const distance = Math.abs(at - middle);
      if (!best || distance < best.distance) best = { edit: { start: at, end, text: edit }, distance };
    }
    re.lastIndex = 0;
  }
  return best?.edit ?? null;
}

/**
 * The words a reader has to hold: chat particles ("ya", "dong", "sih") carry tone, not content,
 * and a colon that opens an explanation ("Aku sudah cek nota LK-0921: kemeja …") lets the reader
 * rest as a full stop would. The longest colon-separated part, particles left out.
 */
function readingLength(ctx: RuleContext, sentence: Span): number {
  const list = ctx.phrases.clarity.chatParticles;
  const parts = colonParts(sentence.text);
  let longest = 0;
  let from = sentence.start;
  for (const part of parts) {
    const words = wordsIn(ctx, from, from + part.length) - wholeWordCount(part, list);
    longest = Math.max(longest, words);
    from += part.length;
    COLON_GAP.lastIndex = from;
    from += COLON_GAP.exec(ctx.text)?.[0].length ?? 0;
  }
  return longest;
}

// Sticky, on the draft: the gap after a part, read in place rather than on a copy of the rest of the draft.
const COLON_GAP = /:\s+/uy;

/** The most words between such stops (abbreviations do not stop): each piece is read as a sentence. */
function longestPiece(ctx: RuleContext, sentence: Span): number {
  let longest = 0;
  let from = sentence.start;
  for (const m of lowerCaseStops(sentence.text)) {
    if (ctx.phrases.clarity.abbreviations.includes(m[1]!.toLowerCase().replace(/\.$/, ''))) continue;
    const end = sentence.start + m.index + m[0].length;
    longest = Math.max(longest, wordsIn(ctx, from, end));
    from = end;
  }
  return from === sentence.start ? Infinity : Math.max(longest, wordsIn(ctx, from, sentence.end));
}

export const longSentence: Rule = {
  id: 'clarity/long-sentence',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const limit = LONG_SENTENCE_WORDS[ctx.lang];
    const hits: RuleHit[] = [];
    const counts = wordsInEach(ctx, ctx.sentences);
    for (let k = 0; k < ctx.sentences.length; k++) {
      const sentence = ctx.sentences[k]!;
      if (!inBody(ctx, sentence.start, sentence.end)) continue;
      const count = counts[k]!;
      if (count <= limit) continue;
      // The pieces are counted only for a sentence whose reading length is still over the limit.
      const reading = readingLength(ctx, sentence);
      if (reading <= limit) continue;
      const read = Math.min(reading, longestPiece(ctx, sentence));
      if (read <= limit) continue;
      const edit = splitEdit(ctx, sentence);
      hits.push({
        start: sentence.start,
        end: sentence.end,
        severity: read < HARD_TO_FOLLOW_WORDS ? 'suggestion' : undefined,
        messageId: 'clarity/long-sentence',
        values: { words: count, limit },
        fixes: edit ? [{ label: render(ctx.uiLang, 'clarity/long-sentence.fix'), edits: [edit] }] : [],
      });
    }
    return hits;
  },
};
