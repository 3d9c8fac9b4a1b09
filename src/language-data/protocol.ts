// Engine data the content script does not bundle, asked of the service worker over runtime
// messaging (no fetch, nothing web-accessible), like a forced UI language's catalog
// (src/i18n/remote.ts). The page ships English only; Indonesian comes in two parts, each asked
// for when it is first needed: the engine's messages (the UI speaks Indonesian) and the phrase
// book (a draft is in Indonesian).
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

/**
 * A phrase book with the same groups and lists as `model` (the English book), each list the same
 * kind of thing (an array of strings, a map…). What is inside a list is the language's own.
 */
export function isPhraseBookLike(value: unknown, model: object): boolean {
  if (!isObject(value)) return false;
  return Object.entries(model).every(([group, lists]) => {
    const got = (value as Record<string, unknown>)[group];
    return isObject(got) && Object.entries(lists as object).every(([name, list]) => sameKind((got as Record<string, unknown>)[name], list));
  });
}

function sameKind(value: unknown, model: unknown): boolean {
  if (Array.isArray(model)) return Array.isArray(value) && value.every((item) => model.length === 0 || typeof item === typeof model[0]);
  if (isObject(model)) return isObject(value);
  return typeof value === typeof model;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
