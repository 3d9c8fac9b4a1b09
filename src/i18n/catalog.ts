// The bundled UI catalogs (public/_locales/<lang>/messages.json), for the extension pages and the
// service worker, and for tests. The content script never imports this file: it gets a forced
// language's catalog from the worker (see remote.ts), which keeps ~22 KB out of every mail page.
import type { I18n } from '../panel/contract';
import type { Lang } from '../engine/types';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { formatMessage, type Catalog } from './format';

export { formatMessage, runtimeCatalog, type Catalog, type MessageEntry } from './format';

export const catalogs: Record<Lang, Catalog> = { en, id };

/** An I18n reading one bundled catalog, falling back to English, then to the key itself. */
export function catalogI18n(lang: Lang): I18n {
  return {
    uiLang: lang,
    t(key, substitutions) {
      const entry = catalogs[lang][key] ?? catalogs.en[key];
      return entry ? formatMessage(entry, substitutions) : key;
    },
  };
}
