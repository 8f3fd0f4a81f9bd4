import { LanguageLexicon, words } from './types';

/**
 * Tamil. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Tamil
 * dictionaries from memory; no corpus or third-party list copied. Written
 * here in ordinary spelling and folded on load as Hindi is: the tokenizer
 * strips the vowel signs and the virama (they are combining marks), so
 * "பரிசோதனை" is keyed by its consonants, and the accusative -ை costs nothing.
 * Tamil glues case endings to the noun ("நோயாளிக்கு" to the patient,
 * "மருந்துகள்" medicines): a word ending in "*" takes the endings below; a
 * noun in -ம் is written without it ("கர்ப்ப*": கர்ப்பம், கர்ப்பத்தில்).
 * Words whose consonants alone are other words are left out: "நோய்"
 * (disease) alone reads as நாய் (a dog), "வலி" (pain), "ஊசி" (injection) and
 * "மருத்துவர்" as staff; "பரிசோதனை" (any test), "சிகிச்சை" (treatment) and
 * "ஸ்கேன்" are everyday words.
 */
export const TA: LanguageLexicon = {
  code: 'ta',
  match: 'words',
  endings: words(`கள், களை, களுக்கு, களின், களில், க்கு, கு, யை, யின், யில், யிடம், வை, வின், வில், வுக்கு, இல், இன், ஆல், உடன், ம், த்தில், த்தின், த்தை, த்துக்கு, த்தால்`),
  terms: {
    condition: words(
      'நீரிழிவு*, சர்க்கரை நோய்*, உயர் இரத்த அழுத்தம், உயர் ரத்த அழுத்தம், புற்றுநோய்*, கர்ப்ப*, கர்ப்பிணி*, கர்ப்பமாக, ' +
      'ஆஸ்துமா, மனச்சோர்வு, தொற்று*, எலும்பு முறிவு, பக்கவாத*, மாரடைப்பு*, நிமோனியா, காய்ச்சல்*, தலைவலி*, நெஞ்சு வலி, ' +
      'ஒவ்வாமை, வலிப்பு நோய், டிமென்ஷியா, காசநோய்*, மஞ்சள் காமாலை, டெங்கு, சிறுநீரக செயலிழப்பு, இதய நோய்*, ' +
      'வயிற்றுப்போக்கு, இறந்தார், காலமானார், அறிகுறி*, நோயறிதல், கொரோனா, கோவிட்',
    ),
    medication: words(`மருந்து*, மாத்திரை*, மருந்துச்சீட்டு*, இன்சுலின், தடுப்பூசி*, ஆன்டிபயாடிக், கீமோதெரபி`),
    test: words(
      '~பரிசோதனை*, இரத்த பரிசோதனை*, ரத்த பரிசோதனை*, சிறுநீர் பரிசோதனை*, ~ஸ்கேன், அல்ட்ராசவுண்ட், எக்ஸ்ரே, எக்ஸ் ரே, ' +
      'எம்ஆர்ஐ, சிடி ஸ்கேன், பயாப்ஸி, திசு பரிசோதனை*, இசிஜி, சர்க்கரை அளவு, இரத்த அழுத்தம், ரத்த அழுத்தம்',
    ),
    procedure: words(`அறுவை சிகிச்சை*, டயாலிசிஸ், பிரசவம்*, சிசேரியன், ~சிகிச்சை*, பிசியோதெரபி, கதிர்வீச்சு சிகிச்சை*`),
    encounter: words(
      'மருத்துவமனையில் அனுமதி, மருத்துவமனையில் அனுமதிக்கப்பட்டார், ~டிஸ்சார்ஜ், மருத்துவர் சந்திப்பு, அவசர சிகிச்சை*, ' +
      'தீவிர சிகிச்சை பிரிவு*, மருத்துவ பதிவு*',
    ),
    patient: words(`நோயாளி*`),
  },
  units: words(`அவசர சிகிச்சை*, தீவிர சிகிச்சை பிரிவு*`),
  staffCues: words(`வரவேற்பு, வரவேற்கிறோம், வாழ்த்துக்கள், வாழ்த்துகள், கூட்டம், பயிற்சி`),
  topicWords: words(`விழிப்புணர்வு, கருத்தரங்கு, கையேடு, முகாம்`),
  dobKeywords: words(`பிறந்த தேதி, பிறந்த நாள், பிறப்பு தேதி`),
  idKeywords: words(`நோயாளி எண், ஆதார் எண், மருத்துவ பதிவு எண்`),
};
