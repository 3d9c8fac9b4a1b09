import type { Rule } from '../../rule';

export const politenessRules: Rule[] = [];
