// Finds compose windows as the single-page app adds, moves and removes them: one observer on the
// document, a scan at most once per animation frame, one AbortController per compose.
import type { HostAdapter } from './adapter';
import { startCompose, type ComposeController, type ControllerDeps } from './controller';

/** Attributes the adapters' editor selectors depend on (Gmail's g_editable, the textbox role). */
const EDITOR_ATTRIBUTES = ['contenteditable', 'g_editable', 'role'];

type Tracked = { abort: AbortController; controller: ComposeController };

export function watchComposes(doc: Document, adapter: HostAdapter, deps: ControllerDeps, signal: AbortSignal): void {
  const tracked = new Map<HTMLElement, Tracked>();
  const frame = deps.frame ?? ((task) => void requestAnimationFrame(task));

  const scan = () => {
    let bodies: Set<HTMLElement>;
    try {
      const views = adapter.findComposes(doc);
      bodies = new Set(views.map((v) => v.body));
      for (const view of views) {
        if (tracked.has(view.body)) continue;
        const abort = new AbortController();
        tracked.set(view.body, { abort, controller: startCompose(view, deps, abort.signal) });
      }
    } catch {
      return; // an unexpected page: try again on the next change
    }
    for (const [body, entry] of tracked) {
      if (!body.isConnected || !bodies.has(body)) {
        entry.abort.abort();
        tracked.delete(body);
      } else {
        entry.controller.ensurePlaced();
      }
    }
  };

  let queued = false;
  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    frame(() => {
      queued = false;
      if (!signal.aborted) scan();
    });
  };
  const observer = new MutationObserver(schedule);
  // Attributes too, but only those that make an editor one: an app that turns an editor off or
  // renames its markers, without adding or removing nodes, must not leave a stale panel behind.
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: EDITOR_ATTRIBUTES });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const entry of tracked.values()) entry.abort.abort();
      tracked.clear();
    },
    { once: true },
  );
  scan();
}
