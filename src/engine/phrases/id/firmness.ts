// Ketegasan: kata ragu yang melemahkan keputusan, ajakan menawar, dan merendahkan diri sendiri.
export const firmness = {
  /** Kata ragu yang dihapus dari kalimat keputusan ("sepertinya tidak bisa" → "tidak bisa"). */
  hedges: [
    'mungkin', 'mgkn', 'mungkin saja', 'sepertinya', 'kayaknya', 'kayanya', 'kyknya', 'keknya', 'kelihatannya', 'barangkali', 'rasanya',
    'agaknya', 'kalau memungkinkan', 'jika memungkinkan', 'apabila memungkinkan', 'bila memungkinkan', 'sebisa mungkin',
    'kira-kira', 'kurang lebih', 'sptnya', 'sepertinya sih', 'agak', 'sebenarnya', 'sebetulnya',
    'tampaknya', 'nampaknya', 'kemungkinan besar', 'kemungkinan', 'rasa-rasanya', 'kayaknya sih', 'kayanya sih',
    // A rule turned into a wish: "kalau bisa sih dilunasi sebelum tanggal 10", "kalau sempat aja".
    'kalau bisa sih', 'kalau bisa', 'jika bisa', 'kalau sempat', 'kalau sempat aja', 'kalau sempat saja',
    'kalau sempat aja sih', 'kalau sempat saja sih', 'kalau sempat sih',
    'sekiranya',
    // "Revisi keempat harusnya sih gak bisa": a rule said as what should be.
    'harusnya sih', 'seharusnya sih', 'mestinya sih',
  ],
  /** Keputusan yang ragu dan bentuk tegasnya. */
  hedgeReplacements: {
    'sepertinya kami mungkin': 'kami',
    'mungkin kami tidak bisa': 'kami tidak bisa',
    'sepertinya kami tidak bisa': 'kami tidak bisa',
    'kayaknya kami gak bisa': 'kami gak bisa',
    'kami mungkin akan': 'kami akan',
    // Doubt about one's own ability ("kami kurang yakin bisa diproses") is a refusal said softly.
    'kurang yakin bisa': 'tidak bisa',
    'tidak yakin bisa': 'tidak bisa',
    'gak yakin bisa': 'gak bisa',
    'nggak yakin bisa': 'nggak bisa',
    'belum yakin bisa': 'belum bisa',
    'kurang yakin dapat': 'tidak dapat',
    'tidak yakin dapat': 'tidak dapat',
    // The same doubt with words between, and its subject ("saya kurang yakin fitur ini bisa masuk" →
    // "fitur ini tidak bisa masuk"): "…" keeps up to four words of the draft.
    'saya kurang yakin … bisa': '… tidak bisa',
    'kami kurang yakin … bisa': '… tidak bisa',
    'aku kurang yakin … bisa': '… gak bisa',
    'saya tidak yakin … bisa': '… tidak bisa',
    'kami tidak yakin … bisa': '… tidak bisa',
    'saya kurang yakin … dapat': '… tidak dapat',
    'kami kurang yakin … dapat': '… tidak dapat',
    'saya gak yakin … bisa': '… gak bisa',
    'aku gak yakin … bisa': '… gak bisa',
    'kami gak yakin … bisa': '… gak bisa',
    'saya nggak yakin … bisa': '… nggak bisa',
    'aku nggak yakin … bisa': '… nggak bisa',
    'kami nggak yakin … bisa': '… nggak bisa',
    'kurang yakin … bisa': '… tidak bisa',
    'tidak yakin … bisa': '… tidak bisa',
    'kurang yakin … dapat': '… tidak dapat',
    // Hesitation and "not certain" are the same doubt: "saya ragu refund bisa diproses", "belum tentu bisa".
    'saya ragu … bisa': '… tidak bisa',
    'kami ragu … bisa': '… tidak bisa',
    'aku ragu … bisa': '… gak bisa',
    'ragu … bisa': '… tidak bisa',
    'belum tentu bisa': 'tidak bisa',
    'belum tentu dapat': 'tidak dapat',
    // "Agak sulit kami penuhi" is a soft no: say it.
    'sepertinya agak sulit': 'tidak bisa',
    'kayaknya agak susah': 'gak bisa',
    'agak sulit': 'tidak bisa',
    'agak susah': 'gak bisa',
    'cukup sulit': 'tidak bisa',
 } as Readonly<Record<string, string>>,
  /** Ajakan membuka kembali keputusan, ditandai di mana pun. */
  negotiation: [
    'bisa dinego', 'bisa nego', 'masih bisa nego', 'nego', 'bisa didiskusikan', 'bisa dibicarakan', 'dibicarakan lagi', 'boleh dibicarakan', 'didiskusikan lagi', 'boleh didiskusikan', 'dirundingkan', 'bisa diatur', 'bisa kita atur',
    'bisa diusahakan', 'diusahakan', 'let me know pendapat', 'kabari pendapat', 'gimana menurut', 'bagaimana menurut', 'belum final',
    'belum pasti', 'belum diputuskan', 'pertimbangkan kembali', 'pertimbangkan lagi',
    // Still weighing it (not "setelah mempertimbangkan …", which gives the basis of a decision).
    'sedang mempertimbangkan', 'masih mempertimbangkan', 'lagi mempertimbangkan', 'akan mempertimbangkan',
    'sedang dipertimbangkan', 'masih dipertimbangkan', 'lagi dipertimbangkan', 'akan dipertimbangkan', 'akan kami pertimbangkan',
    'masih kami pertimbangkan', 'sedang kami pertimbangkan', 'kami pertimbangkan lagi', 'belum harga mati',
    'bisa mempertimbangkan', 'dapat mempertimbangkan', 'mau mempertimbangkan', 'coba mempertimbangkan', 'bisa dipertimbangkan',
    'dapat dipertimbangkan', 'bisa kami pertimbangkan', 'dapat kami pertimbangkan', 'nanti kami pertimbangkan',
    'coba kami pertimbangkan',
    // With the -nya object suffix, and reviewing again ("kami akan mempertimbangkannya kembali", "ditinjau ulang").
    'mempertimbangkannya', 'pertimbangkannya kembali', 'pertimbangkannya lagi', 'kami tinjau kembali', 'ditinjau kembali',
    'meninjau kembali', 'tinjau ulang', 'ditinjau ulang', 'kami tinjau ulang',
    'coba aku lihat lagi', 'coba kami lihat lagi', 'coba saya lihat lagi', 'siapa tau', 'siapa tahu', 'tergantung situasi',
    'tergantung situasinya', 'tergantung kondisi', 'lihat nanti', 'kami lihat nanti', 'berapa aja', 'berapa saja', 'seikhlasnya',
    'kurang tahu', 'kurang tau', 'gimana baiknya', 'bisa kami usahakan', 'kami usahakan', 'bisa kita omongin', 'kita omongin lagi',
    'omongin lagi', 'bicarakan lagi', 'kalau kakak maksa', 'kalau maksa', 'kalau memang mendesak',
    // Talking it over again, thinking it over again, asking someone else first: the decision is reopened.
    'bahas lagi', 'dibahas lagi', 'bisa dirundingkan', 'kita rundingkan', 'diskusikan lagi', 'obrolin lagi', 'diobrolin lagi',
    'pikir-pikir lagi', 'dipikir-pikir lagi', 'pikirin lagi', 'dipikirin lagi', 'pikirkan lagi', 'dipikirkan lagi', 'pikirkan kembali', 'dipikirkan kembali', 'kami pikirin',
    'coba tanya dulu', 'coba saya tanyakan', 'coba kami tanyakan', 'coba aku tanyain', 'coba aku tanyakan', 'fleksibel kok',
    'kurang yakin apakah', 'tidak yakin apakah', 'gak yakin apakah', 'nggak yakin apakah', 'belum yakin apakah',
    'mungkin masih bisa', 'masih bisa kok', 'gimana nanti', 'bagaimana nanti', 'coba ajukan', 'coba saya ajukan',
    'coba kami ajukan', 'saya coba ajukan', 'kami coba ajukan', 'aku coba ajukan',
    // The decision handed up to the boss: "nanti coba aku tanya owner dulu".
    'tanya owner', 'tanyain owner', 'tanyakan ke owner', 'tanya ke owner', 'tanya bos', 'tanya atasan', 'tanyakan ke atasan',
    'tanya pemilik', 'diskusikan dengan owner', 'diskusikan dengan atasan',
    // …or to the family or a partner: "nanti coba saya omongin sama suami dulu".
    ...['suami', 'istri', 'partner', 'keluarga', 'rekan'].flatMap((who) =>
      ['omongin sama', 'omongin dengan', 'ngomong sama', 'diskusi dengan', 'diskusikan dengan', 'bicarakan dengan', 'rembukan sama', 'tanya'].map(
        (talk) => `${talk} ${who}`,
      ),
    ),
    // The ending or the price left open: "masih bisa kita lanjut sebulan dua bulan", "ya bisa lah kita atur-atur".
    'masih bisa kita lanjut', 'masih bisa lanjut', 'bisa kita lanjutkan', 'atur-atur', 'bisa lah kita', 'bisalah kita',
    // Asked of head office, or no promise yet: "paling kami tanya dulu ke pusat", "belum bisa janji".
    'tanya ke pusat', 'tanya pusat', 'tanya dulu ke', 'tanya manajemen', 'tanya ke manajemen', 'kami tanya dulu', 'saya tanya dulu',
    'aku tanya dulu',
    'belum bisa janji', 'belum bisa menjanjikan', 'tidak bisa janji', 'gak bisa janji', 'nggak bisa janji', 'belum berani janji',
    'bisa dinegosiasikan', 'masih bisa dinegosiasikan', 'terbuka untuk negosiasi', 'masih open nego', 'open nego',
    // The rule waived in the next breath: "kalau telat sedikit juga nggak apa-apa", "belum bisa DP juga gapapa".
    'juga gapapa', 'juga ga papa', 'juga gak papa', 'juga gak apa-apa', 'juga nggak apa-apa', 'juga tidak apa-apa',
    'juga ga apa-apa', 'juga enggak apa-apa', 'juga gak masalah', 'juga nggak masalah', 'juga tidak masalah',
    'juga ga masalah', 'juga boleh kok', 'sedikit juga boleh',
    // The rule given up for an urgent case: "kalau mendesak ya boleh lah chat malam".
    'mendesak ya boleh', 'mendesak boleh kok', 'mendesak ya gapapa', 'mendesak ya nggak apa-apa', 'mendesak ya gak apa-apa',
    // Waved through with a shrug: "Tapi kalau mendadak ya gapapa sih".
    'ya gapapa sih', 'gapapa sih', 'gak apa-apa sih', 'nggak apa-apa sih', 'ga papa sih', 'gak papa sih', 'nggak papa sih',
    'urgent ya boleh', 'urgent ya gapapa', 'diusahain', 'usahain', 'kayaknya bisa', 'ya udah deh',
    // Giving in with a sigh: "Tapi ya sudahlah Bu, kali ini saya kerjakan gratis saja".
    'ya sudahlah', 'ya udahlah', 'yaudahlah', 'yasudahlah', 'ya sudah deh', 'yaudah deh', 'boleh lah', 'bolehlah', 'sih boleh',
    // The rule waived for some: "kalau kakak langganan lama sih bebas aja".
    'sih bebas aja', 'sih bebas saja', 'ya bebas aja', 'bebas aja kok', 'sih santai aja', 'santai aja kok',
    // The amount left to the customer: "10% atau berapa yang Ibu rasa pantas".
    ...['ibu', 'bapak', 'kakak', 'kak', 'anda', 'mbak', 'mas', 'kamu'].flatMap((who) =>
      ['rasa pantas', 'anggap pantas', 'rasa adil', 'anggap adil', 'rasa wajar', 'anggap wajar'].map((fair) => `${who} ${fair}`),
    ),
    // The rule waived with a hedge: "tapi kalau memang perlu ya mungkin gak apa-apa".
    'mungkin gak apa-apa', 'mungkin nggak apa-apa', 'mungkin ga apa-apa', 'mungkin tidak apa-apa', 'mungkin gapapa',
    'mungkin gak papa', 'mungkin nggak papa', 'mungkin ga papa',
  ],
  /** Yang diberikan usaha yang benar ketika mengalah (kata ragu di depannya membuka lagi kesepakatan). */
  concessions: [
    'gratis', 'free', 'hapus', 'hapuskan', 'dihapus', 'dihapuskan', 'refund', 'tanpa biaya', 'cuma-cuma', 'potongan', 'diskon',
    'kurangi', 'dikurangi', 'ganti',
    // Money handed back: "mungkin ongkirnya bisa kami kembalikan deh kak".
    'kembalikan', 'dikembalikan', 'balikin', 'dibalikin', 'gratiskan', 'digratiskan',
    // Knocked off the bill: "mungkin bisa kami potong setengah".
    'potong', 'dipotong', 'potongin',
  ],
  /** Usaha sebagai pihak yang memberi ("kami bisa", "bisa saya"), bukan pelanggan. */
  ours: ['kami', 'saya', 'aku', 'kita'],
  /** Sebelum kata ragu, penentu menjadikannya kata benda ("sebuah kemungkinan"). */
  nounLeads: ['sebuah', 'suatu'],
  /** A hedge right before a judgment of fit is the general reason for ending (002): "Saya rasa saya bukan guru yang tepat". */
  /** Setelah kata ragu, ini mengarah ke pandangan pelanggan, bukan keputusan: "kurang tahu kenapa kakak mengira…". */
  doubtAboutOthers: ['kenapa', 'mengapa'],
  fitSubjects: ['saya', 'kami', 'ini', 'sepertinya kami'],
  fitJudgments: ['bukan orang yang tepat', 'orang yang tepat', 'bukan guru yang tepat', 'bukan yang terbaik', 'kurang cocok', 'tidak cocok', 'bukan pilihan yang tepat', 'bukan tempat yang tepat'],
  /** Merendahkan posisi sendiri. */
  selfUndermining: [
    'saya bukan ahli', 'aku bukan ahli', 'saya juga bukan ahli', 'cuma pendapat saya', 'mungkin saya salah', 'saya kurang paham',
    'aku juga bukan ahli', 'bukan ahlinya', 'saya juga masih belajar', 'aku juga masih belajar', 'maklum masih baru',
    'saya juga kurang paham', 'aku kurang paham', 'aku juga kurang paham',
  ],
  /** Pembuka klausa yang ikut dengan klausa tawar-menawar sesudahnya. */
  conditionalLeads: ['kalau', 'jika', 'apabila', 'bila', 'seandainya', 'namun apabila', 'tapi kalau', 'namun jika', 'namun kalau'],
  /** Pernyataan tegas pengganti ajakan menawar. */
  firmStatements: ['keputusan ini sudah final', 'keputusan kami sudah final'],
} as const;
