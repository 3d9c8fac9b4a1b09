// UI text lookup over a chrome.i18n-format catalog (public/_locales/<lang>/messages.json): named
// placeholders `$name$` whose content is `$1`..`$9`, resolved exactly as browser.i18n does, so
// the bundled catalogs (forced UI language, tests) and browser.i18n give the same strings.
import type { I18n } from '../panel/contract';
import type { Lang } from '../engine/types';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';

export type MessageEntry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
export type Catalog = Record<string, MessageEntry>;

export const catalogs: Record<Lang, Catalog> = { en, id };

export function formatMessage(entry: MessageEntry, substitutions: string | string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '');
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? match : positional(content);
    })
    .replace(/\$\$/g, '$');
}

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
