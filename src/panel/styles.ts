// The panel's styles, inside its shadow root: `:host { all: initial }` cuts off the mail app's
// inherited styles, and custom properties carry the light and dark palettes. The host sticks to
// the bottom of the compose's scrolling area, a drawer under the draft; its body scrolls within
// about half of that area (--sopan-room, set by src/content/room.ts), so the draft stays in view.
export const PANEL_CSS = `
:host { all: initial; display: block; position: sticky; bottom: 0; z-index: 1; }
.root {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --accent: #0b57d0; --accent-fg: #ffffff;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --pass-bg: #dafbe1; --warn-bg: #fff8c5; --fail-bg: #ffebe9;
  --ins: #1a7f37; --ins-bg: #dafbe1; --del: #cf222e; --del-bg: #ffebe9; --focus: #0b57d0;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
}
.root.dark {
  --bg: #1f2328; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #a8c7fa; --accent-fg: #062e6f;
  --pass: #3fb950; --warn: #d29922; --fail: #f85149; --pass-bg: #12261e; --warn-bg: #272115; --fail-bg: #2d1618;
  --ins: #3fb950; --ins-bg: #12261e; --del: #f85149; --del-bg: #2d1618; --focus: #a8c7fa;
}
* { box-sizing: border-box; }
.panel { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; box-shadow: 0 -2px 6px rgb(0 0 0 / 0.12); }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.fold { border: 0; background: none; padding: 2px 4px; font-weight: 600; }
.title { margin-left: 4px; }
.score { font-weight: 700; font-size: 15px; min-width: 2.5em; text-align: right; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 6px 0 0; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 4px; border-radius: 999px; padding: 1px 8px; font-size: 12px; border: 1px solid currentColor; }
.chip-pass { color: var(--pass); background: var(--pass-bg); }
.chip-warn { color: var(--warn); background: var(--warn-bg); }
.chip-fail { color: var(--fail); background: var(--fail-bg); }
.body { margin-top: 8px; max-height: max(120px, calc(var(--sopan-room, 100vh) * 0.55 - 84px)); overflow-y: auto; overscroll-behavior: contain; overflow-anchor: none; scrollbar-gutter: stable; }
.body[hidden] { display: none; }
.context { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.in-right { display: inline-flex; }
.in-right button[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button, select {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
  padding: 3px 8px; cursor: pointer;
}
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button.quiet { border-color: transparent; color: var(--muted); }
button:hover, select:hover { border-color: var(--accent); }
button:focus-visible, select:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.state, .notice { margin: 4px 0; color: var(--muted); }
.notice { color: var(--warn); }
.all-good-title { font-weight: 600; color: var(--pass); margin: 4px 0; }
.all-good ul { margin: 0; padding-left: 18px; }
.group h3, .inserts h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 4px; }
.group ul, .inserts ul { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 3px solid var(--warn); padding: 4px 0 6px 8px; margin-bottom: 6px; }
.finding.severity-error { border-left-color: var(--fail); }
.finding.severity-suggestion { border-left-color: var(--line); }
.finding:focus-within, .finding:hover { background: color-mix(in srgb, var(--accent) 8%, transparent); }
.reason { margin: 0 0 4px; }
.reason-principle { font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; align-items: flex-start; }
.fix-wrap { position: relative; display: inline-flex; flex-direction: column; }
/* A tooltip over what follows: opening it never moves what is under the pointer. */
.fix-preview { position: absolute; top: 100%; left: 0; z-index: 2; width: max-content; max-width: min(380px, 70vw); margin-top: 4px; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); box-shadow: 0 2px 6px rgb(0 0 0 / 0.15); }
.fix-all { margin: 6px 0; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
.preview { margin-top: 6px; border: 1px solid var(--line); border-radius: 6px; padding: 6px; overflow-wrap: anywhere; }
.preview-text { white-space: pre-wrap; margin: 0 0 6px; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
.inserts li { display: inline-block; margin: 0 4px 4px 0; }
.detail { display: block; font-size: 11px; color: var(--muted); max-width: 260px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-reduced-motion: no-preference) { button { transition: border-color .1s; } }
`;
