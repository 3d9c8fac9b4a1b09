// Something is declined, ended or only partly met, and nothing follows: no option, referral or
// concrete next step anywhere in the draft (the last line included). A vague "maybe later" is
// not one (understand/ decides what counts).
import type { RuleContext } from '../../context';
import type { Rule } from '../../rule';
import type { Span } from '../../text/segment';
import type { Scenario } from '../../types';
import { hasAny } from '../../text/match';
import { findIn } from '../../understand/find';
import { alternativeFixes, refusalAnchor } from './insert';

const DECLINING: readonly Scenario[] = ['refusal', 'termination', 'complaint-right'];

export const missingAlternative: Rule = {
  id: 'alternative/missing',
  principle: 'alternative',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (!DECLINING.includes(ctx.scenario) || ctx.meaning.alternatives.length > 0) return [];
    const anchor = refusalAnchor(ctx) ?? defendedOnly(ctx);
    if (!anchor) return [];
    const ending = ctx.meaning.terminations.length > 0;
    return [
      {
        start: anchor.start,
        end: anchor.end,
        messageId: ending ? 'alternative/missing-closing-step' : 'alternative/missing',
        fixes: alternativeFixes(ctx, anchor),
      },
    ];
  },
};

/**
 * "The fee on the invoice reflects that clause.", "Demikian penjelasan kami.": a complaint reply
 * the business is right about that declines nothing in so many words, yet offers not even a hedged
 * or vague something ("perhaps we could…", "kalau mau…") nor a dated step ("your gallery will be
 * ready by Friday 31 May") leaves the complaint unmet. Returns the body's last sentence, where
 * the next step would go.
 */
function defendedOnly(ctx: RuleContext): Span | null {
  if (ctx.scenario !== 'complaint-right') return null;
  const m = ctx.phrases.meaning;
  const body = ctx.sentences.filter((s) => s.start >= ctx.layout.bodyStart && s.end <= ctx.layout.bodyEnd);
  const offers = [...m.offers, ...m.strongOffers];
  for (const sentence of body) {
    if (hasAny(sentence.text, ctx.phrases.alternative.future) && (/\p{N}/u.test(sentence.text) || hasAny(sentence.text, m.concrete))) return null;
    const hits = findIn(ctx.text, sentence, offers, { quotes: [], negators: m.negators, window: 1 });
    // "kurang tahu juga kalau mau diapain lagi": an offer word after our own doubt offers nothing.
    const doubts = hits.length > 0 ? findIn(ctx.text, sentence, m.doubts, { quotes: [] }) : [];
    if (hits.some((h) => !ctx.isQuoted(h.start, h.end) && !doubts.some((d) => d.end <= h.start))) return null;
  }
  return body.at(-1) ?? null;
}
