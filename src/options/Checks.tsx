// Each check on/off and its severity, grouped by principle (textlint/Vale style rule settings).
import { CORE_PRINCIPLES, SUPPORTING_PRINCIPLES, type Principle, type Severity } from '../engine/types';
import { principleKey, ruleKey } from '../panel/keys';
import { SEVERITIES } from '../settings/schema';
import type { SectionProps } from './Options';

export type RuleInfo = { id: string; principle: Principle; severity: Severity };

export function Checks({ settings, i18n, save, rules }: SectionProps & { rules: readonly RuleInfo[] }) {
  const setRule = (id: string, change: { enabled?: boolean; severity?: Severity }) =>
    save((latest) => ({ rules: { ...latest.rules, [id]: { ...latest.rules[id], ...change } } }));
  const groups = [...CORE_PRINCIPLES, ...SUPPORTING_PRINCIPLES].map((p) => ({ principle: p, rules: rules.filter((r) => r.principle === p) })).filter((g) => g.rules.length);
  return (
    <section aria-labelledby="sopan-checks">
      <h2 id="sopan-checks">{i18n.t('sectionChecks')}</h2>
      <p class="hint">{i18n.t('checksIntro')}</p>
      {groups.length === 0 && <p>{i18n.t('noChecks')}</p>}
      {groups.map((group) => (
        <fieldset key={group.principle}>
          <legend>{i18n.t(principleKey(group.principle))}</legend>
          {group.rules.map((rule) => {
            const setting = settings.rules[rule.id];
            const enabled = setting?.enabled !== false;
            // A rule added without a name yet shows its id rather than a bare message key.
            const named = i18n.t(ruleKey(rule.id));
            const name = named === ruleKey(rule.id) ? rule.id : named;
            return (
              <div class="rule" key={rule.id} data-sopan-rule={rule.id}>
                <label>
                  <input type="checkbox" checked={enabled} data-sopan-rule-enabled onChange={(e) => setRule(rule.id, { enabled: (e.currentTarget as HTMLInputElement).checked })} />
                  <span class="rule-name">{name}</span> <code class="rule-id">{rule.id}</code>
                </label>
                <select
                  aria-label={i18n.t('severityLabel', name)}
                  data-sopan-rule-severity
                  value={setting?.severity ?? rule.severity}
                  disabled={!enabled}
                  onChange={(e) => setRule(rule.id, { severity: (e.currentTarget as HTMLSelectElement).value as Severity })}
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {i18n.t(`severity_${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
