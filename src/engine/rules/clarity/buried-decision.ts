// The decision buried after a long preamble: the customer reads a paragraph of background before
// learning the answer. The fix moves the decision sentence to the top of the body. A preamble of
// short sentences reads as the reason before the answer ("…three sentences of why. The charge
// stays."): labelers call that clear, so the preamble must also hold a long sentence.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import type { Span } from '../../text/segment';
import type { Edit } from '../../types';
import { LONG_SENTENCE_WORDS } from './long-sentence';
import { wordsIn } from './word-count';

export const PREAMBLE_WORDS = { en: 70, id: 60 } as const;

/** The decline or end of service that starts first (the first listed among equals, as a stable sort keeps it). */
export function firstDecision(ctx: RuleContext): Span | undefined {
  let first: Span | undefined;
  for (const list of [ctx.meaning.declines, ctx.meaning.terminations]) for (const s of list) if (!first || s.start < first.start) first = s;
  return first;
}

/** True when a sentence before `end` runs past the long-sentence limit within [start, end). */
function holdsLongSentence(ctx: RuleContext, start: number, end: number): boolean {
  const limit = LONG_SENTENCE_WORDS[ctx.lang];
  return ctx.sentences.some((s) => s.start < end && s.end > start && wordsIn(ctx, Math.max(s.start, start), Math.min(s.end, end)) > limit);
}

function moveToTop(ctx: RuleContext, decision: Span, top: Span): Edit[] {
  const text = ctx.text;
  let end = decision.end;
  while (end < text.length && text[end] === ' ') end++;
  let start = decision.start;
  if (end === decision.end) while (start > 0 && text[start - 1] === ' ') start--;
  return [
    { start: top.start, end: top.start, text: `${decision.text}\n\n` },
    { start, end, text: '' },
  ];
}

export const buriedDecision: Rule = {
  id: 'clarity/buried-decision',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const decision = firstDecision(ctx);
    if (!decision) return [];
    const preamble = wordsIn(ctx, ctx.layout.bodyStart, decision.start);
    if (preamble <= PREAMBLE_WORDS[ctx.lang] || !holdsLongSentence(ctx, ctx.layout.bodyStart, decision.start)) return [];
    const top = ctx.sentences.find((s) => s.start >= ctx.layout.bodyStart);
    const hit: RuleHit = {
      start: decision.start,
      end: decision.end,
      messageId: 'clarity/buried-decision',
      values: { words: preamble },
      fixes: top && top.start < decision.start ? [{ label: render(ctx.uiLang, 'clarity/buried-decision.fix'), edits: moveToTop(ctx, decision, top) }] : [],
    };
    return [hit];
  },
};
