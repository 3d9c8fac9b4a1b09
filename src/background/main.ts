// The service worker. Sopan does all its work in the page; the worker only relays the
// keyboard command that toggles the panel of the focused compose window.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet; settings live in browser.storage.sync with defaults in code.
});
