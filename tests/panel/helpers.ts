import { vi, type Mock } from 'vitest';
import type { Finding, Report } from '../../src/engine/types';
import type { PanelActions, PanelModel } from '../../src/panel/contract';

export const TEXT = 'Sorry sorry sorry, we cannot maybe do that. Thanks.';

export function finding(over: Partial<Finding> = {}): Finding {
  const start = over.start ?? 0;
  const actual = over.actual ?? 'Sorry sorry sorry';
  return {
    principle: 'over-apology',
    rule: 'over-apology/repeated',
    severity: 'warning',
    start,
    end: start + actual.length,
    actual,
    message: 'One apology is enough.',
    fixes: [{ label: 'Keep one apology', edits: [{ start, end: start + actual.length, text: 'Sorry' }] }],
    ...over,
  };
}

export const hedge = finding({
  principle: 'firmness',
  rule: 'firmness/hedge',
  start: TEXT.indexOf('maybe '),
  actual: 'maybe ',
  message: 'A hedge makes the no sound open.',
  fixes: [{ label: 'Remove “maybe”', edits: [{ start: TEXT.indexOf('maybe '), end: TEXT.indexOf('maybe ') + 6, text: '' }] }],
});

export function report(over: Partial<Report> = {}): Report {
  return {
    lang: 'en',
    scenario: 'refusal',
    inRight: true,
    principles: { clarity: 'pass', politeness: 'pass', alternative: 'fail', 'over-apology': 'warn', firmness: 'warn' },
    findings: [finding(), hedge],
    ...over,
  };
}

export function model(over: Partial<PanelModel> = {}): PanelModel {
  return { state: 'ready', report: report(), text: TEXT, partial: false, canUndo: false, overrides: {}, ignored: new Set(), ...over };
}

export type FakeActions = { [K in keyof PanelActions]: Mock<PanelActions[K]> };

export function fakeActions(after = 'Sorry, we cannot do that. Thank you.'): FakeActions {
  return {
    applyFix: vi.fn<PanelActions['applyFix']>(),
    previewFixAll: vi.fn<PanelActions['previewFixAll']>(() => ({ before: TEXT, after })),
    applyFixAll: vi.fn<PanelActions['applyFixAll']>(),
    undo: vi.fn<PanelActions['undo']>(),
    highlight: vi.fn<PanelActions['highlight']>(),
    setOverrides: vi.fn<PanelActions['setOverrides']>(),
    ignore: vi.fn<PanelActions['ignore']>(),
    disableRule: vi.fn<PanelActions['disableRule']>(),
    insert: vi.fn<PanelActions['insert']>(),
  };
}

/** Preact flushes state updates from event handlers on a microtask/timer. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
