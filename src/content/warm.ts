// Warms the engine right after the content script loads, in idle callbacks of at most
// WARM_SLICE_MS each, so the first real check is fast and no warm-up task blocks the page.
import type { WarmUp } from '../engine/warm-up';

export const WARM_SLICE_MS = 8;

type IdleRequest = (callback: (deadline: { timeRemaining(): number }) => void) => unknown;

/** Runs `warmUp` to its end in idle time; without requestIdleCallback it does nothing. */
export function warmWhenIdle(warmUp: WarmUp, signal: AbortSignal, requestIdle?: IdleRequest): void {
  const idle = requestIdle ?? (typeof requestIdleCallback === 'function' ? (cb: IdleRequestCallback) => requestIdleCallback(cb) : undefined);
  if (!idle) return;
  const slice = (deadline: { timeRemaining(): number }) => {
    if (signal.aborted) return;
    const end = performance.now() + Math.min(WARM_SLICE_MS, deadline.timeRemaining());
    try {
      if (warmUp({ timeRemaining: () => end - performance.now() })) idle(slice);
    } catch {
      // A warm-up is only an optimization: never an error in the page.
    }
  };
  idle(slice);
}
