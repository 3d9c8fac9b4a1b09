// Over-apology, both languages: good drafts pass, bad drafts are flagged, and fix-all leaves a
// draft that reads naturally (the expected text is spelled out in full).
import { describe, expect, test } from 'vitest';
import { analyze, fixAll, type AnalyzeOptions } from '../../../../src/engine';

type Case = { name: string; body: string; options?: AnalyzeOptions; flagged: boolean; fixed?: string };

const cases: Case[] = [
  {
    name: 'en: "Sorry in advance for the long email" times the apology and names no policy',
    body: "Hi Jo,\n\nSorry in advance for the long email. We can't change the date, but Sunday is free at 2pm.\n\nBest,\nAl",
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'en: sorry for the deposit rule itself is still an apology for the policy',
    body: "Hi Jo,\n\nSorry for the deposit rule. We can't change the date, but Sunday is free at 2pm.\n\nBest,\nAl",
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'en: "I really hate to say no" grovels over a fair rule',
    body: "Hi Sam,\n\nI'm so sorry, I really hate to say no. The deposit isn't refundable. We can move your date to June.\n\nBest,\nAnna",
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "seribu maaf" grovels like "maaf beribu maaf"',
    body: 'Halo kak,\n\nSeribu maaf kak, diskon tidak bisa. Free ongkir Rp15.000 bisa.\n\nSalam',
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'en: one softening apology before a refusal passes',
    body: "Hi Marcus,\n\nI'm sorry, but the Standard package covers two rounds. A third round is $60.\n\nBest,\nDana",
    flagged: false,
  },
  {
    name: 'en: one sincere apology plus a fix when at fault passes',
    body: "Hi Carlos,\n\nYou're right, and I'm sorry: that was our mistake. The right beans go out tomorrow.\n\nMia",
    flagged: false,
  },
  {
    name: 'en: "sorry to hear" sympathy once passes',
    body: "Dear Ms. Tan,\n\nI'm sorry your plans changed. The first night ($85) is non-refundable, but we can turn it into a credit.\n\nKomang",
    flagged: false,
  },
  {
    name: 'en: repeated apologies when in the right',
    body: "Hi Naomi,\n\nI'm really sorry about the oven! Sorry, that must have been frustrating.\n\nOven interiors are part of the Deep Clean add-on ($35).\n\nBest,\nKim",
    flagged: true,
    fixed: "Hi Naomi,\n\nI'm really sorry about the oven! That must have been frustrating.\n\nOven interiors are part of the Deep Clean add-on ($35).\n\nBest,\nKim",
  },
  {
    name: 'en: a letdown the writer avoids ("rather not promise and then let you down") is a reason, not grovelling',
    body: "Hi Theo,\n\nForty brackets by Monday is too many for our printers. I'd rather not promise and then let you down. We can print 20 by Monday and 20 by Thursday.\n\nCheers,\nIzzy",
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'en: "I hate to let you down" still grovels over a fair rule',
    body: "Hi Theo,\n\nI'm so sorry, I hate to let you down. Forty brackets by Monday is too many. We can print 20 by Monday and 20 by Thursday.\n\nCheers,\nIzzy",
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "daripada merasa bersalah" avoids a letdown, it does not grovel',
    body: 'Halo kak,\n\nPesanan 40 pcs untuk besok tidak bisa kami sanggupi, daripada merasa bersalah nanti. Kami bisa kirim 20 pcs besok dan 20 pcs hari Kamis.\n\nSalam',
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'en: begging not to be disliked over a fair rule grovels ("please don\'t hate me")',
    body: "Hi Ros,\n\nPlease don't hate me, but the deposit isn't refundable. We can move your date to June.\n\nBest,\nAnna",
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'id: memohon agar tidak dibenci atas aturan yang wajar ("jangan benci kami")',
    body: 'Halo kak,\n\nJangan benci kami ya kak, DP tidak bisa dikembalikan. Jadwal bisa kami pindah ke bulan Juni.\n\nSalam',
    options: { scenario: 'refusal', inRight: true },
    flagged: true,
  },
  {
    name: 'en: the owner being ill is a reason, no grovel ("I feel sick today")',
    body: "Hi Ros,\n\nI'm sorry, I feel sick today and have to cancel this afternoon's lesson. We can do Thursday at 4pm instead.\n\nBest,\nAnna",
    options: { scenario: 'complaint-wrong', inRight: false },
    flagged: false,
  },
  {
    name: 'en: a customer feeling sick is no grovel',
    body: "Hi Ros,\n\nIf you feel sick on the day, call us and we'll move the lesson to June.\n\nBest,\nAnna",
    options: { scenario: 'other', inRight: true },
    flagged: false,
  },
  {
    name: 'id: "terima kasih yang sebesar-besarnya" thanks, it does not grovel',
    body: 'Dengan hormat,\n\nKami mengucapkan terima kasih yang sebesar-besarnya atas kepercayaan Bapak selama ini. Sewa bulanan tidak kami perpanjang setelah 31 Mei. Gamelan kami jemput pada 2 Juni dan jaminan kami kembalikan hari itu juga.\n\nHormat kami,\nWidodo',
    options: { scenario: 'termination', inRight: true },
    flagged: false,
  },
  {
    name: 'id: "mohon maaf yang sebesar-besarnya" over a fair decision still grovels',
    body: 'Dengan hormat,\n\nKami mohon maaf yang sebesar-besarnya, sewa bulanan tidak kami perpanjang setelah 31 Mei. Gamelan kami jemput pada 2 Juni dan jaminan kami kembalikan hari itu juga.\n\nHormat kami,\nWidodo',
    options: { scenario: 'termination', inRight: true },
    flagged: true,
  },
  {
    name: 'en: a chat apology running into a word of address ("sorry mate price is…") softens, it is no apology for the price',
    body: 'sorry mate price is what it is, cant go lower on a custom build. the pine version is $380\n\ncheers\nDan',
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'en: "sorry mate for the price rise" still apologizes for the price',
    body: 'Hi Tom,\n\nsorry mate for the price rise, the new rate is $40 a visit from June.\n\ncheers\nDan',
    options: { scenario: 'boundary', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "maaf ya kak harga udah pas" melunakkan, bukan minta maaf atas harga',
    body: 'maaf ya kak harga udah pas, gak bisa kurang lagi. Ukuran kecil Rp85.000 ya kak\n\nmakasih',
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'id: "maaf ya kak atas kenaikan harga" tetap minta maaf atas harga',
    body: 'Halo kak,\n\nmaaf ya kak atas kenaikan harga, mulai Juni tarifnya Rp40.000 per kunjungan.\n\nmakasih',
    options: { scenario: 'boundary', inRight: true },
    flagged: true,
  },
  {
    name: 'en: grovelling without the word sorry',
    body: 'Hi Sarah,\n\nThe retainer covers Instagram only, so TikTok is not included.\n\nI feel terrible about this, and I hope you can forgive me.\n\nAll the best,\nJess',
    flagged: true,
    fixed: 'Hi Sarah,\n\nThe retainer covers Instagram only, so TikTok is not included.\n\nThank you for your patience.\n\nAll the best,\nJess',
  },
  {
    name: 'en: apologizing for the policy itself',
    body: 'Dear parents,\n\nApologies for having to ask! Term fees of $450 are due before the first lesson on 15 July.\n\nThanks,\nHelen',
    flagged: true,
    fixed: 'Dear parents,\n\nTerm fees of $450 are due before the first lesson on 15 July.\n\nThanks,\nHelen',
  },
  {
    name: 'en: three apologies even when at fault',
    body: "Dear Mrs. Moreau,\n\nI'm so sorry, that was my error. I rebooked you on TP1350 for 12 June.\n\nSorry again for the stress.\n\nAgain, I apologise.\n\nPriya",
    flagged: true,
    fixed: "Dear Mrs. Moreau,\n\nI'm so sorry, that was my error. I rebooked you on TP1350 for 12 June.\n\nThank you for your patience.\n\nPriya",
  },
  {
    name: 'en: "I am mortified" grovels even when the business erred, beside two apologies',
    body: "Dear Ms. Wong,\n\nI'm so sorry about the cake. The driver was careless and I am mortified. We have refunded the full $120.\n\nAmy",
    flagged: true,
  },
  {
    name: 'en: "our sincerest apologies" once, with a fix, when the business erred passes',
    body: 'Dear Ms. Wong,\n\nWe sent the wrong cake, and please accept our sincerest apologies. We have refunded the full $120 today.\n\nAmy',
    flagged: false,
  },
  {
    name: 'en: "our sincerest apologies" for a fee the customer agreed to is grovelling',
    body: 'Dear Ms. Wong,\n\nPlease accept our sincerest apologies. The delivery fee was shown at checkout, so it stays. Your next delivery is free.\n\nAmy',
    flagged: true,
  },
  {
    name: 'en: "sorry that we have to charge" apologizes for the studio\'s own rule',
    body: "Hi all,\n\nI'm sorry that we have to charge for late cancellations now. From June, they cost $10.\n\nThanks,\nJo",
    flagged: true,
  },
  {
    name: 'en: "sorry for charging you twice" admits a mistake; one apology with the refund passes',
    body: "Hi Jo,\n\nSorry for charging you twice for the May lessons. The extra $80 was refunded to your card today.\n\nThanks,\nHelen",
    flagged: false,
  },
  {
    name: 'id: satu "Mohon maaf" pembuka sebelum penolakan boleh',
    body: 'Halo kak Rina 😊\n\nMohon maaf, pengiriman 1 jam lagi sudah gak bisa ya kak. Besok pagi jam 08.00 bisa kami kirim.\n\nSalam,\nAyu',
    flagged: false,
  },
  {
    name: 'id: satu maaf tulus saat memang salah boleh',
    body: 'Halo kak Laras,\n\nMohon maaf kak, ini kesalahan dari kami. Buket yang benar kami kirim ulang hari ini jam 15.00.\n\nSalam,\nAyu',
    flagged: false,
  },
  {
    name: 'id: maaf berulang saat usaha benar, yang terakhir jadi terima kasih',
    body: 'Halo Pak Bima,\n\nMohon maaf, fee management Rp3.000.000 tidak bisa di-refund sesuai kontrak.\n\nSekali lagi mohon maaf ya Pak.\n\nRegards,\nDimas',
    flagged: true,
    fixed: 'Halo Pak Bima,\n\nMohon maaf, fee management Rp3.000.000 tidak bisa di-refund sesuai kontrak.\n\nTerima kasih atas pengertiannya, Pak.\n\nRegards,\nDimas',
  },
  {
    name: 'id: merendahkan diri (maaf beribu maaf, maafin kami)',
    body: 'Halo kak Vina,\n\nMaaf beribu maaf, mulai bulan depan tim kami tidak bisa lanjut. Kunjungan terakhir tanggal 28 Juni.\n\nSalam,\nBersih Kilat',
    flagged: true,
    fixed: 'Halo kak Vina,\n\nMulai bulan depan tim kami tidak bisa lanjut. Kunjungan terakhir tanggal 28 Juni.\n\nSalam,\nBersih Kilat',
  },
  {
    name: 'id: maaf atas aturan sendiri',
    body: 'Yth. Ibu Maya,\n\nKami mohon maaf atas aturan kami. Les hanya sampai pukul 19.00, jadi kami tawarkan jam 18.00.\n\nHormat kami,\nLestari',
    flagged: true,
    fixed: 'Yth. Ibu Maya,\n\nLes hanya sampai pukul 19.00, jadi kami tawarkan jam 18.00.\n\nHormat kami,\nLestari',
  },
  {
    name: 'id: "mohon maaf sebesar-besarnya" sekali saat memang salah boleh',
    body: 'Dengan hormat,\n\nKami mohon maaf sebesar-besarnya atas kesalahan perhitungan tersebut. SPT pembetulan kami kirim 20 Mei.\n\nHormat kami,\nDewi',
    flagged: false,
  },
  {
    name: 'id: menyesal dan mohon ampun saat usaha benar adalah merendahkan diri',
    body: 'Halo kak,\n\nKami sangat menyesal dan mohon ampun kalau hasilnya bikin kecewa. Warna sudah sesuai proof yang kakak setujui; cetak ulang bisa dengan biaya Rp50.000.\n\nSalam,\nCetak Jaya',
    flagged: true,
  },
  {
    name: 'id: "menyesal" tanpa penguat, sekali, boleh',
    body: 'Halo kak,\n\nKami menyesal kuenya datang telat, ini kesalahan kurir kami. Kue pengganti kami antar besok jam 10.00 tanpa biaya.\n\nSalam,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: "Mohon maaf," yang melunakkan pernyataan aturan bukan maaf atas aturan',
    body: 'Halo kak,\n\nMohon maaf, harga tidak bisa ditawar ya kak. Kalau mau lebih hemat, ada paket isi 5 Rp90.000.\n\nSalam,\nToko Rama',
    flagged: false,
  },
  {
    name: 'id: "Maaf ya kak atas kebijakan kami" adalah maaf atas aturan',
    body: 'Halo kak,\n\nMaaf ya kak atas kebijakan kami, ongkir tidak bisa digratiskan. Kalau belanja di atas Rp200.000, ongkir gratis.\n\nSalam,\nToko Rama',
    flagged: true,
    fixed: 'Halo kak,\n\nOngkir tidak bisa digratiskan. Kalau belanja di atas Rp200.000, ongkir gratis.\n\nSalam,\nToko Rama',
  },
  {
    name: 'en: "Sorry, our policy is…" softens the statement; it is no apology for the policy',
    body: "Hi Dana,\n\nSorry, our policy is no refunds after 30 days. We can offer store credit for the full $80.\n\nBest,\nMia",
    flagged: false,
  },
  {
    name: 'id: "maaf ya kak harga udah pas" tanpa koma membuka pernyataan; bukan maaf atas harga',
    body: 'Halo kak,\n\nmaaf ya kak harga udah pas, gak bisa kurang lagi. Kalau ambil 2 pcs gratis ongkir ya kak.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: "maaf ya kak harus minta DP" tetap maaf atas aturan sendiri',
    body: 'Halo kak,\n\nMaaf ya kak harus minta DP 50% dulu untuk PO ini, soalnya kain kami beli di awal.\n\nSalam,\nHijab Anggun',
    options: { scenario: 'boundary', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "maaf atas aturan kami" tetap maaf atas aturan',
    body: 'Halo kak,\n\nMaaf atas aturan kami ya kak, DP 50% wajib untuk PO.\n\nSalam,\nHijab Anggun',
    options: { scenario: 'boundary', inRight: true },
    flagged: true,
  },
];

describe('over-apology', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = analyze({ body: c.body }, c.options);
    expect(report.principles['over-apology'] !== 'pass').toBe(c.flagged);
    if (c.fixed !== undefined) {
      const fixed = fixAll({ body: c.body }, { ...c.options, principles: ['over-apology'] });
      expect(fixed).toBe(c.fixed);
      expect(analyze({ body: fixed }, { ...c.options, scenario: report.scenario, inRight: report.inRight }).principles['over-apology']).toBe('pass');
    }
  });

  test('a quoted apology is the customer’s, not ours', () => {
    const body = 'Hi Tom,\n\nYou wrote "sorry, sorry, I forgot to cancel" and we understand. The $25 fee stands, but your next groom is 10% off.\n\nBest,\nAna';
    expect(analyze({ body }).principles['over-apology']).toBe('pass');
  });
});
