// When the content script does its work: never inside a keystroke. Typing is coalesced into one
// check once the user pauses (or at least every MAX_WAIT_MS while they keep typing), run in idle
// time; anything else (a compose just opened, a fix applied, an option changed) is an answer the
// user waits for, checked before the next paint; a long check yields to the page between parts.

/** Runs `task` later, at a moment of the scheduler's choosing (tests pass a manual clock). */
export type Later = (task: () => void) => void;

/** Quiet time after a keystroke before the draft is read again. */
export const QUIET_MS = 200;
/** While the user types without a pause, the panel still catches up this often. */
export const MAX_WAIT_MS = 1_500;
/** An idle callback that never comes (a page always busy) runs anyway after this long. */
const IDLE_TIMEOUT_MS = 300;

/** In idle time when the browser offers it (with a deadline), else before the next paint. */
export const whenIdle: Later = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  else requestAnimationFrame(() => task());
};

type YieldingScheduler = { yield(): Promise<void> };

/** In a new task, as soon as the page has had its turn (scheduler.yield, else a message). */
export const nextTask: Later = (task) => {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    void scheduler.yield().then(task);
    return;
  }
  // A MessageChannel message is a new task without setTimeout's 4 ms clamp.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
};

export type Batcher = {
  /** Asks for a run: `typing` waits for a pause, otherwise the run comes at the next idle moment. */
  request(typing: boolean): void;
};

/**
 * Coalesces requests into single runs of `run`. With `manual` (tests), every request lands in
 * that clock at once; the page's default debounces typing with timers, then waits for idle time.
 */
export function batcher(run: () => void, signal: AbortSignal, manual?: Later): Batcher {
  let queued = false;
  if (manual) {
    return {
      request() {
        if (queued || signal.aborted) return;
        queued = true;
        manual(() => {
          queued = false;
          if (!signal.aborted) run();
        });
      },
    };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const go = () => {
    queued = false;
    if (!signal.aborted) run();
  };
  const fire = () => {
    timer = undefined;
    whenIdle(go);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    request(typing) {
      if (signal.aborted) return;
      if (!queued) {
        queued = true;
        firstAt = performance.now();
        if (typing) timer = setTimeout(fire, QUIET_MS);
        else requestAnimationFrame(go);
        return;
      }
      // Already queued: the run reads the draft as it is then. Waiting for a pause, another
      // keystroke pushes it back (up to MAX_WAIT_MS); anything else brings it to the next frame.
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      if (!typing) return void requestAnimationFrame(go);
      const waited = performance.now() - firstAt;
      timer = setTimeout(fire, Math.max(0, Math.min(QUIET_MS, MAX_WAIT_MS - waited)));
    },
  };
}
