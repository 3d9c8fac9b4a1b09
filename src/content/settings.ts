// What the controller needs from the user's settings. The extension backs it with the settings
// store (src/settings); tests pass an in-memory one.
import type { Lang, Settings } from '../engine/types';

/** The engine's settings plus the draft language the user fixed in the options ('auto' = detect). */
export type ContentSettings = Settings & { draftLang?: Lang | 'auto' };

export type SettingsSource = {
  current(): ContentSettings;
  /** Calls `listener` whenever the settings change (options page, another panel) until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  disableRule(ruleId: string): void | Promise<void>;
};

export function memorySettings(initial: ContentSettings = {}): SettingsSource {
  let settings = initial;
  const listeners = new Set<() => void>();
  return {
    current: () => settings,
    onChange(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    disableRule(ruleId) {
      settings = { ...settings, rules: { ...settings.rules, [ruleId]: { ...settings.rules?.[ruleId], enabled: false } } };
      for (const listener of listeners) listener();
    },
  };
}
