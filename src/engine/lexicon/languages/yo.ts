import { LanguageLexicon, words } from './types';

/**
 * Yoruba. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Yoruba
 * dictionaries from memory; no corpus or third-party list copied. Small: the
 * birth-date keyword, the patient word and the health words a front desk or an
 * interpreter writes most. Written folded, as the tokenizer makes them (tone
 * marks and underdots removed: "àyẹ̀wò ẹ̀jẹ̀" is "ayewo eje"). Left out because
 * folded they are other words or too short to tell: "ìbà" fever, "oyún"
 * pregnancy, "èsì" result alone. The birth-date keyword is found in text typed
 * without tone marks or with precomposed ones ("Ojo ibi", "Ọjọ ìbí"); a tone
 * mark typed as a separate combining character after a dotted vowel ("ọ́")
 * is not folded by the keyword search (text/language-keywords.ts), a known gap.
 * Round 37 additions, as typed without tone marks: a pregnant woman
 * ("aboyun"; "oyun" alone stays out), illness ("aisan"), diabetes ("ito
 * suga"), vaccination, surgery ("ise abe"), pregnancy and urine tests.
 * "Ayewo" alone (any examination or inspection) still needs support.
 */
export const YO: LanguageLexicon = {
  code: 'yo',
  match: 'words',
  terms: {
    condition: words(`atogbe, eje riru, aboyun, ~aisan, ~ito suga, itosuga`),
    medication: words(`~oogun, ajesara, abere ajesara`),
    test: words(`~ayewo eje, ~ayewo, esi ayewo, ayewo oyun, ayewo ito`),
    procedure: words(`ise abe`),
    encounter: words(`~ile iwosan`),
    patient: words(`alaisan`),
  },
  staffCues: words(`idanilekoo, kaabo`),
  topicWords: words(`ipade, eto, idanilekoo`),
  dobKeywords: words(`ojo ibi`),
};
