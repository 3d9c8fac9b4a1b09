// Infers what the draft is doing (the scenario) and whether the business is in the right.
import type { RuleContext } from './context';
import type { Scenario } from './types';

type Base = Omit<RuleContext, 'scenario' | 'inRight'>;

export function inferScenario(ctx: Base): Scenario {
  const m = ctx.meaning;
  if (m.terminations.length > 0) return 'termination';
  if (m.admitsFault) return 'complaint-wrong';
  if (m.declines.length > 0) return 'refusal';
  if (m.rules.length > 0) return 'boundary';
  return 'other';
}

export function inferInRight(ctx: Base, scenario: Scenario): boolean {
  if (scenario === 'complaint-wrong') return false;
  return !ctx.meaning.admitsFault;
}
