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
 * Round 40 pass (2026-12-06): colds, headache, stomach, back and chest pain, tuberculosis, HIV/AIDS, hepatitis,
 * stones, paralysis, cataract, anaemia, miscarriage, mental illness, COVID, typhoid, chikungunya, autism;
 * radiotherapy; test reports (a report alone is everyday), thyroid tests, sonography, pathology, sugar levels;
 * delivery (everyday alone), angioplasty, stents, kidney transplants; discharge from hospital, OPD, ICU,
 * check-ups; the specialties by their Hindi names; staff and teaching words (welcome, a meeting, congratulations,
 * retirement; a camp, a workshop, training, awareness). Folded Devanagari loses its vowel signs, so short words
 * that fold onto everyday ones are left out: दस्त (diarrhoea; folded as दोस्त, a friend), रोगी (a patient;
 * folded as रंग, a colour), बीपी (folded as बाप, a father), कीमो (folded as कम, less), सीबीसी (folded as सबसे),
 * दवा, गोली, टीका. Checked with the quality report (no new false positive) and the batch scores.
 */
export const HI: LanguageLexicon = {
  code: 'hi',
  match: 'words',
  terms: {
    condition: words(
      'मधुमेह, डायबिटीज, उच्च रक्तचाप, हाई ब्लड प्रेशर, कैंसर, गर्भवती, गर्भावस्था, संक्रमण, बुखार, मिर्गी, बीमारी, ~बीमार, ' +
      'हार्ट अटैक, दिल का दौरा, स्ट्रोक, अस्थमा, निमोनिया, पीलिया, डेंगू, मलेरिया, डिप्रेशन, अवसाद, थायराइड, एलर्जी, ' +
      'फ्रैक्चर, गठिया, ' +
      'जुकाम, सर्दी जुकाम, सिरदर्द, सिर दर्द, पेट दर्द, कमर दर्द, सीने में दर्द, तपेदिक, क्षय रोग, एचआईवी, एड्स, हेपेटाइटिस, पथरी, लकवा, ' +
      'मोतियाबिंद, एनीमिया, खून की कमी, गर्भपात, मानसिक रोग, कोविड, डायरिया, टाइफाइड, चिकनगुनिया, ऑटिज्म',
    ),
    medication: words('दवाई, दवाइयाँ, इंसुलिन, कीमोथेरेपी, वारफरिन, वारफ़रिन, मेटफॉर्मिन, एंटीबायोटिक, वैक्सीन, टीकाकरण, इंजेक्शन, एंटीबायोटिक्स, रेडियोथेरेपी'),
    test: words(
      'खून की जांच, ब्लड टेस्ट, ब्लड प्रेशर, अल्ट्रासाउंड, अल्ट्रासाउन्ड, एमआरआई, सीटी स्कैन, एक्सरे, एक्स-रे, ईसीजी, ईकेजी, ' +
      'रक्त जांच, रक्त जाँच, बायोप्सी, कोलोनोस्कोपी, एंडोस्कोपी, मैमोग्राम, यूरिन टेस्ट, पेशाब की जांच, शुगर टेस्ट, ' +
      'जांच रिपोर्ट, जाँच रिपोर्ट, ~रिपोर्ट, टेस्ट रिपोर्ट, थायराइड टेस्ट, सोनोग्राफी, पैथोलॉजी, लैब रिपोर्ट, शुगर लेवल',
    ),
    procedure: words(`डायलिसिस, सर्जरी, ~ऑपरेशन, प्रसव, ~इलाज, सिजेरियन, फिजियोथेरेपी, ड्रेसिंग, ~डिलीवरी, नॉर्मल डिलीवरी, एंजियोप्लास्टी, स्टेंट, किडनी ट्रांसप्लांट`),
    encounter: words(`~अपॉइंटमेंट, अस्पताल में भर्ती, ~डिस्चार्ज, ~इमरजेंसी, रेफरल, फॉलो-अप, अस्पताल से छुट्टी, ओपीडी, आईसीयू, चेकअप, चेक-अप`),
    patient: words(`मरीज, मरीज़`),
    specialty: words(`कार्डियोलॉजी, नेफ्रोलॉजी, ऑन्कोलॉजी, न्यूरोलॉजी, गायनेकोलॉजी, ऑर्थोपेडिक, यूरोलॉजी, डर्मेटोलॉजी, स्त्री रोग, बाल रोग, हृदय रोग`),
  },
  units: words(`इमरजेंसी, आईसीयू`),
  // Staff affairs (welcome, a meeting, congratulations, retirement, thanks) and teaching (a camp, a workshop, training, awareness, a seminar, a lecture).
  staffCues: words(`स्वागत, बैठक, बधाई, सेवानिवृत्ति, धन्यवाद`),
  topicWords: words(`शिविर, कार्यशाला, प्रशिक्षण, जागरूकता, सेमिनार, व्याख्यान`),
  dobKeywords: words(`जन्म तिथि, जन्मतिथि, जन्म दिनांक, जन्म की तारीख`),
  idKeywords: words(`मरीज नंबर, मरीज़ नंबर, मरीज नं., मरीज़ नं., रोगी नं., रोगी संख्या, रोगी क्रमांक, आधार संख्या, आधार नंबर, बीमा सदस्य संख्या, आभा नंबर, abha नंबर`),
};
