// What the content script bundles in place of src/engine/phrases/id/index.ts (vite.config.ts):
// only what the engine reads as it loads (the language detector's word lists, src/engine/lang.ts).
// ../page.ts fills in the rest with what the worker sends before the first Indonesian analysis;
// until then no code may read more of it (the warm-up of Indonesian waits for it too).
import type { id as book } from '../../engine/phrases/id';
import { common } from '../../engine/phrases/id/common';
import { languageWords } from '../../engine/phrases/id/language-words';

export const id = { common, meaning: { languageWords } } as unknown as typeof book;
