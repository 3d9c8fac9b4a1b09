// Every phrase list of this language, grouped by the principle that uses it.
import { common } from './common';
import { clarity } from './clarity';
import { politeness } from './politeness';
import { alternative } from './alternative';
import { overApology } from './over-apology';
import { firmness } from './firmness';
import { supporting } from './supporting';
import { meaning } from './meaning';

export const en = { common, clarity, politeness, alternative, overApology, firmness, supporting, meaning } as const;
