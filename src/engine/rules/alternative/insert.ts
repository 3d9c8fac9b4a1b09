// Builds the insertion that offers an alternative right after the refusal (or termination)
// sentence: the user's own saved alternatives and referrals in the draft's language first, else a
// template with a `[…]` placeholder. Ending service gets a closing step, never a referral to
// another business (source 002). Used by the alternative rule and by the panel's inserts.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Span } from '../../text/segment';
import type { Edit, Fix, SavedText, Scenario } from '../../types';

export type AlternativeOption = { text: string; saved: boolean };

/** What the insert reads: the analysis context, with or without an inferred scenario (the panel's inserts). */
export type AlternativeInput = Omit<RuleContext, 'scenario' | 'inRight'> & { scenario?: Scenario };

function endsService(ctx: AlternativeInput): boolean {
  return ctx.scenario === 'termination' || ctx.meaning.terminations.length > 0;
}

function savedIn(list: readonly SavedText[] | undefined, ctx: AlternativeInput): string[] {
  return (list ?? []).map((t) => t[ctx.lang]?.trim() ?? '').filter((t) => t !== '');
}

function asSentence(text: string): string {
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?…)]$/.test(capital) ? capital : `${capital}.`;
}

/** The sentences that could follow the refusal, best first. */
export function alternativeOptions(ctx: AlternativeInput): AlternativeOption[] {
  const ending = endsService(ctx);
  const saved = ending ? [] : [...savedIn(ctx.settings.alternatives, ctx), ...savedIn(ctx.settings.referrals, ctx)];
  const template = ending ? ctx.phrases.alternative.closing : ctx.phrases.alternative.instead;
  return [...saved.map((text) => ({ text: asSentence(text), saved: true })), { text: template, saved: false }];
}

/** The sentence the alternative belongs after: the first that ends service, else the first refusal. */
export function refusalAnchor(ctx: AlternativeInput): Span | null {
  return ctx.meaning.terminations[0] ?? ctx.meaning.declines[0] ?? null;
}

/** The insertion of `option` right after `after` (default: the refusal sentence, else the body's end). */
export function alternativeInsertion(ctx: AlternativeInput, option: AlternativeOption = alternativeOptions(ctx)[0]!, after?: Span): Edit {
  const anchor = after ?? refusalAnchor(ctx);
  if (anchor) return { start: anchor.end, end: anchor.end, text: ` ${option.text}` };
  const body = ctx.sentences.filter((s) => s.start >= ctx.layout.bodyStart && s.end <= ctx.layout.bodyEnd);
  const last = body.at(-1);
  if (last) return { start: last.end, end: last.end, text: `\n\n${option.text}` };
  return { start: ctx.text.length, end: ctx.text.length, text: option.text };
}

/**
 * For the panel's insert menu: the `index`-th option (saved ones first, the template last), placed
 * right after the refusal sentence.
 */
export function alternativeInsertEdit(ctx: AlternativeInput, index = 0): Edit {
  const options = alternativeOptions(ctx);
  return alternativeInsertion(ctx, options[Math.min(Math.max(0, index), options.length - 1)]!);
}

/** One fix per option, labelled in the UI's language. */
export function alternativeFixes(ctx: AlternativeInput, after?: Span): Fix[] {
  const ending = endsService(ctx);
  return alternativeOptions(ctx).map((option) => ({
    label: option.saved
      ? render(ctx.uiLang, 'alternative/insert-saved.fix', { text: option.text })
      : render(ctx.uiLang, ending ? 'alternative/insert-closing.fix' : 'alternative/insert.fix'),
    edits: [alternativeInsertion(ctx, option, after)],
  }));
}
