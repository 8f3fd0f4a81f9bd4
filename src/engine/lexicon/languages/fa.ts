import { LanguageLexicon, words } from './types';

/**
 * Farsi (Persian), in Persian script and in the common romanised spelling
 * ("Finglish"). Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general
 * Persian dictionaries from memory; no corpus or third-party list copied.
 * Written with the Persian letters ی and ک (not Arabic ي and ك, which the
 * tokenizer does not fold into them), and folded as the tokenizer folds them:
 * آ -> ا (آزمایش is written ازمایش). The zero-width non-joiner that Persian
 * puts between a word and its suffix is removed before the lookup
 * ("آزمایش‌ها" is one word): a word ending in "*" takes the suffixes below.
 * Words spelled as in Arabic (سرطان cancer, ورم) are in the Arabic module;
 * romanised words shared with Urdu (bimari) in the Urdu module. Left out as
 * ambiguous: "تب" fever (two letters, also a tab), "آسم" asthma (written like
 * اسم, a name), "فوت" (also to blow), "تشخیص" (any recognising); "نسخه" (also
 * a version), "نوبت" (also a turn), "ترخیص" (also customs clearance), "درد",
 * "قرص", "آزمایش" (any test) and "نتیجه" are everyday words.
 * Round 38 additions: kidney stones and failure, heart failure, seizures,
 * allergy, migraine, anaemia, miscarriage, growth and speech delay, autism,
 * tumours, the colloquial "مرض قند" (diabetes), urine, culture, fasting
 * sugar, lipid, pregnancy and imaging tests, growth charts, angiography and
 * angioplasty, catheters, physiotherapy, stitches, radiotherapy, injections,
 * intensive care, a discharge from hospital, specialists. Marked everyday:
 * "حساسیت" (also sensitivity), "تزریق" (also injecting money), "غربالگری"
 * (any screening), "غیر طبیعی" (abnormal; anything unusual), "ویزیت" (also a
 * visit or a visiting card), "مشاوره" (any counselling), "معاینه" (also a
 * car's inspection, "معاینه فنی"), "کاتتر" (also the product). "گرامی" and "عزیز" (dear) open a letter
 * and are never names (names/script-name-lists.ts): "بیمار گرامی" is "Dear
 * patient", not a patient named Gerami.
 */
export const FA: LanguageLexicon = {
  code: 'fa',
  match: 'words',
  endings: words(`ها, های, ی, ان, ام, ات, اش`),
  terms: {
    condition: words(
      'دیابت*, بیماری*, باردار*, حاملگی, عفونت*, شکستگی, سکته, ~درد, افسردگی, ' +
      'saratan, bardar, ' +
      // Round 38.
      'مرض قند, تومور*, سنگ کلیه, نارسایی کلیه, نارسایی قلبی, ~تشنج, الرژی, میگرن, کم خونی, سقط جنین, تاخیر رشد, تاخیر تکلم, اوتیسم, ~حساسیت',
    ),
    medication: words(`دارو*, ~نسخه, انسولین, واکسن*, شیمی درمانی, ~قرص, daroo, امپول, ~تزریق, پرتو درمانی, رادیوتراپی`),
    test: words(
      '~ازمایش*, ازمایش* خون, جواب ازمایش*, ازمایشگاه*, ~نتیجه, ~نتایج, سونوگرافی, نوار قلب, ' +
      'قند خون, فشار خون, انژیوگرافی, ~azmayesh, ' +
      'ازمایش ادرار, ~ادرار, کشت خون, قند ناشتا, هموگلوبین, کلسترول, چربی خون, تست بارداری, ازمایش بارداری, ~غربالگری, ~غیر طبیعی, ' +
      'سی تی اسکن, اکو قلب, نوار مغز, اندوسکوپی, کولونوسکوپی, ماموگرافی, بیوپسی, ~نمونه برداری, پاپ اسمیر, رادیولوژی, عکس رادیولوژی, ~منحنی رشد',
    ),
    procedure: words(`جراحی*, دیالیز, ~درمان*, زایمان, سزارین, jarahi, انژیو, انژیوپلاستی, ~کاتتر, فیزیوتراپی, ~بخیه`),
    encounter: words(`~نوبت*, نوبت دکتر, بستری, ~ترخیص, اورژانس, ~ارجاع, ترک سیگار, bastari, ترخیص از بیمارستان, ~ویزیت, ~مشاوره, ~معاینه, ~مراقبت ویژه, مراقبتهای ویژه`),
    patient: words(`بیمار*, نوزاد`),
    specialty: words(`متخصص قلب, متخصص زنان, متخصص غدد, انکولوژی, کاردیولوژی, ارتوپدی, روانپزشک*`),
  },
  units: words(`اورژانس`),
  dobKeywords: words(`تاریخ تولد, متولد, tarikh tavalod`),
  idKeywords: words(`شماره پرونده, شماره پرونده پزشکی, شماره بیمار, کد بیمار, کد ملی, شماره ملی`),
};
