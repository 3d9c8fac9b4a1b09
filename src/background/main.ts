// The service worker. Sopan does all its work in the page; the worker relays the keyboard
// command (manifest `commands`) to the active tab, whose content script toggles the panel of
// the focused compose window, and sends a content script the UI catalog of a language forced in
// the options page (the page bundles none: see src/i18n/remote.ts) and the engine's data: both
// phrase books, and the messages of a language other than the browser's (see
// src/language-data/protocol.ts).
import browser from 'webextension-polyfill';
import { catalogs } from '../i18n/catalog';
import { answerCatalogRequest } from '../i18n/remote';
import { answerLanguageData } from '../language-data/worker';
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

browser.runtime.onMessage.addListener((message: unknown) => {
  const answer = answerCatalogRequest(message, catalogs) ?? answerLanguageData(message);
  // undefined leaves other messages to other listeners; a promise is the polyfill's reply.
  return answer ? Promise.resolve(answer) : undefined;
});
