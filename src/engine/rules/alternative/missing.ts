// Something is declined, ended or only partly met, and nothing follows: no option, referral or
// concrete next step anywhere in the draft (the last line included). A vague "maybe later" is
// not one (understand/ decides what counts).
import type { RuleContext } from '../../context';
import type { Rule } from '../../rule';
import type { Span } from '../../text/segment';
import type { Scenario } from '../../types';
import { hasAny } from '../../text/match';
import { offersOf } from '../../understand/alternatives';
import { findIn, overlapsAny, wordsBefore } from '../../understand/find';
import { inBody } from '../clarity/text-edits';
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
  const { future } = ctx.phrases.alternative;
  const body = ctx.sentences.filter((s) => inBody(ctx, s.start, s.end));
  const find = (s: Span, list: readonly string[]) => {
    const excepted = findIn(ctx.text, s, m.offerExceptions, { quotes: [] });
    return findIn(ctx.text, s, list, { quotes: [], negators: m.negators, window: 1 }).filter((h) => !ctx.isQuoted(h.start, h.end) && !overlapsAny(excepted, h.start, h.end));
  };
  for (const sentence of body) {
    if (hasAny(sentence.text, future) && (/\p{N}/u.test(sentence.text) || hasAny(sentence.text, m.concrete))) return null;
    // A remedy counts even when already done ("sudah kami refund"); a plain offer word after
    // "sudah" is work done ("Bunga sudah kami kirim"), and after our own doubt offers nothing
    // ("kurang tahu juga kalau mau diapain lagi").
    const offers = find(sentence, offersOf(m)).filter((h) => !m.done.includes(wordsBefore(ctx.text, h.start, 1)[0] ?? ''));
    const doubts = offers.length > 0 ? find(sentence, m.doubts) : [];
    if ([...find(sentence, m.strongOffers), ...offers].some((h) => !doubts.some((d) => d.end <= h.start))) return null;
  }
  return body.at(-1) ?? null;
}
