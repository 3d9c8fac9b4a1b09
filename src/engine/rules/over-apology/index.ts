import type { Rule } from '../../rule';

export const overApologyRules: Rule[] = [];
