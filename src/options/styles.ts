// Options page styles (extension CSP forbids inline style attributes from remote, not <style>).
export const OPTIONS_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d0d7de; --accent: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #1f2328; --muted: #9198a1; --line: #3d444d; --accent: #a8c7fa; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.options { max-width: 760px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.hint, .intro { color: var(--muted); }
.field { display: flex; gap: 8px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.field.block { flex-direction: column; align-items: stretch; }
textarea { width: 100%; font: inherit; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; }
.rule { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 2px 0; }
.saved { border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin-bottom: 8px; }
button, select, input, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
code.rule-id { color: var(--muted); font-size: 12px; }
[role="alert"] { color: #cf222e; }
`;
