// Import and export as JSON. An import is validated whole; a bad file saves nothing and says
// exactly what is wrong, in the UI language.
import { useState } from 'preact/hooks';
import type { I18n } from '../panel/contract';
import type { UserSettings } from '../settings/schema';
import { parseSettingsJson, type SettingsProblem } from '../settings/validate';
import { describeProblem } from './problems';

type Props = { settings: UserSettings; i18n: I18n; replace(settings: UserSettings): Promise<void> };
type Outcome = { ok: true } | { ok: false; problems: SettingsProblem[] } | null;

export function exportSettings(settings: UserSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function Backup({ settings, i18n, replace }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pasted, setPasted] = useState('');
  const importText = async (text: string) => {
    const result = parseSettingsJson(text);
    if (!result.ok) return setOutcome({ ok: false, problems: result.problems });
    await replace(result.settings);
    setOutcome({ ok: true });
    setPasted('');
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'sopan-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <section aria-labelledby="sopan-backup">
      <h2 id="sopan-backup">{i18n.t('sectionBackup')}</h2>
      <button type="button" data-sopan-export onClick={download}>
        {i18n.t('exportButton')}
      </button>
      <label class="field">
        <span>{i18n.t('importFileLabel')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-sopan-import-file
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void file.text().then(importText);
          }}
        />
      </label>
      <label class="field block">
        <span>{i18n.t('importPasteLabel')}</span>
        <textarea rows={4} data-sopan-import-text value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" data-sopan-import disabled={!pasted.trim()} onClick={() => void importText(pasted)}>
        {i18n.t('importButton')}
      </button>
      {outcome?.ok === true && (
        <p role="status" data-sopan-import-result="ok">
          {i18n.t('imported')}
        </p>
      )}
      {outcome?.ok === false && (
        <div role="alert" data-sopan-import-result="error">
          <p>{i18n.t('importFailed')}</p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{describeProblem(i18n, p)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
