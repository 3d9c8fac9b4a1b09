// The per-compose controller and the compose watcher in happy-dom, with a recording panel and a
// manual frame clock: what the panel is shown, what its actions do to the draft, tear-down.
import { describe, expect, test } from 'vitest';
import type { ComposeView } from '../../src/content/adapter';
import { startCompose, type ControllerDeps, type MountPanel } from '../../src/content/controller';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { memorySettings } from '../../src/content/settings';
import { readText } from '../../src/content/text-map';
import { watchComposes } from '../../src/content/watcher';
import type { Finding, Lang } from '../../src/engine/types';
import type { DataStatus, LanguageData } from '../../src/language-data/page';
import type { PanelActions, PanelModel } from '../../src/panel/contract';
import { composeOf, fixtureId, loadSnapshot } from './load';

function harness() {
  const frames: (() => void)[] = [];
  const models: PanelModel[] = [];
  const mounted: { host: HTMLElement; actions: PanelActions; destroyed: boolean }[] = [];
  const mountPanel: MountPanel = (host, { actions }) => {
    const entry = { host, actions, destroyed: false };
    mounted.push(entry);
    return { update: (m) => models.push(m), destroy: () => void (entry.destroyed = true) };
  };
  const settings = memorySettings();
  const deps: ControllerDeps = { mountPanel, settings, i18n: { uiLang: 'en', t: (k) => k }, frame: (task) => void frames.push(task) };
  const flush = () => {
    while (frames.length) frames.shift()!();
  };
  return { deps, frames, models, mounted, settings, flush, last: () => models.at(-1)! };
}

function gmailView(id: string, snapshot = 'gmail-compose'): ComposeView {
  return gmailAdapter.findComposes(loadSnapshot(snapshot)).find((v) => fixtureId(v.body) === id)!;
}

const textOf = (view: ComposeView) => readText(view.body, view.classify).text;

/** A finding made up for the test, so it does not depend on what the rules currently flag. */
function findingAt(text: string, actual: string, replacement: string): Finding {
  const start = text.indexOf(actual);
  return {
    principle: 'over-apology', rule: 'test-rule', severity: 'warning', start, end: start + actual.length, actual,
    message: 'test', fixes: [{ label: 'test fix', edits: [{ start, end: start + actual.length, text: replacement }] }],
  };
}

describe('controller', () => {
  test('shows "checking" at once, then the analyzed draft in the next frame, never synchronously', () => {
    const h = harness();
    const view = gmailView('c1');
    const ctl = startCompose(view, h.deps, new AbortController().signal);
    expect(h.last().state).toBe('checking');
    expect(h.frames.length).toBe(1);
    h.flush();
    const draft = composeOf('gmail-compose.html', 'c1').draft;
    expect(h.last()).toMatchObject({ state: 'ready', text: draft, canUndo: false });
    expect(h.last().report?.lang).toBe('en');
    expect(ctl.host.dataset.sopanText).toBe(draft);
    expect(ctl.host.dataset.sopanTextLength).toBe(String(draft.length));
    expect(ctl.host.dataset.sopanPrinciples).toMatch(/^clarity=(pass|warn|fail) politeness=/);
    expect(ctl.host.hasAttribute('data-sopan-panel')).toBe(true);
    expect(view.root.contains(ctl.host) && !view.body.contains(ctl.host)).toBe(true);
  });

  test('waits with "checking" until the engine data it needs arrives from the worker, then analyzes', () => {
    const h = harness();
    let here = false;
    const asked: string[] = [];
    const languageData: LanguageData = {
      status: (uiLang: Lang, draftLang: () => Lang) => (asked.push(`ui=${uiLang} draft=${draftLang()}`), here ? 'ready' : 'waiting'),
      load: () => Promise.resolve(),
      provide: () => true,
    };
    // As in the page: an arrival re-checks through settings.onChange.
    const arrivals: (() => void)[] = [];
    const settings = { ...h.settings, onChange: (listener: () => void) => void arrivals.push(listener) };
    const view = gmailView('c1');
    startCompose(view, { ...h.deps, settings, languageData, i18n: { uiLang: 'id', t: (k) => k } }, new AbortController().signal);
    h.flush();
    const draft = composeOf('gmail-compose.html', 'c1').draft;
    expect(asked).toEqual(['ui=id draft=en']);
    expect(h.last()).toMatchObject({ state: 'checking', report: null, text: draft });
    here = true;
    for (const arrived of arrivals) arrived();
    h.flush();
    expect(h.last()).toMatchObject({ state: 'ready', text: draft });
    expect(h.last().report?.findings.every((f) => f.message.trim() !== '' && f.message !== f.rule)).toBe(true);
  });

  test('says "unavailable" when the engine data cannot come; the draft is untouched and a later arrival checks it', () => {
    const h = harness();
    let status: DataStatus = 'unavailable';
    const languageData: LanguageData = { status: () => status, load: () => Promise.resolve(), provide: () => true };
    const changes: (() => void)[] = [];
    const settings = { ...h.settings, onChange: (listener: () => void) => void changes.push(listener) };
    const view = gmailView('c1');
    const before = view.body.innerHTML;
    startCompose(view, { ...h.deps, settings, languageData }, new AbortController().signal);
    h.flush();
    expect(h.last()).toMatchObject({ state: 'unavailable', report: null });
    expect(view.body.innerHTML).toBe(before);
    status = 'ready';
    for (const changed of changes) changed();
    h.flush();
    expect(h.last().state).toBe('ready');
  });

  test('an empty compose is "empty"; a body that cannot be read is "unreadable", with no exception', () => {
    const h = harness();
    startCompose(gmailView('c2'), h.deps, new AbortController().signal);
    h.flush();
    expect(h.last().state).toBe('empty');
    const broken = { ...gmailView('c1'), classify: () => { throw new Error('unexpected DOM'); } };
    startCompose(broken, h.deps, new AbortController().signal);
    expect(() => h.flush()).not.toThrow();
    expect(h.last().state).toBe('unreadable');
  });

  test('a burst of input events is analyzed once, in one frame', () => {
    const h = harness();
    const view = gmailView('c1');
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    for (let i = 0; i < 20; i++) view.body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(h.frames.length).toBe(1);
  });

  test('hovering findings highlights each one; once the draft changes, no stale highlight is drawn', async () => {
    const h = harness();
    const view = gmailView('c1');
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    const doc = view.body.ownerDocument;
    const boxes = () => doc.querySelectorAll('[data-sopan-highlight] > div').length;
    const actions = h.mounted[0]!.actions;
    const text = h.last().text;
    actions.highlight(findingAt(text, 'Hi Dana', 'Hello Dana'));
    const layer = () => doc.querySelector('[data-sopan-highlight]');
    expect(layer()).not.toBeNull();
    actions.highlight(findingAt(text, 'Best', 'Warm regards'));
    expect(layer()).not.toBeNull();
    // The user types: the editor's change (seen by the observer) drops what was read for hovering.
    const greeting = [...view.body.querySelectorAll('div')].find((d) => d.textContent === 'Hi Dana,')!;
    greeting.firstChild!.textContent = 'Hi Dana and Tom,';
    await new Promise((resolve) => setTimeout(resolve, 0));
    actions.highlight(findingAt(text, 'Best', 'Warm regards'));
    expect(layer()).toBeNull();
    expect(boxes()).toBe(0);
    actions.highlight(null);
    expect(layer()).toBeNull();
  });

  test('apply a fix, then the panel Undo restores the exact previous draft', () => {
    const h = harness();
    const view = gmailView('c1');
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    const before = h.last().text;
    const finding = findingAt(before, 'Again, I apologize. Please forgive us.', 'Thank you for understanding.');
    h.mounted[0]!.actions.applyFix(finding, finding.fixes[0]!);
    h.flush();
    expect(textOf(view)).toBe(before.replace('Again, I apologize. Please forgive us.', 'Thank you for understanding.'));
    expect(h.last()).toMatchObject({ state: 'ready', canUndo: true, text: textOf(view) });
    h.mounted[0]!.actions.undo();
    h.flush();
    expect(textOf(view)).toBe(before);
    expect(h.last().canUndo).toBe(false);
  });

  test('a fix for a draft that changed meanwhile is not applied; the draft is re-checked', () => {
    const h = harness();
    const view = gmailView('c1');
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    const finding = findingAt(h.last().text, 'Please forgive us.', '');
    view.body.querySelector('div > div')!.append(' (edited)');
    const edited = textOf(view);
    h.mounted[0]!.actions.applyFix(finding, finding.fixes[0]!);
    h.flush();
    expect(textOf(view)).toBe(edited);
    expect(h.last().text).toBe(edited);
  });

  test('fix-all applies what its preview showed, as the panel Undo can revert in one step', () => {
    const h = harness();
    const view = gmailView('c1');
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    const { before, after } = h.mounted[0]!.actions.previewFixAll();
    expect(before).toBe(h.last().text);
    h.mounted[0]!.actions.applyFixAll();
    h.flush();
    expect(textOf(view)).toBe(after);
    if (after !== before) {
      h.mounted[0]!.actions.undo();
      h.flush();
      expect(textOf(view)).toBe(before);
    }
  });

  test('ignore, overrides and turning a rule off re-analyze the unchanged draft', () => {
    const h = harness();
    startCompose(gmailView('c1'), h.deps, new AbortController().signal);
    h.flush();
    const count = h.models.length;
    const finding = findingAt(h.last().text, 'Please forgive us.', '');
    h.mounted[0]!.actions.ignore(finding);
    h.flush();
    expect(h.last().ignored.has('test-rule@Please forgive us.')).toBe(true);
    h.mounted[0]!.actions.setOverrides({ lang: 'id' });
    h.flush();
    expect(h.last().report?.lang).toBe('id');
    h.mounted[0]!.actions.disableRule('some-rule');
    h.flush();
    expect(h.settings.current().rules?.['some-rule']?.enabled).toBe(false);
    expect(h.models.length).toBeGreaterThanOrEqual(count + 3);
  });

  test('an insert lands in the editor through the engine, and Undo takes it out again', () => {
    const h = harness();
    document.body.innerHTML = '<div class="M9"><div contenteditable="true" g_editable="true"><div>We cannot deliver on Sunday.</div></div></div>';
    const view = gmailAdapter.findComposes(document)[0]!;
    startCompose(view, h.deps, new AbortController().signal);
    h.flush();
    h.mounted[0]!.actions.insert('greeting');
    h.flush();
    const after = textOf(view);
    expect(after.length).toBeGreaterThan('We cannot deliver on Sunday.'.length);
    expect(after.endsWith('\n\nWe cannot deliver on Sunday.')).toBe(true);
    expect(h.last().canUndo).toBe(true);
    h.mounted[0]!.actions.undo();
    h.flush();
    expect(textOf(view)).toBe('We cannot deliver on Sunday.');
  });

  test('keyboard events from inside the panel host never reach the page', () => {
    const h = harness();
    const ctl = startCompose(gmailView('c1'), h.deps, new AbortController().signal);
    const inner = document.createElement('button');
    ctl.host.append(inner);
    const reached: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup']) document.addEventListener(type, (e) => reached.push(e.type));
    for (const type of ['keydown', 'keypress', 'keyup']) inner.dispatchEvent(new KeyboardEvent(type, { key: 'c', bubbles: true }));
    expect(reached).toEqual([]);
  });

  test('abort removes the host, destroys the panel and stops listening', () => {
    const h = harness();
    const view = gmailView('c1');
    const abort = new AbortController();
    const ctl = startCompose(view, h.deps, abort.signal);
    h.flush();
    abort.abort();
    expect(ctl.host.isConnected).toBe(false);
    expect(h.mounted[0]!.destroyed).toBe(true);
    view.body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(h.frames.length).toBe(0);
  });
});

describe('watcher', () => {
  test('one panel per compose; a compose that goes takes its panel with it', async () => {
    const h = harness();
    const doc = loadSnapshot('gmail-compose');
    const abort = new AbortController();
    watchComposes(doc, gmailAdapter, h.deps, abort.signal);
    expect(doc.querySelectorAll('[data-sopan-panel]')).toHaveLength(2);
    doc.querySelector('[data-fixture-compose-id="c2"]')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's turn
    h.flush();
    expect(doc.querySelectorAll('[data-sopan-panel]')).toHaveLength(1);
    expect(h.mounted.filter((m) => m.destroyed)).toHaveLength(1);
    abort.abort();
    expect(doc.querySelectorAll('[data-sopan-panel]')).toHaveLength(0);
  });

  test('an editor that stops being one (attributes only, no node added or removed) loses its panel', async () => {
    const h = harness();
    const doc = loadSnapshot('gmail-compose');
    watchComposes(doc, gmailAdapter, h.deps, new AbortController().signal);
    // Drain the scans the panels' own insertion queued, so only the attribute change can cause one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    h.flush();
    expect(doc.querySelectorAll('[data-sopan-panel]')).toHaveLength(2);
    const body = doc.querySelector('[data-fixture-compose-id="c1"] [g_editable="true"]')!;
    body.removeAttribute('g_editable');
    body.classList.remove('editable');
    body.removeAttribute('role');
    await new Promise((resolve) => setTimeout(resolve, 0));
    h.flush();
    expect(doc.querySelector('[data-fixture-compose-id="c1"] [data-sopan-panel]')).toBeNull();
    expect(doc.querySelectorAll('[data-sopan-panel]')).toHaveLength(1);
  });

  test('a host the page re-rendered away is put back beside its compose', async () => {
    const h = harness();
    const doc = loadSnapshot('gmail-compose');
    watchComposes(doc, gmailAdapter, h.deps, new AbortController().signal);
    const host = doc.querySelector('[data-fixture-compose-id="c1"] [data-sopan-panel]')!;
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    h.flush();
    expect(doc.querySelector('[data-fixture-compose-id="c1"] [data-sopan-panel]')).toBe(host);
  });
});
