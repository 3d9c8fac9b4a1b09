// The content script in Chromium against every shared fixture page, served under its real mail
// origin: a panel host beside each compose, the analyzed text equal to drafts.json's `draft`
// (nothing of signature, quote or read view), composes appearing, moving and closing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureDrafts, launch, openFixture, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const drafts = fixtureDrafts();
const panelOf = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;

/** Opens a fixture page and records every page error and console error from then on. */
async function open(fixture: string, url: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await openFixture(browser, fixture, url);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { page, errors };
}

async function analyzedText(page: Page, id: string): Promise<string> {
  const selector = `${panelOf(id)}[data-sopan-state]:not([data-sopan-state="checking"])`;
  await page.waitForSelector(selector, { state: 'attached', timeout: 2_000 });
  return (await page.getAttribute(panelOf(id), 'data-sopan-text')) ?? '';
}

describe.each(Object.entries(drafts.fixtures))('%s', (fixture, { serveAt, composes }) => {
  const first = composes[0]!;

  test(`the first compose (${first.id}) gets a panel within 1 s, outside the editable`, async () => {
    const { page, errors } = await open(fixture, serveAt);
    const started = Date.now();
    await page.waitForSelector(panelOf(first.id), { state: 'attached', timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    const inEditable = await page.$eval(panelOf(first.id), (el) => el.closest('[contenteditable]') !== null);
    expect(inEditable).toBe(false);
    expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the analyzed text is the draft and contains nothing of signature, quote or read view', async () => {
    const { page, errors } = await open(fixture, serveAt);
    const text = await analyzedText(page, first.id);
    expect(text).toBe(first.draft);
    expect(await page.getAttribute(panelOf(first.id), 'data-sopan-text-length')).toBe(String(first.draft.length));
    for (const banned of first.mustNotAnalyze) expect(text).not.toContain(banned);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('focusing a finding highlights its text with an overlay, leaving the email untouched', async () => {
    const { page, errors } = await open(fixture, serveAt);
    await analyzedText(page, first.id);
    const finding = page.locator(`${panelOf(first.id)} [data-sopan-finding]`).first();
    const editor = page.locator(`[data-fixture-compose-id="${first.id}"] [contenteditable="true"]`).first();
    const emailBefore = await editor.innerHTML();
    // What the finding points at, found in the editor's own text, and where the page draws it.
    const text = (await page.getAttribute(panelOf(first.id), 'data-sopan-text')) ?? '';
    const actual = text.slice(Number(await finding.getAttribute('data-start')), Number(await finding.getAttribute('data-end')));
    await finding.locator('button').first().focus();
    await page.waitForSelector('[data-sopan-highlight] div', { state: 'attached', timeout: 2_000 });
    const boxes = await page.$$eval('[data-sopan-highlight] div', (els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    expect(actual.trim()).not.toBe('');
    const target = await editor.evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text.slice(0, 12));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + Math.min(12, text.length));
        return range.getBoundingClientRect().toJSON() as DOMRect;
      }
      return null;
    }, actual);
    expect(target).not.toBeNull();
    expect(boxes.some((b) => Math.abs(b.top - target!.top) < 2 && Math.abs(b.left - target!.left) < 2)).toBe(true);
    expect(await editor.innerHTML()).toBe(emailBefore);
    expect(await page.$eval('[data-sopan-highlight]', (el) => el.closest('[contenteditable]'))).toBeNull();
    await finding.locator('button').first().blur();
    await page.waitForSelector('[data-sopan-highlight]', { state: 'detached', timeout: 2_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a second compose gets its own panel; closing it removes only that panel', async () => {
    const { page, errors } = await open(fixture, serveAt);
    await page.waitForSelector(panelOf(first.id), { state: 'attached' });
    const secondId: string = await page.evaluate(() => {
      const F = (window as unknown as { __fixture: { openCompose(): unknown; composes(): { id: string }[] } }).__fixture;
      F.openCompose();
      return F.composes().at(-1)!.id;
    });
    const second = composes.find((c) => c.id === secondId)!;
    expect(await analyzedText(page, secondId)).toBe(second.draft);
    expect(await page.locator('[data-sopan-panel]').count()).toBe(2);
    await page.evaluate((id) => (window as unknown as { __fixture: { closeCompose(id: string, how: string): void } }).__fixture.closeCompose(id, 'discard'), secondId);
    await page.waitForFunction((sel) => !document.querySelector(sel), panelOf(secondId), { timeout: 2_000 });
    expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
    expect(await analyzedText(page, first.id)).toBe(first.draft);
    expect(errors).toEqual([]);
    await page.close();
  });
});
