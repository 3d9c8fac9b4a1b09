// The UI's I18n: browser.i18n (which follows the browser's UI language) unless the options page
// forces a language, in which case the bundled catalog of that language. Read on every call, so
// a change in the options page reaches open panels without a reload.
import type { Lang } from '../engine/types';
import type { I18n } from '../panel/contract';
import type { LangChoice } from '../settings/schema';
import { resolveLang } from '../settings/schema';
import { catalogI18n } from './catalog';

/** The part of browser.i18n used here; injected so this file runs outside an extension too. */
export type BrowserI18n = { getUILanguage(): string; getMessage(key: string, substitutions?: string | string[]): string };

export function createI18n(choice: () => LangChoice, browserI18n: BrowserI18n): I18n {
  // The catalog the browser actually serves names its own language ('uiLocale'): getUILanguage()
  // and '@@ui_locale' can disagree with it (headless Chromium with --lang=id still says en-US).
  const browserLang = () => safe(() => browserI18n.getMessage('uiLocale') || browserI18n.getUILanguage(), 'en');
  const bundled: Record<Lang, I18n> = { en: catalogI18n('en'), id: catalogI18n('id') };
  return {
    get uiLang(): Lang {
      return resolveLang(choice(), browserLang());
    },
    t(key, substitutions) {
      const forced = choice();
      const lang = resolveLang(forced, browserLang());
      if (forced === 'auto') {
        const message = safe(() => browserI18n.getMessage(key, substitutions), '');
        if (message) return message;
      }
      return bundled[lang].t(key, substitutions);
    },
  };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
