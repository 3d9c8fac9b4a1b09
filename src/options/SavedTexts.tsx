// The user's own sentences, each in English and Indonesian: alternatives and referrals (offered
// when saying no) and house rules (working hours, deposit, revisions, payment terms, respectful
// language — seeds 003 and 004), inserted by the panel in the draft's language.
import { useState } from 'preact/hooks';
import type { SavedText } from '../engine/types';
import { HOUSE_RULE_KINDS, type HouseRule, type HouseRuleKind } from '../settings/schema';
import type { SectionProps } from './Options';

type ListKey = 'alternatives' | 'referrals' | 'houseRules';

export function SavedTexts(props: SectionProps) {
  const { i18n } = props;
  return (
    <>
      <TextList {...props} list="alternatives" title={i18n.t('sectionAlternatives')} intro={i18n.t('alternativesIntro')} />
      <TextList {...props} list="referrals" title={i18n.t('sectionReferrals')} intro={i18n.t('referralsIntro')} />
      <TextList {...props} list="houseRules" title={i18n.t('sectionHouseRules')} intro={i18n.t('houseRulesIntro')} />
    </>
  );
}

function TextList({ settings, i18n, save, list, title, intro }: SectionProps & { list: ListKey; title: string; intro: string }) {
  const saved: (SavedText | HouseRule)[] = settings[list];
  // A new entry lives only here until it has text: storage never holds an empty one.
  const [pending, setPending] = useState<SavedText | HouseRule | null>(null);
  const items = pending ? [...saved, pending] : saved;
  type Item = SavedText | HouseRule;
  const write = (next: (latest: Item[]) => Item[]) => save((latest) => ({ [list]: next(latest[list]) }) as Partial<typeof settings>);
  const change = (index: number, patch: Partial<HouseRule>) => {
    if (index === saved.length && pending) {
      const next = withText({ ...pending, ...patch });
      if (!next.en && !next.id) return setPending(next);
      setPending(null);
      return write((latest) => [...latest, next]);
    }
    write((latest) => latest.map((item, i) => (i === index ? withText({ ...item, ...patch }) : item)));
  };
  const remove = (index: number) => (index === saved.length ? setPending(null) : write((latest) => latest.filter((_, i) => i !== index)));
  const blank: SavedText | HouseRule = list === 'houseRules' ? { kind: 'working-hours' } : {};
  return (
    <section aria-labelledby={`sopan-${list}`} data-sopan-list={list}>
      <h2 id={`sopan-${list}`}>{title}</h2>
      <p class="hint">{intro}</p>
      <ol>
        {items.map((item, index) => (
          <li key={index} class="saved" data-sopan-item={index}>
            {'kind' in item && (
              <label class="field">
                <span>{i18n.t('houseRuleKindLabel')}</span>
                <select value={(item as HouseRule).kind} data-sopan-kind onChange={(e) => change(index, { kind: (e.currentTarget as HTMLSelectElement).value as HouseRuleKind })}>
                  {HOUSE_RULE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {i18n.t(`houseRule_${k.replace(/-/g, '_')}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {(['en', 'id'] as const).map((lang) => (
              <label class="field block" key={lang}>
                <span>{i18n.t(lang === 'en' ? 'textEnLabel' : 'textIdLabel')}</span>
                <textarea rows={2} data-sopan-text={lang} value={item[lang] ?? ''} onChange={(e) => change(index, { [lang]: (e.currentTarget as HTMLTextAreaElement).value })} />
              </label>
            ))}
            <button type="button" data-sopan-remove aria-label={i18n.t('removeLabel', String(index + 1))} onClick={() => remove(index)}>
              {i18n.t('remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" data-sopan-add={list} onClick={() => setPending(blank)} disabled={pending !== null}>
        {i18n.t('add')}
      </button>
    </section>
  );
}

/** Drops an empty language so a half-filled entry stays valid (the other language is used). */
function withText<T extends SavedText>(item: T): T {
  const out = { ...item };
  for (const lang of ['en', 'id'] as const) if (!out[lang]?.trim()) delete out[lang];
  return out;
}
