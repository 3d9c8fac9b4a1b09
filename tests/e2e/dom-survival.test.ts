// The adapter survives a changed DOM (issue 6, Reliability): a selector that finds nothing, an
// editable replaced under it, a compose removed while a fix is applied. Each case listens for
// page errors (an uncaught exception in the content script's world reaches `pageerror` too — the
// first test proves it) and checks that the page keeps working: typing is still registered by the
// app, other composes keep their draft, a new compose still gets its panel.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PARTS_FROM } from '../../src/content/parts';
import { fixtureDrafts, launch, openFixture, ROOT, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const drafts = fixtureDrafts().fixtures;
const panel = (id: string) => `[data-fixture-compose-id="${id}"] [data-sopan-panel]`;
const bodySel = (id: string) => `[data-fixture-compose-id="${id}"] [contenteditable="true"]`;
type Fixture = { composes(): { id: string; saves: number; text: string }[]; openCompose(): unknown; closeCompose(id: string, how: string): void };
const F = (page: Page) => ({
  run: <T>(fn: (F: Fixture, arg: string) => T, arg = '') =>
    page.evaluate(([src, arg]) => (0, eval)(`(${src})`)((window as unknown as { __fixture: Fixture }).__fixture, arg) as T, [fn.toString(), arg] as const),
  saves: (id: string) => page.evaluate((id) => (window as unknown as { __fixture: Fixture }).__fixture.composes().find((c) => c.id === id)?.saves ?? -1, id),
});

/** Opens `fixture` with its first compose at once, collecting every error the page reports. */
async function open(fixture: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const url = new URL(drafts[fixture]!.serveAt);
  url.search = `?delay=0${query}`;
  const page = await openFixture(browser, fixture, url.toString());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { page, errors };
}

async function settled(page: Page, id: string, state = 'ready'): Promise<string> {
  await page.waitForSelector(`${panel(id)}[data-sopan-state="${state}"]`, { state: 'attached', timeout: 3_000 });
  return (await page.getAttribute(panel(id), 'data-sopan-text')) ?? '';
}

/** Types at the end of the first line of compose `id`, as a user would, and waits for the panel to read it. */
async function typeAtStart(page: Page, id: string, words: string): Promise<void> {
  await page.locator(bodySel(id)).first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(words);
  await page.waitForFunction(([sel, words]) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText?.startsWith(words), [panel(id), words] as const, { timeout: 3_000 });
}

/** The page keeps working: a new compose still gets its panel, and typing in it is registered. */
async function pageStillWorks(page: Page): Promise<void> {
  const before = new Set((await F(page).run((F) => F.composes().map((c) => c.id))) as string[]);
  await F(page).run((F) => F.openCompose());
  const id = ((await F(page).run((F) => F.composes().map((c) => c.id))) as string[]).find((x) => !before.has(x))!;
  expect(id).toBeTruthy();
  await settled(page, id, 'empty');
  const saves = await F(page).saves(id);
  await typeAtStart(page, id, 'We can offer a refund.');
  await page.waitForFunction(([id, n]) => (window as unknown as { __fixture: Fixture }).__fixture.composes().find((c) => c.id === id)!.saves > n, [id, saves] as const, { timeout: 3_000 });
}

test('an exception in the content script reaches the page error listener (so the checks below can fail)', async () => {
  const { page, errors } = await open('gmail-compose.html');
  await settled(page, 'c1');
  const cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  const sopan = worlds.find((w) => w.auxData?.type === 'isolated' && w.name.startsWith('Sopan'));
  expect(sopan).toBeTruthy();
  await cdp.send('Runtime.evaluate', { contextId: sopan!.id, expression: "setTimeout(() => { throw new Error('thrown in the Sopan world') })" });
  await expect.poll(() => errors.join(' | ')).toContain('thrown in the Sopan world');
  await page.close();
});

test('Gmail: the editor no longer matches any body selector → "cannot read", then back; no error, typing still saved', async () => {
  const { page, errors } = await open('gmail-compose.html');
  const draft = drafts['gmail-compose.html']!.composes[0]!.draft;
  expect(await settled(page, 'c1')).toBe(draft);
  // Gmail renames its markers: the editable keeps role=textbox but loses g_editable and .editable.
  await page.evaluate((sel) => {
    const body = document.querySelector<HTMLElement>(sel)!;
    body.removeAttribute('g_editable');
    body.classList.remove('editable');
  }, bodySel('c1'));
  await page.waitForSelector(`${panel('c1')}[data-sopan-state="unreadable"]`, { state: 'attached', timeout: 3_000 });
  expect(await page.locator(panel('c1')).count()).toBe(1);
  await page.locator(`${panel('c1')} [data-sopan-state-message="unreadable"]`).waitFor({ timeout: 2_000 });
  // The user keeps writing; the app still registers and saves it.
  const saves = await F(page).saves('c1');
  await page.locator(bodySel('c1')).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hello. ');
  await page.waitForFunction(([n]) => (window as unknown as { __fixture: Fixture }).__fixture.composes().find((c) => c.id === 'c1')!.saves > n, [saves] as const, { timeout: 3_000 });
  // The markers come back: one panel again, reading the draft as it now is.
  await page.evaluate((sel) => {
    const body = document.querySelector<HTMLElement>(sel)!;
    body.setAttribute('g_editable', 'true');
    body.classList.add('editable');
  }, bodySel('c1'));
  expect(await settled(page, 'c1')).toBe(`Hello. ${draft}`);
  expect(await page.locator(panel('c1')).count()).toBe(1);
  await pageStillWorks(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('Gmail: compose container, subject and recipient selectors all find nothing; the draft is still read and fixed', async () => {
  const { page, errors } = await open('gmail-compose.html');
  const draft = drafts['gmail-compose.html']!.composes[0]!.draft;
  expect(await settled(page, 'c1')).toBe(draft);
  // Gmail ships new markup: none of the container classes or roles, no subject box, no chips.
  // The editor is re-rendered too, so Sopan meets this compose afresh.
  await page.evaluate((sel) => {
    const compose = document.querySelector('[data-fixture-compose-id="c1"]')!;
    compose.querySelectorAll('.M9, .I5').forEach((n) => n.classList.remove('M9', 'I5'));
    compose.querySelectorAll('[role="dialog"]').forEach((n) => n.removeAttribute('role'));
    compose.querySelectorAll('input[name="subjectbox"], input[name="subject"], [data-name], div.az9').forEach((n) => n.remove());
    const body = document.querySelector<HTMLElement>(sel)!;
    body.replaceWith(body.cloneNode(true));
  }, bodySel('c1'));
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, panel('c1'));
  expect(await settled(page, 'c1')).toBe(draft);
  await page.locator(`${panel('c1')} [data-sopan-fix] >> visible=true`).first().click();
  await page.waitForFunction(([sel, draft]) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText !== draft, [panel('c1'), draft] as const, { timeout: 3_000 });
  await typeAtStart(page, 'c1', 'Hello. ');
  expect(errors).toEqual([]);
  await page.close();
});

test('Outlook: subject, recipients and docking ids gone, then the textbox role too: no error, no stale panel', async () => {
  const { page, errors } = await open('outlook-compose.html');
  const draft = drafts['outlook-compose.html']!.composes[0]!.draft;
  expect(await settled(page, 'c1')).toBe(draft);
  // Selectors for subject, recipient and the compose root find nothing: the draft is still read.
  await page.evaluate(() => {
    document.querySelectorAll('input.ms-TextField-field, [data-selection-index]').forEach((n) => n.remove());
    document.querySelectorAll('[id^="docking_InitVisiblePart"], [id^="editorParent"]').forEach((n) => n.removeAttribute('id'));
  });
  await page.locator(bodySel('c1')).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi. ');
  await page.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText?.startsWith('Hi. '), panel('c1'), { timeout: 3_000 });
  expect(await page.getAttribute(panel('c1'), 'data-sopan-text')).toBe(`Hi. ${draft}`);
  // Now the editor itself is unrecognizable: the panel must not stay behind with a stale draft.
  await page.evaluate((sel) => document.querySelector(sel)!.removeAttribute('role'), bodySel('c1'));
  await page.waitForFunction((sel) => {
    const host = document.querySelector<HTMLElement>(sel);
    return !host || host.dataset.sopanState === 'unreadable';
  }, panel('c1'), { timeout: 3_000 });
  await page.keyboard.type('Still typing. ');
  expect(errors).toEqual([]);
  await page.close();
});

test('an editable replaced under the panel (a re-render): one panel, same draft, fixes land in the new editor', async () => {
  const { page, errors } = await open('gmail-compose.html');
  const draft = drafts['gmail-compose.html']!.composes[0]!.draft;
  expect(await settled(page, 'c1')).toBe(draft);
  await page.evaluate((sel) => {
    const old = document.querySelector<HTMLElement>(sel)!;
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.setAttribute('data-replaced', '1');
    old.replaceWith(fresh);
  }, bodySel('c1'));
  await page.waitForSelector(`[data-fixture-compose-id="c1"] [data-replaced]`, { state: 'attached' });
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, panel('c1'));
  expect(await settled(page, 'c1')).toBe(draft);
  // A fix goes into the new editor, and only there.
  const fix = page.locator(`${panel('c1')} [data-sopan-fix] >> visible=true`).first();
  await fix.click();
  await page.waitForFunction(([sel, draft]) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText !== draft, [panel('c1'), draft] as const, { timeout: 3_000 });
  const fixed = await settled(page, 'c1');
  expect(fixed).not.toBe(draft);
  expect(await page.locator(`${bodySel('c1')}[data-replaced]`).count()).toBe(1);
  await typeAtStart(page, 'c1', 'Thanks. ');
  expect(await settled(page, 'c1')).toBe(`Thanks. ${fixed}`);
  await pageStillWorks(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('a fix clicked on a panel whose editable was just replaced touches no editor, not even the focused one', async () => {
  const { page, errors } = await open('gmail-compose.html');
  const draft = drafts['gmail-compose.html']!.composes[0]!.draft;
  expect(await settled(page, 'c1')).toBe(draft);
  await F(page).run((F) => F.openCompose());
  await settled(page, 'c2', 'empty');
  await typeAtStart(page, 'c2', 'Dear Ana,');
  // The caret stays in c2. In one task (before Sopan's next scan) the page re-renders c1's editor
  // and the user's click reaches the old panel's fix button.
  await page.evaluate(([body1, panel1]) => {
    const old = document.querySelector<HTMLElement>(body1)!;
    old.replaceWith(old.cloneNode(true));
    document.querySelector(panel1)!.shadowRoot!.querySelector<HTMLElement>('[data-sopan-fix]')!.click();
  }, [bodySel('c1'), panel('c1')] as const);
  await page.waitForTimeout(300);
  expect(await settled(page, 'c2')).toBe('Dear Ana,');
  expect(await settled(page, 'c1')).toBe(draft);
  // The user's caret was left where it was: typing goes on in c2.
  await page.keyboard.type(' thank you');
  await page.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText === 'Dear Ana, thank you', panel('c2'), { timeout: 3_000 });
  expect(await page.locator(panel('c1')).count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('the compose is removed while fix-all is being applied: no error, no text elsewhere, the page goes on', async () => {
  const { page, errors } = await open('gmail-compose.html');
  await settled(page, 'c1');
  await F(page).run((F) => F.openCompose());
  await settled(page, 'c2', 'empty');
  await typeAtStart(page, 'c2', 'Dear Ana,');
  await page.locator(`${panel('c1')} [data-sopan-fix-all]`).click();
  const apply = page.locator(`${panel('c1')} [data-sopan-fix-all-apply]`);
  await apply.waitFor({ timeout: 2_000 });
  // The app closes the compose on the first edit it hears (a send shortcut, a discard): the rest
  // of the fix-all runs against a compose that is no longer in the page.
  await page.evaluate(() => {
    const body = document.querySelector('[data-fixture-compose-id="c1"] [contenteditable="true"]')!;
    body.addEventListener('input', () => (window as unknown as { __fixture: Fixture }).__fixture.closeCompose('c1', 'discard'), { once: true });
  });
  await apply.click();
  await page.waitForFunction((sel) => !document.querySelector(sel), panel('c1'), { timeout: 3_000 });
  expect(await settled(page, 'c2')).toBe('Dear Ana,');
  expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
  await pageStillWorks(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('a fix clicked in the same task the compose closes (caret in another compose) changes nothing', async () => {
  const { page, errors } = await open('outlook-compose.html');
  await settled(page, 'c1');
  await F(page).run((F) => F.openCompose());
  await settled(page, 'c2', 'empty');
  await typeAtStart(page, 'c2', 'Dear Ana,');
  const fixCount = await page.locator(`${panel('c1')} [data-sopan-fix]`).count();
  expect(fixCount).toBeGreaterThan(0);
  await page.evaluate((panel1) => {
    const button = document.querySelector(panel1)!.shadowRoot!.querySelector<HTMLElement>('[data-sopan-fix]')!;
    (window as unknown as { __fixture: Fixture }).__fixture.closeCompose('c1', 'discard');
    button.click();
  }, panel('c1'));
  await page.waitForFunction((sel) => !document.querySelector(sel), panel('c1'), { timeout: 3_000 });
  await page.waitForTimeout(200);
  expect(await settled(page, 'c2')).toBe('Dear Ana,');
  await page.keyboard.type(' thank you');
  await page.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.dataset.sopanText === 'Dear Ana, thank you', panel('c2'), { timeout: 3_000 });
  expect(await page.locator('[data-sopan-panel]').count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});

/** English corpus drafts, line by line, until they hold `chars` characters. */
function corpusLines(chars: number): string[] {
  const bodies = readFileSync(resolve(ROOT, '../shared/corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { lang: string; body: string })
    .filter((d) => d.lang === 'en')
    .map((d) => d.body);
  const lines: string[] = [];
  for (let i = 0, total = 0; total < chars; i++) {
    for (const line of [...bodies[i % bodies.length]!.split('\n'), '']) {
      lines.push(line);
      total += line.length + 1;
    }
  }
  return lines;
}

test('a long draft\'s fix-all, applied in slices, meets its compose closed half-way', async () => {
  const { page, errors } = await open('gmail-compose.html');
  await settled(page, 'c1');
  // A draft long enough that Sopan applies fix-all's many edits in slices (one task each).
  await page.evaluate((lines) => {
    const body = document.querySelector('[data-fixture-compose-id="c1"] [contenteditable="true"]')!;
    const block = body.querySelector(':scope > div[dir=ltr]') ?? body;
    const signature = block.querySelector(':scope > br[clear=all]');
    while (block.firstChild && block.firstChild !== signature) block.firstChild.remove();
    for (const line of lines) {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.append(document.createElement('br'));
      block.insertBefore(div, signature);
    }
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, corpusLines(PARTS_FROM * 6));
  await page.waitForFunction(([sel, min]) => {
    const host = document.querySelector<HTMLElement>(sel);
    return host?.dataset.sopanState === 'ready' && Number(host.dataset.sopanTextLength) > min;
  }, [panel('c1'), PARTS_FROM] as const, { timeout: 20_000 });
  await page.locator(`${panel('c1')} [data-sopan-fix-all]`).click();
  const apply = page.locator(`${panel('c1')} [data-sopan-fix-all-apply]`);
  await apply.waitFor({ timeout: 10_000 });
  // Lines only the draft before fix-all has, and lines only the draft after it has.
  const lines = await page.locator(`${panel('c1')} [data-sopan-fix-all-preview] .diff`).evaluate((el) => {
    const side = (drop: string) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll(drop).forEach((n) => n.remove());
      return (copy.textContent ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    };
    const [before, after] = [side('ins'), side('del')];
    return { old: before.filter((l) => !after.includes(l)), new: after.filter((l) => !before.includes(l)) };
  });
  expect(lines.old.length).toBeGreaterThan(3);
  // The app closes the compose half-way through (on the input event of one of Sopan's edits).
  await page.evaluate((closeOn) => {
    const w = window as unknown as { __fixture: Fixture & { log: unknown[] }; closedAt?: number; closedBody?: HTMLElement };
    const body = document.querySelector<HTMLElement>('[data-fixture-compose-id="c1"] [contenteditable="true"]')!;
    w.closedBody = body;
    let heard = 0;
    const close = () => {
      if (++heard < closeOn) return;
      body.removeEventListener('input', close);
      w.__fixture.closeCompose('c1', 'discard');
      w.closedAt = w.__fixture.log.length;
    };
    body.addEventListener('input', close);
  }, Math.ceil(lines.old.length / 2));
  await apply.click();
  await page.waitForFunction((sel) => !document.querySelector(sel), panel('c1'), { timeout: 5_000 });
  await page.waitForTimeout(200);
  // The compose went with fix-all half done (some lines fixed, some not), and no edit went on in
  // it once it was gone.
  const closed = await page.evaluate(() => {
    const w = window as unknown as { __fixture: { log: { composeId: string; type: string; seq: number }[] }; closedAt: number; closedBody: HTMLElement };
    const late = w.__fixture.log.filter((e) => e.composeId === 'c1' && e.type === 'input' && e.seq >= w.closedAt).length;
    return { late, lines: (w.closedBody.textContent ?? '').replace(/\u00a0/g, ' ') };
  });
  expect(closed.late).toBe(0);
  expect(lines.new.some((l) => closed.lines.includes(l)), 'some edits were made').toBe(true);
  expect(lines.old.some((l) => closed.lines.includes(l)), 'some edits were still to come').toBe(true);
  await pageStillWorks(page);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
