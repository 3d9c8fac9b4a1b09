// The extension's storage area: browser.storage.sync, with changes from browser.storage.onChanged
// (StorageArea.onChanged is missing in older Firefox). Only extension code imports this file.
import { extensionApi } from '../i18n/webext';
import type { StorageArea, StorageChanges } from './store';

export function syncStorageArea(): StorageArea {
  const browser = extensionApi();
  const wrapped = new Map<(changes: StorageChanges) => void, (changes: StorageChanges, area: string) => void>();
  return {
    get: (keys) => browser.storage.sync.get(keys),
    set: (items) => browser.storage.sync.set(items),
    onChanged: {
      addListener(listener) {
        const inner = (changes: StorageChanges, area: string) => {
          if (area === 'sync') listener(changes);
        };
        wrapped.set(listener, inner);
        browser.storage.onChanged.addListener(inner);
      },
      removeListener(listener) {
        const inner = wrapped.get(listener);
        if (inner) browser.storage.onChanged.removeListener(inner);
        wrapped.delete(listener);
      },
    },
  };
}
