// The content script bundles no engine message catalog and no Indonesian phrase book
// (src/language-data/): the browser's language's messages come from its built locale, the rest
// from the service worker. In Chromium with the built extension: an Indonesian draft typed in an
// English browser is checked as Indonesian, with the findings the engine gives in Node; the
// reasons are the engine's English ones, and its Indonesian ones once Indonesian is forced.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine';
import { fixtureDrafts, launch, openFixture, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const panel = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;
const act = (page: Page, script: string) => page.evaluate(`(() => { const F = window.__fixture; return ${script}; })()`);
const GMAIL = ['gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox'] as const;
const reasons = (page: Page) => page.locator(`${panel('c1')} [data-sopan-finding]`).allTextContents();
/** Some finding is shown, and each shows one of `findings`' messages. */
const showsOnly = async (page: Page, findings: { message: string }[]) => {
  const shown = await reasons(page);
  return shown.length > 0 && shown.every((r) => findings.some((f) => f.message.trim() !== '' && r.includes(f.message)));
};

const DRAFT = 'Mohon maaf kak, kami tidak bisa memberikan refund untuk pesanan ini karena kakak salah pilih ukuran. SEGERA kirim alamatnya!!!';

test('an Indonesian draft in an English browser is checked as Indonesian once its phrase book arrives', async () => {
  const page = await openFixture(browser, 'outlook-compose.html', fixtureDrafts().fixtures['outlook-compose.html']!.serveAt);
  await page.waitForSelector(`${panel('c1')}:not([data-sopan-state="checking"])`, { state: 'attached', timeout: 3_000 });
  await act(page, 'F.openCompose()');
  await page.waitForSelector(`${panel('c2')}[data-sopan-state="empty"]`, { state: 'attached', timeout: 3_000 });
  await page.locator('[data-fixture-compose-id="c2"] [contenteditable="true"]').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(DRAFT);
  await page.waitForSelector(`${panel('c2')}[data-sopan-state="ready"]`, { state: 'attached', timeout: 5_000 });
  expect(await page.getAttribute(panel('c2'), 'data-sopan-text')).toBe(DRAFT);
  expect(await page.locator(`${panel('c2')} [data-sopan-lang]`).getAttribute('data-sopan-lang')).toBe('id');
  const expected = analyze({ body: DRAFT }, { uiLang: 'en' }).findings;
  expect(expected.length).toBeGreaterThan(1);
  const shown = await page.locator(`${panel('c2')} [data-sopan-finding]`).evaluateAll((els) => els.map((el) => [el.getAttribute('data-sopan-finding'), el.textContent ?? '']));
  expect(shown.map(([rule]) => rule).sort()).toEqual(expected.map((f) => f.rule).sort());
  for (const [rule, text] of shown) expect(expected.some((f) => f.rule === rule && f.message.trim() !== '' && text!.includes(f.message)), `${rule}: ${text}`).toBe(true);
  await page.close();
});

test("the reasons are the engine's English ones from the locale, and its Indonesian ones from the worker when Indonesian is forced", async () => {
  const page = await openFixture(browser, ...GMAIL);
  await page.waitForSelector(`${panel('c1')}[data-sopan-state="ready"]`, { state: 'attached', timeout: 5_000 });
  const english = await reasons(page);
  const text = (await page.getAttribute(panel('c1'), 'data-sopan-text')) ?? '';
  const inEnglish = analyze({ body: text }, { uiLang: 'en' }).findings;
  const inIndonesian = analyze({ body: text }, { uiLang: 'id' }).findings;
  expect(english.length).toBeGreaterThan(0);
  expect(await showsOnly(page, inEnglish)).toBe(true);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.locator('[data-sopan-option="uiLang"]').selectOption('id');
  await expect.poll(() => showsOnly(page, inIndonesian), { timeout: 3_000 }).toBe(true);
  await options.locator('[data-sopan-option="uiLang"]').selectOption('auto');
  await expect.poll(() => showsOnly(page, inEnglish), { timeout: 3_000 }).toBe(true);
  await options.close();
  await page.close();
});
