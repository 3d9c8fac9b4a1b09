// An apology for the business's own policy, price or decision ("sorry for our policy", "maaf
// atas aturan kami"): the rule is not a mistake. Only when the business is in the right.
import type { Rule, RuleHit } from '../../rule';
import { overlapsAny } from '../../understand/find';
import { apologyFix } from './apology-fix';

export const policyApology: Rule = {
  id: 'over-apology/policy',
  principle: 'over-apology',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (!ctx.inRight) return [];
    const hits: RuleHit[] = [];
    for (const apology of ctx.meaning.policyApologies) {
      if (overlapsAny(ctx.meaning.grovels, apology.start, apology.end)) continue;
      const fix = apologyFix(ctx, apology);
      hits.push({ start: apology.start, end: apology.end, messageId: 'over-apology/policy', fixes: fix ? [fix] : [] });
    }
    return hits;
  },
};
