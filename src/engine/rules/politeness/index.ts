import type { Rule } from '../../rule';
import { accusation } from './accusation';
import { bareCommand } from './bare-command';
import { bluntOpener } from './blunt-opener';
import { dismissive } from './dismissive';
import { flaggedPhrase } from './flagged-phrase';
import { insult } from './insult';
import { missingFrame } from './missing-frame';
import { sarcasm } from './sarcasm';
import { shouting } from './shouting';
import { threat } from './threat';

export const politenessRules: Rule[] = [
  insult,
  sarcasm,
  shouting,
  bareCommand,
  accusation,
  dismissive,
  threat,
  bluntOpener,
  missingFrame,
  flaggedPhrase,
];
