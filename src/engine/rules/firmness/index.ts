import type { Rule } from '../../rule';

export const firmnessRules: Rule[] = [];
