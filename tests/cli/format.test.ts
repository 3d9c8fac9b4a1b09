import { describe, expect, test } from 'vitest';
import { formatReport, lineColumn } from '../../src/cli/format';
import type { Report } from '../../src/engine';

describe('lineColumn', () => {
  const text = 'Hi Ana,\n\nNo refunds.\nBest';
  test.each([
    [0, 1, 1],
    [3, 1, 4],
    [8, 2, 1],
    [9, 3, 1],
    [12, 3, 4],
    [21, 4, 1],
  ])('offset %i is %i:%i', (offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});

describe('formatReport', () => {
  const text = 'Hi Ana,\n\nWe MIGHT not refund it.';
  const report: Report = {
    lang: 'en',
    scenario: 'refusal',
    inRight: true,
    principles: { clarity: 'pass', politeness: 'warn', alternative: 'pass', 'over-apology': 'pass', firmness: 'fail' },
    findings: [
      {
        principle: 'firmness',
        rule: 'firmness/hedge',
        severity: 'error',
        start: 12,
        end: 21,
        actual: 'MIGHT not',
        message: 'The decision sounds negotiable.',
        fixes: [{ label: 'State it', edits: [{ start: 12, end: 21, text: 'are not able to' }] }],
      },
      {
        principle: 'politeness',
        rule: 'politeness/no-closing',
        severity: 'warning',
        start: 33,
        end: 33,
        actual: '',
        message: 'Add a closing.',
        fixes: [{ label: 'Add', edits: [{ start: 33, end: 33, text: '\n\nBest regards,' }] }],
      },
    ],
  };
  const out = formatReport(text, report, 'draft.txt');

  test('names the source and each finding with line:column, severity, principle, message, rule', () => {
    expect(out.split('\n')[0]).toBe('draft.txt');
    expect(out).toMatch(/^ {2}3:4 {2}error +firmness +The decision sounds negotiable\. {2}\(firmness\/hedge\)$/m);
    expect(out).toMatch(/^ {2}3:25 {2}warning +politeness +Add a closing\./m);
  });

  test('shows the replacement each first fix proposes', () => {
    expect(out).toContain('fix: State it: "MIGHT not" -> "are not able to"');
    expect(out).toContain('fix: Add: insert "\\n\\nBest regards," at 3:25');
  });

  test('sums up language, scenario and every principle', () => {
    expect(out).toContain('en · refusal (in the right) · clarity pass, politeness warn, alternative pass, over-apology pass, firmness fail');
    expect(out).toContain('1 error(s), 1 warning(s), 0 suggestion(s)');
  });

  test('says so when there is nothing to report', () => {
    expect(formatReport('Hi', { ...report, findings: [] }, '<stdin>')).toContain('no findings');
  });
});
