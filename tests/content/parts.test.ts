// A very long draft is checked in parts: where it is cut, how the parts' findings come back to
// the whole draft (offsets shifted, draft-wide findings only when every part agrees, fixes that
// still apply to the whole draft), and the controller's run in parts — one task per part, the
// "checked in parts" flag, and a newer keystroke cancelling an unfinished run.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ComposeView } from '../../src/content/adapter';
import { startCompose, type ControllerDeps, type MountPanel } from '../../src/content/controller';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { joinParts, mergeParts, splitParts, type AnalyzedPart } from '../../src/content/parts';
import { asTheEditorReads } from '../../src/content/polish';
import { memorySettings } from '../../src/content/settings';
import { readText } from '../../src/content/text-map';
import { warmWhenIdle } from '../../src/content/warm';
import { analyze } from '../../src/engine/analyze';
import { applyEdits, applyFixes } from '../../src/engine/fixes';
import { insertion } from '../../src/engine/inserts';
import type { Finding, Report } from '../../src/engine/types';
import type { PanelActions, PanelModel } from '../../src/panel/contract';
import { wordDiff } from '../../src/panel/diff';
import { fixtureId, loadSnapshot } from './load';

const corpus = readFileSync(resolve(import.meta.dirname, '../../../shared/corpus/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { lang: string; body: string });
/** English corpus drafts one after another, as one very long draft. */
const longDraft = (chars: number) => {
  const bodies = corpus.filter((d) => d.lang === 'en').map((d) => d.body);
  let text = '';
  for (let i = 0; text.length < chars; i++) text += (text ? '\n\n' : '') + bodies[i % bodies.length];
  return text;
};

describe('splitParts', () => {
  const text = longDraft(20_000);
  const parts = splitParts(text, 2_000);

  test('a draft within the limit is one part', () => {
    expect(splitParts('Hi Dana,\n\nThanks.', 2_000)).toEqual([{ start: 0, text: 'Hi Dana,\n\nThanks.' }]);
  });

  test('every part is a slice of the draft, within the limit, and together they hold all its text', () => {
    expect(parts.length).toBeGreaterThanOrEqual(10);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(2_000);
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(parts.map((p) => p.text).join(''))).toBe(squash(text));
  });

  test('parts end at paragraph breaks when the draft has them', () => {
    for (const p of parts.slice(0, -1)) expect(text.slice(p.start + p.text.length, p.start + p.text.length + 2)).toBe('\n\n');
  });

  test('joinParts puts replaced parts back between the original separators', () => {
    const draft = 'One.\n\nTwo two.\n\nThree.';
    const cut = splitParts(draft, 10);
    expect(cut.map((p) => p.text)).toEqual(['One.', 'Two two.', 'Three.']);
    expect(joinParts(draft, cut, ['1.', 'Two.', '3!'])).toBe('1.\n\nTwo.\n\n3!');
    expect(joinParts(draft, cut, cut.map((p) => p.text))).toBe(draft);
  });

  test('one endless paragraph is cut after sentences, never inside a word', () => {
    const wall = 'We cannot refund the deposit. '.repeat(200).trim();
    const cut = splitParts(wall, 1_000);
    expect(cut.length).toBeGreaterThan(5);
    for (const p of cut) expect(p.text).toMatch(/^We cannot.*deposit\.$/);
  });
});

/** A report made up for the merge, so it does not depend on what the rules currently flag. */
function report(findings: Finding[], over: Partial<Report> = {}): Report {
  return { lang: 'en', scenario: 'refusal', inRight: true, principles: { clarity: 'pass', politeness: 'pass', alternative: 'pass', 'over-apology': 'pass', firmness: 'pass' }, findings, ...over };
}
function finding(text: string, actual: string, rule: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(actual);
  return { principle: 'politeness', rule, severity: 'warning', start, end: start + actual.length, actual, message: 'm', fixes: [{ label: 'fix', edits: [{ start, end: start + actual.length, text: 'X' }] }], ...over };
}

describe('mergeParts', () => {
  const draft = 'Hi Dana,\n\nYOU MUST PAY.\n\nWe cannot do it.\n\nPAY NOW.\n\nMaya';
  const [a, b] = [{ start: 0, text: 'Hi Dana,\n\nYOU MUST PAY.' }, { start: 25, text: 'We cannot do it.\n\nPAY NOW.\n\nMaya' }];
  expect(draft.slice(b.start, b.start + b.text.length)).toBe(b.text);

  test('offsets and fix edits are shifted to the whole draft; statuses summed like the engine', () => {
    const merged = mergeParts([
      { ...a, report: report([finding(a.text, 'YOU MUST PAY', 'politeness/shouting')], { scenario: 'boundary' }) },
      { ...b, report: report([finding(b.text, 'PAY NOW', 'politeness/shouting', { severity: 'error', principle: 'firmness' })]) },
    ]);
    expect(merged.scenario).toBe('boundary');
    expect(merged.findings.map((f) => [f.start, f.actual, draft.slice(f.start, f.end)])).toEqual([
      [draft.indexOf('YOU'), 'YOU MUST PAY', 'YOU MUST PAY'],
      [draft.indexOf('PAY NOW'), 'PAY NOW', 'PAY NOW'],
    ]);
    const second = merged.findings[1]!;
    expect(applyFixes(draft, [{ start: second.start, end: second.end, actual: second.actual, fix: second.fixes[0]! }]).text).toBe(draft.replace('PAY NOW', 'X'));
    expect(merged.principles).toMatchObject({ politeness: 'warn', firmness: 'fail', clarity: 'pass' });
  });

  test('a draft-wide finding stands only when every part reports it; its fix greets at the head and closes at the tail', () => {
    const frame = (text: string, start: number): Finding => ({
      ...finding(text, text.slice(0, 5), 'politeness/missing-frame'),
      fixes: [{ label: 'frame', edits: [{ start: 0, end: 0, text: 'Hello,\n\n' }, { start: text.length, end: text.length, text: '\n\nBest,' }] }],
      message: `part at ${start}`,
    });
    const parts: AnalyzedPart[] = [
      { ...a, report: report([frame(a.text, a.start)]) },
      { ...b, report: report([frame(b.text, b.start)]) },
    ];
    const merged = mergeParts(parts);
    const wide = merged.findings.find((f) => f.rule === 'politeness/missing-frame')!;
    expect(wide.message).toBe('part at 0');
    expect(wide.fixes[0]!.edits).toEqual([
      { start: 0, end: 0, text: 'Hello,\n\n' },
      { start: draft.length, end: draft.length, text: '\n\nBest,' },
    ]);
    expect(merged.principles.politeness).toBe('warn');
    // The second part has its greeting-less text covered by the first part's greeting: no finding.
    const greeted = mergeParts([parts[0]!, { ...b, report: report([]) }]);
    expect(greeted.findings).toEqual([]);
    expect(greeted.principles.politeness).toBe('pass');
  });

  test('real engine: every merged finding points at its text in the whole draft', () => {
    const text = longDraft(12_000);
    const analyzed = splitParts(text, 3_000).map((p) => ({ ...p, report: analyze({ body: p.text }, { lang: 'en' }) }));
    const merged = mergeParts(analyzed);
    expect(merged.findings.length).toBeGreaterThan(5);
    for (const f of merged.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.actual);
      for (const fix of f.fixes) for (const e of fix.edits) expect(e.end <= text.length && e.start >= 0).toBe(true);
    }
  });
});

describe('controller: a long draft checked in parts', () => {
  function harness(partChars: number) {
    const frames: (() => void)[] = [];
    const slices: (() => void)[] = [];
    const models: PanelModel[] = [];
    let actions: PanelActions | undefined;
    const mountPanel: MountPanel = (_host, deps) => {
      actions = deps.actions;
      return { update: (m) => models.push(m), destroy() {} };
    };
    const deps: ControllerDeps = {
      mountPanel, settings: memorySettings(), i18n: { uiLang: 'en', t: (k) => k }, partChars,
      frame: (task) => void frames.push(task),
      slice: (task) => void slices.push(task),
    };
    const flushFrames = () => {
      while (frames.length) frames.shift()!();
    };
    const flushAll = () => {
      while (frames.length || slices.length) (frames.shift() ?? slices.shift())!();
    };
    return { deps, frames, slices, models, flushFrames, flushAll, actions: () => actions!, last: () => models.at(-1)! };
  }

  function view(): ComposeView {
    return gmailAdapter.findComposes(loadSnapshot('gmail-compose')).find((v) => fixtureId(v.body) === 'c1')!;
  }
  const textOf = (v: ComposeView) => readText(v.body, v.classify).text;

  test('each part is analyzed in its own task; the merged report says "checked in parts"', () => {
    const h = harness(120);
    const v = view();
    startCompose(v, h.deps, new AbortController().signal);
    h.flushFrames();
    const text = textOf(v);
    const parts = splitParts(text, 120);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    // Reading the draft did not analyze it: the first part waits for its own task.
    expect(h.last().state).toBe('checking');
    for (let i = 0; i < parts.length; i++) {
      expect(h.slices.length).toBe(1);
      expect(h.last().state).toBe('checking');
      h.slices.shift()!();
    }
    expect(h.last()).toMatchObject({ state: 'ready', partial: true, text });
    // Then fix-all is prepared in the background, again one part per task.
    for (let i = 0; i < parts.length; i++) {
      expect(h.slices.length).toBe(1);
      h.slices.shift()!();
    }
    // Then the edits Apply makes and the preview's word diff, in tasks of their own, until done.
    for (let i = 0; i < 50 && h.slices.length; i++) {
      expect(h.slices.length).toBe(1);
      h.slices.shift()!();
    }
    expect(h.slices.length).toBe(0);
    for (const f of h.last().report!.findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  test('a long draft that arrives before the warm-up is done finishes it, slice by slice, before its first part', () => {
    const h = harness(120);
    const warmSteps: number[] = [];
    let warmLeft = 3;
    const warmUp = () => (warmSteps.push(warmSteps.length), --warmLeft > 0);
    // No idle time in the test: only the long draft drives the warm-up.
    const warm = warmWhenIdle(warmUp, new AbortController().signal, undefined, { idle() {}, after() {}, now: () => 0 });
    startCompose(view(), { ...h.deps, warm }, new AbortController().signal);
    h.flushFrames();
    for (let i = 0; i < 3; i++) {
      expect(h.slices.length).toBe(1);
      h.slices.shift()!();
      expect(warmSteps.length).toBe(i + 1);
      expect(h.last().state).toBe('checking');
    }
    // Then the parts, as without a warm-up.
    h.flushAll();
    expect(warmSteps.length).toBe(3);
    expect(h.last()).toMatchObject({ state: 'ready', partial: true });
  });

  test('a fix found in a later part changes exactly its text in the editor', () => {
    const h = harness(120);
    const v = view();
    startCompose(v, h.deps, new AbortController().signal);
    h.flushAll();
    const text = h.last().text;
    const secondStart = splitParts(text, 120)[1]!.start;
    const later = h.last().report!.findings.find((f) => f.start >= secondStart && f.fixes.length > 0);
    expect(later, 'a finding with a fix beyond the first part').toBeDefined();
    const fix = later!.fixes[0]!;
    const expected = applyFixes(text, [{ start: later!.start, end: later!.end, actual: later!.actual, fix }]).text;
    h.actions().applyFix(later!, fix);
    h.flushAll();
    expect(textOf(v)).toBe(expected);
    expect(h.last()).toMatchObject({ state: 'ready', text: expected });
  });

  test('a keystroke during an unfinished run cancels it: only the newer draft is reported', () => {
    const h = harness(120);
    const v = view();
    startCompose(v, h.deps, new AbortController().signal);
    h.flushFrames();
    h.slices.shift()!(); // the first part of the old draft
    v.body.querySelector('div > div')!.append(' One more line.');
    v.body.dispatchEvent(new Event('input', { bubbles: true }));
    const edited = textOf(v);
    h.flushAll();
    const readyTexts = h.models.filter((m) => m.state === 'ready').map((m) => m.text);
    expect(readyTexts).toEqual([edited]);
    expect(h.last()).toMatchObject({ state: 'ready', partial: true, text: edited });
  });

  test('fix-all of a long draft is polished part by part in the background, with fixes local to a part', () => {
    const h = harness(120);
    const v = view();
    startCompose(v, h.deps, new AbortController().signal);
    h.flushFrames();
    const parts = splitParts(textOf(v), 120);
    for (let i = 0; i < parts.length; i++) h.slices.shift()!();
    expect(h.last().partial).toBe(true);
    // Before the background polish is done, fix-all polishes on demand; after, it reads the result.
    const onDemand = h.actions().previewFixAll();
    expect(h.slices.length).toBe(1);
    h.flushAll();
    const background = h.actions().previewFixAll();
    expect({ before: background.before, after: background.after }).toEqual(onDemand);
    // The preview's diff was made ahead, and is the diff the panel would make itself.
    expect(onDemand.diff).toBeUndefined();
    expect(background.diff).toEqual(wordDiff(background.before, background.after));
    expect(background.after).not.toBe(background.before);
    // No part got a greeting or closing of its own.
    const greetings = (s: string) => s.match(/^(hi|hello|dear)\b/gim)?.length ?? 0;
    expect(greetings(background.after)).toBe(greetings(background.before));
    h.actions().applyFixAll();
    h.flushAll();
    expect(textOf(v)).toBe(background.after);
    expect(h.last()).toMatchObject({ state: 'ready', text: background.after, canUndo: true });
    // Many edits on a long draft go over several tasks; the panel Undo too, back to the exact draft.
    h.actions().undo();
    h.flushAll();
    expect(textOf(v)).toBe(background.before);
    expect(h.last()).toMatchObject({ state: 'ready', text: background.before, canUndo: false });
  });

  test.each(['thanks', 'closing', 'house-rule'] as const)('the %s insert lands where it would in the whole draft', (kind) => {
    const h = harness(120);
    const v = view();
    startCompose(v, h.deps, new AbortController().signal);
    h.flushAll();
    const text = h.last().text;
    const whole = insertion(kind, { body: text, subject: v.readSubject(), recipientName: v.readRecipientName() }, { lang: 'en', uiLang: 'en' });
    expect(whole).not.toBeNull();
    h.actions().insert(kind);
    h.flushAll();
    expect(textOf(v)).toBe(applyEdits(text, [whole!]));
  });

  test('a draft within the limit is analyzed whole, not in parts', () => {
    const h = harness(100_000);
    startCompose(view(), h.deps, new AbortController().signal);
    h.flushFrames();
    expect(h.slices.length).toBe(0);
    expect(h.last()).toMatchObject({ state: 'ready', partial: false });
  });
});

describe('asTheEditorReads', () => {
  test('a removed paragraph leaves one blank line, as the editor reads it back; nothing else changes', () => {
    expect(asTheEditorReads('Hi Dana,\n\n\n\nWe cannot.\n  \n\nBest,\nMaya\n\n')).toBe('Hi Dana,\n\nWe cannot.\n\nBest,\nMaya');
    expect(asTheEditorReads('\n\nWe cannot.')).toBe('We cannot.');
    const read = 'Hi Dana,\n\nWe cannot.\nBest,\nMaya';
    expect(asTheEditorReads(read)).toBe(read);
  });
});
