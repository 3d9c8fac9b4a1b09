// Content script entry: marks the page so tests can tell it ran, then starts watching for
// compose windows and answers the keyboard command. Nothing here may throw into the page.
import { catalogFromWorker, extensionI18n } from '../i18n/extension';
import { extensionApi } from '../i18n/webext';
import { mountPanel } from '../panel/mount';
import { TOGGLE_MESSAGE, toggleFocusedPanel } from '../panel/toggle';
import { syncStorageArea } from '../settings/extension';
import { createSettingsStore } from '../settings/store';
import { createWarmUp } from '../engine/warm-up';
import { messagesFromLocale } from '../language-data/locale';
import { createLanguageData, languageDataFromWorker } from '../language-data/page';
import { adapterFor } from './hosts';
import { warmWhenIdle, type PageWarmUp } from './warm';
import { watchComposes } from './watcher';

document.documentElement.setAttribute('data-sopan-loaded', '1');

const adapter = adapterFor(location.hostname);
if (adapter) {
  try {
    const store = createSettingsStore(syncStorageArea());
    // A UI language forced in the options page that the browser does not speak comes from the
    // worker, and so do the phrase books; when either arrives, open panels re-check and
    // redraw as on any settings change.
    const catalogArrived = new EventTarget();
    const arrived = () => catalogArrived.dispatchEvent(new Event('arrived'));
    const i18n = extensionI18n(store, catalogFromWorker, arrived);
    const languageData = createLanguageData(languageDataFromWorker, arrived);
    // The browser's language's engine messages are in its locale: no request, no wait.
    try {
      const local = messagesFromLocale((name) => extensionApi().i18n.getMessage(name));
      if (local) languageData.provide(local.lang, 'messages', local.messages);
    } catch {
      // The worker sends them when a check needs them.
    }
    // Asked as soon as the stored choice is read, so a panel rarely draws in the browser's language first.
    void store.ready.then(() => {
      i18n.prepare();
      void languageData.load(i18n.uiLang, 'messages').catch(() => undefined);
    });
    const settings = {
      ...store,
      onChange(listener: () => void, signal: AbortSignal) {
        store.onChange(listener, signal);
        catalogArrived.addEventListener('arrived', listener, { signal });
      },
    };
    const lifetime = new AbortController().signal;
    // Both phrase books come from the worker (the page bundles neither), asked for now whatever
    // the browser's language: once both are here a check no longer detects the draft's language
    // before analyze() does (the controller's wait), and the first draft rarely waits. A failure
    // is asked again by the next check that needs the book (a few times, then the panel says it
    // cannot check).
    const bookHere = (lang: 'en' | 'id') => languageData.load(lang, 'phrases').then(() => true, () => false);
    const books = { en: bookHere('en'), id: bookHere('id') };
    // Then the engine's patterns compile in idle time, so the first check does not pay for it: for
    // the browser's language only; the other warms up as it is used. A long draft that arrives
    // before the warm-up is done finishes it first (the controller's `warm`).
    const browserLang = navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
    let pageWarm: PageWarmUp | undefined;
    const warm: PageWarmUp = { finishThen: (later, then) => (pageWarm ? pageWarm.finishThen(later, then) : then()) };
    void books[browserLang].then((here) => here && void (pageWarm = warmWhenIdle(createWarmUp([browserLang]), lifetime, document)));
    watchComposes(document, adapter, { mountPanel, i18n, settings, languageData, warm }, lifetime);
    extensionApi().runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === TOGGLE_MESSAGE) toggleFocusedPanel(document);
      return undefined;
    });
  } catch {
    // An unexpected page: Sopan stays out of the way.
  }
}
