// Kata sehari-hari di luar kata tugas: bukti tambahan bagi pendeteksi bahasa (meaning.languageWords).
// A file of its own: the content script bundles the Indonesian list without
// the rest of the book, which it gets from the service worker (src/language-data/).
export const languageWords = [
  'oke', 'siap', 'terserah', 'nanti', 'aku', 'cek', 'dulu', 'gratis', 'ongkir', 'harga', 'belum', 'lunas', 'makasih', 'banget',
  'deh', 'kok', 'kan', 'nih', 'tuh', 'lah', 'pesanan', 'kakak', 'mbak', 'mas', 'pak', 'bu', 'besok', 'kemarin', 'sekarang',
  'tolong', 'silakan', 'segera', 'selamat', 'hormat', 'salam', 'halo', 'hai',
] as const;
