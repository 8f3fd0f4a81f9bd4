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
 * Round 40 pass (2026-12-06): colds, flu, cough, diarrhoea, vomiting, headache, back and stomach pain,
 * dizziness, bedsores, hepatitis, AIDS, epilepsy, Alzheimer's and Parkinson's, ADHD, insomnia, thyroid
 * disorders, goitre, gallstones, hernias, appendicitis, arthrosis and arthritis, osteoporosis, heart attacks,
 * pregnancy ("حامله"), eczema, psoriasis, COVID (burns and anxiety need support); ointments, antibiotics,
 * vaccination, metformin, warfarin (capsules need support); MRI, radiography, chest X-rays, COVID tests, EMG,
 * bone density; transplants, bypass, rehabilitation, occupational, speech and psychotherapy, transfusions; the
 * ICU and CCU, the medical record and certificate; the specialists; insurance numbers; staff and teaching words
 * (welcome, a meeting, training, a workshop, retirement; a seminar, a conference, a class). Left out: آسم
 * (asthma; folded as اسم, a name), مسکن (a painkiller; also housing), شربت (also a drink), مرخص (also on leave).
 * Checked with the quality report (no new false positive) and the batch scores.
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
      'مرض قند, تومور*, سنگ کلیه, نارسایی کلیه, نارسایی قلبی, ~تشنج, الرژی, میگرن, کم خونی, سقط جنین, تاخیر رشد, تاخیر تکلم, اوتیسم, ~حساسیت, ' +
      // Round 40.
      'سرماخوردگی, انفولانزا, سرفه, اسهال, استفراغ, سردرد, سر درد, کمردرد, کمر درد, دل درد, سرگیجه, زخم بستر, ~سوختگی, هپاتیت, ایدز, ' +
      'صرع, الزایمر, پارکینسون, بیش فعالی, ~اضطراب, بی خوابی, کم کاری تیرويید, پرکاری تیرويید, تیرويید, گواتر, سنگ کیسه صفرا, فتق, ' +
      'اپاندیس, ارتروز, ارتریت, پوکی استخوان, حمله قلبی, حامله, اگزما, پسوریازیس, کرونا, کووید',
    ),
    medication: words(`دارو*, ~نسخه, انسولین, واکسن*, شیمی درمانی, ~قرص, daroo, امپول, ~تزریق, پرتو درمانی, رادیوتراپی, ~کپسول, پماد, انتی بیوتیک, واکسیناسیون, متفورمین, وارفارین`),
    test: words(
      '~ازمایش*, ازمایش* خون, جواب ازمایش*, ازمایشگاه*, ~نتیجه, ~نتایج, سونوگرافی, نوار قلب, ' +
      'قند خون, فشار خون, انژیوگرافی, ~azmayesh, ' +
      'ازمایش ادرار, ~ادرار, کشت خون, قند ناشتا, هموگلوبین, کلسترول, چربی خون, تست بارداری, ازمایش بارداری, ~غربالگری, ~غیر طبیعی, ' +
      'سی تی اسکن, اکو* قلب, نوار مغز, اندوسکوپی, کولونوسکوپی, ماموگرافی, بیوپسی, ~نمونه برداری, پاپ اسمیر, رادیولوژی, عکس رادیولوژی, ~منحنی رشد, ' +
      'ام ار ای, رادیوگرافی, عکس ریه, عکس قفسه سینه, تست کرونا, تست کووید, نوار عصب, تراکم استخوان',
    ),
    procedure: words(`جراحی*, دیالیز, ~درمان*, زایمان, سزارین, jarahi, انژیو, انژیوپلاستی, ~کاتتر, فیزیوتراپی, ~بخیه,
      پیوند کلیه, پیوند کبد, پیوند مغز استخوان, بای پس, توانبخشی, کاردرمانی, گفتار درمانی, روان درمانی, تزریق خون`),
    encounter: words(`~نوبت*, نوبت دکتر, بستری, ~ترخیص, اورژانس, ~ارجاع, ترک سیگار, bastari, ترخیص از بیمارستان, ~ویزیت, ~مشاوره, ~معاینه, ~مراقبت ویژه, مراقبتهای ویژه, ای سی یو, سی سی یو, پرونده پزشکی, گواهی پزشکی`),
    patient: words(`بیمار*, نوزاد`),
    specialty: words(`متخصص قلب, متخصص زنان, متخصص غدد, انکولوژی, کاردیولوژی, ارتوپدی, روانپزشک*, متخصص اطفال, متخصص داخلی, متخصص پوست, متخصص گوارش, دندانپزشک*, اطفال, زنان و زایمان, نفرولوژی, نورولوژی`),
  },
  units: words(`اورژانس, ای سی یو, سی سی یو`),
  // Heads of a workplace right before the term, joined by the ezafe Persian does not write: "بخش جراحی" (the surgical
  // ward), "درمانگاه دیابت" (the diabetes clinic), "پرستار دیالیز" (a dialysis nurse).
  workplaceHeads: words(`بخش, درمانگاه, کلینیک, مرکز, واحد, تیم, کلاس, دوره, کارگاه, پرستار, پرستاران, تکنسین`),
  // Staff affairs (welcome, a meeting, training, a workshop, retirement, congratulations, the staff) and teaching (a seminar, a conference, a class).
  staffCues: words(`خوش امدید, جلسه, اموزش, کارگاه, بازنشستگی, تبریک, کارکنان, پرسنل`),
  topicWords: words(`کارگاه, اموزش, سمینار, همایش, کلاس`),
  dobKeywords: words(`تاریخ تولد, متولد, tarikh tavalod, tarikhe tavalod`),
  idKeywords: words(`شماره پرونده, شماره پرونده پزشکی, شماره بیمار, کد بیمار, کد ملی, شماره ملی, شماره بیمه, شماره بیمه درمانی, کد بیمه شده, شماره بیمه شده`),
};
