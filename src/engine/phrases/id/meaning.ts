// Apa yang DILAKUKAN sebuah kalimat (menolak, mengakhiri layanan, menyatakan aturan, menawarkan
// pilihan, meminta maaf, mengakui kesalahan), sebagai keluarga frasa formal, santai dan campuran.
// Pembaca di understand/ menggabungkannya: kata ingkar + kata kemampuan = penolakan, dst.
import { languageWords } from './language-words';

/** Whom a letter to a customer addresses: the agent of "bisa Bapak pakai", "dapat Ibu ambil". */
const ADDRESSEES = ['bapak', 'ibu', 'kakak', 'kak', 'mbak', 'mas', 'anda'];

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/** "Mulai Juli", "mulai bulan Juli": a rule that starts from a month. */
const FROM_MONTH = MONTHS.flatMap((month) => [`mulai ${month}`, `mulai bulan ${month}`]);

export const meaning = {
  /** Kata ingkar, formal dan santai. */
  negators: ['tidak', 'tak', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'tdk', 'belum', 'blm', 'bukan', 'tanpa', 'jangan'],
  /** Ingkar yang menolak bila diikuti kata kemampuan/pemberian. */
  declineNegators: ['tidak', 'tak', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'tdk', 'belum', 'blm'],
  /** Penolakan dengan kami/saya sebagai subjek (bahasa Indonesia: "tidak bisa" sudah menolak sendiri). */
  ownSubjects: ['kami', 'saya'],
  ownBetween: ['memang', 'juga'],
  /** Pekerjaan usaha sendiri yang ditolak dengan subjek kami/saya. */
  ownWork: ['bisa', 'dapat', 'sanggup', 'melayani'],
  /** Yang diingkari dalam penolakan: kemampuan, kesediaan, cakupan, pemberian. */
  declineObjects: [
    'bisa', 'dapat', 'mampu', 'sanggup', 'bersedia', 'boleh', 'termasuk', 'mencakup', 'masuk', 'kasih', 'ngasih', 'memberi',
    'memberikan', 'menerima', 'melayani', 'menyediakan', 'mengganti', 'ganti rugi', 'disertai', 'mendapatkan', 'dapet',
    'ada diskon', 'ada potongan', 'ada refund', 'ada retur', 'ada garansi', 'ada pengembalian', 'ada ganti rugi', 'ada kompensasi',
    'berlaku', 'diproses', 'dikembalikan', 'diganti', 'ditukar', 'direfund', 'di-refund', 'disetujui', 'setujui', 'memungkinkan', 'sempat', 'keburu', 'muat', 'sanggupi', 'kami penuhi', 'kami berikan',
    'kami terima', 'kami proses', 'kami lakukan',
    // Chat style drops the me- prefix: "kami gak terima retur".
    'terima retur', 'terima tukar', 'terima pesanan', 'terima order', 'terima request', 'terima pembatalan', 'terima custom',
    // Chat abbreviations of "bisa": "gk bs", "tdk bs".
    'bs', 'bsa',
    // Not in time, or not doable, in chat and code-mixed words: "nggak kekejar", "kayaknya nggak feasible".
    'kekejar', 'terkejar', 'feasible', 'possible', 'available', 'accept',
    // The passive with its agent: "sample gratis tidak kami sediakan".
    'kami sediakan', 'kami layani', 'kami izinkan', 'kami tanggung', 'kami jual', 'kami angkut', 'kami pasang',
    // Haggling refused: "gak ada kurang lagi", "tidak bisa ditawar", "gak bisa turun".
    'ada kurang', 'kurang lagi', 'ditawar', 'ditawar lagi', 'dinego', 'nego', 'ada nego', 'turun harga', 'turun lagi', 'kurangin',
  ],
  /** Ingkar kebiasaan ("kami nggak pernah") hanya menolak yang ini. */
  habitNegators: ['tidak pernah', 'gak pernah', 'nggak pernah', 'ga pernah'],
  habitObjects: ['kasih diskon', 'memberi diskon', 'memberikan diskon', 'refund', 'mengembalikan', 'ganti rugi', 'menerima retur'],
  /** Kata yang boleh terselip di antara ingkar dan yang diingkari ("tidak lagi dapat"). */
  declineFillers: ['lagi', 'akan', 'bakal', 'kami', 'saya', 'aku', 'juga', 'pernah', 'mau', 'udah', 'sudah', 'bisa', 'dapat', 'sih'],
  /** Penolakan yang berdiri sendiri. */
  declines: [
    'di luar scope', 'di luar cakupan', 'di luar layanan', 'bukan tanggung jawab', 'bukan tanggungjawab', 'mohon maaf tidak',
    'tidak dapat kami', 'tidak bisa kami', 'gak bisa kami', 'nggak bisa kami', 'tetap berlaku', 'tetap dikenakan', 'tetap kami kenakan',
    'tidak bisa di-refund', 'tidak bisa direfund', 'tidak dapat dikembalikan', 'terpaksa menolak', 'kami tolak', 'menolak',
    'tidak bisa di-guarantee',
    // More than we can take on: "di luar kemampuan kami", "lebih dari yang bisa kami kerjakan".
    'di luar kemampuan', 'lebih dari yang bisa', 'lebih dari yang sanggup', 'lebih dari kemampuan',
    // The benefit first, its denial after ("Diskon gak ada, Bu"): chat-style word order.
    'diskon tidak ada', 'diskon gak ada', 'diskon nggak ada', 'diskon ga ada', 'diskon enggak ada', 'diskonnya tidak ada',
    'diskonnya gak ada', 'diskonnya nggak ada', 'potongan tidak ada', 'potongan gak ada', 'potongan nggak ada',
    'refund tidak ada', 'refund gak ada', 'refund nggak ada', 'garansi tidak ada', 'garansi gak ada', 'garansinya gak ada',
    'ganti rugi tidak ada', 'ganti rugi gak ada', 'kompensasi tidak ada', 'kompensasi gak ada', 'promo tidak ada', 'promo gak ada',
    // A hedged refusal is still a refusal ("kami kurang yakin bisa diproses").
    'kurang yakin bisa', 'tidak yakin bisa', 'gak yakin bisa', 'nggak yakin bisa', 'belum yakin bisa', 'kurang yakin dapat',
    'tidak yakin dapat',
    // Out of stock, fully booked, warranty over: the request cannot be met.
    'sudah habis', 'udah habis', 'lagi habis', 'stok habis', 'stoknya habis', 'stok kosong', 'stoknya kosong',
    'sold out', 'habis terjual', 'sudah penuh', 'udah penuh', 'harga sudah net', 'harga sudah nett', 'harga udah net', 'harga udah nett', 'harga net', 'harga nett', 'sepertinya penuh', 'kayaknya penuh', 'sepertinya sudah penuh', 'kayaknya udah penuh',
    // A flat no to more work: "Saya gak mau lagi."
    'tidak mau lagi', 'gak mau lagi', 'nggak mau lagi', 'ga mau lagi', 'slot penuh', 'slotnya penuh', 'jadwal penuh', 'jadwalnya penuh',
    'kuota penuh', 'fully booked', 'full booked', 'sudah full', 'udah full', 'terisi semua', 'terisi penuh', 'penuh semua', 'sudah dibooking semua', 'sudah dipesan semua', 'garansi sudah lewat', 'garansinya sudah lewat',
    'sudah kedaluwarsa', 'sudah kadaluarsa', 'sudah expired',
    // The price as the last word ("sudah harga terendah kami", "no nego").
    'harga terendah', 'harga mati', 'harga sudah pas', 'harga udah pas', 'sudah harga pas', 'udah harga pas', 'harga pas,', 'no nego', 'tanpa nego', 'gak pake nego', 'nggak pake nego', 'ga pake nego', 'gak pakai nego',
    // A soft "no" ("agak sulit kami penuhi", "kurang memungkinkan"): still a refusal, and its hedge is firmness's.
    'agak sulit', 'agak susah', 'cukup sulit', 'sulit kami', 'susah kami', 'kurang memungkinkan', 'kami keberatan',
    // The same soft no with "berat" (heavy) or "untuk/buat" before the verb ("sulit untuk kami kembalikan").
    'agak berat', 'cukup berat', 'terlalu berat', 'berat buat kami', 'berat untuk kami', 'berat bagi kami', 'berat buat aku',
    'berat buat saya', 'sulit untuk', 'susah untuk', 'sulit buat', 'susah buat', 'kurang pas kalau', 'kurang pas jika',
    // Impossible is a refusal, not a hedge ("tidak mungkin kami ambil").
    'tidak mungkin', 'gak mungkin', 'nggak mungkin', 'ga mungkin', 'enggak mungkin', 'tak mungkin', 'mustahil',
    // Our own doubt about a request is a refusal said softly ("saya kurang yakin fitur ini bisa masuk").
    'kami kurang yakin', 'saya kurang yakin', 'aku kurang yakin', 'kami tidak yakin', 'saya tidak yakin', 'aku tidak yakin',
    'kami belum yakin', 'saya belum yakin', 'kami gak yakin', 'saya gak yakin', 'aku gak yakin', 'kami nggak yakin',
    'saya nggak yakin', 'aku nggak yakin',
    // The same doubt as hesitation or as "not certain": "saya ragu bisa diproses", "belum tentu bisa".
    'saya ragu', 'kami ragu', 'aku ragu', 'ragu bisa', 'ragu dapat', 'belum tentu bisa', 'belum tentu dapat', 'belum tentu diterima',
    'belum tentu disetujui', 'belum tentu diproses',
    // Not offered at all, or not done by this trade ("belum tersedia", "kami tidak menjual eceran").
    'belum tersedia', 'tidak tersedia', 'gak tersedia', 'nggak tersedia', 'belum ada layanan', 'tidak ada layanan',
    'belum menyediakan', 'tidak menjual', 'gak jual', 'nggak jual', 'tidak jual', 'tidak mengerjakan', 'gak ngerjain',
    'nggak ngerjain', 'tidak mengangkut', 'gak angkut', 'tidak memasang', 'gak pasang', 'nggak pasang', 'tidak membuat',
    'gak bikin', 'nggak bikin', 'tidak mengirim ke', 'gak kirim ke', 'nggak kirim ke',
    'tidak pegang', 'gak pegang', 'nggak pegang', 'tidak handle', 'gak handle', 'nggak handle', 'tidak menangani',
    // A hedged difficulty is a soft no ("kayaknya susah deh kak").
    'susah deh', 'sulit deh', 'berat deh', 'kayaknya susah', 'kayaknya sulit', 'kayaknya berat', 'sepertinya sulit',
    'sepertinya susah', 'sepertinya berat', 'kelihatannya sulit', 'kelihatannya susah',
    'gabisa', 'gbs', 'gakbisa', 'ngga bisa', 'gak bs', 'ga bs',
    // Taken by someone else on that date ("sudah dibooking orang lain", "sudah disewa orang lain").
    'sudah dibooking', 'udah dibooking', 'sudah di-booking', 'udah di-booking', 'sudah terbooking', 'udah kebooking',
    'sudah dipesan orang lain', 'sudah disewa orang lain', 'udah disewa orang lain', 'sudah diambil orang lain',
    'sudah ada yang booking', 'udah ada yang booking',
    // "Gak ada sistem bayar belakangan": the way of doing it does not exist here.
    'gak ada sistem', 'tidak ada sistem', 'nggak ada sistem', 'ga ada sistem',
  ],
  /** Pembayaran pelanggan: "pembayarannya belum masuk" adalah keadaan, bukan penolakan kami. */
  customerPayments: ['pembayaran', 'pembayarannya', 'transferan', 'transferannya', 'transfer', 'dana', 'uang', 'uangnya', 'dp', 'dp-nya', 'dpnya', 'pelunasan', 'pelunasannya',
    'tagihan', 'tagihannya', 'iuran', 'cicilan', 'angsuran'],
  /** "Tagihan bulan Juli dan Agustus belum juga kami terima": with "belum", the payment may stand a few words back. */
  notYet: ['belum', 'blm'],
  /** Yang diingkari bila pembayaran belum tiba ("belum masuk", "belum kami terima"). */
  arrivals: ['masuk', 'kami terima', 'diterima', 'terima'],
  /** Sebelum frasa penolakan, ini berarti bukan penolakan kami ("tidak perlu", "gak apa-apa"). */
  declineExceptions: [
    'tidak perlu', 'gak perlu', 'nggak perlu', 'ga perlu', 'tidak apa', 'gak apa', 'nggak apa', 'tidak usah', 'gak usah',
    // What we could not do earlier explains a delay; it refuses nothing ("Maaf tadi saya tidak bisa angkat telepon").
    'tadi saya tidak bisa', 'tadi saya gak bisa', 'tadi saya nggak bisa', 'tadi aku tidak bisa', 'tadi aku gak bisa',
    'tadi aku nggak bisa', 'tadi kami tidak bisa', 'tadi kami gak bisa', 'tadi kami nggak bisa', 'kemarin saya tidak bisa',
    'kemarin saya gak bisa', 'kemarin saya nggak bisa', 'kemarin aku tidak bisa', 'kemarin aku gak bisa',
    'kemarin aku nggak bisa', 'kemarin kami tidak bisa', 'kemarin kami gak bisa', 'kemarin kami nggak bisa',
    'belum sempat balas', 'belum sempat membalas', 'belum sempat cek', 'tidak sempat balas', 'gak sempat balas',
    'tidak sempat membalas',
    // Information still pending is no refusal ("harga pasti belum bisa kami sebutkan sebelum survei").
    'belum bisa kami sebutkan', 'belum bisa disebutkan', 'belum dapat kami sebutkan', 'belum bisa kami pastikan',
    'belum bisa dipastikan', 'belum dapat kami pastikan', 'belum dapat dipastikan', 'belum bisa kami infokan',
    'belum bisa diinfokan', 'belum bisa kami informasikan', 'belum dapat kami informasikan', 'belum bisa kami konfirmasi',
    'belum bisa dikonfirmasi', 'belum bisa kami hitung', 'belum bisa dihitung', 'belum bisa kasih harga pasti',
    'belum bisa kami kasih harga pasti',
    // "Impossible" about a mishap reassures ("tidak mungkin kami lupa").
    'tidak mungkin kami lupa', 'tidak mungkin lupa', 'gak mungkin lupa', 'gak mungkin kami lupa', 'nggak mungkin lupa',
    'tidak mungkin terlewat', 'tidak mungkin tertukar', 'gak mungkin ketuker', 'tidak mungkin salah kirim',
  ],
  /** Penolakan yang subjeknya barang yang diminta ("revisinya di luar paket"), bukan penolakan orang lain. */
  declinesOfThings: ['di luar paket'],
  /**
   * Subjek yang membuat ingkar milik pelanggan, bukan milik usaha; juga pengandaian tanpa subjek, yang dalam surat
   * ke pelanggan adalah keadaan pelanggan ("kalau belum bisa DP segitu", "jika tidak dapat hadir").
   */
  otherSubjects: [
    'anda', 'bapak', 'ibu', 'kakak', 'kak', 'mbak', 'mas', 'pak', 'bu', 'beliau', 'mereka', 'customer', 'pelanggan',
    'kalau', 'kalo', 'jika', 'apabila', 'bila', 'seandainya',
  ],
  terminations: [
    'kami akhiri', 'mengakhiri', 'diakhiri', 'akhiri', 'menghentikan', 'dihentikan', 'kami hentikan', 'stop',
    // Stopping is ours only with our subject or our work ("Raka berhenti les" is the customer's doing).
    'kami berhenti', 'saya berhenti', 'aku berhenti', 'berhenti melayani', 'berhenti menerima', 'berhenti produksi',
    'berhenti berjualan', 'berhenti jualan', 'berhenti buka', 'berhenti mengirim', 'berhenti menjual', 'berhenti total',
    'memutus kontrak', 'putus kontrak', 'pemutusan', 'tidak diperpanjang', 'tidak kami perpanjang', 'tidak memperpanjang',
    'tidak melanjutkan', 'tidak dapat lagi melanjutkan', 'tidak lagi melanjutkan', 'tidak bisa lanjut', 'gak bisa lanjut',
    'nggak bisa lanjut', 'tidak bisa melanjutkan', 'tidak bisa renew', 'tidak renew', 'gak renew', 'tidak bisa diperpanjang',
    'tidak dapat melanjutkan', 'tidak dapat memperpanjang', 'tidak bisa memperpanjang', 'dibatalkan keanggotaan',
    'keanggotaan bapak kami', 'keanggotaan ibu kami', 'keanggotaan anda kami', 'tidak lagi melayani', 'tidak lagi bersedia melayani',
    // "No longer" + taking orders / working together.
    'tidak lagi menerima', 'gak lagi menerima', 'nggak lagi menerima', 'tidak akan lagi menerima', 'tidak lagi bekerja sama',
    'tidak bisa lagi bekerja sama', 'tidak dapat lagi bekerja sama', 'tidak lagi mengerjakan', 'tidak lagi menangani',
    'tidak lagi memasok', 'tidak lagi mengirim', 'memutus kerja sama', 'memutuskan kerja sama', 'putus kerja sama',
    'tidak bisa lagi menerima', 'tidak dapat lagi menerima', 'gak bisa lagi terima', 'gak bisa lagi menerima', 'tidak bisa lagi melayani',
    'tidak dapat lagi melayani', 'gak bisa lagi melayani',
    // No longer handling the account or the work ("saya sudah tidak pegang lagi akun IG-nya").
    'tidak pegang lagi', 'gak pegang lagi', 'nggak pegang lagi', 'ga pegang lagi', 'tidak lagi pegang', 'tidak lagi memegang',
    'tidak memegang lagi', 'gak megang lagi', 'nggak megang lagi', 'tidak megang lagi', 'tidak handle lagi', 'gak handle lagi',
    'nggak handle lagi', 'tidak lagi handle', 'tidak lagi mengelola', 'tidak mengelola lagi', 'gak ngelola lagi',
    'tidak lagi mengurus', 'tidak mengurus lagi', 'tidak ngurus lagi', 'gak ngurus lagi', 'nggak ngurus lagi',
    'tidak menangani lagi', 'gak nanganin lagi', 'tidak lagi membantu', 'gak bantu lagi', 'nggak bantu lagi',
    // "Tidak mau lagi menerima", "tidak melayani lagi": "lagi" on either side of the verb.
    'tidak mau lagi menerima', 'gak mau lagi menerima', 'nggak mau lagi menerima', 'tidak mau lagi melayani',
    'gak mau lagi melayani', 'nggak mau lagi melayani', 'tidak melayani lagi', 'gak melayani lagi', 'tidak menerima lagi',
    'tidak terima lagi', 'gak terima lagi', 'nggak terima lagi',
    // A service or class closed for good ("kelas bayi resmi ditutup", "layanan antar-jemput ditiadakan").
    'tutup permanen', 'ditutup permanen', 'resmi ditutup', 'resmi kami tutup', 'kami tiadakan', 'ditiadakan',
    'tidak lagi dibuka', 'tidak dibuka lagi', 'tidak beroperasi lagi',
    'berhenti beroperasi',
    // "Les gambar Naura cukup sampai bulan ini": enough, up to now.
    'cukup sampai bulan ini', 'cukup sampai minggu ini', 'cukup sampai di sini', 'cukup sampai sini', 'sampai di sini saja',
    'cukup sampai akhir bulan ini',
    // …up to a month: "Rafa cukup sampai Desember ini".
    ...MONTHS.map((month) => `cukup sampai ${month}`),
    // "Kami tidak lagi mengantar galon ke kompleks …": no longer doing the trade's work.
    'tidak lagi mengantar', 'tidak mengantar lagi', 'gak ngantar lagi', 'gak nganter lagi', 'tidak lagi menyediakan',
    'tidak menyediakan lagi', 'tidak lagi menjual', 'tidak menjual lagi', 'gak jual lagi', 'tidak lagi membuka',
    'tidak lagi memproduksi', 'tidak produksi lagi', 'gak produksi lagi', 'tidak lagi mengajar', 'tidak mengajar lagi',
    'berhenti mengajar', 'berhenti ngajar', 'tidak lagi menjemput', 'tidak lagi melayani pesanan',
    // "Mulai bulan depan kami tidak akan lagi melayani kantor Bapak"; "keikutsertaan Ibu berakhir per 1 Agustus".
    'tidak akan lagi melayani', 'tidak akan melayani lagi', 'gak akan lagi melayani', 'nggak bakal lagi melayani',
    'tidak akan lagi bekerja sama', 'tidak akan lagi mengirim', 'tidak akan lagi menangani',
    'berakhir per', 'akan berakhir per', 'akan berakhir pada', 'berakhir terhitung',
    // Calling it a day ("kelas yoga pagi kami sudahi").
    'kami sudahi', 'saya sudahi', 'kita sudahi', 'kita cukupkan', 'kami cukupkan', 'disudahi', 'menyudahi',
    // Our carer or tutor no longer coming: "perawat kami tidak akan datang lagi untuk mendampingi Oma".
    'tidak akan datang lagi untuk', 'tidak datang lagi untuk', 'tidak akan lagi datang untuk', 'gak datang lagi untuk',
    'tidak akan lagi mendampingi', 'tidak lagi mendampingi', 'tidak akan mendampingi lagi', 'tidak mendampingi lagi',
    // A tutor or helper taking leave: "Saya pamit ya Bu, bulan ini saya terakhir mengajar Nayla".
    'saya pamit', 'kami pamit', 'izin pamit', 'mohon pamit', 'pamit undur diri',
  ],
  /**
   * "Sewa akhir pekan ini jadi sewa terakhir Mas Bagas di tempat kami", "Proyek ini akan menjadi
   * pekerjaan terakhir kami untuk keluarga Bapak": the last piece of work, said to the customer
   * (see understand/acts.ts: the sentence must name them or "bersama", and no "sebelum …" cut-off).
   */
  lastTimes: ['sewa', 'pesanan', 'order', 'sesi', 'proyek', 'pekerjaan', 'kelas', 'pengiriman', 'pengantaran', 'kerja sama', 'kerjasama',
    'transaksi', 'kunjungan', 'layanan', 'kontrak', 'pertemuan', 'jahitan', 'cetakan', 'job', 'les'].map((work) => `${work} terakhir`),
  /** Right before the last piece of work, what makes it the one that ends: "jadi", "menjadi", "merupakan". */
  lastTimeHeads: ['jadi', 'menjadi', 'merupakan', 'adalah'],
  /** Whom the last piece of work is for: the customer, or the two of us together. */
  lastTimeOwners: [...ADDRESSEES, 'bersama', 'kita', 'di tempat kami', 'dengan kami', 'untuk keluarga', 'langganan'],
  /** A seasonal cut-off is no ending: "menjadi pengiriman terakhir sebelum libur Lebaran". */
  lastTimeExceptions: ['sebelum', 'tahun ini', 'minggu ini', 'bulan ini', 'sebelum libur'],
  /**
   * "Sudah tidak bisa" / "tidak bisa lagi" = no longer able to: before one of `tradeVerbs` it ends
   * the service ("Mulai Juli saya tidak bisa lagi mengajar les Arka").
   */
  noLongerAble: [
    'tidak bisa lagi', 'tidak dapat lagi', 'gak bisa lagi', 'nggak bisa lagi', 'sudah tidak bisa', 'udah gak bisa',
    // "lagi" before the modal: "Mulai hari ini kami tidak lagi dapat melayani pesanan dari Bapak".
    'tidak lagi bisa', 'tidak lagi dapat', 'gak lagi bisa', 'nggak lagi bisa',
  ],
  /** Between `noLongerAble` and the work: "tidak bisa lagi untuk mengajar". */
  noLongerFillers: ['untuk', 'kami'],
  /** The trade's own work, which `noLongerAble` stops. */
  tradeVerbs: [
    'mengajar', 'ngajar', 'melatih', 'memasok', 'mengirim', 'ngirim', 'mengerjakan', 'menangani', 'pegang', 'memegang',
    'menyediakan', 'mengantar', 'merawat', 'membersihkan', 'mengelola', 'memproduksi', 'menjual', 'mengurus', 'menjahit',
    'melayani', 'menerima', 'nerima', 'bekerja sama',
  ],
  /** A run of the service stopped: "kami akan menghentikan kunjungan rutin ke rumah Ibu". */
  runEnders: ['menghentikan', 'mengakhiri', 'hentikan', 'akhiri'],
  runFillers: ['semua', 'seluruh', 'layanan', 'rutin', 'mingguan', 'bulanan'],
  runs: ['kunjungan', 'pengiriman', 'langganan', 'les', 'kelas', 'sesi', 'pasokan', 'kerja sama', 'kerjasama'],
  /** "Kami tidak akan menangani pesanan Ibu lagi ke depannya": the customer's own service stopped. */
  endedForCustomer: {
    negators: ['tidak akan', 'gak akan', 'nggak akan', 'tidak lagi'],
    served: ['kakak', 'anda', 'bapak', 'ibu'],
    tails: ['ke depannya', 'seterusnya', 'untuk seterusnya'],
    /** After one of `tradeVerbs` and the customer: "kami tidak akan mengantar galon ke rumah Ibu lagi". */
    againTails: ['lagi'],
  },
  /** Kata kerja yang diingkari menjadi pengakhiran layanan. */
  terminationObjects: ['perpanjang', 'memperpanjang', 'diperpanjang', 'lanjut', 'lanjutkan', 'melanjutkan', 'dilanjutkan', 'meneruskan', 'diteruskan', 'renew',
    // Chat forms: "membership kakak mungkin nggak bisa dilanjut".
    'dilanjut', 'dilanjutin', 'lanjutin', 'diterusin', 'nerusin', 'teruskan', 'terusin'],
  rules: [
    'mulai sekarang', 'ke depannya', 'mulai hari ini', 'mulai bulan depan', 'aturan', 'peraturan', 'kebijakan', 'ketentuan',
    'jam kerja', 'jam layanan', 'jam operasional', 'membatasi', 'dp', 'uang muka', 'bayar lunas', 'wajib', 'tegaskan',
    'minta dp', 'pakai dp', 'jam konsultasi', 'jam praktik', 'jam praktek', 'jam buka', 'hanya sampai pukul', 'hanya sampai jam', 'mulai tanggal', 'mulai minggu depan', 'tetap dihitung', 'dikenakan biaya', 'berlaku untuk semua',
    // A rule that changes from a date, or sets a limit ("Mulai Juli tarif sewa…", "revisi gratis maksimal 3 kali").
    ...FROM_MONTH, 'berlaku mulai', 'tarif baru', 'harga baru',
    // A rule put in force, a fee charged: "Mulai Juli kami berlakukan biaya pembatalan".
    'berlakukan', 'memberlakukan', 'diberlakukan', 'biaya pembatalan',
    'kenaikan harga', 'dilarang', 'tidak diperbolehkan', 'jatah revisi', 'revisi gratis maksimal', 'maksimal revisi', 'batas revisi',
    'denda',
    // A time limit on messages or work ("chat revisi tidak dikirim lewat jam 21.00").
    'lewat jam', 'lewat pukul', 'di luar jam', 'di atas jam', 'setelah jam', 'setelah pukul', 'lebih dari jam',
    'terlambat lebih dari', 'telat lebih dari', 'keterlambatan lebih dari', 'yang terlambat', 'yang telat',
    // Own working hours, deadlines, limits and notices ("jam kerjaku", "dibayarkan paling lambat tanggal 10").
    'jam kerjaku', 'jam kerja saya', 'jam kerja kami', 'paling lambat tanggal', 'dibayar paling lambat', 'dibayarkan paling lambat',
    'cuma sampai', 'hanya sampai', 'pengumuman', 'mulai semester', 'pelunasan paling lambat', 'dilunasi paling lambat',
    'lunas paling lambat', 'pelunasan maksimal',
    // When the admin answers, when samples must arrive ("admin cuma online jam 08.00-20.00").
    'online jam', 'online pukul', 'cuma online', 'hanya online', 'aktif jam', 'dikirim paling lambat', 'dikirim maksimal',
  ],
  /** Aturan yang berlaku sejak suatu waktu ("mulai bulan depan", "ke depannya"): penolakan di kalimatnya menetapkan batas. */
  /** "Mulai Senin 7 Juli, meja akhir pekan dibatasi 2 jam": an opener and a date state a rule from then. */
  datedRuleOpeners: ['mulai', 'terhitung', 'per', 'sejak'],
  calendarWords: [
    'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei',
    'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'tanggal', 'tgl',
  ],
  /** Sebelum kata aturan dalam klausanya, tidak ada aturan: "Tidak perlu bayar DP". */
  /** Basa-basi yang memuat kata aturan tanpa menetapkan aturan. */
  ruleExceptions: ['terima kasih sebelumnya', 'mohon maaf sebelumnya', 'maaf sebelumnya'],
  noNeed: ['tidak perlu', 'nggak perlu', 'gak perlu', 'ga perlu', 'tidak usah', 'nggak usah', 'gak usah', 'ga usah'],
  ruleStarts: [
    'mulai sekarang', 'mulai saat ini', 'mulai hari ini', 'mulai besok', 'mulai minggu depan', 'mulai bulan depan', 'mulai tahun depan',
    'mulai tanggal', 'terhitung mulai', 'terhitung sejak', 'berlaku mulai', 'ke depannya', 'untuk ke depannya', 'tegaskan kembali',
    'kami tegaskan', 'kami ingatkan', 'mengingatkan kembali',
    ...FROM_MONTH,
  ],
  /** Tawaran lain: "kami bisa", "sebagai gantinya", "pilihan". Konkret bila ada rincian. */
  offers: [
    'kami bisa', 'kami dapat', 'kami masih bisa', 'kami masih dapat', 'kami tetap bisa', 'kami juga bisa', 'aku bisa', 'saya bisa',
    'saya dapat', 'bisa kami', 'dapat kami', 'bisa aku', 'bisa saya', 'kalau mau', 'kalau butuh', 'kalau perlu', 'kalau ingin',
    'jika ingin', 'jika berkenan', 'apabila berkenan', 'jika membutuhkan', 'apabila membutuhkan', 'bisa jadi pilihan',
    'bisa ditinggal', 'akan kami', 'kami akan', 'ada rush fee', 'silakan',
    // The customer as the agent of a passive offer: "sisa sesi bisa Bapak pakai", "dapat Ibu ambil besok".
    ...['bisa', 'dapat', 'boleh'].flatMap((modal) => ADDRESSEES.map((who) => `${modal} ${who}`)),
    // …and as the subject: "Ibu dapat membawanya ke service center resmi", "Mas boleh ambil Sabtu".
    ...['dapat', 'boleh', 'tetap bisa', 'tetap dapat', 'masih bisa', 'masih dapat'].flatMap((modal) => ADDRESSEES.map((who) => `${who} ${modal}`)),
    'add-on', 'upgrade', 'paket lain', 'tambah', 'masih tersedia', 'masih ada slot', 'bisa kami tahan', 'langsung kami', 'kami kirim', 'kami jadwalkan', 'kami proses', 'kami siapkan', 'kami kerjakan', 'paling cepat', 'slot berikutnya', 'jadwal terdekat', 'tinggal konfirmasi',
    'kabari pilihan', 'mau yang mana',
    // Taken up again from a date: "Pesanan bisa masuk lagi mulai 21 Juli", "kembali menerima pesanan tanggal 5".
    // Still in stock: "Ukuran L masih ada 3 pcs".
    'masih ada', 'yang ready',
    // Still in time: "Yang 2 tingkat masih keburu".
    'masih keburu', 'masih sempat', 'masih bisa dikejar', 'masih terkejar',
    // The date that can work: "Paling realistic Selasa depan", "yang paling memungkinkan tanggal 20".
    'paling realistis', 'paling realistic', 'paling memungkinkan', 'realistisnya',
    // Handed over or paid back on a date: "file master kami unggah ke Drive tanggal 31 Mei", "Deposit dikembalikan utuh paling lambat Jumat".
    'kami unggah', 'kami upload', 'diunggah', 'diupload', 'kami kirimkan', 'dikembalikan', 'dikembalikan utuh',
    'masuk lagi', 'dibuka lagi', 'buka lagi', 'kembali buka', 'kembali dibuka', 'kembali menerima', 'kembali melayani', 'diterima lagi',
    // Something given: "nanti kami kasih tambahan 1 menu gratis", "kami beri potongan 10%".
    'kami kasih', 'saya kasih', 'aku kasih', 'kami beri', 'kami berikan',
    // A suggestion put as a question: "Gimana kalau kelasnya dipindah ke Sabtu jam 8?".
    'gimana kalau', 'gimana kalo', 'bagaimana kalau', 'bagaimana jika', 'bagaimana bila', 'mau dicoba',
    // "Kami punya / ada paket…", "kakak bisa pakai…", "kalau Mbak berkenan": offers in every word order.
    'kami punya', 'kami juga punya', 'kami ada', 'kami juga ada', 'ada juga', 'tersedia', 'berkenan', 'bisa pilih', 'bisa memilih',
    'dapat memilih', 'kakak bisa', 'kak bisa', 'bapak bisa', 'ibu bisa', 'mbak bisa', 'mas bisa', 'anda bisa',
    'bisa pakai', 'bisa coba', 'bisa hubungi', 'bisa menghubungi', 'kontaknya', 'sebagai pengganti',
    // A condition the customer can meet is an option ("kalau belanja di atas Rp200.000, ongkir gratis").
    'kalau belanja', 'jika belanja', 'kalau ambil', 'kalo ambil', 'kalo mau', 'kalau beli', 'jika membeli', 'kalau order', 'kalau pesan', 'jika memesan', 'minimal belanja',
    'minimal order', 'minimal pembelian', 'minimal pemesanan',
    // Ready stock, a held slot, a deposit that stays usable: "stok ready tinggal…", "kandang kami tahan",
    // "DP tetap bisa dipakai buat titipan lain".
    // What still runs ("les tatap muka tetap jalan Selasa dan Kamis jam 16.00").
    'tetap jalan', 'tetap berjalan', 'masih jalan', 'masih berjalan', 'tetap bisa', 'masih bisa',
    // A free date or slot put forward ("tanggal 18 masih kosong").
    'masih kosong', 'masih available', 'masih free', 'masih longgar',
    'saya ganti', 'kami ganti', 'aku ganti', 'saya kabari', 'kami kabari', 'aku kabari', 'saya kabarin', 'aku kabarin',
    'kami kabarin', 'langsung saya', 'langsung aku', 'ready', 'bisa kirim', 'bisa dikirim', 'bisa diambil', 'bisa antar', 'bisa diantar', 'bisa selesai',
    'stok ready', 'ready stock', 'mau aku', 'mau kami', 'mau saya', 'kami tahan', 'kami keep', 'kami simpan', 'kami bantu',
    'bisa dipakai', 'dapat dipakai', 'bisa digunakan', 'dapat digunakan', 'bisa dipindahkan', 'bisa dipindah', 'dapat dipindah', 'bisa dipindahin', 'jalan tengahnya',
    // A referral: "coba hubungi Bengkel Autohaus di Jl. Mawar 12".
    'coba hubungi', 'coba ke', 'saran kami', 'saran saya', 'saranku', 'rekomendasi kami', 'rekomendasi saya', 'mereka bisa',
    'mereka biasa',
    // A paid version, a deduction, the next step on the customer's yes ("kalau oke, saya kirim addendum-nya besok").
    'berbayar', 'dipotong dari', 'kalau jadi', 'kalau kakak jadi', 'jika jadi', 'kalau oke', 'kalau setuju', 'jika setuju',
    'bila setuju', 'kalau cocok', 'kalau berminat', 'jika berminat', 'estimasi', 'bisa mulai', 'saya kirim', 'aku kirim',
    'saya siapkan', 'aku siapkan', 'saya kerjakan', 'aku kerjakan', 'saya jadwalkan', 'saya proses', 'aku proses', 'saya antar',
    // The lowest price we can go to: "Paling mentok Rp1.200.000", "harga terbaik kami Rp…".
    'paling mentok', 'mentok di', 'harga terbaik', 'harga paling miring', 'paling bisa',
    // The customer named in the condition ("Kalau Ibu mau, …", "Apabila Bapak memerlukan keringanan, …") is
    // composed in understand/acts.ts from wishConditions × addressees × wishes.
    'bisa ambil', 'bisa mengambil', 'lebih kecil', 'lebih murah',
    // Paid in parts: "pembayaran dapat dibagi dua", "bisa dicicil".
    'dicicil', 'bisa dibagi', 'dapat dibagi', 'dibagi dua', 'cicilan',
    // Someone else on the team when ours is booked: "terapis lain, Mbak Rina, bisa jam 4 sore".
    ...['terapis', 'guru', 'tukang', 'fotografer', 'teknisi', 'kurir', 'cabang', 'kru', 'mua', 'instruktur', 'pengajar', 'tim', 'penjahit', 'sopir', 'driver', 'stylist']
      .map((staff) => `${staff} lain`),
  ],
  /** Pengandaian atas keinginan pelanggan: "Apabila Bapak memerlukan …" (dirangkai dengan addressees dan wishes). */
  wishConditions: ['kalau', 'jika', 'apabila', 'bila'],
  /** Sapaan untuk pelanggan, pelaku dalam tawaran ("bisa Bapak pakai", "kalau Ibu mau"). */
  addressees: ADDRESSEES,
  /** Keinginan atau kebutuhan pelanggan yang menjadi syarat tawaran. */
  wishes: ['mau', 'berminat', 'memerlukan', 'membutuhkan', 'butuh', 'perlu'],
  /** Subjek tak tentu di awal kalimat berharga: sesuatu yang ditawarkan ("Satu sesi privat Rp150.000."). */
  kindOpeners: ['satu', 'sebuah'],
  /** Akhiran kata pertama yang menamai jasa: "Sterilisasi Rp150.000". */
  kindSuffixes: ['isasi'],
  /**
   * Dibuka kalimat sesudahnya, kata ini menjadikan tawaran sebelumnya cerita masa lalu: "Pesanan kakak kami
   * kirim tanggal 3 Juni. Paket kemudian tertahan di gudang transit…" (kecuali ada kata masa depan).
   */
  sequels: ['kemudian', 'lalu', 'setelah itu', 'sesudah itu', 'ternyata', 'namun ternyata', 'tapi ternyata', 'sayangnya'],
  futures: ['akan', 'nanti', 'besok', 'lusa', 'depan', 'segera', 'paling lambat', 'bisa', 'dapat'],
  /** Sebelum kata tawaran, yang sudah dikerjakan: "Bunga sudah kami kirim" tidak menawarkan apa pun. */
  done: ['sudah', 'telah', 'udah', 'sdh', 'udh'],
  /** Kata tawaran yang di sini tidak menawarkan: pilihan pelanggan sendiri ("kurir pilihan Ibu"). */
  offerExceptions: ['pilihan ibu', 'pilihan bapak', 'pilihan kakak', 'pilihan kak', 'pilihan anda', 'pilihan mbak', 'pilihan mas', 'pilihan pelanggan'],
  /** Tawaran yang berdiri tanpa rincian. */
  strongOffers: [
    'sebagai gantinya', 'atau kalau mau', 'sebagai alternatif', 'daftar tunggu', 'waiting list', 'alternatif', 'alternatifnya', 'pilihan', 'pilihannya', 'opsi', 'opsinya',
    'yang bisa kami bantu', 'yang dapat kami bantu', 'yang masih dapat kami', 'yang masih bisa kami', 'solusinya',
    'tagihan terakhir', 'invoice terakhir', 'serah terima', 'handover', 'kami serahkan', 'serahkan kembali', 'kami kembalikan',
    // The money goes back, a dated closing step: "Deposit akan saya transfer ke rekening Mas paling lambat 3 Desember".
    'saya kembalikan', 'kami transfer', 'saya transfer', 'kami refund', 'saya refund', 'ditransfer kembali', 'kami gratiskan', 'digratiskan',
    'dikembalikan secara', 'prorata', 'kunjungan terakhir', 'sesi terakhir', 'pengiriman terakhir', 'jadwal terakhir', 'pertemuan terakhir', 'langkah penutupan', 'rekomendasikan', 'merekomendasikan',
    'voucher', 'saldo', 'reschedule', 'jadwal ulang', 'pindahkan',
    'gantinya', 'sebagai ganti', 'penggantinya', 'sebagai solusi',
    // Advice, a fix or amends in other words: "Kami sarankan …", "Solusi dari kami, …", "Sebagai kompensasi, …".
    'kami sarankan', 'saya sarankan', 'aku sarankan', 'solusi dari kami', 'solusi kami', 'sebagai kompensasi', 'kompensasinya',
    // What is on offer, listed: "Warna yang tersedia: hitam, navy, dan maroon".
    'warna yang tersedia', 'ukuran yang tersedia', 'pilihan yang tersedia', 'yang tersedia saat ini', 'motif yang tersedia',
    // Part of the service still done ("kami antar sampai lobi saja").
    'kami antar',
    // A make-up for what ends ("sisa 2 pertemuan saya ganti di minggu terakhir").
    'pertemuan pengganti', 'les pengganti', 'kelas pengganti', 'sesi pengganti', 'jadwal pengganti',
    // Handing the booking to someone else is an option on its own ("tiketnya masih bisa dialihkan ke teman").
    'bisa dialihkan', 'dapat dialihkan', 'boleh dialihkan',
    // Ready stock the customer can order right away ("Yang ready warna hitam dan cream, tinggal checkout").
    'tinggal checkout', 'tinggal order', 'tinggal pesan', 'langsung checkout', 'bisa langsung order',
    // A referral or introduction in chat words, and money or keys handed back ("deposit saya balikin").
    'rekomendasiin', 'ngerekomendasiin', 'bisa lewat', 'bisa melalui', 'dapat melalui', 'bisa via', 'kenalkan', 'kenalin', 'mengenalkan', 'memperkenalkan',
    'carikan pengganti', 'cariin pengganti', 'mencarikan pengganti', 'bantu carikan', 'saya balikin', 'kami balikin', 'aku balikin', 'dibalikin', 'diserahin', 'kunci diserahkan',
  ],
  /** Rincian yang membuat tawaran konkret (angka juga). */
  concrete: [
    'gratis', 'hari ini', 'besok', 'lusa', 'minggu depan', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu',
    'paket', 'add-on', 'upgrade', 'diskon', 'potongan', 'voucher', 'jadwal', 'slot', 'tanggal', 'jam', 'pukul', 'tanpa biaya',
    'biaya', 'biayanya', 'harga', 'invoice', 'tagihan', 'garansi', 'fitting',
    // An exchange is a concrete option ("kakak bisa tukar size selama stok ada").
    'tukar', 'tukar size', 'tukar ukuran',
    // One easy step the customer takes ("cukup kirim nama dan NIK-nya ke admin").
    'cukup kirim', 'cukup balas', 'cukup datang', 'cukup bawa', 'cukup isi',
    // A trigger the customer controls ("begitu emailnya ada, langsung saya pasang").
    'begitu',
    // Or the payment that releases the work: "Setelah lunas, file kami kirim hari itu juga".
    'setelah lunas', 'setelah pelunasan', 'setelah pembayaran', 'setelah transfer', 'hari itu juga', 'saat itu juga',
    // Another way to do it: "Ibu bisa daftar online sehari sebelumnya".
    'online', 'daring', 'sehari sebelumnya', 'sehari sebelum',
    // A month or a part of one: "Awal September kami buka pendaftaran lagi", "ada rak kosong tiap awal bulan".
    ...MONTHS, 'bulan depan', 'pekan depan', 'tahun depan', 'awal bulan', 'akhir bulan', 'pertengahan bulan',
  ],
  /** Tawaran yang terlalu samar untuk jadi langkah berikutnya. */
  vague: ['lihat nanti', 'kami lihat nanti', 'kita lihat lagi', 'nanti kita lihat', 'kami lihat lagi', 'lihat lagi nanti', 'kapan-kapan', 'nanti dikabari', 'nanti kami kabari', 'coba kami usahakan', 'diusahakan', 'siapa tau', 'siapa tahu', 'jalan lain'],
  apologies: [
    'maaf', 'mohon maaf', 'memohon maaf', 'minta maaf', 'meminta maaf', 'permohonan maaf', 'permintaan maaf', 'maafkan', 'maafin',
    'mohon maafkan', 'sorry', 'mohon dimaklumi', 'harap dimaklumi', 'mohon dimaafkan', 'maaf beribu maaf', 'beribu maaf', 'mf', 'maap',
    'seribu maaf', 'sejuta maaf', 'beribu-ribu maaf',
  ],
  /** Before a grovel phrase, a future we avoid: "daripada merasa bersalah nanti": a letdown avoided, not owned. */
  hypotheticalLeads: ['daripada'],
  /** Ucapan terima kasih yang memiliki penguat mirip merendahkan diri: "terima kasih yang sebesar-besarnya". */
  gratitudeHeads: ['kasih', 'terimakasih', 'makasih', 'syukur'],
  /** Merendahkan diri: memohon ampun, rasa malu dan bersalah berlebihan. */
  grovels: [
    'maaf beribu maaf', 'beribu maaf', 'sebesar-besarnya', 'maafkan kami', 'maafkan saya', 'maafkan aku', 'maafin kami',
    'maafin aku', 'maafin saya', 'mohon maafkan', 'kami sangat malu', 'sangat memalukan', 'merasa sangat bersalah',
    'merasa bersalah', 'segala kerendahan hati', 'kerendahan hati', 'memaafkan kami', 'sungguh menyesal', 'menyesal sekali',
    'gak enak banget', 'jangan marah', 'sangat tidak enak', 'tidak enak hati', 'merasa tidak enak', 'gak enak hati',
    // Remorse and shame beyond a plain apology.
    'sangat menyesal', 'benar-benar menyesal', 'amat menyesal', 'menyesal banget', 'mohon ampun', 'ampuni kami', 'ampuni saya',
    'sangat malu', 'malu sekali', 'malu banget', 'sungguh malu', 'bersalah sekali', 'bersalah banget', 'nggak enak banget',
    'tidak enak sekali', 'seribu maaf', 'sejuta maaf', 'beribu-ribu maaf',
    // Memohon agar tidak dibenci, dan merasa gagal: "jangan benci kami ya kak".
    'jangan benci', 'merasa gagal', 'merasa bodoh', 'merasa sangat bodoh', 'sedih banget harus',
  ],
  /** Only these between an apology and a policy word: the apology opens a statement ("maaf ya kak harga udah pas"). */
  openerWords: ['ya', 'yaa', 'kak', 'kakak', 'ka', 'bu', 'ibu', 'pak', 'bapak', 'mbak', 'mas', 'sis', 'gan', 'say', 'nih', 'deh', 'sih', 'sebelumnya', 'banget', 'bgt', 'sekali'],
  /** Policy objects that are our own act, so the apology is for it even right after a particle ("maaf ya harus minta DP"). */
  policyActs: ['harus', 'harus minta'],
  /** Tepat setelah permintaan maaf, ini hanya menandai waktu, bukan aturan: "mohon maaf sebelumnya". */
  courtesyObjects: ['sebelumnya'],
  /** Objek maaf yang berupa aturan atau keputusan itu sendiri. */
  policyObjects: ['aturan', 'peraturan', 'kebijakan', 'ketentuan', 'keputusan', 'harga', 'tarif', 'dp', 'harus minta', 'harus', 'jawaban ini'],
  /** Usaha mengakui kesalahannya sendiri. */
  /** "Kami jahit ulang tanpa biaya": a redo at our cost answers our own mistake though none is admitted. */
  redos: ['jahit ulang', 'cetak ulang', 'kirim ulang', 'potong ulang', 'pasang ulang', 'kerjakan ulang', 'ganti baru', 'kami ganti'],
  freeOfCharge: ['tanpa biaya', 'gratis', 'tanpa tambahan biaya', 'tanpa dipungut biaya', 'free'],
  /** Pekerjaan kami sendiri yang salah: "kami tulis namanya salah", "saya cetak tanggalnya keliru". */
  ourWorkWrong: {
    heads: ['kami tulis', 'saya tulis', 'kami cetak', 'saya cetak', 'kami kirim', 'saya kirim', 'kami pasang', 'saya pasang'],
    tails: ['salah', 'keliru'],
  },
  /** "Kakak benar bahwa ongkirnya belum tertulis di penawaran awal": a fact conceded, not a fault, beside a citation. */
  concessions: ['kakak benar bahwa', 'ibu benar bahwa', 'bapak benar bahwa', 'anda benar bahwa', 'memang benar bahwa'],
  faultAdmissions: [
    'kesalahan kami', 'kesalahan dari kami', 'kesalahan saya', 'kesalahan dari saya', 'salah kami', 'kami salah', 'saya salah',
    'kekeliruan kami', 'kelalaian kami', 'kami lalai', 'kami keliru', 'terdapat kesalahan', 'ada kesalahan', 'kesalahan tersebut',
    'kesalahan ini', 'tim kami salah', 'staf kami salah', 'memang telat', 'memang terlambat', 'kami telat', 'kami terlambat',
    'seharusnya kami', 'tim kami seharusnya', 'kru kami seharusnya', 'kurir kami seharusnya', 'kami akui', 'atas kesalahan', 'atas kekeliruan', 'atas kelalaian', 'terjadi kesalahan',
    'terjadi kekeliruan', 'terdapat kekeliruan', 'ada kekeliruan', 'kesalahan teknis', 'kelalaian tim kami', 'salah ambil', 'salah kirim', 'salah input', 'salah hitung',
    // One-person businesses admit in the singular; slips named by their verb ("lupa", "tertukar").
    'kelalaian saya', 'kekeliruan saya', 'saya lalai', 'saya keliru', 'seharusnya saya', 'saya telat', 'saya terlambat',
    'aku salah', 'salahku', 'kami lupa', 'saya lupa', 'aku lupa', 'kelupaan', 'tertukar', 'ketuker', 'salah cetak',
    'salah potong', 'salah jahit', 'salah ukur', 'salah pasang', 'salah tulis', 'salah ketik', 'salah jadwal', 'kurang teliti',
    'atas keterlambatan', 'keterlambatan dari kami', 'keterlambatan kami', 'memang datang terlambat', 'memang datang telat', 'memang sampai terlambat', 'memang sampai telat',
    // The material or tool we used was the wrong one: "cairan yang kami pakai salah".
    'kami pakai salah', 'kami gunakan salah', 'kami pakai keliru', 'kami gunakan keliru',
    // The slip of someone on the team ("kelalaian admin kami", "human error").
    'kesalahan admin', 'kelalaian admin', 'kesalahan staf', 'kelalaian staf', 'kesalahan tim', 'kesalahan kurir', 'kelalaian kurir',
    'kesalahan karyawan', 'kelalaian karyawan', 'kesalahan teknisi', 'kelalaian teknisi', 'keteledoran kami', 'human error',
    'sistem kami error', 'kesalahan sistem kami', 'admin kami salah', 'kurir kami salah',
    'kami khilaf', 'saya khilaf', 'murni kesalahan', 'kesalahan di pihak kami', 'kesalahan pihak kami', 'kesalahan dari pihak kami',
    'kami yang salah', 'kami yang keliru', 'saya yang salah', 'salah dari kami',
    // The failure confirmed with "memang": "teknisi kami Sabtu kemarin memang gak jadi ke rumah Ibu".
    'memang gak jadi', 'memang nggak jadi', 'memang tidak jadi', 'memang ga jadi', 'memang batal', 'kami kehabisan', 'stok kami habis duluan',
    'lupa mengabari', 'lupa kabari', 'lupa ngabarin', 'lupa memberi kabar', 'lupa konfirmasi', 'lupa mengirim', 'lupa kirim',
    // Short-shipped: "seharusnya berisi 3 strip, tetapi tim kami hanya mengemas 2".
    'seharusnya berisi', 'kami hanya mengemas', 'kami hanya mengirim', 'hanya kami kirim', 'hanya kami kemas', 'kurang kirim', 'kurang kemas',
    'salah packing', 'salah kemas', 'salah pack', 'salah ukuran', 'salah warna', 'salah size',
    'packing kami kurang', 'kemasan kami kurang', 'packingnya kurang', 'kami kurang hati-hati', 'kurang hati-hati',
    // What was sent against what was ordered: "yang terkirim ukuran M, padahal pesanan Om ukuran L".
    // Something of the customer's overlooked, mislaid or lost on our side.
    'terlewat', 'terselip', 'keselip', 'hilang di gudang', 'hilang di tempat kami', 'hilang di toko kami',
    'ketinggalan di gudang', 'ketinggalan di tempat kami', 'ketinggalan di toko kami',
    // Our staff late: "terapisnya telat sejam", "teknisi kami terlambat datang".
    'terapis kami telat', 'terapisnya telat', 'teknisi kami telat', 'teknisinya telat', 'kurir kami telat', 'kurirnya telat',
    'driver kami telat', 'drivernya telat', 'tim kami telat', 'timnya telat', 'terapis kami terlambat', 'teknisi kami terlambat',
    'kurir kami terlambat', 'tim kami terlambat',
    'padahal janji', 'padahal janjinya', 'padahal dijanjikan', 'padahal sudah dijanjikan', 'padahal kami janji',
    'padahal pesanan', 'padahal pesanannya', 'padahal yang dipesan', 'padahal kakak pesan', 'padahal bapak pesan', 'padahal ibu pesan',
  ],
  /** Sebelum pengakuan, kata ini membuatnya belum pasti: "mungkin harusnya kami" belum mengaku salah. */
  admissionHedges: ['mungkin', 'barangkali', 'kayaknya', 'sepertinya',
    // A slip that tends to happen is a reason, not an admission: "karena sering salah ketik saat dipindahkan".
    'sering', 'seringkali', 'kerap', 'rawan', 'rentan', 'biasanya', 'kadang', 'kadang-kadang'],
  complaintSignals: [
    'kabarin', 'kabari kami', 'sudah kabari', 'mengabari', 'memberi kabar', 'pemberitahuan', 'keluhan', 'komplain', 'kecewa', 'ketidaknyamanan', 'ganti rugi',
    'refund', 'pengembalian dana', 'garansi', 'penggantian', 'tidak sesuai', 'tanggung jawab', 'rusak', 'kerusakan', 'cacat',
    'terlambat sampai', 'sampai terlambat', 'sampai telat', 'tiba terlambat', 'belum sampai', 'kurang puas',
    // A wait complained of: "maaf sudah menunggu lama", "masih menunggu pesanan".
    'menunggu lama', 'lama menunggu', 'masih menunggu',
    // Checking the record is how a complaint reply starts ("Aku sudah cek lagi", "Setelah kami periksa").
    'sudah cek', 'sudah kami cek', 'setelah kami cek', 'sudah dicek', 'sudah kami periksa', 'setelah kami periksa',
    'sudah diperiksa', 'kurang sesuai harapan', 'tidak sesuai harapan', 'masukan', 'masukannya',
    // An objection, a mismatch or a refund in chat words, and the customer's photos.
    // (Not bare "keberatan": "kalau Bapak tidak keberatan" is a courtesy, not an objection.)
    'keberatannya', 'menyampaikan keberatan', 'keberatan bapak', 'keberatan ibu', 'keberatan kakak', 'keberatan anda', 'nggak sesuai', 'gak sesuai', 'ga sesuai', 'uang kembali', 'balikin uang', 'uangnya kembali', 'dikembalikan',
    // With the -nya suffix: "terima kasih atas keluhannya". Not "mohon maaf atas ketidaknyamanannya":
    // shops say it declining any request (the shared fixture gmail-id c1 is a refusal).
    'keluhannya', 'komplainnya', 'kekecewaan', 'kekecewaannya',
    'mengirim foto', 'mengirimkan foto', 'kirim foto', 'mengirim fotonya', 'mengirimkan fotonya', 'kirim fotonya',
    // Thanks for the customer's photos: "Terima kasih fotonya Pak", "makasih atas fotonya".
    'terima kasih fotonya', 'makasih fotonya', 'terima kasih atas fotonya', 'makasih atas fotonya', 'terima kasih untuk fotonya',
    // The incident the customer wrote about: "mohon maaf atas kejadian ini".
    'kejadian ini', 'kejadian tersebut',
    // Blaming the customer answers a complaint (rudely: politeness flags it): "itu salah kakak sendiri".
    'salah kakak sendiri', 'salah kak sendiri', 'salah anda sendiri', 'salah bapak sendiri', 'salah ibu sendiri', 'salah sendiri',
    // Denying the fault answers a complaint too: "Keterlambatan itu karena ekspedisi, bukan salah kami".
    // A material's nature explained: "itu sifat kainnya", "karakter bahan kayu jati".
    // The delay laid on the courier, or on what no one controls: "tertahan … karena banjir, di luar kendali kami".
    'keterlambatan kurir', 'keterlambatan ekspedisi', 'keterlambatan dari ekspedisi', 'di luar kendali kami', 'di luar kuasa kami',
    'sifat bahan', 'sifat bahannya', 'sifat kain', 'sifat kainnya', 'sifat alami', 'karakter bahan', 'karakteristik bahan',
    'bukan salah kami', 'bukan kesalahan kami', 'bukan salah saya', 'bukan kesalahan saya', 'bukan salah toko', 'bukan karena kesalahan', 'bukan karena kelalaian',
  ],
  /** Kata sehari-hari di luar kata tugas: bukti tambahan bagi pendeteksi bahasa. */
  languageWords,
  /** Salam untuk banyak orang ("Halo semua", "Bapak/Ibu orang tua murid"): pesannya pengumuman. */
  groupAddresses: ['halo semua', 'hai semua', 'halo semuanya', 'kepada seluruh', 'yth. seluruh', 'para pelanggan', 'para orang tua', 'bapak/ibu sekalian'],
  /** Aturan soal kontak dan sikap: bukan syarat transaksi ini, walau ada booking yang dikonfirmasi. */
  conductRules: ['di luar jam kerja', 'di luar jam operasional', 'nomor pribadi', 'wa pribadi', 'tidak menoleransi', 'tidak mentolerir', 'kata-kata kasar', 'bahasa yang sopan'],
  /** Penawaran atau konfirmasi pesanan ini: DP dan pelunasannya syarat transaksi, bukan aturan toko. */
  deals: ['penawaran berlaku', 'berlaku sampai', 'berlaku hingga', 'total biaya', 'totalnya', 'sudah kami terima', 'udah kami terima', 'sudah diterima', 'sudah kami kunci', 'udah kami kunci', 'terkonfirmasi', 'sudah dikonfirmasi'],
  /** A reply's subject that names a grievance: "Balas: Paket rusak", "Re: kenapa ditagih lagi?". */
  complaintSubjects: ['kenapa', 'salah', 'rusak', 'komplain', 'keluhan', 'kecewa', 'hilang', 'belum sampai', 'belum datang', 'cacat', '??', '?!',
    'telat', 'terlambat', 'kok', 'belum dikirim',
    // Biaya yang dipersoalkan dan cacat barang: "Re: Biaya tambahan pindahan", "Re: jamunya pahit bgt".
    'biaya tambahan', 'denda', 'luntur', 'kekecilan', 'kebesaran', 'pahit', 'basi', 'bau', 'sobek', 'kotor', 'bocor'],
  /**
   * Yang disepakati, dengan kata yang juga dipakai surat biasa ("sesuai pesanan kakak"): hanya bersama
   * tanda keluhan. (Bukan "yang Ibu minta": itu permintaan yang sedang ditolak.)
   */
  rightEvidenceWeak: ['sesuai pesanan kakak', 'sesuai pesanan bapak', 'sesuai pesanan ibu', 'sesuai pesanan anda'],
  rightEvidence: [
    'tanda tangani', 'ditandatangani', 'tercantum', 'tertulis', 'sesuai ketentuan', 'sesuai kesepakatan', 'form persetujuan', 'sudah disepakati',
    // What the customer approved, chose or confirmed in writing.
    'disetujui', 'kakak setujui', 'bapak setujui', 'ibu setujui', 'anda setujui', 'kakak approve', 'di-approve', 'diapprove',
    'konfirmasi tertulis', 'sesuai konfirmasi', 'sesuai kontrak', 'sesuai perjanjian', 'sesuai nota', 'syarat dan ketentuan',
    // What the customer chose or marked (not "yang Ibu minta", the request being answered): "sesuai titik yang Bapak tandai waktu survei".
    ...ADDRESSEES.flatMap((who) => ['pilih', 'tandai', 'tentukan', 'isi'].map((verb) => `yang ${who} ${verb}`)),
    'kita sign', 'sudah di-sign',
    // The written terms: "sesuai syarat pengiriman di resi" (not a bare "sudah sesuai": "transferannya sudah sesuai" confirms).
    'sesuai syarat',
    // The brief, sample or brochure the work followed: "sesuai moodboard yang kakak kirim", "sama seperti di brosur".
    'sesuai moodboard', 'sesuai referensi', 'sesuai contoh', 'sesuai desain', 'sesuai brosur', 'sesuai katalog', 'sesuai sampel',
    'sesuai gambar kerja', 'sesuai denah', 'sesuai brief', 'sesuai mockup', 'sesuai proof', 'seperti di brosur', 'seperti di katalog',
    'seperti di foto', 'seperti di website', 'seperti di menu',
    // "sesuai dengan perjanjian", the product description and what was checked out.
    'sesuai dengan perjanjian', 'sesuai dengan kesepakatan', 'sesuai dengan kontrak', 'sesuai dengan ketentuan',
    'deskripsi produk', 'sesuai deskripsi', 'yang kakak checkout', 'yang ibu checkout', 'yang bapak checkout',
    'sesuai menu', 'sesuai jadwal', 'menurut resi', 'size chart', 'foto produk', 'sesuai yang tertera', 'tertera di', 'sesuai s&k', 's&k',
    // Written or explained before, and agreed: "udah ditulis jelas di etalase", "stylist kami udah jelasin … dan kakak setuju".
    'ditulis', 'sudah kami tulis', 'udah kami tulis', 'sudah kami cantumkan', 'udah kami cantumkan', 'dicantumkan', 'ada di stiker', 'ada di label', 'ada di kemasan', 'sudah dijelaskan', 'sudah kami jelaskan', 'udah dijelasin', 'udah jelasin', 'sudah dijelasin', 'ada tulisannya', 'sudah menjelaskan', 'sudah diinfokan',
    'kakak setuju', 'bapak setuju', 'ibu setuju', 'anda setuju', 'sudah setuju', 'udah setuju',
    // Approved in chat ("file yang sudah Ibu ACC") and the posted price list ("sesuai daftar harga").
    'kakak acc', 'kak acc', 'bapak acc', 'ibu acc', 'sudah acc', 'udah acc', 'di-acc', 'diacc', 'daftar harga', 'pricelist', 'price list',
  ],
  /** Pengandaian: "Kalau Bapak setuju, survei bisa Senin" menawarkan langkah, tidak mengutip kesepakatan. */
  conditionals: ['kalau', 'kalo', 'klo', 'jika', 'apabila', 'bila', 'seandainya', 'asalkan'],
  /** Opening a sentence, these confirm what the customer wrote ("Iya Om, …", "You're right: …"). */
  confirmations: ['iya', 'iyaa', 'iyah', 'betul', 'benar', 'bener', 'waduh iya', 'aduh iya', 'wah iya', 'ya ampun', 'astaga'],
  /** Interjections that may open a confirmation ("Waduh, bener kak, …"). */
  interjections: ['waduh', 'aduh', 'duh', 'wah', 'astaga', 'ya ampun', 'oh'],
  /** A fault noun that, with our own marker up to three words on, admits the mistake ("kesalahan penjadwalan armada kami"). */
  faultNouns: ['kesalahan', 'kelalaian', 'kekeliruan', 'keteledoran'],
  /** Our own, closing such an admission. */
  ourMarkers: ['kami', 'saya', 'aku'],
  /** An apology for a slow answer, which owns no complaint ("Maaf baru balas"). */
  lateReplies: ['keterlambatan jawaban', 'keterlambatan jawabannya', 'keterlambatan balasan', 'keterlambatan balasannya', 'keterlambatan membalas', 'keterlambatan respon', 'baru balas', 'baru bales', 'baru membalas', 'telat balas', 'telat bales', 'lama balas', 'lama bales', 'lama membalas', 'baru sempat balas', 'slow respon', 'slow response', 'slow reply',
    'baru mengabari', 'baru kabari', 'baru ngabarin', 'baru sempat', 'baru respon', 'baru direspon', 'telat respon', 'lama respon', 'lama direspon'],
  /** A subject, not a reply, naming rules or terms: the message sets them out, however softly it words them. */
  ruleSubjects: ['aturan', 'peraturan', 'ketentuan', 'kebijakan', 'tata tertib', 'syarat', 'etika', 'tata cara', 'rules'],
  /** A subject naming the customer's request: a decline under it is a refusal. */
  requestSubjects: ['permintaan', 'permohonan', 'pengajuan', 'request'],
  /** …unless it names our apology instead. */
  requestSubjectExceptions: ['permohonan maaf', 'permintaan maaf'],
  /** Words opening the clause that follows a decline ("…, tapi bisa tukar ukuran minggu ini"). */
  contrastLeads: ['tapi', 'tp', 'tetapi', 'namun'],
  /** What the business or someone else can still do in that clause. */
  contrastModals: ['bisa', 'bs', 'dapat', 'dapet', 'boleh'],
  /** Our own doubt that, with a possibility word later in its clause, declines softly. */
  doubts: ['kurang tahu', 'kurang tau', 'kurang yakin', 'tidak yakin', 'gak yakin', 'nggak yakin', 'ga yakin', 'ragu', 'belum tentu'],
  /** What the doubt is about: "kurang yakin jadwalnya masih memungkinkan". */
  possibilities: ['memungkinkan', 'terkejar', 'keburu',
    // "saya kurang tahu bisa atau tidak": the doubt put as an open question.
    'bisa atau tidak', 'bisa atau nggak', 'bisa atau gak', 'bisa atau ga', 'bisa atau enggak', 'bisa apa nggak', 'bisa apa gak', 'bisa apa tidak',
  ],
} as const;
