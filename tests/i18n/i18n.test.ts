import { describe, expect, it } from 'vitest';
import { catalogI18n, catalogs, createI18n, formatMessage } from '../../src/i18n';
import type { LangChoice } from '../../src/settings/schema';

describe('formatMessage', () => {
  it('resolves named placeholders like browser.i18n', () => {
    const entry = { message: 'Score $Score$ of $max$, $$5', placeholders: { score: { content: '$1' }, max: { content: '$2' } } };
    expect(formatMessage(entry, ['80', '100'])).toBe('Score 80 of 100, $5');
    expect(formatMessage(entry, '80')).toBe('Score 80 of , $5');
  });
});

describe('catalogI18n', () => {
  it('speaks Indonesian from the bundled catalog', () => {
    const t = catalogI18n('id').t;
    expect(t('fixAll')).toBe('Perbaiki semua masalah nada');
    expect(t('scoreLabel', '80')).toBe('Skor keseluruhan: 80 dari 100');
  });
  it('falls back to the key for an unknown message', () => {
    expect(catalogI18n('en').t('noSuchKey')).toBe('noSuchKey');
  });
});

/** The extension pages' source: the bundled catalogs, at once. */
const bundled = (lang: 'en' | 'id') => catalogs[lang];

describe('createI18n', () => {
  const browserId = { getUILanguage: () => 'id-ID', getMessage: (key: string) => (key === 'undo' ? 'Urungkan (browser)' : '') };

  it('follows the browser UI language and browser.i18n when set to auto', () => {
    const i18n = createI18n(() => 'auto', browserId, bundled);
    expect(i18n.uiLang).toBe('id');
    expect(i18n.t('undo')).toBe('Urungkan (browser)');
    expect(i18n.t('apply')).toBe('Terapkan'); // browser gave nothing: bundled catalog
  });

  it('uses the forced language even when the browser speaks another, and follows changes at once', () => {
    let choice: LangChoice = 'en';
    const i18n = createI18n(() => choice, browserId, bundled);
    expect(i18n.uiLang).toBe('en');
    expect(i18n.t('undo')).toBe('Undo');
    choice = 'id';
    expect(i18n.uiLang).toBe('id');
    // Forced to the browser's own language: browser.i18n serves it.
    expect(i18n.t('undo')).toBe('Urungkan (browser)');
  });

  it('follows the catalog the browser serves when getUILanguage disagrees (headless --lang=id)', () => {
    const messagesInId = { getUILanguage: () => 'en-US', getMessage: (key: string) => (key === 'uiLocale' ? 'id' : '') };
    expect(createI18n(() => 'auto', messagesInId, bundled).uiLang).toBe('id');
    const messagesInEn = { getUILanguage: () => 'id-ID', getMessage: (key: string) => (key === 'uiLocale' ? 'en' : '') };
    expect(createI18n(() => 'auto', messagesInEn, bundled).uiLang).toBe('en');
  });

  it('survives a browser.i18n that throws (extension context gone)', () => {
    const broken = { getUILanguage: () => { throw new Error('gone'); }, getMessage: () => { throw new Error('gone'); } };
    const i18n = createI18n(() => 'auto', broken, bundled);
    expect(i18n.uiLang).toBe('en');
    expect(i18n.t('undo')).toBe('Undo');
  });
});
