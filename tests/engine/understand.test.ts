// The draft's meaning, sentence by sentence, in both languages: declines, terminations, rules,
// alternatives, apologies, grovelling and admitted mistakes. Quotes and negations never count.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { baseContext } from '../../src/engine/context';
import type { Lang } from '../../src/engine';
import { phraseBook, type PhraseBook } from '../../src/engine/phrases/book';
import { quotedSpans, useDocument } from '../../src/engine/text/match';
import { sentences, type Span } from '../../src/engine/text/segment';
import { readApologies } from '../../src/engine/understand/apologies';
import { findIn } from '../../src/engine/understand/find';
import { confirmsComplaint, opensConfirming } from '../../src/engine/understand/owning';
import { lowerSlice } from '../../src/engine/understand/words-before';
import { findLayout } from '../../src/engine/understand/layout';
import { understand } from '../../src/engine/understand/understand';
import { devCorpus } from './corpus';

function read(text: string, lang: Lang) {
  return baseContext({ text, subject: '', recipientName: undefined, lang, uiLang: lang, settings: {} }).meaning;
}

type Role = 'declines' | 'terminations' | 'rules' | 'alternatives';

const roles: [Lang, string, Role, boolean][] = [
  // Declines: the business's own negated ability or offer.
  ['en', "I'm sorry, but we can't offer a discount on custom orders.", 'declines', true],
  ['en', 'We are not able to extend the deadline.', 'declines', true],
  ['en', "There won't be a refund for late cancellations.", 'declines', true],
  ['en', "I'm not sure we'd be able to take 30% off.", 'declines', true],
  ['en', 'Unfortunately this is outside the scope of the Basic plan.', 'declines', true],
  ['en', 'No data was lost during the outage.', 'declines', false],
  ['en', "There's no need to send the bags back.", 'declines', false],
  ['en', "If you can't make it, just tell us the day before.", 'declines', false],
  ['en', 'She wrote "we cannot accept this" in her review.', 'declines', false],
  ['en', "We can't wait to see you on Friday.", 'declines', false],
  ['id', 'Mohon maaf kak, untuk pengiriman malam ini kami sudah tidak bisa.', 'declines', true],
  ['id', 'Permintaan tersebut tidak dapat kami penuhi.', 'declines', true],
  ['id', 'Sparepart bawaan customer gak kami kasih garansi ya.', 'declines', false],
  ['id', 'Untuk sparepart bawaan, kami nggak kasih garansi ya kak.', 'declines', true],
  ['id', 'Gak ada diskon-diskonan kak, harganya sudah pas.', 'declines', true],
  ['id', 'Revisi ke-6 ini sudah di luar scope paket Basic.', 'declines', true],
  ['id', 'Ibu tidak perlu membawa matras karena sudah kami sediakan.', 'declines', false],
  ['id', 'Buket kuningnya boleh disimpan, tanpa biaya tambahan.', 'declines', false],
  ['id', 'Bapak tidak bisa hadir tanggal 5?', 'declines', false],
  // Terminations.
  ['en', 'We have decided to end our weekly service with you from 1 June.', 'terminations', true],
  ['en', 'Northgate IT will not renew the support contract when it ends.', 'terminations', true],
  ['en', 'Your booking was cancelled by you on 2 May.', 'terminations', false],
  ['id', 'Keanggotaan Bapak kami akhiri mulai tanggal 1 Maret.', 'terminations', true],
  ['id', 'Mulai bulan depan kami tidak bisa melanjutkan langganan kakak.', 'terminations', true],
  ['id', 'Kontraknya tidak kami perpanjang setelah 30 Juni.', 'terminations', true],
  ['id', 'Pesanan kakak sudah kami kirim hari ini.', 'terminations', false],
  // Rules and boundaries.
  ['en', 'From now on, messages after 6 pm will be answered the next morning.', 'rules', true],
  ['id', 'Mulai sekarang DP 50% wajib dibayar sebelum jadwal dikunci.', 'rules', true],
  ['en', 'Here is the quote we talked about.', 'rules', false],
  // Alternatives: concrete or strong; vague "maybe later" is none.
  ['en', 'What we can do instead is a paid visit on Tuesday.', 'alternatives', true],
  ['en', 'We can split the order into two 20 kg deliveries.', 'alternatives', true],
  ['en', 'Your final invoice will follow on 15 May.', 'alternatives', true],
  ['en', "We'll see what we can do at some point.", 'alternatives', false],
  ['en', "We can't offer the Plus package this month.", 'alternatives', false],
  ['id', 'Sebagai gantinya, kami bisa kirim besok pagi jam 08.00.', 'alternatives', true],
  ['id', 'Kalau mau lebih hemat, ada paket Basic Rp120.000.', 'alternatives', true],
  ['id', 'Nanti kapan-kapan mungkin ada jalan lain, kami lihat nanti.', 'alternatives', false],
  ['id', 'Permintaan itu tidak dapat kami berikan.', 'alternatives', false],
  ['id', 'Bapak/Ibu pengguna layanan Solusi IT Mandiri,', 'alternatives', false],
];

describe('sentence roles', () => {
  test.each(roles)('%s: "%s" %s → %s', (lang, text, role, expected) => {
    expect(read(text, lang)[role].length > 0).toBe(expected);
  });
});

const apologyCounts: [Lang, string, number][] = [
  ['en', "I'm sorry, but the fee stands.", 1],
  ['en', "I'm so sorry. We apologise again for the trouble. Sorry!", 3],
  ['en', 'With apologies, and my regrets,', 1],
  ['en', "There's no need to apologize, it happens.", 0],
  ['en', 'You wrote "sorry, not sorry" in the chat.', 0],
  ['id', 'Mohon maaf, kak, slotnya sudah penuh.', 1],
  ['id', 'Maaf banget ya kak. Maafin kami. Sekali lagi mohon maaf.', 3],
  ['id', 'Mohon dimaklumi, jadwal kami padat.', 1],
  ['id', 'Kami memohon maaf sebesar-besarnya.', 1],
];

describe('apologies', () => {
  test.each(apologyCounts)('%s: "%s" has %i', (lang, text, n) => {
    expect(read(text, lang).apologies).toHaveLength(n);
  });

  test.each([
    ['en', 'I feel terrible about this, please forgive us.', true],
    ['en', 'I hope you won’t hold it against us.', true],
    ['en', "I'm sorry, but we can't.", false],
    ['id', 'Maaf beribu maaf ya kak.', true],
    ['id', 'Kami sangat malu atas kejadian ini.', true],
    ['id', 'Mohon maaf, kak, slotnya penuh.', false],
  ] as [Lang, string, boolean][])('%s grovel: "%s" → %s', (lang, text, expected) => {
    expect(read(text, lang).grovels.length > 0).toBe(expected);
  });

  test.each([
    ['en', 'Sorry for our cancellation policy.', true],
    ['en', 'Apologies for having to ask about the deposit!', true],
    ['en', "I'm sorry, but the policy is clear.", false],
    ['id', 'Kami mohon maaf atas aturan kami yang membatasi jam les.', true],
    ['id', 'Mohon maaf, kak, kurirnya sudah berangkat.', false],
  ] as [Lang, string, boolean][])('%s policy apology: "%s" → %s', (lang, text, expected) => {
    expect(read(text, lang).policyApologies.length > 0).toBe(expected);
  });
});

describe('admitted mistakes', () => {
  test.each([
    ['en', 'You are right, the wrong beans went out. That was our mistake.', true],
    ['en', 'We should have caught the failed backup sooner.', true],
    ['en', "It isn't our mistake: the form you signed says so.", false],
    ['en', "Please forgive us, it's all our fault.", false],
    ['id', 'Mohon maaf kak, ini kesalahan dari kami.', true],
    ['id', 'Kami mohon maaf atas kekeliruan pada invoice.', true],
    ['id', 'Ini bukan kesalahan kami, sesuai ketentuan yang tercantum.', false],
    ['id', 'Maaf juga kalau saya kurang jelas dari awal.', false],
  ] as [Lang, string, boolean][])('%s: "%s" → %s', (lang, text, expected) => {
    expect(read(text, lang).admitsFault).toBe(expected);
  });
});

test('the greeting and sign-off never decline or offer', () => {
  const m = read('Hi Sam,\n\nThe order ships Friday.\n\nBest,\nNo Refunds Ltd', 'en');
  expect(m.declines).toEqual([]);
});

// Sentences that overlap none of the phrases the readings look for are skipped; reading every
// sentence in full must give the very same understanding.
test('skipping quiet sentences changes nothing', () => {
  const check = (text: string, lang: Lang) => {
    const book = phraseBook(lang);
    const all = sentences(text);
    const quotes = quotedSpans(text);
    const layout = findLayout(text, book);
    // Sentences checked one by one against the draft, then given with it (as analyze does): marked from the matches.
    for (const given of [[], all]) {
      useDocument(text, given);
      expect(understand(text, all, layout, book, quotes)).toEqual(understand(text, all, layout, book, quotes, { skipQuiet: false }));
    }
  };
  const drafts = devCorpus();
  for (const d of drafts) {
    check(d.body, d.lang);
    // Sentences run together on one line, and the other language's reading of the same draft.
    check(d.body.replace(/\n+/g, ' '), d.lang);
    check(d.body, d.lang === 'en' ? 'id' : 'en');
  }
  // Random drafts from the corpus's own sentences, numbers and phone-like digits included.
  const pieces = drafts.flatMap((d) => d.body.split(/(?<=[.!?])\s+/)).slice(0, 3000);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces, '01632 960441', 'We can’t, sorry.', '\n\n', ' - '), { maxLength: 12 }), fc.constantFrom<Lang>('en', 'id'), (parts, lang) => {
      check(parts.join(' '), lang);
    }),
    { numRuns: 300 },
  );
}, 120_000);

// confirmsComplaint reads only the sentence holding an owned apology and the one before it; reading
// every sentence (as it once did) must give the same answer.
test('a confirmed complaint is found from the apologies as from every sentence', () => {
  const plain = (text: string, all: Span[], m: PhraseBook['meaning'], apologies: readonly Span[], quotes: Span[]) => {
    const owned = apologies.filter((a) => {
      const sentence = all.find((s) => s.start <= a.start && a.end <= s.end);
      return sentence !== undefined && findIn(text, sentence, m.lateReplies, { quotes }).length === 0;
    });
    if (owned.length === 0) return false;
    return all.some((s, i) => {
      if (!opensConfirming([s], m)) return false;
      const next = all[i + 1];
      return owned.some((a) => (a.start >= s.start && a.end <= s.end) || (next !== undefined && a.start >= next.start && a.end <= next.end));
    });
  };
  let confirmed = 0;
  const check = (text: string, lang: Lang) => {
    useDocument(text);
    const book = phraseBook(lang);
    const all = sentences(text);
    const quotes = quotedSpans(text);
    const { apologies } = readApologies(text, all, book, quotes);
    const expected = plain(text, all, book.meaning, apologies, quotes);
    expect(confirmsComplaint(text, all, book.meaning, apologies, quotes)).toBe(expected);
    if (expected) confirmed++;
  };
  const drafts = devCorpus();
  for (const d of drafts) check(d.body, d.lang);
  const pieces = drafts.flatMap((d) => d.body.split(/(?<=[.!?])\s+/)).slice(0, 3000);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces, 'Yes, you are right.', 'Iya kak, betul.', 'Sorry about that.', 'Maaf ya kak.'), { maxLength: 8 }), fc.constantFrom<Lang>('en', 'id'), (parts, lang) => {
      check(parts.join(' '), lang);
    }),
    { numRuns: 300 },
  );
  // Both answers occur: the comparison is not only of drafts that confirm nothing.
  expect(confirmed).toBeGreaterThan(0);
}, 60_000);

test('lowerSlice equals slicing and toLowerCase', () => {
  const parts = fc.constantFrom('a', 'Z', 'kami', 'KAMI', "Don't", 'don’t', 'İ', 'Σ', 'ΣΑ', 'é', 'É', '😅', ' ', '-', '1', 'ß', 'K');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 12 }), fc.nat(), fc.nat(), (p, x, y) => {
      const t = p.join('');
      const [start, end] = [x % (t.length + 1), y % (t.length + 1)].sort((a, b) => a - b) as [number, number];
      expect(lowerSlice(t, start, end)).toBe(t.slice(start, end).toLowerCase());
    }),
    { numRuns: 3000 },
  );
});
