// Message keys built from engine ids (chrome.i18n keys allow only [A-Za-z0-9_@]). The locale
// test enumerates these, since a scan of t('...') calls cannot see them.
import type { InsertKind } from './contract';
import type { Principle, Scenario, Status } from '../engine/types';

const keyPart = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');

export const principleKey = (p: Principle) => `principle_${keyPart(p)}`;
export const principleGoodKey = (p: Principle) => `good_${keyPart(p)}`;
export const statusKey = (s: Status) => `status_${s}`;
export const scenarioKey = (s: Scenario) => `scenario_${keyPart(s)}`;
export const insertKey = (k: InsertKind) => `insert_${keyPart(k)}`;
export const langKey = (l: string) => `lang_${l}`;
export const ruleKey = (ruleId: string) => `rule_${keyPart(ruleId)}`;
