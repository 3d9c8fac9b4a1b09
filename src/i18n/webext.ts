// The extension API as the content script and the options page reach it, without
// webextension-polyfill (10 KB, 2.8 KB gzipped, in every mail page): Firefox (the build targets
// 140+) has a promise-based `browser`, and Chromium's MV3 `chrome` returns promises for every call
// made from these pages (storage.sync get/set, runtime.sendMessage); i18n.getMessage is
// synchronous in both. The polyfill's types describe both (a type-only import: no code). The
// service worker keeps the polyfill, whose onMessage turns a returned promise into the reply.
import type { Browser } from 'webextension-polyfill';

export function extensionApi(): Browser {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('not running in an extension');
  return api;
}
