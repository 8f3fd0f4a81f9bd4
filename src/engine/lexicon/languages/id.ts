import { LanguageLexicon, words } from './types';

/**
 * Indonesian, and Malay where it has words of its own (Bahasa Indonesia,
 * Bahasa Melayu: one language in two standards, written in Latin letters
 * without diacritics). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Indonesian and Malay dictionaries from memory; no corpus
 * or third-party list copied. Malay words stand beside the Indonesian ones
 * ("pesakit" and "pasien", patient; "temujanji", an appointment; "ubat" and
 * "obat", medicine), as Croatian holds Bosnian and Serbian. Neither language
 * inflects with endings that change a word's key (affixes make other
 * words: "dirawat" is listed as it is), so there are no stems. Spellings
 * other modules hold (kanker, alergi, vaksin, kemoterapi, antibiotik,
 * rontgen, usg, ambulans) are in those modules. Left out: "sakit" alone
 * (sick; also Turkish "calm", and "rumah sakit" is a hospital: a place;
 * "sakit jantung" is listed), "mengandung" (pregnant; also "contains"),
 * "barah" (also a number in Hindi), "maag" (Dutch, stomach), "opname"
 * (Dutch), "kontrol" alone, "poli" (a surname), "tbc" (English "to be
 * confirmed"), and what English does not flag beside a name either: a
 * headache, a stomach ache, gout, fainting, a death, childbirth, sick leave,
 * an injection, physiotherapy. "Luka" (a wound;
 * a given name), "hamil" (pregnant; a surname), "resep" (also a recipe),
 * "obat" and Malay "ubat" (a medicine; also the pharmacy's stock: "minum
 * obat", to take one's medicine, is listed), "rekam medis" (a medical
 * record; also the record system, "rekam medis elektronik"),
 * "operasi", "rujukan" (any reference), "temujanji" and "janji temu" (any
 * appointment), "kunjungan rumah" (a home visit: also a programme's),
 * "perawatan" (any upkeep), "dirawat" (also kept, of a garden) and
 * "pemeriksaan" (any inspection) need support. The record-number labels
 * ("No. RM", nomor rekam medis), the national health insurance (BPJS) and
 * identity-card numbers (KTP, Malay MyKad, "No. KP") are labels of a
 * person's own numbers.
 */
export const ID: LanguageLexicon = {
  code: 'id',
  match: 'words',
  terms: {
    condition: words(
      'kencing manis, sakit gula, darah tinggi, hipertensi, ~hamil, ibu hamil, kehamilan, demam, demam berdarah, penyakit, sakit jantung, ' +
      'serangan jantung, penyakit jantung, sakit dada, nyeri dada, patah tulang, ~luka, luka bakar, luka diabetes, sesak napas, sesak nafas, ' +
      'gagal ginjal, tb paru, strok, diare, muntah, kolesterol tinggi, kanser',
    ),
    medication: words(`~obat, ~ubat, minum obat, obat rutin, obat habis, makan ubat, ubat habis, ~resep, resep obat, resep dokter, vaksinasi, imunisasi, suntik insulin`),
    test: words(
      'cek darah, tes darah, periksa darah, pemeriksaan darah, ujian darah, hasil lab, hasil laboratorium, gula darah, tekanan darah, ' +
      'cek gula, tes urin, ~pemeriksaan, hasil pemeriksaan, rekam jantung, cek kolesterol',
    ),
    procedure: words(`~operasi, pembedahan, cuci darah, hemodialisa, ~perawatan, perawatan luka`),
    encounter: words(
      'rawat inap, rawat jalan, ~dirawat, dirawat di rumah sakit, dirawat di rs, dirawat inap, ~rujukan, surat rujukan, resume medis, ' +
      '~rekam medis, ~temujanji, temujanji doktor, temujanji klinik, temujanji hospital, ~janji temu, janji dokter, ~kunjungan rumah, ' +
      'berobat, igd, ugd, surat keterangan sakit',
    ),
    payer: words(`bpjs kesehatan`),
    patient: words(`pasien, pesakit`),
  },
  units: words(`igd, ugd`),
  workplaceHeads: words(`perawat, jururawat, bidan, poliklinik, petugas, pelatihan, posyandu, puskesmas`),
  linkingWords: words(`di, untuk`),
  staffCues: words(`selamat datang, karyawan baru, pegawai baru, staf baru, pelatihan, terima kasih, mesyuarat, penyuluhan, ceramah`),
  topicWords: words(`penyuluhan, pelatihan, sosialisasi, kursus, ceramah`),
  dobKeywords: words(`tanggal lahir, tgl lahir, tgl. lahir, tarikh lahir, tarikh kelahiran, lahir pada`),
  idKeywords: words(
    'no. rm, nomor rm, no. rekam medis, nomor rekam medis, no rekam medis, no. bpjs, nomor bpjs, no bpjs, no. kartu bpjs, nomor kartu bpjs, ' +
    'bpjs, no. ktp, nomor ktp, no. kp, nombor kp, no. mykad, nombor mykad, mykad, no. pasien, nomor pasien, no. pesakit',
  ),
};
