// Shared buffers for the draft's index: views must be zeroed and apart, and only the draft's own
// index (dropped by the next analysis) may use them, or a cached index would keep a buffer alive.
import { expect, test } from 'vitest';
import { ints } from '../../src/engine/text/int-slab';
import { buildIndex, indexOf } from '../../src/engine/text/word-index';
import { negatedBefore, wordsBefore } from '../../src/engine/understand/find';
import { en } from '../../src/engine/phrases/en';

test('slab views are zeroed, of the length asked, and do not overlap', () => {
  const a = ints(100);
  a.fill(7);
  const b = ints(50);
  expect(a.length).toBe(100);
  expect(b.length).toBe(50);
  expect([...b].every((x) => x === 0)).toBe(true);
  b.fill(3);
  expect([...a].every((x) => x === 7)).toBe(true);
  // A large request gets a buffer of its own.
  expect(ints(1 << 16).buffer.byteLength).toBe(4 << 16);
});

test('only a pooled index is cut from the shared buffer', () => {
  const text = 'We cannot refund the deposit, but we can move your booking to Friday.';
  const own = buildIndex(text)!;
  expect(own.pooled).toBe(false);
  expect(own.runStarts.buffer.byteLength).toBe(own.runStarts.byteLength + own.runEnds.byteLength + own.runKeys.byteLength + own.firstWordRuns.byteLength + own.firstWordRunEnds.byteLength);
  expect(indexOf(`${text} `)!.pooled).toBe(false);
  const pooled = buildIndex(text, true)!;
  expect(pooled.pooled).toBe(true);
  expect([...pooled.runStarts]).toEqual([...own.runStarts]);
  expect([...pooled.runKeys]).toEqual([...own.runKeys]);
});

test('negatedBefore reads the words before a hit as wordsBefore gives them', () => {
  const text = "Sorry, we can't really offer that. I can't believe we forgot! We won't - sadly - refund it. KAMI TIDAK bisa. We don’t offer refunds.";
  const negators: readonly string[] = en.meaning.negators;
  for (let start = 0; start <= text.length; start++) {
    for (const window of [1, 2, 3]) {
      const words = wordsBefore(text, start, window).map((w) => w.replace(/’/g, "'"));
      const slow = words.some((w, i) => ((negators as readonly string[]).includes(w) || w.endsWith("n't")) && !['believe', 'imagine', 'wait', 'percaya', 'nyangka', 'menyangka'].includes(words[i + 1] ?? ''));
      expect(negatedBefore(text, start, negators, window), `${start}/${window}`).toBe(slow);
    }
  }
});
