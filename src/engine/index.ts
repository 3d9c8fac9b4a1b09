// The engine's public surface: pure TypeScript, no DOM, usable in the page, in Node and the CLI.
export { analyze, fixAll, type FixAllOptions } from './analyze';
export { applyFixes, applyEdits, firstFixes, type FixRequest, type FixResult } from './fixes';
export { detectLang } from './lang';
export * from './types';
export { insertion, insertEdit, INSERT_KINDS, type InsertKind } from './inserts';
