// One-click inserts, each placed by the content script where PRINCIPLES.md says. Saved
// alternatives and referrals (and house rules) come from the options page; no referral to
// another business is offered when ending service (source 002: not when ending it for bad
// behaviour), so the index of an alternative stays its index in [...alternatives, ...referrals].
import type { Lang, SavedText, Scenario } from '../engine/types';
import type { I18n, InsertKind, PanelActions, PanelSettings } from './contract';
import { insertKey } from './keys';

type Offer = { kind: InsertKind; index?: number; label: string; detail?: string };
type Props = { lang: Lang; scenario: Scenario; settings?: PanelSettings; i18n: I18n; actions: PanelActions };

export function insertOffers({ lang, scenario, settings, i18n }: Omit<Props, 'actions'>): Offer[] {
  const saved = settings?.current();
  const textIn = (s: SavedText) => s[lang] ?? s.en ?? s.id ?? '';
  const offers: Offer[] = [
    { kind: 'greeting', label: i18n.t(insertKey('greeting')) },
    { kind: 'thanks', label: i18n.t(insertKey('thanks')) },
  ];
  const alternatives = saved?.alternatives ?? [];
  const referrals = scenario === 'termination' ? [] : (saved?.referrals ?? []);
  const choices = [...alternatives, ...referrals];
  if (!choices.length) offers.push({ kind: 'alternative', label: i18n.t(insertKey('alternative')) });
  choices.forEach((c, index) => offers.push({ kind: 'alternative', index, label: i18n.t(insertKey('alternative')), detail: textIn(c) }));
  (saved?.houseRules ?? []).forEach((rule, index) => offers.push({ kind: 'house-rule', index, label: i18n.t(insertKey('house-rule')), detail: textIn(rule) }));
  offers.push({ kind: 'closing', label: i18n.t(insertKey('closing')) });
  return offers;
}

export function Inserts(props: Props) {
  const { i18n, actions } = props;
  return (
    <section class="inserts" aria-label={i18n.t('insertsTitle')}>
      <h3>{i18n.t('insertsTitle')}</h3>
      <ul>
        {insertOffers(props).map((offer) => (
          <li key={`${offer.kind}-${offer.index ?? ''}`}>
            <button type="button" data-sopan-insert={offer.kind} data-index={offer.index} title={offer.detail} onClick={() => actions.insert(offer.kind, offer.index)}>
              {offer.label}
              {offer.detail && <span class="detail">{offer.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
