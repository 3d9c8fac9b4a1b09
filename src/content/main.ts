// Content script entry: marks the page so tests can tell it ran, then starts watching for
// compose windows and answers the keyboard command. Nothing here may throw into the page.
import browser from 'webextension-polyfill';
import { extensionI18n } from '../i18n/extension';
import { mountPanel } from '../panel/mount';
import { TOGGLE_MESSAGE, toggleFocusedPanel } from '../panel/toggle';
import { syncStorageArea } from '../settings/extension';
import { createSettingsStore } from '../settings/store';
import { adapterFor } from './hosts';
import { watchComposes } from './watcher';

document.documentElement.setAttribute('data-sopan-loaded', '1');

const adapter = adapterFor(location.hostname);
if (adapter) {
  try {
    const settings = createSettingsStore(syncStorageArea());
    watchComposes(document, adapter, { mountPanel, i18n: extensionI18n(settings), settings }, new AbortController().signal);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === TOGGLE_MESSAGE) toggleFocusedPanel(document);
      return undefined;
    });
  } catch {
    // An unexpected page: Sopan stays out of the way.
  }
}
