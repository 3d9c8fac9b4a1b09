import type { Rule } from '../../rule';
import { dismissive } from './dismissive';
import { flaggedPhrase } from './flagged-phrase';
import { insult } from './insult';
import { sarcasm } from './sarcasm';
import { shouting } from './shouting';
import { threat } from './threat';

export const politenessRules: Rule[] = [insult, sarcasm, shouting, dismissive, threat, flaggedPhrase];
