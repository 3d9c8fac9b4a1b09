// Clarity rules: long sentences (split at a conjunction), vague time ([date] placeholder), vague
// commitment, filler openers (deleted), double negatives, walls of text, a buried decision.
import { describe, expect, test } from 'vitest';
import { expectRow, label, ruleFindings, type Row } from '../table';

const longEn =
  'We have looked at your request to confirm the full itinerary for six people by Friday, and with the number of moving parts and the current demand for rooms in that period it will be hard to guarantee everything within that window.';
const longEnFixed =
  'We have looked at your request to confirm the full itinerary for six people by Friday. With the number of moving parts and the current demand for rooms in that period it will be hard to guarantee everything within that window.';
const longId =
  'Terkait permohonan pengembalian uang muka untuk paket tur tanggal 12 Agustus, pembatalan yang dilakukan kurang dari 14 hari sebelum keberangkatan tidak disertai pengembalian uang muka, karena dana tersebut telah kami teruskan kepada pihak hotel dan penyedia jip di lokasi.';
const longIdFixed =
  'Terkait permohonan pengembalian uang muka untuk paket tur tanggal 12 Agustus, pembatalan yang dilakukan kurang dari 14 hari sebelum keberangkatan tidak disertai pengembalian uang muka. Hal ini karena dana tersebut telah kami teruskan kepada pihak hotel dan penyedia jip di lokasi.';

const table: Record<string, Row[]> = {
  'clarity/long-sentence': [
    { lang: 'en', body: longEn, hits: 1, fixed: longEnFixed },
    { lang: 'en', body: 'We cannot start a third round under the current quote. Here are two options.', hits: 0 },
    // A chat draft starts its sentences in lower case: each piece is read as a sentence.
    { lang: 'en', body: 'the mark on the sleeve is in photo 6 of the listing and in the description ("small mark on left cuff, see pics"). all our stuff is vintage so it\'s sold as seen, it says that at the top of the shop too', hits: 0 },
    { lang: 'en', body: 'We will fit the new sockets at the height shown on the plan you signed, e.g. above the worktop in the kitchen and beside the door in the hall, and we will make good the plaster around each of them before we paint the walls on Friday.', hits: 1 },
    { lang: 'id', body: 'barangnya sudah kami cek ulang dan memang sesuai foto di etalase, ada noda kecil di lengan kiri (lihat foto 3). semua barang kami preloved jadi dijual apa adanya, sudah ditulis juga di deskripsi toko kak', hits: 0 },
    { lang: 'id', body: longId, hits: 1, fixed: longIdFixed },
    { lang: 'id', body: 'Mohon maaf, pengiriman 1 jam lagi sudah tidak bisa karena slot kurir penuh.', hits: 0 },
    // An emoji ends a chat-style sentence; "Ibu." ends one too (it is a word, not an abbreviation).
    { lang: 'id', body: 'Maaf banget ya kak, laundry kiloan express 3 jam belum ada di toko kami 😢 Maaf ya kak, aturan kami memang minimal 1 hari karena proses pengeringannya pakai mesin.', hits: 0 },
    { lang: 'id', body: 'Mulai 1 September 2025 Katering Sehat Ceria tidak lagi melayani langganan makan siang kantor Ibu. Ibu bisa memesan harian lewat aplikasi kami dengan menu yang sama setiap hari kerja.', hits: 0 },
    // Measured without chat particles ("ya", "dong", "sih"), and a colon that opens the reason lets the reader rest.
    { lang: 'id', body: 'Sewa tenda untuk acara syukuran hari Minggu gak bisa kami layani ya Pak, semua tenda sudah keluar untuk dua acara nikahan dan Bapak juga baru kabari tadi sore sih, jadi yang tersisa cuma kursi lipat dong.', hits: 0 },
    { lang: 'id', body: 'Saya sudah cek nota SW-118: tenda yang Bapak sewa masuk paket Tenda Standar tanpa lampu, dan di nota tertulis lampu dihitung terpisah, karena untuk acara malam ada paket Tenda Lengkap yang sudah termasuk lampu dan kabel.', hits: 0 },
    { lang: 'id', body: 'Sehubungan dengan permintaan Bapak untuk menambah lampu pada tenda yang disewa untuk acara syukuran tanggal 12, kami sampaikan bahwa paket Tenda Standar yang Bapak pilih tidak mencakup lampu sehingga biaya lampu dihitung terpisah sesuai daftar harga kami.', hits: 1 },
    { lang: 'en', body: 'We are not able to take the Sunday booking for the marquee because every tent we own is already out at two weddings that weekend and you only got in touch with us this afternoon, so chairs are all that is left.', hits: 1 },
  ],
  'clarity/vague-time': [
    { lang: 'en', body: "We'll get back to you at some point.", hits: 1, fixed: "We'll get back to you by [date]." },
    { lang: 'en', body: 'It should be with you soon-ish.', hits: 1, fixed: 'It should be with you by [date].' },
    { lang: 'en', body: 'Soon we will close the doors.', hits: 1, fixed: 'By [date] we will close the doors.' },
    { lang: 'en', body: 'See you soon! We reply as soon as we can.', hits: 0 },
    { lang: 'en', body: "We'll have the new date for you in a bit.", hits: 1, fixed: "We'll have the new date for you by [date]." },
    { lang: 'en', body: 'The replacement will go out in the coming days.', hits: 1, fixed: 'The replacement will go out by [date].' },
    { lang: 'en', body: 'The replacement part should arrive any day now.', hits: 1, fixed: 'The replacement part should arrive by [date].' },
    { lang: 'en', body: 'The table will arrive on 14 May.', hits: 0 },
    { lang: 'id', body: 'Nanti kapan-kapan pasti saya kirim kok.', hits: 1, fixed: 'Pada [tanggal] pasti saya kirim kok.' },
    { lang: 'id', body: 'Pesanan akan kami kirim dalam waktu dekat.', hits: 1, fixed: 'Pesanan akan kami kirim pada [tanggal].' },
    { lang: 'id', body: 'Pesanan kami kirim Senin, 12 Mei, paling lambat jam 15.00.', hits: 0 },
    { lang: 'id', body: 'Paketnya kami kirim dalam beberapa hari ya kak.', hits: 1, fixed: 'Paketnya kami kirim pada [tanggal] ya kak.' },
    { lang: 'id', body: 'Refund akan kami proses sesegera mungkin.', hits: 1, fixed: 'Refund akan kami proses pada [tanggal].' },
    // "Lain kali" is "next time" advice, as English "next time" is: no date is owed.
    { lang: 'id', body: 'Lain kali kalau pesan, kabari kami H-3 ya kak.', hits: 0 },
  ],
  'clarity/vague-commitment': [
    // A promise to tell later beside a step with its number and unit ("10 hari kerja") is a courtesy update.
    { lang: 'id', body: 'Halo kak,\n\nPesanan 50 tumbler sudah masuk produksi. Estimasi selesai 10 hari kerja, nanti kami kabari kalau sudah siap kirim.\n\nMakasih', hits: 0 },
    { lang: 'id', body: 'Halo kak,\n\nPesanan kakak lagi diproses ya, nanti kami kabari kalau sudah siap kirim.\n\nMakasih', hits: 1 },
    { lang: 'en', body: "Hi Jo,\n\nYour chairs go into the workshop today and take about 10 working days; we'll let you know when they are ready.\n\nBest,\nMo", hits: 0 },
    // A bare "later" tied to an event ("nanti aja pas barang ready") names the moment; a promise to tell later does not.
    { lang: 'id', body: 'Halo kak,\n\nUntuk PO batch ini kami minta DP 50% ya kak. Tp kalo kakak keberatan gpp kok, mgkn bisa bayar full nanti aja pas barang ready. Gimana baiknya aja kak.\n\nMakasih', hits: 0, options: { scenario: 'boundary' } },
    { lang: 'id', body: 'Halo kak,\n\nUntuk PO batch ini kami minta DP 50% ya kak. Jadwal kirimnya nanti aja kami kabari.\n\nMakasih', hits: 1, options: { scenario: 'boundary' } },
    { lang: 'id', body: 'Halo kak,\n\nKemeja kakak ketuker, lagi kami cari ya kak. Nanti dikabari pas sudah ketemu.\n\nMakasih', hits: 1, options: { scenario: 'complaint-wrong' } },
    // With nothing decided anywhere, "we'll see" leaves the answer itself vague (firmness flags it too);
    // after a stated decline, the same open door is firmness's alone.
    { lang: 'en', body: "Hi Joe,\n\nThanks for your note about the hire charge. Tell me what seems fair to you and we'll see.\n\nBest,\nMo", hits: 1, options: { scenario: 'complaint-right' } },
    { lang: 'id', body: 'Halo kak,\n\nMakasih udah kabarin soal ongkirnya. Kakak maunya gimana, nanti kita lihat aja ya.\n\nSalam', hits: 1, options: { scenario: 'complaint-right' } },
    { lang: 'en', body: "Hi Joe,\n\nWe can't waive the hire charge. Tell me what seems fair to you and we'll see.\n\nBest,\nMo", hits: 0, options: { scenario: 'complaint-right' } },
    { lang: 'id', body: 'Halo Bu,\n\nNanti kita lihat lagi ya Bu jadwal penggantinya.\n\nSalam,\nBimbel', hits: 1, options: { scenario: 'other' } },
    { lang: 'en', body: "Dear Mrs. Haldane,\n\nThe fabric is from the same roll. Velvet looks darker under warm lamps, which is probably what you're seeing in the evening photos.\n\nKind regards,\nMalcolm", hits: 0, options: { scenario: 'complaint-right' } },
    { lang: 'en', body: "Hi Mel,\n\nWe will stop looking after the Instagram after March. It's possibly not the right fit anymore. Your final invoice follows on 31 March.\n\nKira", hits: 0, options: { scenario: 'termination' } },
    { lang: 'en', body: "Hi Grace,\n\nThe first lesson will possibly be in September.\n\nCheers,\nLuke", hits: 1, options: { scenario: 'other' } },
    { lang: 'en', body: "Hi Mr. Hale,\n\nWe can't refund the paint, as it was mixed to order. You might find a primer helps - Dulux Trade on Mill Lane could probably advise.\n\nRegards,\nJo", hits: 0, options: { scenario: 'complaint-right' } },
    { lang: 'en', body: "We haven't really decided yet and we'll see how it goes.", hits: 2 },
    { lang: 'en', body: 'Breakfast is from around 7 or so.', hits: 1 },
    { lang: 'en', body: 'Breakfast is served from 7:00 to 9:30.', hits: 0 },
    { lang: 'en', body: "Delivery date is TBC for now. We'll tell you when we know more.", hits: 2 },
    { lang: 'en', body: 'Delivery is on Friday 12 April; the courier texts you an hour before.', hits: 0 },
    // In a deciding draft, a hedge on the decision is firmness's finding, not a second clarity one.
    { lang: 'en', body: "Hi all,\n\nFrom next month I'd kind of like walks to be paid in advance.\n\nThanks,\nBea", hits: 0, options: { scenario: 'boundary' } },
    { lang: 'en', body: "Hi Joy,\n\nWe can't refund the blouse. We haven't really decided about the rest.\n\nThanks,\nAna", hits: 0, options: { scenario: 'complaint-right' } },
    { lang: 'en', body: "Hi Grace,\n\nThe lesson is kind of early, probably Tuesday.\n\nCheers,\nLuke", hits: 2, options: { scenario: 'other' } },
    { lang: 'en', body: "Hi Ben,\n\nWe will stop editing your videos after May. The files will probably be ready on Friday or so.\n\nJo", hits: 2, options: { scenario: 'termination' } },
    { lang: 'en', body: "Hi all,\n\nDoors close 10 minutes after the start, more or less.\n\nWen", hits: 1, options: { scenario: 'boundary' } },
    { lang: 'id', body: 'Jadwal pengiriman biasanya menyesuaikan, tergantung situasi.', hits: 2 },
    { lang: 'id', body: 'Perjalanan kurang lebih 2 jam.', hits: 0 },
    { lang: 'id', body: 'Kakak bilang "lihat nanti" kemarin.', hits: 0 },
    { lang: 'id', body: 'Untuk jadwal kirimnya nanti diinfokan lagi ya kak.', hits: 1 },
    { lang: 'id', body: 'Paketnya belum dikirim, nanti akan kami kabari lagi ya kak.', hits: 1 },
    { lang: 'id', body: 'Jadwal kirimnya Jumat, 14 Juni, resi kami kirim sore harinya.', hits: 0 },
  ],
  'clarity/filler': [
    { lang: 'en', body: 'I just wanted to let you know that your order has shipped.', hits: 1, fixed: 'Your order has shipped.' },
    { lang: 'en', body: 'Your order has shipped.', hits: 0 },
    { lang: 'id', body: 'Dengan ini kami bermaksud untuk memberitahukan bahwa pesanan sudah dikirim.', hits: 1, fixed: 'Pesanan sudah dikirim.' },
    { lang: 'id', body: 'Pesanan sudah dikirim.', hits: 0 },
    { lang: 'id', body: 'Dengan surat ini kami sampaikan bahwa kontrak berakhir 30 Juni.', hits: 1, fixed: 'Kontrak berakhir 30 Juni.' },
    { lang: 'id', body: 'Melalui pesan ini kami ingin menginformasikan bahwa toko tutup tanggal 17 Agustus.', hits: 1, fixed: 'Toko tutup tanggal 17 Agustus.' },
  ],
  // A long preamble buries the decision when it is hard going (it holds a long sentence); a
  // preamble of short sentences is the reason before the answer.
  'clarity/buried-decision': [
    { lang: 'en', body: "Hi Tom,\n\nThanks for your message about the cottage booking for the last week of August, which we read carefully and talked over together as a family, since we know how much you were looking forward to the stay and how hard it is to find dates that suit everyone in a group of eight people with children. The cottage was booked and paid for months ago, and the deposit paid the cleaners and the linen service for that week. We cannot refund the deposit.\n\nBest,\nAnna", hits: 1, fixed: "Hi Tom,\n\nWe cannot refund the deposit.\n\nThanks for your message about the cottage booking for the last week of August, which we read carefully and talked over together as a family, since we know how much you were looking forward to the stay and how hard it is to find dates that suit everyone in a group of eight people with children. The cottage was booked and paid for months ago, and the deposit paid the cleaners and the linen service for that week.\n\nBest,\nAnna" },
    { lang: 'en', body: "Hi Tom,\n\nThanks for your message about the cottage booking. We read it carefully. We know how much you were looking forward to the stay. It is hard to find dates that suit a group of eight. The cottage was booked and paid for in March. The deposit paid the cleaners for that week. The cleaners come every Saturday morning at nine. It also paid the linen service and the welcome hamper. We also had the chimney swept and the garden tidied for your arrival. We cannot refund the deposit.\n\nBest,\nAnna", hits: 0 },
    { lang: 'id', body: "Halo Pak Dimas,\n\nTerima kasih atas pesan Bapak mengenai pemesanan vila untuk minggu terakhir bulan Agustus, yang sudah kami baca dengan teliti dan kami bicarakan bersama keluarga, karena kami paham betapa Bapak menantikan liburan ini dan betapa sulitnya mencari tanggal yang cocok untuk rombongan delapan orang dengan anak-anak. Vila sudah dipesan dan dibayar lunas oleh Bapak sejak bulan Maret yang lalu. Uang muka itu juga sudah kami bayarkan kepada petugas kebersihan. Uang muka tidak dapat kami kembalikan.\n\nSalam,\nAnna", hits: 1, fixed: "Halo Pak Dimas,\n\nUang muka tidak dapat kami kembalikan.\n\nTerima kasih atas pesan Bapak mengenai pemesanan vila untuk minggu terakhir bulan Agustus, yang sudah kami baca dengan teliti dan kami bicarakan bersama keluarga, karena kami paham betapa Bapak menantikan liburan ini dan betapa sulitnya mencari tanggal yang cocok untuk rombongan delapan orang dengan anak-anak. Vila sudah dipesan dan dibayar lunas oleh Bapak sejak bulan Maret yang lalu. Uang muka itu juga sudah kami bayarkan kepada petugas kebersihan.\n\nSalam,\nAnna" },
    { lang: 'id', body: "Halo Pak Dimas,\n\nTerima kasih atas pesan Bapak mengenai pemesanan vila. Pesan Bapak sudah kami baca dengan teliti. Kami paham Bapak sangat menantikan liburan ini. Mencari tanggal untuk rombongan delapan orang memang sulit. Vila sudah dipesan dan dibayar lunas oleh Bapak sejak bulan Maret yang lalu. Uang muka itu juga sudah kami bayarkan kepada petugas kebersihan. Petugas datang setiap hari Sabtu pagi jam sembilan. Uang muka tidak dapat kami kembalikan.\n\nSalam,\nAnna", hits: 0 },

  ],
  'clarity/double-negative': [
    { lang: 'en', body: 'It is not impossible that we finish on time.', hits: 1 },
    { lang: 'en', body: 'It is possible that we finish on time.', hits: 0 },
    { lang: 'id', body: 'Bukan tidak mungkin kami selesai tepat waktu.', hits: 1 },
    { lang: 'id', body: 'Kami bisa selesai tepat waktu.', hits: 0 },
  ],
  'clarity/wall-of-text': [
    { lang: 'en', body: Array(30).fill('We checked the order again.').join(' '), hits: 1 },
    { lang: 'en', body: Array(10).fill('We checked the order again.').join(' '), hits: 0 },
    { lang: 'id', body: Array(30).fill('Kami sudah cek pesanannya lagi.').join(' '), hits: 1 },
    { lang: 'id', body: Array(5).fill('Kami sudah cek pesanannya lagi.').join(' '), hits: 0 },
  ],
};

describe.each(Object.keys(table))('%s', (rule) => {
  test.each(table[rule]!.map((r) => [label(r), r] as const))('%s', (_name, row) => expectRow(rule, row));
});

// A plain sentence of 36 to 44 words is a suggestion to split; from 45 words it breaks clarity.
const longSentenceSeverity: (Row & { severity: 'suggestion' | 'warning' })[] = [
  { lang: 'en', hits: 1, severity: 'suggestion', body: longEn },
  { lang: 'en', hits: 1, severity: 'suggestion', body: 'We are not able to take the Sunday booking for the marquee because every tent we own is already out at two weddings that weekend and you only got in touch with us this afternoon, so chairs are all that is left.' },
  { lang: 'en', hits: 1, severity: 'warning', body: 'We are not able to take the Sunday booking for the marquee because every tent we own is already out at two weddings that weekend and you only got in touch with us this afternoon, so the folding chairs and the two small gazebos from the back shed are all that is left for you to hire.' },
  { lang: 'id', hits: 1, severity: 'suggestion', body: longId },
  { lang: 'id', hits: 1, severity: 'warning', body: 'Terkait permohonan pengembalian uang muka untuk paket tur tanggal 12 Agustus yang Bapak sampaikan lewat telepon kemarin sore, pembatalan yang dilakukan kurang dari 14 hari sebelum keberangkatan tidak disertai pengembalian uang muka karena dana tersebut telah kami teruskan kepada pihak hotel, penyedia jip dan pemandu di lokasi sejak awal bulan.' },
];

describe('clarity/long-sentence severity by length', () => {
  test.each(longSentenceSeverity.map((r) => [`${r.severity}: ${label(r)}`, r] as const))('%s', (_name, row) => {
    expect(ruleFindings('clarity/long-sentence', row).map((f) => f.severity)).toEqual([row.severity]);
  });
});
