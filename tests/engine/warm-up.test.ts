// The warm-up only fills caches: it finishes in small steps, and every report is the same after it.
import { expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { createWarmUp } from '../../src/engine/warm-up';
import { loadCorpus } from './corpus';

const noTimeLeft = { timeRemaining: () => 0 };

test('the warm-up finishes, one step per call when no time is left, and analyses are unchanged after it', () => {
  const drafts = loadCorpus();
  expect(drafts.length).toBeGreaterThan(20);
  // Include a settings list of the user's own: patterns compiled from settings must survive too.
  const settings = { flagPhrases: ['per my last email'], acceptPhrases: ['kind regards'] };
  const analyzeAll = () => drafts.map((d) => analyze({ subject: d.subject, body: d.body }, { settings }));
  const before = analyzeAll();

  const warmUp = createWarmUp(['id', 'en']);
  let calls = 1;
  while (warmUp(noTimeLeft)) {
    calls++;
    if (calls > 50_000) throw new Error('the warm-up never finishes');
  }
  // Many small steps, not one big one.
  expect(calls).toBeGreaterThan(50);
  expect(warmUp(noTimeLeft)).toBe(false);

  expect(analyzeAll()).toEqual(before);
});

test('with time to spare, one call does the whole warm-up', () => {
  const warmUp = createWarmUp(['en']);
  expect(warmUp({ timeRemaining: () => 1_000_000 })).toBe(false);
  expect(warmUp({ timeRemaining: () => 1_000_000 })).toBe(false);
});
