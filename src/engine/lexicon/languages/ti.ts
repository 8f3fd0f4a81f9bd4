import { LanguageLexicon, words } from './types';

/**
 * Tigrinya (Eritrea and northern Ethiopia), in Ge'ez script as Amharic.
 * Curated by the PHI Guard team: an engineer's own selection of the words
 * that carry the meaning in clinic mail, checked against general Tigrinya
 * dictionaries from memory; no corpus or third-party list copied. The clinic
 * words Tigrinya shares with Amharic (መድሃኒት, ኢንሱሊን, ሆስፒታል loans such as
 * ኤክስሬይ, ኣልትራሳውንድ) are in am.ts and read Tigrinya text too; this list
 * holds the Tigrinya words (ሕማም illness, ሕሙም a sick person, መርመራ an
 * examination, ሽኮርያ diabetes, መንሽሮ cancer, መጥባሕቲ surgery). Tigrinya glues
 * prepositions to the noun ("ብሕማም" by illness, "ንሕሙም" for the patient):
 * the prefixes below are stripped before the lookup. Possessive endings fuse
 * with the last syllable (ሕማሙ, his illness), so only the plural -ታት is an
 * ending. Left out as ambiguous: "ደም" (blood) alone, "ሓኪም" (a doctor, staff
 * as often as not); "መርመራ", "ውጽኢት", "ሕክምና", "ቆጸራ" (any appointment) and
 * "ቃንዛ" are everyday words.
 */
export const TI: LanguageLexicon = {
  code: 'ti',
  match: 'words',
  prefixes: words(`ብ, ን, ዝ, ከም, ካብ`),
  endings: words(`ታት`),
  terms: {
    condition: words(
      'ሕማም*, ሽኮርያ, ሕማም ሽኮር, ልዑል ጸቕጢ ደም, መንሽሮ, ጥንሲ, ጥንስቲ, ነፍሰ ጾር, ዓባይ ሰዓል, ረስኒ, ~ቃንዛ, ሕማም ርእሲ, ሕማም ልቢ, ' +
      'ሕማም ኩሊት, ዓሪፉ, ዓሪፋ, ሞይቱ, ሞይታ, ምልክታት ሕማም, ~ቁስሊ',
    ),
    medication: words(`ፈውሲ, ክታበት, ኣንቲባዮቲክ`),
    test: words(`~መርመራ, መርመራ ደም, መርመራ ሽንቲ, ~ውጽኢት, ውጽኢት መርመራ, ጸቕጢ ደም`),
    procedure: words(`መጥባሕቲ, ~ሕክምና, ሕርሲ`),
    encounter: words(`~ቆጸራ, ቆጸራ ሓኪም, ህጹጽ ክፍሊ`),
    patient: words(`ሕሙም*, ሕሙማት`),
  },
  units: words(`ህጹጽ ክፍሊ`),
  dobKeywords: words(`ዕለት ልደት, ዕለተ ልደት, ዝተወለደሉ ዕለት, ዝተወለደትሉ ዕለት`),
  idKeywords: words(`ቁጽሪ መንነት, ቁጽሪ ሕሙም, ቁጽሪ ካርድ`),
};
