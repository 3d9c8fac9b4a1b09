// The user's settings: what the engine reads (rules, phrases, saved text) plus the UI's own
// preferences. Everything is optional in storage; `withDefaults` fills the gaps so readers never
// branch on missing fields.
import type { Lang, SavedText, Settings, Severity } from '../engine/types';

export const UI_LANG_CHOICES = ['auto', 'en', 'id'] as const;
export type LangChoice = (typeof UI_LANG_CHOICES)[number];

/** The kinds of house rule a small business states (seeds 003 and 004). */
export const HOUSE_RULE_KINDS = ['working-hours', 'deposit', 'revisions', 'payment-terms', 'respectful-language', 'other'] as const;
export type HouseRuleKind = (typeof HOUSE_RULE_KINDS)[number];
export type HouseRule = SavedText & { kind: HouseRuleKind };

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export type UserSettings = Settings & {
  /** Language of the panel and options page; auto follows the browser. */
  uiLang: LangChoice;
  /** Language assumed for drafts; auto detects it per draft. */
  draftLang: LangChoice;
  /** The panel is shown folded (remembered across drafts). */
  panelCollapsed: boolean;
  rules: NonNullable<Settings['rules']>;
  acceptPhrases: string[];
  flagPhrases: string[];
  alternatives: SavedText[];
  referrals: SavedText[];
  houseRules: HouseRule[];
};

export const SETTINGS_KEYS = [
  'uiLang',
  'draftLang',
  'panelCollapsed',
  'rules',
  'acceptPhrases',
  'flagPhrases',
  'alternatives',
  'referrals',
  'houseRules',
] as const satisfies readonly (keyof UserSettings)[];
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

export function defaultSettings(): UserSettings {
  return {
    uiLang: 'auto',
    draftLang: 'auto',
    panelCollapsed: false,
    rules: {},
    acceptPhrases: [],
    flagPhrases: [],
    alternatives: [],
    referrals: [],
    houseRules: [],
  };
}

/** Resolves the UI language choice against the browser's UI language. */
export function resolveLang(choice: LangChoice, browserLang: string): Lang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** A phrase as the engine compares it: lower-case, single spaces, trimmed. */
export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}
