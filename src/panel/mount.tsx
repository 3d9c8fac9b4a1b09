// Mounts the panel into the host element the content script placed beside a compose window:
// an open shadow root (tests reach in; the page's styles do not), keyboard events stopped at
// the boundary so Gmail's one-key shortcuts never fire while the user works in the panel.
import { render } from 'preact';
import { TOGGLE_EVENT, type PanelDeps, type PanelModel } from './contract';
import { Panel } from './Panel';
import { PANEL_CSS } from './styles';
import { prefersDark } from './theme';

export type PanelHandle = {
  update(model: PanelModel): void;
  destroy(): void;
  /** Folds or unfolds the panel (the keyboard command). */
  toggle(): void;
};

const STOPPED_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

const INITIAL: PanelModel = { state: 'checking', report: null, text: '', partial: false, canUndo: false, overrides: {}, ignored: new Set() };

export function mountPanel(host: HTMLElement, deps: PanelDeps): PanelHandle {
  const doc = host.ownerDocument;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.replaceChildren(style, root);

  const lifetime = new AbortController();
  const { signal } = lifetime;
  for (const type of STOPPED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation(), { signal });

  let model = INITIAL;
  let collapsed = Boolean(deps.settings?.current().panelCollapsed);
  const setCollapsed = (next: boolean) => {
    collapsed = next;
    draw();
    void Promise.resolve(deps.settings?.save?.({ panelCollapsed: next })).catch(() => undefined);
  };
  const draw = () => {
    if (signal.aborted) return;
    root.classList.toggle('dark', prefersDark(host));
    render(<Panel model={model} i18n={deps.i18n} actions={deps.actions} settings={deps.settings} collapsed={collapsed} onCollapse={setCollapsed} />, root);
  };
  /** The keyboard command: unfolding also moves focus into the panel, so keyboard users land in it. */
  const toggle = () => {
    setCollapsed(!collapsed);
    if (!collapsed) shadow.querySelector<HTMLElement>('[data-sopan-collapse]')?.focus();
  };

  deps.settings?.onChange(() => {
    collapsed = Boolean(deps.settings?.current().panelCollapsed);
    draw();
  }, signal);
  host.addEventListener(TOGGLE_EVENT, toggle, { signal });
  draw();

  return {
    update(next) {
      model = next;
      draw();
    },
    destroy() {
      if (signal.aborted) return;
      render(null, root);
      lifetime.abort();
      shadow.replaceChildren();
    },
    toggle,
  };
}
