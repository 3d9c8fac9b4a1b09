// Content script entry: marks the page so tests can tell it ran, then starts watching for
// compose windows. Nothing here may throw into the page.
import browser from 'webextension-polyfill';
import type { I18n } from '../panel/contract';
import { createSettingsStore } from '../settings/store';
import { syncStorageArea } from '../settings/extension';
import type { MountPanel } from './controller';
import { adapterFor } from './hosts';
import { watchComposes } from './watcher';

document.documentElement.setAttribute('data-sopan-loaded', '1');

// The panel lives in src/panel/mount.tsx (built beside this script); a missing module must not
// stop the compose from being read, so it is looked up rather than imported.
const panelModules = import.meta.glob<{ mountPanel: MountPanel }>('../panel/mount.tsx', { eager: true });
const mountPanel: MountPanel = Object.values(panelModules)[0]?.mountPanel ?? (() => ({ update() {}, destroy() {} }));

function browserI18n(): I18n {
  const ui = safe(() => browser.i18n.getUILanguage(), 'en');
  return {
    uiLang: ui.toLowerCase().startsWith('id') ? 'id' : 'en',
    t: (key, substitutions) => safe(() => browser.i18n.getMessage(key, substitutions), '') || key,
  };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const adapter = adapterFor(location.hostname);
if (adapter) {
  try {
    const settings = createSettingsStore(syncStorageArea());
    watchComposes(document, adapter, { mountPanel, i18n: browserI18n(), settings }, new AbortController().signal);
  } catch {
    // An unexpected page: Sopan stays out of the way.
  }
}
