import { LanguageLexicon, words } from './types';

/**
 * Gujarati. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Gujarati dictionaries from memory; no corpus or third-party list copied.
 * Small, as Punjabi: the birth-date keywords, the patient word and the health
 * words a front desk or an interpreter writes most, many of them English loans
 * (ડાયાબિટીસ, ડાયાલિસિસ, એક્સ-રે). The tokenizer strips the vowel signs (they
 * are combining marks), so the words are read by their consonants; left out
 * because their consonants alone are everyday words or names: "દવા" medicine
 * (દેવ, a god and a given name), "તાવ" fever (તવો, a griddle), "દમ" asthma
 * (breath), "રસી" vaccine (રસ, juice).
 */
export const GU: LanguageLexicon = {
  code: 'gu',
  match: 'words',
  terms: {
    condition: words(`ડાયાબિટીસ, ડાયાબિટીઝ, બ્લડ પ્રેશર, કેન્સર, ગર્ભવતી, બીમારી, હૃદય રોગ`),
    medication: words(`દવાઓ, દવાની, ઇન્સ્યુલિન`),
    test: words(`લોહીની તપાસ, બ્લડ ટેસ્ટ, ~તપાસ, ~રિપોર્ટ, એક્સ-રે, સોનોગ્રાફી, ઈસીજી`),
    procedure: words(`ઓપરેશન, ડાયાલિસિસ, ~સારવાર`),
    encounter: words(`હોસ્પિટલમાં દાખલ, ~એપોઇન્ટમેન્ટ`),
    patient: words(`દર્દી`),
  },
  dobKeywords: words(`જન્મ તારીખ, જન્મતારીખ`),
  idKeywords: words(`દર્દી નંબર`),
};
