// Language detection on what owners really type: one or two short sentences, chat-style and
// code-mixed Indonesian, English with Indonesian names.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectLang } from '../../src/engine';
import { detectDraftLang } from '../../src/engine/lang';
import { scannable, wordBounds } from '../../src/engine/text/words';

const cases: [string, 'en' | 'id'][] = [
  ['Gak bisa kak.', 'id'],
  ['Makasih ya kak 🙏', 'id'],
  ['Oke kak, besok dikirim ya', 'id'],
  ['Mohon maaf, slot hari ini sudah penuh.', 'id'],
  ['Request revisi ke-5 sudah di luar scope paket Basic ya.', 'id'],
  ['Invoice-nya udah aku kirim, please cek email ya kak', 'id'],
  ['Deadline-nya tanggal 20, jadi kita push meeting ke Senin aja.', 'id'],
  ['Dengan hormat, Bapak Hendra Wijaya,', 'id'],
  ['Sorry kak, rush order 2 hari gak masuk timeline kami.', 'id'],
  ['Siap kak, ditunggu ya', 'id'],
  ['Bisa kak', 'id'],
  ['Terserah.', 'id'],
  ['Udah lunas belum?', 'id'],
  ['Oke, nanti aku cek dulu.', 'id'],
  ['Harganya Rp180.000, gratis ongkir.', 'id'],
  ['Thanks for your order!', 'en'],
  ['Sure, see you then.', 'en'],
  ['Great, noted.', 'en'],
  ["Sorry, we can't do Friday.", 'en'],
  ['No.', 'en'],
  ['Hi Putu, the yoga class starts at 6 pm.', 'en'],
  ['Dear Ibu Sari, your invoice is attached.', 'en'],
  ['We close at 4 pm on Saturday, Bali time.', 'en'],
];

describe('detectLang', () => {
  test.each(cases)('"%s" → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

// Letters, digits, joiners, emoji with their modifiers, and characters only the segmenter reads.
// Known words of both languages, Indonesian forms, and characters the word index reads apart (² ſ).
const pieces = ['a', 'Z', 'é', '9', '_', ' ', '\n', '.', ',', ':', "'", '’', '‘', '-', '😅', '🏻', '\ufe0f', '\u0301', 'я', 'kak', "don't", '1,850', 'Rp', 'kata-kata', 'The', 'yang', 'KAMI', 'we’ll', 'harganya', 'apa2an', '²', 'ſ'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

test('a draft read for its language gives the body words the word scanner gives', () => {
  fc.assert(
    fc.property(text, text, (subject, body) => {
      const read = detectDraftLang(subject, body);
      expect(read.lang).toBe(detectLang(`${subject}\n${body}`));
      if (read.bodyWords) expect(Array.from(read.bodyWords)).toEqual(wordBounds(body));
      else expect(scannable(`${subject}\n${body}`)).toBe(false);
    }),
    { numRuns: 3000 },
  );
});

