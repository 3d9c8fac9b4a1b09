// One controller per compose window: reads the draft (never inside a keystroke: typing is
// coalesced into one check in idle time), analyzes it — a very long draft in parts, one task each —
// shows the result in the panel beside the compose, and carries out the panel's actions in the
// editor. Everything it attaches goes away with one abort().
import { analyze } from '../engine/analyze';
import { insertion } from '../engine/inserts';
import { detectLang } from '../engine/lang';
import type { LanguageData } from '../language-data/page';
import { CORE_PRINCIPLES, type AnalyzeOptions, type Draft, type Edit, type Finding, type Fix, type Lang } from '../engine/types';
import { ignoreKey, type I18n, type InsertKind, type PanelActions, type PanelModel } from '../panel/contract';
import { wordDiffSteps, type DiffPart } from '../panel/diff';
import type { ComposeView } from './adapter';
import { applyEditsInSlices } from './apply-slices';
import { applyEditsInEditor, diffEdits, type EditOutcome } from './edit';
import { createHighlighter } from './highlight';
import { followRoom } from './room';
import type { SettingsSource } from './settings';
import { joinParts, mergeParts, PART_CHARS, partForInsert, PARTS_FROM, splitParts, type AnalyzedPart, type Part } from './parts';
import { asTheEditorReads, polishDraft, polishInParts, polishPart, type Polisher } from './polish';
import { batcher, nextTask, type Later } from './schedule';
import { readText, toRange, type TextMap } from './text-map';
import type { PageWarmUp } from './warm';

/** Fix-all of a long draft made ahead: the polished text, then the edits and the preview's diff. */
type PolishedLong = { text: string; after: string; edits?: Edit[]; diff?: DiffPart[] };

/** How long each background step of the fix-all preview's word diff may run. */
const DIFF_SLICE_MS = 8;

export type PanelHandle = { update(model: PanelModel): void; destroy(): void };
export type MountPanel = (host: HTMLElement, deps: { i18n: I18n; actions: PanelActions; settings?: SettingsSource }) => PanelHandle;

export type ControllerDeps = {
  mountPanel: MountPanel;
  i18n: I18n;
  settings: SettingsSource;
  /**
   * A manual clock for re-checks (tests). In the page, typing is debounced and checks run in
   * idle time (schedule.ts).
   */
  frame?: Later;
  /** Where each part of a long draft is analyzed: a new task in the page (tests: a manual clock). */
  slice?: Later;
  /** Drafts longer than this many characters are checked in parts of this size (tests make it small). */
  partChars?: number;
  /**
   * Engine data the page gets from the worker (phrase books, messages): a draft is analyzed once what it
   * needs is here, "checking" until then ("unavailable" if it cannot come). Without it, all data
   * is bundled (tests).
   */
  languageData?: LanguageData;
  /** The engine's warm-up in the page: a long draft's check finishes it before its first part. */
  warm?: PageWarmUp;
};

/** Events that must not leave the panel: Gmail's one-key shortcuts listen on the document. */
const CONTAINED_EVENTS = ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'paste', 'cut', 'compositionstart', 'compositionend'];

export type ComposeController = {
  host: HTMLElement;
  /** Puts the host back if the page re-rendered it away. */
  ensurePlaced(): void;
  /** The model last sent to the panel (tests). */
  model(): PanelModel;
};

export function startCompose(view: ComposeView, deps: ControllerDeps, signal: AbortSignal): ComposeController {
  const doc = view.body.ownerDocument;
  const slice = deps.slice ?? nextTask;
  const partsFrom = deps.partChars ?? PARTS_FROM;
  const partChars = deps.partChars ?? PART_CHARS;
  const host = doc.createElement('div');
  host.setAttribute('data-sopan-panel', '');
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  view.placePanel(host);
  const room = followRoom(host, signal);

  let model: PanelModel = { state: 'checking', report: null, text: '', partial: false, canUndo: false, overrides: {}, ignored: new Set() };
  /** The draft before and after Sopan's last change, for the panel's Undo. */
  let undo: { before: string; after: string } | null = null;
  const highlighter = createHighlighter(doc, signal, host);

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
    const started = performance.now();
    panel.update(next);
    measure('sopan:draw', started);
  };

  /** What the last analysis was for: an unchanged draft (a mutation in the signature) is not re-analyzed. */
  let analyzedKey = '';
  /** Bumped by every change: a check in parts still running for an older draft stops at its next part. */
  let generation = 0;
  const check = () => {
    if (signal.aborted || applying) return;
    const run = generation;
    if (view.unreadable) {
      publish({ ...model, state: 'unreadable', report: null, text: '', canUndo: false });
      return;
    }
    let text: string;
    try {
      const started = performance.now();
      text = readText(view.body, view.classify).text;
      measure('sopan:read', started);
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
    const parts = text.length > partsFrom ? splitParts(text, partChars) : null;
    // The language analyze() would find (the first part's, as in checkInParts); when it had to be
    // detected here, analyze() is given it rather than detecting it again.
    let opts = options();
    const draftLang = (): Lang => {
      if (opts.lang === 'en' || opts.lang === 'id') return opts.lang;
      const lang = detectLang(`${safe(view.readSubject, '')}\n${parts ? parts[0]!.text : text}`);
      opts = { ...opts, lang };
      return lang;
    };
    const data = deps.languageData?.status(opts.uiLang ?? 'en', draftLang) ?? 'ready';
    if (data !== 'ready') {
      // Its arrival re-checks (settings.onChange): until then, "checking", never a blank message;
      // if it cannot come, a message that says so.
      analyzedKey = '';
      publish({ ...model, state: data === 'waiting' ? 'checking' : 'unavailable', report: null, text, partial: false, canUndo: undo !== null });
      return;
    }
    if (parts) return checkInParts(key, text, parts, run, opts);
    try {
      const started = performance.now();
      const report = analyze(draft(text), opts);
      measure('sopan:analyze', started);
      analyzedKey = key;
      publish({ ...model, state: 'ready', report, text, partial: false, canUndo: undo !== null });
    } catch {
      analyzedKey = '';
      publish({ ...model, state: 'unreadable', report: null, text, canUndo: false });
    }
  };

  /**
   * A very long draft: one part per task, so the page stays responsive. Later parts keep the
   * first part's language and scenario (the opening says what the email is about).
   */
  const checkInParts = (key: string, text: string, parts: Part[], run: number, first: AnalyzeOptions) => {
    const analyzed: AnalyzedPart[] = [];
    let opts = first;
    const step = () => {
      if (signal.aborted || run !== generation) return;
      try {
        const part = parts[analyzed.length]!;
        const started = performance.now();
        const report = analyze(draft(part.text), opts);
        measure('sopan:analyze-part', started);
        if (analyzed.length === 0) opts = { ...opts, lang: report.lang, scenario: report.scenario, inRight: report.inRight };
        analyzed.push({ ...part, report });
        if (analyzed.length < parts.length) return slice(step);
        analyzedKey = key;
        publish({ ...model, state: 'ready', report: mergeParts(analyzed), text, partial: true, canUndo: undo !== null });
        prepareFixAll(text, parts, opts, run);
      } catch {
        analyzedKey = '';
        publish({ ...model, state: 'unreadable', report: null, text, canUndo: false });
      }
    };
    // A draft pasted right after the page loaded: a cold first part would be one long task.
    if (deps.warm) deps.warm.finishThen(slice, () => slice(step));
    else slice(step);
  };

  /**
   * Fix-all of a long draft, made part by part in the background once its check is done, so the
   * click on "Fix all" does not analyze 100,000 characters at once. Dropped on any re-check.
   */
  let polishedLong: PolishedLong | null = null;
  const prepareFixAll = (text: string, parts: Part[], pinned: AnalyzeOptions, run: number) => {
    const texts: string[] = [];
    const polish = polisher();
    const step = () => {
      if (signal.aborted || run !== generation) return;
      try {
        texts.push(polishPart(parts[texts.length]!.text, pinned, polish));
        if (texts.length < parts.length) return slice(step);
        const after = asTheEditorReads(joinParts(text, parts, texts));
        polishedLong = { text, after };
        slice(() => prepareFixAllEdits(polishedLong!, run));
      } catch {
        // Fix-all then polishes on demand.
      }
    };
    slice(step);
  };
  /** Then the edits Apply makes and the preview's word diff, in slices of DIFF_SLICE_MS. */
  const prepareFixAllEdits = (prepared: PolishedLong, run: number) => {
    if (signal.aborted || run !== generation) return;
    try {
      prepared.edits = diffEdits(prepared.text, prepared.after);
    } catch {
      return;
    }
    const steps = wordDiffSteps(prepared.text, prepared.after);
    const step = () => {
      if (signal.aborted || run !== generation) return;
      try {
        const until = performance.now() + DIFF_SLICE_MS;
        for (;;) {
          const next = steps.next();
          if (next.done) return void (prepared.diff = next.value);
          if (performance.now() >= until) return slice(step);
        }
      } catch {
        // The preview then diffs on demand.
      }
    };
    slice(step);
  };

  const batch = batcher(check, signal, deps.frame);
  /** Re-analyze even if the draft is unchanged (overrides, ignores, settings changed). */
  const recheck = () => {
    polishedLong = null;
    analyzedKey = '';
    schedule();
  };
  /** `typing`: a change in the editor, checked once the user pauses; otherwise at the next idle moment. */
  const schedule = (typing = false) => {
    if (signal.aborted) return;
    generation++;
    batch.request(typing);
  };
  const onEditorChange = () => {
    lastRead = null;
    schedule(true);
  };

  /** Applies edits made for `analyzed`, remembering the draft before for Undo. */
  const edit = (analyzed: string, edits: Fix['edits']): void => {
    highlighter.show(null);
    apply(analyzed, edits, (outcome) => {
      if (outcome === 'applied') undo = { before: analyzed, after: readText(view.body, view.classify).text };
    });
  };
  /** Many edits on a long draft go over several tasks; no check reads the draft half-edited. */
  let applying = false;
  const apply = (analyzed: string, edits: Fix['edits'], then: (outcome: EditOutcome) => void) => {
    if (analyzed.length <= partsFrom || edits.length <= 1) {
      then(applyEditsInEditor(view, analyzed, edits));
      return schedule();
    }
    applying = true;
    applyEditsInSlices(view, analyzed, edits, slice, (outcome) => {
      applying = false;
      if (!signal.aborted) then(outcome);
      schedule();
    });
  };

  const currentText = () => readText(view.body, view.classify).text;
  /** The editor's text map for highlighting, until the editor changes (a mutation or input). */
  let lastRead: TextMap | null = null;

  const polisher = (): Polisher => ({ analyze: (body, opts) => analyze(draft(body), opts), options: options(), ignored: model.ignored });
  /** Fix-all's result: a long draft's usually made in the background already. */
  const polished = (text: string): string => {
    if (text.length <= partsFrom) return polishDraft(text, polisher());
    if (polishedLong?.text === text) return polishedLong.after;
    return polishInParts(text, splitParts(text, partChars), polisher());
  };

  const actions: PanelActions = {
    applyFix: guard((finding: Finding, fix: Fix) => {
      const text = currentText();
      if (text !== model.text || text.slice(finding.start, finding.end) !== finding.actual) return schedule();
      edit(text, fix.edits);
    }),
    previewFixAll: () => {
      try {
        if (polishedLong?.text === model.text) return { before: model.text, after: polishedLong.after, diff: polishedLong.diff };
        return { before: model.text, after: polished(model.text) };
      } catch {
        return { before: model.text, after: model.text };
      }
    },
    applyFixAll: guard(() => {
      const text = currentText();
      if (text !== model.text) return schedule();
      edit(text, polishedLong?.text === text && polishedLong.edits ? polishedLong.edits : diffEdits(text, polished(text)));
    }),
    undo: guard(() => {
      const text = currentText();
      if (!undo || text !== undo.after) return schedule();
      apply(text, diffEdits(text, undo.before), (outcome) => {
        if (outcome === 'applied') undo = null;
      });
    }),
    highlight: guard((finding: Finding | null) => {
      if (!finding) return highlighter.show(null);
      // Hovering down the list reads the editor once, not once per finding: a read of a
      // 100,000-character draft costs several milliseconds. Any change in the editor drops it.
      lastRead ??= readText(view.body, view.classify);
      highlighter.show(lastRead.text === model.text ? toRange(lastRead, finding.start, finding.end) : null);
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
      // A long draft: only the part the insert belongs in is read (a closing in the last part).
      const part = text.length > partsFrom ? partForInsert(kind, splitParts(text, partChars)) : { start: 0, text };
      const placed = insertion(kind, draft(part.text), { ...options(), lang: model.report?.lang ?? options().lang }, index);
      // null: the draft already has it, or there is no sensible place for it.
      if (placed) edit(text, [{ ...placed, start: placed.start + part.start, end: placed.end + part.start }]);
    }),
  };

  const panel = mountOrNull(deps, host, actions);

  // Re-check on every change the page sees: typing, paste, the app's own undo/redo, our edits.
  view.body.addEventListener('input', onEditorChange, { signal });
  view.root.addEventListener('input', (e) => e.target !== view.body && onEditorChange(), { signal, capture: true });
  const observer = new MutationObserver(onEditorChange);
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
      if (signal.aborted || host.isConnected || !view.body.isConnected) return;
      view.placePanel(host);
      room.placed();
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

/** A `sopan:*` user-timing measure for bench/page.mjs (cheap; never throws). */
function measure(name: string, started: number): void {
  try {
    performance.measure(name, { start: started, end: performance.now() });
  } catch {
    // An old browser without measure options: nothing to record.
  }
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
