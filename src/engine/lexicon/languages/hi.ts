import { LanguageLexicon, words } from './types';

/**
 * Hindi (Devanagari). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Hindi dictionaries from memory; no corpus or third-party
 * list copied. Written here in ordinary spelling; the tokenizer strips
 * Devanagari vowel signs (they are combining marks), so the merge folds
 * these words the same way, and short words whose consonants alone are
 * ambiguous are left out ("दवा" medicine, "रोग" disease, "दमा" asthma,
 * "जांच" test alone: phrases carry them). English loans written in
 * Devanagari ("डायलिसिस", "अल्ट्रासाउंड") are common in clinic mail.
 */
export const HI: LanguageLexicon = {
  code: 'hi',
  match: 'words',
  terms: {
    condition: words('मधुमेह, डायबिटीज, उच्च रक्तचाप, कैंसर, गर्भवती, संक्रमण, बुखार, मिर्गी, बीमारी, ~बीमार'),
    medication: words('दवाई, इंसुलिन, कीमोथेरेपी'),
    test: words('खून की जांच, ब्लड टेस्ट, ब्लड प्रेशर, अल्ट्रासाउंड, एमआरआई'),
    procedure: words(`डायलिसिस, सर्जरी, ~ऑपरेशन, प्रसव, ~इलाज`),
    encounter: words(`~अपॉइंटमेंट, अस्पताल में भर्ती, ~डिस्चार्ज, ~इमरजेंसी`),
    patient: words(`मरीज, मरीज़`),
  },
  units: words(`इमरजेंसी`),
  dobKeywords: words(`जन्म तिथि, जन्मतिथि, जन्म दिनांक, जन्म की तारीख`),
};
