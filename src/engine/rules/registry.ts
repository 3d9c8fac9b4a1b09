// The one list of rules the engine runs. Each principle's folder lists its own rules in its
// index.ts; adding a rule is one file plus one line there.
import type { Rule } from '../rule';
import { clarityRules } from './clarity';
import { politenessRules } from './politeness';
import { alternativeRules } from './alternative';
import { overApologyRules } from './over-apology';
import { firmnessRules } from './firmness';
import { supportingRules } from './supporting';

export const rules: readonly Rule[] = [
  ...clarityRules,
  ...politenessRules,
  ...alternativeRules,
  ...overApologyRules,
  ...firmnessRules,
  ...supportingRules,
];
