// The coach's UX in Chromium with the built extension (issue 5): the scenario override re-checks,
// an option changed in the options page reaches an open panel, the UI follows the options' UI
// language and the browser's (--lang=id), the keyboard command toggles the panel of the focused
// compose, and a keyboard-only user can open the panel, move through it, apply a fix and fold it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openFixture, type Browser } from './harness';
import { analyze } from '../../src/engine';

/** The part of the worker's `chrome` the command relay uses (evaluated inside the service worker). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> } };

const GMAIL = ['gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox'] as const;
const panel = '[data-fixture-compose-id="c1"] [data-sopan-panel]';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector(`${panel}[data-sopan-state="ready"]`, { state: 'attached', timeout: 5_000 });
  await page.locator(`${panel} [data-sopan-principle]`).first().waitFor();
}

const findingRules = (page: Page) => page.locator(`${panel} [data-sopan-finding]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-sopan-finding')));

async function openOptions(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.waitForSelector('[data-sopan-options]');
  return page;
}

describe('English browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('choosing another scenario re-checks the draft with it', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    expect(await page.locator(`${panel} [data-sopan-scenario]`).inputValue()).toBe('refusal');
    expect(await findingRules(page)).toContain('alternative/missing');
    await page.locator(`${panel} [data-sopan-scenario]`).selectOption('other');
    // Nothing is declined in an "other" email: no alternative is asked for (PRINCIPLES.md, Scenarios).
    await expect.poll(() => findingRules(page), { timeout: 2_000 }).not.toContain('alternative/missing');
    expect(await page.locator(`${panel} [data-sopan-scenario]`).inputValue()).toBe('other');
    await page.locator(`${panel} [data-sopan-scenario]`).selectOption('refusal');
    await expect.poll(() => findingRules(page), { timeout: 2_000 }).toContain('alternative/missing');
    await page.close();
  });

  test('a check turned off in the options page disappears from the open panel at once', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    expect(await findingRules(page)).toContain('alternative/missing');
    const options = await openOptions(browser);
    await options.locator('[data-sopan-rule="alternative/missing"] [data-sopan-rule-enabled]').uncheck();
    await expect.poll(() => findingRules(page), { timeout: 2_000 }).not.toContain('alternative/missing');
    // Back on: it returns, so the change was the option and not something else.
    await options.locator('[data-sopan-rule="alternative/missing"] [data-sopan-rule-enabled]').check();
    await expect.poll(() => findingRules(page), { timeout: 2_000 }).toContain('alternative/missing');
    await options.close();
    await page.close();
  });

  test('the UI language set in the options page switches an open panel to Indonesian', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    const fixAll = page.locator(`${panel} [data-sopan-fix-all]`);
    expect(await fixAll.textContent()).toBe('Fix all tone issues');
    const options = await openOptions(browser);
    await options.locator('[data-sopan-option="uiLang"]').selectOption('id');
    await expect.poll(() => fixAll.textContent(), { timeout: 2_000 }).toBe('Perbaiki semua masalah nada');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Pengaturan Sopan');
    await options.locator('[data-sopan-option="uiLang"]').selectOption('auto');
    await expect.poll(() => fixAll.textContent(), { timeout: 2_000 }).toBe('Fix all tone issues');
    await options.close();
    await page.close();
  });

  test('the keyboard command toggles the panel of the focused compose', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    await page.bringToFront();
    await page.locator('[data-fixture-compose-id="c1"] [contenteditable="true"]').first().focus();
    const expanded = () => page.locator(`${panel} [data-sopan-collapse]`).getAttribute('aria-expanded');
    expect(await expanded()).toBe('true');
    // What the service worker does on the command (commands cannot be pressed from a test).
    const relay = () =>
      browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'sopan:toggle-panel' });
      });
    await relay();
    await expect.poll(expanded).toBe('false');
    await relay();
    await expect.poll(expanded).toBe('true');
    await page.close();
  });

  test('in a docked compose the panel sticks under the draft: both in view, and text a finding points at is scrolled out from under it', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    const editor = page.locator('[data-fixture-compose-id="c1"] [contenteditable="true"]').first();
    // Blank lines at the top push the draft's text down, under where the panel sticks.
    await editor.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 14; i++) await page.keyboard.press('Enter');
    // The analyzed text (leading blank lines dropped) and so the findings stay the same.
    await expect.poll(() => editor.innerText()).toMatch(/^\n{14}/);
    await page.waitForSelector(`${panel}[data-sopan-state="ready"]`, { state: 'attached' });
    const layout = () =>
      page.locator(panel).evaluate((host) => {
        let area = host.parentElement!;
        while (!/auto|scroll/.test(getComputedStyle(area).overflowY)) area = area.parentElement!;
        const box = area.getBoundingClientRect();
        const hostBox = host.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, height: area.clientHeight, scrollTop: area.scrollTop, hostTop: hostBox.top, hostBottom: hostBox.bottom };
      });
    await page.evaluate(() => document.querySelector('[data-fixture-compose-id="c1"] [contenteditable="true"]')!.scrollIntoView({ block: 'start' }));
    const start = await layout();
    // The panel is within the area, at its bottom, and leaves at least 40% of it to the draft.
    expect(start.hostBottom).toBeLessThanOrEqual(start.bottom + 1);
    expect(start.hostTop - start.top).toBeGreaterThanOrEqual(0.4 * start.height);
    // Every finding's text, when highlighted, is above the panel: no box is drawn over it.
    const findings = page.locator(`${panel} [data-sopan-finding]`);
    expect(await findings.count()).toBeGreaterThan(0);
    let scrolled = false;
    for (let i = 0; i < (await findings.count()); i++) {
      const before = (await layout()).scrollTop;
      await findings.nth(i).locator('button').first().focus();
      await page.waitForSelector('[data-sopan-highlight] div', { state: 'attached', timeout: 2_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const now = await layout();
      scrolled ||= now.scrollTop > before;
      const boxes = await page.$$eval('[data-sopan-highlight] div', (els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(now.hostTop + 1);
    }
    expect(scrolled).toBe(true);
    await page.close();
  });

  test('keyboard only: reach the panel, move through it, apply a fix, fold it; no key reaches the page', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    await page.evaluate(() => {
      const w = window as unknown as { __keysAtDocument: number };
      w.__keysAtDocument = 0;
      document.addEventListener('keydown', (e) => {
        if (e.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-sopan-panel'))) w.__keysAtDocument++;
      });
    });
    const before = await page.getAttribute(panel, 'data-sopan-text');
    // Into the panel from the editor with Tab.
    await page.locator('[data-fixture-compose-id="c1"] [contenteditable="true"]').first().focus();
    const focusedInPanel = () => page.$eval(panel, (host) => host.shadowRoot!.activeElement?.getAttribute('data-sopan-fix') !== null && host.shadowRoot!.activeElement !== null);
    const inPanel = () => page.$eval(panel, (host) => host.shadowRoot!.activeElement !== null);
    for (let i = 0; i < 40 && !(await inPanel()); i++) await page.keyboard.press('Tab');
    expect(await inPanel()).toBe(true);
    // Move through the panel to the first fix button, and apply it with Enter.
    for (let i = 0; i < 40 && !(await focusedInPanel()); i++) await page.keyboard.press('Tab');
    expect(await focusedInPanel()).toBe(true);
    // The focused fix shows its preview (focus, not only hover).
    expect(await page.locator(`${panel} [data-sopan-fix-preview]`).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute(panel, 'data-sopan-text'), { timeout: 2_000 }).not.toBe(before);
    // Fold it from the keyboard: Shift+Tab back to the fold button.
    const foldFocused = () => page.$eval(panel, (host) => host.shadowRoot!.activeElement?.hasAttribute('data-sopan-collapse') ?? false);
    await page.locator(`${panel} [data-sopan-collapse]`).focus();
    expect(await foldFocused()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator(`${panel} [data-sopan-collapse]`).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Space');
    expect(await page.locator(`${panel} [data-sopan-collapse]`).getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { __keysAtDocument: number }).__keysAtDocument)).toBe(0);
    await page.close();
  });
});

describe('Indonesian browser (--lang=id)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ lang: 'id' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the panel and the options page speak Indonesian', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    expect(await page.locator(`${panel} [data-sopan-fix-all]`).textContent()).toBe('Perbaiki semua masalah nada');
    expect(await page.locator(`${panel} [data-sopan-principle="clarity"]`).textContent()).toContain('Kejelasan');
    // The findings' reasons and fix labels too, on this English draft: the UI language, not the draft's.
    const text = (await page.getAttribute(panel, 'data-sopan-text')) ?? '';
    const inIndonesian = analyze({ body: text }, { uiLang: 'id' }).findings;
    const inEnglish = analyze({ body: text }, { uiLang: 'en' }).findings;
    const shown = await page.locator(`${panel} [data-sopan-finding]`).allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const finding of shown) {
      expect(inIndonesian.some((f) => finding.includes(f.message))).toBe(true);
      expect(inEnglish.some((f) => finding.includes(f.message))).toBe(false);
    }
    const fixLabels = await page.locator(`${panel} [data-sopan-fix]`).allTextContents();
    expect(fixLabels.length).toBeGreaterThan(0);
    for (const label of fixLabels) expect(inIndonesian.some((f) => f.fixes.some((fix) => fix.label === label))).toBe(true);
    const options = await openOptions(browser);
    expect(await options.locator('h1').textContent()).toBe('Pengaturan Sopan');
    await options.close();
    await page.close();
  });

  test('English forced in the options page reaches an open panel (its catalog comes from the worker)', async () => {
    const page = await openFixture(browser, ...GMAIL);
    await ready(page);
    const fixAll = page.locator(`${panel} [data-sopan-fix-all]`);
    expect(await fixAll.textContent()).toBe('Perbaiki semua masalah nada');
    const options = await openOptions(browser);
    await options.locator('[data-sopan-option="uiLang"]').selectOption('en');
    await expect.poll(() => fixAll.textContent(), { timeout: 2_000 }).toBe('Fix all tone issues');
    await expect.poll(() => page.locator(`${panel} [data-sopan-principle="clarity"]`).textContent()).toContain('Clarity');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Sopan settings');
    await options.locator('[data-sopan-option="uiLang"]').selectOption('auto');
    await expect.poll(() => fixAll.textContent(), { timeout: 2_000 }).toBe('Perbaiki semua masalah nada');
    await options.close();
    await page.close();
  });
});
