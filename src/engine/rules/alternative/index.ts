import type { Rule } from '../../rule';
import { missingAlternative } from './missing';

export const alternativeRules: Rule[] = [missingAlternative];
