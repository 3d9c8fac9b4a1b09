import { describe, expect, test } from 'vitest';
import { counts, flaggedPrinciples, formatScore, score, type CheckResult, type LabeledDraft } from '../../src/cli/score';
import type { CorePrinciple, Finding, Severity } from '../../src/engine';

const none = { clarity: false, politeness: false, alternative: false, 'over-apology': false, firmness: false };
const label = (id: string, lang: 'en' | 'id', expect: Partial<Record<CorePrinciple, boolean>>, scenario: LabeledDraft['scenario'] = 'refusal'): LabeledDraft => ({
  id,
  lang,
  scenario,
  business_in_right: true,
  expect: { ...none, ...expect },
});
const finding = (principle: Finding['principle'], severity: Severity, actual = 'x'): Finding => ({
  principle,
  rule: `${principle}/rule`,
  severity,
  start: 0,
  end: actual.length,
  actual,
  message: 'm',
  fixes: [],
});
const result = (id: string, findings: Finding[], lang: 'en' | 'id' = 'en', scenario: CheckResult['scenario'] = 'refusal'): CheckResult => ({ id, lang, scenario, inRight: true, findings });

describe('counts', () => {
  test('precision, recall and F1', () => {
    expect(counts(3, 1, 2, 4)).toMatchObject({ precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });
  test('nothing to find and nothing flagged scores F1 1; no flags means no precision', () => {
    expect(counts(0, 0, 0, 5)).toMatchObject({ precision: null, recall: null, f1: 1 });
    expect(counts(0, 0, 2, 5)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe('flaggedPrinciples', () => {
  test('counts warnings and errors of core principles, never suggestions', () => {
    const got = flaggedPrinciples([finding('firmness', 'warning'), finding('clarity', 'error'), finding('politeness', 'suggestion'), finding('gratitude', 'suggestion')]);
    expect([...got].sort()).toEqual(['clarity', 'firmness']);
  });
});

describe('score', () => {
  const labels = [
    label('en-1', 'en', { firmness: true }),
    label('en-2', 'en', {}),
    label('id-1', 'id', { politeness: true, alternative: true }, 'termination'),
    label('id-2', 'id', {}),
  ];
  const results = [
    result('en-1', [finding('firmness', 'warning', 'might')]),
    result('en-2', [finding('clarity', 'warning', 'at some point')]),
    result('id-1', [finding('politeness', 'error'), finding('alternative', 'suggestion')], 'id', 'refusal'),
    result('id-2', [finding('politeness', 'suggestion')], 'en'),
  ];
  const s = score(labels, results);

  test('per principle and language', () => {
    expect(s.principles.firmness.en).toMatchObject({ tp: 1, fp: 0, fn: 0, tn: 1, f1: 1 });
    expect(s.principles.clarity.en).toMatchObject({ tp: 0, fp: 1, fn: 0, tn: 1, f1: 0 });
    expect(s.principles.alternative.id).toMatchObject({ tp: 0, fp: 0, fn: 1, tn: 1, f1: 0 });
    expect(s.principles.politeness.all).toMatchObject({ tp: 1, fp: 0, fn: 0, tn: 3 });
  });

  test('clean drafts falsely flagged, language and scenario accuracy', () => {
    expect(s.cleanDrafts).toBe(2);
    expect(s.cleanFlagged).toEqual(['en-2']);
    expect(s.lang).toMatchObject({ correct: 3, total: 4, wrong: [{ id: 'id-2', expected: 'id', got: 'en' }] });
    expect(s.scenario).toMatchObject({ correct: 3, total: 4, wrong: [{ id: 'id-1', expected: 'termination', got: 'refusal' }] });
  });

  test('lists every misclassification with the rules and text that fired', () => {
    expect(s.misses).toEqual([
      { id: 'en-2', principle: 'clarity', expected: false, got: true, rules: ['clarity/rule'], evidence: ['at some point'] },
      { id: 'id-1', principle: 'alternative', expected: true, got: false, rules: [], evidence: [] },
    ]);
  });

  test('a draft without a result is named, not scored', () => {
    const partial = score(labels, results.slice(1));
    expect(partial.missing).toEqual(['en-1']);
    expect(partial.drafts).toBe(3);
  });

  test('the printed table has a row per principle and language and the miss list', () => {
    const text = formatScore(s, 'dev.jsonl');
    expect(text).toMatch(/^firmness +en +1\.00 +1\.00 +1\.00 +1 +0 +0 +1$/m);
    expect(text).toMatch(/^clarity +en +0\.00 +— +0\.00 +0 +1 +0 +1$/m);
    expect(text).toContain('clean drafts falsely flagged: 1/2 (en-2)');
    expect(text).toContain('scenario accuracy: 3/4 (75%)');
    expect(text).toMatch(/en-2 +clarity +expected pass, got flag {2}by clarity\/rule: "at some point"/);
  });
});
