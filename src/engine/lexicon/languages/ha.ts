import { LanguageLexicon, words } from './types';

/**
 * Hausa. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Hausa dictionaries from memory; no corpus or third-party list copied.
 * Small, like Yoruba: the phrases a front desk or an interpreter writes most
 * (blood test, diabetes, high blood pressure, the sick person), written as
 * typed in US mail, without the hooked letters (ɓ, ɗ, ƙ as b, d, k) and
 * tones. Hausa names a disease with "ciwon" (illness of) and a test with
 * "gwajin" (test of), so the conditions and tests are phrases. Left out:
 * "ciki" (pregnancy; also the belly and "inside": "mai juna biyu" is
 * listed), "ciwon kai" (a headache: not flagged in English either), "tari" (a cough; Indonesian "dance"), "asibiti" (a hospital: a
 * place), "lafiya" alone (health, and the everyday greeting), "taro" (a
 * meeting; a Japanese given name). "Magani" (a medicine; also any remedy or
 * solution), "gwaji" (any trial), "allura" (also a needle), "ciwo" and
 * "cuta" (any ailment, short) need support.
 */
export const HA: LanguageLexicon = {
  code: 'ha',
  match: 'words',
  terms: {
    condition: words(
      'ciwon suga, ciwon sukari, ciwon siga, hawan jini, ciwon daji, zazzabi, zazzabin cizon sauro, ciwon zuciya, ciwon koda, tarin fuka, ' +
      'mai juna biyu, ~ciwo, ~cuta, kanjamau, cutar kanjamau, shanyewar jiki',
    ),
    medication: words(`~magani, ~maganin, maganin hawan jini, maganin ciwon suga, rigakafi, allurar rigakafi, ~allura`),
    test: words(`gwajin jini, gwajin fitsari, gwajin suga, ~gwaji, ~gwajin, sakamakon gwaji, sakamakon gwajin, hoton kirji`),
    procedure: words(`tiyata, aikin tiyata, wankin koda`),
    encounter: words(`kwance a asibiti, an kwantar a asibiti, ganin likita`),
    patient: words(`mara lafiya, marar lafiya, marasa lafiya, majinyaci, majinyaciya`),
  },
  staffCues: words(`barka da zuwa`),
  dobKeywords: words(`ranar haihuwa, kwanan watan haihuwa`),
};
