import { expect, test } from 'vitest';
import { paragraphs, sentences, words } from '../../src/engine/text/segment';

const draft = 'Hi Mrs. Lindqvist,\n\nThe price is $1,850. We can offer ash instead!\n\nBest,\nTomas';

test('paragraphs split on blank lines and keep offsets', () => {
  const ps = paragraphs(draft);
  expect(ps.map((p) => p.text)).toEqual(['Hi Mrs. Lindqvist,', 'The price is $1,850. We can offer ash instead!', 'Best,\nTomas']);
  for (const p of ps) expect(draft.slice(p.start, p.end)).toBe(p.text);
});

test('sentences never cross a line and survive abbreviations', () => {
  expect(sentences(draft).map((s) => s.text)).toEqual([
    'Hi Mrs. Lindqvist,',
    'The price is $1,850.',
    'We can offer ash instead!',
    'Best,',
    'Tomas',
  ]);
});

test('words are word-like segments with offsets', () => {
  const ws = words('Mohon maaf, kak 🙏 gak bisa');
  expect(ws.map((w) => w.text)).toEqual(['Mohon', 'maaf', 'kak', 'gak', 'bisa']);
});
