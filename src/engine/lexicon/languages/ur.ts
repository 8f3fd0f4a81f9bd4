import { LanguageLexicon, words } from './types';

/**
 * Urdu, in Urdu script and romanised ("Roman Urdu", which is also how Hindi
 * speakers type Hindi in Latin letters). Curated by the PHI Guard team: an
 * engineer's own selection of the words that carry the meaning in clinic
 * mail, checked against general Urdu dictionaries from memory; no corpus or
 * third-party list copied. Written with the Urdu letters (ی, ے, ک, ہ, ھ, ٹ,
 * ڈ) and folded as the tokenizer folds them: آ -> ا, and ئ and ؤ lose their
 * hamza (دوائی is written دوايی with Arabic ي, الٹراساؤنڈ as الٹراساونڈ).
 * English loans in Urdu script (سرجری, ڈسچارج) are common in clinic mail.
 * Words spelled as in Arabic (مرض, سرطان, علاج) or Persian (بیماری, دارو, درد,
 * انسولین) are in those modules and read Urdu text too. Left out as
 * ambiguous: "حمل" pregnancy (also to carry, in Arabic), "گولیاں" (also
 * bullets), "داخل" alone (any entering); "شوگر", "ٹیسٹ" (also a cricket Test),
 * "رپورٹ", "نسخہ", "بخار" (steam in Arabic and Persian) and romanised "dard",
 * "ilaj" are everyday words.
 */
export const UR: LanguageLexicon = {
  code: 'ur',
  match: 'words',
  endings: words(`وں, یں, ہ, ے, ی, ات`),
  terms: {
    condition: words(
      'ذیابیطس, ~شوگر, کینسر, ہیپاٹايٹس, حاملہ, ~بخار, دمہ, فالج, ہارٹ اٹیک, دل کا دورہ, ' +
      'bimari, bimar, bukhar, tabiyat kharab',
    ),
    medication: words(`دوايی, دوا, ادویات, ~نسخہ, ویکسین, انجکشن, dawai`),
    test: words(
      '~ٹیسٹ, خون کا ٹیسٹ, ~رپورٹ, ~نتیجہ, لیبارٹری, الٹراساونڈ, ایکسرے, ' +
      'بلڈ پریشر, khoon ka test',
    ),
    procedure: words(`~اپریشن, سرجری, ڈايلیسز, زچگی, ~ilaj`),
    encounter: words(`ہسپتال میں داخل, ~ڈسچارج, ~اپواينٹمنٹ, ~ایمرجنسی, چیک اپ`),
    patient: words(`مریض*, mareez, mariz`),
  },
  units: words(`ایمرجنسی`),
  dobKeywords: words(`تاریخ پیدائش, tareekh paidaish, tarikh paidaish, janam tithi`),
  idKeywords: words(`ایم آر نمبر, مریض نمبر, مریضہ نمبر, شناختی کارڈ نمبر`),
};
