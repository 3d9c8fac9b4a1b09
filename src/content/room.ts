// The panel sticks to the bottom of the scrolling area that holds it (a docked compose's body
// area, or the page): a drawer under the draft, in view while the user writes. It may take about
// half of that area so the draft stays in view too; the area's height reaches the panel's styles
// as ROOM_PROPERTY and follows the area as the compose or the window is resized.

/** The CSS custom property (on the panel's host, inherited into its shadow root) with the area's height. */
export const ROOM_PROPERTY = '--sopan-room';

/** The nearest ancestor of `el` that scrolls its content vertically; null when the page itself does. */
export function scrollingArea(el: Element): HTMLElement | null {
  const view = el.ownerDocument.defaultView;
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const overflow = view?.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return node;
  }
  return null;
}

export type Room = {
  /** The host was placed again (the page moved or re-rendered the compose): find its area anew. */
  placed(): void;
};

export function followRoom(host: HTMLElement, signal: AbortSignal): Room {
  const view = host.ownerDocument.defaultView;
  let area: HTMLElement | null = null;
  let observer: ResizeObserver | undefined;
  const set = (height: number) => {
    if (height > 0) host.style.setProperty(ROOM_PROPERTY, `${Math.round(height)}px`);
  };
  // Read only in a resize callback or an event, never right after the page changed the DOM:
  // the ResizeObserver reports sizes without forcing a layout.
  const update = () => {
    // Moved with its compose (Gmail's full screen) into another area: follow that one.
    if (area && !area.contains(host)) return placed();
    set(area ? area.clientHeight : (view?.innerHeight ?? 0));
  };

  function placed(): void {
    if (signal.aborted || !host.isConnected) return;
    observer?.disconnect();
    area = scrollingArea(host);
    if (area && view?.ResizeObserver) {
      observer = new view.ResizeObserver(update);
      observer.observe(area);
    } else {
      update();
    }
  }
  view?.addEventListener('resize', update, { passive: true, signal });
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
  placed();
  return { placed };
}
