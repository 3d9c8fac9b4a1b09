// What every page build bundles in place of src/engine/phrases/en/index.ts (vite.config.ts), as
// for Indonesian (./id-phrases.ts): only what the engine reads as it loads (the language
// detector's word lists, src/engine/lang.ts). ../page.ts fills in the rest with what the worker
// sends before the first English analysis; the warm-up of English waits for it too.
import type { en as book } from '../../engine/phrases/en';
import { common } from '../../engine/phrases/en/common';
import { languageWords } from '../../engine/phrases/en/language-words';

export const en = { common, meaning: { languageWords } } as unknown as typeof book;
