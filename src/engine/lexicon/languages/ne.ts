import { LanguageLexicon, words } from './types';

/**
 * Nepali (Devanagari), and a few common romanised words. Curated by the PHI
 * Guard team: an engineer's own selection of the words that carry the
 * meaning in clinic mail, checked against general Nepali dictionaries from
 * memory; no corpus or third-party list copied. Written in ordinary
 * spelling and folded on load as Hindi is (the tokenizer strips the vowel
 * signs). Nepali shares much of its clinic vocabulary with Hindi (मधुमेह,
 * उच्च रक्तचाप, गर्भवती, डिस्चार्ज): the Hindi module holds those spellings and
 * they read Nepali text too; this list holds the Nepali words (रगत blood,
 * बिरामी patient, औषधि medicine, सुत्केरी a mother after childbirth) and the
 * Nepali spellings of English loans (क्यान्सर, अपरेसन, भिडियो एक्सरे for an
 * ultrasound); the folded spelling decides ("अप्रेसन" is "अपरेसन" folded, and
 * "बान्ता", vomiting, is Hindi बनता). Postpositions are glued to the noun
 * ("बिरामीलाई" to the patient, "अस्पतालमा" in hospital): a word ending in
 * "*" takes the endings below. "बिरामी" is kept although it reads as बर्मा
 * (Burma), rare in clinic mail. Left out as ambiguous: "खोप" vaccine and
 * "रोग" alone (their consonants are other words), "भर्ना" alone (any
 * enrolment); "ज्वरो" (read as ज्वार, a tide), "दुखाइ", "नतिजा", "रिपोर्ट",
 * "उपचार" are everyday words.
 */
export const NE: LanguageLexicon = {
  code: 'ne',
  match: 'words',
  endings: words(`मा, को, ले, लाई, हरू, बाट`),
  terms: {
    condition: words(
      'चिनी रोग, मुटु रोग, मुटुको रोग, मिर्गौला रोग, क्यान्सर*, ~ज्वरो, हृदयघात, पक्षाघात, सुत्केरी*, ~दुखाइ, क्षयरोग, ' +
      'टाउको दुखाइ, छाती दुखाइ, पेट दुखाइ, दम रोग, कलेजो रोग, हेपाटाइटिस, पखाला, निधन, मृत्यु भयो, मानसिक रोग, डिप्रेसन, ' +
      'गर्भ रहेको, खुट्टा भाँचियो, हात भाँचियो, हड्डी भाँचियो, हड्डी भाँचिएको, chini rog, sutkeri',
    ),
    medication: words(`औषधि*, इन्सुलिन, इन्जेक्सन, एन्टिबायोटिक, केमोथेरापी, aushadhi`),
    test: words(`रगत जाँच*, पिसाब जाँच*, दिसा जाँच*, रगत परीक्षण, ~नतिजा*, ~रिपोर्ट, रक्तचाप, भिडियो एक्सरे, अल्ट्रासाउन्ड, सिटी स्क्यान, ragat janch`),
    procedure: words(`शल्यक्रिया, ~अपरेसन, डायलाइसिस, प्रसूति, ~उपचार, सिजरियन, फिजियोथेरापी`),
    encounter: words(`अस्पताल* भर्ना, भर्ना भएको, ~इमर्जेन्सी, आकस्मिक कक्ष, आइसियु, ~अपोइन्टमेन्ट, ~रिफर`),
    patient: words(`बिरामी*, नवजात, birami`),
  },
  units: words(`इमर्जेन्सी, आकस्मिक कक्ष, आइसियु`),
  dobKeywords: words(`जन्म मिति, जन्ममिति, janma miti`),
  idKeywords: words(`बिरामी नं., बिरामी नम्बर, बिरामी संख्या, नागरिकता नम्बर, नागरिकता नं., राष्ट्रिय परिचयपत्र नम्बर, बीमा नम्बर, स्वास्थ्य बीमा नम्बर`),
};
