// Greeting, closing and sign-off detection, in both languages and registers.
import { describe, expect, test } from 'vitest';
import { phraseBook } from '../../src/engine/phrases/book';
import { findLayout } from '../../src/engine/understand/layout';
import type { Lang } from '../../src/engine';

type Case = { lang: Lang; body: string; greeting: string | null; closing: string | null; bodyStartsWith: string; signOff?: string };

const cases: Case[] = [
  { lang: 'en', body: 'Hi Marcus,\n\nThanks for the notes.\n\nBest,\nDana\nDana Reyes Video', greeting: 'Hi Marcus,', closing: 'Best,', bodyStartsWith: 'Thanks for the notes.', signOff: 'Best,' },
  { lang: 'en', body: 'Kevin,\n\nYour membership is cancelled.\n\nLotus Room Yoga', greeting: 'Kevin,', closing: null, bodyStartsWith: 'Your membership', signOff: 'Lotus Room Yoga' },
  { lang: 'en', body: 'Your order is ready. Bring the receipt.', greeting: null, closing: null, bodyStartsWith: 'Your order is ready.' },
  { lang: 'en', body: 'Hi everyone,\n\nClasses start at 7.\n\nNamaste,\nWen', greeting: 'Hi everyone,', closing: 'Namaste,', bodyStartsWith: 'Classes start', signOff: 'Namaste,' },
  { lang: 'en', body: 'Hello there, this is a whole sentence that starts with hello and goes on and on for a while.', greeting: null, closing: null, bodyStartsWith: 'Hello there' },
  { lang: 'id', body: 'Dengan hormat,\nBapak Hendra Wijaya,\n\nPesanan sudah selesai.\n\nHormat kami,\nSlamet\nJati Karya Mebel', greeting: 'Dengan hormat,', closing: 'Hormat kami,', bodyStartsWith: 'Pesanan sudah selesai.', signOff: 'Hormat kami,' },
  { lang: 'id', body: 'Halo kak Rina 😊\n\nMakasih udah pesan ya kak.\n\nSalam,\nAyu – Rumah Kembang Ayu', greeting: 'Halo kak Rina 😊', closing: 'Salam,', bodyStartsWith: 'Makasih udah pesan', signOff: 'Salam,' },
  { lang: 'id', body: 'Kepada Bapak Ilham,\n\nMulai 1 Juli kami stop pengiriman.\n\nSangrai Nusantara', greeting: 'Kepada Bapak Ilham,', closing: null, bodyStartsWith: 'Mulai 1 Juli', signOff: 'Sangrai Nusantara' },
  { lang: 'id', body: 'Gak bisa kak. Harganya udah segitu.', greeting: null, closing: null, bodyStartsWith: 'Gak bisa kak.' },
  // A last chat line without its full stop is no signature; "Henna by Zahra" still is.
  { lang: 'id', body: 'Halo kak,\n\nPaket bundling gak bisa dipecah kak.\n\nMau ambil atau nggak terserah', greeting: 'Halo kak,', closing: null, bodyStartsWith: 'Paket bundling' },
  { lang: 'id', body: 'Halo kak,\n\nPesanan sudah dikirim tadi pagi.\n\nHenna by Zahra', greeting: 'Halo kak,', closing: null, bodyStartsWith: 'Pesanan sudah', signOff: 'Henna by Zahra' },
];

describe('findLayout', () => {
  test.each(cases.map((c) => [c.body.slice(0, 40).replace(/\n/g, ' ⏎ '), c] as const))('%s', (_name, c) => {
    const layout = findLayout(c.body, phraseBook(c.lang));
    expect(layout.greeting?.text ?? null).toBe(c.greeting);
    expect(layout.closing?.text ?? null).toBe(c.closing);
    expect(c.body.slice(layout.bodyStart).trimStart().startsWith(c.bodyStartsWith)).toBe(true);
    if (c.signOff) expect(c.body.slice(layout.signOffStart).startsWith(c.signOff)).toBe(true);
    else expect(layout.signOffStart).toBe(c.body.length);
  });
});
