// Line diff behind fix-all and Undo: runs of changed lines are found exactly, and the edits made
// from them turn the old draft into the new one while touching only the lines that changed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffEdits } from '../../src/content/edit';
import { fewestHunks, lineHunks, nearbyHunks, type Hunk } from '../../src/content/line-diff';
import { applyEdits } from '../../src/engine/fixes';

const lines = fc.array(fc.constantFrom('', 'a', 'b', 'c', 'Thanks.', 'We cannot.'), { maxLength: 25 });

/** `a` with each hunk replaced by its new lines; the lines between hunks must be equal in both. */
function rebuild(a: string[], hunks: Hunk[], b: string[]): string[] {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const h of hunks) {
    expect(a.slice(x, h.aStart)).toEqual(b.slice(y, h.bStart));
    out.push(...a.slice(x, h.aStart), ...b.slice(h.bStart, h.bEnd));
    x = h.aEnd;
    y = h.bEnd;
  }
  return [...out, ...a.slice(x)];
}

describe('lineHunks', () => {
  test('replacing each hunk of old lines by its new lines gives the new lines; lines between hunks are equal', () => {
    fc.assert(fc.property(lines, lines, (a, b) => {
      expect(rebuild(a, lineHunks(a, b), b)).toEqual(b);
    }));
  });

  test('finds the one removed line in a long draft', () => {
    const a = Array.from({ length: 2_000 }, (_, i) => `line ${i}`);
    const b = a.filter((_, i) => i !== 1234);
    expect(lineHunks(a, b)).toEqual([{ aStart: 1234, aEnd: 1235, bStart: 1234, bEnd: 1234 }]);
  });

  test('beyond its budget of changed lines, the fewest-changes diff gives up (null)', () => {
    const a = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 100 }, (_, i) => `b${i}`);
    expect(fewestHunks(a, b, 50)).toBeNull();
  });

  test('the look-ahead diff is exact too, and finds local changes in a long draft', () => {
    fc.assert(fc.property(lines, lines, (a, b) => {
      expect(rebuild(a, nearbyHunks(a, b), b)).toEqual(b);
    }));
    const a = Array.from({ length: 3_000 }, (_, i) => (i % 3 === 2 ? '' : `line ${i}`));
    const b = a.flatMap((line, i) => (i % 50 === 0 ? [] : i % 50 === 10 ? [`${line} changed`] : i % 50 === 20 ? [line, 'added'] : [line]));
    const hunks = nearbyHunks(a, b);
    expect(rebuild(a, hunks, b)).toEqual(b);
    expect(hunks).toHaveLength(180);
    for (const h of hunks) expect(h.aEnd - h.aStart + h.bEnd - h.bStart).toBeLessThanOrEqual(4);
  });
});

describe('diffEdits across added and removed lines', () => {
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n', 'é', 'Sorry.'), { maxLength: 30 }).map((p) => p.join(''));

  test('edits applied to the old text always give the new text', () => {
    fc.assert(fc.property(text, text, (before, after) => applyEdits(before, diffEdits(before, after)) === after), { numRuns: 500 });
  });

  test('edits are sorted and never overlap', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffEdits(before, after);
        return edits.every((e, i) => e.start <= e.end && (i === 0 || edits[i - 1]!.end < e.start || (edits[i - 1]!.end === e.start && edits[i - 1]!.start < e.start)));
      }),
      { numRuns: 500 },
    );
  });

  test('removing a sentence line and adding a closing in a 2,000-line draft touches only those lines', () => {
    const draft = Array.from({ length: 2_000 }, (_, i) => `Line ${i} says something.`);
    const before = draft.join('\n');
    const after = [...draft.slice(0, 700), ...draft.slice(701), '', 'Thank you for understanding.'].join('\n');
    const edits = diffEdits(before, after);
    expect(applyEdits(before, edits)).toBe(after);
    expect(edits).toHaveLength(2);
    for (const e of edits) expect(e.end - e.start).toBeLessThan(40);
  });
});
