// Phrases to accept and to always flag, one per line (saved on blur, normalized by the store).
import type { SectionProps } from './Options';

export function Phrases({ settings, i18n, save }: SectionProps) {
  const area = (key: 'acceptPhrases' | 'flagPhrases', label: string) => (
    <label class="field block">
      <span>{label}</span>
      <textarea
        rows={4}
        data-sopan-option={key}
        value={settings[key].join('\n')}
        onChange={(e) => save({ [key]: (e.currentTarget as HTMLTextAreaElement).value.split('\n').filter((line) => line.trim()) })}
      />
    </label>
  );
  return (
    <section aria-labelledby="sopan-phrases">
      <h2 id="sopan-phrases">{i18n.t('sectionPhrases')}</h2>
      {area('acceptPhrases', i18n.t('acceptPhrasesLabel'))}
      {area('flagPhrases', i18n.t('flagPhrasesLabel'))}
    </section>
  );
}
