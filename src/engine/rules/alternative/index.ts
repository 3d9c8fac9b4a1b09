import type { Rule } from '../../rule';

export const alternativeRules: Rule[] = [];
