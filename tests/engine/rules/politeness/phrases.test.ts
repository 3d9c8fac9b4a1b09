// Insults, sarcasm, dismissive phrases and threats: phrase families with quote and negation sense.
import { describe, test } from 'vitest';
import { expectRow, label, type Row } from '../table';

const table: Record<string, Row[]> = {
  'politeness/insult': [
    { lang: 'en', body: 'Your behaviour was disgusting, and frankly you were a problem.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'That was a stupid idea, but we can still help.', hits: 1, fixed: 'That was a idea, but we can still help.' },
    { lang: 'en', body: 'Thank you for your patience with the delivery.', hits: 0 },
    { lang: 'id', body: 'Dasar pelanggan rewel, gak tahu diri.', hits: 3 },
    { lang: 'id', body: 'Terima kasih sudah menunggu dengan sabar, kak.', hits: 0 },
  ],
  'politeness/sarcasm': [
    { lang: 'en', body: "As I'm sure you'll remember, the rule is on the form you signed.", hits: 1, fixed: 'The rule is on the form you signed.' },
    { lang: 'en', body: 'As I already told you, the fee stands.', hits: 1, fixed: 'The fee stands.' },
    { lang: 'en', body: 'Things were hectic. To be fair, changing the finish twice didn\'t exactly help the schedule either.', hits: 1, fixed: 'Things were hectic.' },
    { lang: 'en', body: 'Please stop messaging me at midnight - some of us have a life outside of your shop.', hits: 1, fixed: 'Please stop messaging me at midnight.' },
    { lang: 'en', body: "I shouldn't have to explain this to an adult, but shouting at Sari was unacceptable.", hits: 1, fixed: 'But shouting at Sari was unacceptable.' },
    { lang: 'en', body: 'As agreed in our contract, the fee stands.', hits: 0 },
    { lang: 'en', body: "We've been over this a dozen times: the deposit is non-refundable.", hits: 2 },
    { lang: 'en', body: 'Let me spell it out for you: the fee is $40.', hits: 1 },
    { lang: 'en', body: 'We have been open for a dozen years and love what we do.', hits: 0 },
    { lang: 'en', body: 'Do you even read our emails? The fee stands.', hits: 1 },
    { lang: 'en', body: 'People like you make this job exhausting.', hits: 1 },
    { lang: 'en', body: 'Do you need anything else for the party?', hits: 0 },
    { lang: 'id', body: 'Kan udah dibilang dari awal, backup dulu sebelum servis.', hits: 1 },
    { lang: 'id', body: 'Seperti yang sudah saya bilang, DP tidak bisa dikembalikan.', hits: 1, fixed: 'DP tidak bisa dikembalikan.' },
    { lang: 'id', body: 'Sesuai kesepakatan kita, DP tidak bisa dikembalikan.', hits: 0 },
    { lang: 'en', body: "I've told you three times already that the deposit is non-refundable.", hits: 1 },
    { lang: 'id', body: 'Kan udah aku jelasin kemarin, ongkir ditanggung pembeli.', hits: 1, fixed: 'Ongkir ditanggung pembeli.' },
    { lang: 'id', body: 'Emang Ibu pikir kami ini tukang sulap? Kebaya 2 hari jadi itu gak mungkin.', hits: 2, fixed: 'Kebaya 2 hari jadi itu gak mungkin.' },
    { lang: 'id', body: 'Udah jelas-jelas ditulis ukurannya 40 cm.', hits: 1, fixed: 'Udah ditulis ukurannya 40 cm.' },
    { lang: 'id', body: 'Sesuai yang tertulis jelas di nota, ukurannya 40 cm.', hits: 0 },
    { lang: 'id', body: 'Makanya pesan dari jauh hari ya kak.', hits: 1 },
    { lang: 'id', body: 'Bahannya tebal, makanya harganya Rp90.000.', hits: 0 },
  ],
  'politeness/dismissive': [
    { lang: 'en', body: "We don't touch home equipment. Not our problem.", hits: 1, fixed: "We don't touch home equipment." },
    { lang: 'en', body: 'Whatever, book it or not.', hits: 1, fixed: 'Book it or not.' },
    { lang: 'en', body: 'It is not a problem at all: we can swap the date.', hits: 0 },
    { lang: 'en', body: "Honestly, I don't have time for this. The price is the price.", hits: 2 },
    { lang: 'en', body: "I'm not going to argue about this any further.", hits: 1 },
    { lang: 'en', body: 'A rushed job would mean settling for whatever furniture is in stock.', hits: 0 },
    { lang: 'en', body: 'We can deliver on whatever day suits you best.', hits: 0 },
    { lang: 'en', body: 'The cleaning fee on your last invoice stands, whatever.', hits: 1, fixed: 'The cleaning fee on your last invoice stands.' },
    { lang: 'en', body: 'Fine. Whatever you say, the fee stands.', hits: 1 },
    { lang: 'en', body: "Whatever you decide, we'll be happy to help with the new design.", hits: 0 },
    { lang: 'id', body: 'Harga sudah final. Terserah kakak mau booking atau nggak.', hits: 1, fixed: 'Harga sudah final.' },
    { lang: 'id', body: 'Terserah kakak mau booking hari Sabtu atau nggak.', hits: 1, fixed: 'Kakak mau booking hari Sabtu atau nggak.' },
    { lang: 'id', body: 'Pilihan jam les kami serahkan ke Ibu.', hits: 0 },
    { lang: 'id', body: 'Kakak bilang "terserah" kemarin, jadi kami pilih jam 10.', hits: 0 },
    { lang: 'id', body: 'Lagi kami cari ya kak. Ditunggu aja ya 🙏', hits: 0 },
    { lang: 'id', body: 'Mulai hari ini kami putus kontrak. Silakan cari vendor lain aja.', hits: 1, fixed: 'Mulai hari ini kami putus kontrak.' },
    { lang: 'id', body: 'Kontrak kami akhiri 1 Mei, saya sudah capek ngadepin revisi tanpa henti.', hits: 1, fixed: 'Kontrak kami akhiri 1 Mei.' },
    { lang: 'id', body: 'Kalau gak suka ya gak usah beli.', hits: 1, fixed: '' },
    { lang: 'id', body: 'Kalau kemahalan ya gak usah dibeli kak, yang antre juga banyak.', hits: 2 },
    { lang: 'id', body: 'Yang mau ikut kelas juga boleh, kuotanya masih ada.', hits: 0 },
    { lang: 'id', body: 'Kakak bisa coba ke toko lain di Jl. Melati, stoknya lengkap.', hits: 0 },
  ],
  'politeness/threat': [
    { lang: 'en', body: 'Pay by Friday or else we will take legal action.', hits: 2 },
    { lang: 'en', body: 'Under clause 9 of the contract, unpaid invoices may lead to legal action.', hits: 0 },
    { lang: 'en', body: 'If you leave another review like that, we will contact our lawyer.', hits: 1 },
    { lang: 'en', body: 'As set out in section 6 of our terms, unpaid invoices go to a debt collector after 60 days.', hits: 0 },
    { lang: 'id', body: 'Ambil sebelum Sabtu, lewat dari itu kami tidak bertanggung jawab.', hits: 2 },
    { lang: 'id', body: 'Sesuai ketentuan pada nota, kami tidak bertanggung jawab atas data yang tidak di-backup.', hits: 0 },
    { lang: 'id', body: 'Kalau INV-22 tidak lunas sebelum 30 Mei, nama Bapak kami blacklist.', hits: 1 },
    { lang: 'id', body: 'SPT Bapak sudah kami laporkan hari ini.', hits: 0 },
  ],
};

describe.each(Object.keys(table))('%s', (rule) => {
  test.each(table[rule]!.map((r) => [label(r), r] as const))('%s', (_name, row) => expectRow(rule, row));
});
