// Supporting-principle phrase data (Indonesian): signs that the draft already thanks, acknowledges,
// points at the written agreement or calms things down, and the sentences the inserts add.
export const supporting = {
  gratitude: ['terima kasih', 'terimakasih', 'makasih', 'thanks', 'thank you', 'berterima kasih', 'mendoakan yang terbaik', 'berharap yang terbaik', 'semoga'],
  acknowledge: [
    'jika saya tidak salah tangkap', 'kalau saya tidak salah tangkap', 'kami memahami', 'kami paham', 'saya paham', 'saya mengerti',
    'permintaan', 'request', 'keluhan', 'pertanyaan', 'terkait', 'mengenai', 'soal', 'menindaklanjuti', 'sehubungan dengan',
    'udah kabarin', 'sudah mengabari', 'pemberitahuan',
  ],
  houseRules: [
    'kesepakatan', 'kontrak', 'perjanjian', 'ketentuan', 'aturan', 'kebijakan', 'tertulis', 'tercantum', 'form', 'formulir',
    'nota', 'sop', 'paket', 'daftar harga', 'jam kerja', 'jam operasional', 'sesuai',
  ],
  heated: [
    'marah', 'kecewa', 'keluhan', 'komplain', 'kesal', 'tidak terima', 'protes', 'kasar', 'refund', 'ganti rugi', 'ulasan',
  ],
  deEscalate: [
    'kami cek dulu', 'kami pelajari', 'kami kabari', 'kami informasikan', 'besok', 'telepon', 'bicarakan', 'diskusikan',
  ],
  /** Sentences the one-click inserts add ({{name}} is the recipient). */
  templates: {
    'named-greeting': 'Halo {{name}},',
    greeting: 'Dengan hormat,',
    thanks: 'Terima kasih atas pesannya.',
    closing: 'Terima kasih atas pengertiannya.',
    'sign-off': 'Salam,',
    acknowledge: 'Jika saya tidak salah tangkap, Anda ingin [permintaan].',
    'house-rule': 'Sesuai kesepakatan kita, {{rule}}',
    'de-escalate': 'Izinkan kami memeriksanya dulu; kami akan mengabari Anda paling lambat [tanggal].',
  },
} as const;
