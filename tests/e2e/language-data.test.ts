// The content script bundles English engine data only; Indonesian's phrase book and messages come
// from the service worker when first needed (src/language-data/). In Chromium with the built
// extension: an Indonesian draft typed in an English browser is checked as Indonesian, with the
// findings the engine gives in Node, after "checking" and never with a blank reason.
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
