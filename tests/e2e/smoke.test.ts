import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openFixture, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the content script runs on Gmail, served under its real origin', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await openFixture(browser, 'gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox');
  await page.waitForSelector('html[data-sopan-loaded]', { state: 'attached', timeout: 10_000 });
  expect(await page.getAttribute('html', 'data-sopan-loaded')).toBe('1');
});

test('the content script does not run outside the mail origins', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', 'https://example.com/mail/');
  await page.waitForTimeout(500);
  expect(await page.getAttribute('html', 'data-sopan-loaded')).toBeNull();
});
