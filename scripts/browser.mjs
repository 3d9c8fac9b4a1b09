// Shared by `npm start` and `npm run screenshots`: Debian's Chromium with the built extension,
// and local pages served under real mail origins so the manifest's match patterns decide where
// Sopan runs (the same launch as tests/e2e/harness.ts).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Playwright options for Debian's Chromium with the built extension in `dist` loaded, quiet (no
 * background networking, sync or component updates, so the privacy test sees only page traffic)
 * and speaking `lang` (--lang sets the catalog browser.i18n serves). Used by the demo, the
 * screenshots, the e2e harness and the page benchmark.
 */
export function extensionLaunchOptions({ dist, lang = 'en', headless = true }) {
  return {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
    env: { ...process.env, LANGUAGE: lang },
    viewport: headless ? { width: 1400, height: 900 } : null,
  };
}

/** Parses `--name=value` and `--flag` arguments. */
export function parseArgs(argv) {
  const args = {};
  for (const arg of argv) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg}`);
    args[match[1]] = match[2] ?? true;
  }
  return args;
}

export async function launchWithExtension({ dist, lang = 'en', headless = true }) {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'sopan-browser-'));
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions({ dist, lang, headless }));
  const pages = new Map();
  // Only http(s): a catch-all route would also catch the extension's own chrome-extension:// loads.
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = pages.get(url.origin + url.pathname);
    if (file && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  return {
    context,
    /** Serves `file` at `url` (its origin and path) from now on. */
    serve(url, file) {
      const parsed = new URL(url);
      pages.set(parsed.origin + parsed.pathname, file);
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until Sopan's panel beside the first compose has analyzed the draft. */
export async function waitForPanel(page, timeout = 20_000) {
  const panel = page.locator('[data-sopan-panel][data-sopan-state="ready"]').first();
  await panel.waitFor({ state: 'attached', timeout });
  // Let the panel finish its first paint (it renders on an animation frame).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return panel;
}
