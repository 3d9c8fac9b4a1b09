// A very long draft can have hundreds of findings: the panel draws a group's first GROUP_LIMIT
// and a "show more" button for the rest, so one update never draws them all at once; the fix-all
// preview of a long draft marks only what changes.
import { afterEach, describe, expect, it } from 'vitest';
import { catalogI18n } from '../../src/i18n/catalog';
import { sideOf, wordDiff, wordDiffSteps } from '../../src/panel/diff';
import { GROUP_LIMIT } from '../../src/panel/Findings';
import { mountPanel } from '../../src/panel/mount';
import { fakeActions, finding, model, report, settle } from './helpers';

afterEach(() => document.body.replaceChildren());

const word = 'sorry ';
const text = word.repeat(100);
const many = Array.from({ length: 40 }, (_, i) => finding({ start: i * word.length, actual: 'sorry' }));

function setup(lang: 'en' | 'id') {
  const host = document.createElement('div');
  document.body.append(host);
  const panel = mountPanel(host, { i18n: catalogI18n(lang), actions: fakeActions() });
  const shadow = host.shadowRoot!;
  return { panel, items: () => shadow.querySelectorAll('[data-sopan-finding]').length, more: () => shadow.querySelector<HTMLButtonElement>('[data-sopan-show-more]') };
}

describe('panel: many findings', () => {
  it.each([
    ['en', 'Show 25 more'],
    ['id', 'Tampilkan 25 lagi'],
  ] as const)('draws %s groups up to the limit, then all on request', async (lang, label) => {
    const { panel, items, more } = setup(lang);
    panel.update(model({ text, partial: true, report: report({ findings: many }) }));
    await settle();
    expect(items()).toBe(GROUP_LIMIT);
    expect(more()!.textContent).toBe(label);
    more()!.click();
    await settle();
    expect(items()).toBe(40);
    expect(more()).toBeNull();
  });

  it('a group within the limit has no "show more"', async () => {
    const { panel, items, more } = setup('en');
    panel.update(model({ text, report: report({ findings: many.slice(0, GROUP_LIMIT) }) }));
    await settle();
    expect(items()).toBe(GROUP_LIMIT);
    expect(more()).toBeNull();
  });
});

describe('fix-all preview of a long draft', () => {
  it('marks only the changed words, even when the changes lie 100,000 characters apart', () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => `Line ${i} tells the customer something useful.`);
    const before = lines.join('\n');
    const after = [`Hello, ${lines[0]}`, ...lines.slice(1, 1_200), ...lines.slice(1_201, -1), `${lines.at(-1)} Thanks!`].join('\n');
    const parts = wordDiff(before, after);
    expect(sideOf(parts, 'before')).toBe(before);
    expect(sideOf(parts, 'after')).toBe(after);
    const changed = parts.filter((p) => p.kind !== 'same').map((p) => p.text).join('');
    expect(changed.length).toBeLessThan(120);
    expect(changed).toContain('Line 1200 tells');
  });

  it('is made in steps, one per changed run of lines, so the content script can make it in the background', () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => `Line ${i} tells the customer something useful.`);
    const before = lines.join('\n');
    const after = lines.map((line, i) => (i % 500 === 7 ? line.replace('useful', 'helpful') : line)).join('\n');
    const steps = wordDiffSteps(before, after);
    let paused = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) paused++;
    // The line match, then each of the five changed lines.
    expect(paused).toBe(6);
    expect(next.value).toEqual(wordDiff(before, after));
    expect(sideOf(next.value, 'before')).toBe(before);
    expect(sideOf(next.value, 'after')).toBe(after);
  });
});
