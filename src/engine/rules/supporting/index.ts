import type { Rule } from '../../rule';

export const supportingRules: Rule[] = [];
