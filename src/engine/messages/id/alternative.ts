// Pesan dan label perbaikan alternatif (Indonesia).
export const alternative: Record<string, string> = {
  'alternative/missing': 'Anda menolak tanpa menawarkan apa pun. Sampaikan apa yang BISA dilakukan: pilihan lain, tanggal lain, paket berbeda, atau penyedia lain.',
  'alternative/missing-closing-step': 'Anda mengakhiri layanan tanpa langkah berikutnya. Jelaskan penutupannya: tagihan terakhir, serah terima file, tanggal pengembalian dana.',
  'alternative/insert.fix': 'Tambahkan apa yang bisa dilakukan',
  'alternative/insert-saved.fix': 'Tambahkan pilihan tersimpan: {{text}}',
  'alternative/insert-closing.fix': 'Tambahkan langkah penutupan',
};
