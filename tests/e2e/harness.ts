// Launches Debian's Chromium with the built extension and serves the shared fixture pages under
// the real mail origins, so the manifest's own match patterns decide where Sopan runs.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionLaunchOptions } from '../../scripts/browser.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.SOPAN_DIST ?? join(ROOT, 'dist');
export const SHARED_FIXTURES = resolve(ROOT, '../shared/fixtures');
export const OWN_FIXTURES = join(ROOT, 'tests/fixtures');

export type Browser = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every http(s) request the browser made, with the frame or worker that made it. */
  requests: { url: string; fromExtension: boolean }[];
  close(): Promise<void>;
};

export type LaunchOptions = { lang?: 'en' | 'id'; dist?: string };

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'sopan-e2e-'));
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions({ dist, lang: options.lang ?? 'en' }));
  const requests: Browser['requests'] = [];
  context.on('request', (req) => {
    const frameUrl = safeFrameUrl(req);
    requests.push({ url: req.url(), fromExtension: frameUrl.startsWith('chrome-extension://') });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  await routeFixtures(context);
  return {
    context,
    extensionId,
    worker,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(req: { frame(): { url(): string } }): string {
  try {
    return req.frame().url();
  } catch {
    return ''; // a service-worker request has no frame
  }
}

/** The fixture file served for a URL path on a mail origin: `?fixture=NAME` or the default per host. */
export type FixtureRoute = { url: string; file: string };
const served = new Map<string, string>();

async function routeFixtures(context: BrowserContext): Promise<void> {
  // Only http(s): a catch-all would also catch the extension's own chrome-extension:// loads.
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = served.get(url.origin + url.pathname);
    if (file && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}

/** Opens `fixture` (a shared fixture's file name, or a path) at `url` on its mail origin. */
export async function openFixture(browser: Browser, fixture: string, url: string): Promise<Page> {
  const file = existsSync(fixture) ? fixture : join(SHARED_FIXTURES, fixture);
  const parsed = new URL(url);
  served.set(parsed.origin + parsed.pathname, file);
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true, null, { timeout: 15_000 });
  return page;
}

export type FixtureDrafts = {
  textRules: Record<string, string>;
  fixtures: Record<string, { app: 'gmail' | 'outlook'; locale: string; serveAt: string; composes: FixtureCompose[] }>;
};
export type FixtureCompose = {
  id: string;
  kind: 'new' | 'reply';
  to: { name: string; email: string }[];
  subject: string;
  draft: string;
  mustNotAnalyze: string[];
  label: null | { lang: 'en' | 'id'; scenario: string; business_in_right: boolean | null; expect: Record<string, boolean>; must_keep: string[] };
};

export function fixtureDrafts(): FixtureDrafts {
  return JSON.parse(readFileSync(join(SHARED_FIXTURES, 'drafts.json'), 'utf8')) as FixtureDrafts;
}
