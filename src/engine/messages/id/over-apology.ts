// Pesan dan label perbaikan untuk terlalu banyak maaf (Indonesia).
export const overApology: Record<string, string> = {
  'over-apology/repeated': 'Anda meminta maaf {{count}} kali padahal sudah sesuai ketentuan yang disepakati. Maaf berulang terdengar seperti mengaku salah: cukup sekali, lalu ucapkan terima kasih.',
  'over-apology/repeated-at-fault': 'Anda meminta maaf {{count}} kali. Bila memang salah, satu permintaan maaf yang tulus ditambah perbaikannya lebih kuat.',
  'over-apology/grovel': 'Ini terlalu merendahkan diri. Jelaskan apa yang terjadi dan apa yang akan dilakukan; tetap ramah tanpa merendahkan diri.',
  'over-apology/policy': 'Jangan meminta maaf atas aturan, harga atau keputusan sendiri: jelaskan alasannya dan ucapkan terima kasih atas pengertiannya.',
  'over-apology/remove.fix': 'Hapus permintaan maaf',
  'over-apology/thanks.fix': 'Ganti dengan terima kasih',
};
