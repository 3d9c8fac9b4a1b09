import type { Rule } from '../../rule';
import { grovel } from './grovel';
import { policyApology } from './policy';
import { repeatedApology } from './repeated';

export const overApologyRules: Rule[] = [repeatedApology, grovel, policyApology];
