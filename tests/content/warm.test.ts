// The content script's warm-up runs in idle slices of at most WARM_SLICE_MS until the engine says
// it is done, pauses while the user types, and never throws into the page.
import { expect, test } from 'vitest';
import { WARM_PAUSE_MS, WARM_SLICE_MS, warmWhenIdle, type WarmScheduler } from '../../src/content/warm';

function manualScheduler() {
  let now = 10_000;
  const idle: ((deadline: { timeRemaining(): number }) => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const scheduler: WarmScheduler = {
    idle: (cb) => void idle.push(cb),
    after: (ms, run) => void timers.push({ at: now + ms, run }),
    now: () => now,
  };
  const runIdle = (remaining = 40) => idle.shift()!({ timeRemaining: () => remaining });
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers.splice(0, timers.length, ...timers.filter((t) => t.at > now));
    for (const t of due) t.run();
  };
  return { scheduler, idle, timers, runIdle, advance };
}

test('slices are capped at WARM_SLICE_MS and requested until the warm-up is done', () => {
  const m = manualScheduler();
  const budgets: number[] = [];
  let left = 3;
  warmWhenIdle((deadline) => {
    budgets.push(deadline.timeRemaining());
    return --left > 0;
  }, new AbortController().signal, undefined, m.scheduler);
  let slices = 0;
  while (m.idle.length) {
    m.runIdle();
    slices++;
  }
  expect(slices).toBe(3);
  expect(budgets).toEqual([WARM_SLICE_MS, WARM_SLICE_MS, WARM_SLICE_MS]);
});

test('pauses while the user types, then goes on', () => {
  const m = manualScheduler();
  const input = new EventTarget();
  let calls = 0;
  warmWhenIdle(() => ++calls < 5, new AbortController().signal, input, m.scheduler);
  m.runIdle();
  expect(calls).toBe(1);
  input.dispatchEvent(new Event('keydown'));
  m.runIdle();
  expect(calls).toBe(1);
  expect(m.idle.length).toBe(0);
  m.advance(WARM_PAUSE_MS / 2);
  expect(m.idle.length).toBe(0);
  m.advance(WARM_PAUSE_MS);
  expect(m.idle.length).toBe(1);
  m.runIdle();
  expect(calls).toBe(2);
});

test('stops when aborted, and a throwing warm-up stays out of the page', () => {
  const m = manualScheduler();
  const controller = new AbortController();
  let calls = 0;
  warmWhenIdle(() => {
    calls++;
    if (calls === 2) throw new Error('boom');
    return true;
  }, controller.signal, undefined, m.scheduler);
  m.runIdle();
  expect(() => m.runIdle()).not.toThrow();
  expect(m.idle.length).toBe(0);
  warmWhenIdle(() => ++calls > 0, controller.signal, undefined, m.scheduler);
  controller.abort();
  m.runIdle();
  expect(calls).toBe(2);
});

test('finishThen: a long draft that comes early runs the rest of the warm-up in slices of its own, then its work', () => {
  const m = manualScheduler();
  const budgets: number[] = [];
  let left = 4;
  const warm = warmWhenIdle((deadline) => {
    budgets.push(deadline.timeRemaining());
    return --left > 0;
  }, new AbortController().signal, undefined, m.scheduler);
  m.runIdle(); // one idle slice happened before the draft arrived
  const tasks: (() => void)[] = [];
  let done = 0;
  warm.finishThen((task) => void tasks.push(task), () => done++);
  expect(tasks.length).toBe(1); // nothing in the caller's task
  while (tasks.length) {
    expect(done).toBe(0);
    tasks.shift()!();
  }
  expect(done).toBe(1);
  expect(budgets).toEqual([WARM_SLICE_MS, WARM_SLICE_MS, WARM_SLICE_MS, WARM_SLICE_MS]);
  // The idle loop finds nothing left; a later long draft goes ahead at once.
  while (m.idle.length) m.runIdle();
  expect(budgets.length).toBe(4);
  warm.finishThen(() => expect.unreachable('no task when the warm-up is done'), () => done++);
  expect(done).toBe(2);
});

test('finishThen goes ahead when the warm-up throws, was aborted or cannot run (no idle callbacks)', () => {
  const m = manualScheduler();
  const throwing = warmWhenIdle(() => {
    throw new Error('boom');
  }, new AbortController().signal, undefined, m.scheduler);
  const tasks: (() => void)[] = [];
  let done = 0;
  throwing.finishThen((task) => void tasks.push(task), () => done++);
  expect(() => tasks.shift()!()).not.toThrow();
  expect(done).toBe(1);

  const controller = new AbortController();
  const aborted = warmWhenIdle(() => true, controller.signal, undefined, m.scheduler);
  controller.abort();
  aborted.finishThen(() => expect.unreachable(), () => done++);
  expect(done).toBe(2);

  const noIdle = warmWhenIdle(() => expect.unreachable('never warmed without idle callbacks'), new AbortController().signal, undefined, undefined);
  noIdle.finishThen(() => expect.unreachable(), () => done++);
  expect(done).toBe(3);
});
