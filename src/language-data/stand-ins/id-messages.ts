// What the content script bundles in place of src/engine/messages/id.ts (vite.config.ts): an empty
// catalog that ../page.ts fills in place, from browser.i18n when the browser speaks Indonesian
// (../locale.ts), else with what the worker sends. The page analyzes with an Indonesian UI only
// once it is filled, so no finding is shown with a missing message or in the wrong language.
export const id: Record<string, string> = {};
