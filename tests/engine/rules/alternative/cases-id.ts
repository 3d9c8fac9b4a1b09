// Alternative cases in Indonesian (formal, chat-style and code-mixed): drafts that owe an option or
// next step and lack one (flagged), and drafts that have one or owe none. alternative.test.ts runs them.
import type { AlternativeCase } from './case';

export const idCases: AlternativeCase[] = [
  {
    name: 'id: "atau kalau mau" leads into an option',
    body: 'Halo kak,\n\nUntuk warna custom kami nggak bisa kak. Atau kalau mau, warna navy dan maroon selalu ada.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: a booking moved to a later batch ("bisa dipindah ke … tanggal 14") is an option',
    body: 'Halo kak,\n\nTiket kelas yang dibatalkan H-2 nggak bisa direfund ya kak. Tapi tiketnya bisa dipindah ke kelas tanggal 14 Oktober.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: finding a replacement for the customer ("bantu carikan pengganti") is a referral',
    body: 'Halo Bu,\n\nMulai bulan depan saya tidak bisa lagi mengajar renang Tio. Saya bisa bantu carikan pengganti kalau Ibu berkenan.\n\nSalam,\nKak Sari',
    flagged: false,
  },
  {
    name: 'id: another way to do it online is concrete ("bisa daftar online")',
    body: 'Selamat siang Bu,\n\nKami tidak bisa mendahulukan pasien tertentu. Ibu bisa daftar online sehari sebelumnya supaya dapat nomor awal.\n\nSalam sehat,\nKlinik',
    flagged: false,
  },
  {
    name: 'id: another channel ("bisa lewat admin") is the next step',
    body: 'Halo kak,\n\nMohon maaf kak, kami nggak kasih nomor pribadi fotografer ya kak. Untuk jadwal bisa lewat admin di nomor ini.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: "Kalau Bapak mau, bisa ambil paket …" after a price held firm',
    body: 'Mohon maaf Pak, harga sudah nett. Kalau Bapak mau, bisa ambil paket yang lebih kecil.\n\nSalam,\nToko Kue',
    flagged: false,
  },
  {
    name: 'id: a price held firm with nothing else is flagged',
    body: 'Mohon maaf Pak, harga sudah nett ya.\n\nSalam,\nToko Kue',
    flagged: true,
  },
  {
    name: 'id: rujukan gaya chat ("kami bisa rekomendasiin …") counts',
    body: 'Halo kak,\n\nKami nggak kirim kue ke luar kota ya kak. Kalau buat yang di Bogor, kami bisa rekomendasiin toko kue langganan kami di sana.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: an introduction to another tutor is a referral',
    body: 'Halo Bu,\n\nMulai Juli saya tidak bisa lagi mengajar les Nadia. Saya bisa kenalkan Ibu ke teman saya yang juga guru les matematika.\n\nSalam,\nRina',
    flagged: false,
  },
  {
    name: 'id: deposit handed back when the keys are returned is the closing step',
    body: 'Mas Doni, kamar no. 2 tidak saya perpanjang bulan depan. Deposit saya balikin pas kunci diserahin tanggal 30.\n\nBu Har',
    flagged: false,
  },
  {
    name: 'id: "…, tapi bisa tukar ukuran minggu ini" adalah alternatifnya',
    body: 'Halo kak,\n\nMaaf kak, bajunya gak bisa refund, tapi bisa tukar ukuran minggu ini ya.\n\nSalam,\nToko Rama',
    flagged: false,
  },
  {
    name: 'id: sesi terakhir adalah langkah penutupan',
    body: 'Halo Bu Sari,\n\nKami memutuskan untuk tidak melanjutkan les privat Dimas setelah bulan ini. Sesi terakhir adalah hari Sabtu, 29 Maret.\n\nSalam,\nPak Yudi',
    flagged: false,
  },
  {
    name: 'id: penolakan dengan dua pilihan lolos',
    body: 'Halo kak Rina 😊\n\nMohon maaf, pengiriman 1 jam lagi sudah gak bisa ya kak.\n\nYang bisa kami bantu:\n1. Kirim besok jam 08.00–10.00.\n2. Ambil sendiri di toko sebelum jam 19.00.\n\nSalam,\nAyu',
    flagged: false,
  },
  {
    name: 'id: pemutusan dengan tagihan terakhir dan serah terima lolos',
    body: 'Dengan hormat,\n\nKami tidak dapat lagi melanjutkan layanan pembukuan mulai 31 Oktober 2024. Tagihan terakhir kami kirim pada 31 Oktober 2024 dan seluruh dokumen kami serahkan kembali.\n\nHormat kami,\nDewi',
    flagged: false,
  },
  {
    name: 'id: "tidak perlu" bukan penolakan',
    body: 'Dengan hormat,\n\nTerima kasih sudah mendaftar. Ibu tidak perlu membawa matras.\n\nHormat kami,\nPutu',
    flagged: false,
  },
  {
    name: 'id: penolakan tanpa pilihan',
    body: 'Yth. Ibu Maya,\n\nLes pada pukul 21.00 tidak dapat kami berikan.\n\nHormat kami,\nLestari',
    flagged: true,
    fixed: 'Yth. Ibu Maya,\n\nLes pada pukul 21.00 tidak dapat kami berikan. Sebagai gantinya, kami dapat […].\n\nHormat kami,\nLestari',
  },
  {
    name: 'id: kalimat alternatif tersimpan dipakai, dalam bahasa draf',
    body: 'Halo kak,\n\nKami gak bakal ganti rugi apa-apa ya kak.\n\nSalam',
    options: { settings: { alternatives: [{ en: 'We can recover data for $40.', id: 'kami bisa bantu pemulihan data dengan biaya Rp150.000' }] } },
    flagged: true,
    fixed: 'Halo kak,\n\nKami gak bakal ganti rugi apa-apa ya kak. Kami bisa bantu pemulihan data dengan biaya Rp150.000.\n\nSalam',
  },
  {
    name: 'id: penolakan dengan urutan santai ("Diskon gak ada") tanpa pilihan',
    body: 'Halo Bu,\n\nDiskon gak ada ya Bu. Harga les Rp120.000 per pertemuan.\n\nSalam,\nFina',
    flagged: true,
    fixed: 'Halo Bu,\n\nDiskon gak ada ya Bu. Sebagai gantinya, kami dapat […]. Harga les Rp120.000 per pertemuan.\n\nSalam,\nFina',
  },
  {
    name: 'id: pilihan di PS setelah salam penutup tetap dihitung',
    body: 'Halo Mas Arif,\n\nServis hari Minggu belum bisa kami terima karena bengkel tutup.\n\nSalam,\nBengkel Jaya\n\nPS: Senin jam 08.00 masih kosong, mobil bisa kami kerjakan pertama kali.',
    flagged: false,
  },
  {
    name: 'id: stok habis dengan pilihan lain lolos',
    body: 'Halo kak,\n\nMaaf kak, stok warna hitam ukuran 42 sudah habis. Kalau mau, warna navy ukuran 42 masih ada, harganya sama Rp350.000.\n\nSalam,\nToko Sepatu Rama',
    flagged: false,
  },
  {
    name: 'id: jadwal penuh tanpa pilihan',
    body: 'Halo kak,\n\nMaaf kak, jadwal foto hari Sabtu sudah penuh.\n\nSalam,\nStudio Lensa',
    flagged: true,
    fixed: 'Halo kak,\n\nMaaf kak, jadwal foto hari Sabtu sudah penuh. Sebagai gantinya, kami dapat […].\n\nSalam,\nStudio Lensa',
  },
  {
    name: 'id: "gak terima retur" (tanpa awalan me-) adalah penolakan',
    body: 'Halo kak,\n\nUkuran sudah sesuai pesanan, jadi kami gak terima retur ya kak.\n\nSalam,\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "kami punya paket…" dan "kalau Mbak berkenan" adalah tawaran',
    body: 'Halo Mbak Rara,\n\nUntuk lokasi di luar kota, kami belum bisa ya Mbak, karena tim kami hanya melayani Jabodetabek.\n\nKalau Mbak berkenan, kami punya paket indoor Rp3.500.000 di studio kami di Depok.\n\nSalam,\nLensa Senja',
    flagged: false,
  },
  {
    name: 'id: "kakak bisa pakai…" (subjek di depan) adalah tawaran',
    body: 'Halo kak,\n\nMohon maaf kak, untuk pesanan satuan kami tidak bisa kirim ke luar pulau. Kakak bisa pakai jasa titip reseller kami di Makassar, kontaknya 0812-1111-2222.\n\nSalam,\nKaos Kita',
    flagged: false,
  },
  {
    name: 'id: "belum tersedia" bukan tawaran',
    body: 'Halo kak,\n\nMohon maaf kak, kami tidak bisa kirim ke luar pulau. Layanan kargo belum tersedia di toko kami sejak 2024.\n\nSalam,\nKaos Kita',
    flagged: true,
  },
  {
    name: 'id: "kurang memungkinkan" menolak; paket revisi tambahan adalah pilihannya',
    body: 'Dengan hormat,\n\nDesain ulang logo secara gratis kurang memungkinkan bagi kami. Kami dapat menawarkan paket revisi tambahan Rp300.000 untuk 2 kali revisi.\n\nHormat kami,\nStudio Piksel',
    flagged: false,
  },
  {
    name: 'id: "kurang memungkinkan" tanpa pilihan',
    body: 'Dengan hormat,\n\nDesain ulang logo secara gratis kurang memungkinkan bagi kami.\n\nHormat kami,\nStudio Piksel',
    flagged: true,
  },
  {
    name: 'id: "tadi saya tidak bisa angkat telepon" menjelaskan, tidak menolak',
    body: 'Halo Pak Yudi,\n\nMaaf tadi saya tidak bisa angkat telepon, lagi di lokasi pemotretan. Jadwal foto produk Kamis sudah saya catat.\n\nSalam,\nYudha',
    flagged: false,
  },
  {
    name: 'id: "sesi kemarin tidak bisa dikembalikan" tetap penolakan',
    body: 'Halo Pak Hendro,\n\nBiaya sesi kemarin tidak bisa dikembalikan.\n\nSalam,\nRina',
    flagged: true,
  },
  {
    name: 'id: pemutusan tanpa langkah berikutnya',
    body: 'Halo kak Vina,\n\nMulai bulan depan tim kami gak bisa lanjut bersih-bersih rutin di rumah kakak.\n\nSalam,\nBersih Kilat',
    flagged: true,
    fixed: 'Halo kak Vina,\n\nMulai bulan depan tim kami gak bisa lanjut bersih-bersih rutin di rumah kakak. Langkah penutupan dari kami: […] paling lambat [tanggal].\n\nSalam,\nBersih Kilat',
  },
  {
    name: 'id: kata tawaran tepat sesudah penolakan halus adalah yang ditolak ("sulit untuk kami kembalikan")',
    body: 'Halo Bu,\n\nBiaya pendaftaran sulit untuk kami kembalikan karena kelas sudah berjalan.\n\nSalam,\nBimbel Pintar',
    flagged: true,
  },
  {
    name: 'id: "belum bisa kami pastikan" dalam penawaran harga bukan penolakan',
    body: 'Halo Pak Dodi,\n\nHarga rangka atap baja ringan Rp185.000/m². Ongkos bongkar atap lama belum bisa kami pastikan sebelum survei, kisarannya Rp3–5 juta. Survei bisa Rabu jam 09.00.\n\nSalam,\nBaja Kuat',
    flagged: false,
  },
  {
    name: 'id: butir aturan di bawah judul aturan tidak butuh alternatif, walau tanpa tanggal mulai',
    body: 'Halo pelanggan Salon Ayu,\n\nAturan reservasi kami:\n1. Kami tidak melayani pewarnaan rambut tanpa reservasi.\n2. Keterlambatan lebih dari 20 menit dianggap batal.\n\nTerima kasih,\nSalon Ayu',
    flagged: false,
  },
  {
    name: 'id: "tidak mungkin kami kerjakan" menolak; tanpa tawaran ditandai',
    body: 'Halo Mas Dani,\n\nPesanan 200 tumpeng untuk besok pagi tidak mungkin kami kerjakan, dapur kami cuma dua orang.\n\nSalam,\nDapur Nusantara',
    flagged: true,
  },
  {
    name: 'id: deposit yang "akan saya transfer" dengan tanggal adalah langkah penutupan',
    body: 'Halo Mbak Tari,\n\nMulai 1 Juni kami tidak melanjutkan sewa lapak Mbak di pasar kami.\n\nUang jaminan Rp500.000 akan saya transfer ke rekening Mbak paling lambat 5 Juni.\n\nSalam,\nPak Rahmat',
    flagged: false,
  },
  {
    name: 'id: "tidak bisa kami transfer" bukan langkah berikutnya',
    body: 'Halo Mbak Tari,\n\nMulai 1 Juni kami tidak melanjutkan sewa lapak Mbak di pasar kami. Uang jaminan tidak bisa kami transfer balik.\n\nSalam,\nPak Rahmat',
    flagged: true,
  },
  {
    name: 'id: DP yang tetap bisa dipakai untuk booking lain adalah pilihan',
    body: 'Halo kak,\n\nPembatalan H-1 tidak bisa refund ya kak. DP Rp100.000 tetap bisa dipakai untuk booking lain sampai Desember.\n\nSalam,\nStudio Foto Ceria',
    flagged: false,
  },
  {
    name: 'id: "tidak pegang lagi" mengakhiri layanan; tanpa serah terima ditandai',
    body: 'Halo Pak Bagus,\n\nMulai Agustus saya tidak pegang lagi pembukuan toko Bapak karena pindah kota.\n\nTerima kasih atas kepercayaannya,\nLia',
    flagged: true,
  },
  {
    name: 'id: "kalau belum bisa transfer" adalah keadaan pelanggan, bukan penolakan',
    body: 'Halo kak,\n\nPesanan kue kami tunggu konfirmasinya sampai Kamis. Kalau belum bisa transfer, kabari saja ya kak.\n\nSalam,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: "Gantinya, …" dengan hari dan jam adalah alternatif',
    body: 'Halo Pak Tono,\n\nPengecatan hari Minggu belum bisa kami ambil, tukang kami libur. Gantinya, Senin jam 08.00 tim datang ke rumah Bapak.\n\nSalam,\nBengkel Las',
    flagged: false,
  },
  {
    name: 'id: "Bapak bisa …" di tengah kalimat adalah tawaran, bukan nama',
    body: 'Halo Pak Yusuf,\n\nServis ulang gratis tidak bisa kami berikan, tapi Bapak bisa ambil paket isi freon Rp350.000.\n\nSalam,\nTeknik AC',
    flagged: false,
  },
  {
    name: 'id: "tidak kami sediakan" menolak; rujukan "coba hubungi …" dengan alamat lolos',
    body: 'Halo Mas Kevin,\n\nSuku cadang mobil Eropa tidak kami sediakan. Coba hubungi Bengkel Autohaus di Jl. Mawar 12, mereka biasa handle BMW.\n\nSalam,\nBengkel Jaya',
    flagged: false,
  },
  {
    name: 'id: "tidak kami sediakan" tanpa tawaran ditandai',
    body: 'Halo Bu Dian,\n\nSample kain gratis tidak kami sediakan ya Bu.\n\nSalam,\nKonveksi Rapi',
    flagged: true,
  },
  {
    name: 'id: "gk bs" (singkatan chat) menolak; "… ready, bisa kirim besok" lolos',
    body: 'Halo kak,\n\nWarna tosca gk bs kak, catnya lg kosong. Warna mint ready, bisa kirim besok.\n\nMakasih,\nToko Rak',
    flagged: false,
  },
  {
    name: 'id: "tdk bs" tanpa tawaran ditandai',
    body: 'Halo kak,\n\nCOD ke luar kota tdk bs ya kak, kurir kami cuma area Surabaya.\n\nMakasih,\nToko Rak',
    flagged: true,
  },
  {
    name: 'id: tiket yang bisa dialihkan ke orang lain adalah pilihan',
    body: 'Halo kak,\n\nTiket yang sudah dibeli gak bisa direfund kak. Tiketnya masih bisa dialihkan ke teman kakak lewat admin.\n\nSalam,\nTiket Kita',
    flagged: false,
  },
  {
    name: 'id: "nanti kita lihat lagi" bukan langkah berikutnya',
    body: 'Halo Bu Rina,\n\nGanti jadwal les hari ini udah gak bisa Bu, guru sudah berangkat. Nanti kita lihat lagi ya Bu jadwal penggantinya.\n\nSalam,\nBimbel',
    flagged: true,
  },
  {
    name: 'id: "tidak mungkin kami lupa" menenangkan, tidak menolak',
    body: 'Halo kak Yuni,\n\nPesanan 3 loyang bolu sudah kami catat kak, tidak mungkin kami lupa. Dikirim Jumat ya kak.\n\nMakasih,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: penundaan dengan pemicu "begitu …, langsung saya …" adalah langkah berikutnya',
    body: 'Halo Pak Andi,\n\nHalaman kontak sulit untuk saya selesaikan hari ini karena alamat email kantor belum ada. Begitu emailnya ada, langsung saya pasang.\n\nSalam,\nDimas',
    flagged: false,
  },
  {
    name: 'id: "kami antar sampai lobi saja" adalah layanan sebagian yang masih bisa',
    body: 'Halo Bu,\n\nKulkas ke lantai 5 tanpa lift gak bisa kami angkut Bu, terlalu berisiko. Kami antar sampai lobi saja ya Bu.\n\nSalam,\nToko Elektronik',
    flagged: false,
  },
  {
    name: 'id: "cukup sampai bulan ini" mengakhiri les; pertemuan yang diganti adalah langkah penutupan',
    body: 'Halo Bu Tika,\n\nLes gambar Naura cukup sampai bulan ini ya Bu, jadwal saya bentrok dengan kuliah. Sisa 2 pertemuan saya ganti di minggu terakhir.\n\nSalam,\nKak Bella',
    flagged: false,
  },
  {
    name: 'id: rincian milik yang ditolak ("Diskon 20% …") tidak membuat tawaran samar jadi konkret',
    body: 'Halo kak,\n\nDiskon 20% tidak bisa kami berikan, kami bantu sebisanya ya kak.\n\nSalam,\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "mungkin nanti kalau ada promo saya kabari" bukan langkah konkret',
    body: 'Halo Pak Jaka,\n\nPotongan harga belum bisa saya kasih Pak, mungkin nanti kalau ada promo akhir tahun saya kabari.\n\nSalam,\nMebel Jati',
    flagged: true,
  },
  {
    name: 'id: penolakan dan tawaran konkret dalam satu klausa tetap lolos',
    body: 'Halo kak,\n\nHari Sabtu gak bisa tapi kami bisa Minggu jam 10.00 ya kak.\n\nSalam,\nToko Rama',
    flagged: false,
  },
  {
    name: 'id: "sudah dibooking orang lain" menolak; tanpa tanggal lain ditandai',
    body: 'Halo kak,\n\nGaun yang kakak mau sudah dibooking orang lain di tanggal itu kak 🙏 Sayang banget ya.\n\nSalam,\nSewa Gaun Ayu',
    flagged: true,
  },
  {
    name: 'id: "tanggal 18 masih kosong" adalah tanggal lain yang ditawarkan',
    body: 'Halo Pak RT,\n\nTenda untuk tanggal 17 sudah disewa orang lain Pak. Tanggal 18 masih kosong kalau acaranya bisa mundur sehari.\n\nSalam,\nSewa Tenda',
    flagged: false,
  },
  {
    name: 'id: yang "tetap jalan" dengan jadwalnya adalah pilihan',
    body: 'Halo Bu,\n\nLes online belum bisa saya buka Bu. Les tatap muka tetap jalan Selasa dan Kamis jam 16.00.\n\nSalam,\nKak Andi',
    flagged: false,
  },
  {
    name: 'id: ready stock to check out is the option ("Yang ready warna hitam dan cream, tinggal checkout")',
    body: 'Halo kak,\n\nCustom warna belum bisa ya kak. Yang ready warna hitam dan cream, tinggal checkout.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: the lowest price we can go to is the option ("Paling mentok Rp1.200.000")',
    body: 'Halo Pak,\n\nHarga segitu belum bisa kami kasih Pak. Paling mentok Rp1.200.000.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: a termination with the rest "nanti dikabari lagi kapan-kapan" has no next step',
    body: 'Halo Mas Fajar,\n\nKerja sama reseller dengan toko Mas kami hentikan ya. Untuk sisa stok, nanti dikabari lagi kapan-kapan.\n\nMakasih Mas,\nRahmat',
    flagged: true,
  },
  {
    name: 'id: balasan keluhan yang hanya membela ketentuan tertulis tanpa langkah lanjut',
    body: 'Dengan hormat,\nIbu Rina,\n\nBiaya cuci karpet Rp120.000 sudah tercantum di nota yang Ibu tanda tangani. Noda cat memang tidak termasuk paket reguler.\n\nDemikian penjelasan kami.\n\nHormat kami,\nBersih Jaya',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'id: pembelaan yang sama dengan "kalau mau" menawarkan sesuatu',
    body: 'Halo kak,\n\nBiaya cuci karpet sudah tercantum di nota yang kakak tanda tangani. Kalau mau, nodanya bisa kami coba bersihkan lagi.\n\nSalam,\nBersih Jaya',
    options: { scenario: 'complaint-right' },
    flagged: false,
  },
  {
    name: 'id: jawaban keluhan dengan tanggal kirim ("akan kami kirim paling lambat 20 Juni") sudah punya langkah lanjut',
    body: 'Halo Kak,\n\nSesuai paket yang Kakak setujui, foto edit dikirim 14 hari kerja setelah sesi. Link foto akan kami kirim paling lambat 20 Juni.\n\nSalam,\nLensa Studio',
    options: { scenario: 'complaint-right' },
    flagged: false,
  },
  {
    name: 'id: an exchange the customer can make ("kakak bisa tukar size") is an option',
    body: 'Halo kak, untuk barang sale tidak bisa diretur ya kak sesuai keterangan di deskripsi. Tapi kalau ukurannya kurang pas, kakak bisa tukar size selama stok ada, ongkir ditanggung kakak.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: a fee "tetap kami kenakan" with nothing offered',
    body: 'Yth. Ibu Rina,\n\nTerima kasih atas informasinya. Sesuai ketentuan, pembatalan H-3 dikenakan biaya 50% dari total. Biaya tersebut tetap kami kenakan.\n\nHormat kami,\nVilla Asri',
    flagged: true,
  },
  {
    name: 'id: a past step with a date ("sudah kami proses tanggal 3") is no option after a refusal',
    body: 'Halo kak,\n\nPesanan sudah kami proses tanggal 3 Mei. Jadi pesanan tidak bisa dibatalkan ya kak.\n\nSalam,\nToko Kain',
    flagged: true,
  },
  {
    name: 'id: the customer\'s own choice ("kurir pilihan Ibu") is no option',
    body: 'Halo Bu,\n\nKue dikirim utuh lewat kurir pilihan Ibu. Kerusakan di perjalanan tidak bisa kami ganti ya Bu.\n\nSalam,\nDapur Manis',
    flagged: true,
  },
  {
    name: 'id: chat-style contrast "tp kalo ambil 2 lusin dapet free ongkir" is an option',
    body: 'halo kak, harga udah pas, gak bisa kurang lagi. tp kalo ambil 2 lusin dapet free ongkir kak 🙏\n\nmakasih kak',
    flagged: false,
  },
  {
    name: 'id: work already done ("sudah kami kirim") is no offer in a reply that only defends',
    body: 'Halo kak Rina,\n\nMakasih udah kabarin ya kak. Bunga sudah kami kirim segar sesuai foto yang kakak setujui, dan di kartu perawatan tertulis vas perlu diisi air tiap hari.\n\nSalam,\nToko Bunga Ayu',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'id: "kalau mau" after our own doubt ("kurang tahu") offers nothing',
    body: 'Halo kak,\n\nHasil warna sudah sesuai yang tertulis di form konsultasi. Kami kurang tahu juga kalau mau diapain lagi.\n\nSalam,\nSalon Ayu',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'id: the customer as the agent of a passive offer ("sisa sesi bisa Bapak pakai sampai …") is an option',
    body: 'Selamat siang Pak Bonar,\n\nBiaya paket kursus tidak dapat dikembalikan setelah sesi pertama. Sisa 4 sesi bisa Bapak pakai kapan saja sampai 31 Desember.\n\nSalam,\nYohanes',
    flagged: false,
  },
  {
    name: 'id: the same refusal with nothing the customer can still use is flagged',
    body: 'Selamat siang Pak Bonar,\n\nBiaya paket kursus tidak dapat dikembalikan setelah sesi pertama, sesuai formulir pendaftaran.\n\nSalam,\nYohanes',
    flagged: true,
  },
  {
    name: 'id: a suggestion put as a question ("Gimana kalau … Sabtu jam 8?") is an option',
    body: 'Halo kak,\n\nRefund untuk kelas yang tidak dihadiri gak bisa ya kak. Gimana kalau kelasnya dipindah ke Sabtu depan jam 8 pagi?\n\nSalam,\nStudio Yoga',
    flagged: false,
  },
  {
    name: 'id: the customer\'s need as the condition ("Apabila Bapak memerlukan keringanan, pembayaran dapat dibagi dua") is an option',
    body: 'Yth. Bapak Sugiarto,\n\nSesuai kontrak No. KT-041, termin ketiga jatuh tempo 15 Mei dan tidak dapat kami undur.\n\nApabila Bapak memerlukan keringanan, pembayaran dapat dibagi dua: 50% pada 15 Mei dan 50% pada 30 Mei.\n\nHormat kami,\nCV Karya Beton',
    flagged: false,
  },
  {
    name: 'id: work taken up again from a date ("Pesanan bisa masuk lagi mulai 21 Juli") is the next step',
    body: 'Halo Pak,\n\nMohon maaf, untuk sementara kami belum bisa menerima pesanan partai besar karena mesin sedang diperbaiki. Pesanan bisa masuk lagi mulai 21 Juli.\n\nSalam,\nKonveksi Jaya',
    flagged: false,
  },
  {
    name: 'id: the work released by the payment ("Setelah lunas, file kami kirim hari itu juga") is the next step',
    body: 'Halo Bu,\n\nFoto wisuda belum bisa kami kirim karena pelunasan belum masuk. Setelah lunas, file kami kirim hari itu juga.\n\nSalam,\nStudio Lensa',
    flagged: false,
  },
  {
    name: 'id: advice, a fix and amends in other words ("Kami sarankan …", "Solusi dari kami, …", "Sebagai kompensasi, …") are options',
    body: 'Halo kak,\n\nPengiriman hari Minggu gak bisa kak. Kami sarankan pengiriman Senin pagi jam 08.00.\n\nSalam,\nToko Kayu',
    flagged: false,
  },
  {
    name: 'id: "Sebagai kompensasi, servis berikutnya gratis biaya jasa" is an option',
    body: 'Halo Pak,\n\nRefund tidak dapat kami proses. Sebagai kompensasi, servis berikutnya gratis biaya jasa.\n\nSalam,\nBengkel Jaya',
    flagged: false,
  },
  {
    name: 'id: stock still there ("Ukuran L masih ada 3 pcs") and a list of what is available are options',
    body: 'Halo kak,\n\nUkuran XL sudah habis kak. Ukuran L masih ada 3 pcs, lingkar dada 110 cm.\n\nSalam,\nToko Baju',
    flagged: false,
  },
  {
    name: 'id: "Warna yang tersedia: hitam, navy, dan maroon" lists the options',
    body: 'Halo kak,\n\nCustom warna gak bisa kak. Warna yang tersedia: hitam, navy, dan maroon.\n\nSalam,\nToko Baju',
    flagged: false,
  },
  {
    name: 'id: "tidak ada warna yang tersedia" offers nothing',
    body: 'Halo kak,\n\nCustom warna gak bisa kak, tidak ada warna yang tersedia selain hitam.\n\nSalam,\nToko Baju',
    flagged: true,
  },
  {
    name: 'id: files uploaded on a date ("file master kami unggah ke Google Drive Bapak tanggal 31 Mei") are the hand-over',
    body: 'Halo Pak,\n\nKontrak desain bulanan tidak kami perpanjang setelah 31 Mei. Semua file master kami unggah ke Google Drive Bapak tanggal 31 Mei.\n\nSalam,\nStudio Desain',
    flagged: false,
  },
  {
    name: 'id: a deposit "dikembalikan utuh paling lambat Jumat" is the closing step; "tidak dikembalikan" is none',
    body: 'Halo Mas,\n\nKami memutuskan tidak lagi bekerja sama dengan Mas mulai minggu depan. Deposit Rp1.000.000 dikembalikan utuh paling lambat Jumat.\n\nSalam,\nKost Melati',
    flagged: false,
  },
  {
    name: 'id: "DP … tidak dikembalikan" offers nothing',
    body: 'Halo kak,\n\nDP Rp500.000 tidak dikembalikan ya kak karena tanggal 12 Mei sudah kami kunci.\n\nSalam,\nVilla Asri',
    flagged: true,
  },
  {
    name: 'id: code-mixed "nggak feasible" declines; "Paling realistic Selasa depan" is the later date offered',
    body: 'Hi Mbak Citra,\n\nUntuk deadline Jumat, sorry banget nggak feasible, karena scope-nya ada 12 design assets. Paling realistic Selasa depan.\n\nCheers,\nDito',
    flagged: false,
  },
  {
    name: 'id: code-mixed "nggak feasible" with nothing offered is flagged',
    body: 'Hi Mbak Citra,\n\nUntuk deadline Jumat, sorry banget nggak feasible, karena scope-nya ada 12 design assets.\n\nCheers,\nDito',
    flagged: true,
  },
  {
    name: 'id: an unmarked past ("kami kirim tanggal 3 Juni") told on by "kemudian" is no offer',
    body: 'Halo kak,\n\nPesanan kakak kami kirim tanggal 3 Juni. Paket kemudian tertahan di gudang ekspedisi karena banjir. Ongkir tidak bisa kami kembalikan.\n\nSalam,\nToko Ani',
    flagged: true,
  },
  {
    name: 'id: a resend followed by a "kemudian" step is still the plan',
    body: 'Halo kak,\n\nOngkir tidak bisa kami kembalikan. Pesanan kakak kami kirim ulang tanggal 10 Juni. Kemudian resinya kami kabari lewat WA.\n\nSalam,\nToko Ani',
    flagged: false,
  },
  {
    name: 'id: a full rack, then a month when it opens again ("Awal September … kami kabari") is the next step',
    body: 'Halo kak,\n\nRak kami sudah penuh sampai Agustus. Awal September kami buka pendaftaran lagi, nanti kakak kami kabari duluan.\n\nSalam,\nKoperasi',
    flagged: false,
  },
  {
    name: 'id: a waiting list is an option',
    body: 'Halo kak,\n\nRak kami sudah penuh. Produk kakak bisa kami masukkan ke daftar tunggu, biasanya ada rak kosong tiap awal bulan.\n\nSalam,\nKoperasi',
    flagged: false,
  },
  {
    name: 'id: another therapist with a time ("terapis lain, Mbak Rina, bisa jam 4") is an option',
    body: 'Halo Bu,\n\nJadwal terapis kami sudah penuh minggu ini; terapis lain, Mbak Rina, bisa jam 4 sore hari Kamis.\n\nSalam,\nKlinik',
    flagged: false,
  },
  {
    name: 'id: a full warehouse and nothing else is flagged',
    body: 'Halo kak,\n\nGudang kami sudah penuh, jadi barang titipan baru belum bisa kami terima.\n\nSalam,\nGudang',
    flagged: true,
  },
  {
    name: 'id: "Ibu dapat membawanya ke service center" is a referral',
    body: 'Yth. Ibu Sari,\n\nAlat yang sudah dibuka tidak dapat dikembalikan. Ibu dapat membawanya ke service center resmi di Jalan Pemuda 21 untuk dicek gratis.\n\nHormat kami,\nToko Alkes',
    flagged: false,
  },
  {
    name: 'id: yang masih keburu ("Yang 2 tingkat masih keburu") adalah alternatifnya',
    body: 'Halo kak,\n\nMaaf kak, kue ulang tahun 3 tingkat tidak bisa selesai hari Jumat. Yang 2 tingkat masih keburu, atau yang 3 tingkat siap hari Rabu depan.\n\nSalam',
    flagged: false,
  },
];
