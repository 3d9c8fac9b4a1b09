// The UI's I18n. browser.i18n serves the catalog of the browser's own UI language; only a language
// forced in the options page that differs from it needs another catalog, taken from a
// CatalogSource: bundled on the extension pages (at once), asked of the service worker in the
// content script (later: until it arrives, the browser's catalog speaks, never a blank or a raw
// key). The choice is read on every call, so a change in the options page reaches open panels
// without a reload.
import type { Lang } from '../engine/types';
import type { I18n } from '../panel/contract';
import type { LangChoice } from '../settings/schema';
import { resolveLang } from '../settings/schema';
import { formatMessage, type Catalog } from './format';

/** The part of browser.i18n used here; injected so this file runs outside an extension too. */
export type BrowserI18n = { getUILanguage(): string; getMessage(key: string, substitutions?: string | string[]): string };

/** A language's catalog, at once or later; a rejected or thrown request is asked again later (a few times). */
export type CatalogSource = (lang: Lang) => Catalog | Promise<Catalog>;

/** How often a failing source is asked for one language before the browser's catalog is final. */
const MAX_ATTEMPTS = 3;

/** An I18n that can also fetch a forced language's catalog before anything is drawn in it. */
export type PreparedI18n = I18n & {
  /** Asks for the catalog the current choice needs, if browser.i18n does not serve it. */
  prepare(): void;
};

/** `onCatalog` runs when a catalog asked for later arrives: the caller re-renders what is open. */
export function createI18n(choice: () => LangChoice, browserI18n: BrowserI18n, source: CatalogSource, onCatalog?: () => void): PreparedI18n {
  // The catalog the browser actually serves names its own language ('uiLocale'): getUILanguage()
  // and '@@ui_locale' can disagree with it (headless Chromium with --lang=id still says en-US).
  const servedLang = () => resolveLang('auto', safe(() => browserI18n.getMessage('uiLocale') || browserI18n.getUILanguage(), 'en'));
  const catalogs = cachedCatalogs(source, onCatalog);
  const fromCatalog = (catalog: Catalog | undefined, key: string, substitutions?: string | string[]) => {
    const entry = catalog?.[key];
    return entry ? formatMessage(entry, substitutions) : '';
  };
  return {
    get uiLang(): Lang {
      return resolveLang(choice(), servedLang());
    },
    prepare() {
      const served = servedLang();
      const lang = resolveLang(choice(), served);
      if (lang !== served) catalogs.get(lang);
    },
    t(key, substitutions) {
      const served = servedLang();
      const lang = resolveLang(choice(), served);
      if (lang !== served) {
        const forced = fromCatalog(catalogs.get(lang), key, substitutions);
        if (forced) return forced;
      }
      const message = safe(() => browserI18n.getMessage(key, substitutions), '');
      if (message) return message;
      // browser.i18n gave nothing (its context is gone, or the key is missing there).
      return fromCatalog(catalogs.get(lang), key, substitutions) || fromCatalog(catalogs.get('en'), key, substitutions) || key;
    },
  };
}

/** Asks the source once per language (again only after a failure) and keeps what it gave. */
function cachedCatalogs(source: CatalogSource, onArrival?: () => void): { get(lang: Lang): Catalog | undefined } {
  const ready = new Map<Lang, Catalog>();
  const pending = new Set<Lang>();
  const failures = new Map<Lang, number>();
  const fail = (lang: Lang) => failures.set(lang, (failures.get(lang) ?? 0) + 1);
  return {
    get(lang) {
      const have = ready.get(lang);
      if (have || pending.has(lang) || (failures.get(lang) ?? 0) >= MAX_ATTEMPTS) return have;
      let result: Catalog | Promise<Catalog>;
      try {
        result = source(lang);
      } catch {
        fail(lang);
        return undefined;
      }
      if (!isThenable(result)) {
        ready.set(lang, result);
        return result;
      }
      pending.add(lang);
      result.then(
        (catalog) => {
          pending.delete(lang);
          ready.set(lang, catalog);
          try {
            onArrival?.();
          } catch {
            // A failed re-render must not turn into an unhandled rejection in the page.
          }
        },
        () => {
          pending.delete(lang);
          fail(lang);
        },
      );
      return undefined;
    },
  };
}

function isThenable(value: Catalog | Promise<Catalog>): value is Promise<Catalog> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
