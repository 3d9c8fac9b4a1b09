// Supporting principles only suggest (severity 'suggestion'): each fires when the draft lacks the
// move and the scenario calls for it, and its fix inserts a sentence in the draft's language.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import type { Edit, Scenario, SupportingPrinciple } from '../../types';

type SuggestionSpec = {
  principle: SupportingPrinciple;
  scenarios: readonly Scenario[];
  /** True when the draft already does this. */
  present: (ctx: RuleContext) => boolean;
  insert: (ctx: RuleContext) => Edit | null;
};

export function suggestionRule(spec: SuggestionSpec): Rule {
  const id = `supporting/${spec.principle}`;
  return {
    id,
    principle: spec.principle,
    languages: ['en', 'id'],
    severity: 'suggestion',
    check(ctx) {
      if (!spec.scenarios.includes(ctx.scenario) || spec.present(ctx)) return [];
      const anchor = ctx.sentences.find((s) => s.start >= ctx.layout.bodyStart) ?? ctx.sentences[0];
      if (!anchor) return [];
      const edit = spec.insert(ctx);
      const hit: RuleHit = {
        start: anchor.start,
        end: anchor.end,
        messageId: id,
        fixes: edit ? [{ label: render(ctx.uiLang, `${id}.fix`), edits: [edit] }] : [],
      };
      return [hit];
    },
  };
}
