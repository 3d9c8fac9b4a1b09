// Words a settings problem in the UI language: "alternatives[2].id is empty."
import type { I18n } from '../panel/contract';
import type { SettingsProblem } from '../settings/validate';

export function describeProblem(i18n: I18n, problem: SettingsProblem): string {
  const where = problem.path || i18n.t('problemRoot');
  return i18n.t(`importProblem_${problem.code.replace(/-/g, '_')}`, where);
}
