// Something is declined, ended or only partly met, and nothing follows: no option, referral or
// concrete next step anywhere in the draft (the last line included). A vague "maybe later" is
// not one (understand/ decides what counts).
import type { Rule } from '../../rule';
import type { Scenario } from '../../types';
import { alternativeFixes, refusalAnchor } from './insert';

const DECLINING: readonly Scenario[] = ['refusal', 'termination', 'complaint-right'];

export const missingAlternative: Rule = {
  id: 'alternative/missing',
  principle: 'alternative',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (!DECLINING.includes(ctx.scenario) || ctx.meaning.alternatives.length > 0) return [];
    const anchor = refusalAnchor(ctx);
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
