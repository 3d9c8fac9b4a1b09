// `npm run screenshots`: the panel at work on the shared Gmail and Outlook fixtures, in English
// and Indonesian (--lang=id), from the real built extension, into docs/screenshots/ for the
// README. Each shot is the compose window with Sopan's panel, cropped from a tall viewport.
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT, launchWithExtension, parseArgs, waitForPanel } from './browser.mjs';

const FIXTURES = resolve(ROOT, '../shared/fixtures');

/** What the README shows: each app, each UI language; the Indonesian UI on Indonesian drafts where the fixtures have one. */
export const SHOTS = [
  { name: 'gmail-en', lang: 'en', fixture: 'gmail-compose.html', url: 'https://mail.google.com/mail/u/0/#inbox' },
  { name: 'gmail-id', lang: 'id', fixture: 'gmail-id.html', url: 'https://mail.google.com/mail/u/0/?hl=id#inbox' },
  { name: 'outlook-en', lang: 'en', fixture: 'outlook-reply.html', url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS0xMTQ0' },
  { name: 'outlook-id', lang: 'id', fixture: 'outlook-compose.html', url: 'https://outlook.live.com/mail/0/' },
];

const MARGIN = 12;

/** The box around the compose that holds `host` and the panel itself, in page coordinates. */
async function composeBox(page) {
  return page.evaluate((margin) => {
    const host = document.querySelector('[data-sopan-panel][data-sopan-state="ready"]');
    if (!host) throw new Error('no panel');
    // The compose: its dialog (Gmail), else the nearest ancestor that also holds the editor and
    // a field or toolbar (Outlook's reading pane).
    let compose = host.closest('[role="dialog"]') ?? host.parentElement;
    while (compose && compose.parentElement && !compose.querySelector('[contenteditable="true"]')) compose = compose.parentElement;
    while (compose && compose.parentElement && compose !== document.body && !compose.querySelector('input, [role="toolbar"], [role="button"]')) compose = compose.parentElement;
    const boxes = [host.getBoundingClientRect(), (compose ?? host).getBoundingClientRect()];
    const left = Math.max(0, Math.min(...boxes.map((b) => b.left)) - margin);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - margin);
    const right = Math.min(document.documentElement.scrollWidth, Math.max(...boxes.map((b) => b.right)) + margin);
    const bottom = Math.max(...boxes.map((b) => b.bottom)) + margin;
    return { x: left + scrollX, y: top + scrollY, width: right - left, height: bottom - top };
  }, MARGIN);
}

export async function takeScreenshots({ dist, outDir, only }) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const lang of ['en', 'id']) {
    const shots = SHOTS.filter((shot) => shot.lang === lang && (!only || shot.name === only));
    if (shots.length === 0) continue;
    const browser = await launchWithExtension({ dist, lang });
    try {
      for (const shot of shots) {
        browser.serve(shot.url, join(FIXTURES, shot.fixture));
        const page = await browser.context.newPage();
        // Tall enough that a compose docked at the bottom and its panel fit on screen.
        await page.setViewportSize({ width: 1400, height: 1800 });
        await page.goto(shot.url);
        await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
        const panel = await waitForPanel(page);
        await panel.scrollIntoViewIfNeeded();
        const path = join(outDir, `${shot.name}.png`);
        await page.screenshot({ path, clip: await composeBox(page), fullPage: true });
        written.push(path);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = parseArgs(process.argv.slice(2));
  const outDir = resolve(typeof args.out === 'string' ? args.out : join(ROOT, 'docs/screenshots'));
  const only = typeof args.only === 'string' ? args.only : undefined;
  takeScreenshots({ dist: process.env.SOPAN_DIST ?? join(ROOT, 'dist'), outDir, only })
    .then((paths) => paths.forEach((path) => console.log(relative(process.cwd(), path))))
    .catch((error) => {
      console.error(`screenshots failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    });
}
