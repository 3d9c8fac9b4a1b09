// Engine data the content script does not bundle, asked of the service worker over runtime
// messaging (no fetch, nothing web-accessible), like a forced UI language's catalog
// (src/i18n/remote.ts). Each language comes in two parts: the engine's messages (the UI speaks
// it; the browser's own language's come from its locale instead) and the phrase book (a draft
// is in it).
import type { PhraseBook } from '../engine/phrases/book';
import type { Lang } from '../engine/types';

export const LANGUAGE_DATA_REQUEST = 'sopan/language-data';

export type LanguageDataPart = 'messages' | 'phrases';

export type LanguageDataRequest = { type: typeof LANGUAGE_DATA_REQUEST; lang: Lang; part: LanguageDataPart };

export function languageDataRequest(lang: Lang, part: LanguageDataPart): LanguageDataRequest {
  return { type: LANGUAGE_DATA_REQUEST, lang, part };
}

/** What the worker holds: each language's parts. */
export type LanguageDataSet = Record<Lang, Record<LanguageDataPart, unknown>>;

/** The worker's answer: the part a well-formed request names, or undefined (not ours to answer). */
export function answerLanguageDataRequest(message: unknown, data: LanguageDataSet): unknown {
  const request = message as Partial<LanguageDataRequest> | null;
  if (request?.type !== LANGUAGE_DATA_REQUEST) return undefined;
  if (request.lang !== 'en' && request.lang !== 'id') return undefined;
  if (request.part !== 'messages' && request.part !== 'phrases') return undefined;
  return data[request.lang][request.part];
}

/** A message catalog as the engine keeps it: a non-empty object of template strings. */
export function isMessages(value: unknown): value is Record<string, string> {
  if (!isObject(value)) return false;
  const templates = Object.values(value);
  return templates.length > 0 && templates.every((t) => typeof t === 'string');
}

// The groups of a phrase book, written out because the page has no whole book to compare with
// (both are stand-ins there); the type checker keeps this list equal to the book's.
const PHRASE_GROUPS = {
  common: true,
  clarity: true,
  politeness: true,
  alternative: true,
  overApology: true,
  firmness: true,
  supporting: true,
  meaning: true,
} as const satisfies Record<keyof PhraseBook, true>;

/**
 * A whole phrase book: every group, each a set of entries, each entry a list of strings, one string
 * (a template) or a map of either. What is inside is the language's own.
 */
export function isPhraseBook(value: unknown): boolean {
  if (!isObject(value)) return false;
  const groups = Object.keys(PHRASE_GROUPS) as (keyof typeof PHRASE_GROUPS)[];
  return groups.every((group) => {
    const lists = (value as Record<string, unknown>)[group];
    return isObject(lists) && Object.values(lists).every(isPhraseEntry);
  });
}

function isPhraseEntry(entry: unknown): boolean {
  if (isPhraseList(entry)) return true;
  // A map: of strings ("hedgeReplacements") or of string lists (a composed family's parts).
  return isObject(entry) && Object.values(entry).every(isPhraseList);
}

function isPhraseList(entry: unknown): boolean {
  return typeof entry === 'string' || (Array.isArray(entry) && entry.every((item) => typeof item === 'string'));
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
