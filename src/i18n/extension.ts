// The extension's I18n (content script, options page): only extension code imports this file,
// since webextension-polyfill throws anywhere else.
import browser from 'webextension-polyfill';
import type { I18n } from '../panel/contract';
import type { LangChoice } from '../settings/schema';
import { createI18n } from './choose';

export function extensionI18n(settings?: { current(): { uiLang?: LangChoice } }): I18n {
  return createI18n(() => settings?.current().uiLang ?? 'auto', browser.i18n);
}
