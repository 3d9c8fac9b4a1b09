import { afterEach, describe, expect, it, vi } from 'vitest';
import { relayCommand } from '../../src/background/relay';
import { TOGGLE_EVENT } from '../../src/panel/contract';
import { TOGGLE_MESSAGE, toggleFocusedPanel } from '../../src/panel/toggle';

afterEach(() => document.body.replaceChildren());

function compose(name: string) {
  const box = document.createElement('div');
  box.id = name;
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  const host = document.createElement('div');
  host.setAttribute('data-sopan-panel', '');
  const toggled = vi.fn();
  host.addEventListener(TOGGLE_EVENT, toggled);
  box.append(editor, host);
  document.body.append(box);
  return { editor, host, toggled };
}

describe('toggleFocusedPanel', () => {
  it('toggles the panel of the compose holding the focus', () => {
    const a = compose('a');
    const b = compose('b');
    a.editor.focus();
    expect(toggleFocusedPanel(document)).toBe(true);
    expect(a.toggled).toHaveBeenCalledTimes(1);
    expect(b.toggled).not.toHaveBeenCalled();
  });

  it('toggles the last panel when focus is elsewhere, and reports when there is none', () => {
    expect(toggleFocusedPanel(document)).toBe(false);
    const a = compose('a');
    const b = compose('b');
    expect(toggleFocusedPanel(document)).toBe(true);
    expect(b.toggled).toHaveBeenCalledTimes(1);
    expect(a.toggled).not.toHaveBeenCalled();
  });
});

describe('relayCommand', () => {
  it('sends the toggle message to the active tab', async () => {
    const send = vi.fn(async () => undefined);
    expect(await relayCommand('toggle-panel', { activeTabId: async () => 7, send })).toBe(true);
    expect(send).toHaveBeenCalledWith(7, { type: TOGGLE_MESSAGE });
  });
  it('ignores other commands, tabs without a listener, and no active tab', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await relayCommand('other', { activeTabId: async () => 7, send })).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await relayCommand('toggle-panel', { activeTabId: async () => 7, send })).toBe(false);
    expect(await relayCommand('toggle-panel', { activeTabId: async () => undefined, send })).toBe(false);
  });
});
