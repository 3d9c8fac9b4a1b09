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

test('an emoji followed by a capital ends a chat-style sentence; "Ibu." is no abbreviation', () => {
  expect(sentences('Belum ada ya kak 😢 Maaf ya kak, aturannya begitu.').map((s) => s.text)).toEqual(['Belum ada ya kak 😢', 'Maaf ya kak, aturannya begitu.']);
  expect(sentences('Makasih 🙏 kak, besok dikirim.').map((s) => s.text)).toEqual(['Makasih 🙏 kak, besok dikirim.']);
  expect(sentences('Kami antar ke kantor Ibu. Ibu cukup tanda tangan.').map((s) => s.text)).toEqual(['Kami antar ke kantor Ibu.', 'Ibu cukup tanda tangan.']);
  expect(sentences('Yth. Ibu Lusi, Jl. Melati No. 5 sudah kami catat.')).toHaveLength(1);
});
