// Compose windows as the apps move them around: full screen, minimize, the Gmail pop-out window,
// a reply whose quote is expanded later, Outlook docking a draft, a new reply after discarding.
// Plus the panel's principle statuses against the fixtures' labels.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CORE_PRINCIPLES } from '../../src/engine/types';
import { fixtureDrafts, launch, openFixture, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const drafts = fixtureDrafts().fixtures;
const panel = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;
const act = (page: Page, script: string) => page.evaluate(`(() => { const F = window.__fixture; return ${script}; })()`);

async function settledText(page: Page, id: string): Promise<string> {
  await page.waitForSelector(`${panel(id)}:not([data-sopan-state="checking"])`, { state: 'attached', timeout: 3_000 });
  return (await page.getAttribute(panel(id), 'data-sopan-text')) ?? '';
}

test('Gmail full screen moves the compose, and its one panel moves with it', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', drafts['gmail-compose.html']!.serveAt);
  await settledText(page, 'c1');
  await act(page, "F.fullscreen('c1')");
  await page.waitForSelector(`.aSt ${panel('c1')}`, { state: 'attached', timeout: 2_000 });
  expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
  expect(await settledText(page, 'c1')).toBe(drafts['gmail-compose.html']!.composes[0]!.draft);
  expect(await page.locator(panel('c1')).isVisible()).toBe(true);
  await page.close();
});

test('Gmail minimize hides the panel with the compose; restore shows it again', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', drafts['gmail-compose.html']!.serveAt);
  await settledText(page, 'c1');
  await act(page, "F.minimize('c1', true)");
  await page.waitForSelector(panel('c1'), { state: 'hidden', timeout: 2_000 });
  await act(page, "F.minimize('c1', false)");
  await page.waitForSelector(panel('c1'), { state: 'visible', timeout: 2_000 });
  expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
  await page.close();
});

test('Gmail pop-out window (body.xE.xp) gets a panel with the draft', async () => {
  const page = await openFixture(browser, 'gmail-compose.html', 'https://mail.google.com/mail/u/0/?view=popout');
  expect(await settledText(page, 'c1')).toBe(drafts['gmail-compose.html']!.composes[0]!.draft);
  await page.close();
});

test('Gmail reply with trimmed quote: expanding the quote changes nothing analyzed', async () => {
  const reply = drafts['gmail-reply.html']!;
  const page = await openFixture(browser, 'gmail-reply.html', `${reply.serveAt.replace('#', '?quote=trimmed#')}`);
  const r1 = reply.composes[0]!;
  expect(await settledText(page, 'r1')).toBe(r1.draft);
  await act(page, "F.showTrimmedContent('r1')");
  await page.waitForFunction(() => document.querySelector('[data-fixture-compose-id="r1"] .gmail_quote') !== null);
  await page.waitForTimeout(100);
  const text = await settledText(page, 'r1');
  expect(text).toBe(r1.draft);
  for (const banned of reply.composes.find((c) => c.id === 'r2')!.mustNotAnalyze) expect(text).not.toContain(banned);
  await page.close();
});

test.each(['gmail-reply.html', 'outlook-reply.html'])('%s: discard the reply, open a new one: old panel gone, new one reads empty', async (fixture) => {
  const page = await openFixture(browser, fixture, drafts[fixture]!.serveAt);
  await settledText(page, 'r1');
  await act(page, "F.closeCompose('r1', 'discard')");
  await page.waitForFunction((sel) => !document.querySelector(sel), panel('r1'), { timeout: 2_000 });
  const id = (await act(page, 'F.openReply() && F.composes().at(-1).id')) as string;
  expect(id).toBe('r2');
  expect(await settledText(page, 'r2')).toBe('');
  await act(page, "F.showMessageHistory ? F.showMessageHistory('r2') : F.showTrimmedContent('r2')");
  await page.waitForTimeout(150);
  expect(await settledText(page, 'r2')).toBe('');
  expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
  await page.close();
});

test('Outlook: a new mail docks the first draft; both keep their own panel and text', async () => {
  const outlook = drafts['outlook-compose.html']!;
  const page = await openFixture(browser, 'outlook-compose.html', outlook.serveAt);
  await settledText(page, 'c1');
  await act(page, 'F.openCompose()');
  expect(await settledText(page, 'c2')).toBe('');
  expect(await page.locator('[data-sopan-panel]').count()).toBe(2);
  expect(await page.locator(panel('c1')).isVisible()).toBe(false);
  await act(page, "F.showView('c1')");
  await page.waitForSelector(panel('c1'), { state: 'visible', timeout: 2_000 });
  expect(await settledText(page, 'c1')).toBe(outlook.composes[0]!.draft);
  await page.close();
});

test('typing in the editor re-checks the draft', async () => {
  const page = await openFixture(browser, 'outlook-compose.html', drafts['outlook-compose.html']!.serveAt);
  await settledText(page, 'c1');
  await act(page, 'F.openCompose()');
  await settledText(page, 'c2');
  await page.locator('[data-fixture-compose-id="c2"] [contenteditable="true"]').click();
  await page.keyboard.press('Control+Home'); // the first line, above the signature
  await page.keyboard.type('We cannot refund this order.');
  await page.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText === 'We cannot refund this order.', panel('c2'), { timeout: 3_000 });
  await page.close();
});

const labeled = Object.entries(drafts).flatMap(([fixture, f]) => f.composes.filter((c) => c.label).map((c) => ({ fixture, serveAt: f.serveAt, compose: c })));

describe('principle statuses agree with the fixture labels', () => {
  test.each(labeled)('$fixture $compose.id', async ({ fixture, serveAt, compose }) => {
    const page = await openFixture(browser, fixture, serveAt);
    await page.waitForSelector(`${panel(compose.id)}[data-sopan-state="ready"]`, { state: 'attached', timeout: 3_000 });
    const shown: Record<string, string> = {};
    for (const p of CORE_PRINCIPLES) {
      shown[p] = (await page.locator(`${panel(compose.id)} [data-sopan-principle="${p}"]`).getAttribute('data-status')) ?? 'missing';
    }
    const expected = Object.fromEntries(CORE_PRINCIPLES.map((p) => [p, compose.label!.expect[p] ? 'violated' : 'pass']));
    const actual = Object.fromEntries(CORE_PRINCIPLES.map((p) => [p, shown[p] === 'pass' ? 'pass' : shown[p] === 'missing' ? 'missing' : 'violated']));
    expect(actual).toEqual(expected);
    await page.close();
  });
});
