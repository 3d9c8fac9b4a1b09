// Many edits on a long draft applied over several tasks: the first in a task of its own (the click
// that asked has just read the draft), each task applies at least one edit, the result is exact,
// and typing between two tasks stops the rest without touching the user's text.
import { describe, expect, test } from 'vitest';
import type { ComposeView } from '../../src/content/adapter';
import { applyEditsInSlices } from '../../src/content/apply-slices';
import type { EditOutcome } from '../../src/content/edit';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { readText } from '../../src/content/text-map';
import { applyEdits } from '../../src/engine/fixes';
import type { Edit } from '../../src/engine/types';
import { fixtureId, loadSnapshot } from './load';

const view = (): ComposeView => gmailAdapter.findComposes(loadSnapshot('gmail-compose')).find((v) => fixtureId(v.body) === 'c1')!;
const textOf = (v: ComposeView) => readText(v.body, v.classify).text;

function editsFor(text: string): Edit[] {
  const at = (actual: string, replacement: string): Edit => {
    const start = text.indexOf(actual);
    expect(start).toBeGreaterThanOrEqual(0);
    return { start, end: start + actual.length, text: replacement };
  };
  return [at('Hi Dana', 'Hello Dana'), at('three-tier', 'tiered'), at('Again, I apologize. ', ''), at('Best', 'Warm regards')];
}

function run(v: ComposeView, analyzed: string, edits: Edit[]) {
  const tasks: (() => void)[] = [];
  const outcomes: EditOutcome[] = [];
  applyEditsInSlices(v, analyzed, edits, (task) => void tasks.push(task), (o) => void outcomes.push(o), 0);
  // Nothing is touched in the caller's task.
  expect(readText(v.body, v.classify).text).not.toBe(applyEdits(analyzed, edits));
  expect(tasks).toHaveLength(1);
  return { tasks, outcomes };
}

describe('applyEditsInSlices', () => {
  test('one edit per task with no time budget; the draft ends exactly as the edits say', () => {
    const v = view();
    const before = textOf(v);
    const edits = editsFor(before);
    const { tasks, outcomes } = run(v, before, edits);
    for (let i = 0; i < edits.length; i++) {
      expect(tasks).toHaveLength(1);
      expect(outcomes).toEqual([]);
      tasks.shift()!();
    }
    expect(outcomes).toEqual(['applied']);
    expect(textOf(v)).toBe(applyEdits(before, edits));
  });

  test('typing between two tasks stops the rest; the typed text stays', () => {
    const v = view();
    const before = textOf(v);
    const edits = editsFor(before);
    const { tasks, outcomes } = run(v, before, edits);
    tasks.shift()!();
    // The first task applied the last edit ("Best"); now the user types at the greeting.
    const greeting = [...v.body.querySelectorAll('div')].find((d) => d.textContent === 'Hi Dana,')!;
    greeting.firstChild!.textContent = 'Hi Dana and Tom,';
    const typed = textOf(v);
    tasks.shift()!();
    expect(outcomes).toEqual(['drifted']);
    expect(tasks).toEqual([]);
    expect(textOf(v)).toBe(typed);
    expect(typed).toContain('Warm regards');
    expect(typed).toContain('three-tier');
  });

  test('a draft that changed before the first task is not touched', () => {
    const v = view();
    const before = textOf(v);
    const { tasks, outcomes } = run(v, `${before} (older)`, editsFor(before));
    tasks.shift()!();
    expect(outcomes).toEqual(['stale']);
    expect(tasks).toEqual([]);
    expect(textOf(v)).toBe(before);
  });
});
