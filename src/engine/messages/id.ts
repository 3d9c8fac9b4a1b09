// The engine's messages and fix labels in this language, one file per principle.
import { clarity } from './id/clarity';
import { politeness } from './id/politeness';
import { alternative } from './id/alternative';
import { overApology } from './id/over-apology';
import { firmness } from './id/firmness';
import { supporting } from './id/supporting';

export const id: Record<string, string> = {
  ...clarity,
  ...politeness,
  ...alternative,
  ...overApology,
  ...firmness,
  ...supporting,
};
