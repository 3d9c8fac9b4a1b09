// The header: overall score, the five principle chips, and the one-click corrections of what
// the engine inferred (draft language, situation, who is in the right).
import { CORE_PRINCIPLES, LANGS, SCENARIOS, type Report, type Scenario } from '../engine/types';
import type { I18n, PanelActions, PanelModel } from './contract';
import { langKey, principleKey, scenarioKey, statusKey } from './keys';
import { overallScore } from './score';

type Props = { model: PanelModel; report: Report; i18n: I18n; actions: PanelActions };

export function Chips({ report, i18n }: { report: Report; i18n: I18n }) {
  return (
    <ul class="chips" aria-label={i18n.t('principlesLabel')}>
      {CORE_PRINCIPLES.map((p) => {
        const status = report.principles[p];
        const name = i18n.t(principleKey(p));
        return (
          <li key={p} class={`chip chip-${status}`} data-sopan-principle={p} data-status={status} title={i18n.t('chipLabel', [name, i18n.t(statusKey(status))])}>
            <span class="chip-mark" aria-hidden="true">{status === 'pass' ? '✓' : status === 'warn' ? '!' : '✕'}</span>
            <span class="chip-name">{name}</span>
            <span class="sr-only">{i18n.t(statusKey(status))}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function Score({ report, i18n }: { report: Report; i18n: I18n }) {
  const score = overallScore(report);
  return (
    <span class="score" data-sopan-score={score} aria-label={i18n.t('scoreLabel', String(score))}>
      {score}
    </span>
  );
}

export function Context({ model, report, i18n, actions }: Props) {
  const { overrides } = model;
  const otherLang = LANGS.find((l) => l !== report.lang) ?? report.lang;
  const setScenario = (scenario: Scenario) => {
    const inRight = scenario === 'complaint-right' ? true : scenario === 'complaint-wrong' ? false : overrides.inRight;
    actions.setOverrides({ ...overrides, scenario, inRight });
  };
  const setInRight = (inRight: boolean) => {
    const complaint = report.scenario === 'complaint-right' || report.scenario === 'complaint-wrong';
    const scenario = complaint ? (inRight ? 'complaint-right' : 'complaint-wrong') : overrides.scenario;
    actions.setOverrides({ ...overrides, inRight, scenario });
  };
  return (
    <div class="context">
      <button
        type="button"
        class="lang"
        data-sopan-lang={report.lang}
        aria-label={i18n.t('draftLangSwitch', [i18n.t(langKey(report.lang)), i18n.t(langKey(otherLang))])}
        onClick={() => actions.setOverrides({ ...overrides, lang: otherLang })}
      >
        {i18n.t(langKey(report.lang))}
        {overrides.lang ? '' : ` · ${i18n.t('detected')}`}
      </button>
      <label class="scenario">
        <span class="sr-only">{i18n.t('scenarioLabel')}</span>
        <select data-sopan-scenario value={report.scenario} onChange={(e) => setScenario((e.currentTarget as HTMLSelectElement).value as Scenario)}>
          {SCENARIOS.map((s) => (
            <option key={s} value={s}>
              {i18n.t(scenarioKey(s))}
            </option>
          ))}
        </select>
      </label>
      <div class="in-right" role="group" aria-label={i18n.t('inRightLabel')}>
        <button type="button" data-sopan-in-right="false" aria-pressed={!report.inRight} onClick={() => setInRight(false)}>
          {i18n.t('weMadeMistake')}
        </button>
        <button type="button" data-sopan-in-right="true" aria-pressed={report.inRight} onClick={() => setInRight(true)}>
          {i18n.t('weFollowedAgreement')}
        </button>
      </div>
    </div>
  );
}
