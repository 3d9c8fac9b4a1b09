// Neither a greeting nor a closing: the message reads like a notice, not a letter to a person.
// One is enough (a short reply with "Hi Tom," and no closing is fine). A warm last sentence
// ("Thanks for flagging it.", "Sampai jumpa di studio.") counts as a closing.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule } from '../../rule';
import { hasAny } from '../../text/match';
import { alternation } from '../../understand/find';
import type { Edit } from '../../types';

function hasWarmEnding(ctx: RuleContext): boolean {
  const body = ctx.sentences.filter((s) => s.start >= ctx.layout.bodyStart && s.end <= ctx.layout.bodyEnd);
  return body.slice(-2).some((s) => hasAny(s.text, ctx.phrases.supporting.gratitude) || hasAny(s.text, ctx.phrases.common.closings));
}

export function greetingLine(ctx: Pick<RuleContext, 'phrases' | 'recipientName'>): string {
  const t = ctx.phrases.supporting.templates;
  const name = ctx.recipientName?.trim();
  return name ? t['named-greeting'].replace('{{name}}', name) : t.greeting;
}

/** The closing sentence and sign-off formula, placed before the sign-off name or at the end. */
export function closingEdit(ctx: Pick<RuleContext, 'phrases' | 'text' | 'layout'>, withSignOff: boolean): Edit {
  const t = ctx.phrases.supporting.templates;
  const block = withSignOff ? `${t.closing}\n\n${t['sign-off']}` : t.closing;
  const at = ctx.layout.signOffStart;
  // The formula sits right on the name ("Best regards,\nMia"); a bare sentence gets its own paragraph.
  if (at < ctx.text.length) return { start: at, end: at, text: withSignOff ? `${block}\n` : `${block}\n\n` };
  const trailing = ctx.text.length - ctx.text.trimEnd().length;
  return { start: ctx.text.length - trailing, end: ctx.text.length, text: `\n\n${block}` };
}

const inlineGreetings = new WeakMap<readonly string[], RegExp>();

/** "hi kev, no saturday deliveries sorry": a greeting that opens the first line, with the message after it. */
function greetsInline(ctx: RuleContext): boolean {
  const list = ctx.phrases.common.greetings;
  let re = inlineGreetings.get(list);
  if (!re) {
    re = new RegExp(`^${alternation(list)}(?:\\s+[\\p{L}.'’-]+){0,3}\\s*[,!]`, 'iu');
    inlineGreetings.set(list, re);
  }
  return re.test(ctx.text.trimStart());
}

export const missingFrame: Rule = {
  id: 'politeness/missing-frame',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (ctx.layout.greeting || ctx.layout.closing || hasWarmEnding(ctx) || !ctx.text.trim() || greetsInline(ctx)) return [];
    const first = ctx.sentences[0]!;
    const edits: Edit[] = [{ start: 0, end: 0, text: `${greetingLine(ctx)}\n\n` }, closingEdit(ctx, true)];
    return [
      {
        start: first.start,
        end: first.end,
        messageId: 'politeness/missing-frame',
        fixes: [{ label: render(ctx.uiLang, 'politeness/missing-frame.fix'), edits }],
      },
    ];
  },
};
