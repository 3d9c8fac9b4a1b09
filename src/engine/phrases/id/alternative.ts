// Alternatif: kalimat yang disisipkan setelah penolakan bila pengguna belum menyimpan kalimatnya
// sendiri. Penanda `[…]` adalah tempat pemilik usaha menulis pilihan konkretnya.
export const alternative = {
  /** Setelah penolakan: apa yang bisa dilakukan sebagai gantinya. */
  instead: 'Sebagai gantinya, kami dapat […].',
  /** Setelah mengakhiri layanan: langkah penutupan yang konkret (tanpa rujukan; sumber 002). */
  closing: 'Langkah penutupan dari kami: […] paling lambat [tanggal].',
  /** Masa depan yang, dengan tanggal atau detail konkret, adalah langkah lanjut walau tidak menawarkan apa pun. */
  future: ['akan', 'paling lambat', 'besok'],
} as const;
