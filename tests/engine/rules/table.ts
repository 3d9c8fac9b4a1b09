// Shared shape of the rule table tests: a draft, its language, whether the rule fires, and the
// text after applying that rule's first fix to every hit.
import { expect } from 'vitest';
import { analyze, applyFixes, firstFixes, type AnalyzeOptions, type Draft, type Lang } from '../../../src/engine';

export type Row = {
  lang: Lang;
  body: string;
  /** How many findings the rule reports (0 for a good draft). */
  hits: number;
  /** The body after the rule's fixes; omitted when the rule offers none. */
  fixed?: string;
  recipientName?: string;
  options?: AnalyzeOptions;
};

export function ruleFindings(rule: string, row: Row) {
  const draft: Draft = { body: row.body, recipientName: row.recipientName };
  return analyze(draft, { lang: row.lang, ...row.options }).findings.filter((f) => f.rule === rule);
}

export function expectRow(rule: string, row: Row): void {
  const found = ruleFindings(rule, row);
  expect(found.map((f) => f.actual), `findings of ${rule}`).toHaveLength(row.hits);
  for (const f of found) expect(row.body.slice(f.start, f.end)).toBe(f.actual);
  if (row.fixed !== undefined) expect(applyFixes(row.body, firstFixes(found)).text).toBe(row.fixed);
}

/** Test names that say which row failed. */
export const label = (row: Row) => `${row.lang} ${row.hits ? 'bad' : 'good'}: ${row.body.replace(/\n/g, ' ⏎ ').slice(0, 60)}`;
