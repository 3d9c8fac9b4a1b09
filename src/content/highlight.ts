// Highlights a finding's range with boxes drawn over the page (position: fixed, no pointer
// events) — the email's DOM is never changed, so nothing of it can be saved or sent.
export type Highlighter = { show(range: Range | null): void };

export function createHighlighter(doc: Document, signal: AbortSignal): Highlighter {
  const layer = doc.createElement('div');
  layer.setAttribute('data-sopan-highlight', '');
  Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483646' });
  let current: Range | null = null;

  const draw = () => {
    layer.replaceChildren();
    if (!current) return layer.remove();
    for (const rect of Array.from(current.getClientRects())) {
      const box = doc.createElement('div');
      Object.assign(box.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
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

  return {
    show(range) {
      current = range;
      draw();
    },
  };
}
