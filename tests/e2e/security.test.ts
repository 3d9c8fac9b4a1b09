// Draft and settings text is data, never markup: markup- and script-looking text typed into a
// compose and saved in the settings must show as text in the panel and the options page, create
// no element, run no handler (window.__pwned stays unset) and open no dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openFixture, type Browser } from './harness';

const PAYLOAD = {
  img: `<img src=x id=pwn-img onerror="window.__pwned='img'">`,
  script: `<script id=pwn-script>window.__pwned='script'</script>`,
  svg: `<svg id=pwn-svg onload="window.__pwned='svg'"></svg>`,
  bold: `<b class=pwn>{{actual}}</b>`,
};
const DRAFT_LINE = `Please read ${PAYLOAD.img} our terms ${PAYLOAD.script} before ${PAYLOAD.svg} you book next time ${PAYLOAD.bold}. `;

/** Written straight into storage.sync, the way the options page saves each field. */
const SETTINGS = {
  flagPhrases: [PAYLOAD.img],
  acceptPhrases: [PAYLOAD.bold],
  alternatives: [{ en: `Try ${PAYLOAD.svg} instead`, id: `Coba ${PAYLOAD.svg} saja` }],
  houseRules: [{ kind: 'other', en: `House rule ${PAYLOAD.script}`, id: `Aturan ${PAYLOAD.script}` }],
};

let browser: Browser;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launch();
  await browser.worker.evaluate(
    (items) => (globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }).chrome.storage.sync.set(items),
    SETTINGS,
  );
  browser.context.on('page', (page) => page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss())));
});
afterAll(async () => {
  await browser?.close();
});

/** Elements the payload would create, in the page and every panel's shadow root, plus the flag. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
    for (const el of document.querySelectorAll('[id^="pwn-"], .pwn')) found.push(`page: ${describe(el)}`);
    for (const host of document.querySelectorAll('[data-sopan-panel]')) {
      for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
        const handlers = [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
        if (/^(script|iframe|object|embed|img|svg)$/i.test(el.tagName) || el.matches('[id^="pwn-"], .pwn') || handlers.length) {
          found.push(`panel: ${describe(el)} ${handlers.join(' ')}`.trim());
        }
      }
    }
    return { found, pwned: (window as unknown as { __pwned?: string }).__pwned ?? null };
  });
}

function panelText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('[data-sopan-panel]')].map((h) => h.shadowRoot?.textContent ?? '').join('\n'));
}

test('markup in the draft and in the settings shows as text in the panel and runs nothing', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', 'https://mail.google.com/mail/u/0/#inbox');
  const panel = page.locator('[data-sopan-panel][data-sopan-state="ready"]').first();
  await panel.waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(DRAFT_LINE);
  await expect.poll(() => panel.getAttribute('data-sopan-text'), { timeout: 10_000 }).toContain(PAYLOAD.svg);

  // Saved settings appear as the inserts' details; the fix-all preview shows the draft's words.
  await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain(`Try ${PAYLOAD.svg} instead`);
  await panel.locator('[data-sopan-fix-all]').click();
  await panel.locator('[data-sopan-fix-all-preview]').waitFor({ timeout: 5_000 });
  expect(await panelText(page)).toContain('id=pwn-img');
  expect(await injected(page)).toEqual({ found: [], pwned: null });

  await page.waitForTimeout(300);
  expect(await injected(page)).toEqual({ found: [], pwned: null });
  expect(dialogs).toEqual([]);
  await page.close();
});

test('the options page shows the same settings as text and runs nothing', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, null, { timeout: 10_000 });
  // The saved texts are shown, in fields or as text.
  const shown = async () =>
    page.evaluate(() =>
      [document.body.textContent ?? '', ...[...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((f) => f.value)].join('\n'),
    );
  await expect.poll(shown, { timeout: 10_000 }).toContain(PAYLOAD.img);
  expect(await shown()).toContain(`House rule ${PAYLOAD.script}`);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    found: [...document.querySelectorAll('[id^="pwn-"], .pwn')].map((el) => el.tagName.toLowerCase()),
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
  }));
  expect(result).toEqual({ found: [], pwned: null });
  expect(dialogs).toEqual([]);
  await page.close();
});
