// Words and lines every rule may need: how an Indonesian email opens and closes.
export const common = {
  /** Frequent function words (formal and chat style): the language detector's evidence. */
  functionWords: [
    'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'kami', 'kita', 'saya', 'anda', 'tidak',
    'bisa', 'sudah', 'akan', 'ada', 'juga', 'karena', 'jika', 'kalau', 'atau', 'pada', 'dalam', 'sebagai', 'agar',
    'mohon', 'terima', 'kasih', 'maaf', 'kak', 'ya', 'gak', 'nggak', 'ga', 'aja', 'sih', 'dong', 'nya', 'udah',
    'belum', 'bapak', 'ibu', 'tersebut', 'dapat', 'kembali', 'sesuai', 'hari', 'sampai', 'tapi', 'namun', 'lagi',
  ],
  greetings: [
    'halo', 'hai', 'hi', 'hello', 'hallo', 'dear', 'yth', 'yth.', 'kepada yth', 'kepada', 'dengan hormat', 'selamat pagi', 'selamat siang',
    'selamat sore', 'selamat malam', "assalamu'alaikum", 'assalamualaikum', 'salam',
    // Chat style drops "selamat": "Siang kak,", "Met pagi Bu".
    'pagi kak', 'siang kak', 'sore kak', 'malam kak', 'pagi pak', 'siang pak', 'sore pak', 'malam pak', 'pagi bu', 'siang bu',
    'sore bu', 'malam bu', 'met pagi', 'met siang', 'met sore', 'met malam', 'permisi', 'salam sejahtera', 'om swastiastu',
    'shalom', 'helo',
    // Chat opens with the address itself: "Kak Nadia, maaf banget…" (with a comma: see missing-frame).
    'kak', 'mas', 'mbak', 'pak', 'bu',
  ],
  closings: [
    'salam', 'hormat kami', 'hormat saya', 'salam hangat', 'terima kasih', 'terimakasih', 'makasih', 'salam sukses',
    'wassalam', 'best regards', 'regards', 'tabik', 'thanks', 'thank you', 'cheers', 'salam hormat', 'sampai jumpa', 'salam sehat', 'hormat',
    "wassalamu'alaikum", 'wassalamualaikum', 'best', 'hatur nuhun', 'matur nuwun', 'sukses selalu', 'ditunggu kabarnya',
  ],
  /** Words that open a dependent clause: what is left after a deletion must not start with one. */
  subordinators: ['biar', 'supaya', 'agar', 'karena', 'soalnya', 'sehingga', 'padahal', 'yang', 'sebelum', 'setelah', 'daripada'],
} as const;
