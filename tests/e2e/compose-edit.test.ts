// Fixes applied from the panel in Chromium: the draft changes exactly as the engine's fix says,
// the app registers the edit (trusted input, autosave, no unregistered mutation), signature and
// quote stay byte for byte, Ctrl+Z and the panel's Undo restore the draft.
// The expected text comes from the engine run here in Node, so the extension under test must be
// built from the same sources (npm test builds first; with SOPAN_DIST, rebuild before running).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, fixAll } from '../../src/engine/analyze';
import { applyFixes } from '../../src/engine/fixes';
import { CORE_PRINCIPLES, SUPPORTING_PRINCIPLES, type Finding } from '../../src/engine/types';
import { fixtureDrafts, launch, openFixture, type Browser, type FixtureCompose } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type FixturePage = {
  compose(id: string): { text: string; saves: number; undoDepth: number } | null;
  body(id: string): HTMLElement;
  eventsFor(id: string, type?: string): { type: string; inputType?: string; isTrusted: boolean }[];
  autosave: { count: number };
  reset(): void;
};
const F = 'window.__fixture';

const labeled = Object.entries(fixtureDrafts().fixtures).flatMap(([fixture, f]) =>
  f.composes.filter((c) => c.label).map((c) => ({ fixture, serveAt: f.serveAt, app: f.app, compose: c })),
);
const panel = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;

/** The first finding the panel lists with a fix: principles in panel order, then by position. */
function firstFixable(compose: FixtureCompose): Finding | undefined {
  const report = analyze({ body: compose.draft, subject: compose.subject, recipientName: compose.to[0]?.name }, { uiLang: 'en' });
  const order = [...CORE_PRINCIPLES, ...SUPPORTING_PRINCIPLES] as string[];
  return [...report.findings].filter((f) => f.fixes.length > 0).sort((a, b) => order.indexOf(a.principle) - order.indexOf(b.principle))[0];
}

async function ready(page: Page, id: string, text?: string): Promise<string> {
  await page.waitForFunction(
    ([sel, expected]) => {
      const host = document.querySelector<HTMLElement>(sel!);
      const state = host?.dataset.sopanState;
      return state === 'ready' && (expected === undefined || host!.dataset.sopanText === expected);
    },
    [panel(id), text] as const,
    { timeout: 5_000 },
  );
  return (await page.getAttribute(panel(id), 'data-sopan-text')) ?? '';
}

const bodyHtml = (page: Page, id: string) => page.evaluate(([f, i]) => (eval(f!) as FixturePage).body(i!).innerHTML, [F, id]);
const tailOf = (html: string) => html.slice(Math.max(0, html.search(/gmail_signature|id="Signature"/)));

describe.each(labeled)('$fixture $compose.id', ({ fixture, serveAt, app, compose }) => {
  test('a fix from the panel changes exactly its range, and the app registers and saves it', async () => {
    const finding = firstFixable(compose);
    const page = await openFixture(browser, fixture, serveAt);
    if (!finding) {
      // The engine offers no fix for this draft today: the panel must not show one either.
      await ready(page, compose.id);
      expect(await page.locator(`${panel(compose.id)} [data-sopan-fix]`).count()).toBe(0);
      return void (await page.close());
    }
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect(await ready(page, compose.id)).toBe(compose.draft);
    const tail = tailOf(await bodyHtml(page, compose.id));
    await page.evaluate((f) => (eval(f) as FixturePage).reset(), F);

    await page.locator(`${panel(compose.id)} [data-sopan-fix]`).first().click();
    const expected = applyFixes(compose.draft, [{ fix: finding!.fixes[0]!, start: finding!.start, end: finding!.end, actual: finding!.actual }]).text;
    expect(expected).not.toBe(compose.draft);
    expect(await ready(page, compose.id, expected)).toBe(expected);
    expect(tailOf(await bodyHtml(page, compose.id))).toBe(tail);

    await page.waitForFunction(([f, id]) => (eval(f!) as FixturePage).compose(id!)!.saves > 0, [F, compose.id], { timeout: 3_000 });
    const log = await page.evaluate(([f, id]) => {
      const fx = eval(f!) as FixturePage;
      return { inputs: fx.eventsFor(id!, 'input'), unregistered: fx.eventsFor(id!, 'unregistered-mutation') };
    }, [F, compose.id]);
    expect(log.inputs.length).toBeGreaterThan(0);
    expect(log.inputs.every((e) => e.isTrusted)).toBe(true);
    expect(log.unregistered).toEqual([]);

    // Ctrl+Z in the editor: Gmail's own undo stack (snapshot at save), Outlook's native undo.
    await page.keyboard.press('Control+z');
    expect(await ready(page, compose.id, compose.draft)).toBe(compose.draft);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fix-all applies its preview as one registered change; the panel Undo restores the draft', async () => {
    const page = await openFixture(browser, fixture, serveAt);
    await ready(page, compose.id);
    await page.evaluate((f) => (eval(f) as FixturePage).reset(), F);
    await page.locator(`${panel(compose.id)} [data-sopan-fix-all]`).click();
    const polishedHere = fixAll({ body: compose.draft, subject: compose.subject, recipientName: compose.to[0]?.name }, { uiLang: 'en' });
    if (polishedHere === compose.draft) {
      // Nothing to fix today: the preview says so and offers no Apply.
      await page.locator(`${panel(compose.id)} [data-sopan-fix-all-preview]`).waitFor();
      expect(await page.locator(`${panel(compose.id)} [data-sopan-fix-all-apply]`).count()).toBe(0);
      return void (await page.close());
    }
    await page.locator(`${panel(compose.id)} [data-sopan-fix-all-apply]`).click();
    await page.waitForFunction(([sel, draft]) => document.querySelector<HTMLElement>(sel!)?.dataset.sopanText !== draft, [panel(compose.id), compose.draft]);
    const polished = await ready(page, compose.id);
    expect(polished).not.toBe(compose.draft);
    for (const keep of compose.label!.must_keep) expect(polished).toContain(keep);
    await page.waitForFunction(([f, id]) => (eval(f!) as FixturePage).compose(id!)!.saves > 0, [F, compose.id], { timeout: 3_000 });
    const unregistered = await page.evaluate(([f, id]) => (eval(f!) as FixturePage).eventsFor(id!, 'unregistered-mutation'), [F, compose.id]);
    expect(unregistered).toEqual([]);

    await page.locator(`${panel(compose.id)} [data-sopan-undo]`).click();
    expect(await ready(page, compose.id, compose.draft)).toBe(compose.draft);
    expect(app === 'gmail' || app === 'outlook').toBe(true);
    await page.close();
  });
});
