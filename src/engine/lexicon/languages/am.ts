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
 */
export const AM: LanguageLexicon = {
  code: 'am',
  match: 'words',
  prefixes: words(`የ, በ, ለ, ከ, ስለ, እንደ`),
  endings: words(`ን, ው, ዋ, ዎች, ና, ም`),
  terms: {
    condition: words(
      'በሽታ*, ስኳር በሽታ, ደም ግፊት, ካንሰር*, እርግዝና*, እርጉዝ, አስም*, ድብርት*, ኢንፌክሽን*, ስብራት*, ትኩሳት*, ~ህመም*, ራስ ምታት, አለርጂ*, የሚጥል በሽታ, ' +
      '~ቁስል*, ልብ ህመም, ሞተ, ጉንፋን*, ሳንባ ምች, ወባ, ታይሮይድ*',
    ),
    medication: words(`መድሃኒት*, መድኃኒት*, ክትባት*, ኢንሱሊን*, ዋርፋሪን*, ሜትፎርሚን*, ኬሞቴራፒ*`),
    // English loans in Ge'ez (ECG, MRI, CT scan, colonoscopy); Tigrinya writes ኣ for አ.
    test: words(`~ምርመራ*, ደም ምርመራ*, ሽንት ምርመራ*, ~ውጤት*, ላብራቶሪ*, ኤክስሬይ*, አልትራሳውንድ*, ኣልትራሳውንድ*, ኢሲጂ*, ኤምአርአይ*, ሲቲ ስካን*, ኮሎኖስኮፒ*, ኢንዶስኮፒ*, ባዮፕሲ*, ማሞግራም*`),
    procedure: words('ቀዶ ጥገና*, ዲያሊሲስ*, ኩላሊት እጥበት*, ~ህክምና*, ወሊድ*'),
    encounter: words('~ቀጠሮ*, ሆስፒታል ገብቷል, ከሆስፒታል ወጥቷል, ድንገተኛ ክፍል, ሪፈራል*'),
    patient: words('ታካሚ*, ህሙማን*, ህመምተኛ*'),
  },
  units: words(`ድንገተኛ ክፍል`),
  // Staff affairs: retirement, welcome, training, thanks, meeting.
  staffCues: words(`ጡረታ, እንኳን ደህና መጡ, ስልጠና, ምስጋና, እናመሰግናለን, ስብሰባ`),
  dobKeywords: words(`የትውልድ ቀን, የልደት ቀን, የተወለደበት ቀን, የተወለደችበት ቀን`),
  idKeywords: words(`የካርድ ቁጥር, ካርድ ቁጥር, የታካሚ ቁጥር`),
};
