import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogI18n } from '../../src/i18n/catalog';
import { mountPanel } from '../../src/panel/mount';
import { TOGGLE_EVENT } from '../../src/panel/contract';
import { fakeActions, hedge, model, report, settle, TEXT } from './helpers';

function setup(i18nLang: 'en' | 'id' = 'en') {
  const host = document.createElement('div');
  host.setAttribute('data-sopan-panel', '');
  document.body.append(host);
  const actions = fakeActions();
  const panel = mountPanel(host, { i18n: catalogI18n(i18nLang), actions });
  const shadow = host.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(sel: string) => shadow.querySelector<T & HTMLElement>(sel);
  const $$ = (sel: string) => [...shadow.querySelectorAll<HTMLElement>(sel)];
  return { host, actions, panel, shadow, $, $$ };
}

afterEach(() => document.body.replaceChildren());

describe('mountPanel', () => {
  it('attaches an open shadow root with reset styles', () => {
    const { host, shadow } = setup();
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelector('style')!.textContent).toContain(':host { all: initial');
  });

  it('renders each core principle status with its hook', async () => {
    const { panel, $$ } = setup();
    panel.update(model());
    await settle();
    const chips = Object.fromEntries($$('[data-sopan-principle]').map((el) => [el.dataset.sopanPrinciple, el.dataset.status]));
    expect(chips).toEqual({ clarity: 'pass', politeness: 'pass', alternative: 'fail', 'over-apology': 'warn', firmness: 'warn' });
  });

  it('renders each finding with rule and principle hooks, and fix buttons', async () => {
    const { panel, $$ } = setup();
    panel.update(model());
    await settle();
    expect($$('[data-sopan-finding]').map((el) => [el.dataset.sopanFinding, el.dataset.principle])).toEqual([
      ['over-apology/repeated', 'over-apology'],
      ['firmness/hedge', 'firmness'],
    ]);
    expect($$('[data-sopan-fix]').map((b) => b.textContent)).toEqual(['Keep one apology', 'Remove “maybe”']);
    expect($$('[data-sopan-fix-all]')).toHaveLength(1);
  });

  it('stops keyboard events at the shadow boundary but still delivers them inside', async () => {
    const { panel, $ } = setup();
    panel.update(model());
    await settle();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    document.addEventListener('keypress', outside);
    document.addEventListener('keyup', outside);
    const inside = vi.fn();
    const button = $('[data-sopan-fix]')!;
    button.addEventListener('keydown', inside);
    for (const type of ['keydown', 'keypress', 'keyup']) button.dispatchEvent(new KeyboardEvent(type, { key: 'c', bubbles: true, composed: true }));
    expect(inside).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
    // A click is not a keyboard event: it still reaches the page (Sopan does not swallow everything).
    const clicks = vi.fn();
    document.addEventListener('click', clicks);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicks).toHaveBeenCalledTimes(1);
    for (const type of ['keydown', 'keypress', 'keyup']) document.removeEventListener(type, outside);
    document.removeEventListener('click', clicks);
  });

  it('fix, ignore and turn-off call the actions with the finding', async () => {
    const { panel, $$, actions } = setup();
    panel.update(model());
    await settle();
    $$('[data-sopan-fix]')[1]!.click();
    expect(actions.applyFix).toHaveBeenCalledWith(hedge, hedge.fixes[0]);
    $$('[data-sopan-ignore]')[1]!.click();
    expect(actions.ignore).toHaveBeenCalledWith(hedge);
    $$('[data-sopan-disable-rule]')[1]!.click();
    expect(actions.disableRule).toHaveBeenCalledWith('firmness/hedge');
  });

  it('hides findings the user ignored in this draft', async () => {
    const { panel, $$ } = setup();
    panel.update(model({ ignored: new Set(['firmness/hedge@maybe ']) }));
    await settle();
    expect($$('[data-sopan-finding]').map((el) => el.dataset.sopanFinding)).toEqual(['over-apology/repeated']);
  });

  it('previews a fix on focus and on hover, and highlights the finding', async () => {
    const { panel, $, actions } = setup();
    panel.update(model());
    await settle();
    const fix = $('[data-sopan-finding="firmness/hedge"] [data-sopan-fix]')!;
    fix.dispatchEvent(new FocusEvent('focus'));
    fix.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    const preview = $('[data-sopan-fix-preview]')!;
    expect(preview.querySelector('del')!.textContent!.trim()).toBe('maybe');
    expect(preview.textContent).toContain('cannot');
    expect(fix.getAttribute('aria-describedby')).toBe(preview.id);
    expect(actions.highlight).toHaveBeenCalledWith(hedge);
    fix.dispatchEvent(new FocusEvent('blur'));
    await settle();
    expect($('[data-sopan-fix-preview]')).toBeNull();
    fix.dispatchEvent(new MouseEvent('mouseenter'));
    await settle();
    expect($('[data-sopan-fix-preview]')).not.toBeNull();
  });

  it('fix-all shows the word diff before applying, then applies on Apply', async () => {
    const { panel, $, actions } = setup();
    panel.update(model());
    await settle();
    $('[data-sopan-fix-all]')!.click();
    await settle();
    expect(actions.previewFixAll).toHaveBeenCalled();
    expect(actions.applyFixAll).not.toHaveBeenCalled();
    const preview = $('[data-sopan-fix-all-preview]')!;
    expect([...preview.querySelectorAll('del')].map((d) => d.textContent!.trim())).toEqual(['sorry sorry', 'maybe', 'Thanks']);
    expect([...preview.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['Thank you']);
    $('[data-sopan-fix-all-apply]')!.click();
    await settle();
    expect(actions.applyFixAll).toHaveBeenCalledTimes(1);
    expect($('[data-sopan-fix-all-preview]')).toBeNull();
  });

  it('cancel closes the fix-all preview without applying', async () => {
    const { panel, $, actions } = setup();
    panel.update(model());
    await settle();
    $('[data-sopan-fix-all]')!.click();
    await settle();
    $('[data-sopan-fix-all-cancel]')!.click();
    await settle();
    expect($('[data-sopan-fix-all-preview]')).toBeNull();
    expect(actions.applyFixAll).not.toHaveBeenCalled();
  });

  it('offers Undo only when the model allows it', async () => {
    const { panel, $, actions } = setup();
    panel.update(model());
    await settle();
    expect($('[data-sopan-undo]')).toBeNull();
    panel.update(model({ canUndo: true }));
    await settle();
    $('[data-sopan-undo]')!.click();
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  it('destroy() empties the shadow root and stops listening', async () => {
    const { panel, shadow, host } = setup();
    panel.update(model());
    await settle();
    panel.destroy();
    expect(shadow.childNodes).toHaveLength(0);
    host.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
    expect(shadow.childNodes).toHaveLength(0);
  });

  it('renders draft text only as text, never as markup', async () => {
    const { panel, shadow } = setup();
    const evil = '<img src=x onerror=alert(1)>';
    panel.update(model({ text: evil + TEXT, report: report({ findings: [{ ...hedge, message: evil, actual: evil, fixes: [{ label: evil, edits: [] }] }] }) }));
    await settle();
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.textContent).toContain(evil);
  });
});
