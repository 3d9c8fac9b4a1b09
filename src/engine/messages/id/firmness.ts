// Pesan dan label perbaikan ketegasan (Indonesia).
export const firmness: Record<string, string> = {
  'firmness/hedge': 'Kata ini membuat keputusan terdengar ragu. Keputusan adalah keputusan: sampaikan dengan jelas dan sopan.',
  'firmness/negotiation': 'Ini mengundang pelanggan menawar keputusan yang sudah Anda ambil. Nyatakan keputusannya dengan jelas.',
  'firmness/self-undermining': 'Ini melemahkan posisi Anda. Anda ahlinya di sini: hapus saja.',
  'firmness/hedge.fix': 'Hapus kata ragu',
  'firmness/firm.fix': 'Nyatakan dengan tegas',
  'firmness/negotiation.fix': 'Hapus ajakan menawar',
  'firmness/statement.fix': 'Ganti dengan pernyataan tegas',
};
