import { LanguageLexicon, words } from './types';

/**
 * Amharic. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Amharic dictionaries from memory; no corpus or third-party list copied.
 * Written in Ge'ez script, which the tokenizer does not change. Amharic
 * glues prepositions to the noun ("የደም" of blood, "በሆስፒታል" in hospital):
 * the prefixes below are stripped before the lookup. Variant letters (ሀ/ሐ/ኀ,
 * ሰ/ሠ, አ/ዐ) are common in typing; the usual spellings are listed.
 * Deliberately short: only words the curator is confident of.
 * Round 9 additions: a doctor's certificate and appointment, being admitted
 * and discharged (of a woman), antenatal care, health insurance, ulcers,
 * burns (marked everyday: also any fire), hepatitis, anaemia,
 * stroke, diarrhoea, measles, tuberculosis, HIV, mental health, stool test,
 * physiotherapy and cardiology; mental health is marked everyday (also a
 * programme). Left out: ቲቢ (TB, two letters).
 * Review of round 9: health insurance (ጤና መድህን, ጤና ኢንሹራንስ) marked
 * everyday: it is also staff enrolment in a scheme.
 * Round 38 additions: diabetes as "የስኳር ህመም", heart failure, pregnant
 * ("ነፍሰ ጡር"), miscarriage, AIDS, kidney stones, cholesterol, the pregnancy
 * test, growth monitoring, catheters, lying in hospital (admitted, of a man
 * and a woman), inpatient care, oncology. Marked everyday: "መርፌ" (an
 * injection; also a sewing needle) and "ክትትል" (follow-up; also any
 * monitoring), "ካቴተር" (a catheter; also the product).
 * Round 40 pass (2026-12-06): cough, vomiting, nausea, stomach, back and chest pain, cholera, typhoid, COVID,
 * insomnia, haemorrhoids, eczema, bleeding, autism, giving birth (dizziness, worry, a passing away need
 * support), with the ሕ spellings beside the ህ ones (ሕመም, ሕክምና, ሕሙማን); pills, syrup, antibiotics, chemo (ኬሞ, read
 * after its prefix: ለኬሞ); X-rays, a Pap smear, scans (everyday alone); transplants, caesareans, radiotherapy;
 * admission, outpatient care, the intensive care unit (ጽኑ ሕሙማን); the sick person (በሽተኛ); staff and teaching
 * words; the year of birth and ID and insurance numbers. Checked with the quality report (no new false positive)
 * and the batch scores.
 */
export const AM: LanguageLexicon = {
  code: 'am',
  match: 'words',
  prefixes: words(`የ, በ, ለ, ከ, ስለ, እንደ`),
  endings: words(`ን, ው, ዋ, ዎች, ና, ም`),
  terms: {
    condition: words(
      'በሽታ*, ስኳር በሽታ, ደም ግፊት, ካንሰር*, እርግዝና*, እርጉዝ, አስም*, ድብርት*, ኢንፌክሽን*, ስብራት*, ትኩሳት*, ~ህመም*, ራስ ምታት, አለርጂ*, የሚጥል በሽታ, ' +
      '~ቁስል*, ልብ ህመም, ሞተ, ጉንፋን*, ሳንባ ምች, ወባ, ታይሮይድ*, ' +
      'ቁስለት*, ~ቃጠሎ*, ሄፓታይተስ*, ደም ማነስ, ስትሮክ*, ተቅማጥ*, ኩፍኝ*, ሳንባ ነቀርሳ, ኤችአይቪ*, ~አእምሮ ጤና, አእምሮ ህመም*, ' +
      'ስኳር ህመም*, ልብ ድካም, ነፍሰ ጡር, ውርጃ*, ኤድስ*, ኩላሊት ጠጠር, ' +
      // Round 40; the spellings with ሕ beside those with ህ.
      'ሳል, ማስታወክ*, ማቅለሽለሽ*, ሆድ ህመም, ጀርባ ህመም, ደረት ህመም, ~ማዞር*, ኮሌራ*, ታይፎይድ*, ኮቪድ*, ~ጭንቀት*, እንቅልፍ ማጣት, ኪንታሮት*, ' +
      'ኤክዜማ*, ደም መፍሰስ, ኦቲዝም*, ~ሕመም*, ወለደች, ~አረፉ',
    ),
    medication: words(`መድሃኒት*, መድኃኒት*, ክትባት*, ኢንሱሊን*, ዋርፋሪን*, ሜትፎርሚን*, ኬሞቴራፒ*, ~መርፌ*, ኪኒን*, ክኒን*, ሽሮፕ*, አንቲባዮቲክ*, ኬሞ`),
    // English loans in Ge'ez (ECG, MRI, CT scan, colonoscopy); Tigrinya writes ኣ for አ.
    test: words(`~ምርመራ*, ደም ምርመራ*, ሽንት ምርመራ*, ~ውጤት*, ላብራቶሪ*, ኤክስሬይ*, አልትራሳውንድ*, ኣልትራሳውንድ*, ኢሲጂ*, ኤምአርአይ*, ሲቲ ስካን*, ኮሎኖስኮፒ*, ኢንዶስኮፒ*, ባዮፕሲ*, ማሞግራም*, ሰገራ ምርመራ*, ኮሌስትሮል*, እርግዝና ምርመራ*, ~እድገት ክትትል*, ኤክስ ሬይ*, ፓፕ ስሚር*, ~ስካን*`),
    procedure: words('ቀዶ ጥገና*, ዲያሊሲስ*, ኩላሊት እጥበት*, ~ህክምና*, ወሊድ*, ፊዚዮቴራፒ*, ~ካቴተር*, ቀዶ ህክምና*, ቀዶ ሕክምና*, ~ሕክምና*, ንቅለ ተከላ*, ቄሳሪያን*, ሲዛሪያን*, ጨረር ህክምና*'),
    encounter: words('~ቀጠሮ*, ሆስፒታል ገብቷል, ከሆስፒታል ወጥቷል, ድንገተኛ ክፍል, ሪፈራል*, ሆስፒታል ገብታለች, ከሆስፒታል ወጥታለች, ' +
      'ሐኪም ቀጠሮ*, ሀኪም ቀጠሮ*, ህክምና ማስረጃ, ቅድመ ወሊድ, ሆስፒታል ተኝቷል, ሆስፒታል ተኝታለች, ተኝቶ ህክምና, ~ክትትል*, ' +
      'ሆስፒታል ገባ, ሆስፒታል ገባች, ተመላላሽ ህክምና, ፅኑ ህሙማን, ጽኑ ሕሙማን, ፅኑ ሕሙማን, ጽኑ ህሙማን'),
    payer: words('~ጤና መድህን, ~ጤና ኢንሹራንስ'),
    patient: words('ታካሚ*, ህሙማን*, ህመምተኛ*, ሕሙማን*, ሕመምተኛ*, በሽተኛ*'),
    specialty: words('ካርዲዮሎጂ*, ኦንኮሎጂ*'),
  },
  units: words(`ድንገተኛ ክፍል, ፅኑ ህሙማን, ጽኑ ሕሙማን, ፅኑ ሕሙማን, ጽኑ ህሙማን`),
  // Staff affairs: retirement, welcome, training, thanks, meeting.
  staffCues: words(`ጡረታ, እንኳን ደህና መጡ, ስልጠና, ምስጋና, እናመሰግናለን, ስብሰባ, እንኳን ደስ አለዎት, አዲስ ሰራተኛ, ሰራተኞች, ስንብት, የስንብት, የቡና ሥነ ሥርዓት`),
  // Teaching: training, a lesson, awareness, a campaign, a workshop.
  topicWords: words(`ስልጠና, ትምህርት, ግንዛቤ, ዘመቻ, ወርክሾፕ`),
  dobKeywords: words(`የትውልድ ቀን, የልደት ቀን, የተወለደበት ቀን, የተወለደችበት ቀን, የተወለዱበት ቀን, የትውልድ ዘመን`),
  idKeywords: words(`የካርድ ቁጥር, ካርድ ቁጥር, የታካሚ ቁጥር, የመታወቂያ ቁጥር, የኢንሹራንስ ቁጥር, የአባል ቁጥር, አባል ቁጥር`),
};
