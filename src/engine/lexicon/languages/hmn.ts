import { LanguageLexicon, words } from './types';

/**
 * Hmong (White and Green Hmong), in the Romanized Popular Alphabet (RPA):
 * each syllable ends in its tone letter (b, j, v, s, g, m, d), so "mob" (ill)
 * and "tshuaj" (medicine) are single syllables. Code 'hmn' (ISO 639-2; Hmong
 * has no 639-1 code). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Hmong dictionaries from memory; no corpus or third-party
 * list copied. Hmong builds clinic words from everyday syllables ("ntshav qab
 * zib", blood-sweet, diabetes; "tsev kho mob", house-treat-illness, hospital):
 * most terms are phrases. Left out as ambiguous: "mob" alone (an English
 * word), "kho mob" (inside "tsev kho mob" hospital and "kws kho mob" doctor),
 * "ntshav" alone (blood); "kuaj" (any checking) and "teem caij" (any
 * appointment) are everyday words.
 */
export const HMN: LanguageLexicon = {
  code: 'hmn',
  match: 'words',
  terms: {
    condition: words(
      'ntshav qab zib, ntshav siab, qog noj ntshav, xeeb tub, npaws, mob plawv, kab mob, mob khaub thuas, mob raum, mob taub hau',
    ),
    medication: words(`tshuaj`),
    test: words(`~kuaj, kuaj ntshav, kuaj zis`),
    procedure: words(`phais, ntxuav raum, yug menyuam`),
    encounter: words(`pw tsev kho mob, tawm tsev kho mob, ~teem caij`),
    patient: words(`neeg mob`),
  },
  dobKeywords: words(`hnub yug, hnub tim yug`),
};
