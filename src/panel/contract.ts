// The contract between the content script (which owns the compose window and the draft) and
// the panel (which only shows and asks). The panel never touches the email's DOM itself.
import type { Finding, Fix, Lang, Report, Scenario, Settings } from '../engine/types';
import type { DiffPart } from './diff';

export type PanelState =
  | 'checking' //      analysis pending (first read, or after an edit)
  | 'ready' //         a report is shown
  | 'empty' //         the draft has no text yet
  | 'unreadable' //    the adapter could not read this compose window
  | 'unavailable'; //  the engine data this draft needs could not be loaded (reload the page)

export type InsertKind = 'greeting' | 'thanks' | 'alternative' | 'house-rule' | 'closing';

export type PanelModel = {
  state: PanelState;
  report: Report | null;
  /** The analyzed draft text (the report's offsets point into it). */
  text: string;
  /** True when the draft was too long to check whole and was checked in parts. */
  partial: boolean;
  /** The panel's own Undo: the draft before the last fix Sopan applied. */
  canUndo: boolean;
  /** The user's overrides of what the engine inferred; undefined = inferred. */
  overrides: { lang?: Lang; scenario?: Scenario; inRight?: boolean };
  /** Findings the user chose to ignore in this draft, by `rule@actual`. */
  ignored: ReadonlySet<string>;
};

export type PanelActions = {
  applyFix(finding: Finding, fix: Fix): void;
  /**
   * The polished draft fix-all would produce, for the preview; with its word diff when the
   * content script made it ahead (a long draft), so opening the preview never blocks the page.
   */
  previewFixAll(): { before: string; after: string; diff?: DiffPart[] };
  applyFixAll(): void;
  undo(): void;
  /** Highlights a finding's range in the draft (an overlay), or clears it with null. */
  highlight(finding: Finding | null): void;
  setOverrides(overrides: PanelModel['overrides']): void;
  ignore(finding: Finding): void;
  disableRule(ruleId: string): void;
  insert(kind: InsertKind, index?: number): void;
};

/** UI text lookup: browser.i18n in the extension, a fixed catalog in tests. */
export type I18n = {
  uiLang: Lang;
  t(key: string, substitutions?: string | string[]): string;
};

export function ignoreKey(finding: Finding): string {
  return `${finding.rule}@${finding.actual}`;
}

/**
 * What the panel may read of the user's settings: saved texts for the inserts, and where it
 * remembers being folded. The extension passes the settings store; tests an in-memory one.
 */
export type PanelSettings = {
  current(): Settings & { panelCollapsed?: boolean };
  onChange(listener: () => void, signal: AbortSignal): void;
  save?(patch: { panelCollapsed: boolean }): unknown;
};

export type PanelDeps = { i18n: I18n; actions: PanelActions; settings?: PanelSettings };

/**
 * Index conventions of `PanelActions.insert`: for 'alternative' an index into
 * `[...settings.alternatives, ...settings.referrals]`, for 'house-rule' into `settings.houseRules`;
 * no index = the built-in sentence in the draft's language.
 */
export const TOGGLE_EVENT = 'sopan-toggle';
