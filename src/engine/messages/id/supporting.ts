// Pesan dan label perbaikan prinsip pendukung (Bahasa Indonesia): saran, bukan pelanggaran.
export const supporting: Record<string, string> = {
  'supporting/gratitude': 'Ucapkan terima kasih: pesan yang sulit lebih mudah diterima.',
  'supporting/gratitude.fix': 'Tambahkan ucapan terima kasih',
  'supporting/acknowledge': 'Tunjukkan bahwa Anda memahami permintaannya: ulangi apa yang diminta pelanggan.',
  'supporting/acknowledge.fix': 'Tambahkan pengakuan atas permintaan',
  'supporting/house-rules': 'Rujuk kesepakatan tertulis atau aturan usaha Anda, agar keputusan berdiri di atasnya.',
  'supporting/house-rules.fix': 'Tambahkan aturan usaha Anda',
  'supporting/de-escalate': 'Percakapan terasa memanas: tawarkan jeda dan waktu kabar berikutnya.',
  'supporting/de-escalate.fix': 'Tambahkan langkah berikutnya yang menenangkan',
};
