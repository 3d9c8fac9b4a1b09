// Politeness phrase data (Indonesian, formal and chat style): what sounds rude, curt or blaming.
export const politeness = {
  /** Insults and profanity, as word families (chat spellings included). */
  insults: [
    'bodoh', 'goblok', 'tolol', 'bego', 'dungu', 'idiot', 'brengsek', 'bangsat', 'anjing', 'anjir', 'sialan', 'kampungan',
    'norak', 'gila', 'sinting', 'tidak tahu diri', 'gak tahu diri', 'nggak tahu diri', 'gak tau diri', 'tidak tahu malu',
    'gak tau malu', 'tidak tahu sopan santun', 'kurang ajar', 'tidak berpendidikan', 'menjijikkan', 'keterlaluan',
    'payah', 'dasar pelanggan', 'sok tahu', 'sok tau', 'pelit', 'rewel', 'cerewet', 'lebay',
  ],
  /** Sarcasm and scolding: needling phrases that need no rude word. */
  sarcasm: [
    'seperti yang sudah saya bilang', 'seperti yang sudah saya katakan', 'seperti yang saya bilang', 'kan udah dibilang',
    'kan sudah dibilang', 'kan udah aku bilang', 'kan sudah saya bilang', 'udah dibilang dari awal', 'sudah berkali-kali dibilang',
    'sudah berkali-kali kami sampaikan', 'berapa kali harus', 'harusnya dari awal', 'seharusnya dari awal', 'makanya baca',
    'makanya dibaca', 'sabar dong', 'saya juga manusia', 'kami juga manusia', 'bukan mesin', 'masa gitu aja', 'masa begitu saja',
    'gitu aja gak bisa', 'gitu aja nggak bisa', 'emangnya', 'pikir sendiri', 'coba dipikir', 'bisa baca kan',
    'kan udah aku jelasin', 'kan udah saya jelasin', 'kan sudah saya jelaskan', 'kan sudah kami jelaskan', 'kan udah dijelasin',
    'kan sudah dijelaskan', 'kan udah aku kasih tau', 'dijelasin berulang-ulang', 'dijelaskan berulang-ulang', 'udah berapa kali',
    'sudah berapa kali', 'makanya kalau', 'lain kali baca',
    'udah dibilangin', 'sudah dibilangin', 'dibilangin berkali-kali', 'sudah berkali-kali saya bilang',
    // "Emang Ibu pikir kami ini tukang sulap?", "udah jelas-jelas ditulis".
    'emang kakak pikir', 'emang ibu pikir', 'emang bapak pikir', 'emang anda pikir', 'dikira kami', 'pikir kami ini',
    'tukang sulap', 'bukan pesulap', 'jelas-jelas', 'gimana sih', 'bagaimana sih',
    // "Makanya order dari awal": the customer told what they should have done.
    'makanya order', 'makanya pesan', 'makanya pesen', 'makanya booking', 'makanya jangan', 'makanya lain kali',
    'makanya dari awal', 'makanya cepetan', 'makanya buruan', 'makanya dibaca dulu',
    // "Bapak pikir dapur kami sulap?", "pesan H-3 kayak orang lain".
    'bapak pikir', 'ibu pikir', 'kakak pikir', 'anda pikir', 'kamu pikir', 'kayak orang lain', 'seperti orang lain dong',
    // "Ustadzah kami juga punya keluarga, bukan kerja 24 jam": the customer told the staff are people too.
    'juga punya keluarga', 'juga punya kehidupan', 'juga butuh istirahat', 'juga butuh tidur', 'bukan robot', 'bukan kerja 24 jam',
    'juga perlu istirahat', 'juga perlu tidur', 'bukan tempat penitipan', 'bukan jasa penitipan', 'bukan babysitter', 'bukan pembantu',
    // Told it was plain to see: "Sudah jelas di foto ada keterangannya"; the same question asked again.
    'sudah jelas di', 'udah jelas di', 'sudah jelas ditulis', 'udah jelas ditulis', 'sudah jelas tertulis', 'sudah sangat jelas',
    'nanya hal yang sama', 'tanya hal yang sama', 'menanyakan hal yang sama', 'nanya terus', 'nanyain terus',
    // Time wasted, too much expected, anyone could read, not the only customer.
    'buang-buang waktu', 'membuang waktu saya', 'membuang waktu kami', 'buang waktu saya', 'buang waktu kami',
    'jangan buang-buang waktu', 'jangan membuang waktu', 'jangan buang waktu',
    'terlalu berlebihan kalau', 'agak berlebihan kalau', 'siapa pun yang bisa baca', 'siapapun yang bisa baca', 'orang yang bisa baca',
    'bukan satu-satunya pelanggan', 'bukan satu-satunya customer', 'bicara seperti itu kepada', 'ngomong kayak gitu ke',
    // Sent away to shop elsewhere: "kalau mau murah jangan beli di sini".
    'jangan beli di sini', 'jangan belanja di sini', 'jangan pesan di sini', 'jangan order di sini', 'mau murah jangan',
    'juga perlu makan', 'juga butuh makan', 'bukan kerja sosial', 'bukan yayasan', 'bukan badan amal',
    'bukan lembaga sosial', 'kami lembaga sosial', 'kami yayasan', 'kami badan amal',
    // The customer's own doing answered with "no wonder": "…tanpa aklimatisasi kan? Ya jelas aja kaget".
    'ya jelas aja', 'ya jelas saja', 'ya jelaslah', 'ya jelas lah', 'ya wajar aja', 'ya wajar saja', 'ya wajarlah', 'ya iyalah',
    'udah ditulis gede-gede', 'sudah ditulis gede-gede', 'sudah ditulis besar-besar', 'udah ditulis gede', 'udah segede gitu',
    // "kalian pikir kami …?", "masa lupa?": the customer asked what they think or why they forgot.
    'kalian pikir', 'kalian kira', 'kamu kira', 'emang kalian', 'kalian ini', 'kalian tuh', 'kalian semua sama',
    'masa lupa', 'masa gak tau', 'masa nggak tau', 'masa gak tahu', 'masa nggak tahu', 'masa tidak tahu', 'masa belum baca',
    'masa gak baca', 'masa nggak baca',
    // Protest called late, advice waved off, the same slip thrown back: "Kok baru protes sekarang?", "Ya namanya juga handmade".
    'kok baru protes', 'kok baru komplain', 'kok baru bilang', 'kok baru ngomong', 'baru protes sekarang', 'baru komplain sekarang',
    'ya namanya juga', 'kok kami yang', 'kok saya yang', 'kok malah kami', 'kok malah saya', 'akhirnya baca juga', 'akhirnya dibaca juga',
    'jangan chat terus', 'jangan nge-chat terus', 'jangan spam', 'chat terus-terusan', 'masih juga salah', 'masih aja salah', 'masih saja salah', 'tetap aja salah', 'tetap saja salah',
    ...['bapak', 'ibu', 'kakak', 'kak', 'mbak', 'mas', 'anda', 'kamu'].flatMap((who) => [
      `${who} ini gimana`, `${who} ini bagaimana`,
      // "Kakak kira kami punya 50 tangan?": what the customer takes the business for, asked back.
      `${who} kira kami`, `${who} kira saya`, `${who} kira aku`,
      // A complaint played down: the customer is the only one who complained.
      `cuma ${who} yang komplain`, `hanya ${who} yang komplain`, `baru ${who} yang komplain`,
    ]),
    'yang lain gak komplain', 'yang lain nggak komplain', 'yang lain tidak komplain', 'yang lain ga komplain',
    'lain tidak ada yang komplain', 'lain gak ada yang komplain', 'lain nggak ada yang komplain', 'lain tidak pernah komplain',
    // Condescension about what the customer can grasp, and the count of times it was explained: "sudah cukup dewasa untuk paham".
    'dewasa untuk paham', 'dewasa untuk mengerti', 'dewasa untuk memahami', 'kali ini bisa dibaca', 'kali ini dibaca',
    'kali ini tolong dibaca', 'kalinya saya jelaskan', 'kalinya kami jelaskan', 'kalinya saya jelasin', 'kalinya saya sampaikan',
    'kalinya kami sampaikan', 'kalinya saya bilang', 'kalinya aku bilang', 'kalinya aku jelasin',
    // "Orang tua murid sekarang maunya…": the customer lumped with a kind of people ("you people").
    ...['pembeli', 'customer', 'konsumen', 'pelanggan', 'orang tua', 'ortu', 'klien', 'penyewa', 'pasien', 'orang-orang'].flatMap((who) =>
      ['zaman sekarang maunya', 'jaman sekarang maunya', 'zaman sekarang tuh', 'jaman sekarang tuh', 'sekarang maunya', 'kok maunya',
        'model begini', 'model gini', 'maunya gratisan', 'maunya semua'].map((tail) => `${who} ${tail}`),
    ),
  ],
  /**
   * A question opened by "masa" at a clause start ("Masa instruktur kami harus nungguin kakak tiap
   * minggu sih?"): the customer told off by a rhetorical question. Not "Masa sih kak?" (surprise)
   * nor a period of time ("Masa garansinya berapa lama?").
   */
  rhetoricalLeads: ['masa', 'masak', 'ngapain'],
  /** …or closed by these right before the question mark: "Mau cari di mana lagi coba?". */
  rhetoricalTails: ['coba'],
  /** A question word that must stand in such a sentence ("di mana lagi coba?"), so "Mau coba?" stays an offer. */
  rhetoricalTailAsks: ['apa', 'siapa', 'mana', 'gimana', 'bagaimana', 'kapan', 'kenapa', 'mengapa', 'berapa', 'emang', 'emangnya'],
  rhetoricalExceptions: [
    'sih', 'iya', 'ya', 'berlaku', 'garansi', 'garansinya', 'aktif', 'tenggang', 'sewa', 'sewanya', 'kontrak', 'percobaan', 'depan', 'lalu',
    'kerja', 'pakai', 'simpan', 'tunggu', 'promo', 'pengerjaan', 'inap', 'panen', 'transisi', 'pemesanan', 'pendaftaran', 'libur',
    'liburan', 'kecil', 'muda', 'pandemi', 'berlakunya', 'kadaluarsa', 'expired', 'trial', 'magang', 'studi',
  ],
  /** Scolding advice inside a sentence: "lain kali jangan …", "jangan … dong" (see rules/politeness/sarcasm.ts). */
  scoldingLeads: ['lain kali', 'lain waktu', 'besok-besok', 'next time'],
  scoldingWords: ['jangan', 'gak usah', 'nggak usah', 'ga usah', 'tidak usah',
    // "Mungkin lain kali notanya dibaca dulu ya kak": told to read next time.
    'dibaca', 'baca'],
  scoldingTails: ['dong', 'donk', 'dng'],
  /** Perintah yang, tepat setelah "lain kali", menegur yang terlewat ("Lain kali baca dulu"); "lain kali bawa botol minum" hanya saran. */
  scoldingCommands: ['baca', 'cek', 'tanya', 'ukur', 'perhatikan', 'pahami', 'pikir', 'dibaca', 'dicek'],
  /** Maaf atas kesan diri sendiri, sebelum kata kasar tentang si penulis: "maaf kalau kesannya rewel". */
  selfDescriptionLeads: ['maaf kalau', 'maaf jika', 'maaf kalo', 'maaf klo', 'maaf bila', 'maaf kl'],
  /** Dua kata tepat sebelum frasa yang menepis, yang menjadikannya belasungkawa ("turut berduka atas …"). */
  sympathyLeads: ['berduka atas', 'berdukacita atas', 'belasungkawa atas'],
  /** Dismissals only when they end their line: "kalau gak mau ya udah". */
  dismissiveAtLineEnd: ['ya sudah', 'ya udah', 'yaudah'],
  /** Reminders, not scolding, inside those patterns ("lain kali jangan lupa bawa struk"). */
  scoldingExceptions: ['jangan lupa', 'jangan sampai ketinggalan', 'jangan sampai kehabisan'],
  /** Between a "lain kali" and the scolding word, our own subject makes it our promise ("lain kali kami baca lebih teliti"). */
  scoldingSelf: ['kami', 'saya', 'aku', 'kita'],
  /** Right before the scolding word, the customer's own wish makes it a tip: "lain kali kalau mau baca katalognya, cek IG kami". */
  scoldingWishes: ['mau', 'ingin', 'pengen', 'pingin', 'sempat'],
  /** Dismissive phrases: the customer's concern waved away. */
  dismissive: [
    'terserah', 'bukan urusan saya', 'bukan urusan kami', 'bodo amat', 'bodoh amat', 'emang gue pikirin', 'ya sudah kalau tidak mau',
    'ya udah kalau gak mau', 'suka-suka', 'bukan masalah saya', 'bukan masalah kami', 'bukan salah kami', 'ambil atau tinggalkan',
    'jangan banyak tanya', 'jangan banyak protes', 'jangan komplain', 'gak usah komplain', 'udah banyak yang nanya',
    'sudah banyak yang tanya',
    // The customer told they are not the only one: "pesanan kakak bukan satu-satunya".
    'kakak bukan satu-satunya', 'ibu bukan satu-satunya', 'bapak bukan satu-satunya', 'bukan satu-satunya pelanggan',
    'bukan satu-satunya pesanan', 'bukan satu-satunya customer', 'bukan cuma kakak', 'bukan cuma bapak', 'bukan cuma ibu', 'bukan hanya kakak', 'bukan hanya anda',
    // Sending the customer away, or saying one is fed up with them.
    'gak usah beli', 'nggak usah beli', 'ga usah beli', 'tidak usah beli', 'gak usah order', 'nggak usah order',
    'cari toko lain saja', 'cari toko lain aja', 'cari vendor lain saja', 'cari vendor lain aja', 'cari tempat lain saja',
    'cari tempat lain aja', 'cari yang lain saja', 'cari yang lain aja', 'cari orang lain saja', 'cari orang lain aja',
    'kami sudah capek', 'kami udah capek', 'saya sudah capek', 'saya udah capek', 'capek ngadepin', 'males ngadepin',
    'malas menghadapi', 'malas ngeladenin',
    'gak usah dibeli', 'nggak usah dibeli', 'ga usah dibeli', 'tidak usah dibeli', 'gak usah diambil', 'nggak usah diambil',
    'tidak usah diambil', 'gak usah jadi', 'nggak usah jadi',
    // "Yang antre juga banyak": the customer told they are replaceable.
    'yang antre juga banyak', 'yang antri juga banyak', 'yang mau juga banyak', 'yang minat juga banyak', 'yang beli juga banyak',
    'yang antre banyak', 'yang antri banyak',
  ],
  /** The customer's unwillingness that a mid-sentence "terserah" answers: "Kalau keberatan ya terserah kakak". */
  unwillingConditions: [
    'kalau keberatan', 'kalo keberatan', 'jika keberatan', 'kalau gak mau', 'kalau nggak mau', 'kalau tidak mau', 'kalau ga mau',
    'kalo gak mau', 'kalau gak cocok', 'kalau nggak cocok', 'kalau tidak cocok', 'kalau gak suka', 'kalau nggak suka',
    'kalau kemahalan', 'jika tidak berkenan',
  ],
  /** A choice left as take it or leave it: "terserah kakak mau jadi atau nggak". */
  takeItOrLeaveIt: ['atau tidak', 'atau nggak', 'atau gak', 'atau ga', 'atau enggak', 'atau engga', 'atau ngga', 'atau gk', 'jadi atau batal'],
  /** Threats (quoting a contract clause is not a threat: see threatExceptions). */
  threats: [
    'kami tidak bertanggung jawab', 'kami gak tanggung jawab', 'kami nggak tanggung jawab', 'bukan tanggung jawab kami',
    'lewat dari itu', 'awas', 'laporkan ke polisi', 'lapor polisi', 'laporkan anda', 'kami tuntut', 'jalur hukum',
    'kami viralkan', 'kami sebarkan', 'daftar hitam', 'peringatan terakhir', 'jangan salahkan kami', 'siap-siap',
    'blacklist', 'kami blacklist', 'proses hukum', 'ranah hukum', 'somasi', 'kami somasi', 'kami panggil satpam',
    'panggil polisi', 'kami polisikan',
  ],
  /** Words before a threat phrase that make it a quoted term, not a threat ("sesuai pasal 5, …"). */
  threatExceptions: ['pasal', 'poin', 'ketentuan', 'kontrak', 'perjanjian', 'sesuai', 'tercantum', 'tertulis', 'nota'],
  /** Second-person references that an accusation is aimed at. */
  you: ['anda', 'kamu', 'kakak', 'kak', 'bapak', 'ibu', 'pak', 'bu', 'mas', 'mbak', 'sampeyan', 'lu', 'lo', 'elo', 'situ'],
  /** Words between the person and the trait ("Bapak selalu bersikap kasar"). */
  accusationBridges: [
    'sangat', 'selalu', 'sering', 'terlalu', 'benar-benar', 'sungguh', 'memang', 'sudah', 'udah', 'sendiri', 'itu', 'ini',
    'juga', 'terus', 'berkali-kali', 'berulang kali', 'terus-terusan', 'tiap bulan', 'setiap bulan', 'tiap minggu', 'setiap minggu',
    'tiap kali', 'setiap kali', 'melulu', 'mulu', 'jelas', 'begitu', 'banget', 'yang', 'sekali', 'bersikap', 'berlaku', 'berbicara', 'bicara', 'ngomong',
  ],
  /** Traits and behaviour words that make a "you" statement an accusation. */
  accusationTraits: [
    'kasar', 'tidak sopan', 'gak sopan', 'nggak sopan', 'kurang sopan', 'tidak tahu sopan santun', 'tidak bisa menghargai',
    'gak bisa menghargai', 'tidak menghargai', 'gak menghargai', 'seenaknya', 'semena-mena', 'egois', 'menyebalkan',
    'bermasalah', 'sulit diatur', 'susah diatur', 'rewel', 'cerewet', 'tidak tahu diri', 'pembohong', 'bohong', 'ngeyel',
    'tidak sabaran', 'gak sabaran', 'keras kepala', 'salah', 'lalai', 'teledor', 'telat bayar', 'ngutang',
    // Late payment and angry conduct, in their verb forms ("Ibu selalu telat membayar").
    'telat membayar', 'terlambat bayar', 'terlambat membayar', 'telat transfer', 'telat melunasi', 'nunggak',
    'marah-marah', 'memarahi', 'membentak', 'membentak-bentak', 'bentak-bentak', 'memaki', 'memaki-maki', 'maki-maki', 'ngamuk',
    'ngomel', 'ngomel-ngomel', 'menghina', 'merendahkan', 'mengancam', 'ngancam',
    // Asking too much: "Ibu terlalu banyak menuntut".
    'banyak menuntut', 'terlalu menuntut', 'banyak maunya', 'kebanyakan maunya', 'perhitungan banget', 'terlalu perhitungan',
    'merepotkan', 'ngerepotin', 'menyusahkan', 'nyusahin', 'ngeselin', 'nyebelin', 'menjengkelkan', 'rese', 'ribet',
    'malas', 'males', 'pemalas',
    // Late again and again: "Tiga minggu ini kakak telat terus".
    'telat terus', 'terlambat terus', 'telat melulu', 'telat mulu', 'telat lagi', 'terlambat lagi', 'selalu telat', 'selalu terlambat',
  ],
  /** Nouns for someone's conduct: "sikap Anda…", "kelakuan Bapak…". */
  conductNouns: ['sikap', 'kelakuan', 'perilaku', 'tingkah', 'cara bicara', 'omongan', 'nada bicara'],
  /** Teguran masa lalu yang tidak dilunakkan oleh pengandaian: "Kalau mau lebih pendek, seharusnya bilang dari awal". */
  pastBlame: ['seharusnya', 'harusnya'],
  /** Blaming statements that need no trait word. */
  blame: [
    'salah anda sendiri', 'salah kakak sendiri', 'salah bapak sendiri', 'salah ibu sendiri', 'salah kamu sendiri',
    'salahnya sendiri', 'kesalahan anda sendiri', 'gara-gara anda', 'gara-gara kakak', 'gara-gara bapak', 'gara-gara ibu',
    'anda tidak pernah', 'kakak gak pernah', 'bapak tidak pernah',
    'ibu tidak pernah', 'ngutang terus', 'tidak pernah baca', 'gak pernah baca',
    // "Bapak sendiri yang tidak datang…": the customer made the subject of the failure.
    'bapak sendiri yang tidak', 'ibu sendiri yang tidak', 'anda sendiri yang tidak', 'kakak sendiri yang tidak',
    'kakak sendiri yang gak', 'kakak sendiri yang nggak', 'kamu sendiri yang', 'situ sendiri yang', 'situ yang salah',
    // The customer's child or staff named as the cause ("Aldo sendiri yang malas latihan").
    'sendiri yang malas', 'sendiri yang males', 'sendiri yang tidak mau', 'sendiri yang gak mau', 'sendiri yang nggak mau',
    'sendiri yang ogah', 'sendiri yang lalai', 'sendiri yang teledor',
    // "Bapak sendiri yang minta tambahan 3 halaman": the customer's own request thrown back.
    'sendiri yang minta', 'sendiri yang request', 'sendiri yang mau',
    // What the customer failed to check: "Kakak gak cek ukuran dulu sebelum checkout sih" (a condition is skipped).
    ...['bapak', 'ibu', 'kakak', 'kak', 'mbak', 'mas', 'anda'].flatMap((who) =>
      ['gak', 'nggak', 'ga', 'tidak'].flatMap((not) =>
        ['cek', 'ngecek', 'mengecek', 'baca', 'membaca', 'ukur', 'ngukur', 'mengukur', 'tanya', 'nanya', 'bertanya', 'konfirmasi', 'perhatiin', 'memperhatikan',
          // …or failed to tell: "Ibu tidak mengisi formulir alergi", "kakak gak bilang".
          'mengisi', 'ngisi', 'bilang', 'ngasih tau', 'kasih tau', 'memberi tahu', 'memberitahu', 'memberitahukan',
          'menginformasikan', 'mengabari', 'ngabarin', 'menyebutkan', 'nyebutin']
          .map((check) => `${who} ${not} ${check}`),
      ),
    ),
    // "Kakak sendiri kan yang pilih warna mustard?": the same, as a tag question.
    'sendiri kan yang', 'sendiri lho yang', 'sendiri loh yang', 'sendiri lo yang',
    // "lagian Ibu juga ganti rundown mendadak": the customer's doing thrown back as an excuse.
    'lagian ibu juga', 'lagian bapak juga', 'lagian kakak juga', 'lagian anda juga', 'lagian mbak juga', 'lagian mas juga',
    // "salah Ibu juga sih gak bayar pelunasan": the fault laid on the customer as well.
    'salah ibu juga', 'salah bapak juga', 'salah kakak juga', 'salah anda juga', 'salah mbak juga', 'salah mas juga',
    // "Tapi Ibu juga ditelepon susah banget diangkat": our slip excused by the customer being hard to reach.
    ...['bapak', 'ibu', 'kakak', 'kak', 'mbak', 'mas', 'anda'].flatMap((who) => [`${who} juga susah`, `${who} juga sulit`]),
    'susah banget diangkat', 'susah banget dihubungi', 'gak diangkat-angkat', 'nggak diangkat-angkat', 'ga diangkat-angkat',
    'tidak diangkat-angkat',
  ],
  counterfactualBlame: {
    /** "Seandainya kakak baca dulu, pasti…": the customer as the one who failed. */
    customer: ['seandainya kakak', 'seandainya anda', 'seandainya bapak', 'seandainya ibu', 'seandainya kamu'],
    /** "Kalau Aldo dari awal rajin latihan, pasti…": anyone's failure underlined, after a condition word. */
    underlined: ['dari awal sudah', 'dari awal udah', 'sejak awal sudah'],
    conditions: ['kalau', 'jika', 'seandainya', 'kalo', 'andai'],
    notCustomers: ['kami', 'saya', 'kurir', 'ekspedisi', 'tim', 'pihak'],
    intensifiers: ['dari awal', 'sejak awal', 'memang'],
    consequences: ['pasti', 'tentu', 'tidak akan', 'nggak akan', 'gak akan', 'gak bakal', 'nggak bakal'],
    notDeeds: ['ingin', 'mau', 'butuh', 'perlu', 'ada', 'berkenan'],
  },
  /** Verbs (base forms) that open a bossy imperative; suffixes -kan, -i, -lah, -in are matched too. */
  commandVerbs: [
    'baca', 'ambil', 'bawa', 'bayar', 'lunas', 'jangan', 'stop', 'kirim', 'hubung', 'tunggu', 'cek', 'datang',
    'tanda tangan', 'transfer', 'diam', 'berhenti', 'pikir', 'ikut', 'patuh', 'catat', 'ingat', 'paham', 'urus', 'pergi',
    'buruan', 'perhatikan', 'pahami',
  ],
  /** Imperatives that are friendly, not bossy ("Jangan khawatir", "Jangan ragu"). */
  commandExceptions: [
    'jangan khawatir', 'jangan ragu', 'jangan sungkan', 'jangan segan', 'jangan lupa ya', 'tunggu kabar baik',
    // Comfort, not an order: "Jangan sedih dong kak, kuenya kami ganti besok".
    'jangan sedih', 'jangan kecewa', 'jangan cemas', 'jangan panik', 'jangan bingung',
    'ditunggu', 'cek juga', 'hubungi kami', 'kabari', 'mampir', 'datang aja', 'ikuti kami',
  ],
  /** Words anywhere in the sentence that soften an imperative. */
  softeners: [
    'mohon', 'tolong', 'silakan', 'silahkan', 'harap', 'ya', 'yah', 'yuk', 'yaa', 'dimohon', 'kalau', 'jika', 'apabila',
    'bila', 'terima kasih', 'makasih',
  ],
  /** Curt openers: a reply that starts with a bare "Tidak bisa." */
  bluntOpeners: [
    'tidak bisa', 'gak bisa', 'ga bisa', 'nggak bisa', 'enggak bisa', 'ngga bisa', 'tidak', 'gak', 'nggak', 'enggak',
    'tidak boleh', 'gak boleh', 'nggak boleh', 'tidak mau', 'gak mau', 'ogah', 'tidak mungkin', 'gak mungkin',
  ],
  /** Polite replacements offered by the fixes. */
  softenedCommand: 'mohon',
  bluntOpenerReplacement: 'Terima kasih sudah bertanya, namun',
  accusationReplacement: 'kami tidak dapat mengakomodasi kebutuhan Anda',
  /** Words in capitals that still shout though short: "STOP", "KAMI". */
  shoutedShortWords: [
    'stop', 'kami', 'saya', 'anda', 'gak', 'ga', 'tdk', 'dan', 'ini', 'itu', 'yang', 'harus', 'wajib', 'baca', 'bayar',
    'lunas', 'data', 'jam', 'no', 'not', 'and', 'now', 'tiap', 'mau', 'bisa', 'udah', 'sudah', 'lagi', 'dulu', 'cek',
    'bukan', 'jadi', 'aja', 'saja', 'sama', 'juga', 'tapi', 'kok', 'dong', 'loh', 'lho', 'ya',
  ],
  /** Words before capitals that quote a sign or a label ("parkir di area bertuliskan TAMU"): the capitals are the sign's, not shouting. */
  labelLeads: ['bertuliskan', 'tulisan', 'berlabel', 'label', 'ditandai', 'tanda', 'tombol',
    // A promotion's or variant's own name: "Promo FLASH SALE berlaku sampai jam 12", "varian ORIGINAL".
    'promo', 'kode', 'voucher', 'varian', 'program'],
  /** Acronyms written in capitals that never count as shouting. */
  knownAcronyms: [
    'PDF', 'DP', 'COD', 'ASAP', 'BCA', 'BNI', 'BRI', 'BSI', 'VAT', 'NAS', 'LCD', 'LED', 'OEM', 'WA', 'SPT', 'PPN', 'PPH',
    'NPWP', 'KTP', 'PT', 'CV', 'HP', 'IT', 'ID', 'OK', 'FAQ', 'SOP', 'USD', 'IDR', 'EUR', 'GBP', 'SMS', 'URL', 'CEO',
    'HR', 'AM', 'PM', 'ETA', 'RSVP', 'PS', 'GST', 'TAX', 'USB', 'SSD', 'PC', 'TV', 'AC', 'QR', 'QRIS', 'GPS', 'API',
    'SEO', 'CRM', 'TAP', 'UK', 'US', 'USA', 'EU', 'ATM', 'POS', 'NB', 'CC', 'BCC', 'MOU', 'NDA', 'SLA', 'RAB', 'PO',
    'INV', 'DM', 'IG', 'FB', 'JNE', 'JNT', 'SMA', 'SMP', 'SD', 'TK', 'RT', 'RW', 'BPJS', 'UMKM', 'OVO', 'GOPAY',
  ],
} as const;
