import { describe, test } from 'vitest';
import { expectRow, label, type Row } from '../table';

const rows: Row[] = [
  { lang: 'en', body: 'It is on the price list AND on our website. This is NOT negotiable.', hits: 2, fixed: 'It is on the price list and on our website. This is not negotiable.' },
  { lang: 'en', body: 'Pay by Friday!!! Thanks.', hits: 1, fixed: 'Pay by Friday. Thanks.' },
  { lang: 'en', body: 'Thanks so much for your patience!! We can move the date to June.', hits: 0 },
  { lang: 'en', body: 'You want a refund?! After three months?', hits: 1, fixed: 'You want a refund. After three months?' },
  { lang: 'en', body: 'The quote is attached as a PDF, VAT included, and the NAS backup ran at 14:20.', hits: 0 },
  { lang: 'en', body: 'Invoice INV-2291 and flight TP1350 on TAP are confirmed.', hits: 0 },
  { lang: 'en', body: 'STOP sending me messages at night.', hits: 1, fixed: 'Stop sending me messages at night.' },
  // Capitals right after a label word quote a sign, not a raised voice.
  { lang: 'en', body: 'Please park in the bays marked VISITOR, not in the staff spaces.', hits: 0 },
  { lang: 'en', body: 'Please park in the bays marked VISITOR, NEVER in the staff spaces.', hits: 1, fixed: 'Please park in the bays marked VISITOR, never in the staff spaces.' },
  { lang: 'id', body: 'Mohon parkir di area bertuliskan TAMU ya kak.', hits: 0 },
  { lang: 'id', body: 'Promo FLASH SALE berlaku sampai jam 12 malam ya kak, kode HEMAT20.', hits: 0 },
  { lang: 'id', body: 'Pesanan TIDAK bisa dibatalkan ya kak.', hits: 1, fixed: 'Pesanan tidak bisa dibatalkan ya kak.' },
  { lang: 'id', body: 'Kami sudah LELAH menagih pembayaran!!!', hits: 2, fixed: 'Kami sudah lelah menagih pembayaran.' },
  { lang: 'id', body: 'Mulai sekarang BAYAR LUNAS dulu ya kak.', hits: 1, fixed: 'Mulai sekarang bayar lunas dulu ya kak.' },
  { lang: 'id', body: 'Dengan hormat,\nBapak Yusuf Hamzah,\n\nNama di tiket sudah kami ubah menjadi YUSUF HAMZAH sesuai paspor.', hits: 0 },
  { lang: 'id', body: 'Transfer ke BCA, DP 50% via WA, LCD original, SPT dan PPh sudah beres.', hits: 0 },
  { lang: 'id', body: 'Di nota jelas ditulis DATA HILANG BUKAN TANGGUNG JAWAB KAMI.', hits: 1, fixed: 'Di nota jelas ditulis data hilang bukan tanggung jawab kami.' },
  { lang: 'en', body: 'The customer wrote "I WANT A REFUND NOW" in her email.', hits: 0 },
];

describe('politeness/shouting', () => {
  test.each(rows.map((r) => [label(r), r] as const))('%s', (_name, row) => expectRow('politeness/shouting', row));
});
