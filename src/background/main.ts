// The service worker. Sopan does all its work in the page; the worker only relays the keyboard
// command (manifest `commands`) to the active tab, whose content script toggles the panel of
// the focused compose window.
import browser from 'webextension-polyfill';
import { relayCommand } from './relay';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet; settings live in browser.storage.sync with defaults in code.
});

browser.commands.onCommand.addListener((command) => {
  void relayCommand(command, {
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  });
});
