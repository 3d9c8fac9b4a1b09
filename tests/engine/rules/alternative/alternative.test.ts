// Alternative, both languages: a refusal or termination with no option or next step is flagged,
// and the fix inserts the alternative right after the refusal sentence — the user's saved text
// in the draft's language first, else a template with a […] placeholder. No referral when ending
// service (source 002).
import { describe, expect, test } from 'vitest';
import { analyze, fixAll } from '../../../../src/engine';
import { baseContext } from '../../../../src/engine/context';
import { alternativeInsertEdit } from '../../../../src/engine/rules/alternative/insert';
import type { Lang, Settings } from '../../../../src/engine';
import type { AlternativeCase } from './case';
import { enCases } from './cases-en';
import { idCases } from './cases-id';

const cases: AlternativeCase[] = [...enCases, ...idCases];

describe('alternative', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = analyze({ body: c.body }, c.options);
    expect(report.principles.alternative !== 'pass').toBe(c.flagged);
    if (c.fixed !== undefined) {
      const fixed = fixAll({ body: c.body }, { ...c.options, principles: ['alternative'] });
      expect(fixed).toBe(c.fixed);
    }
  });

  test('the quoted refusal of the customer does not count', () => {
    const body = 'Hi Sam,\n\nYou said "we cannot accept late fees" in your email, and that is fine: the fee is waived. See you Friday.\n\nBest,\nAna';
    expect(analyze({ body }).principles.alternative).toBe('pass');
  });

  test('nothing to offer in ordinary mail', () => {
    const body = "Hi Aisha,\n\nWe don't do audits, but here is the bookkeeping quote.\n\nNadia";
    expect(analyze({ body }, { scenario: 'other' }).principles.alternative).toBe('pass');
  });
});

describe('alternativeInsertEdit (the panel insert)', () => {
  function input(text: string, lang: Lang, settings: Settings = {}) {
    return baseContext({ text, subject: '', recipientName: undefined, lang, uiLang: lang, settings });
  }

  test('offers saved options first, the template last, right after the refusal', () => {
    const text = "Hi Tom,\n\nWe can't waive the fee. Thanks for understanding.\n\nAna";
    const settings: Settings = { alternatives: [{ en: 'Next groom is 10% off' }], referrals: [{ id: 'Coba Salon Sehat' }] };
    const refusalEnd = text.indexOf('fee.') + 'fee.'.length;
    expect(alternativeInsertEdit(input(text, 'en', settings), 0)).toEqual({ start: refusalEnd, end: refusalEnd, text: ' Next groom is 10% off.' });
    expect(alternativeInsertEdit(input(text, 'en', settings), 1).text).toBe(' What we can do instead is […].');
  });

  test('with no refusal sentence it goes after the body', () => {
    const text = 'Hi Tom,\n\nThe photos arrived today.\n\nAna';
    const edit = alternativeInsertEdit(input(text, 'en'));
    expect(edit.text).toBe('\n\nWhat we can do instead is […].');
    expect(edit.start).toBe(text.indexOf('today.') + 'today.'.length);
  });
});
