import { LanguageLexicon, words } from './types';

/**
 * Telugu. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Telugu
 * dictionaries from memory; no corpus or third-party list copied. Small, as
 * Punjabi and Gujarati: the birth-date keywords and the health words a front
 * desk or an interpreter writes most, many of them English loans (షుగర్,
 * డయాలసిస్, ఎక్స్-రే). The tokenizer strips the vowel signs, so the words are
 * read by their consonants; "రోగి" patient needs support, because its
 * consonants are also "రాగి" (copper, finger millet).
 */
export const TE: LanguageLexicon = {
  code: 'te',
  match: 'words',
  terms: {
    condition: words(`మధుమేహం, షుగర్ వ్యాధి, రక్తపోటు, క్యాన్సర్, గర్భవతి, గుండె జబ్బు`),
    medication: words(`మందులు, ఇన్సులిన్`),
    test: words(`రక్త పరీక్ష, షుగర్ టెస్ట్, బ్లడ్ టెస్ట్, ~పరీక్ష, ~ఫలితాలు, ఎక్స్-రే, స్కానింగ్`),
    procedure: words(`ఆపరేషన్, శస్త్రచికిత్స, డయాలసిస్, ~చికిత్స`),
    encounter: words(`ఆసుపత్రిలో చేరిక, ~అపాయింట్మెంట్`),
    patient: words(`~రోగి`),
  },
  dobKeywords: words(`పుట్టిన తేదీ, జన్మ తేదీ`),
  idKeywords: words(`రోగి సంఖ్య`),
};
