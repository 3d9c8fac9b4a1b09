// Warms the engine right after the content script loads, in idle callbacks of at most
// WARM_SLICE_MS each, so the first real check is fast and no warm-up task blocks the page. While
// the user types it pauses (WARM_PAUSE_MS after the last key): typing gets the idle time first.
// A very long draft that arrives before the warm-up is done finishes it first, in slices of its
// own (finishThen): its first part, analyzed cold, would otherwise be one long task.
import type { WarmUp } from '../engine/warm-up';
import type { Later } from './schedule';

export const WARM_SLICE_MS = 8;
export const WARM_PAUSE_MS = 1_000;

type Deadline = { timeRemaining(): number };
export type WarmScheduler = {
  idle(callback: (deadline: Deadline) => void): void;
  after(ms: number, callback: () => void): void;
  now(): number;
};

/** The page's warm-up, for work that must not start cold. */
export type PageWarmUp = {
  /**
   * Runs what is left of the warm-up in tasks of at most WARM_SLICE_MS (`later` makes each task),
   * then `then`; `then` runs at once when the warm-up is done, failed or never started.
   */
  finishThen(later: Later, then: () => void): void;
};

const pageScheduler = (): WarmScheduler | undefined =>
  typeof requestIdleCallback === 'function'
    ? { idle: (cb) => void requestIdleCallback(cb), after: (ms, cb) => void setTimeout(cb, ms), now: () => performance.now() }
    : undefined;

/**
 * Runs `warmUp` to its end in idle time; without requestIdleCallback it does nothing. `input` is
 * where key and input events are heard (the document), to pause while the user types.
 */
export function warmWhenIdle(warmUp: WarmUp, signal: AbortSignal, input?: EventTarget, scheduler = pageScheduler()): PageWarmUp {
  let finished = !scheduler;
  const finish = () => {
    finished = true;
    for (const type of ['keydown', 'input']) input?.removeEventListener(type, heard, { capture: true });
  };
  /** One slice of at most `budgetMs`; false once nothing is left to do. */
  const runSlice = (budgetMs: number): boolean => {
    if (finished || signal.aborted) return false;
    const end = scheduler!.now() + Math.min(WARM_SLICE_MS, budgetMs);
    try {
      if (warmUp({ timeRemaining: () => end - scheduler!.now() })) return true;
    } catch {
      // A warm-up is only an optimization: never an error in the page.
    }
    finish();
    return false;
  };

  let lastInput = -Infinity;
  function heard() {
    lastInput = scheduler!.now();
  }
  if (scheduler) {
    for (const type of ['keydown', 'input']) input?.addEventListener(type, heard, { capture: true, passive: true, signal });
    const slice = (deadline: Deadline) => {
      if (finished || signal.aborted) return;
      const quietFor = scheduler.now() - lastInput;
      if (quietFor < WARM_PAUSE_MS) {
        scheduler.after(WARM_PAUSE_MS - quietFor, () => scheduler.idle(slice));
        return;
      }
      if (runSlice(deadline.timeRemaining())) scheduler.idle(slice);
    };
    scheduler.idle(slice);
  }

  return {
    finishThen(later, then) {
      if (finished || signal.aborted) return then();
      const step = () => (runSlice(WARM_SLICE_MS) ? later(step) : then());
      later(step);
    },
  };
}
