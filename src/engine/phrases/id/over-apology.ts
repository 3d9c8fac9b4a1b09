// Terlalu banyak maaf: pengganti maaf, dan maaf yang wajar bila usaha memang salah.
export const overApology = {
  /** Ucapan terima kasih pengganti maaf di akhir draf. */
  thanks: ['terima kasih atas pengertiannya', 'terima kasih atas kesabarannya', 'makasih atas pengertiannya', 'terima kasih atas pengertian bapak/ibu'],
  /** Baris penutup yang meminta maaf ("Dengan permohonan maaf,") menjadi ini. */
  signOffThanks: ['terima kasih', 'salam hangat'],
  /** Maaf yang kuat tetapi wajar sekali bila usaha memang salah. */
  atFaultFine: ['sebesar-besarnya', 'mohon maafkan', 'maafkan kami', 'maafin kami'],
  /** Sapaan yang dipertahankan dalam kalimat terima kasih. */
  addressTerms: ['kak', 'kakak', 'pak', 'bu', 'bapak', 'ibu', 'mbak', 'mas', 'bapak/ibu', 'sis', 'gan'],
} as const;
