// Supporting principles: suggestions only, each with an insert in the draft's language.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../../src/engine';
import { expectRow, label, ruleFindings, type Row } from '../table';

const refusalEn = 'Hi Tom,\n\nWe cannot offer a discount on this table.\n\nBest,\nAna';
const refusalId = 'Halo kak,\n\nMohon maaf, kami tidak bisa kasih diskon untuk meja ini.\n\nSalam,\nAni';

const table: Record<string, Row[]> = {
  'supporting/gratitude': [
    { lang: 'en', body: refusalEn, hits: 1, fixed: 'Hi Tom,\n\nThank you for your message.\n\nWe cannot offer a discount on this table.\n\nBest,\nAna' },
    { lang: 'en', body: 'Hi Tom,\n\nThanks for asking. We cannot offer a discount.\n\nBest,\nAna', hits: 0 },
    { lang: 'id', body: refusalId, hits: 1, fixed: 'Halo kak,\n\nTerima kasih atas pesannya.\n\nMohon maaf, kami tidak bisa kasih diskon untuk meja ini.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo kak,\n\nMakasih udah tanya ya. Kami tidak bisa kasih diskon.\n\nSalam,\nAni', hits: 0 },
  ],
  'supporting/acknowledge': [
    { lang: 'en', body: refusalEn, hits: 1, options: { scenario: 'refusal' } },
    { lang: 'en', body: 'Hi Tom,\n\nI understand you would like a discount. We cannot offer one.\n\nBest,\nAna', hits: 0, options: { scenario: 'refusal' } },
    { lang: 'id', body: refusalId, hits: 1, options: { scenario: 'refusal' } },
    { lang: 'id', body: 'Halo kak,\n\nTerkait permintaan diskon, kami tidak bisa.\n\nSalam,\nAni', hits: 0, options: { scenario: 'refusal' } },
  ],
  'supporting/house-rules': [
    {
      lang: 'en',
      body: refusalEn,
      hits: 1,
      options: { scenario: 'refusal', settings: { houseRules: [{ en: 'Sale items are final sale.' }] } },
      fixed: 'Hi Tom,\n\nWe cannot offer a discount on this table. Sale items are final sale.\n\nBest,\nAna',
    },
    { lang: 'en', body: 'Hi Tom,\n\nAs agreed in our contract, we cannot offer a discount.\n\nBest,\nAna', hits: 0, options: { scenario: 'refusal' } },
    { lang: 'id', body: refusalId, hits: 1, options: { scenario: 'refusal' }, fixed: 'Halo kak,\n\nMohon maaf, kami tidak bisa kasih diskon untuk meja ini. Sesuai kesepakatan kita, [aturan].\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo kak,\n\nSesuai ketentuan, kami tidak bisa kasih diskon.\n\nSalam,\nAni', hits: 0, options: { scenario: 'refusal' } },
  ],
  'supporting/de-escalate': [
    { lang: 'en', body: 'Hi Tom,\n\nI know you are angry and upset about the refund.\n\nBest,\nAna', hits: 1, options: { scenario: 'complaint-right' } },
    { lang: 'en', body: 'Hi Tom,\n\nThe refund went out today.\n\nBest,\nAna', hits: 0, options: { scenario: 'complaint-right' } },
    { lang: 'id', body: 'Halo kak,\n\nKami paham kakak kecewa dan marah soal refund.\n\nSalam,\nAni', hits: 1, options: { scenario: 'complaint-right' } },
    { lang: 'id', body: 'Halo kak,\n\nKami paham kakak kecewa dan marah. Kami cek dulu dan kabari besok jam 10.\n\nSalam,\nAni', hits: 0, options: { scenario: 'complaint-right' } },
  ],
};

describe.each(Object.keys(table))('%s', (rule) => {
  test.each(table[rule]!.map((r) => [label(r), r] as const))('%s', (_name, row) => expectRow(rule, row));
});

test('supporting findings are suggestions and never fail a core principle', () => {
  const row: Row = { lang: 'en', body: refusalEn, hits: 1, options: { scenario: 'refusal' } };
  const found = ['gratitude', 'acknowledge', 'house-rules'].flatMap((p) => ruleFindings(`supporting/${p}`, row));
  expect(found.length).toBe(3);
  expect(found.every((f) => f.severity === 'suggestion')).toBe(true);
  expect(analyze({ body: refusalEn }, { lang: 'en', scenario: 'refusal', settings: { rules: { 'supporting/gratitude': { severity: 'error' } } } }).findings.find((f) => f.rule === 'supporting/gratitude')?.severity).toBe('suggestion');
});
