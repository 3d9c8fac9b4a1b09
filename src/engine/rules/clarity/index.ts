import type { Rule } from '../../rule';

export const clarityRules: Rule[] = [];
