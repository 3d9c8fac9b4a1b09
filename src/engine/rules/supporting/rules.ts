// The four supporting principles (PRINCIPLES.md): gratitude, acknowledge, house-rules, de-escalate.
import type { RuleContext } from '../../context';
import { findAll, hasAny } from '../../text/match';
import type { Lang, SavedText } from '../../types';
import { afterDecision, afterGreeting, beforeSignOff } from './place';
import { suggestionRule } from './suggestion';

const DISPUTES = ['refusal', 'termination', 'complaint-right', 'complaint-wrong', 'boundary'] as const;

/** The first saved text in this language, if the user saved any. */
export function savedIn(list: readonly SavedText[] | undefined, lang: Lang): string | undefined {
  return list?.map((s) => s[lang]?.trim()).find((s): s is string => Boolean(s));
}

/** The house-rule sentence: the user's own saved rule, or the template with a placeholder. */
export function houseRuleSentence(ctx: Pick<RuleContext, 'phrases' | 'settings' | 'lang'>): string {
  const saved = savedIn(ctx.settings.houseRules, ctx.lang);
  if (saved) return /[.!?]$/.test(saved) ? saved : `${saved}.`;
  const rule = ctx.lang === 'en' ? '[rule].' : '[aturan].';
  return ctx.phrases.supporting.templates['house-rule'].replace('{{rule}}', rule);
}

export const gratitude = suggestionRule({
  principle: 'gratitude',
  scenarios: [...DISPUTES, 'other'],
  present: (ctx) => hasAny(ctx.text, ctx.phrases.supporting.gratitude),
  insert: (ctx) => afterGreeting(ctx, ctx.phrases.supporting.templates.thanks),
});

export const acknowledge = suggestionRule({
  principle: 'acknowledge',
  scenarios: ['refusal', 'complaint-right', 'complaint-wrong'],
  present: (ctx) => hasAny(ctx.text, ctx.phrases.supporting.acknowledge),
  insert: (ctx) => afterGreeting(ctx, ctx.phrases.supporting.templates.acknowledge),
});

export const houseRules = suggestionRule({
  principle: 'house-rules',
  scenarios: ['refusal', 'termination', 'complaint-right', 'boundary'],
  present: (ctx) => ctx.meaning.citesAgreement || hasAny(ctx.text, ctx.phrases.supporting.houseRules),
  insert: (ctx) => afterDecision(ctx, houseRuleSentence(ctx)),
});

/** Heated: a complaint with two or more signs of anger, or shouting in the draft itself. */
function heated(ctx: RuleContext): boolean {
  const signs = new Set(findAll(ctx.text, ctx.phrases.supporting.heated).map((s) => s.text.toLowerCase()));
  return signs.size >= 2 || /!{2,}/.test(ctx.text);
}

export const deEscalate = suggestionRule({
  principle: 'de-escalate',
  scenarios: ['complaint-right', 'complaint-wrong', 'termination', 'boundary'],
  present: (ctx) => !heated(ctx) || hasAny(ctx.text, ctx.phrases.supporting.deEscalate),
  insert: (ctx) => beforeSignOff(ctx, ctx.phrases.supporting.templates['de-escalate']),
});
