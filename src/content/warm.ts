// Warms the engine right after the content script loads, in idle callbacks of at most
// WARM_SLICE_MS each, so the first real check is fast and no warm-up task blocks the page. While
// the user types it pauses (WARM_PAUSE_MS after the last key): typing gets the idle time first.
import type { WarmUp } from '../engine/warm-up';

export const WARM_SLICE_MS = 8;
export const WARM_PAUSE_MS = 1_000;

type Deadline = { timeRemaining(): number };
export type WarmScheduler = {
  idle(callback: (deadline: Deadline) => void): void;
  after(ms: number, callback: () => void): void;
  now(): number;
};

const pageScheduler = (): WarmScheduler | undefined =>
  typeof requestIdleCallback === 'function'
    ? { idle: (cb) => void requestIdleCallback(cb), after: (ms, cb) => void setTimeout(cb, ms), now: () => performance.now() }
    : undefined;

/**
 * Runs `warmUp` to its end in idle time; without requestIdleCallback it does nothing. `input` is
 * where key and input events are heard (the document), to pause while the user types.
 */
export function warmWhenIdle(warmUp: WarmUp, signal: AbortSignal, input?: EventTarget, scheduler = pageScheduler()): void {
  if (!scheduler) return;
  let lastInput = -Infinity;
  const heard = () => {
    lastInput = scheduler.now();
  };
  for (const type of ['keydown', 'input']) input?.addEventListener(type, heard, { capture: true, passive: true, signal });
  const slice = (deadline: Deadline) => {
    if (signal.aborted) return;
    const quietFor = scheduler.now() - lastInput;
    if (quietFor < WARM_PAUSE_MS) {
      scheduler.after(WARM_PAUSE_MS - quietFor, () => scheduler.idle(slice));
      return;
    }
    const end = scheduler.now() + Math.min(WARM_SLICE_MS, deadline.timeRemaining());
    try {
      if (warmUp({ timeRemaining: () => end - scheduler.now() })) scheduler.idle(slice);
      else for (const type of ['keydown', 'input']) input?.removeEventListener(type, heard, { capture: true });
    } catch {
      // A warm-up is only an optimization: never an error in the page.
    }
  };
  scheduler.idle(slice);
}
