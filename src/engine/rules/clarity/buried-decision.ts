// The decision buried after a long preamble: the customer reads a paragraph of background before
// learning the answer. The fix moves the decision sentence to the top of the body.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import type { Span } from '../../text/segment';
import type { Edit } from '../../types';
import { wordsIn } from './word-count';

export const PREAMBLE_WORDS = { en: 70, id: 60 } as const;

function firstDecision(ctx: RuleContext): Span | undefined {
  return [...ctx.meaning.declines, ...ctx.meaning.terminations].sort((a, b) => a.start - b.start)[0];
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
    if (preamble <= PREAMBLE_WORDS[ctx.lang]) return [];
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
