// One-click inserts: each lands where it belongs, in the draft's language, and applies cleanly.
import { describe, expect, test } from 'vitest';
import { applyEdits, insertion, type AnalyzeOptions, type Draft, type InsertKind } from '../../src/engine';

const en = 'Hi Tom,\n\nWe cannot refund the deposit. The booking was cancelled inside 7 days.\n\nBest,\nAna';
const id = 'Halo kak Rina,\n\nMohon maaf, DP tidak bisa dikembalikan. Pembatalan dilakukan H-2.\n\nSalam,\nAyu';
const bare = 'We cannot refund the deposit.';

type Case = { kind: InsertKind; draft: Draft; options?: AnalyzeOptions; index?: number; expected: string | null };

const cases: Case[] = [
  { kind: 'greeting', draft: { body: bare, recipientName: 'Tom' }, expected: 'Hi Tom,\n\nWe cannot refund the deposit.' },
  { kind: 'greeting', draft: { body: bare }, options: { lang: 'en' }, expected: 'Hello,\n\nWe cannot refund the deposit.' },
  { kind: 'greeting', draft: { body: 'DP tidak bisa dikembalikan.', recipientName: 'Kak Rina' }, options: { lang: 'id' }, expected: 'Halo Kak Rina,\n\nDP tidak bisa dikembalikan.' },
  { kind: 'greeting', draft: { body: en }, expected: null },
  { kind: 'thanks', draft: { body: en }, expected: 'Hi Tom,\n\nThank you for your message.\n\nWe cannot refund the deposit. The booking was cancelled inside 7 days.\n\nBest,\nAna' },
  { kind: 'thanks', draft: { body: id }, expected: 'Halo kak Rina,\n\nTerima kasih atas pesannya.\n\nMohon maaf, DP tidak bisa dikembalikan. Pembatalan dilakukan H-2.\n\nSalam,\nAyu' },
  { kind: 'closing', draft: { body: en }, expected: 'Hi Tom,\n\nWe cannot refund the deposit. The booking was cancelled inside 7 days.\n\nThank you for your understanding.\n\nBest,\nAna' },
  { kind: 'closing', draft: { body: bare }, options: { lang: 'en' }, expected: 'We cannot refund the deposit.\n\nThank you for your understanding.\n\nBest regards,' },
  { kind: 'closing', draft: { body: id }, expected: 'Halo kak Rina,\n\nMohon maaf, DP tidak bisa dikembalikan. Pembatalan dilakukan H-2.\n\nTerima kasih atas pengertiannya.\n\nSalam,\nAyu' },
  {
    kind: 'house-rule',
    draft: { body: en },
    options: { settings: { houseRules: [{ en: 'Deposits are non-refundable within 7 days of the booking' }] } },
    expected: 'Hi Tom,\n\nWe cannot refund the deposit. Deposits are non-refundable within 7 days of the booking. The booking was cancelled inside 7 days.\n\nBest,\nAna',
  },
  {
    kind: 'house-rule',
    draft: { body: en },
    options: { settings: { houseRules: [{ en: 'First rule.' }, { en: 'Second rule.' }] } },
    index: 1,
    expected: 'Hi Tom,\n\nWe cannot refund the deposit. Second rule. The booking was cancelled inside 7 days.\n\nBest,\nAna',
  },
  {
    kind: 'house-rule',
    draft: { body: id },
    expected: 'Halo kak Rina,\n\nMohon maaf, DP tidak bisa dikembalikan. Sesuai kesepakatan kita, [aturan]. Pembatalan dilakukan H-2.\n\nSalam,\nAyu',
  },
];

describe('insertion', () => {
  test.each(cases.map((c) => [`${c.kind}: ${c.draft.body.slice(0, 30).replace(/\n/g, ' ')}`, c] as const))('%s', (_name, c) => {
    const edit = insertion(c.kind, c.draft, c.options, c.index);
    expect(edit === null ? null : applyEdits(c.draft.body, [edit])).toBe(c.expected);
  });

  test('never throws on an empty draft', () => {
    for (const kind of ['greeting', 'thanks', 'house-rule', 'closing', 'alternative'] as const) {
      expect(() => insertion(kind, { body: '' })).not.toThrow();
    }
  });
});
