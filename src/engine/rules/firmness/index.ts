import type { Rule } from '../../rule';
import { concession } from './concession';
import { hedge } from './hedge';
import { negotiation, selfUndermining } from './negotiation';

export const firmnessRules: Rule[] = [hedge, concession, negotiation, selfUndermining];
