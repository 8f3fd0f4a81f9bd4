import { LanguageLexicon, words } from './types';

/**
 * Kinyarwanda. Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general
 * Kinyarwanda dictionaries from memory; no corpus or third-party list copied.
 * Small: the birth-date keyword, the patient words and the health words a
 * front desk or an interpreter writes most. The tokenizer joins the elided
 * vowel to the next word ("y'amavuko" is "yamavuko", "by'amaraso" is
 * "byamaraso"), so the words are written so; the birth-date keyword is read in
 * the text, where the apostrophe stays, so it is written both ways.
 */
export const RW: LanguageLexicon = {
  code: 'rw',
  match: 'words',
  terms: {
    condition: words(`diyabete`),
    medication: words(`~imiti`),
    test: words(`ibizamini byamaraso, byibizamini byamaraso, ikizamini cyamaraso, ~ibizamini, ~ikizamini, ~ibisubizo`),
    encounter: words(`~ibitaro`),
    patient: words(`umurwayi, abarwayi`),
  },
  dobKeywords: words(`itariki y'amavuko, itariki yamavuko`),
};
