// Sopan's own fixture pages in Chromium (tests/fixtures/pages), under the real origins: Gmail
// forward + reply-all + an iframe editor; new Outlook on outlook.office365.com.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { NEVER_ANALYZED, OWN_PAGES } from '../fixtures/pages/expected';
import { OWN_FIXTURES, launch, openFixture, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const URLS: Record<keyof typeof OWN_PAGES, string> = {
  'gmail-forward-replyall.html': 'https://mail.google.com/mail/u/0/#inbox/18f00aa',
  'outlook-new.html': 'https://outlook.office365.com/mail/inbox/id/AAMkAGI2',
};
const panel = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;

describe.each(Object.keys(OWN_PAGES) as (keyof typeof OWN_PAGES)[])('%s', (page) => {
  test('every compose gets a panel: the draft for readable ones, "cannot read" for the others', async () => {
    const tab = await openFixture(browser, join(OWN_FIXTURES, 'pages', page), URLS[page]);
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    const composes = OWN_PAGES[page] as Record<string, { text: string } | null>;
    for (const [id, want] of Object.entries(composes)) {
      await tab.waitForSelector(`${panel(id)}:not([data-sopan-state="checking"])`, { state: 'attached', timeout: 2_000 });
      if (!want) {
        expect(await tab.getAttribute(panel(id), 'data-sopan-state')).toBe('unreadable');
        await tab.locator(`${panel(id)} [data-sopan-state-message="unreadable"]`).waitFor({ timeout: 2_000 });
        continue;
      }
      const text = (await tab.getAttribute(panel(id), 'data-sopan-text')) ?? '';
      expect(text).toBe(want.text);
      for (const banned of NEVER_ANALYZED) expect(text).not.toContain(banned);
    }
    expect(await tab.locator('[data-sopan-panel]').count()).toBe(Object.keys(composes).length);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
