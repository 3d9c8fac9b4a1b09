import { describe, expect, test } from 'vitest';
import { applyEdits, applyFixes, type FixRequest } from '../../src/engine';

const request = (start: number, end: number, actual: string, text: string, editStart = start, editEnd = end): FixRequest => ({
  start,
  end,
  actual,
  fix: { label: 'fix', edits: [{ start: editStart, end: editEnd, text }] },
});

describe('applyFixes', () => {
  const text = 'We MIGHT not refund it!!!';

  test('applies non-overlapping fixes', () => {
    const result = applyFixes(text, [request(3, 8, 'MIGHT', 'might'), request(22, 25, '!!!', '.')]);
    expect(result.text).toBe('We might not refund it.');
    expect(result.skipped).toHaveLength(0);
  });

  test('skips a fix that overlaps one already taken', () => {
    const result = applyFixes(text, [request(3, 8, 'MIGHT', 'might'), request(3, 12, 'MIGHT not', 'cannot')]);
    expect(result.text).toBe('We might not refund it!!!');
    expect(result.skipped.map((r) => r.actual)).toEqual(['MIGHT not']);
  });

  test('skips a fix whose range no longer holds the analyzed text', () => {
    const result = applyFixes(text, [request(3, 8, 'COULD', 'could')]);
    expect(result.text).toBe(text);
    expect(result.applied).toHaveLength(0);
  });

  test('skips edits outside the text instead of corrupting it', () => {
    const result = applyFixes(text, [request(3, 8, 'MIGHT', 'x', 20, 99)]);
    expect(result.text).toBe(text);
  });

  test('two insertions at the same point are not both applied', () => {
    const result = applyFixes('abc', [request(0, 0, '', 'X'), request(0, 0, '', 'Y')]);
    expect(result.text).toBe('Xabc');
  });
});

test('applyEdits applies from the end so offsets stay valid', () => {
  expect(applyEdits('one two three', [{ start: 0, end: 3, text: '1' }, { start: 8, end: 13, text: '3' }])).toBe('1 two 3');
});
