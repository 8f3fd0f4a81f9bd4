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
    condition: words(
      'मधुमेह, डायबिटीज, उच्च रक्तचाप, हाई ब्लड प्रेशर, कैंसर, गर्भवती, गर्भावस्था, संक्रमण, बुखार, मिर्गी, बीमारी, ~बीमार, ' +
      'हार्ट अटैक, दिल का दौरा, स्ट्रोक, अस्थमा, निमोनिया, पीलिया, डेंगू, मलेरिया, डिप्रेशन, अवसाद, थायराइड, एलर्जी, ' +
      'फ्रैक्चर, गठिया',
    ),
    medication: words('दवाई, दवाइयाँ, इंसुलिन, कीमोथेरेपी, वारफरिन, वारफ़रिन, मेटफॉर्मिन, एंटीबायोटिक, वैक्सीन, टीकाकरण, इंजेक्शन'),
    test: words(
      'खून की जांच, ब्लड टेस्ट, ब्लड प्रेशर, अल्ट्रासाउंड, अल्ट्रासाउन्ड, एमआरआई, सीटी स्कैन, एक्सरे, एक्स-रे, ईसीजी, ईकेजी, ' +
      'रक्त जांच, रक्त जाँच, बायोप्सी, कोलोनोस्कोपी, एंडोस्कोपी, मैमोग्राम, यूरिन टेस्ट, पेशाब की जांच, शुगर टेस्ट',
    ),
    procedure: words(`डायलिसिस, सर्जरी, ~ऑपरेशन, प्रसव, ~इलाज, सिजेरियन, फिजियोथेरेपी, ड्रेसिंग`),
    encounter: words(`~अपॉइंटमेंट, अस्पताल में भर्ती, ~डिस्चार्ज, ~इमरजेंसी, रेफरल, फॉलो-अप`),
    patient: words(`मरीज, मरीज़`),
    specialty: words(`कार्डियोलॉजी, नेफ्रोलॉजी, ऑन्कोलॉजी, न्यूरोलॉजी`),
  },
  units: words(`इमरजेंसी`),
  dobKeywords: words(`जन्म तिथि, जन्मतिथि, जन्म दिनांक, जन्म की तारीख`),
  idKeywords: words(`मरीज नंबर, मरीज़ नंबर, मरीज नं., मरीज़ नं., रोगी नं., रोगी संख्या, रोगी क्रमांक, आधार संख्या, आधार नंबर`),
};
