// The engine's messages of the browser's own language, read through browser.i18n: the build
// (vite.config.ts) adds every engine message to each built _locales/<lang>/messages.json, so the
// content script bundles no message catalog at all. The i18n message names allow only
// [A-Za-z0-9_@], so the templates go by index and one more message lists their keys in order.
// A language forced in the options page that the browser does not serve comes from the worker.
import type { Lang } from '../engine/types';

/** Lists the engine's message keys, space-separated, in the order of the indexed messages. */
export const ENGINE_KEYS_MESSAGE = 'engineMessageKeys';
/** Names the language of the catalog the browser serves ('en' or 'id'). */
export const LOCALE_LANG_MESSAGE = 'uiLocale';

const indexed = (index: number) => `engineMessage${index}`;

type LocaleEntry = { message: string; description?: string };

/** What the build adds to a locale's messages.json: `keys` in order, each with `catalog`'s template. */
export function localeEntries(catalog: Record<string, string>, keys: readonly string[]): Record<string, LocaleEntry> {
  const entries: Record<string, LocaleEntry> = {
    [ENGINE_KEYS_MESSAGE]: { message: keys.join(' '), description: "The engine's message keys (added by the build). Do not translate." },
  };
  keys.forEach((key, index) => {
    const template = catalog[key];
    // A missing template is left out: browser.i18n then serves the default locale's (English).
    // A literal '$' is written '$$' in a locale file.
    if (template !== undefined) entries[indexed(index)] = { message: template.replaceAll('$', '$$$$') };
  });
  return entries;
}

/** The served language and its engine messages, read back from browser.i18n (undefined if it cannot say). */
export function messagesFromLocale(getMessage: (name: string) => string): { lang: Lang; messages: Record<string, string> } | undefined {
  const lang = getMessage(LOCALE_LANG_MESSAGE);
  if (lang !== 'en' && lang !== 'id') return undefined;
  const keys = getMessage(ENGINE_KEYS_MESSAGE).split(' ').filter(Boolean);
  const messages: Record<string, string> = {};
  keys.forEach((key, index) => {
    const template = getMessage(indexed(index));
    if (template) messages[key] = template;
  });
  return keys.length > 0 && Object.keys(messages).length === keys.length ? { lang, messages } : undefined;
}
