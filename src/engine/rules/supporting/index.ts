import type { Rule } from '../../rule';
import { acknowledge, deEscalate, gratitude, houseRules } from './rules';

export const supportingRules: Rule[] = [gratitude, acknowledge, houseRules, deEscalate];
