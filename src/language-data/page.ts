// The content script's side of ./protocol.ts. The build puts stand-ins (./stand-ins/) where the
// engine imports its message catalogs and phrase books, and this file fills them in
// place: the browser's language's messages from browser.i18n at load (./locale.ts), the rest with
// what the worker sends, before the first analysis that needs them. A draft is analyzed only once
// the phrase book of its language and the messages of the UI's language are here (until then the
// panel says "checking"). Everywhere else (tests, the CLI, Node) the engine imports the real data
// and all is ready at once. When the worker keeps failing (the extension was updated under the
// page), the check says so rather than "checking" forever.
import { en as enMessages } from '../engine/messages/en';
import { id as idMessages } from '../engine/messages/id';
import { en as enBook } from '../engine/phrases/en';
import { id as idBook } from '../engine/phrases/id';
import type { Lang } from '../engine/types';
import { extensionApi } from '../i18n/webext';
import { isMessages, isPhraseBook, languageDataRequest, type LanguageDataPart } from './protocol';

/** Asks for one part of a language's data; whatever it resolves to is checked before use. */
export type LanguageDataSource = (lang: Lang, part: LanguageDataPart) => Promise<unknown>;

/** The objects the engine reads a language's data from, filled in place when it arrives. */
export type LanguageTargets = Partial<Record<Lang, { messages?: Record<string, string>; phrases?: object }>>;

/**
 * Whether a draft can be analyzed now: 'waiting' while what it needs is asked for, 'unavailable'
 * once asking has failed MAX_ATTEMPTS times (a reload of the page is needed).
 */
export type DataStatus = 'ready' | 'waiting' | 'unavailable';

export type LanguageData = {
  /**
   * Whether a draft can be analyzed now. What is missing is asked for; `onChange` runs when it
   * comes or the request fails. `draftLang` is called only while a phrase book is missing
   * (detection costs time).
   */
  status(uiLang: Lang, draftLang: () => Lang): DataStatus;
  /** Resolves once `lang`'s `part` is here; rejects if asking for it failed. */
  load(lang: Lang, part: LanguageDataPart): Promise<void>;
  /** Fills `lang`'s `part` with data at hand (browser.i18n's messages); false if it is not valid. */
  provide(lang: Lang, part: LanguageDataPart, value: unknown): boolean;
};

/**
 * After this many failed requests for a part, it is not asked for again: a language's messages
 * become the other language's (the one browser.i18n gave), a missing phrase book 'unavailable'.
 */
export const MAX_ATTEMPTS = 3;

export const bundledTargets: LanguageTargets = { en: { messages: enMessages, phrases: enBook }, id: { messages: idMessages, phrases: idBook } };

/**
 * `onChange` runs after each answer and each failure, so the checks waiting on them run again
 * (and ask again, up to MAX_ATTEMPTS).
 */
export function createLanguageData(source: LanguageDataSource, onChange?: () => void, targets: LanguageTargets = bundledTargets): LanguageData {
  const pending = new Map<string, Promise<void>>();
  const failures = new Map<string, number>();
  const here = new Set<string>();

  const has = (lang: Lang, part: LanguageDataPart): boolean => {
    const key = `${lang}/${part}`;
    if (here.has(key)) return true;
    const target = targets[lang]?.[part];
    const complete = !target || (part === 'messages' ? Object.keys(target).length > 0 : isPhraseBook(target));
    if (complete) here.add(key);
    return complete;
  };

  const fill = (lang: Lang, part: LanguageDataPart, value: unknown): void => {
    const target = targets[lang]?.[part];
    if (!target) return;
    if (part === 'messages' ? !isMessages(value) : !isPhraseBook(value)) throw new Error(`bad ${lang} ${part}`);
    // The stand-in's own lists go too: the book's groups then come in the book's order.
    if (part === 'phrases') for (const group of Object.keys(target)) delete (target as Record<string, unknown>)[group];
    Object.assign(target, value);
  };

  const load = (lang: Lang, part: LanguageDataPart): Promise<void> => {
    if (has(lang, part)) return Promise.resolve();
    const key = `${lang}/${part}`;
    const asked = pending.get(key);
    if (asked) return asked;
    const changed = () => {
      pending.delete(key);
      try {
        onChange?.();
      } catch {
        // A failed re-render must not turn into an unhandled rejection in the page.
      }
    };
    const request = Promise.resolve()
      .then(() => source(lang, part))
      .then((value) => fill(lang, part, value))
      .then(changed, (error: unknown) => {
        failures.set(key, (failures.get(key) ?? 0) + 1);
        changed();
        throw error;
      });
    pending.set(key, request);
    return request;
  };

  const givenUp = (lang: Lang, part: LanguageDataPart) => (failures.get(`${lang}/${part}`) ?? 0) >= MAX_ATTEMPTS;

  /** What a missing part means now: asked for (again), or given up on. */
  const missing = (lang: Lang, part: LanguageDataPart): DataStatus => {
    if (givenUp(lang, part)) return 'unavailable';
    void load(lang, part).catch(() => undefined);
    return 'waiting';
  };

  /** The worker keeps failing: `lang`'s messages become the other language's, if those are here. */
  const fallBack = (lang: Lang): boolean => {
    const other: Lang = lang === 'en' ? 'id' : 'en';
    const target = targets[lang]?.messages;
    if (!givenUp(lang, 'messages') || !target || !has(other, 'messages')) return false;
    Object.assign(target, targets[other]?.messages);
    return has(lang, 'messages');
  };

  return {
    status(uiLang, draftLang) {
      let status: DataStatus = 'ready';
      if (!has(uiLang, 'messages') && !fallBack(uiLang)) status = missing(uiLang, 'messages');
      const allPhrases = (Object.keys(targets) as Lang[]).every((lang) => has(lang, 'phrases'));
      if (!allPhrases && status !== 'unavailable') {
        const lang = draftLang();
        if (!has(lang, 'phrases')) status = missing(lang, 'phrases');
      }
      return status;
    },
    load,
    provide(lang, part, value) {
      try {
        fill(lang, part, value);
        return has(lang, part);
      } catch {
        return false;
      }
    },
  };
}

/** The content script's LanguageDataSource: the service worker sends the part (./worker.ts). */
export function languageDataFromWorker(lang: Lang, part: LanguageDataPart): Promise<unknown> {
  return extensionApi().runtime.sendMessage(languageDataRequest(lang, part));
}
