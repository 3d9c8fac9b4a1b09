// One controller per compose window: reads the draft (at most once per animation frame, never
// inside a keystroke), analyzes it, shows the result in the panel beside the compose, and carries
// out the panel's actions in the editor. Everything it attaches goes away with one abort().
import { analyze } from '../engine/analyze';
import { applyFixes, firstFixes } from '../engine/fixes';
import { insertion } from '../engine/inserts';
import { CORE_PRINCIPLES, type AnalyzeOptions, type Draft, type Finding, type Fix, type Principle } from '../engine/types';
import { ignoreKey, type I18n, type InsertKind, type PanelActions, type PanelModel } from '../panel/contract';
import type { ComposeView } from './adapter';
import { applyEditsInEditor, diffEdits, type EditOutcome } from './edit';
import { createHighlighter } from './highlight';
import type { SettingsSource } from './settings';
import { readText, toRange } from './text-map';

export type PanelHandle = { update(model: PanelModel): void; destroy(): void };
export type MountPanel = (host: HTMLElement, deps: { i18n: I18n; actions: PanelActions; settings?: SettingsSource }) => PanelHandle;

export type ControllerDeps = {
  mountPanel: MountPanel;
  i18n: I18n;
  settings: SettingsSource;
  /** Runs `task` once before the next paint (requestAnimationFrame in the page). */
  frame?: (task: () => void) => void;
};

/** Events that must not leave the panel: Gmail's one-key shortcuts listen on the document. */
const CONTAINED_EVENTS = ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'paste', 'cut', 'compositionstart', 'compositionend'];
const CORE = new Set<Principle>(CORE_PRINCIPLES);
const MAX_FIX_PASSES = 4;

export type ComposeController = {
  host: HTMLElement;
  /** Puts the host back if the page re-rendered it away. */
  ensurePlaced(): void;
  /** The model last sent to the panel (tests). */
  model(): PanelModel;
};

export function startCompose(view: ComposeView, deps: ControllerDeps, signal: AbortSignal): ComposeController {
  const doc = view.body.ownerDocument;
  const frame = deps.frame ?? ((task) => void requestAnimationFrame(task));
  const host = doc.createElement('div');
  host.setAttribute('data-sopan-panel', '');
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  view.placePanel(host);

  let model: PanelModel = { state: 'checking', report: null, text: '', partial: false, canUndo: false, overrides: {}, ignored: new Set() };
  /** The draft before and after Sopan's last change, for the panel's Undo. */
  let undo: { before: string; after: string } | null = null;
  const highlighter = createHighlighter(doc, signal);

  const draft = (body: string): Draft => ({ body, subject: safe(view.readSubject, ''), recipientName: safe(view.readRecipientName, undefined) });
  const options = (): AnalyzeOptions => {
    const settings = deps.settings.current();
    const fixedLang = settings.draftLang === 'en' || settings.draftLang === 'id' ? settings.draftLang : undefined;
    return { ...model.overrides, lang: model.overrides.lang ?? fixedLang, settings, uiLang: deps.i18n.uiLang };
  };

  const publish = (next: PanelModel) => {
    model = next;
    host.dataset.sopanState = next.state;
    host.dataset.sopanTextLength = String(next.text.length);
    // Test hook for the analyzed text: an attribute on our own host, never a page global.
    host.dataset.sopanText = next.text;
    host.dataset.sopanPrinciples = next.report
      ? CORE_PRINCIPLES.map((p) => `${p}=${next.report!.principles[p]}`).join(' ')
      : '';
    panel.update(next);
  };

  /** What the last analysis was for: an unchanged draft (a mutation in the signature) is not re-analyzed. */
  let analyzedKey = '';
  const check = () => {
    if (signal.aborted) return;
    if (view.unreadable) {
      publish({ ...model, state: 'unreadable', report: null, text: '', canUndo: false });
      return;
    }
    let text: string;
    try {
      text = readText(view.body, view.classify).text;
    } catch {
      publish({ ...model, state: 'unreadable', report: null, text: '', canUndo: false });
      return;
    }
    if (undo && text !== undo.after) undo = null; // the user typed since: Undo would lose it
    if (!text.trim()) {
      publish({ ...model, state: 'empty', report: null, text, canUndo: undo !== null });
      return;
    }
    const key = `${safe(view.readSubject, '')}\u0000${text}`;
    if (key === analyzedKey && model.state === 'ready') return;
    try {
      analyzedKey = key;
      const report = analyze(draft(text), options());
      publish({ ...model, state: 'ready', report, text, canUndo: undo !== null });
    } catch {
      publish({ ...model, state: 'unreadable', report: null, text, canUndo: false });
    }
  };

  let queued = false;
  /** Re-analyze even if the draft is unchanged (overrides, ignores, settings changed). */
  const recheck = () => {
    analyzedKey = '';
    schedule();
  };
  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    frame(() => {
      queued = false;
      check();
    });
  };

  /** Applies edits made for `analyzed`, remembering the draft before for Undo. */
  const edit = (analyzed: string, edits: Fix['edits']): EditOutcome => {
    highlighter.show(null);
    const outcome = applyEditsInEditor(view, analyzed, edits);
    if (outcome === 'applied') undo = { before: analyzed, after: readText(view.body, view.classify).text };
    schedule();
    return outcome;
  };

  const currentText = () => readText(view.body, view.classify).text;

  /** Fix-all: every first fix of the core principles, minus ignored findings, re-checked a few times. */
  const polished = (text: string): string => {
    const first = analyze(draft(text), options());
    const pinned: AnalyzeOptions = { ...options(), lang: first.lang, scenario: first.scenario, inRight: first.inRight };
    let out = text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const report = pass === 0 ? first : analyze(draft(out), pinned);
      const chosen = report.findings.filter((f) => CORE.has(f.principle) && f.severity !== 'suggestion' && !model.ignored.has(ignoreKey(f)));
      const result = applyFixes(out, firstFixes(chosen));
      if (result.applied.length === 0 || result.text === out) break;
      out = result.text;
    }
    return out;
  };

  const actions: PanelActions = {
    applyFix: guard((finding: Finding, fix: Fix) => {
      const text = currentText();
      if (text !== model.text || text.slice(finding.start, finding.end) !== finding.actual) return schedule();
      edit(text, fix.edits);
    }),
    previewFixAll: () => {
      try {
        return { before: model.text, after: polished(model.text) };
      } catch {
        return { before: model.text, after: model.text };
      }
    },
    applyFixAll: guard(() => {
      const text = currentText();
      if (text !== model.text) return schedule();
      edit(text, diffEdits(text, polished(text)));
    }),
    undo: guard(() => {
      const text = currentText();
      if (!undo || text !== undo.after) return schedule();
      const before = undo.before;
      if (applyEditsInEditor(view, text, diffEdits(text, before)) === 'applied') undo = null;
      schedule();
    }),
    highlight: guard((finding: Finding | null) => {
      if (!finding || currentText() !== model.text) return highlighter.show(null);
      highlighter.show(toRange(readText(view.body, view.classify), finding.start, finding.end));
    }),
    setOverrides: guard((overrides: PanelModel['overrides']) => {
      model = { ...model, overrides: { ...overrides } };
      recheck();
    }),
    ignore: guard((finding: Finding) => {
      model = { ...model, ignored: new Set([...model.ignored, ignoreKey(finding)]) };
      recheck();
    }),
    disableRule: guard((ruleId: string) => {
      void Promise.resolve(deps.settings.disableRule(ruleId)).catch(() => undefined);
      recheck();
    }),
    insert: guard((kind: InsertKind, index?: number) => {
      const text = currentText();
      if (text !== model.text) return schedule();
      const placed = insertion(kind, draft(text), options(), index);
      // null: the draft already has it, or there is no sensible place for it.
      if (placed) edit(text, [placed]);
    }),
  };

  const panel = mountOrNull(deps, host, actions);

  // Re-check on every change the page sees: typing, paste, the app's own undo/redo, our edits.
  view.body.addEventListener('input', schedule, { signal });
  view.root.addEventListener('input', (e) => e.target !== view.body && schedule(), { signal, capture: true });
  const observer = new MutationObserver(schedule);
  observer.observe(view.body, { childList: true, subtree: true, characterData: true });
  deps.settings.onChange(recheck, signal);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      safe(() => panel.destroy(), undefined);
      host.remove();
    },
    { once: true },
  );
  publish(model);
  schedule();

  return {
    host,
    ensurePlaced() {
      if (!signal.aborted && !host.isConnected && view.body.isConnected) view.placePanel(host);
    },
    model: () => model,
  };
}

function mountOrNull(deps: ControllerDeps, host: HTMLElement, actions: PanelActions): PanelHandle {
  try {
    return deps.mountPanel(host, { i18n: deps.i18n, actions, settings: deps.settings });
  } catch {
    return { update() {}, destroy() {} };
  }
}

/** No exception from an action may reach the page (or the panel's event handler). */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // The next check shows the state the draft is really in.
    }
  };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
