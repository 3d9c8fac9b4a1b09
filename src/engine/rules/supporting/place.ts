// Where supporting sentences go: right after the greeting block (thanks, acknowledgement), right
// after the decision (house rule), or before the sign-off (closing, de-escalation).
import type { RuleContext } from '../../context';
import type { Edit } from '../../types';

type PlaceContext = Pick<RuleContext, 'text' | 'layout' | 'sentences' | 'meaning'>;

/** A new paragraph at the top of the body, after the greeting (or at the very top). */
export function afterGreeting(ctx: PlaceContext, sentence: string): Edit {
  const first = ctx.sentences.find((s) => s.start >= ctx.layout.bodyStart);
  if (!first) return { start: ctx.text.length, end: ctx.text.length, text: ctx.text.trim() ? `\n\n${sentence}` : sentence };
  return { start: first.start, end: first.start, text: `${sentence}\n\n` };
}

/** Right after the first sentence that declines, ends service or states a rule; else before the sign-off. */
export function afterDecision(ctx: PlaceContext, sentence: string): Edit {
  const decision = [...ctx.meaning.declines, ...ctx.meaning.terminations, ...ctx.meaning.rules].sort((a, b) => a.start - b.start)[0];
  if (!decision) return beforeSignOff(ctx, sentence);
  return { start: decision.end, end: decision.end, text: ` ${sentence}` };
}

/** A new paragraph after the last body sentence, before the closing and sign-off. */
export function beforeSignOff(ctx: PlaceContext, sentence: string): Edit {
  const body = ctx.sentences.filter((s) => s.start >= ctx.layout.bodyStart && s.end <= ctx.layout.bodyEnd);
  const last = body.at(-1);
  if (!last) return afterGreeting(ctx, sentence);
  return { start: last.end, end: last.end, text: `\n\n${sentence}` };
}
