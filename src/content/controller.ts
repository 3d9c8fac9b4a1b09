// One controller per compose window: reads the draft (never inside a keystroke: typing is
// coalesced into one check in idle time), analyzes it — a very long draft in parts, one task each —
// shows the result in the panel beside the compose, and carries out the panel's actions in the
// editor. Everything it attaches goes away with one abort().
import { analyze } from '../engine/analyze';
import { insertion } from '../engine/inserts';
import { detectLang } from '../engine/lang';
import type { LanguageData } from '../language-data/page';
import { CORE_PRINCIPLES, type AnalyzeOptions, type Draft, type Finding, type Fix, type Lang } from '../engine/types';
import { ignoreKey, type I18n, type InsertKind, type PanelActions, type PanelModel } from '../panel/contract';
import type { ComposeView } from './adapter';
import { createDraftEdits } from './draft-edits';
import { diffEdits } from './edit';
import { createHighlighter } from './highlight';
import { createLongFixAll } from './long-fix-all';
import { followRoom } from './room';
import type { SettingsSource } from './settings';
import { mergeParts, PART_CHARS, partForInsert, PARTS_FROM, splitParts, type AnalyzedPart, type Part } from './parts';
import { polishDraft, polishInParts, type Polisher } from './polish';
import { guard, measure, mountOrNull, safe } from './safely';
import { batcher, nextTask, type Later } from './schedule';
import { readText, toRange, type TextMap } from './text-map';
import type { PageWarmUp } from './warm';

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
  const highlighter = createHighlighter(doc, signal, host);
  const longFixAll = createLongFixAll(slice, signal);
  const draftEdits = createDraftEdits(view, { partsFrom, slice, changed: () => schedule() }, signal);

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
    if (signal.aborted || draftEdits.applying()) return;
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
    const canUndo = draftEdits.canUndo(text);
    if (!text.trim()) {
      publish({ ...model, state: 'empty', report: null, text, canUndo });
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
      publish({ ...model, state: data === 'waiting' ? 'checking' : 'unavailable', report: null, text, partial: false, canUndo });
      return;
    }
    if (parts) return checkInParts(key, text, parts, run, opts);
    try {
      const started = performance.now();
      const report = analyze(draft(text), opts);
      measure('sopan:analyze', started);
      analyzedKey = key;
      publish({ ...model, state: 'ready', report, text, partial: false, canUndo });
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
        publish({ ...model, state: 'ready', report: mergeParts(analyzed), text, partial: true, canUndo: draftEdits.canUndo(text) });
        longFixAll.prepare(text, parts, opts, polisher(), () => run === generation);
      } catch {
        analyzedKey = '';
        publish({ ...model, state: 'unreadable', report: null, text, canUndo: false });
      }
    };
    // A draft pasted right after the page loaded: a cold first part would be one long task.
    if (deps.warm) deps.warm.finishThen(slice, () => slice(step));
    else slice(step);
  };

  const batch = batcher(check, signal, deps.frame);
  /** Re-analyze even if the draft is unchanged (overrides, ignores, settings changed). */
  const recheck = () => {
    longFixAll.drop();
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

  /** Sopan's edits: the highlight goes first, it would point at text that moves. */
  const edit = (analyzed: string, edits: Fix['edits']): void => {
    highlighter.show(null);
    draftEdits.edit(analyzed, edits);
  };

  const currentText = () => readText(view.body, view.classify).text;
  /** The editor's text map for highlighting, until the editor changes (a mutation or input). */
  let lastRead: TextMap | null = null;

  const polisher = (): Polisher => ({ analyze: (body, opts) => analyze(draft(body), opts), options: options(), ignored: model.ignored });
  /** Fix-all's result: a long draft's usually made in the background already. */
  const polished = (text: string): string => {
    if (text.length <= partsFrom) return polishDraft(text, polisher());
    const made = longFixAll.madeFor(text);
    if (made) return made.after;
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
        const made = longFixAll.madeFor(model.text);
        if (made) return { before: model.text, after: made.after, diff: made.diff };
        return { before: model.text, after: polished(model.text) };
      } catch {
        return { before: model.text, after: model.text };
      }
    },
    applyFixAll: guard(() => {
      const text = currentText();
      if (text !== model.text) return schedule();
      edit(text, longFixAll.madeFor(text)?.edits ?? diffEdits(text, polished(text)));
    }),
    undo: guard(() => {
      if (!draftEdits.undo(currentText())) schedule();
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
