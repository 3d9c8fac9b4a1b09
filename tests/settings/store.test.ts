import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, engineSettings, memoryStorageArea } from '../../src/settings';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SettingsStore', () => {
  it('reads stored settings over the defaults', async () => {
    const store = createSettingsStore(memoryStorageArea({ uiLang: 'id', rules: { r: { enabled: false } } }));
    expect(store.current().uiLang).toBe('auto');
    await store.ready;
    expect(store.current().uiLang).toBe('id');
    expect(store.current().rules).toEqual({ r: { enabled: false } });
  });

  it('notifies its own listeners at once on save, and writes to the area', async () => {
    const area = memoryStorageArea();
    const store = createSettingsStore(area);
    await store.ready;
    const listener = vi.fn();
    store.onChange(listener, new AbortController().signal);
    const saving = store.save({ flagPhrases: ['Ridiculous'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.current().flagPhrases).toEqual(['ridiculous']);
    await saving;
    await tick();
    expect(area.data.flagPhrases).toEqual(['ridiculous']);
    expect(listener).toHaveBeenCalledTimes(1); // the area's echo of our own write is not a change
  });

  it('hears writes from another page sharing the area (options page -> open panel)', async () => {
    const area = memoryStorageArea();
    const panel = createSettingsStore(area);
    const options = createSettingsStore(area);
    await Promise.all([panel.ready, options.ready]);
    const listener = vi.fn();
    panel.onChange(listener, new AbortController().signal);
    await options.disableRule('politeness/shouting');
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(panel.current().rules['politeness/shouting']).toEqual({ enabled: false });
  });

  it('stops notifying after the signal aborts', async () => {
    const store = createSettingsStore(memoryStorageArea());
    const controller = new AbortController();
    const listener = vi.fn();
    store.onChange(listener, controller.signal);
    controller.abort();
    await store.save({ uiLang: 'en' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses an invalid save and keeps the previous settings', async () => {
    const area = memoryStorageArea();
    const store = createSettingsStore(area);
    await store.ready;
    await expect(store.save({ uiLang: 'fr' as never })).rejects.toThrow(/uiLang/);
    expect(store.current().uiLang).toBe('auto');
    expect(area.data.uiLang).toBeUndefined();
  });

  it('replace() writes every field, resetting ones the import leaves out', async () => {
    const area = memoryStorageArea({ flagPhrases: ['old'] });
    const store = createSettingsStore(area);
    await store.ready;
    await store.replace({ ...store.current(), flagPhrases: [], uiLang: 'id' });
    expect(area.data.flagPhrases).toEqual([]);
    expect(store.current().uiLang).toBe('id');
  });

  it('gives the engine only engine fields', () => {
    const store = createSettingsStore(memoryStorageArea());
    expect(Object.keys(engineSettings(store.current())).sort()).toEqual(['acceptPhrases', 'alternatives', 'flagPhrases', 'houseRules', 'referrals', 'rules']);
  });
});
