// Long sentences: past ~35 words the reader loses the thread (the labeling rule, in both
// languages: at 32 Indonesian plain 33-word sentences were flagged). The fix cuts the sentence at the conjunction nearest its middle,
// leaving both halves long enough to stand ("…, and" → ". ", "…, but" → ". But").
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import type { Span } from '../../text/segment';
import type { Edit } from '../../types';
import { capitalize, inBody } from './text-edits';
import { wordsIn } from './word-count';

export const LONG_SENTENCE_WORDS = { en: 35, id: 35 } as const;
const MIN_PART_WORDS = 8;

type SplitPoint = { starter: string; re: RegExp; words: number; comma: boolean };

/**
 * The split points, and (when no conjunction is another followed by more words, so at most one
 * can follow a given comma) one pattern for all the comma ones: group k + 1 holds the k-th comma
 * conjunction, the last group the letter after it. One scan of a long sentence instead of one per
 * conjunction.
 */
type SplitPlan = { points: SplitPoint[]; commaPoints: SplitPoint[]; anyComma: RegExp | null };

// Parsed, with their patterns, once per list: this runs for every long sentence.
const parsedSplitPoints = new WeakMap<readonly string[], SplitPlan>();

function splitPlan(ctx: RuleContext): SplitPlan {
  const list = ctx.phrases.clarity.splitPoints;
  let plan = parsedSplitPoints.get(list);
  if (!plan) {
    const conjunctions: string[] = [];
    const points = list.map((entry) => {
      const [conjunction = '', starter = '-'] = entry.split('=>').map((s) => s.trim());
      const semicolon = conjunction === ';';
      if (!semicolon) conjunctions.push(conjunction);
      const re = semicolon ? /;\s+(\p{L})/gu : new RegExp(`,\\s+${escape(conjunction)}\\s+(\\p{L})`, 'giu');
      // Words the conjunction itself takes from the second half.
      const words = semicolon ? 0 : conjunction.split(/\s+/).length;
      return { starter: starter === '-' ? '' : starter, re, words, comma: !semicolon };
    });
    const plain = conjunctions.every((c) => /^[a-z]+(?: [a-z]+)*$/.test(c));
    const apart = conjunctions.every((a, i) => conjunctions.every((b, j) => i === j || (a !== b && !b.startsWith(`${a} `))));
    const anyComma = plain && apart ? new RegExp(`,\\s+(?:${conjunctions.map((c) => `(${escape(c)})`).join('|')})\\s+(\\p{L})`, 'giu') : null;
    plan = { points, commaPoints: points.filter((p) => p.comma), anyComma };
    parsedSplitPoints.set(list, plan);
  }
  return plan;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A split point's match in a sentence: where, how long, the letter after the conjunction. */
type Cut = { index: number; length: number; letter: string };

/** The edit that cuts `sentence` in two at the split point nearest its middle, or null. */
export function splitEdit(ctx: RuleContext, sentence: Span): Edit | null {
  const text = sentence.text;
  // Every split point starts at a comma or a semicolon: a sentence without one has none to try.
  const hasComma = text.includes(',');
  const hasSemicolon = text.includes(';');
  if (!hasComma && !hasSemicolon) return null;
  const plan = splitPlan(ctx);
  const commaCuts = hasComma && plan.anyComma ? cutsByPoint(plan.anyComma, text, plan.commaPoints.length) : null;
  // Words before a cut: a cut starts at a comma or semicolon before a space, inside no word.
  const total = wordsIn(ctx, sentence.start, sentence.end);
  const middle = (sentence.start + sentence.end) / 2;
  let best: { edit: Edit; distance: number } | null = null;
  let commaIndex = 0;
  // Points in list order, each one's cuts in text order: the first nearest cut wins, as before.
  for (const point of plan.points) {
    if (!(point.comma ? hasComma : hasSemicolon)) {
      if (point.comma) commaIndex++;
      continue;
    }
    const cuts = point.comma && commaCuts ? commaCuts[commaIndex]! : allCuts(point.re, text);
    if (point.comma) commaIndex++;
    for (const cut of cuts) {
      const at = sentence.start + cut.index;
      const before = wordsIn(ctx, sentence.start, at);
      const after = total - before - point.words;
      if (before < MIN_PART_WORDS || after < MIN_PART_WORDS) continue;
      const end = at + cut.length;
      const edit = point.starter ? `. ${capitalize(point.starter)} ${cut.letter}` : `. ${capitalize(cut.letter)}`;
      const distance = Math.abs(at - middle);
      if (!best || distance < best.distance) best = { edit: { start: at, end, text: edit }, distance };
    }
  }
  return best?.edit ?? null;
}

/** Every match of a split point's own pattern (exec on the shared global pattern: matchAll would copy it). */
function allCuts(re: RegExp, text: string): Cut[] {
  const cuts: Cut[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) cuts.push({ index: m.index, length: m[0].length, letter: m[1]! });
  re.lastIndex = 0;
  return cuts;
}

/** The matches of the joint comma pattern, filed under the conjunction (group) each one has. */
function cutsByPoint(re: RegExp, text: string, count: number): Cut[][] {
  const out: Cut[][] = Array.from({ length: count }, () => []);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let k = 0;
    while (m[k + 1] === undefined) k++;
    out[k]!.push({ index: m.index, length: m[0].length, letter: m[count + 1]! });
  }
  re.lastIndex = 0;
  return out;
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
      const count = wordsIn(ctx, sentence.start, sentence.end);
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
