// What the content script bundles in place of src/engine/messages/id.ts (vite.config.ts): an empty
// catalog that ../page.ts fills in place with what the worker sends. Until then the engine's
// render() falls back to English, and the page waits for the catalog before analyzing with an
// Indonesian UI, so no finding is shown with a missing message or in the wrong language.
export const id: Record<string, string> = {};
