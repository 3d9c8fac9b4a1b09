// Dark mode follows the mail app first (Gmail and Outlook have their own dark themes, whatever
// the OS says), then the system's prefers-color-scheme.
export function prefersDark(host: HTMLElement): boolean {
  const page = pageBackgroundIsDark(host);
  if (page !== null) return page;
  const view = host.ownerDocument.defaultView;
  return Boolean(view?.matchMedia?.('(prefers-color-scheme: dark)').matches);
}

/** The first opaque background behind the host: dark (true), light (false) or unknown (null). */
function pageBackgroundIsDark(host: HTMLElement): boolean | null {
  const view = host.ownerDocument.defaultView;
  if (!view) return null;
  for (let el: Element | null = host.parentElement; el; el = el.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.4;
  }
  return null;
}

function parseRgb(color: string): { r: number; g: number; b: number; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), alpha };
}

function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
