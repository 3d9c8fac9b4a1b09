// The engine's messages and fix labels in this language, one file per principle.
import { clarity } from './en/clarity';
import { politeness } from './en/politeness';
import { alternative } from './en/alternative';
import { overApology } from './en/over-apology';
import { firmness } from './en/firmness';
import { supporting } from './en/supporting';

export const en: Record<string, string> = {
  ...clarity,
  ...politeness,
  ...alternative,
  ...overApology,
  ...firmness,
  ...supporting,
};
