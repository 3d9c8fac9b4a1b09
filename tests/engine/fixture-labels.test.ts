// The shared fixtures' drafts are labeled like the corpus (../shared/fixtures/drafts.json): the
// engine reads each as its label says — language, scenario, in the right, principles flagged — so
// the panels the e2e tests drive show what the labels promise, and a phrase change that misreads
// one turns a unit test red, not only a browser test.
import { describe, expect, test } from 'vitest';
import { analyze, CORE_PRINCIPLES } from '../../src/engine';
import { flaggedPrinciples } from '../../src/cli/score';
import { drafts } from '../content/load';

const labeled = Object.entries(drafts().fixtures).flatMap(([fixture, { composes }]) =>
  composes.filter((c) => c.label).map((c) => [`${fixture} ${c.id}`, c] as const),
);

describe('fixture drafts are read as labeled', () => {
  test('there are labeled drafts', () => {
    expect(labeled.length).toBeGreaterThanOrEqual(5);
  });

  test.each(labeled)('%s', (_name, compose) => {
    const label = compose.label!;
    const report = analyze({ subject: compose.subject ?? '', body: compose.draft });
    expect(report.lang).toBe(label.lang);
    expect(report.scenario).toBe(label.scenario);
    if (label.business_in_right !== null) expect(report.inRight).toBe(label.business_in_right);
    const flagged = flaggedPrinciples(report.findings);
    expect(Object.fromEntries(CORE_PRINCIPLES.map((p) => [p, flagged.has(p)]))).toEqual(label.expect);
  });
});
