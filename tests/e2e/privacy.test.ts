// Sopan never talks to the network. Every request the browser makes while the extension works on
// each fixture — from the page, the content script (its requests carry the page's frame), the
// options page or the service worker — must be one of the fixture navigations the test made or
// a load of the extension's own files.
import type { Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST, fixtureDrafts, launch, openFixture, type Browser } from './harness';

type Seen = { url: string; type: string; from: string };

let browser: Browser;
let seen: Seen[] = [];
/** Every request since launch (`seen` restarts with each test). */
const everything: Seen[] = [];
const navigations = new Set<string>();

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `frame ${request.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

/** Requests that are neither a navigation the test made nor the extension loading its own files. */
function unexpected(): Seen[] {
  const own = `chrome-extension://${browser.extensionId}/`;
  return seen.filter(
    (r) => !(r.type === 'document' && navigations.has(r.url)) && !r.url.startsWith(own) && !/^(data|blob):/.test(r.url),
  );
}

beforeAll(async () => {
  browser = await launch();
  browser.context.on('request', (request) => {
    const entry = { url: request.url(), type: request.resourceType(), from: origin(request) };
    seen.push(entry);
    everything.push(entry);
  });
});
afterAll(async () => {
  await browser?.close();
});

test('the recorder sees a request made from a mail page (so this file can fail)', async () => {
  seen = [];
  navigations.clear();
  const page = await openFixture(browser, 'gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox');
  await page.evaluate(() => fetch('https://example.org/sopan-probe').catch(() => undefined));
  await expect.poll(() => unexpected().map((r) => r.url)).toContain('https://example.org/sopan-probe');
  await page.close();
});

test("the extension's CSP refuses any connection from the service worker", async () => {
  const outcome = await browser.worker.evaluate(() =>
    fetch('https://example.org/sopan-probe').then(
      () => 'connected',
      (error: unknown) => `refused: ${String(error)}`,
    ),
  );
  expect(outcome).toMatch(/^refused/);
});

const fixtures = Object.entries(fixtureDrafts().fixtures);

test.each(fixtures)('no request leaves the browser while Sopan works on %s', async (file, fixture) => {
  seen = [];
  navigations.clear();
  navigations.add(fixture.serveAt.replace(/#.*$/, ''));
  const page = await openFixture(browser, file, fixture.serveAt);
  const panels = page.locator('[data-sopan-panel][data-sopan-state="ready"]');
  await panels.first().waitFor({ state: 'attached', timeout: 15_000 });
  // Work the draft: type at its start (the end may be a signature or quote Sopan skips) so the
  // content script reads and re-analyzes it.
  const body = page.locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Privacy check. ');
  await expect.poll(() => panels.first().getAttribute('data-sopan-text'), { timeout: 10_000 }).toContain('Privacy check.');
  // Apply a fix where the panel offers one, so editing the draft is covered too.
  const fix = panels.first().locator('[data-sopan-fix]').first();
  if (await fix.count()) {
    const before = await panels.first().getAttribute('data-sopan-text');
    await fix.click();
    await expect.poll(() => panels.first().getAttribute('data-sopan-text'), { timeout: 10_000 }).not.toBe(before);
  }
  await page.waitForTimeout(300);
  await page.close();
  expect(unexpected()).toEqual([]);
  expect(seen.some((r) => r.type === 'document' && navigations.has(r.url))).toBe(true);
});

test('the options page makes no request beyond its own files', async () => {
  seen = [];
  navigations.clear();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  // The options page rendered (its script ran) before its requests are judged.
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, null, { timeout: 10_000 });
  await page.waitForTimeout(500);
  await page.close();
  expect(unexpected()).toEqual([]);
});

test("the service worker made no request while the extension worked", async () => {
  // Every request attributed to the worker since launch (a refused probe never reaches the network).
  const fromWorker = everything.filter((r) => r.from.startsWith('service worker'));
  expect(fromWorker.filter((r) => !r.url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
});

test('a mail page cannot load any of the extension files to detect it', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox');
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const files = ['manifest.json', ...manifest.content_scripts.flatMap((s) => s.js), 'icons/icon-16.png'];
  const loaded = await page.evaluate(
    async ({ id, files }) =>
      Promise.all(
        files.map(async (file) => {
          try {
            await fetch(`chrome-extension://${id}/${file}`);
            return `${file}: loaded`;
          } catch {
            return `${file}: refused`;
          }
        }),
      ),
    { id: browser.extensionId, files },
  );
  expect(loaded).toEqual(files.map((file) => `${file}: refused`));
  await page.close();
});
