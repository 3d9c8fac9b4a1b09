import type { Rule } from '../../rule';
import { buriedDecision } from './buried-decision';
import { doubleNegative } from './double-negative';
import { filler } from './filler';
import { longSentence } from './long-sentence';
import { vagueCommitment, vagueTime } from './vague-time';
import { wallOfText } from './wall-of-text';

export const clarityRules: Rule[] = [buriedDecision, longSentence, wallOfText, vagueTime, vagueCommitment, filler, doubleNegative];
