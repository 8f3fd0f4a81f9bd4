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
 * Round 37 additions, romanised Hindi and Urdu ("Hinglish"), as staff type
 * a patient's words: diabetes and other common conditions ("sugar ki
 * bimari", "peeliya", "pathri"), chest pain ("seene mein dard"), pregnancy,
 * tests ("khoon ki janch"), medicines, admission ("aspatal mein bharti"),
 * the patient ("mareeza") and more birth-date labels. Left out: "dawa"
 * (Swahili marks it everyday), "dama" (Spanish, a lady), "dast" (also a
 * hand), "goli" (also a bullet), "hamla" (pregnant; also an attack),
 * "bharti" alone (a given name; also recruitment), "chhutti" (a discharge;
 * also a holiday), "chot" (short), "sir dard" and "pet dard" (a headache, a
 * stomach ache: not flagged in English either); "janch" (any inquiry) needs
 * support.
 * Round 38 additions: romanised sugar and blood pressure as staff write them
 * together ("sugar aur BP ki report", "BP ki dawai", "sugar level"; "sugar"
 * and "report" alone are English everyday words), reports of blood, urine
 * and scans, heart attacks and kidney stones; in Urdu script, jaundice,
 * malaria, dengue, pneumonia, fractures, allergies, depression, vaccines,
 * chemotherapy, blood, urine, sugar and pregnancy tests, the medical
 * examination ("طبی معائنہ"), cholesterol, CT scans, angiography.
 * Round 40 pass (2026-12-06), romanised Hindi and Urdu: colds, cough, head, stomach, back and knee pain, high
 * and low sugar and blood pressure as typed ("sugar high", "low bp"), dizziness (everyday), pills, sugar and BP
 * reports and tests, the Hinglish admission and discharge ("admit hai", "discharge ho gaya"), the patient
 * ("rogi", "marij"). Checked with the quality report (no new false positive) and the batch scores.
 */
export const UR: LanguageLexicon = {
  code: 'ur',
  match: 'words',
  endings: words(`وں, یں, ہ, ے, ی, ات`),
  terms: {
    condition: words(
      'ذیابیطس, ~شوگر, کینسر, ہیپاٹايٹس, حاملہ, ~بخار, دمہ, فالج, ہارٹ اٹیک, دل کا دورہ, ' +
      'bimari, bimar, bukhar, tabiyat kharab, ' +
      'madhumeh, sugar ki bimari, shugar ki bimari, peeliya, piliya, pathri, tapedik, lakwa, mirgi, motiyabind, khoon ki kami, ' +
      'seene mein dard, seene me dard, sine mein dard, chhati mein dard, haddi tooti, haddi toot gayi, ' +
      'garbhvati, garbhwati, zakhm, zakham, ' +
      // Round 38.
      'یرقان, ملیریا, ڈینگی, نمونیا, فریکچر, ہڈی ٹوٹ, گردے کی پتھری, الرجی, ~ڈپریشن, ' +
      'sugar aur bp, bp aur sugar, sugar bp, bp sugar, dil ka daura, gurde ki pathri, ' +
      // Round 40: romanised Hindi and Urdu as staff and families type them.
      'khansi, zukam, jukam, sardi zukam, sir dard, sar dard, pet dard, kamar dard, ghutne ka dard, sugar high, high sugar, sugar low, ' +
      'bp high, high bp, bp low, low bp, sugar badh gayi, sugar badhi, ~chakkar',
    ),
    medication: words(`دوايی, دوا, ادویات, ~نسخہ, ویکسین, انجکشن, dawai, dawaiyan, dawaiyon, davaiyan, dawayen, ٹیکہ, ٹیکے, کیموتھراپی,
      sugar ki dawai, bp ki dawai, sugar ki goli, bp ki goli, ~goli, goliyan`),
    test: words(
      '~ٹیسٹ, خون کا ٹیسٹ, ~رپورٹ, ~نتیجہ, لیبارٹری, الٹراساونڈ, ایکسرے, ' +
      'بلڈ پریشر, khoon ka test, ' +
      'khoon ki janch, khoon ki jaanch, khoon ki jaach, khun ki janch, peshab ki janch, peshab ki jaanch, ~janch, ~jaanch, sugar ki janch, ' +
      'بلڈ ٹیسٹ, پیشاب کا ٹیسٹ, شوگر ٹیسٹ, شوگر کا ٹیسٹ, حمل کا ٹیسٹ, طبی معاينہ, کولیسٹرول, سی ٹی اسکین, انجیوگرافی, ' +
      'sugar ki report, bp ki report, sugar aur bp ki report, sugar ka test, bp check, khoon ki report, ' +
      'peshab ki report, sugar report, sugar test, bp report, sugar level, thyroid report'
    ),
    procedure: words(`~اپریشن, سرجری, ڈايلیسز, زچگی, ~ilaj, انجیوپلاسٹی, ~ilaaj`),
    encounter: words(`ہسپتال میں داخل, ~ڈسچارج, ~اپواينٹمنٹ, ~ایمرجنسی, چیک اپ,
      aspatal mein bharti, aspatal me bharti, hospital mein bharti, hospital me bharti, haspatal mein dakhil, hospital mein dakhil,
      admit hai, admit hain, admit kiya, admit kar liya, discharge ho gaya, discharge ho gayi, discharge mil gaya`),
    patient: words(`مریض*, mareez, mariz, mareeza, mareezon, marizon, marij, rogi`),
  },
  units: words(`ایمرجنسی`),
  dobKeywords: words(`تاریخ پیدائش, tareekh paidaish, tarikh paidaish, janam tithi, janm tithi, janam tarikh, janam ki tarikh, paidaish ki tareekh`),
  idKeywords: words(`ایم آر نمبر, مریض نمبر, مریضہ نمبر, شناختی کارڈ نمبر`),
};
