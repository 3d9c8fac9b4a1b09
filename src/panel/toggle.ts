// The keyboard command reaches the content script as a runtime message; this picks the panel of
// the compose the user is in (the panel sharing the deepest ancestor with the focused element),
// or the only/last panel, and asks it to fold or unfold.
import { TOGGLE_EVENT } from './contract';

export const TOGGLE_MESSAGE = 'sopan:toggle-panel';

export function toggleFocusedPanel(doc: Document): boolean {
  const hosts = [...doc.querySelectorAll<HTMLElement>('[data-sopan-panel]')];
  if (!hosts.length) return false;
  const active = doc.activeElement;
  let best = hosts[hosts.length - 1]!;
  let bestDepth = -1;
  for (const host of hosts) {
    if (active === host) {
      best = host;
      break;
    }
    const depth = active ? sharedDepth(host, active) : 0;
    if (depth >= bestDepth) { // ties go to the later panel (the newest compose)
      best = host;
      bestDepth = depth;
    }
  }
  best.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
  return true;
}

/** Depth of the deepest common ancestor of two nodes (0 = only the document). */
function sharedDepth(a: Node, b: Node): number {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  let common: Node | null = b;
  while (common && !ancestors.has(common)) common = common.parentNode;
  let depth = 0;
  for (let n = common; n?.parentNode; n = n.parentNode) depth++;
  return depth;
}
