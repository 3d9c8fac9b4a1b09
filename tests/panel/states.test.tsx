import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogI18n } from '../../src/i18n/catalog';
import { mountPanel } from '../../src/panel/mount';
import type { PanelSettings } from '../../src/panel/contract';
import { TOGGLE_EVENT } from '../../src/panel/contract';
import { createSettingsStore, memoryStorageArea } from '../../src/settings';
import { fakeActions, model, report, settle } from './helpers';

function setup(lang: 'en' | 'id' = 'en', settings?: PanelSettings) {
  const host = document.createElement('div');
  document.body.append(host);
  const actions = fakeActions();
  const panel = mountPanel(host, { i18n: catalogI18n(lang), actions, settings });
  const shadow = host.shadowRoot!;
  const $ = (sel: string) => shadow.querySelector<HTMLElement>(sel);
  const $$ = (sel: string) => [...shadow.querySelectorAll<HTMLElement>(sel)];
  return { host, actions, panel, shadow, $, $$ };
}

const allPass = { clarity: 'pass', politeness: 'pass', alternative: 'pass', 'over-apology': 'pass', firmness: 'pass' } as const;

afterEach(() => document.body.replaceChildren());

describe('panel states', () => {
  it.each([
    ['checking', model({ state: 'checking', report: null }), 'Checking…'],
    ['unreadable', model({ state: 'unreadable', report: null }), 'Sopan cannot read this window'],
    ['unavailable', model({ state: 'unavailable', report: null }), 'Reload the page to try again'],
    ['empty', model({ state: 'empty', report: null, text: '' }), 'Start writing'],
  ] as const)('%s', async (state, m, text) => {
    const { panel, $ } = setup();
    panel.update(m);
    await settle();
    expect($(`[data-sopan-state-message="${state}"]`)!.textContent).toContain(text);
    expect($('[data-sopan-finding]')).toBeNull();
  });

  it.each([
    ['en', 'Reload the page to try again. Your email is not affected.'],
    ['id', 'Muat ulang halaman untuk mencoba lagi. Email Anda tidak terpengaruh.'],
  ] as const)('data that cannot be loaded is an alert that says what to do (%s)', async (lang, text) => {
    const { panel, $ } = setup(lang);
    panel.update(model({ state: 'unavailable', report: null }));
    await settle();
    const message = $('[data-sopan-state-message="unavailable"]')!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toContain(text);
  });

  it('all good says what is good', async () => {
    const { panel, $, $$ } = setup();
    panel.update(model({ report: report({ principles: allPass, findings: [] }) }));
    await settle();
    const good = $('[data-sopan-state-message="all-good"]')!;
    expect(good.textContent).toContain('All good');
    expect(good.querySelectorAll('li')).toHaveLength(5);
    expect(good.textContent).toContain('you offer a way forward');
    expect($$('[data-sopan-fix-all]')).toHaveLength(0);
    expect($('[data-sopan-score]')!.dataset.sopanScore).toBe('100');
  });

  it('says when a very long draft was checked in parts', async () => {
    const { panel, $ } = setup();
    panel.update(model({ partial: true }));
    await settle();
    expect($('[data-sopan-state-message="partial"]')!.textContent).toContain('checked in parts');
  });

  it('scores warn as half and fail as nothing', async () => {
    const { panel, $ } = setup();
    panel.update(model());
    await settle();
    // pass, pass, fail, warn, warn = 3 of 5
    expect($('[data-sopan-score]')!.dataset.sopanScore).toBe('60');
  });
});

describe('panel in Indonesian', () => {
  it('speaks Indonesian throughout the UI', async () => {
    const { panel, $, shadow } = setup('id');
    panel.update(model());
    await settle();
    expect($('[data-sopan-fix-all]')!.textContent).toBe('Perbaiki semua masalah nada');
    expect($('[data-sopan-principle="firmness"]')!.textContent).toContain('Ketegasan');
    expect($('[data-sopan-ignore]')!.textContent).toBe('Abaikan di sini');
    expect($('[data-sopan-score]')!.getAttribute('aria-label')).toBe('Skor keseluruhan: 60 dari 100');
    expect(shadow.textContent).not.toMatch(/Fix all|Ignore here|Turn this check off/);
  });
});

describe('overrides in one click', () => {
  it('switches the draft language', async () => {
    const { panel, $, actions } = setup();
    panel.update(model());
    await settle();
    $('[data-sopan-lang]')!.click();
    expect(actions.setOverrides).toHaveBeenCalledWith({ lang: 'id' });
  });

  it('changes the scenario from the menu', async () => {
    const { panel, $, actions } = setup();
    panel.update(model({ overrides: { lang: 'en' } }));
    await settle();
    const select = $('[data-sopan-scenario]') as HTMLSelectElement;
    expect(select.value).toBe('refusal');
    select.value = 'termination';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.setOverrides).toHaveBeenCalledWith({ lang: 'en', scenario: 'termination', inRight: undefined });
  });

  it('the in-right toggle flips a complaint between our mistake and the agreement', async () => {
    const { panel, $, actions } = setup();
    panel.update(model({ report: report({ scenario: 'complaint-right', inRight: true }) }));
    await settle();
    expect($('[data-sopan-in-right="true"]')!.getAttribute('aria-pressed')).toBe('true');
    $('[data-sopan-in-right="false"]')!.click();
    expect(actions.setOverrides).toHaveBeenCalledWith({ inRight: false, scenario: 'complaint-wrong' });
  });
});

describe('inserts', () => {
  const saved = (over = {}): PanelSettings => ({
    current: () => ({ alternatives: [{ en: 'We can deliver a smaller cake.', id: 'Kami bisa membuat kue yang lebih kecil.' }], referrals: [{ en: 'Try Sari Bakery.' }], houseRules: [{ id: 'DP 50% di awal.' }], ...over }),
    onChange: () => undefined,
  });

  it('offers greeting, thanks, each saved alternative and referral, house rules and closing', async () => {
    const { panel, $$, actions } = setup('en', saved());
    panel.update(model({ report: report({ lang: 'id' }) }));
    await settle();
    const offers = $$('[data-sopan-insert]');
    expect(offers.map((b) => [b.dataset.sopanInsert, b.dataset.index ?? null])).toEqual([
      ['greeting', null],
      ['thanks', null],
      ['alternative', '0'],
      ['alternative', '1'],
      ['house-rule', '0'],
      ['closing', null],
    ]);
    // Saved text shows in the draft's language, falling back to the other.
    expect(offers[2]!.textContent).toContain('Kami bisa membuat kue yang lebih kecil.');
    expect(offers[3]!.textContent).toContain('Try Sari Bakery.');
    offers[3]!.click();
    expect(actions.insert).toHaveBeenCalledWith('alternative', 1);
  });

  it('offers no referral to another business when ending the service, only own alternatives', async () => {
    const { panel, $$ } = setup('en', saved());
    panel.update(model({ report: report({ scenario: 'termination' }) }));
    await settle();
    const offers = $$('[data-sopan-insert="alternative"]');
    expect(offers.map((b) => b.dataset.index)).toEqual(['0']);
    expect(offers[0]!.textContent).toContain('We can deliver a smaller cake.');
    expect($$('[data-sopan-insert="closing"]')).toHaveLength(1);
  });

  it('offers the built-in alternative when none is saved', async () => {
    const { panel, $$ } = setup();
    panel.update(model());
    await settle();
    const alt = $$('[data-sopan-insert="alternative"]');
    expect(alt).toHaveLength(1);
    expect(alt[0]!.dataset.index).toBeUndefined();
  });
});

describe('collapse', () => {
  it('folds from the header button and from the keyboard command, and remembers it', async () => {
    const area = memoryStorageArea();
    const store = createSettingsStore(area);
    await store.ready;
    const { panel, $, host } = setup('en', store);
    panel.update(model());
    await settle();
    const fold = $('[data-sopan-collapse]')!;
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.click();
    await settle();
    expect($('#sopan-body')!.hidden).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(store.current().panelCollapsed).toBe(true);
    // Chips stay visible when folded: the status is still one glance away.
    expect($('[data-sopan-principle="clarity"]')).not.toBeNull();

    host.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
    await settle();
    expect($('#sopan-body')!.hidden).toBe(false);
    expect(host.shadowRoot!.activeElement).toBe(fold);

    // A new panel (another compose) starts as the user left the last one.
    host.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
    await settle();
    const other = setup('en', store);
    other.panel.update(model());
    await settle();
    expect(other.$('#sopan-body')!.hidden).toBe(true);
  });
});

describe('dark mode', () => {
  it('follows a dark page background', async () => {
    const page = document.createElement('div');
    page.style.backgroundColor = 'rgb(32, 33, 36)';
    document.body.append(page);
    const host = document.createElement('div');
    page.append(host);
    const panel = mountPanel(host, { i18n: catalogI18n('en'), actions: fakeActions() });
    panel.update(model());
    await settle();
    expect(host.shadowRoot!.querySelector('.root')!.classList.contains('dark')).toBe(true);
  });

  it('falls back to prefers-color-scheme on a transparent page', async () => {
    const spy = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('dark'), media: q }) as MediaQueryList);
    const { panel, shadow } = setup();
    panel.update(model());
    await settle();
    expect(shadow.querySelector('.root')!.classList.contains('dark')).toBe(true);
    spy.mockRestore();
  });
});

describe('accessibility', () => {
  it('labels every control for screen readers', async () => {
    const { panel, $$ } = setup('en', { current: () => ({}), onChange: () => undefined });
    panel.update(model());
    await settle();
    const controls = $$('button, select');
    expect(controls.length).toBeGreaterThan(8);
    for (const control of controls) {
      const name = control.getAttribute('aria-label') ?? control.closest('label')?.textContent ?? control.textContent;
      expect(name?.trim(), control.outerHTML).toBeTruthy();
    }
  });
});
