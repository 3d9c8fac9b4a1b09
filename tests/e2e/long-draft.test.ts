// A 100,000-character draft in the Gmail fixture: Sopan checks it in parts and ends in state
// ready with the "checked in parts" note, throws nothing into the page, and a fix from a later
// part changes exactly the text the engine's fix says. The expected report is rebuilt here in
// Node from the same sources (parts.ts + the engine), so build the extension from this tree.
// Timing is not tested here: `npm run bench:page` measures it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { mergeParts, PART_CHARS, PARTS_FROM, splitParts } from '../../src/content/parts';
import { polishInParts } from '../../src/content/polish';
import { analyze } from '../../src/engine/analyze';
import { applyFixes } from '../../src/engine/fixes';
import type { AnalyzeOptions, Report } from '../../src/engine/types';
import { fixtureDrafts, launch, openFixture, ROOT, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const gmail = fixtureDrafts().fixtures['gmail-compose.html']!;
const compose = gmail.composes.find((c) => c.id === 'c1')!;
const panel = `[data-fixture-compose-id="c1"] [data-sopan-panel]`;

/** English corpus drafts, line by line, until the lines hold `chars` characters. */
function corpusLines(chars: number): string[] {
  const bodies = readFileSync(resolve(ROOT, '../shared/corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { lang: string; body: string })
    .filter((d) => d.lang === 'en')
    .map((d) => d.body);
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    for (const line of bodies[i % bodies.length]!.split('\n')) {
      lines.push(line);
      total += line.length + 1;
    }
  }
  return lines;
}

/** Replaces the draft lines of compose c1 (not its signature) and tells the app, as a paste would. */
async function pasteDraft(page: Page, lines: string[]): Promise<void> {
  await page.evaluate((lines) => {
    const body = document.querySelector('[data-fixture-compose-id="c1"] [contenteditable=true]')!;
    const block = body.querySelector(':scope > div[dir=ltr]') ?? body;
    const signature = block.querySelector(':scope > br[clear=all]');
    while (block.firstChild && block.firstChild !== signature) block.firstChild.remove();
    for (const line of [...lines, '']) {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.append(document.createElement('br'));
      block.insertBefore(div, signature);
    }
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, lines);
}

async function readyText(page: Page, not?: string): Promise<string> {
  await page.waitForFunction(
    ([sel, previous]) => {
      const host = document.querySelector<HTMLElement>(sel!);
      return host?.dataset.sopanState === 'ready' && Number(host.dataset.sopanTextLength) > 50_000 && host.dataset.sopanText !== previous;
    },
    [panel, not] as const,
    { timeout: 60_000 },
  );
  return (await page.getAttribute(panel, 'data-sopan-text')) ?? '';
}

/** The report the content script builds for a long draft: parts pinned to the first part's reading. */
function reportInParts(text: string): Report {
  const draft = (body: string) => ({ body, subject: compose.subject, recipientName: compose.to[0]?.name });
  let options: AnalyzeOptions = { uiLang: 'en' };
  return mergeParts(
    splitParts(text, PART_CHARS).map((part, i) => {
      const report = analyze(draft(part.text), options);
      if (i === 0) options = { ...options, lang: report.lang, scenario: report.scenario, inRight: report.inRight };
      return { ...part, report };
    }),
  );
}

describe('a 100,000-character draft in Gmail', () => {
  test('ends ready, says it was checked in parts, and a fix in a later part applies exactly', async () => {
    const page = await openFixture(browser, 'gmail-compose.html', gmail.serveAt);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForSelector(panel, { state: 'attached' });
    await pasteDraft(page, corpusLines(100_000));

    const text = await readyText(page);
    expect(text.length).toBeGreaterThan(PARTS_FROM);
    expect(text.length).toBeGreaterThan(90_000);
    await expect.poll(() => page.locator(`${panel} [data-sopan-state-message=partial]`).count()).toBe(1);

    // The panel lists what the merged report holds, at the same offsets.
    const expected = reportInParts(text);
    const secondPart = splitParts(text, PART_CHARS)[1]!.start;
    const items = await page.locator(`${panel} [data-sopan-finding]`).evaluateAll((els) =>
      els.map((el) => ({ rule: el.getAttribute('data-sopan-finding')!, start: Number(el.getAttribute('data-start')), fixes: el.querySelectorAll('[data-sopan-fix]').length })),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(expected.findings.some((f) => f.rule === item.rule && f.start === item.start)).toBe(true);

    const target = items.findIndex((item) => item.start >= secondPart && item.fixes > 0);
    expect(target, 'a finding with a fix beyond the first part').toBeGreaterThanOrEqual(0);
    const finding = expected.findings.find((f) => f.rule === items[target]!.rule && f.start === items[target]!.start)!;
    const fixed = applyFixes(text, [{ fix: finding.fixes[0]!, start: finding.start, end: finding.end, actual: finding.actual }]).text;
    expect(fixed).not.toBe(text);
    await page.locator(`${panel} [data-sopan-finding]`).nth(target).locator('[data-sopan-fix]').first().click();
    expect(await readyText(page, text)).toBe(fixed);
    await expect.poll(() => page.locator(`${panel} [data-sopan-state-message=partial]`).count()).toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('Fix all polishes the draft part by part and applies it in the editor; Undo restores it exactly', async () => {
    const page = await openFixture(browser, 'gmail-compose.html', gmail.serveAt);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForSelector(panel, { state: 'attached' });
    await pasteDraft(page, corpusLines(100_000));
    const text = await readyText(page);
    const polisher = { analyze: (body: string, options: AnalyzeOptions) => analyze({ body, subject: compose.subject, recipientName: compose.to[0]?.name }, options), options: { uiLang: 'en' as const }, ignored: new Set<string>() };
    const expected = polishInParts(text, splitParts(text, PART_CHARS), polisher);
    expect(expected).not.toBe(text);

    await page.locator(`${panel} [data-sopan-fix-all]`).click();
    await page.locator(`${panel} [data-sopan-fix-all-apply]`).click();
    expect(await readyText(page, text)).toBe(expected);
    await page.locator(`${panel} [data-sopan-undo]`).click();
    expect(await readyText(page, expected)).toBe(text);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
