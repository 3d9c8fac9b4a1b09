// The highlight over a finding's text (src/content/highlight.ts) when the panel, stuck to the
// bottom of the compose's scrolling area, lies over part of the draft.
import { afterEach, describe, expect, test } from 'vitest';
import { createHighlighter } from '../../src/content/highlight';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

/** A range whose lines are at the given boxes (happy-dom does no layout). */
function rangeAt(...lines: DOMRect[]): Range {
  const box = rect(Math.min(...lines.map((l) => l.left)), Math.min(...lines.map((l) => l.top)), 400, Math.max(...lines.map((l) => l.bottom)) - Math.min(...lines.map((l) => l.top)));
  return { getClientRects: () => lines, getBoundingClientRect: () => box } as unknown as Range;
}

/** A scrolling area holding a panel at `panelBox`; scrollTop is recorded. */
function composeWithPanel(panelBox: DOMRect) {
  const area = document.createElement('div');
  area.style.overflowY = 'auto';
  let scrollTop = 0;
  Object.defineProperty(area, 'scrollTop', { get: () => scrollTop, set: (v: number) => void (scrollTop = v) });
  const panel = document.createElement('div');
  panel.getBoundingClientRect = () => panelBox;
  area.append(document.createElement('p'), panel);
  document.body.append(area);
  return { area, panel };
}

const boxes = () => [...document.querySelectorAll<HTMLElement>('[data-sopan-highlight] > div')].map((b) => ({ top: parseFloat(b.style.top), height: parseFloat(b.style.height) }));

afterEach(() => {
  document.body.replaceChildren();
  // The highlight layer lives on <html>, outside the body.
  for (const layer of document.querySelectorAll('[data-sopan-highlight]')) layer.remove();
});

describe('highlighting with the panel over the draft', () => {
  test('text above the panel is highlighted where it is, nothing scrolls', () => {
    const { area, panel } = composeWithPanel(rect(0, 500, 500, 200));
    createHighlighter(document, new AbortController().signal, panel).show(rangeAt(rect(10, 100, 300, 18), rect(10, 118, 120, 18)));
    expect(boxes()).toEqual([{ top: 100, height: 18 }, { top: 118, height: 18 }]);
    expect(area.scrollTop).toBe(0);
  });

  test('text under the panel is scrolled out from under it', () => {
    const { area, panel } = composeWithPanel(rect(0, 500, 500, 200));
    createHighlighter(document, new AbortController().signal, panel).show(rangeAt(rect(10, 540, 300, 18)));
    expect(area.scrollTop).toBe(540 + 18 - 500 + 8);
  });

  test('no box is drawn over the panel: a line under it is cut at its edge or left out', () => {
    const { panel } = composeWithPanel(rect(0, 500, 500, 200));
    const highlighter = createHighlighter(document, new AbortController().signal, panel);
    // As after a scroll that could not bring all of it up (the layout here never moves).
    highlighter.show(rangeAt(rect(10, 470, 300, 18), rect(10, 490, 300, 18), rect(10, 510, 300, 18)));
    expect(boxes()).toEqual([{ top: 470, height: 18 }, { top: 490, height: 10 }]);
  });

  test('beside the panel (not under it), text is highlighted whole', () => {
    const { panel } = composeWithPanel(rect(0, 500, 200, 200));
    createHighlighter(document, new AbortController().signal, panel).show(rangeAt(rect(250, 510, 100, 18)));
    expect(boxes()).toEqual([{ top: 510, height: 18 }]);
  });

  test('clearing removes every box', () => {
    const { panel } = composeWithPanel(rect(0, 500, 500, 200));
    const highlighter = createHighlighter(document, new AbortController().signal, panel);
    highlighter.show(rangeAt(rect(10, 100, 300, 18)));
    highlighter.show(null);
    expect(document.querySelector('[data-sopan-highlight]')).toBeNull();
  });
});
