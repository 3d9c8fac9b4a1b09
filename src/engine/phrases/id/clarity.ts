// Clarity phrase data (Indonesian): vague time and commitment, filler openers, double negatives,
// and the conjunctions a long sentence can be split at.
export const clarity = {
  /** Vague time words → a concrete placeholder the writer fills in. */
  vagueTime: [
    'kapan-kapan', 'nanti kapan-kapan', 'nanti-nanti', 'di kemudian hari', 'lain waktu', 'suatu saat', 'suatu hari nanti', 'dalam waktu dekat', 'secepatnya', 'entah kapan', 'kalau sudah sempat', 'kalau udah sempat',
    'sesegera mungkin', 'secepat mungkin', 'dalam beberapa hari', 'beberapa hari lagi', 'dalam beberapa minggu', 'beberapa minggu lagi',
  ],
  /** What a vague time word becomes: a placeholder for a concrete date. */
  vagueTimeReplacement: 'pada [tanggal]',
  /** Words right before a vague time word that make it a set phrase, not a vague promise. */
  vagueTimeExceptions: ['sampai jumpa', 'sampai ketemu', 'jangan'],
  /** Hedges that are vague only on a commitment ("mungkin selesai besok"), not on an explanation. */
  uncommittedHedges: ['mungkin'],
  /** What makes a clause a commitment: a future or modal, or a time it points at. */
  commitmentMarkers: ['akan', 'bakal', 'nanti', 'bisa', 'besok', 'lusa', 'depan', 'sebelum', 'setelah', 'sesudah', 'siap', 'selesai', 'dikirim', 'sampai'],
  /** Vague commitment with no single replacement: the writer has to decide. */
  vagueCommitment: [
    'lihat nanti', 'liat nanti', 'kita lihat nanti', 'kita lihat saja', 'lihat situasi', 'lihat kondisi', 'menyesuaikan',
    'tergantung situasi', 'tergantung situasinya', 'tergantung kondisi', 'tergantung kondisinya', 'kira-kira', 'kurang lebih',
    'belum pasti', 'nanti dikabari', 'nanti kami kabari', 'informasikan kemudian', 'kabari kemudian', 'belum tahu', 'belum tau', 'gimana nanti', 'bagaimana nanti', 'bisa diatur nanti', 'nanti deh', 'nanti aja',
    'berapa aja', 'agak lama', 'bisa cepat atau', 'sekitaran', 'nanti dipikirkan', 'belum ada kepastian', 'belum ada kabar pasti', 'nanti kalau sudah ada',
    'nanti kalau udah ada', 'mungkin juga lebih lama', 'atau bahkan lebih lama',
    // "Nanti kita lihat lagi jadwalnya": a look later is no date.
    'kita lihat lagi', 'nanti kita lihat', 'nanti kami lihat', 'kami lihat lagi', 'lihat lagi nanti', 'liat lagi nanti',
    // In the singular, and "first": "nanti aku lihat dulu deh".
    'nanti aku lihat', 'nanti saya lihat', 'aku lihat dulu', 'saya lihat dulu', 'kami lihat dulu',
    // "We'll let you know later", every spelling of it.
    'nanti dikabarin', 'nanti kami kabarin', 'nanti aku kabarin', 'nanti saya kabari', 'nanti diinfo', 'nanti diinfokan',
    'nanti kami info', 'nanti kami infokan', 'nanti diinformasikan', 'nanti kami informasikan', 'ntar dikabari', 'ntar dikabarin',
    'entar dikabari', 'entar dikabarin', 'nanti dikonfirmasi', 'nanti kami konfirmasi', 'nanti akan kami kabari', 'nanti akan dikabari',
    'akan kami kabari lagi', 'nanti kami hubungi lagi', 'kami kabari lagi nanti',
  ],
  /** A bare "later" among the vague commitments: concrete when an event word follows ("nanti aja pas barang ready"). */
  bareLater: ['nanti aja', 'nanti saja', 'nanti deh'],
  /** Event words that name the moment a bare "later" means. */
  eventAnchors: ['pas', 'saat', 'waktu', 'ketika', 'begitu', 'setelah', 'sesudah', 'sewaktu', 'sehabis'],
  /** A promise to tell later ("nanti kami kabari"): not vague beside a dated step. */
  noticeWords: ['kabari', 'kabarin', 'dikabari', 'dikabarin', 'info', 'diinfo', 'infokan', 'diinfokan', 'informasikan', 'diinformasikan', 'konfirmasi', 'dikonfirmasi'],
  /** Time units that, with a number, date a step ("10 hari kerja", "jam 14.00", "5 Juli"). */
  timeUnits: ['hari', 'hari kerja', 'jam', 'pukul', 'minggu', 'bulan', 'menit', 'tanggal', 'tgl', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  /** Openers that delay the point; deleting them loses nothing. */
  fillerOpeners: [
    'dengan ini kami bermaksud untuk memberitahukan bahwa', 'dengan ini kami bermaksud memberitahukan bahwa',
    'dengan ini kami ingin memberitahukan bahwa', 'dengan ini kami informasikan bahwa', 'bersama email ini kami ingin menyampaikan',
    'melalui email ini kami ingin menyampaikan bahwa', 'perlu kami sampaikan bahwa', 'kami ingin menyampaikan bahwa',
    'kami juga ingin menyampaikan bahwa', 'pada kesempatan ini kami ingin menyampaikan', 'sehubungan dengan hal tersebut',
    'mau update sedikit soal', 'mau kasih info sedikit', 'sebelumnya kami ingin menyampaikan', 'bersama ini kami sampaikan bahwa',
    'adapun maksud dari email ini adalah',
    'melalui surat ini kami bermaksud untuk menyampaikan', 'melalui surat ini kami ingin menyampaikan bahwa',
    'melalui pesan ini kami ingin menginformasikan bahwa', 'melalui pesan ini kami ingin menyampaikan bahwa',
    'bersama surat ini kami sampaikan bahwa', 'dengan surat ini kami sampaikan bahwa', 'dengan ini kami sampaikan bahwa',
    'izinkan kami untuk menyampaikan bahwa', 'izinkan kami menyampaikan bahwa', 'kami bermaksud untuk menyampaikan bahwa',
    'kami bermaksud menyampaikan bahwa', 'bersama ini kami informasikan bahwa', 'melalui email ini kami informasikan bahwa',
  ],
  /** Two negations that cancel out and make the reader work. */
  doubleNegatives: [
    'bukan tidak mungkin', 'bukannya tidak', 'bukan berarti tidak', 'tidak mustahil', 'tidak tidak', 'tidak bukan',
    'bukan tidak', 'gak nggak', 'tidak tanpa', 'bukannya gak', 'bukan gak mungkin', 'bukannya nggak', 'tak mustahil',
  ],
  /** Words that carry tone, not content: a long sentence is measured without them. */
  chatParticles: ['ya', 'yaa', 'yah', 'dong', 'donk', 'sih', 'deh', 'kok', 'nih', 'tuh', 'lho', 'loh', 'kan', 'lah', 'toh'],
  /** Words a full stop shortens, not ends: a lower-case word after them goes on with the sentence. */
  abbreviations: ['dll', 'dsb', 'dst', 'tgl', 'no', 'jl', 'kel', 'kec', 'bpk', 'sdr', 'yth', 'tsb', 'ybs', 'hlm'],
  /** Where a long sentence can be cut: "conjunction => how the new sentence starts" ("-" drops the conjunction). */
  splitPoints: [
    'dan => -', 'tetapi => tetapi', 'tapi => tapi', 'namun => namun,', 'sehingga => oleh karena itu,', '; => -', 'karena => hal ini karena', 'sedangkan => sementara itu,', 'jadi => jadi,', 'sementara => sementara itu,', 'termasuk => termasuk', 'yang => hal ini', 'padahal => padahal', 'serta => selain itu,',
  ],
} as const;
