// Highlights a finding's range with boxes drawn over the page (position: fixed, no pointer
// events) — the email's DOM is never changed, so nothing of it can be saved or sent.
import { scrollingArea } from './room';

export type Highlighter = { show(range: Range | null): void };

/**
 * `panel` may lie over the draft (it sticks to the bottom of the compose's scrolling area): a
 * range under it is scrolled out from under it, and no box is drawn over the panel.
 */
export function createHighlighter(doc: Document, signal: AbortSignal, panel?: HTMLElement): Highlighter {
  const layer = doc.createElement('div');
  layer.setAttribute('data-sopan-highlight', '');
  Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483646' });
  let current: Range | null = null;

  const draw = () => {
    layer.replaceChildren();
    if (!current) return layer.remove();
    const cover = panel?.isConnected ? panel.getBoundingClientRect() : null;
    for (const rect of Array.from(current.getClientRects())) {
      const under = cover && rect.right > cover.left && rect.left < cover.right ? cover : null;
      const height = under ? Math.min(rect.height, under.top - rect.top) : rect.height;
      if (height <= 0) continue;
      const box = doc.createElement('div');
      Object.assign(box.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${height}px`,
        background: 'rgba(255, 196, 0, 0.35)',
        borderBottom: '2px solid rgb(230, 150, 0)',
      });
      layer.append(box);
    }
    if (!layer.isConnected) doc.documentElement.append(layer);
  };
  // The page scrolls under a fixed layer: redraw (once per frame) wherever it scrolls.
  let queued = false;
  const redraw = () => {
    if (queued || !current) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (!signal.aborted) draw();
    });
  };
  doc.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', redraw, { passive: true, signal });
  signal.addEventListener('abort', () => layer.remove(), { once: true });

  /** Scrolls the draft so that `range` sits above the panel, when the panel covers it. */
  const reveal = (range: Range) => {
    if (!panel?.isConnected) return;
    const rect = range.getBoundingClientRect();
    const cover = panel.getBoundingClientRect();
    const hidden = rect.bottom - cover.top;
    if (hidden <= 0 || rect.top >= cover.bottom || rect.height === 0) return;
    const by = hidden + 8;
    const area = scrollingArea(panel);
    if (area) area.scrollTop += by;
    else doc.defaultView?.scrollBy(0, by);
  };

  return {
    show(range) {
      current = range;
      if (range) reveal(range);
      draw();
    },
  };
}
