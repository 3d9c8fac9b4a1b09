// The content script's warm-up runs in idle slices of at most WARM_SLICE_MS until the engine says it is done.
import { expect, test } from 'vitest';
import { WARM_SLICE_MS, warmWhenIdle } from '../../src/content/warm';

function manualIdle() {
  const queue: ((deadline: { timeRemaining(): number }) => void)[] = [];
  return { queue, request: (cb: (deadline: { timeRemaining(): number }) => void) => void queue.push(cb) };
}

test('slices are capped at WARM_SLICE_MS and requested until the warm-up is done', () => {
  const idle = manualIdle();
  const budgets: number[] = [];
  let left = 3;
  warmWhenIdle((deadline) => {
    budgets.push(deadline.timeRemaining());
    return --left > 0;
  }, new AbortController().signal, idle.request);
  let slices = 0;
  while (idle.queue.length) {
    idle.queue.shift()!({ timeRemaining: () => 40 });
    slices++;
  }
  expect(slices).toBe(3);
  expect(budgets.every((b) => b <= WARM_SLICE_MS && b > 0)).toBe(true);
});

test('stops when aborted, and a throwing warm-up stays out of the page', () => {
  const idle = manualIdle();
  const controller = new AbortController();
  let calls = 0;
  warmWhenIdle(() => {
    calls++;
    if (calls === 2) throw new Error('boom');
    return true;
  }, controller.signal, idle.request);
  idle.queue.shift()!({ timeRemaining: () => 5 });
  expect(() => idle.queue.shift()!({ timeRemaining: () => 5 })).not.toThrow();
  expect(idle.queue.length).toBe(0);
  warmWhenIdle(() => ++calls > 0, controller.signal, idle.request);
  controller.abort();
  idle.queue.shift()!({ timeRemaining: () => 5 });
  expect(calls).toBe(2);
});
