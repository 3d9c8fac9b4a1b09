// Nothing the controller does may throw into the page: small guards for what may fail.
import type { ControllerDeps, PanelHandle } from './controller';
import type { PanelActions } from '../panel/contract';

export function mountOrNull(deps: ControllerDeps, host: HTMLElement, actions: PanelActions): PanelHandle {
  try {
    return deps.mountPanel(host, { i18n: deps.i18n, actions, settings: deps.settings });
  } catch {
    return { update() {}, destroy() {} };
  }
}

/** No exception from an action may reach the page (or the panel's event handler). */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // The next check shows the state the draft is really in.
    }
  };
}

/** A `sopan:*` user-timing measure for bench/page.mjs (cheap; never throws). */
export function measure(name: string, started: number): void {
  try {
    performance.measure(name, { start: started, end: performance.now() });
  } catch {
    // An old browser without measure options: nothing to record.
  }
}

export function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
