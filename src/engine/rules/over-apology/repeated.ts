// Two or more apologies when the business is in the right (three or more when it is at fault):
// the first stays, every later one is reported with a fix that removes it or turns it into thanks.
import type { Rule, RuleHit } from '../../rule';
import { overlapsAny } from '../../understand/find';
import { apologyFix } from './apology-fix';

/** Apologies allowed before the count becomes over-apology. */
const LIMIT_IN_RIGHT = 1;
const LIMIT_AT_FAULT = 2;

export const repeatedApology: Rule = {
  id: 'over-apology/repeated',
  principle: 'over-apology',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const { apologies, grovels } = ctx.meaning;
    const limit = ctx.inRight ? LIMIT_IN_RIGHT : LIMIT_AT_FAULT;
    if (apologies.length <= limit) return [];
    const messageId = ctx.inRight ? 'over-apology/repeated' : 'over-apology/repeated-at-fault';
    const hits: RuleHit[] = [];
    // The first apology may stay; grovelling ones are reported by the grovel rule.
    for (const apology of apologies.slice(1)) {
      if (overlapsAny(grovels, apology.start, apology.end)) continue;
      const fix = apologyFix(ctx, apology);
      hits.push({ start: apology.start, end: apology.end, messageId, values: { count: apologies.length }, fixes: fix ? [fix] : [] });
    }
    return hits;
  },
};
