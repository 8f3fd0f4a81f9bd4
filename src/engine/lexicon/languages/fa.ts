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
 */
export const FA: LanguageLexicon = {
  code: 'fa',
  match: 'words',
  endings: words(`ها, های, ی, ان, ام, ات, اش`),
  terms: {
    condition: words(
      'دیابت*, بیماری*, باردار*, حاملگی, عفونت*, شکستگی, سکته, ~درد, افسردگی, ' +
      'saratan, bardar',
    ),
    medication: words(`دارو*, ~نسخه, انسولین, واکسن*, شیمی درمانی, ~قرص, daroo`),
    test: words(
      '~ازمایش*, ازمایش* خون, جواب ازمایش*, ازمایشگاه*, ~نتیجه, ~نتایج, سونوگرافی, نوار قلب, ' +
      'قند خون, فشار خون, انژیوگرافی, ~azmayesh',
    ),
    procedure: words(`جراحی*, دیالیز, ~درمان*, زایمان, سزارین, jarahi`),
    encounter: words(`~نوبت*, نوبت دکتر, بستری, ~ترخیص, اورژانس, ~ارجاع, ترک سیگار, bastari`),
    patient: words(`بیمار*, نوزاد`),
  },
  units: words(`اورژانس`),
  dobKeywords: words(`تاریخ تولد, متولد, tarikh tavalod`),
  idKeywords: words(`شماره پرونده, شماره پرونده پزشکی, شماره بیمار, کد بیمار, کد ملی, شماره ملی`),
};
