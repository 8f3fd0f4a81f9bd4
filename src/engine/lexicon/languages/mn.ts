import { LanguageLexicon, words } from './types';

/**
 * Mongolian, in Cyrillic (as written in Mongolia). Curated by the PHI Guard
 * team: an engineer's own selection of the words that carry the meaning in
 * clinic mail, checked against general Mongolian dictionaries from memory; no
 * corpus or third-party list copied. Keys folded as the tokenizer folds them:
 * lower case, й -> и, ё -> е; ө and ү have no decomposition and stay. Loans
 * Mongolian shares with Russian (рентген, вакцин, инсулин, диализ,
 * гипертония) are in ru.ts and read Mongolian text too. Mongolian glues case
 * endings to the noun in the vowel of the word ("шинжилгээний" of the test,
 * "эмнэлэгт" in hospital, "өвчтөнүүд" patients): a word ending in "*" takes
 * the endings below. Left out as ambiguous: "эм" (medicine) and "жор" (also a
 * recipe) alone, "даралт" alone (any pressure), "тариа" (also grain), "дуран"
 * alone (also a telescope); "шинжилгээ" (also an analysis), "үзлэг" (also an
 * inspection), "эмчилгээ" and "хариу" (any answer) are everyday words.
 */
export const MN: LanguageLexicon = {
  code: 'mn',
  match: 'words',
  endings: words(
    'иин, ын, ны, нии, ии, ы, д, т, ад, эд, од, өд, аас, ээс, оос, өөс, иас, иос, таи, тэи, тои, аар, ээр, оор, өөр, иар, ' +
    'ууд, үүд, нууд, нүүд, ыг, ииг, г, руу, рүү, аа, ээ, оо, өө, гээ, гаа, гиин, н',
  ),
  terms: {
    condition: words(
      'өвчин, өвчнии, өвчтэи, чихриин шижин, шижин*, даралт ихсэх, даралт ихсэлт, цусны даралт ихсэх, хорт хавдар, ' +
      'хавдар, хавдр*, жирэмсэн*, жирэмслэлт*, багтраа*, сэтгэл гутрал*, халдвар*, хугарал*, хугарсан, цус харвалт*, ' +
      'зүрхнии шигдээс*, шигдээс*, уушгины хатгалгаа*, хатгалгаа*, халуурсан, халуурч, өндөр халуун, толгои өвдөх, толгои өвдөж, ' +
      '~өвдөлт*, харшил*, эпилепси*, сүрьеэ*, элэгнии үрэвсэл*, гепатит*, бөөрнии дутагдал*, зүрхнии дутагдал*, онош*, ' +
      'шинж тэмдэг*, нас барсан, нас барав, ковид*, коронавирус*, суулгалт*, бөөлжих, бөөлжилт*',
    ),
    medication: words(`эмиин жор, эм уух, эм уусан, эмиин бүртгэл, антибиотик*, химиин эмчилгээ*, дархлаажуулалт*, вакцинжуулалт*`),
    test: words(
      '~шинжилгээ*, шинжилгээнүүд*, цусны шинжилгээ*, шээснии шинжилгээ*, хэт авиан шинжилгээ*, хэт авиа*, соронзон резонансын томографи*, ' +
      'компьютер томографи*, эд эсиин шинжилгээ*, зүрхнии цахилгаан бичлэг*, цусан дахь сахар, цусны сахар, цусны даралт, ' +
      '~үзлэг*, шинжилгээнии хариу, дурангиин шинжилгээ*',
    ),
    procedure: words(`мэс засал*, мэс заслын, хагалгаа*, төрөлт*, кесар хагалгаа*, ~эмчилгээ*, физик эмчилгээ*, туяа эмчилгээ*`),
    encounter: words(
      'эмнэлэгт хэвтэх, эмнэлэгт хэвтсэн, эмнэлэгт хэвтүүлсэн, хэвтэн эмчлүүлэх, эмнэлгээс гарсан, эмнэлгээс гарах, эмчид үзүүлэх, ' +
      'эмчиин үзлэг*, эмчиин цаг, яаралтаи тусламж*, эрчимт эмчилгээ*, өвчнии түүх, эмнэлгиин карт*',
    ),
    patient: words(`өвчтөн*, өвчтөнүүд*`),
  },
  units: words(`яаралтаи тусламж*, эрчимт эмчилгээ*`),
  staffCues: words(`тавтаи морил, тавтаи морилно уу, баяр хүргэе, хурал, сургалт, жижүүр, ажилтнууд`),
  topicWords: words(`лекц, семинар, гарын авлага, зөвлөмж`),
  dobKeywords: words(`төрсөн огноо, төрсөн он сар өдөр, төрсөн он, төрсөн`),
  idKeywords: words(`регистриин дугаар, өвчтөнии дугаар, даатгалын дугаар, эрүүл мэндиин даатгалын дугаар, өвчнии түүхиин дугаар`),
};
