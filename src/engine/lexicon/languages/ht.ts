import { LanguageLexicon, words } from './types';

/**
 * Haitian Creole. Curated by the PHI Guard team: an engineer's own selection
 * of the words that carry the meaning in clinic mail, checked against general
 * Haitian Creole dictionaries from memory (standard IPN spelling); no corpus or
 * third-party list copied. Keys folded (è -> e, ò -> o). Smaller and more
 * conservative than the larger modules: many Creole words are short and
 * shared with French, Spanish or English spellings ("san" blood is also Spanish
 * "San"; "tès" folds to French "tes"; "sik" sugar), so they count only in
 * phrases ("tès san", "tès sik", "tansyon wo").
 */
export const HT: LanguageLexicon = {
  code: 'ht',
  match: 'words',
  terms: {
    condition: words(`~maladi, ~malad, dyabet, gwoses, tes gwoses, maladi sik, tansyon wo, kanse, ansent, opresyon, depresyon, enfeksyon, zo kase, atak ke, estwok, lafyev, fyev, ~doule, aleji, malkadi, ~blesi, senyen, dyare, vomi, mouri, ~tonbe`),
    medication: words(`medikaman, preskripsyon, vaksen, piki, antibyotik, ensilin`),
    test: words(`tes san, tes sik, sik nan san, tes pipi, egzamen san, ~rezilta, laboratwa, radyografi, sonografi, ~egzamen, ~tansyon, glikemi, glisemi`),
    specialty: words(`pedyatri, kadyoloji, nerolodji, newoloji, onkoloji, jinekoloji, sikyatri`),
    procedure: words(`operasyon, dyaliz, ~tretman, akouchman, sezaryen`),
    encounter: words(`~randevou, randevou dokte, antre lopital, soti lopital, ijans, ~konsiltasyon`),
    patient: words(`pasyan, pasyant`),
  },
  units: words(`ijans`),
  workplaceHeads: words(`klinik, fomasyon, pwogram, ekip, telefon, nimewo`),
  linkingWords: words(`sou, pou, nan, la`),
  staffCues: words(`byenveni, konpliman, mesi, fomasyon`),
  topicWords: words(`fomasyon, kominote, klas, atelye, konferans, semine`),
  dobKeywords: words(`dat nesans, dat li fet, dat ou fet`),
  idKeywords: words(`nimewo dosye medikal, nimewo pasyan, nimewo dosye pasyan, nimewo sosyal, nimewo sekirite sosyal, nimewo manm`),
};
