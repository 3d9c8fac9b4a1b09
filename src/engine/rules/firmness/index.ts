import type { Rule } from '../../rule';
import { hedge } from './hedge';
import { negotiation, selfUndermining } from './negotiation';

export const firmnessRules: Rule[] = [hedge, negotiation, selfUndermining];
