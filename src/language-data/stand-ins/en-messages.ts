// What the content script bundles in place of src/engine/messages/en.ts (vite.config.ts): an empty
// catalog that ../page.ts fills in place, from browser.i18n when the browser speaks English (or
// anything but Indonesian: English is the default locale, ../locale.ts), else with what the
// worker sends. The page analyzes with an English UI only once it is filled.
export const en: Record<string, string> = {};
