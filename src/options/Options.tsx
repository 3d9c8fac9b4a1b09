// The options page. Each control saves as soon as it changes (text fields on blur, to stay
// inside storage.sync's write quota); the store notifies open panels at once.
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../panel/contract';
import { SettingsError, type SettingsStore } from '../settings/store';
import { describeProblem } from './problems';
import type { UserSettings } from '../settings/schema';
import { Backup } from './Backup';
import { Checks, type RuleInfo } from './Checks';
import { Languages } from './Languages';
import { Phrases } from './Phrases';
import { SavedTexts } from './SavedTexts';

/** A patch, or a function of the latest settings (two quick changes must not overwrite each other). */
export type Patch = Partial<UserSettings> | ((latest: UserSettings) => Partial<UserSettings>);
export type SectionProps = { settings: UserSettings; i18n: I18n; save(patch: Patch): void };

export function Options({ store, i18n, rules }: { store: SettingsStore; i18n: I18n; rules: readonly RuleInfo[] }) {
  const [settings, setSettings] = useState(store.current());
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    const lifetime = new AbortController();
    store.onChange(() => setSettings(store.current()), lifetime.signal);
    void store.ready.then(() => setSettings(store.current()));
    return () => lifetime.abort();
  }, [store]);
  useEffect(() => {
    document.documentElement.lang = i18n.uiLang;
    document.title = i18n.t('optionsTitle');
  });

  const save = (patch: Patch) => {
    store.save(typeof patch === 'function' ? patch(store.current()) : patch).then(
      () => setStatus(i18n.t('saved')),
      (error: unknown) => {
        const why = error instanceof SettingsError ? error.problems.map((p) => describeProblem(i18n, p)).join(' ') : String(error);
        setStatus(i18n.t('saveFailed', why));
      },
    );
  };
  const props: SectionProps = { settings, i18n, save };
  return (
    <main class="options" data-sopan-options>
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="intro">{i18n.t('optionsIntro')}</p>
      <Languages {...props} />
      <Checks {...props} rules={rules} />
      <SavedTexts {...props} />
      <Phrases {...props} />
      <Backup settings={settings} i18n={i18n} replace={(next) => store.replace(next)} />
      <p class="status" role="status" aria-live="polite" data-sopan-save-status>
        {status}
      </p>
    </main>
  );
}
