// The word index's readings in place must equal the plain readings they replace: a gap between
// two runs compared where it stands equals its normalized slice compared as a string; the runs
// of several first words, merged from their lists in a bit set or found by key, equal a scan.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { gapIs, normalizeGap } from '../../src/engine/text/phrase-plan';
import { runsOf } from '../../src/engine/text/index-runs';
import { buildIndex } from '../../src/engine/text/word-index';
import { markFirst, registryWord } from '../../src/engine/text/word-registry';

// Words, every kind of space (a run of them is one space), both apostrophes and punctuation.
const pieces = ['we', 'Kak', '9', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', "'", '’', '‘', ',', '.', '-', '!', '?', ':', '(', ')', '"', '😅'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
const gaps = [' ', "'", ' - ', ', ', '. ', '!', "' ", ' (', '', '  ', ' \n', '’', ' ,'];

test('a gap compared in place equals its normalized slice', () => {
  fc.assert(
    fc.property(text, (t) => {
      const index = buildIndex(t);
      if (!index) return;
      for (let run = 0; run + 1 < index.runStarts.length; run++) {
        const gap = normalizeGap(t.slice(index.runEnds[run], index.runStarts[run + 1]));
        for (const candidate of [gap, ...gaps]) expect(gapIs(index, run, candidate), `${JSON.stringify(t)} ${run} ${JSON.stringify(candidate)}`).toBe(gap === candidate);
      }
    }),
    { numRuns: 3000 },
  );
});

test('the runs of several first words, from the lists of their runs or found by key, equal a scan of the runs', () => {
  const words = ['we', 'can', 'not', 'kami', 'bisa', 'refund', 'x'];
  const entries = words.map((w) => registryWord(w, true)!);
  for (const entry of entries) markFirst(entry);
  const draft = fc.array(fc.constantFrom(...words, ' ', ', ', '\n', 'Kami', 'WE'), { maxLength: 80 }).map((p) => p.join(' '));
  const keySets = fc.uniqueArray(fc.constantFrom(...entries.map((e) => e.key)), { minLength: 2, maxLength: words.length });
  let id = -1;
  fc.assert(
    fc.property(draft, keySets, fc.boolean(), (t, keys, pooled) => {
      const index = buildIndex(t, pooled);
      if (!index) return;
      const sorted = [...index.runKeys.keys()].filter((run) => keys.includes(index.runKeys[run]!));
      // A key given twice still gives each of its runs once.
      for (const asked of [keys, [...keys, keys[0]!]]) {
        for (const listed of [true, false]) {
          const runs = runsOf(index, id--, asked, listed);
          expect(runs ? [...runs] : []).toEqual(sorted);
        }
      }
    }),
    { numRuns: 2000 },
  );
});
