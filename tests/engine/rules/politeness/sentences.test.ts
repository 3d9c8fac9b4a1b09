// Sentence-level politeness rules: bare commands, accusations, a blunt opener, a missing frame.
import { describe, test } from 'vitest';
import { expectRow, label, type Row } from '../table';

const table: Record<string, Row[]> = {
  'politeness/bare-command': [
    // An imperative whose consequence is the customer's gain offers; one that ends in "you'll see" still orders.
    { lang: 'en', body: "Bring it back unopened and it's a full refund.", hits: 0 },
    { lang: 'en', body: "Read the label and you'll see why.", hits: 1 },
    { lang: 'en', body: 'Hi Harriet,\n\nMy last visit for you will be on 30 April.\n\nGive them a scratch from me,\nCarla', hits: 0 },
    { lang: 'en', body: 'Hi Tom,\n\nRead section 4 of the service agreement.\n\nBest,\nAna', hits: 1, fixed: 'Hi Tom,\n\nPlease read section 4 of the service agreement.\n\nBest,\nAna' },
    { lang: 'en', body: 'Hi Tom,\n\nDo not come to the studio again.\n\nBest,\nAna', hits: 1, fixed: 'Hi Tom,\n\nPlease do not come to the studio again.\n\nBest,\nAna' },
    { lang: 'en', body: 'Hi Ken,\n\nI was sorry to hear about your dad. Take all the time you need; your booking is moved to 14 June.\n\nBest,\nSam', hits: 0 },
    { lang: 'en', body: 'Hi Tom,\n\nPlease keep the bags. Just reply with 1 or 2 and I will start today. Don\'t worry about the box.\n\nBest,\nAna', hits: 0 },
    { lang: 'en', body: 'Hi Tom,\n\nHere are two options:\n1. Pick up the order on Friday.\n2. Get it delivered for $5.\n\nBest,\nAna', hits: 0 },
    { lang: 'en', body: 'Hi Tom,\n\nCheck-in is from 2 pm.\n\nBest,\nAna', hits: 0 },
    // A chat's dropped "I" is no order: "Don't think I can budge on that one".
    { lang: 'en', body: "Hi Sam,\n\nI can't lower the price, sorry. Don't think I can budge on that one, really.\n\nThanks,\nBea", hits: 0 },
    { lang: 'en', body: "Hi Sam,\n\nDon't call me after 9pm.\n\nThanks,\nBea", hits: 1, fixed: "Hi Sam,\n\nPlease don't call me after 9pm.\n\nThanks,\nBea" },
    { lang: 'id', body: 'Halo kak,\n\nBaca dulu notanya!\n\nSalam,\nAni', hits: 1, fixed: 'Halo kak,\n\nMohon baca dulu notanya!\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo Pak,\n\nJangan hubungi kami lagi untuk pesanan baru.\n\nSalam,\nAni', hits: 1, fixed: 'Halo Pak,\n\nMohon jangan hubungi kami lagi untuk pesanan baru.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo,\n\nKak, bayarkan sisanya hari ini.\n\nSalam,\nAni', hits: 1, fixed: 'Halo,\n\nKak, mohon bayarkan sisanya hari ini.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo,\n\nBayarkan sisanya hari ini ya kak.\n\nSalam,\nAni', hits: 0 },
    { lang: 'id', body: 'Halo,\n\nLunasi sisanya hari ini.\n\nSalam,\nAni', hits: 1, fixed: 'Halo,\n\nMohon lunasi sisanya hari ini.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo,\n\nPak, transfer dulu baru kami kirim.\n\nSalam,\nAni', hits: 1, fixed: 'Halo,\n\nPak, mohon transfer dulu baru kami kirim.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo,\n\nKabari pilihan kakak ya. Jangan khawatir, barang aman. Kirim kami kabar kalau sudah sampai.\n\nSalam,\nAni', hits: 0 },
    { lang: 'id', body: 'Halo kak,\n\nPerhatikan jam operasional kami: Senin–Jumat 09.00–17.00.\n\nAdmin', hits: 1, fixed: 'Halo kak,\n\nMohon perhatikan jam operasional kami: Senin–Jumat 09.00–17.00.\n\nAdmin' },
  ],
  'politeness/accusation': [
    // What the customer failed to tell, and asking too much; a neutral reminder of the same form is fine.
    { lang: 'id', body: 'Ibu tidak mengisi formulir alergi waktu daftar, jadi kami tidak tahu.', hits: 1 },
    { lang: 'id', body: 'Ibu terlalu banyak menuntut untuk paket semurah ini.', hits: 1 },
    { lang: 'id', body: 'Formulir alergi belum terisi di data kami, mohon diisi sebelum kelas Sabtu ya Bu.', hits: 0 },
    { lang: 'en', body: "You didn't fill in the allergy form when you signed up, so we had no idea.", hits: 1 },
    { lang: 'en', body: 'You expect a lot for what you paid.', hits: 1 },
    { lang: 'en', body: "The allergy form is still blank on our system, so please fill it in before Saturday's class.", hits: 0 },
    // Our slip excused by the customer being hard to reach; an offer with "juga" is no blame.
    { lang: 'id', body: 'Iya Bu, kurir kami memang tidak jadi antar. Tapi Ibu juga susah dihubungi dari pagi.', hits: 1 },
    { lang: 'id', body: 'Tapi Ibu juga bisa ambil langsung di toko kami.', hits: 0 },
    { lang: 'en', body: "Yes, the fitter didn't come on Saturday. You weren't exactly easy to get hold of either.", hits: 1 },
    // Past blame is blame after a condition too; a plain condition with "should have" is not.
    { lang: 'en', body: 'If you wanted it shorter, you should have said so at the time.', hits: 1 },
    { lang: 'en', body: "If you'd like a second fitting, you should have time on Thursday at 4.", hits: 0 },
    { lang: 'en', body: 'You were told the wrong date by our office, which is our mistake.', hits: 0 },
    // What the customer failed to do, named: "all you had to do was …", "you didn't even …".
    { lang: 'en', body: 'All you had to do was measure the window before ordering.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: "You didn't even open the box before leaving the review.", hits: 1 },
    { lang: 'en', body: 'All you need to do is reply with the date that suits you.', hits: 0 },
    // The customer's own choice as a tag question; lateness by habit ("tiap bulan"), unless it is a condition.
    { lang: 'id', body: 'Halo Pak,\n\nKakak sendiri kan yang pilih warna mustard waktu order?\n\nSalam,\nAni', hits: 1, fixed: 'Halo Pak,\n\nKami tidak dapat mengakomodasi kebutuhan Anda.\n\nSalam,\nAni' },
    { lang: 'id', body: 'Halo Pak,\n\nBapak ini tiap bulan telat bayar, kami juga harus gaji karyawan.\n\nSalam,\nAni', hits: 1 },
    { lang: 'id', body: 'Halo Pak,\n\nKalau Bapak tiap bulan telat bayar, kontrak kami tinjau ulang.\n\nSalam,\nAni', hits: 0 },
    // What the customer failed to check, unless it is a condition or spared ("gak perlu cek").
    { lang: 'id', body: 'Halo kak,\n\nKakak gak cek ukuran dulu sebelum checkout sih, jadi ya kekecilan.\n\nSalam,\nAni', hits: 1 },
    { lang: 'id', body: 'Halo kak,\n\nKalau kakak gak cek email, info resi juga kami kirim lewat WA.\n\nSalam,\nAni', hits: 0 },
    { lang: 'id', body: 'Halo kak,\n\nTenang kak, kakak gak perlu cek apa-apa lagi.\n\nSalam,\nAni', hits: 0 },
    // The customer's check thrown back, also when the business erred; "lagian Ibu juga …" as an excuse.
    { lang: 'en', body: 'Yes, the date on the flyer is wrong. You should have checked the draft before it went to print.', hits: 1 },
    { lang: 'en', body: 'We should have checked the date before it went to print.', hits: 0 },
    { lang: 'id', body: 'Iya Pak, tukang kami telat dua jam. Lagian Bapak juga ganti desain dapur mendadak.', hits: 1 },
    { lang: 'id', body: 'Iya Pak, tukang kami telat dua jam. Kami minta maaf, besok datang jam 07.00.', hits: 0 },
    { lang: 'en', body: "Mark,\n\nYou've been nothing but trouble since day one.\n\nPaula", hits: 1 },
    { lang: 'en', body: 'Hi Ms. Carter,\n\nI apologise that our policy caused you trouble.\n\nBest,\nAmy', hits: 0 },
    { lang: 'id', body: 'Masalahnya Rafi sendiri yang malas mengerjakan PR.', hits: 1 },
    { lang: 'id', body: 'Kalau Rafi malas latihan, hasilnya memang lambat.', hits: 0 },
    { lang: 'id', body: 'Tagihan sudah sesuai kontrak. Bapak sendiri yang minta tambahan 3 halaman.', hits: 1 },
    { lang: 'en', body: 'Your attitude is the problem here, not her work.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'Frankly you have been really rude to our staff.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'If you are late, the lesson still ends at 5 pm.', hits: 0 },
    { lang: 'en', body: 'You have been nothing but rude to my staff since day one.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'You were right, and we are sorry.', hits: 0 },
    { lang: 'en', body: 'Your constant changes are the reason this is late. We can deliver on Monday.', hits: 1 },
    { lang: 'en', body: 'This is late because you kept changing the design.', hits: 1 },
    { lang: 'en', body: "We're running late, but in fairness, you changed the order twice.", hits: 1 },
    { lang: 'en', body: 'If you had replied to our email in March, we could have fixed it sooner.', hits: 1 },
    { lang: 'en', body: 'Thank you for your constant support this year.', hits: 0 },
    { lang: 'en', body: 'If you had a chance to look at the quote, let me know.', hits: 0 },
    // A counterfactual that lays the trouble on the customer's (or their child's) failing.
    { lang: 'en', body: "Although honestly, if you'd filled in the song form like it asked, it would never have happened.", hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'The date is the problem, and if Aisha had actually practised between lessons we would not be this close.', hits: 1 },
    { lang: 'en', body: 'If the courier had actually turned up on Monday, we would have finished by now.', hits: 0 },
    { lang: 'en', body: "If you'd booked the Plus package, it would have included three rounds.", hits: 0 },
    { lang: 'en', body: "If you'd like, we would be glad to move it to Friday.", hits: 0 },
    { lang: 'en', body: 'Sadly you have brushed off every one of our incident reports.', hits: 1 },
    { lang: 'en', body: 'You were the one who asked for the shorter fringe.', hits: 1, fixed: 'We are not able to meet your expectations.' },
    { lang: 'en', body: 'If you ignored the first reminder, no problem: the new one has the link.', hits: 0 },
    { lang: 'id', body: 'Seandainya kakak baca deskripsinya dulu, pasti gak salah ukuran.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Seandainya kakak ingin ukuran lain, pasti kami bantu tukar.', hits: 0 },
    { lang: 'en', body: 'The customer said "you were rude" but we checked the call.', hits: 0 },
    { lang: 'id', body: 'Selama ini Bapak bersikap kasar kepada instruktur kami.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Itu salah Anda sendiri.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Foto wisuda belum bisa kami kirim, salah Ibu juga sih gak bayar pelunasan.', hits: 1 },
    { lang: 'id', body: 'Kalau kakak telat bayar, pesanan kami tunda.', hits: 0 },
    { lang: 'id', body: 'Udah 3x kakak telat bayar.', hits: 1, fixed: 'Udah 3x kakak telat bayar.' },
    { lang: 'id', body: 'Terima kasih, Ibu sudah sabar menunggu.', hits: 0 },
    { lang: 'id', body: 'Ibu selalu telat membayar dan sering marah-marah kepada kurir kami.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Sopir Bapak sering membentak-bentak mekanik kami.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Ibu sudah berulang kali memaki kasir kami.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Kami tidak melayani pelanggan yang berkali-kali membentak staf.', hits: 0 },
    { lang: 'id', body: 'Kakak terus ngomel-ngomel di chat.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
    { lang: 'id', body: 'Jika Ibu terlambat membayar lebih dari 7 hari, pengiriman kami tunda.', hits: 0 },
    { lang: 'id', body: 'Kami paham Bapak kecewa dan marah soal keterlambatan ini.', hits: 0 },
    // Facts (a date) stay, so no one-click rewrite; the finding still stands.
    { lang: 'id', body: 'Bapak sendiri yang tidak datang pada jadwal tanggal 5 tanpa kabar.', hits: 1, fixed: 'Bapak sendiri yang tidak datang pada jadwal tanggal 5 tanpa kabar.' },
    { lang: 'id', body: 'Bapak sendiri yang menyetujui desain ini tanggal 5 Mei.', hits: 0 },
    { lang: 'id', body: 'Ibu ini sangat merepotkan, tiap minggu komplain hal yang sama.', hits: 1, fixed: 'Kami tidak dapat mengakomodasi kebutuhan Anda.' },
  ],
  'politeness/blunt-opener': [
    { lang: 'en', body: 'Hi Tom,\n\nNo, we won\'t be waiving the fee.\n\nBest,\nAna', hits: 1, fixed: 'Hi Tom,\n\nThank you for asking, but we won\'t be waiving the fee.\n\nBest,\nAna' },
    { lang: 'en', body: 'No. The fee stands.', hits: 1, fixed: 'Thank you for asking, but no. The fee stands.' },
    { lang: 'en', body: 'Hi Tom,\n\nNo data was lost, and the backup ran at 14:20.\n\nBest,\nAna', hits: 0 },
    { lang: 'en', body: "Hi Dan,\n\nNo, you don't need to bring anything. We provide the mats and towels.\n\nRegards,\nJo", hits: 0 },
    { lang: 'en', body: 'Hi Dan,\n\nNo, we cannot refund the deposit. We can move the date to June.\n\nRegards,\nJo', hits: 1 },
    { lang: 'id', body: 'Gak bisa kak. Harganya udah segitu.', hits: 1, fixed: 'Terima kasih sudah bertanya, namun gak bisa kak. Harganya udah segitu.' },
    { lang: 'id', body: 'Halo kak,\n\nTidak ada biaya tambahan.\n\nSalam', hits: 0 },
    { lang: 'id', body: 'Halo kak,\n\nTidak bisa, kak, slotnya penuh.\n\nSalam', hits: 1, fixed: 'Halo kak,\n\nTerima kasih sudah bertanya, namun tidak bisa, kak, slotnya penuh.\n\nSalam' },
  ],
  'politeness/missing-frame': [
    { lang: 'en', body: "so we can't do custom colours on the mugs, sorry. we do have 6 colours in stock.\n\nthx\nMug Life", hits: 0 },
    { lang: 'en', body: 'Hi Harriet,\n\nMy last visit for you will be on 30 April.\n\nGive them a scratch from me,\nCarla', hits: 0 },
    { lang: 'en', body: 'Your order is ready. Bring the receipt.', hits: 1, fixed: 'Hello,\n\nYour order is ready. Bring the receipt.\n\nThank you for your understanding.\n\nBest regards,' },
    { lang: 'en', body: 'Your order is ready.', recipientName: 'Dana', hits: 1, fixed: 'Hi Dana,\n\nYour order is ready.\n\nThank you for your understanding.\n\nBest regards,' },
    { lang: 'en', body: 'Your order is ready.\n\nMia\nRidgeback Roasters', hits: 1, fixed: 'Hello,\n\nYour order is ready.\n\nThank you for your understanding.\n\nBest regards,\nMia\nRidgeback Roasters' },
    { lang: 'en', body: 'Hi Carlos,\n\nYour order is ready.\n\nMia', hits: 0 },
    { lang: 'en', body: 'Your order is ready. Thanks for your patience!\n\nMia', hits: 0 },
    { lang: 'id', body: 'Pesanan Bapak sudah selesai. Ambil sebelum Sabtu.', hits: 1, fixed: 'Dengan hormat,\n\nPesanan Bapak sudah selesai. Ambil sebelum Sabtu.\n\nTerima kasih atas pengertiannya.\n\nSalam,' },
    { lang: 'id', body: 'Dengan hormat,\nBapak Hendra,\n\nPesanan Bapak sudah selesai.', hits: 0 },
    { lang: 'id', body: 'Pesanan sudah selesai.\n\nHormat kami,\nSlamet', hits: 0 },
    { lang: 'id', body: 'Siang kak,\n\nPesanan sudah kami kirim, resi JNE 0123.', hits: 0 },
    { lang: 'id', body: 'Kak Sari, pesanan sudah kami kirim hari ini, resi JNE 0123.\n\nToko Rapi', hits: 0 },
    { lang: 'id', body: 'Pak Joko, mohon maaf, barangnya kami ganti besok pagi.\n\nBengkel Rapi', hits: 0 },
    { lang: 'id', body: 'Kakinya sudah dipasang, ambil besok.\n\nMebel Rapi', hits: 1 },
    { lang: 'id', body: 'Pesanan sudah kami kirim, resi JNE 0123.\n\nWassalamualaikum', hits: 0 },
    { lang: 'id', body: 'Siang ini pesanan kami kirim, resinya JNE 0123.', hits: 1, fixed: 'Dengan hormat,\n\nSiang ini pesanan kami kirim, resinya JNE 0123.\n\nTerima kasih atas pengertiannya.\n\nSalam,' },
  ],
};

describe.each(Object.keys(table))('%s', (rule) => {
  test.each(table[rule]!.map((r) => [label(r), r] as const))('%s', (_name, row) => expectRow(rule, row));
});

describe('politeness/accusation keeps facts', () => {
  test.each([
    ['en', 'You were rude to Sari on Tuesday.'],
    ['id', 'Bapak bersikap kasar, padahal guru kami sudah mengajar Nayla dengan sabar.'],
  ] as const)('%s: no sentence rewrite that would drop a name (%s)', (lang, body) => {
    expectRow('politeness/accusation', { lang, body, hits: 1, fixed: body });
  });
});
