// The engine's messages in the built locales (src/language-data/locale.ts): what the build adds
// to each messages.json reads back, through an i18n that behaves like browser.i18n, as exactly
// the engine's catalog of that language.
import { describe, expect, test } from 'vitest';
import { en } from '../../src/engine/messages/en';
import { id } from '../../src/engine/messages/id';
import { ENGINE_KEYS_MESSAGE, localeEntries, messagesFromLocale } from '../../src/language-data/locale';

type Locale = Record<string, { message: string }>;

/** browser.i18n.getMessage over a served locale and the default one (English): '$$' reads '$'. */
function i18nOf(served: Locale, fallback: Locale) {
  return (name: string) => (served[name] ?? fallback[name])?.message.replace(/\$\$/g, '$') ?? '';
}

const keys = Object.keys(en);
const enLocale: Locale = { uiLocale: { message: 'en' }, ...localeEntries(en, keys) };
const idLocale: Locale = { uiLocale: { message: 'id' }, ...localeEntries(id, keys) };

describe('engine messages in the locales', () => {
  test('each language reads back as its catalog', () => {
    expect(messagesFromLocale(i18nOf(enLocale, enLocale))).toEqual({ lang: 'en', messages: en });
    expect(messagesFromLocale(i18nOf(idLocale, enLocale))).toEqual({ lang: 'id', messages: id });
  });

  test('names are valid i18n message names, keys hold no space, and no name is taken twice', () => {
    for (const name of Object.keys(enLocale)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
    for (const key of keys) expect(key).not.toMatch(/\s/);
    expect(enLocale[ENGINE_KEYS_MESSAGE]!.message.split(' ')).toEqual(keys);
  });

  test("a literal '$' survives the locale's escaping", () => {
    const locale: Locale = { uiLocale: { message: 'en' }, ...localeEntries({ 'a/b': 'Costs $5 ($$ off)' }, ['a/b']) };
    expect(messagesFromLocale(i18nOf(locale, locale))?.messages).toEqual({ 'a/b': 'Costs $5 ($$ off)' });
  });

  test('a template missing in Indonesian is served in English, as browser.i18n does', () => {
    const { ['politeness/insult']: _, ...partial } = id;
    const locale: Locale = { uiLocale: { message: 'id' }, ...localeEntries(partial, keys) };
    expect(messagesFromLocale(i18nOf(locale, enLocale))?.messages['politeness/insult']).toBe(en['politeness/insult']);
  });

  test('a browser that cannot say which locale it serves, or a locale without the entries, gives nothing', () => {
    expect(messagesFromLocale(() => '')).toBeUndefined();
    expect(messagesFromLocale(i18nOf({ uiLocale: { message: 'en' } }, {}))).toBeUndefined();
  });
});
