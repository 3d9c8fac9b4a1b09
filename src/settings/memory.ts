// An in-memory storage area with browser.storage's change semantics, for tests and for pages
// where extension storage is unavailable. Two stores over one area behave like two extension
// pages sharing storage.sync.
import type { StorageArea, StorageChanges } from './store';

export function memoryStorageArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<(changes: StorageChanges) => void>();
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of keys) if (key in data) out[key] = structuredClone(data[key]);
      return out;
    },
    async set(items) {
      const changes: StorageChanges = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      // Like the browser: listeners hear of a write after it completes, asynchronously.
      queueMicrotask(() => {
        for (const listener of [...listeners]) listener(structuredClone(changes));
      });
    },
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
  };
}
