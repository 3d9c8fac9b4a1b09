// The settings store: one copy of the user's settings per page (panel or options), kept in step
// with a storage area. Writes notify this page's listeners at once; writes from other pages
// arrive through the area's onChanged. Each top-level field is its own storage key, so no item
// outgrows storage.sync's per-item quota and two pages editing different fields never clash.
import type { Settings } from '../engine/types';
import { SETTINGS_KEYS, defaultSettings, type UserSettings } from './schema';
import { settingsFromStorage, validateSettings, type SettingsProblem } from './validate';

/** A save refused because the settings would be invalid; nothing was written. */
export class SettingsError extends Error {
  constructor(readonly problems: SettingsProblem[]) {
    super(`Invalid settings: ${problems.map((p) => `${p.path || '(root)'} ${p.code}`).join(', ')}`);
    this.name = 'SettingsError';
  }
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The part of browser.storage.sync the store uses; tests pass `memoryStorageArea()`. */
export type StorageArea = {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged: {
    addListener(listener: (changes: StorageChanges) => void): void;
    removeListener(listener: (changes: StorageChanges) => void): void;
  };
};

export type SettingsStore = {
  /** Resolves once the stored settings were read (current() gives defaults until then). */
  ready: Promise<void>;
  current(): UserSettings;
  /** Calls `listener` after every change, from this page or another, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  save(patch: Partial<UserSettings>): Promise<void>;
  /** Replaces everything (import); the caller validated it. */
  replace(settings: UserSettings): Promise<void>;
  disableRule(ruleId: string): Promise<void>;
  /** Stops listening to the storage area. */
  close(): void;
};

export function createSettingsStore(area: StorageArea): SettingsStore {
  let settings = defaultSettings();
  let stored: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // One broken listener must not starve the others.
      }
    }
  };
  const adopt = (next: Record<string, unknown>) => {
    const before = JSON.stringify(settings);
    stored = next;
    settings = settingsFromStorage(stored);
    if (JSON.stringify(settings) !== before) notify();
  };

  const onStorage = (changes: StorageChanges) => {
    const next = { ...stored };
    let relevant = false;
    for (const key of SETTINGS_KEYS) {
      const change = changes[key];
      if (!change) continue;
      relevant = true;
      if (change.newValue === undefined) delete next[key];
      else next[key] = change.newValue;
    }
    if (relevant) adopt(next);
  };
  area.onChanged.addListener(onStorage);

  const ready = area.get([...SETTINGS_KEYS]).then(
    (items) => adopt({ ...items, ...pick(stored) }),
    () => undefined, // unreadable storage: defaults stay
  );

  const write = async (patch: Partial<UserSettings>) => {
    const checked = validateSettings({ ...pick(settings), ...patch });
    if (!checked.ok) throw new SettingsError(checked.problems);
    const items: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as (keyof UserSettings)[]) items[key] = checked.settings[key];
    adopt({ ...stored, ...items }); // this page sees the change at once
    await area.set(items);
  };

  return {
    ready,
    current: () => settings,
    onChange(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    save: write,
    replace: (next) => write({ ...defaultSettings(), ...next }),
    disableRule: (ruleId) => write({ rules: { ...settings.rules, [ruleId]: { ...settings.rules[ruleId], enabled: false } } }),
    close: () => area.onChanged.removeListener(onStorage),
  };
}

/** Only the settings fields of an object, dropping anything unknown. */
function pick(from: Record<string, unknown> | UserSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if ((from as Record<string, unknown>)[key] !== undefined) out[key] = (from as Record<string, unknown>)[key];
  return out;
}

/** What the engine reads: the settings minus the UI's own preferences. */
export function engineSettings(settings: UserSettings): Settings {
  const { rules, acceptPhrases, flagPhrases, alternatives, referrals, houseRules } = settings;
  return { rules, acceptPhrases, flagPhrases, alternatives, referrals, houseRules };
}
