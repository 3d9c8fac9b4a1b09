// Validation of settings from outside the code: an imported JSON file, or storage written by an
// older version. Problems are reported as codes + paths (the options page words them in the UI
// language); nothing is saved unless the whole file is valid.
import { HOUSE_RULE_KINDS, SETTINGS_KEYS, SEVERITIES, UI_LANG_CHOICES, defaultSettings, normalizePhrase, type HouseRule, type UserSettings } from './schema';
import type { RuleSetting, SavedText } from '../engine/types';

export const PROBLEM_CODES = [
  'not-json',
  'not-object',
  'unknown-key',
  'bad-choice',
  'not-boolean',
  'not-list',
  'not-text',
  'too-long',
  'bad-severity',
  'bad-kind',
  'empty-text',
] as const;
export type SettingsProblemCode = (typeof PROBLEM_CODES)[number];

export type SettingsProblem = { code: SettingsProblemCode; path: string };
export type SettingsResult = { ok: true; settings: UserSettings } | { ok: false; problems: SettingsProblem[] };

/** Longest saved text or phrase: storage.sync allows 8 KB per key. */
export const MAX_TEXT_LENGTH = 500;
export const MAX_LIST_LENGTH = 50;

export function parseSettingsJson(json: string): SettingsResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problems: [{ code: 'not-json', path: '' }] };
  }
  return validateSettings(data);
}

/** Checks every field; returns all problems at once so the user can fix the file in one go. */
export function validateSettings(data: unknown): SettingsResult {
  if (!isObject(data)) return { ok: false, problems: [{ code: 'not-object', path: '' }] };
  const problems: SettingsProblem[] = [];
  const settings = defaultSettings();
  const known = new Set<string>(SETTINGS_KEYS);
  for (const key of Object.keys(data)) if (!known.has(key)) problems.push({ code: 'unknown-key', path: key });

  const choice = (key: 'uiLang' | 'draftLang') => {
    const value = data[key];
    if (value === undefined) return;
    if (typeof value === 'string' && (UI_LANG_CHOICES as readonly string[]).includes(value)) settings[key] = value as UserSettings[typeof key];
    else problems.push({ code: 'bad-choice', path: key });
  };
  choice('uiLang');
  choice('draftLang');

  if (data.panelCollapsed !== undefined) {
    if (typeof data.panelCollapsed === 'boolean') settings.panelCollapsed = data.panelCollapsed;
    else problems.push({ code: 'not-boolean', path: 'panelCollapsed' });
  }

  if (data.rules !== undefined) {
    if (!isObject(data.rules)) problems.push({ code: 'not-object', path: 'rules' });
    else for (const [id, value] of Object.entries(data.rules)) {
      const rule = ruleSetting(value, `rules.${id}`, problems);
      if (rule) settings.rules[id] = rule;
    }
  }

  for (const key of ['acceptPhrases', 'flagPhrases'] as const) {
    const list = listOf(data[key], key, problems, (item, path) => {
      const text = textOf(item, path, problems);
      return text === undefined ? undefined : normalizePhrase(text);
    });
    if (list) settings[key] = [...new Set(list)];
  }
  for (const key of ['alternatives', 'referrals'] as const) {
    const list = listOf(data[key], key, problems, (item, path) => savedText(item, path, problems));
    if (list) settings[key] = list;
  }
  const houseRules = listOf(data.houseRules, 'houseRules', problems, (item, path) => houseRule(item, path, problems));
  if (houseRules) settings.houseRules = houseRules;

  return problems.length ? { ok: false, problems } : { ok: true, settings };
}

/** Reads what storage holds, keeping each valid field and defaulting the rest (never throws). */
export function settingsFromStorage(stored: Record<string, unknown>): UserSettings {
  const settings = defaultSettings();
  for (const key of SETTINGS_KEYS) {
    if (stored[key] === undefined) continue;
    const one = validateSettings({ [key]: stored[key] });
    if (one.ok) Object.assign(settings, { [key]: one.settings[key] });
  }
  return settings;
}

function ruleSetting(value: unknown, path: string, problems: SettingsProblem[]): RuleSetting | undefined {
  if (!isObject(value)) return void problems.push({ code: 'not-object', path });
  const rule: RuleSetting = {};
  for (const key of Object.keys(value)) if (key !== 'enabled' && key !== 'severity') problems.push({ code: 'unknown-key', path: `${path}.${key}` });
  if (value.enabled !== undefined) {
    if (typeof value.enabled === 'boolean') rule.enabled = value.enabled;
    else problems.push({ code: 'not-boolean', path: `${path}.enabled` });
  }
  if (value.severity !== undefined) {
    if (typeof value.severity === 'string' && (SEVERITIES as readonly string[]).includes(value.severity)) rule.severity = value.severity as RuleSetting['severity'];
    else problems.push({ code: 'bad-severity', path: `${path}.severity` });
  }
  return rule;
}

function savedText(value: unknown, path: string, problems: SettingsProblem[]): SavedText | undefined {
  if (!isObject(value)) return void problems.push({ code: 'not-object', path });
  const saved: SavedText = {};
  for (const key of Object.keys(value)) if (key !== 'en' && key !== 'id' && key !== 'kind') problems.push({ code: 'unknown-key', path: `${path}.${key}` });
  for (const lang of ['en', 'id'] as const) {
    if (value[lang] === undefined) continue;
    const text = textOf(value[lang], `${path}.${lang}`, problems);
    if (text !== undefined) saved[lang] = text.trim();
  }
  if (!saved.en && !saved.id && value.en === undefined && value.id === undefined) problems.push({ code: 'empty-text', path });
  return saved;
}

function houseRule(value: unknown, path: string, problems: SettingsProblem[]): HouseRule | undefined {
  const saved = savedText(value, path, problems);
  if (!saved || !isObject(value)) return undefined;
  const kind = value.kind ?? 'other';
  if (typeof kind !== 'string' || !(HOUSE_RULE_KINDS as readonly string[]).includes(kind)) return void problems.push({ code: 'bad-kind', path: `${path}.kind` });
  return { kind: kind as HouseRule['kind'], ...saved };
}

function listOf<T>(value: unknown, path: string, problems: SettingsProblem[], item: (value: unknown, path: string) => T | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return void problems.push({ code: 'not-list', path });
  if (value.length > MAX_LIST_LENGTH) problems.push({ code: 'too-long', path });
  const out: T[] = [];
  value.forEach((entry, i) => {
    const parsed = item(entry, `${path}[${i}]`);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

function textOf(value: unknown, path: string, problems: SettingsProblem[]): string | undefined {
  if (typeof value !== 'string') return void problems.push({ code: 'not-text', path });
  if (!value.trim()) return void problems.push({ code: 'empty-text', path });
  if (value.length > MAX_TEXT_LENGTH) return void problems.push({ code: 'too-long', path });
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
