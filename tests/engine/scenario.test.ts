// Scenario and in-right inference from what the draft does, in both languages.
import { describe, expect, test } from 'vitest';
import { analyze, type Scenario } from '../../src/engine';

const cases: [string, Scenario, boolean][] = [
  // Rules in other words ("for members only", "on the same page"), an ending as "further work" not taken on,
  // a reply citing the contract and what happened "exactly as" planned; "cash only" in an order note stays a note.
  ['Hi everyone,\n\nSaturday classes will now be for members only. Drop-in passes can still be used Monday to Friday.\n\nSee you on the mats,\nCoach Ali', 'boundary', true],
  ["Hi Sanna,\n\nJust so we're on the same page for the wedding: edits are delivered in one batch six weeks after the day.\n\nThanks,\nJoel", 'boundary', true],
  ['Dear Ms Lowe,\n\nAfter the current project we will not be taking on further work for Lowe & Co. Your final invoice will be sent on 14 March.\n\nKind regards,\nRavi', 'termination', true],
  ['Hi Gemma,\n\nThe light was exactly as forecast on the day, and the gallery has the 60 images from the contract.\n\nBest,\nLars', 'complaint-right', true],
  ['Hi Jo,\n\nYour jacket is ready (order T-88). The balance is $20, cash only.\n\nThanks,\nMo', 'other', true],
  // Endings without "end": the last lesson "with me", a retirement idiom, "for the last time on" a date.
  ["Dear Mr Obi,\n\nTuesday 3 June will be Kemi's final lesson with me. I'm moving to Leeds in the summer. The invoice for May will be the last one.\n\nKind regards,\nSue", 'termination', true],
  ["Hi Fran,\n\nAfter twelve years I've decided to hang up my clippers, so Poppy's groom on 20 December is the last. Tails Up on Mill Lane have space and I've passed on her notes.\n\nBest,\nJan", 'termination', true],
  ["Hi Tom,\n\nWe'll be delivering to your café for the last time on 30 April. From May our van only covers the town centre.\n\nThanks,\nLee", 'termination', true],
  // A group greeting announces rules; a reply naming what the customer described, or citing what was arranged, defends.
  ["Hi all,\n\nThe cleaners now start at 7am sharp. Anything left on desks after 6pm the night before won't be moved or wiped.\n\nThanks,\nOffice team", 'boundary', true],
  ['Hi Lara,\n\nThe cake was delivered at 2pm as arranged, and your venue coordinator signed for it.\n\nBest,\nMia', 'complaint-right', true],
  // The trade's own work refused with us as the subject; a rule from "the start of" a term; a visit
  // stopped "any more"; a conduct rule beside a confirmed booking; a quote's fee; an outcome "normal".
  ["Hi Lena,\n\nWe can't dye the suede jacket, the leather would crack. A clean and re-proof is £35.\n\nBest,\nOla", 'refusal', true],
  ['Hi Sam,\n\nFrom the start of the autumn term, siblings won\'t be able to share one lesson slot. Each child gets their own 30 minutes.\n\nBest,\nMrs Ray', 'boundary', true],
  ["Hi Tom,\n\nI won't be coming round for the hedges any more after June; my knees have had enough. Your last invoice comes in July.\n\nBest,\nPat", 'termination', true],
  ['Hi Ben,\n\nPlease stop messaging our instructors on their personal numbers; bookings go through the office. Your lesson on Friday is confirmed.\n\nThanks,\nAmy', 'boundary', true],
  ["Dear Ms Hale,\n\nThe fee is £600 for the full survey and report. A deposit of £200 lets us book the date; if you're happy to go ahead, reply to this email.\n\nKind regards,\nJon", 'other', true],
  ["Hi Ravi,\n\nSome fading in the first month is perfectly normal for a hand-dyed rug. I won't be refunding it, but I can send a care sheet with washing tips.\n\nBest,\nMo", 'complaint-right', true],
  ["Hi Ann,\n\nI'm afraid the extra edits fall outside the two free rounds in our agreement. A third round is $80.\n\nBest,\nLi", 'refusal', true],
  // The last piece of work said to the customer ends the service; a seasonal cut-off, or "Jadi" = "so", does not.
  ['Halo Bu Nita,\n\nKelas hari Kamis ini menjadi kelas terakhir Kirana bersama sanggar kami. Sisa iuran Rp150.000 kami transfer Senin.\n\nSalam,\nSanggar Melati', 'termination', true],
  ['Halo kak,\n\nPesanan tanggal 20 menjadi pengiriman terakhir kami sebelum libur Lebaran. Toko buka lagi 2 April.\n\nSalam,\nToko Kue', 'other', true],
  ['Halo kak,\n\nJadi pesanan terakhir kakak sudah kami kirim kemarin, resinya JNE 0099.\n\nSalam,\nToko Ani', 'other', true],
  ['Hi Jo,\n\nThis will be our last clean together: we are closing the business in May. Your final invoice follows on 30 April.\n\nBest,\nMo', 'termination', true],
  // Our tutor no longer coming ends it; the bills not yet paid ("belum juga kami terima") decline nothing.
  ['Selamat sore Pak,\n\nKarena tagihan bulan Mei dan Juni belum juga kami terima, guru kami tidak akan datang lagi untuk mengajar Dimas mulai 1 Juli. Rincian tagihan terlampir.\n\nSalam,\nLes Privat Cerdas', 'termination', true],
  // No longer doing the work for this customer "lagi", or taking leave ("saya pamit"), ends it; a promise not to let them down again does not.
  ['Halo Bu,\n\nSetelah tanggal 30 nanti, kami tidak akan mengantar galon ke rumah Ibu lagi. Sisa deposit galon kami kembalikan saat ambil galon kosong.\n\nSalam,\nDepot Air', 'termination', true],
  ['Halo Bu Rina,\n\nSaya pamit ya Bu, bulan ini saya terakhir mengajar Nayla karena saya pindah ke Surabaya. Saya bisa rekomendasikan teman saya, Kak Dini, 0812-3456-7890.\n\nSalam,\nKak Sari', 'termination', true],
  ['Halo Bu,\n\nMohon maaf, kurir kami salah alamat kemarin. Kami tidak akan mengecewakan Ibu lagi; galon kami antar ulang jam 9 pagi ini.\n\nSalam,\nDepot Air', 'complaint-wrong', false],
  // The delay laid on what no one controls, and what was explained at the counter, defend the sale.
  ['Halo kak,\n\nPaket kakak kami serahkan ke kurir Senin pagi. Paket kemudian tertahan di hub Cikarang karena mesin sortir rusak, di luar kendali kami. Biaya kirim tidak bisa kami kembalikan.\n\nSalam,\nToko Ani', 'complaint-right', true],
  ['Halo kak,\n\nLayar bergaris karena HP pernah jatuh. Sudah dijelasin waktu servis, garansi gak berlaku kalau ada bekas benturan. Ganti LCD baru Rp600.000.\n\nSalam,\nServis HP', 'complaint-right', true],
  // A material's nature explained, with what was written on the product page, defends the sale.
  ['Halo kak,\n\nBahan beludru memang berubah warna kalau disentuh berlawanan arah serat, itu sifat kainnya. Sudah kami tulis juga di deskripsi produk.\n\nKalau mau, kami bisa kirim sampel kain lain gratis.\n\nSalam,\nSofa Nyaman', 'complaint-right', true],
  // Enough "up to" a month ends the lessons.
  ['Halo Bu Tari,\n\nSemester depan saya tidak membuka kelas SD lagi, jadi les Rafa cukup sampai Desember ini. Rapor Rafa saya kirim minggu terakhir Desember.\n\nSalam,\nKak Mila', 'termination', true],
  // "Betul kak, …" confirming a complaint and making up for it owns it; "Iya kak, bisa" answering a question does not.
  ['Halo kak,\n\nBetul kak, kuenya sampai terlambat 2 jam karena mobil kami mogok. Sebagai gantinya kami kasih voucher Rp50.000 untuk pesanan berikutnya.\n\nSalam,\nDapur Ani', 'complaint-wrong', false],
  ['Halo kak,\n\nIya kak, bisa. Pengiriman ke Bekasi gratis untuk pesanan di atas Rp200.000.\n\nSalam,\nDapur Ani', 'other', true],
  // Every cage taken is a full-capacity decline; the referral after it is the alternative.
  ['Halo kak,\n\nKandang kami sudah terisi semua untuk libur Natal. Kakak bisa coba Pet Hotel Meong di Jl. Kenanga 5.\n\nSalam,\nPetcare', 'refusal', true],
  // "Betul kak, …" and a free redo own the complaint with no apology; a slip that "often" happens admits nothing.
  ['Halo kak,\n\nBetul kak, stikernya terpotong miring karena mesin kami bergeser. Kami cetak ulang 200 lembar Senin, gratis.\n\nSalam,\nLabel Rapi', 'complaint-wrong', false],
  ['Halo kak,\n\nMaaf kak, file PDF memang sering salah ketik kalau dipindah ke Word, jadi naskah PDF tidak bisa kami terima. Kirim .docx saja ya, besok langsung kami layout.\n\nSalam,\nRumah Aksara', 'refusal', true],
  // The customer caught our slip: "thanks for spotting that", "good catch".
  ["Hi Ian,\n\nThanks for spotting that. The receipt shows the wrong VAT rate; a corrected one is attached.\n\nBest,\nMay", 'complaint-wrong', false],
  // A reply pointing twice at what the customer agreed to answers a complaint it never names; once is no defence.
  ["Hi Kit,\n\nThe banner reads as typed on your order form, and the proof you approved shows the same. A reprint is $35.\n\nBest,\nVi", 'complaint-right', true],
  ['Halo Pak,\n\nBarang kami kirim Senin sesuai jadwal, dan menurut resi sudah diterima Rabu siang. Kalau belum ketemu, kami bantu klaim.\n\nSalam,\nToko Jati', 'complaint-right', true],
  ['Hi Ana,\n\nYour order form is attached. The cake will be ready on Friday at 10.\n\nBest,\nBo', 'other', true],
  // "can't open" declines; "won't book you in anymore" ends the service; a lost booking is our fault.
  ["Hi Fay,\n\nSorry, we can't open the shop early on Saturday, that rule is the landlord's. We open at 9 and I can set your order aside.\n\nBest,\nGus", 'refusal', true],
  ["Mr. Holt,\n\nAfter last month we won't book you in anymore. The two prepaid sessions will be refunded by Friday.\n\nRegards,\nPia", 'termination', true],
  ["Hi Rae,\n\nYou're quite right to be upset: your booking was lost when our system changed. Dinner on Saturday is on us.\n\nBest,\nLuca", 'complaint-wrong', false],
  // A recurring visit "stopped", a service "kita sudahi"; a hedged admission ("maybe we should have") owns no fault.
  ["Hi Di,\n\nI've decided we'll have stopped the weekly dog walks by the end of May. Your last invoice follows then.\n\nBest,\nAl", 'termination', true],
  ['Halo Bu,\n\nLangganan katering Ibu kita sudahi akhir bulan ini ya Bu. Tagihan terakhir kami kirim tanggal 30.\n\nSalam,\nDapur', 'termination', true],
  ["Hi Bo,\n\nThanks for your email about the late fee. Perhaps we should have reminded you, but the contract says £20 after 7 days.\n\nBest,\nEd", 'complaint-right', true],
  ["Hi Sue,\n\nThanks for the photos. The crack isn't a fault: oak moves in dry heat, as noted on the care card. We can oil it for free.\n\nBest,\nLo", 'complaint-right', true],
  ['Halo kak,\n\nMakasih udah kabarin ya kak. Sesuai S&K di form order, pesanan custom nggak bisa direfund. Tapi bisa dipindah ke desain lain minggu depan.\n\nSalam', 'complaint-right', true],
  // "sudah tidak bisa" / "tidak bisa lagi" before the trade's work, in any pairing.
  ['Halo Bu,\n\nMulai Agustus kami sudah tidak bisa menjahit seragam sekolah. Pesanan yang sudah masuk tetap kami selesaikan paling lambat 31 Juli.\n\nSalam,\nPenjahit Rapi', 'termination', true],
  ['Yth. Bapak Rudi,\n\nMulai 1 Juni kami tidak dapat lagi menyediakan katering harian untuk kantor Bapak. Tagihan terakhir kami kirim 31 Mei.\n\nHormat kami,\nDapur Sehat', 'termination', true],
  ['Selamat siang Ibu,\n\nTerima kasih atas masukannya. Antrean kami sesuai ketentuan yang tertulis di meja depan, jadi kami tidak bisa mendahulukan pasien tertentu.\n\nSalam,\nKlinik', 'complaint-right', true],
  ["Hi Ed,\n\nI'm retiring this summer, so July will be my last month cutting your hedges. I'll leave the gate key with your neighbour.\n\nBest,\nBill", 'termination', true],
  ["Hi Val,\n\nI'm sorry you felt the massage was short. It ran 45 minutes, as booked. A 60-minute slot is £55 if you'd like longer next time.\n\nBest,\nKim", 'complaint-right', true],
  // The slip owned in other words: "entirely on us", "our slip", "we didn't catch it".
  ["Hi Ken,\n\nApologies, the hold-up is entirely on us - we didn't catch the wrong order. The new panels arrive Tuesday.\n\nSorry again,\nMatt", 'complaint-wrong', false],
  ['Hello Mrs. Kaur,\n\nSo sorry the lid was missing. That\'s our slip - a new one goes out today.\n\nBest,\nEmber', 'complaint-wrong', false],
  // "Kalau Bapak setuju, …" / "If you approve, …" is a quote's next step, not what the customer agreed to.
  ['Selamat siang Pak Made,\n\nBerikut penawaran sumur bor: kedalaman 60 meter Rp12.500.000, garansi pompa 1 tahun. Kalau Bapak setuju, survei bisa Senin pukul 08.00.\n\nSalam,\nKetut', 'other', true],
  ["Hi Jo,\n\nHere is the quote for the patio: $4,200, with a one-year warranty on the paving. If you approve it, we can start on Monday.\n\nBest,\nMo", 'other', true],
  // A payment or size confirmed as matching ("sudah sesuai") answers no complaint, even after "makasih udah kabarin".
  ['Halo kak,\n\nTerima kasih sudah mengabari. Ukuran yang kakak kirim sudah sesuai, jahitan mulai Senin.\n\nSalam,\nPenjahit Rapi', 'other', true],
  // Sorry for the late reply ("keterlambatan jawabannya") admits no fault in the work.
  ['Halo kak,\n\nKami minta maaf ya atas keterlambatan jawabannya. Paket kakak masih di gudang ekspedisi, resi JNE 0012345.\n\nSalam,\nToko Tas', 'other', true],
  ['Halo Pak,\n\nMohon maaf atas keterlambatan pengiriman kursi Bapak. Besok jam 10 kami antar.\n\nSalam,\nMebel Jati', 'complaint-wrong', false],
  // "tidak lagi dapat melayani": "lagi" before the modal still ends the service.
  ['Yth. Bapak Herman,\n\nMulai hari ini kami tidak lagi dapat melayani pesanan dari Bapak.\n\nSaldo deposit Rp240.000 kami transfer paling lambat 10 Juni.\n\nHormat kami,\nToko Sinar', 'termination', true],
  // The customer's payment "belum masuk" is a state, not our refusal.
  ['Halo Pak,\n\nMengingatkan, pembayarannya belum masuk ya Pak. Mohon ditransfer hari ini ke BCA 123-456-789.\n\nTerima kasih,\nCV Bangun', 'other', true],
  // Denying the fault ("bukan salah kami") answers a complaint.
  ['Halo Pak,\n\nKeterlambatan pengiriman itu karena ekspedisi, bukan kesalahan kami. Paket kami serahkan ke kurir tanggal 3 sesuai jadwal.\n\nSalam,\nToko Kayu', 'complaint-right', true],
  // An interjection may open the confirmation ("Waduh, bener kak, …", "Oh yes, …").
  ['Halo kak,\n\nWaduh, bener kak, tulisan di kuenya kurang huruf. Maaf ya kak 🙏 Besok jam 8 kami antar kue pengganti, gratis.\n\nSalam,\nToko Kue', 'complaint-wrong', false],
  ["Hi Sam,\n\nOh yes, the second coat was skipped in the hallway. Sorry about that. We'll be back Tuesday at 9 to finish it.\n\nBest,\nLee", 'complaint-wrong', false],
  // Our doubt put as an open question ("saya kurang tahu bisa atau tidak") declines; the customer asked the same does not.
  ['Halo kak,\n\nUntuk pengiriman ke Sorong saya kurang tahu bisa atau tidak ya kak, ekspedisi kami belum pernah ke sana.\n\nSalam,\nToko Kain', 'refusal', true],
  ['Halo kak,\n\nKakak bisa atau tidak datang fitting hari Sabtu jam 10? Kabari ya.\n\nSalam,\nButik Ayu', 'other', true],
  // The brief or brochure the work followed, beside a hedged give-away, defends the work (complaint-right);
  // the same citation in a plain delivery note is ordinary mail.
  ['Halo kak Mela,\n\nHasil edit fotonya memang kami buat natural, sesuai moodboard yang kakak kirim sebelum sesi. Tapi kalau kakak mau, mungkin bisa kami edit ulang gratis deh kak.\n\nSalam,\nFoto Senja', 'complaint-right', true],
  ['Halo kak,\n\nDesain undangan sudah kami buat sesuai contoh yang kakak kirim. Filenya kami kirim besok jam 10 ya kak.\n\nSalam,\nUndangan Kita', 'other', true],
  // Two citations (the brochure, the form the customer filled in) defend what was agreed.
  ['Halo Bu Rina,\n\nJam les Nabila memang 60 menit, seperti di brosur dan form pendaftaran yang Ibu isi. Guru kami datang 15.00 dan selesai 16.00.\n\nSalam,\nBimbel Pintar', 'complaint-right', true],
  ['Halo Bu,\n\nBenar, Bu, paket sudah kami kirim kemarin sore. Mohon maaf baru mengabari, resinya JNE 0012345.\n\nSalam,\nToko Tas', 'other', true],
  // A fault noun with our own a few words on ("kesalahan penjadwalan armada kami") admits it; "bukan karena kesalahan … kami" denies it.
  ['Dengan hormat,\nIbu Larasati,\n\nKeterlambatan ini terjadi karena kesalahan penjadwalan armada kami. Kami memohon maaf atas ketidaknyamanan ini. Meja makan kami kirim Rabu, 9 Juli.\n\nHormat kami,\nMebel Jati', 'complaint-wrong', false],
  ['Halo kak,\n\nKeterlambatan ini bukan karena kesalahan tim gudang kami, tapi karena ekspedisi. Paket kami serahkan ke kurir tanggal 3 sesuai jadwal.\n\nSalam,\nToko Tas', 'complaint-right', true],
  // A fee put in force from a month on ("Mulai bulan Juli kami berlakukan …") is a house rule.
  ['Halo kak Maya,\n\nMulai bulan Juli kami berlakukan biaya pembatalan ya kak. Pembatalan kurang dari 24 jam sebelum jadwal dikenai Rp50.000.\n\nSalam,\nResik Yuk', 'boundary', true],
  // A complaint confirmed ("Iya Om, …", "Yes, …") and apologized for, nothing declined, is owned without "our mistake";
  // an apology for a slow reply owns nothing.
  ['Halo kak,\n\nWaduh iya kak, dari fotonya bolunya memang gosong di pinggir 😢 maaf ya kak.\n\nBesok jam 10 kami kirim ulang satu loyang, gratis.\n\nSalam,\nDapur Ayu', 'complaint-wrong', false],
  ['Halo Pak,\n\nIya Pak, barusan saya cek, baut yang dipasang kemarin ukurannya 10 mm, padahal rak Bapak pakai 12 mm. Maaf ya Pak.\n\nSabtu jam 9 teknisi kami datang memasang yang benar.\n\nSalam,\nToko Besi Jaya', 'complaint-wrong', false],
  ['Halo kak,\n\nIya kak, bisa dikirim besok jam 10. Maaf baru balas ya kak.\n\nSalam,\nAni', 'other', true],
  ["Hi Jo,\n\nYes, the order left a day late, sorry about that. A £5 credit is on your account now.\n\nBest,\nMo", 'complaint-wrong', false],
  ["Hi Jo,\n\nYes, we can do Saturday at 10. Sorry for the slow reply!\n\nBest,\nMo", 'other', true],
  // What the customer marked or chose, and the photos thanked for, answer a complaint about placement.
  ['Halo Pak Wahyu,\n\nTerima kasih fotonya Pak. Lampu taman kami pasang di sudut kiri sesuai titik yang Bapak tandai waktu survei. Pindah ke tengah dikenakan biaya Rp150.000.\n\nSalam,\nTaman Asri', 'complaint-right', true],
  // "… is a no", "Saya gak mau lagi", a hedged "sepertinya penuh" decline.
  ['Hi Dana,\n\nThe hall seats 40, so 55 guests is a no. We can do 40 seated plus standing in the garden.\n\nCheers,\nPete', 'refusal', true],
  ['Pak, revisinya sudah 6 kali. Saya gak mau lagi, revisi berikutnya Rp100.000 per kali.', 'refusal', true],
  ['Halo Bu, untuk Minggu sepertinya penuh Bu. Senin jam 10.00 masih kosong.\n\nSalam,\nSalon Melati', 'refusal', true],
  // Checking the record, the customer's photos, and a label or form that "says so" answer a complaint.
  ["Hi Rob,\n\nI've checked the order: you chose the walnut stain on 3 May, and that is what we applied, so we can't redo it for free. A re-stain in oak is $90.\n\nBest,\nLia", 'complaint-right', true],
  ['Hi Mel,\n\nThanks for the photos. The rug is dry-clean only, as it says on the label, so we can\'t replace it. We can clean it for you at half price.\n\nBest,\nAnn', 'complaint-right', true],
  ['Halo kak,\n\nMakasih udah kabarin ya kak. Isi box memang 6 potong, sesuai menu yang tertera di katalog kami.\n\nSalam,\nDapur Ayu', 'complaint-right', true],
  ['Halo kak,\n\nIya kak, rambut kakak jadi kering karena obat yang kami gunakan salah. Treatment pemulihan gratis Sabtu jam 10.00 ya kak.\n\nSalam,\nSalon Ayu', 'complaint-wrong', false],
  // A doubt that the request would work declines; "turn you down" declines; "stop doing the …" ends a service.
  ["Hi Lena,\n\nThanks for asking. I don't think twelve guests would work in the small studio. The large room takes twelve for £30 more.\n\nBest,\nKai", 'refusal', true],
  ["Hi Paul,\n\nI hate to turn you down, but we're closed on bank holidays. Tuesday at 9 is free.\n\nBest,\nAmy", 'refusal', true],
  // "more than I can manage" declines; "sorry for the wait" answers a complaint about timing.
  ["Hi Jon,\n\nThirty cakes by Friday is more than I can manage on my own. I can do twenty by Friday and ten on Monday.\n\nBest,\nEve", 'refusal', true],
  ['Halo kak,\n\n50 box untuk besok di luar kemampuan dapur kami kak. Kami bisa siapkan 30 box besok dan 20 box lusa.\n\nSalam,\nDapur Ayu', 'refusal', true],
  ['Halo Bu,\n\nMaaf sudah menunggu lama. Sesuai nota, jahitan kebaya selesai 14 hari kerja, jadi Jumat 7 Juni sudah bisa diambil.\n\nSalam,\nButik Sari', 'complaint-right', true],
  ["Hi Tess,\n\nSorry for the wait. As the booking form says, prints take 15 working days, so yours ship on 3 June.\n\nBest,\nRo", 'complaint-right', true],
  ["Hi Sam,\n\nI've decided to stop doing the weekly window rounds on your street after May. Your last visit is 28 May.\n\nBest,\nJo", 'termination', true],
  // The choice the customer made, cited against one complaint signal, answers a complaint with nothing declined.
  ['Hi Nora,\n\nI understand the colour is disappointing. It is the Sage 3 paint you picked from the card on 4 May, applied in two coats as quoted.\n\nBest,\nTim', 'complaint-right', true],
  ['Halo kak,\n\nMakasih udah kirim fotonya kak. Tasnya warna mocca, sesuai deskripsi produk dan yang kakak checkout ya.\n\nSalam,\nAdmin', 'complaint-right', true],
  ['Hi Lou,\n\nSorry, that was a packing error: you ordered the large mug and got the small one. The large one ships today.\n\nBest,\nAnn', 'complaint-wrong', false],
  ['Selamat siang Bu,\n\nIya Bu, teknisi kami memang datang terlambat satu jam. Biaya kunjungan hari itu kami gratiskan.\n\nSalam,\nServis AC Dingin', 'complaint-wrong', false],
  ['Hi all,\n\nWeekend cleans carry a 25% surcharge.\n\nThanks,\nMaria', 'boundary', true],
  ['Halo kak, admin cuma online jam 09.00-17.00 ya kak.\n\nMakasih!\nToko Rajut', 'boundary', true],
  ['Halo Pak Budi,\n\nMulai semester depan saya tidak bisa lagi mengajar gitar Raka karena pindah kota. Les terakhir tanggal 20 Juni.\n\nSalam,\nKak Dani', 'termination', true],
  ["Hi Ana,\n\nThanks for asking. We can't take 20% off the table, but the ash version is $1,420.\n\nBest,\nTomas", 'refusal', true],
  ['Halo kak,\n\nMohon maaf, pengiriman 1 jam lagi sudah gak bisa ya kak. Besok pagi bisa kami kirim jam 08.00.\n\nSalam,\nAyu', 'refusal', true],
  ['Dear Mr. Lee,\n\nWe will no longer provide bookkeeping services to your company from 1 June. Your final invoice follows on 5 June.\n\nRegards,\nNadia', 'termination', true],
  ['Dengan hormat,\n\nKeanggotaan Bapak kami akhiri mulai 1 Maret 2025. Sisa iuran kami kembalikan paling lambat 7 Maret.\n\nHormat kami,\nStudio', 'termination', true],
  ["Hi Carlos,\n\nYou're right, and I'm sorry: that was our mistake. The right beans ship tomorrow.\n\nMia", 'complaint-wrong', false],
  ['Halo kak Laras,\n\nMohon maaf, ini kesalahan dari kami. Buket yang benar kami kirim ulang hari ini.\n\nSalam,\nAyu', 'complaint-wrong', false],
  ["Dear Ms. Tan,\n\nThank you for letting us know. Inside 7 days the first night is non-refundable, so we can't refund it, but we can turn it into a credit.\n\nKomang", 'complaint-right', true],
  ['Halo kak,\n\nMakasih udah kabarin. Permak ini gak termasuk garansi gratis ya kak, tapi kami bisa bantu dengan biaya Rp50.000.\n\nSalam', 'complaint-right', true],
  ['Hi everyone,\n\nFrom now on, term fees are due before the first lesson.\n\nThanks,\nHelen', 'boundary', true],
  ['Halo kak Rio,\n\nMulai sekarang pembayaran wajib lunas sebelum tim pulang ya kak.\n\nSalam', 'boundary', true],
  // A quote or a confirmed booking states its deposit and balance as terms of the deal; a rule from a date is still one.
  ['Hi Jo,\n\nThanks for your enquiry. For the three-day hire the total is $780. A 30% deposit secures the van, and the balance is due on collection.\n\nBest,\nSam', 'other', true],
  ['Hi Lee,\n\nYour table for six on Friday at 7 pm is confirmed. Deposits are refunded if you cancel 48 hours ahead.\n\nSee you then,\nMara', 'other', true],
  ['Hi all,\n\nFrom next month, a 50% deposit is due before a booking is confirmed.\n\nThanks,\nRay', 'boundary', true],
  ['Halo kak Rani,\n\nTotal biaya katering 100 pax Rp5.000.000 ya kak. DP 50% untuk kunci tanggal, pelunasan H-1.\n\nMakasih,\nDapur Ibu', 'other', true],
  ['Selamat pagi Bu,\n\nPembayaran DP sudah kami terima. Tenda untuk tanggal 12 Mei siap, pelunasan saat pemasangan.\n\nSalam,\nSewa Tenda Barokah', 'other', true],
  ['Hi Aisha,\n\nHere is the quote we discussed. No setup fee applies if you start before 1 March.\n\nBest,\nNadia', 'other', true],
  ['Dengan hormat,\n\nTerima kasih telah mendaftar. Ibu tidak perlu membawa matras.\n\nHormat kami,\nPutu', 'other', true],
  // One-person businesses admit in the singular, or name the slip ("ketuker", "lupa").
  ['Dengan hormat,\n\nSaya mohon maaf atas keterlambatan pelaporan PPN ini. Denda Rp500.000 saya tanggung.\n\nHormat saya,\nRizky', 'complaint-wrong', false],
  ['Halo kak,\n\nIya kak, kemeja kakak ketuker sama punya pelanggan lain. Besok jam 10.00 kami antar yang benar.\n\nSalam', 'complaint-wrong', false],
  ['Halo kak,\n\nJangan sampai tertukar ya kak, nota dibawa saat ambil cucian.\n\nSalam', 'other', true],
  // Checking the record answers a complaint even without the word "keluhan".
  ['Halo kak,\n\nMakasih udah kabarin ya kak. Aku sudah cek lagi chat kita, proof yang kakak approve memang tertulis jam 11.00. Cetak ulang gratis gak bisa ya kak, tapi kami bisa bantu stiker koreksi besok.\n\nSalam', 'complaint-right', true],
  ['Diskon gak ada Bu. Harga les sudah segitu.', 'refusal', true],
  ['Halo kak,\n\nPesanan kakak telat dikirim karena kelalaian admin kami. Paketnya sudah dikirim hari ini.\n\nSalam', 'complaint-wrong', false],
  ['Dengan hormat,\n\nKami memutuskan untuk tidak lagi menerima pesanan dari Bapak mulai 1 Mei 2025. Tagihan terakhir kami kirim 30 April 2025.\n\nHormat kami,\nToko Rama', 'termination', true],
  ['Halo kak,\n\nMaaf kak, stok ukuran 42 sudah habis. Warna navy masih ada.\n\nSalam', 'refusal', true],
  ['Halo kak,\n\nKami tidak menerima retur untuk barang diskon.\n\nSalam', 'refusal', true],
  ['Halo Pak Arif,\n\nBenar Pak, kami khilaf, jadwal servis Bapak tidak tercatat. Mobil Bapak kami kerjakan besok jam 08.00.\n\nSalam', 'complaint-wrong', false],
  // A decline that points at what the customer approved answers a complaint with one signal.
  ['Hi Owen,\n\nThanks for getting in touch about the flyers. The colours match the proof you approved on 14 August, so we can\'t offer a free reprint. A half-price reprint is $42.\n\nBest,\nInes', 'complaint-right', true],
  ["Hi Marcus,\n\nThe package you signed covers two revision rounds, so I can't start a third. An extra round is $60.\n\nBest,\nDana", 'refusal', true],
  ['Yth. Bapak Wijaya,\n\nHarga Rp28.000 per kotak sudah merupakan harga terendah kami.\n\nHormat kami,\nKatering Sehat', 'refusal', true],
  ['Halo Bu Sinta,\n\nMulai Agustus kami tidak bisa lagi menerima pesanan kue dari kafe Ibu.\n\nSalam,\nDapur Bunda', 'termination', true],
  ['Halo Bu Rina,\n\nMohon maaf Bu, kemarin saya tidak bisa datang les karena sakit dan lupa mengabari. Les pengganti Sabtu jam 10.00.\n\nSalam,\nKak Fina', 'complaint-wrong', false],
  // A decline that is a rule from now on, said to no one in particular, sets a boundary.
  ['Halo kakak-kakak pelanggan,\n\nMulai bulan depan, kami tidak menerima pembayaran tunai lagi ya. Pembayaran via transfer BCA.\n\nMakasih!\nToko Rama', 'boundary', true],
  ['Halo Bu Wati,\n\nMulai bulan depan saya gak bisa terima jahitan seragam dari toko Ibu lagi.\n\nSalam,\nPak Darto', 'refusal', true],
  ['Hi everyone,\n\nFrom next month we can no longer accept cash at the door. Card and bank transfer work as before.\n\nThanks,\nHelen', 'boundary', true],
  // The service "will end on" a date: an ending, whatever the service is called.
  ['Dear Ms. Holt,\n\nOur window-cleaning agreement with your office will end on 30 April. The final invoice follows on 2 May.\n\nKind regards,\nClearview', 'termination', true],
  ['Yth. Ibu Sinta,\n\nKontrak perawatan taman kita akan berakhir pada 30 April. Tagihan terakhir kami kirim 2 Mei.\n\nHormat kami,\nTaman Asri', 'termination', true],
  // What the team should have done and did not: the business admits the fault.
  ['Dear Mr. Ross,\n\nThe mirror cracked in the van on Monday; our crew should have strapped it and did not. We will replace it by Friday.\n\nRegards,\nMoveWell', 'complaint-wrong', false],
  ['Halo Bu Lina,\n\nKaca lemarinya retak di mobil hari Senin, tim kami seharusnya mengikatnya dengan benar. Kami ganti paling lambat Jumat.\n\nSalam,\nPindah Aman', 'complaint-wrong', false],
  // What the customer approved in chat, or the posted price list, cited after a complaint signal.
  ['Yth. Ibu Rina,\n\nKami mohon maaf atas kejadian ini. Warna kartu nama dicetak sesuai file yang sudah Ibu ACC pada 3 Mei.\n\nHormat kami,\nCetak Kilat', 'complaint-right', true],
  ['Halo kak,\n\nMakasih sudah kirim fotonya kak. Paket Basic memang hanya cuci body sesuai daftar harga di kasir, jadi poles lampu tidak termasuk.\n\nSalam,\nCuci Kilat', 'complaint-right', true],
  // Blaming the customer answers a complaint; a short shipment of ours admits the fault.
  ['Halo kak Rina,\n\nItu salah kakak sendiri, di label sudah tertulis cuci tangan saja.\n\nSalam,\nRajut Mungil', 'complaint-right', true],
  ['Halo Pak Eko,\n\nBenar pak, paketnya seharusnya berisi 6 toples, tapi gudang kami hanya mengemas 5. Kekurangannya kami kirim besok pagi.\n\nSalam,\nKeripik Bu Ani', 'complaint-wrong', false],
  ['Hi Ann,\n\nThanks for sending the photo of the vase. The crackle in the glaze is part of the raku finish, as our booking form explains.\n\nBest,\nLee', 'complaint-right', true],
  // What the customer approved makes a decline a complaint reply with one signal ("keluhan").
  ['Dengan hormat,\n\nMenanggapi keluhan Ibu, hotel tersebut sudah Ibu setujui dalam itinerary. Selisih biaya tidak dapat kami kembalikan.\n\nHormat kami,\nAgung', 'complaint-right', true],
  // A standing house rule without a start date: one of several rules, or an item under a rules heading.
  ['Halo kak,\n\nKami tidak melayani chat di luar jam kerja. Jam operasional kami Senin–Sabtu 08.00–17.00.\n\nSalam,\nAdmin', 'boundary', true],
  ['Halo pelanggan,\n\nAturan booking kami:\n1. Kami tidak menerima walk-in di hari Minggu.\n2. Reschedule paling lambat H-1.\n\nSalam,\nBarber', 'boundary', true],
  ['Halo kak,\n\nMohon maaf kak, pesanan custom untuk besok tidak bisa kami terima.\n\nSalam,\nToko', 'refusal', true],
  ['Halo Mas,\n\nHome service di hari Lebaran tidak mungkin kami ambil, semua kapster mudik.\n\nSalam,\nBarber', 'refusal', true],
  ['Halo Bu,\n\nMulai bulan depan saya sudah tidak pegang lagi akun IG toko Ibu.\n\nSalam,\nNadia', 'termination', true],
  ['Halo Pak,\n\nHarga pasti belum bisa kami sebutkan sebelum survei, kisarannya Rp2–3 juta. Survei bisa Selasa jam 10.00.\n\nSalam,\nBima', 'other', true],
  ['Yth. Ibu Ratna,\n\nMulai 1 Juli kami tidak lagi mengantar galon ke kompleks Ibu. Deposit galon kami kembalikan 30 Juni.\n\nHormat kami,\nDepot Air', 'termination', true],
  ['Halo kak,\n\nMohon maaf kak, gelasnya pecah karena packing kami kurang tebal. Gelas pengganti kami kirim hari ini.\n\nSalam,\nToko Kaca', 'complaint-wrong', false],
  // The customer's child stopping is not the business ending its service; the business stopping is.
  ['Halo Bu,\n\nKami ikut sedih Dafa berhenti les bulan ini. Biaya pendaftaran sulit untuk kami kembalikan karena kelas sudah berjalan.\n\nSalam,\nBimbel', 'refusal', true],
  ['Halo Bu Wati,\n\nMulai Juni saya berhenti menerima jahitan seragam. Jahitan yang sudah masuk selesai 28 Mei.\n\nSalam,\nPak Darto', 'termination', true],
  ['Halo kak,\n\nMaaf ya kak, ukuran L warna hitam tidak tersedia lagi. Warna navy ukuran L masih ready.\n\nSalam,\nToko Kaos', 'refusal', true],
  ['Halo kak Yuni,\n\nPesanan bolu sudah kami catat kak, tidak mungkin kami lupa. Dikirim Jumat jam 10.00.\n\nMakasih,\nDapur Bunda', 'other', true],
  ['Halo Bu Tika,\n\nLes gambar Naura cukup sampai bulan ini ya Bu. Sisa 2 pertemuan saya ganti di minggu terakhir.\n\nSalam,\nKak Bella', 'termination', true],
  ['Transfer dulu baru barang dikirim. Gak ada sistem bayar belakangan.', 'refusal', true],
  // Ending service in other words: not having someone back, a run of lessons finishing, a doubt on renewing.
  ["Dear Ms. Ray,\n\nAfter Tuesday, I won't be having you back at the Thursday class.\n\nRegards,\nHannah", 'termination', true],
  ['Hi Jo,\n\nThe evening pottery classes are coming to an end after 30 June.\n\nThanks,\nSam', 'termination', true],
  ["Hi Tom,\n\nI don't think we'll be able to renew the cleaning contract in May.\n\nThanks,\nLou", 'termination', true],
  ['Halo kak,\n\nMaaf kak, langganan katering kakak mungkin nggak bisa dilanjut bulan depan.\n\nSalam', 'termination', true],
  ['Kepada Yth. Bapak Hadi,\n\nMulai Juni kami tidak akan lagi melayani pesanan dari kantor Bapak.\n\nHormat kami,\nPercetakan Maju', 'termination', true],
  ['Dengan hormat,\n\nKeikutsertaan Ibu di kelas merajut berakhir per 1 Mei 2025.\n\nHormat kami,\nLKP Rajut', 'termination', true],
  // "Kerja sama dengan toko Mas kami hentikan": "kami" is the subject, whatever word comes before it.
  ['Halo Mas Dani,\n\nKerja sama reseller dengan toko Mas kami hentikan mulai Juli ya.\n\nMakasih,\nRahmat', 'termination', true],
  ['Halo kak,\n\nLangganan laundry kakak tidak bisa kami teruskan mulai bulan depan ya.\n\nSalam', 'termination', true],
  ["Hi Jo,\n\nThis will be our last month working together; the June sessions are the final ones.\n\nBest,\nAnna", 'termination', true],
  ['Halo kak,\n\nKelas yoga pagi kami sudahi per akhir bulan ini ya kak.\n\nSalam', 'termination', true],
  ['Halo Bu,\n\nMohon maaf, mulai bulan depan saya sudah tidak bisa mengajar Dafa lagi.\n\nSalam', 'termination', true],
  ['Halo kak,\n\nBetul kak, pesanan kakak terlewat di catatan kami. Besok pagi kami antar.\n\nSalam', 'complaint-wrong', false],
  ['Halo kak,\n\nMaaf kak, barangnya hilang di gudang kami. Kami ganti uangnya hari ini.\n\nSalam', 'complaint-wrong', false],
  ['Halo kak,\n\nPromo ini jangan sampai terlewat ya kak, berlaku sampai Minggu.\n\nSalam', 'other', true],
  ['Hai kak,\n\nIya kak, albumnya belum jadi, padahal janjinya akhir bulan kemarin. Kami kirim Jumat ini.\n\nYudha', 'complaint-wrong', false],
  // Complaint words with the -nya suffix still signal a complaint reply…
  ['Halo Pak,\n\nTerima kasih atas keluhannya dan kami paham Bapak kecewa. Pemasangan ulang tidak bisa gratis, tapi kami bisa kasih potongan 20%.\n\nSalam', 'complaint-right', true],
  // …but "maaf atas ketidaknyamanannya" is what shops say declining any request.
  ['Halo kak,\n\nMohon maaf atas ketidaknyamanannya kak. Untuk kemeja yang sudah dipakai tidak bisa kami refund ya, sesuai kebijakan toko.\n\nSalam', 'refusal', true],
  // Our own terms cited in a refusal with a courtesy apology; the terms the customer accepted, in a complaint reply.
  ["Hi Dana,\n\nI'm sorry for the trouble, but we can't make a four-tier cake for this Friday. Our kitchen is booked, and as our order terms say, tiered cakes need two weeks' notice.\n\nMaya", 'refusal', true],
  ["Hi Sam,\n\nI understand the fee is annoying. Our terms, which you accepted when you booked, charge late cancellations, so the fee stands.\n\nElena", 'complaint-right', true],
  // Money asked back, against what was written: a complaint reply ("tidak bisa dikembalikan", "tertulis").
  ['Bu Yanti,\n\nLes sudah berjalan 16 pertemuan sesuai jadwal yang tertulis di buku kontrol. Jadi uang les tidak bisa dikembalikan, tapi Aldo bisa ikut kelas latihan Sabtu tanpa biaya.\n\nPak Doni', 'complaint-right', true],
  ['Bun, iya tadi terapisnya telat sejam karena macet. Sesi berikutnya kami tambah 15 menit gratis ya.\n\nBaby Spa', 'complaint-wrong', false],
  // A lost item or a delay admitted; the order mismatch named ("padahal pesanan …").
  ["Dear Ms. Park,\n\nI'm sorry, we can't find your film roll anywhere in the lab. We'll refund the fee today.\n\nBeth", 'complaint-wrong', false],
  ["Hi Al,\n\nSorry, we're running behind on the kitchen fit. The worktops go in on Friday.\n\nRaj", 'complaint-wrong', false],
  ['Halo kak,\n\nIya kak, yang terkirim warna hitam, padahal pesanan kakak warna navy. Kami kirim ulang hari ini.\n\nSalam', 'complaint-wrong', false],
  // What was written or explained at the time points at the agreement (one complaint signal then does).
  ["Hi Ben,\n\nAs set out in the hire agreement, the tub takes 24 hours to heat, so we aren't able to refund the weekend.\n\nKind regards,\nBubble Up", 'complaint-right', true],
  ['Kak, ikan yang udah keluar dari toko ga ada garansi ya. Udah ditulis jelas di nota.\n\nSalam', 'complaint-right', true],
  ['Halo kak,\n\nTerima kasih sudah menyampaikan keberatannya. Sesuai kontrak, file RAW tidak termasuk paket, jadi tidak kami serahkan.\n\nSalam', 'complaint-right', true],
  // "Kalau Bapak tidak keberatan" is a courtesy in a rule, not a complaint signal.
  ['Selamat pagi Pak Hendra,\n\nTerima kasih atas masukan Bapak. Ke depannya semua permintaan untuk tukang lewat saya dulu, kalau Bapak tidak keberatan.\n\nSalam,\nRina', 'boundary', true],
  // "No need to … in advance", "Tidak perlu bayar DP": the customer is spared a step, no rule is set.
  ['Hi Claire,\n\nConfirming your booking on 12 March. No need to send the slides in advance, but the agenda would help.\n\nBest,\nAmy', 'other', true],
  ['Halo kak,\n\nPesanan sudah kami catat. Tidak perlu bayar DP ya kak, bayar pas ambil aja.\n\nSalam', 'other', true],
  ['Hi all,\n\nFrom now on, deposits must be paid in advance. No need to bring cash.\n\nThanks,\nAmy', 'boundary', true],
  // Lateness and weekday rules, a payment deadline, own working hours.
  ['Hi all,\n\nIf you arrive late, your session still ends at the booked time.\n\nThanks,\nEllie', 'boundary', true],
  ['Halo kak,\n\nJam kerjaku Senin–Jumat 09.00–17.00 ya kak.\n\nMakasih!\nNayla', 'boundary', true],
  ["Hi Sue,\n\nTours cancelled less than 48 hours before the start aren't refunded. We can move you to any date in August.\n\nBest,\nFreya", 'refusal', true],
  // Ending a run of the service in other words: "no longer be able to offer", "stopping my visits",
  // "won't be doing your windows anymore"; a pause that is over ("we stopped the deliveries while…") ends nothing.
  ["Dear Ms Hart,\n\nWe will no longer be able to offer grooming to Bella after 30 May. Her prepaid sessions will be refunded by 6 June.\n\nKind regards,\nJo", 'termination', true],
  ["Hi Claire,\n\nI'll be stopping my visits to the yard after the April round. Owen Price covers your area from May.\n\nBest,\nTom", 'termination', true],
  ["Tony,\n\nI won't be cleaning your gutters anymore after this month. The final invoice is attached.\n\nMark", 'termination', true],
  ['Hi Amy,\n\nWe stopped the deliveries to your street while the road was closed. They restart on Monday.\n\nBest,\nJo', 'other', true],
  ['Halo Bu,\n\nMulai Juli kami akan menghentikan kunjungan rutin ke rumah Ibu. Tagihan terakhir kami kirim 30 Juni.\n\nSalam,\nBersih Jaya', 'termination', true],
  ['Halo kak,\n\nMohon maaf, kami tidak akan menerima pesanan kakak lagi ke depannya. Sisa saldo kakak kami kembalikan hari Jumat.\n\nSalam,\nToko Ayu', 'termination', true],
  // "You're right that…" concedes a fact when the draft stands on what was agreed; it admits no fault.
  ["Hi Carl,\n\nYou're right that the set-up fee wasn't on the first quote. It was on the second one, which you accepted on 4 May.\n\nBest,\nNina", 'complaint-right', true],
  ["Hi Carl,\n\nYou're right that the set-up fee shouldn't be there. I've taken it off the invoice.\n\nBest,\nNina", 'complaint-wrong', false],
  ['Halo kak,\n\nKakak benar bahwa ongkir belum ada di penawaran pertama, tapi sudah tercantum di invoice yang kakak setujui tanggal 4 Mei.\n\nSalam,\nNina', 'complaint-right', true],
  // Put right at our cost with nothing declined: our mistake, though none is spelled out.
  ['Hi Fiona,\n\nThe order sheet says 228 cm and they were cut at 223 cm. I\'ll remake both panels at no charge and fit them on Thursday.\n\nSorry for the hassle,\nMeg', 'complaint-wrong', false],
  ['Hi Fiona,\n\nThe curtains were made at 223 cm, as the order form you signed says. I can remake them at 228 cm for £90.\n\nBest,\nMeg', 'complaint-right', true],
  ['Halo kak,\n\nMohon maaf ya kak, celananya kami jahit ulang tanpa biaya dan kami kirim lagi hari Kamis.\n\nSalam,\nPenjahit Rapi', 'complaint-wrong', false],
  // A rule from a date set off by a comma; a date that only informs is no rule.
  ['Hi all!\n\nFrom Saturday 5 July, weekend tables are booked in 2-hour slots. Weekdays stay unlimited.\n\nSee you soon,\nPriya', 'boundary', true],
  ['Hi Sam,\n\nFrom Monday your prints will be ready for collection at the shop.\n\nThanks,\nMo', 'other', true],
  ['Halo kakak semua,\n\nMulai Senin 7 Juli, meja akhir pekan dibatasi 2 jam per grup. Hari biasa tetap bebas.\n\nSalam,\nKafe Dadu', 'boundary', true],
  // A slip put right without an admission word: back tomorrow with "nothing to pay", a corrected invoice.
  ["Hi Ruth,\n\nThe engineer fitted the valve upside down on Tuesday. He'll be back tomorrow at 8 to turn it round, and there's nothing to pay.\n\nSorry about that,\nDan", 'complaint-wrong', false],
  ["Hi Ruth,\n\nThe invoice listed 6 hours but Jake was on site for 4. I've sent a corrected invoice for £160.\n\nThanks for flagging it,\nDan", 'complaint-wrong', false],
  // A hurried "cant" still declines; a doubt ("not convinced we could") declines softly.
  ['sorry we cant do 20% off, prices are already at cost. we do have a 10% off bundle if you take 3\n\ncheers\nDan', 'refusal', true],
  ["Hi Ruth,\n\nI'm not convinced we could do the full menu for 40 on Christmas Eve.\n\nThanks,\nDan", 'refusal', true],
  // A defence that weighs the grievance ("did anything wrong", "if you feel it's fair") beside what the customer chose or asked for.
  ["Hi Mark,\n\nThe walls are in Sage Mist, the shade you chose from the card on 3 May. I'm not sure we did anything wrong here.\n\nThanks,\nJen", 'complaint-right', true],
  ["Hi Mark,\n\nThe extra £40 is for the second coat, which you asked for on the day. I think that's fair for a full extra coat.\n\nThanks,\nJen", 'complaint-right', true],
  ['Hi Mark,\n\nThe shelves are up. I put a replacement bracket on the left one for free as the old one was bent.\n\nCheers,\nJen', 'other', true],
  // A request type ruled out or the place full up: "no rush orders", "full till Friday", "don't open Sundays", "the price stands".
  ['sorry no rush orders this week, the kiln is full till friday\n\nthanks\nBea', 'refusal', true],
  ["Hi Sam,\n\nWe don't open Sundays. Monday I'm in from 8 if that's any good.\n\nThanks,\nBea", 'refusal', true],
  ['Hi Sam,\n\nWeekends are off for me now. Weekday evenings until 7 are yours if you want them.\n\nThanks,\nBea', 'refusal', true],
  ["Hi Sam,\n\nThe £300 price stands. There's a smaller version of the same print at £180.\n\nThanks,\nBea", 'refusal', true],
  ['Hi Sam,\n\nThe site is live! Invoice INV-2291 is attached. No rush on the feedback form, whenever you have five minutes.\n\nThanks,\nBea', 'other', true],
  // Ending in other words: "not to carry on with", "won't be renewed", "separate ways", "close the account".
  ["Hi Omar,\n\nAfter a lot of thought I've decided not to carry on with your meal plans past the end of this month. Your last delivery is Friday 28th.\n\nAll the best,\nLea", 'termination', true],
  ['Hi Omar,\n\nThe cleaning contract for your office won\'t be renewed when it ends on 31 March. The final invoice follows in April.\n\nBest,\nLea', 'termination', true],
  ["Hi Omar,\n\nI think it's time we went our separate ways. Your files are in the shared folder until 30 June.\n\nBest,\nLea", 'termination', true],
  ["Hi Omar,\n\nWe've decided to close the account after what happened on Saturday. The deposit goes back to your card this week.\n\nRegards,\nLea", 'termination', true],
  // Beside what was agreed ("the height we agreed", "you asked us to"), a hedged give-away answers a grievance.
  ["Hi Ken,\n\nThe band played until 11pm because you asked us to carry on at 10. The extra hour is £150. Maybe we could knock some off if it's a problem.\n\nCheers,\nLou", 'complaint-right', true],
  ["Hi Gemma,\n\nThe shade was 7.1, the one we matched together before I started. I guess we could tone it warmer for free if you really want?\n\nBest,\nLou", 'complaint-right', true],
  ['Hi Ken,\n\nWe cut the hedge to 1.8m, the height we agreed on site. Sorry if it looks bare for now; it will thicken by June.\n\nCheers,\nLou', 'complaint-right', true],
  // With a decline, the same wavering is a refusal that wavers.
  ["Hi Tom,\n\nThe package you booked runs to midnight. I'd rather not throw the extra hour in for free, I suppose.\n\nCheers,\nLou", 'refusal', true],
  // One signal beside a stated rule is not yet a complaint reply (the subject can make the second: below).
  ['Hi Ken,\n\nThe £25 was the late cancellation fee: you cancelled at 9pm for a 9am appointment, and our policy is 24 hours. Hope that makes sense.\n\nCheers,\nLou', 'boundary', true],
  // A trade's own work refused ("can't engrave", "don't board puppies"); a table "booked for Friday" is a confirmation.
  ["Hi Priya,\n\nWe don't board puppies under 16 weeks. Happy Tails does home visits for young pups: 07700 900123.\n\nBest,\nOwen", 'refusal', true],
  ['Hi Omar,\n\nYour table for 4 is booked for Friday at 7:30 pm. Parking is free after 6 pm.\n\nSee you Friday,\nOlive Tree', 'other', true],
  ['Hi Rebecca,\n\nThanks for the photo. Dean noted on the job sheet you signed that the stain had set and might not come out fully. We treated it twice.\n\nBest,\nColin', 'complaint-right', true],
  ["hey, no can do on the discount sorry. it's already the lowest we go\n\nthe small one is $40 though", 'refusal', true],
  // Our own work named wrong ("we got the flavour wrong", "kami tulis namanya salah") owns the mistake.
  ["Hi Ana,\n\nWe got the flavour wrong - you ordered lemon and we made orange. A lemon cake will be with you by 11 tomorrow.\n\nBest,\nKai", 'complaint-wrong', false],
  ['Halo kak,\n\nIya kak, kami tulis namanya salah di kartu. Kartu baru kami kirim besok pagi ya.\n\nSalam,\nToko Kartu', 'complaint-wrong', false],
  ["Hi Ana,\n\nNothing went wrong with the order: you picked orange on the form. A lemon cake is £35 if you'd like one.\n\nBest,\nKai", 'complaint-right', true],
  // Ordinary mail cites what was agreed in everyday words ("as we agreed", "the terms", "you booked"): no defence by itself.
  ["Hi Ana,\n\nAs we agreed on the phone, here's the quote for the fence: £1,800, and the terms are on the website.\n\nBest,\nKai", 'other', true],
  ['Hi Ana,\n\nYou booked the 10am slot, as agreed. The terms are in your confirmation. See you Saturday!\n\nBest,\nKai', 'other', true],
  // A restated request ("the 9pm lesson you asked for", "seperti yang Ibu minta") cites nothing agreed.
  ["Hi Ana,\n\nThe 9pm lesson you asked for isn't possible, sorry - we close at 7, which I know is disappointing. 5pm on Thursday is free.\n\nBest,\nKai", 'refusal', true],
  // Our failure confirmed though blamed on circumstances: running short, "memang gak jadi" datang.
  ["Hi Sue,\n\nYes, we ran out of the gluten-free rolls before the second sitting. Lunch for twelve is a lot to guess at.\n\nMo", 'complaint-wrong', false],
  ['Bu Rina,\n\nIya Bu, kurir kami kemarin memang nggak jadi antar ke rumah Ibu. Jalannya macet parah Bu.\n\nToko Sumber', 'complaint-wrong', false],
  // The customer running late admits nothing of ours.
  ["Hi all,\n\nFrom Monday, please collect children by 3pm. If you're running late, just text us.\n\nThanks,\nKit", 'boundary', true],
  ["Hi Ana,\n\nYour two tickets for Friday's quiz night are attached. Doors don't open until 6:30, so there's no need to arrive early.\n\nBest,\nKai", 'other', true],
];

describe('a reply whose subject names the grievance answers a complaint', () => {
  test.each([
    ['en', 'Re: Why was I charged?', 'Hi Ken,\n\nThe £25 was the late cancellation fee: you cancelled at 9pm for a 9am appointment, and our policy is 24 hours. Hope that makes sense.\n\nCheers,\nLou'],
    ['id', 'Re: Kenapa ditagih denda?', 'Halo kak,\n\nMakasih udah kabarin ya kak. Denda Rp25.000 itu biaya pembatalan mendadak: kakak batal jam 21.00 untuk jadwal jam 09.00, dan aturan kami minimal 24 jam sebelumnya.\n\nSalam,\nLou'],
  ] as const)('%s: %s', (_lang, subject, body) => {
    expect(analyze({ subject, body }).scenario).toBe('complaint-right');
    // The same draft sent as a notice states a rule.
    expect(analyze({ subject: subject.replace(/^Re: /, ''), body }).scenario).not.toBe('complaint-right');
  });
});

describe('a reply whose subject disputes a charge or names a defect answers a complaint', () => {
  test.each([
    ['en', 'Re: Cleaning charge on hire VX-12', "Hi Ms Reid,\n\nThe van came back with sand in the bed and both seat covers, and the hire agreement you signed sets the cleaning charge at £60 in that case. The charge stays.\n\nKind regards,\nSiobhan"],
    ['id', 'Re: sambelnya bau', 'Halo kak,\n\nSambal kami memang pakai terasi asli kak, aromanya kuat dan itu sudah tertulis di deskripsi produk. Botol yang sudah dibuka tidak bisa diretur ya kak.\n\nSalam,\nDapur Bu Ani'],
  ] as const)('%s: %s', (_lang, subject, body) => {
    expect(analyze({ subject, body }).scenario).toBe('complaint-right');
  });
});

describe('inferScenario / inferInRight', () => {
  test.each(cases)('%j → %s', (body, scenario, inRight) => {
    const report = analyze({ body });
    expect(report.scenario).toBe(scenario);
    expect(report.inRight).toBe(inRight);
  });

  test('one rule sentence under a subject that answers no one is a boundary; in a reply ("Re: …") it is a refusal\'s reason', () => {
    const body = 'Halo Bu,\n\nMurid yang terlambat lebih dari 15 menit tidak bisa ikut kelas hari itu.\n\nSalam,\nSanggar Tari';
    expect(analyze({ subject: 'Re: Nayla telat', body }).scenario).toBe('refusal');
    expect(analyze({ subject: 'Aturan kelas', body }).scenario).toBe('boundary');
    expect(analyze({ body }).scenario).toBe('refusal');
  });

  test.each([
    ['en', 'House rules for the studio', "Hi both,\n\nThanks for booking the studio for Saturday. If possible, maybe try not to move the lights too much, and it would be nice if the floor was swept at the end.\n\nCheers,\nRob"],
    ['id', 'Ketentuan sewa studio', 'Halo Mas,\n\nMakasih sudah booking studio untuk hari Sabtu ya. Lampunya kalau bisa jangan terlalu digeser, dan lantainya mungkin bisa disapu di akhir sesi.\n\nSalam,\nRobi'],
  ] as const)('%s: rules worded too softly to read as rules, under a subject naming rules, are a boundary message', (_lang, subject, body) => {
    expect(analyze({ subject, body }).scenario).toBe('boundary');
    expect(analyze({ subject: `Re: ${subject}`, body }).scenario).toBe('other');
    expect(analyze({ body }).scenario).toBe('other');
  });

  test('in an announcement, a decline after a rule is that rule\'s consequence (boundary)', () => {
    const body = 'Halo kak-kakak,\n\nDP 50% wajib dibayar saat order. Tanpa DP, pesanan belum masuk antrean produksi.\n\nMakasih kak!\nHampers Cantik';
    expect(analyze({ subject: 'Info DP hampers', body }).scenario).toBe('boundary');
    expect(analyze({ subject: 'Re: pesanan hampers', body }).scenario).toBe('refusal');
  });

  test('a message that answers no one and states two rules is a rules message, its declines among them', () => {
    const body = 'Hi Kerry,\n\nWe do not hold items for more than 48 hours. From now on, holds need a £10 deposit. Unpaid holds go back on the rail at 5 pm, no exceptions.\n\nMagpie Vintage';
    expect(analyze({ subject: 'Holds on rail items', body }).scenario).toBe('boundary');
    const id = 'Halo kak,\n\nKami tidak bisa menyimpan barang lebih dari 2 hari. Mulai sekarang keep barang wajib DP Rp20.000. Keep tanpa DP dilarang ya kak.\n\nMakasih!';
    expect(analyze({ subject: 'Aturan keep barang', body: id }).scenario).toBe('boundary');
  });

  test('"saya tidak bisa mengajar" this week (not "sudah tidak bisa … lagi") ends no service', () => {
    const body = 'Halo Bu,\n\nMohon maaf, hari Kamis ini saya tidak bisa mengajar karena sakit. Les pengganti Sabtu jam 10.00.\n\nSalam';
    expect(analyze({ body }).scenario).not.toBe('termination');
  });

  test('under a "Tanggapan atas …" subject, terms quoted twice are defended (complaint-right), not stated as rules', () => {
    const body =
      'Dengan hormat,\nBapak Hendra,\n\nPasal 4 perjanjian sewa yang Bapak tanda tangani menyebutkan bahwa keterlambatan lebih dari 3 jam dikenakan biaya satu hari sewa. Denda pada tagihan sudah sesuai dengan perjanjian.\n\nHormat kami,\nRental Sentosa';
    expect(analyze({ subject: 'Tanggapan atas Keberatan Denda', body }).scenario).toBe('complaint-right');
    expect(analyze({ subject: 'Ketentuan denda sewa', body }).scenario).toBe('boundary');
  });

  test('a subject naming the customer\'s request makes a decline a refusal, not a complaint reply nor a stated rule', () => {
    const body =
      'Dengan hormat,\nIbu Yuliana,\n\nTerima kasih atas pesan Ibu. Sesuai ketentuan pendaftaran, garansi kursus tidak berlaku dan biaya tidak dapat dikembalikan setelah pertemuan ketiga.\n\nHormat kami,\nKursus Cerdas';
    expect(analyze({ subject: 'Tanggapan Permintaan Pengembalian Biaya Kursus', body }).scenario).toBe('refusal');
    expect(analyze({ subject: 'Permohonan Maaf atas Biaya Kursus', body }).scenario).not.toBe('refusal');
    const en = "Hi Sam,\n\nThanks for your email. Under the booking terms the deposit is non-refundable, so we can't return it.\n\nBest,\nLee";
    expect(analyze({ subject: 'Re: Refund request', body: en }).scenario).toBe('refusal');
  });

  test('an explicit scenario and in-right setting win over inference', () => {
    const report = analyze({ body: "We can't do that." }, { scenario: 'complaint-wrong', inRight: false });
    expect([report.scenario, report.inRight]).toEqual(['complaint-wrong', false]);
  });
});
