// When the controller's checks run in the page: typing coalesced into one run after a pause (or
// every MAX_WAIT_MS while the user keeps typing), in idle time; other requests at the next frame.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { batcher, MAX_WAIT_MS, QUIET_MS } from '../../src/content/schedule';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'requestIdleCallback', 'performance'] });
});
afterEach(() => vi.useRealTimers());

function counter() {
  const abort = new AbortController();
  let runs = 0;
  const batch = batcher(() => void runs++, abort.signal);
  return { batch, abort, runs: () => runs };
}

describe('batcher', () => {
  test('a burst of keystrokes is one run, after the user pauses, never inside a keystroke', () => {
    const c = counter();
    for (let i = 0; i < 5; i++) {
      c.batch.request(true);
      expect(c.runs()).toBe(0);
      vi.advanceTimersByTime(50);
    }
    expect(c.runs()).toBe(0);
    vi.advanceTimersByTime(QUIET_MS + 400); // the pause, then idle time (or its deadline)
    expect(c.runs()).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(c.runs()).toBe(1);
  });

  test('typing without a pause still gets a run every MAX_WAIT_MS or so', () => {
    const c = counter();
    for (let t = 0; t < 3 * MAX_WAIT_MS; t += 40) {
      c.batch.request(true);
      vi.advanceTimersByTime(40);
    }
    expect(c.runs()).toBeGreaterThanOrEqual(2);
    expect(c.runs()).toBeLessThanOrEqual(4);
  });

  test('a request that is not typing runs at the next frame, also while typing waits for a pause', () => {
    const c = counter();
    c.batch.request(false);
    expect(c.runs()).toBe(0);
    vi.advanceTimersByTime(20);
    expect(c.runs()).toBe(1);
    c.batch.request(true);
    vi.advanceTimersByTime(50);
    c.batch.request(false);
    vi.advanceTimersByTime(20);
    expect(c.runs()).toBe(2);
  });

  test('nothing runs after abort', () => {
    const c = counter();
    c.batch.request(true);
    c.abort.abort();
    vi.advanceTimersByTime(5_000);
    c.batch.request(false);
    vi.advanceTimersByTime(5_000);
    expect(c.runs()).toBe(0);
  });
});
