// The content script's path to a forced UI language the browser does not speak: the catalog is
// asked of the service worker once, the browser's catalog speaks until it arrives, the panel is
// told to redraw when it does, and a failed request is retried a bounded number of times.
import { describe, expect, it, vi } from 'vitest';
import { catalogs, createI18n, formatMessage, type Catalog } from '../../src/i18n';
import type { Lang } from '../../src/engine/types';
import type { LangChoice } from '../../src/settings/schema';

/** browser.i18n of a browser in `lang`: the bundled catalog of that language, as Chromium serves it. */
function browserIn(lang: Lang) {
  return {
    getUILanguage: () => (lang === 'id' ? 'id-ID' : 'en-US'),
    getMessage: (key: string, substitutions?: string | string[]) => {
      const entry = catalogs[lang][key];
      return entry ? formatMessage(entry, substitutions) : '';
    },
  };
}

/** A source answering later, as runtime.sendMessage does; `arrive` delivers what was asked. */
function deferredSource() {
  const asked: Lang[] = [];
  const waiting: { lang: Lang; resolve(c: Catalog): void; reject(e: Error): void }[] = [];
  const source = vi.fn((lang: Lang) => {
    asked.push(lang);
    return new Promise<Catalog>((resolve, reject) => waiting.push({ lang, resolve, reject }));
  });
  const settle = async (how: 'arrive' | 'fail') => {
    for (const w of waiting.splice(0)) how === 'arrive' ? w.resolve(catalogs[w.lang]) : w.reject(new Error('no worker'));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { source, asked, arrive: () => settle('arrive'), fail: () => settle('fail') };
}

describe('a UI language forced in the options page, in the content script', () => {
  it('asks for the other catalog once, speaks the browser language meanwhile, then the forced one', async () => {
    const { source, asked, arrive } = deferredSource();
    const onCatalog = vi.fn();
    const i18n = createI18n(() => 'id', browserIn('en'), source, onCatalog);
    expect(i18n.uiLang).toBe('id');
    // Before arrival: the browser's catalog, never a blank or a raw key.
    expect(i18n.t('fixAll')).toBe('Fix all tone issues');
    expect(i18n.t('scoreLabel', '80')).toBe(formatMessage(catalogs.en.scoreLabel!, '80'));
    expect(i18n.t('undo')).toBe('Undo');
    expect(asked).toEqual(['id']);
    expect(onCatalog).not.toHaveBeenCalled();
    await arrive();
    expect(onCatalog).toHaveBeenCalledTimes(1);
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
    expect(i18n.t('scoreLabel', '80')).toBe('Skor keseluruhan: 80 dari 100');
    expect(asked).toEqual(['id']);
  });

  it('an Indonesian browser forced to English asks for English; back to auto, browser.i18n speaks again', async () => {
    let choice: LangChoice = 'en';
    const { source, asked, arrive } = deferredSource();
    const i18n = createI18n(() => choice, browserIn('id'), source);
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
    await arrive();
    expect(i18n.t('fixAll')).toBe('Fix all tone issues');
    choice = 'auto';
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
    choice = 'en';
    expect(i18n.t('fixAll')).toBe('Fix all tone issues'); // kept: not asked again
    expect(asked).toEqual(['en']);
  });

  it('asks nothing while the choice is auto or the browser already speaks the forced language', () => {
    const { source } = deferredSource();
    let choice: LangChoice = 'auto';
    const i18n = createI18n(() => choice, browserIn('id'), source);
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
    choice = 'id';
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
    expect(source).not.toHaveBeenCalled();
  });

  it('prepare() asks for the catalog a forced other language needs, and nothing otherwise', async () => {
    let choice: LangChoice = 'auto';
    const { source, asked, arrive } = deferredSource();
    const onCatalog = vi.fn();
    const i18n = createI18n(() => choice, browserIn('en'), source, onCatalog);
    i18n.prepare();
    choice = 'en';
    i18n.prepare();
    expect(source).not.toHaveBeenCalled();
    choice = 'id';
    i18n.prepare();
    i18n.prepare();
    expect(asked).toEqual(['id']);
    await arrive();
    expect(onCatalog).toHaveBeenCalledTimes(1);
    // The first text drawn after it is already Indonesian.
    expect(i18n.t('fixAll')).toBe('Perbaiki semua masalah nada');
  });

  it('a failed request is asked again on a later render, at most three times, and the browser keeps speaking', async () => {
    const { source, fail } = deferredSource();
    const onCatalog = vi.fn();
    const i18n = createI18n(() => 'id', browserIn('en'), source, onCatalog);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(i18n.t('undo')).toBe('Undo');
      await fail();
    }
    expect(source).toHaveBeenCalledTimes(3);
    expect(onCatalog).not.toHaveBeenCalled();
  });

  it('a source that throws (extension context gone) leaves the browser catalog in charge', () => {
    const i18n = createI18n(() => 'id', browserIn('en'), () => {
      throw new Error('Extension context invalidated');
    });
    expect(i18n.t('undo')).toBe('Undo');
  });

  it('a key the arrived catalog lacks still comes from the browser', async () => {
    const partial: Catalog = { undo: { message: 'Urungkan' } };
    const i18n = createI18n(() => 'id', browserIn('en'), () => Promise.resolve(partial));
    i18n.t('undo');
    await Promise.resolve();
    await Promise.resolve();
    expect(i18n.t('undo')).toBe('Urungkan');
    expect(i18n.t('fixAll')).toBe('Fix all tone issues');
  });
});
