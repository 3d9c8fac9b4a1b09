// Long sentences: past ~35 words the reader loses the thread (the labeling rule, in both
// languages: at 32 Indonesian plain 33-word sentences were flagged). The fix cuts the sentence at the conjunction nearest its middle,
// leaving both halves long enough to stand ("…, and" → ". ", "…, but" → ". But").
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { wordCount, words, type Span } from '../../text/segment';
import type { Edit } from '../../types';
import { capitalize, inBody } from './text-edits';

export const LONG_SENTENCE_WORDS = { en: 35, id: 35 } as const;
const MIN_PART_WORDS = 8;

type SplitPoint = { conjunction: string; starter: string };

// Parsed, with their patterns, once per list: this runs for every long sentence.
const parsedSplitPoints = new WeakMap<readonly string[], (SplitPoint & { re: RegExp })[]>();

function splitPoints(ctx: RuleContext): (SplitPoint & { re: RegExp })[] {
  const list = ctx.phrases.clarity.splitPoints;
  let points = parsedSplitPoints.get(list);
  if (!points) {
    points = list.map((entry) => {
      const [conjunction = '', starter = '-'] = entry.split('=>').map((s) => s.trim());
      const re = conjunction === ';' ? /;\s+(\p{L})/gu : new RegExp(`,\\s+${escape(conjunction)}\\s+(\\p{L})`, 'giu');
      return { conjunction, starter: starter === '-' ? '' : starter, re };
    });
    parsedSplitPoints.set(list, points);
  }
  return points;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The edit that cuts `sentence` in two at the split point nearest its middle, or null. */
export function splitEdit(ctx: RuleContext, sentence: Span): Edit | null {
  const all = words(sentence.text, sentence.start);
  const middle = (sentence.start + sentence.end) / 2;
  let best: { edit: Edit; distance: number } | null = null;
  for (const point of splitPoints(ctx)) {
    for (const m of sentence.text.matchAll(point.re)) {
      const at = sentence.start + m.index;
      const before = all.filter((w) => w.end <= at).length;
      const after = all.length - before - (point.conjunction === ';' ? 0 : point.conjunction.split(/\s+/).length);
      if (before < MIN_PART_WORDS || after < MIN_PART_WORDS) continue;
      const firstLetter = m[1]!;
      const end = at + m[0].length;
      const text = point.starter ? `. ${capitalize(point.starter)} ${firstLetter}` : `. ${capitalize(firstLetter)}`;
      const distance = Math.abs(at - middle);
      if (!best || distance < best.distance) best = { edit: { start: at, end, text }, distance };
    }
  }
  return best?.edit ?? null;
}

export const longSentence: Rule = {
  id: 'clarity/long-sentence',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const limit = LONG_SENTENCE_WORDS[ctx.lang];
    const hits: RuleHit[] = [];
    for (const sentence of ctx.sentences) {
      if (!inBody(ctx, sentence.start, sentence.end)) continue;
      const count = wordCount(sentence.text);
      if (count <= limit) continue;
      const edit = splitEdit(ctx, sentence);
      hits.push({
        start: sentence.start,
        end: sentence.end,
        messageId: 'clarity/long-sentence',
        values: { words: count, limit },
        fixes: edit ? [{ label: render(ctx.uiLang, 'clarity/long-sentence.fix'), edits: [edit] }] : [],
      });
    }
    return hits;
  },
};
