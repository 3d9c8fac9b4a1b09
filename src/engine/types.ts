// The engine's public shapes. Offsets are UTF-16 indices into the analyzed body text.

export const CORE_PRINCIPLES = ['clarity', 'politeness', 'alternative', 'over-apology', 'firmness'] as const;
export const SUPPORTING_PRINCIPLES = ['gratitude', 'acknowledge', 'house-rules', 'de-escalate'] as const;
export const SCENARIOS = ['refusal', 'termination', 'complaint-right', 'complaint-wrong', 'boundary', 'other'] as const;
export const LANGS = ['en', 'id'] as const;

export type CorePrinciple = (typeof CORE_PRINCIPLES)[number];
export type SupportingPrinciple = (typeof SUPPORTING_PRINCIPLES)[number];
export type Principle = CorePrinciple | SupportingPrinciple;
export type Scenario = (typeof SCENARIOS)[number];
export type Lang = (typeof LANGS)[number];
export type Severity = 'error' | 'warning' | 'suggestion';
export type Status = 'pass' | 'warn' | 'fail';

export type Edit = { start: number; end: number; text: string };
/** A fix's edits are sorted by start and never overlap. */
export type Fix = { label: string; edits: Edit[] };

export type Finding = {
  principle: Principle;
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** Always `text.slice(start, end)`: a fix is applied only while the draft still holds it. */
  actual: string;
  message: string;
  fixes: Fix[];
};

export type Report = {
  lang: Lang;
  scenario: Scenario;
  inRight: boolean;
  principles: Record<CorePrinciple, Status>;
  findings: Finding[];
};

export type Draft = { subject?: string; body: string; recipientName?: string };

/** The user's own saved text, offered by fixes and inserts (options page). */
export type SavedText = { en?: string; id?: string };

export type RuleSetting = { enabled?: boolean; severity?: Severity };

export type Settings = {
  /** Per rule id: turn a check off or change its severity (textlint/Vale style). */
  rules?: Record<string, RuleSetting>;
  /** Phrases never flagged, and phrases always flagged (politeness), lower-case. */
  acceptPhrases?: string[];
  flagPhrases?: string[];
  alternatives?: SavedText[];
  referrals?: SavedText[];
  houseRules?: SavedText[];
};

export type AnalyzeOptions = {
  lang?: Lang | 'auto';
  scenario?: Scenario;
  inRight?: boolean;
  settings?: Settings;
  /** Language of messages and fix labels (the UI's); defaults to the draft's language. */
  uiLang?: Lang;
};
