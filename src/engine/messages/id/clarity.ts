// Pesan dan label perbaikan untuk kejelasan (Bahasa Indonesia).
export const clarity: Record<string, string> = {
  'clarity/buried-decision': 'Keputusan baru muncul setelah {{words}} kata pembukaan. Sampaikan di awal.',
  'clarity/buried-decision.fix': 'Pindahkan keputusan ke awal',
  'clarity/long-sentence': 'Kalimat ini terdiri dari {{words}} kata (sebaiknya paling banyak {{limit}}). Pecah agar intinya jelas.',
  'clarity/long-sentence.fix': 'Pecah kalimat',
  'clarity/wall-of-text': 'Paragraf ini berisi {{words}} kata. Pecah agar keputusannya mudah ditemukan.',
  'clarity/vague-time': '"{{phrase}}" tidak menyebut tanggal. Sebutkan hari atau jam yang pasti.',
  'clarity/vague-time.fix': 'Ganti dengan tempat tanggal',
  'clarity/vague-commitment': '"{{phrase}}" kurang jelas. Sampaikan apa yang akan terjadi dan kapan.',
  'clarity/filler': '"{{phrase}}" menunda inti pesan; kalimatnya lebih jelas tanpa itu.',
  'clarity/filler.fix': 'Hapus basa-basi',
  'clarity/double-negative': '"{{phrase}}" adalah negasi ganda. Sampaikan secara positif.',
};
