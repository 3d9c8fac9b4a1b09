import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogI18n } from '../../src/i18n/catalog';
import { Options } from '../../src/options/Options';
import { exportSettings } from '../../src/options/Backup';
import { createSettingsStore, memoryStorageArea, parseSettingsJson } from '../../src/settings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const RULES = [
  { id: 'politeness/shouting', principle: 'politeness', severity: 'warning' },
  { id: 'firmness/hedge', principle: 'firmness', severity: 'warning' },
] as const;

async function setup(lang: 'en' | 'id' = 'en', stored: Record<string, unknown> = {}) {
  const area = memoryStorageArea(stored);
  const store = createSettingsStore(area);
  await store.ready;
  const container = document.createElement('div');
  document.body.append(container);
  render(<Options store={store} i18n={catalogI18n(lang)} rules={RULES} />, container);
  await settle();
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => container.querySelector<T>(sel)!;
  const $$ = (sel: string) => [...container.querySelectorAll<HTMLElement>(sel)];
  return { area, store, container, $, $$ };
}

function change(el: HTMLElement, value: string | boolean) {
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event(typeof value === 'boolean' ? 'change' : 'input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => document.body.replaceChildren());

describe('options page', () => {
  it('turns a check off and changes a severity, saved to storage', async () => {
    const { $, area, store } = await setup();
    change($('[data-sopan-rule="firmness/hedge"] [data-sopan-rule-enabled]'), false);
    change($('[data-sopan-rule="politeness/shouting"] [data-sopan-rule-severity]'), 'error');
    await settle();
    expect(store.current().rules).toEqual({ 'firmness/hedge': { enabled: false }, 'politeness/shouting': { severity: 'error' } });
    expect(area.data.rules).toEqual(store.current().rules);
  });

  it('a change reaches a panel store sharing the storage at once', async () => {
    const { $, area } = await setup();
    const panelStore = createSettingsStore(area);
    await panelStore.ready;
    change($('[data-sopan-option="uiLang"]'), 'id');
    await settle();
    expect(panelStore.current().uiLang).toBe('id');
  });

  it('saves phrases one per line, normalized', async () => {
    const { $, store } = await setup();
    change($('[data-sopan-option="flagPhrases"]'), 'Terserah Anda\n\n  GAK MAU  ');
    await settle();
    expect(store.current().flagPhrases).toEqual(['terserah anda', 'gak mau']);
  });

  it('adds a house rule with its kind and both languages; an empty new entry is not saved', async () => {
    const { $, store, container } = await setup();
    $('[data-sopan-add="houseRules"]').click();
    await settle();
    expect(store.current().houseRules).toEqual([]);
    const item = container.querySelector<HTMLElement>('[data-sopan-list="houseRules"] [data-sopan-item="0"]')!;
    change(item.querySelector('[data-sopan-text="id"]')!, 'Revisi maksimal 3 kali.');
    await settle();
    expect(store.current().houseRules).toEqual([{ kind: 'working-hours', id: 'Revisi maksimal 3 kali.' }]);
    change(container.querySelector('[data-sopan-list="houseRules"] [data-sopan-kind]')!, 'revisions');
    change(container.querySelector('[data-sopan-list="houseRules"] [data-sopan-text="en"]')!, 'At most 3 revisions.');
    await settle();
    expect(store.current().houseRules).toEqual([{ kind: 'revisions', id: 'Revisi maksimal 3 kali.', en: 'At most 3 revisions.' }]);
    $('[data-sopan-list="houseRules"] [data-sopan-remove]').click();
    await settle();
    expect(store.current().houseRules).toEqual([]);
  });

  it('imports a valid file', async () => {
    const { $, store } = await setup();
    change($('[data-sopan-import-text]'), JSON.stringify({ uiLang: 'id', referrals: [{ id: 'Coba hubungi Sari Catering.' }] }));
    await settle();
    $('[data-sopan-import]').click();
    await settle();
    expect($('[data-sopan-import-result]').dataset.sopanImportResult).toBe('ok');
    expect(store.current().uiLang).toBe('id');
    expect(store.current().referrals).toEqual([{ id: 'Coba hubungi Sari Catering.' }]);
  });

  it('refuses a bad file, saves nothing and says what is wrong in the UI language', async () => {
    const { $, store, area } = await setup('id', { flagPhrases: ['kasar'] });
    change($('[data-sopan-import-text]'), JSON.stringify({ uiLang: 'fr', flagPhrases: [] }));
    await settle();
    $('[data-sopan-import]').click();
    await settle();
    const result = $('[data-sopan-import-result]');
    expect(result.dataset.sopanImportResult).toBe('error');
    expect(result.textContent).toContain('Tidak ada yang diimpor');
    expect(result.textContent).toContain('uiLang harus "auto", "en", atau "id".');
    expect(store.current().flagPhrases).toEqual(['kasar']);
    expect(area.data.flagPhrases).toEqual(['kasar']);
  });

  it('exports JSON that imports back to the same settings', async () => {
    const { store } = await setup('en', { uiLang: 'id', alternatives: [{ en: 'We can deliver next week.' }] });
    expect(parseSettingsJson(exportSettings(store.current()))).toEqual({ ok: true, settings: store.current() });
  });

  it('names each check in the UI language, falling back to its id for a rule without a name', async () => {
    const { container } = await setup('id');
    expect(container.querySelector('[data-sopan-rule="firmness/hedge"] .rule-name')!.textContent).toContain('Keputusan yang ragu');
    render(<Options store={createSettingsStore(memoryStorageArea())} i18n={catalogI18n('en')} rules={[{ id: 'clarity/brand-new', principle: 'clarity', severity: 'warning' }]} />, container);
    await settle();
    expect(container.querySelector('[data-sopan-rule="clarity/brand-new"] .rule-name')!.textContent).toBe('clarity/brand-new');
  });

  it('speaks Indonesian', async () => {
    const { container } = await setup('id');
    expect(container.querySelector('h1')!.textContent).toBe('Pengaturan Sopan');
    expect(container.textContent).toContain('Aturan usaha');
  });
});
