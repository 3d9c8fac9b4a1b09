import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettingsJson, settingsFromStorage, validateSettings, type SettingsProblem } from '../../src/settings';

describe('validateSettings accepts good files', () => {
  const good: [string, unknown, (s: ReturnType<typeof defaultSettings>) => unknown, unknown][] = [
    ['empty object gives defaults', {}, (s) => s, defaultSettings()],
    ['ui language', { uiLang: 'id' }, (s) => s.uiLang, 'id'],
    ['draft language', { draftLang: 'en' }, (s) => s.draftLang, 'en'],
    ['rule off and severity', { rules: { 'politeness/shouting': { enabled: false, severity: 'error' } } }, (s) => s.rules, { 'politeness/shouting': { enabled: false, severity: 'error' } }],
    ['phrases normalized and deduplicated', { acceptPhrases: ['  Kindly  Note ', 'kindly note'] }, (s) => s.acceptPhrases, ['kindly note']],
    ['saved alternatives in both languages', { alternatives: [{ en: 'We can offer a smaller package.', id: 'Kami bisa menawarkan paket yang lebih kecil.' }] }, (s) => s.alternatives[0]?.id, 'Kami bisa menawarkan paket yang lebih kecil.'],
    ['house rule with kind', { houseRules: [{ kind: 'deposit', id: 'DP 50% di awal.' }] }, (s) => s.houseRules, [{ kind: 'deposit', id: 'DP 50% di awal.' }]],
    ['house rule without kind is other', { houseRules: [{ en: 'We reply within a day.' }] }, (s) => s.houseRules[0]?.kind, 'other'],
  ];
  it.each(good)('%s', (_name, input, read, expected) => {
    const result = validateSettings(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(read(result.settings)).toEqual(expected);
  });
});

describe('validateSettings rejects bad files with a code and a path for each problem', () => {
  const bad: [string, unknown, SettingsProblem[]][] = [
    ['not an object', [1, 2], [{ code: 'not-object', path: '' }]],
    ['null', null, [{ code: 'not-object', path: '' }]],
    ['unknown key', { theme: 'dark' }, [{ code: 'unknown-key', path: 'theme' }]],
    ['bad language', { uiLang: 'fr' }, [{ code: 'bad-choice', path: 'uiLang' }]],
    ['collapsed not boolean', { panelCollapsed: 'yes' }, [{ code: 'not-boolean', path: 'panelCollapsed' }]],
    ['rule enabled not boolean', { rules: { x: { enabled: 'no' } } }, [{ code: 'not-boolean', path: 'rules.x.enabled' }]],
    ['bad severity', { rules: { x: { severity: 'fatal' } } }, [{ code: 'bad-severity', path: 'rules.x.severity' }]],
    ['phrases not a list', { flagPhrases: 'stupid' }, [{ code: 'not-list', path: 'flagPhrases' }]],
    ['phrase not text', { flagPhrases: [3] }, [{ code: 'not-text', path: 'flagPhrases[0]' }]],
    ['blank phrase', { acceptPhrases: ['  '] }, [{ code: 'empty-text', path: 'acceptPhrases[0]' }]],
    ['phrase too long', { acceptPhrases: ['a'.repeat(501)] }, [{ code: 'too-long', path: 'acceptPhrases[0]' }]],
    ['alternative without text', { alternatives: [{}] }, [{ code: 'empty-text', path: 'alternatives[0]' }]],
    ['alternative with a stray key', { referrals: [{ en: 'Try Budi.', fr: 'x' }] }, [{ code: 'unknown-key', path: 'referrals[0].fr' }]],
    ['house rule of unknown kind', { houseRules: [{ kind: 'parking', en: 'x' }] }, [{ code: 'bad-kind', path: 'houseRules[0].kind' }]],
    ['two problems reported together', { uiLang: 1, draftLang: 'de' }, [{ code: 'bad-choice', path: 'uiLang' }, { code: 'bad-choice', path: 'draftLang' }]],
  ];
  it.each(bad)('%s', (_name, input, problems) => {
    const result = validateSettings(input);
    expect(result).toEqual({ ok: false, problems });
  });

  it('reports text that is not JSON', () => {
    expect(parseSettingsJson('{uiLang: en')).toEqual({ ok: false, problems: [{ code: 'not-json', path: '' }] });
  });

  it('round-trips an exported file', () => {
    const settings = { ...defaultSettings(), uiLang: 'id' as const, flagPhrases: ['bodoh'] };
    expect(parseSettingsJson(JSON.stringify(settings))).toEqual({ ok: true, settings });
  });
});

describe('settingsFromStorage', () => {
  it('keeps valid fields and defaults broken ones', () => {
    const settings = settingsFromStorage({ uiLang: 'id', flagPhrases: 'not a list', referrals: [{ en: 'Ask Sari.' }] });
    expect(settings.uiLang).toBe('id');
    expect(settings.flagPhrases).toEqual([]);
    expect(settings.referrals).toEqual([{ en: 'Ask Sari.' }]);
  });
});
