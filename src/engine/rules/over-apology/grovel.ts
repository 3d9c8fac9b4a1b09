// Grovelling, with or without the word sorry: "I feel terrible", "please forgive us", "maaf
// beribu maaf", "kami sangat malu". When the business is at fault, strong but sincere wording
// ("deeply sorry", "mohon maaf sebesar-besarnya") is fine once.
import type { Rule, RuleHit } from '../../rule';
import { hasAny } from '../../text/match';
import { apologyFix } from './apology-fix';

export const grovel: Rule = {
  id: 'over-apology/grovel',
  principle: 'over-apology',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const hits: RuleHit[] = [];
    const atFaultOnce = !ctx.inRight && ctx.meaning.apologies.length <= 2;
    for (const g of ctx.meaning.grovels) {
      if (atFaultOnce && hasAny(g.text, ctx.phrases.overApology.atFaultFine)) continue;
      const fix = apologyFix(ctx, g);
      hits.push({ start: g.start, end: g.end, messageId: 'over-apology/grovel', fixes: fix ? [fix] : [] });
    }
    return hits;
  },
};
