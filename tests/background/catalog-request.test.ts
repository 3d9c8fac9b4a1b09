// The worker's side of the forced-UI-language path: it answers a well-formed catalog request with
// the catalog stripped of translator notes, and ignores anything else (other listeners' messages).
import { describe, expect, it } from 'vitest';
import { answerCatalogRequest, catalogRequest, catalogs, isCatalog } from '../../src/i18n';
import { TOGGLE_MESSAGE } from '../../src/panel/toggle';

describe('answerCatalogRequest', () => {
  it('sends every message of the asked language, without descriptions or examples', () => {
    const answer = answerCatalogRequest(catalogRequest('id'), catalogs);
    expect(answer).toBeDefined();
    expect(Object.keys(answer!).sort()).toEqual(Object.keys(catalogs.id).sort());
    expect(answer!.fixAll).toEqual({ message: catalogs.id.fixAll!.message });
    const withPlaceholders = Object.entries(answer!).find(([, e]) => e.placeholders);
    expect(withPlaceholders).toBeDefined();
    for (const [, entry] of Object.entries(answer!)) {
      expect(entry.description).toBeUndefined();
      for (const p of Object.values(entry.placeholders ?? {})) expect(Object.keys(p)).toEqual(['content']);
    }
    expect(isCatalog(answer)).toBe(true);
    // Smaller than the file it comes from: what a page receives carries no translator notes.
    expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(catalogs.id).length);
  });

  it('answers nothing to other messages or an unknown language', () => {
    expect(answerCatalogRequest({ type: TOGGLE_MESSAGE }, catalogs)).toBeUndefined();
    expect(answerCatalogRequest({ type: catalogRequest('en').type, lang: 'fr' }, catalogs)).toBeUndefined();
    expect(answerCatalogRequest(null, catalogs)).toBeUndefined();
    expect(answerCatalogRequest('sopan/ui-catalog', catalogs)).toBeUndefined();
  });
});

describe('isCatalog', () => {
  it('accepts only an object of { message: string } entries (what the page trusts)', () => {
    expect(isCatalog({ a: { message: 'x' } })).toBe(true);
    expect(isCatalog(undefined)).toBe(false);
    expect(isCatalog([])).toBe(false);
    expect(isCatalog({ a: { message: 1 } })).toBe(false);
    expect(isCatalog({ a: null })).toBe(false);
  });
});
