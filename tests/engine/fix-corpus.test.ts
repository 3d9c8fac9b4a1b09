// `sopan fix` on the dev corpus: fix-all must keep every must_keep string (names, amounts, dates,
// order numbers) and must remove most of what it can fix — at least 80% of the politeness,
// over-apology and firmness findings (warning/error), each principle on its own.
import { describe, expect, test } from 'vitest';
import { analyze, fixAll, type AnalyzeOptions, type CorePrinciple, type Report } from '../../src/engine';
import { devCorpus } from './corpus';

const FIXABLE: CorePrinciple[] = ['politeness', 'over-apology', 'firmness'];
const REQUIRED_REDUCTION = 0.8;

const drafts = devCorpus().map((d) => {
  const draft = { subject: d.subject, body: d.body };
  const before = analyze(draft);
  // Re-check under the first analysis's language and scenario, as fix-all does: an inserted
  // alternative must not turn a refusal into "other" and hide findings that way.
  const pinned: AnalyzeOptions = { lang: before.lang, scenario: before.scenario, inRight: before.inRight };
  const fixed = fixAll(draft);
  const after = analyze({ ...draft, body: fixed }, pinned);
  return { ...d, fixed, before, after };
});

const count = (report: Report, principle: CorePrinciple) => report.findings.filter((f) => f.principle === principle && f.severity !== 'suggestion').length;

describe('fix-all on every dev draft', () => {
  test.each(drafts.map((d) => [d.id, d] as const))('%s keeps every must_keep string', (_id, d) => {
    expect(d.must_keep.filter((s) => !d.fixed.includes(s))).toEqual([]);
  });

  test.each(FIXABLE)('removes at least four fifths of the %s findings', (principle) => {
    const before = drafts.reduce((n, d) => n + count(d.before, principle), 0);
    const after = drafts.reduce((n, d) => n + count(d.after, principle), 0);
    const left = drafts.filter((d) => count(d.after, principle) > 0).map((d) => `${d.id}:${count(d.after, principle)}`);
    const summary = `${principle}: ${before} findings before fix-all, ${after} after (${left.join(', ') || 'none left'})`;
    // No findings at all means the rules are missing, not that fix-all works.
    expect(before, summary).toBeGreaterThan(0);
    expect(after, summary).toBeLessThanOrEqual(Math.floor(before * (1 - REQUIRED_REDUCTION)));
  });
});
