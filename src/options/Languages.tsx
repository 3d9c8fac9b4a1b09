import { UI_LANG_CHOICES, type LangChoice } from '../settings/schema';
import type { SectionProps } from './Options';

export function Languages({ settings, i18n, save }: SectionProps) {
  const choice = (key: 'uiLang' | 'draftLang', label: string) => (
    <label class="field">
      <span>{label}</span>
      <select data-sopan-option={key} value={settings[key]} onChange={(e) => save({ [key]: (e.currentTarget as HTMLSelectElement).value as LangChoice })}>
        {UI_LANG_CHOICES.map((c) => (
          <option key={c} value={c}>
            {i18n.t(`choice_${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="sopan-languages">
      <h2 id="sopan-languages">{i18n.t('sectionLanguages')}</h2>
      {choice('uiLang', i18n.t('uiLangLabel'))}
      {choice('draftLang', i18n.t('draftLangLabel'))}
    </section>
  );
}
