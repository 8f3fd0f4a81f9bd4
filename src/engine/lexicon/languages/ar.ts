import { LanguageLexicon, words } from './types';

/**
 * Arabic. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail (Modern Standard Arabic and the
 * common Levantine, Egyptian and Gulf clinic words), checked against general
 * Arabic dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them: vowel marks removed, أ إ آ -> ا,
 * ئ -> ي, ؤ -> و (so نتائج is written نتايج).
 * Arabic glues the article and prepositions to the word ("الدم" the blood,
 * "للمريضة" for the patient): the prefixes are stripped before the lookup,
 * and a word ending in "*" also takes the endings below (مريض -> مريضة).
 * Terms are written without the article. Left out as ambiguous: "حامل" and
 * "حمل" (also a holder, a load), "مسكن" (also a home), "حبوب" (also grain);
 * "عملية" (also a process), "موعد", "فحص", "تحليل", "نتائج" are everyday words.
 * Round 9 additions: a patient's documents (discharge report, medical
 * referral, test orders, medical certificate and excuse, informed consent,
 * nursing and nutrition assessments, insurance card), ulcers, burns, wounds,
 * hepatitis, kidney failure, dysphagia, thyroid, anaemia and other common
 * conditions, urine tests, blood culture, biopsy and imaging words,
 * department names, psychotherapy, clinic visits. "تحويل" alone is left out
 * (also a money transfer); "جرح" (also to hurt), "سقوط" (also a downfall),
 * "متابعة" (any follow-up) and "حالة حرجة" (any critical situation) are
 * marked everyday, and so is "صحة نفسية" (mental health, also a programme).
 * Review of round 9: "خطاب تحويل" removed (a salary-transfer letter); "تقرير
 * خروج" and "ملخص خروج" marked everyday (also an employee's or equipment's
 * exit report) and listed with the hospital ("تقرير خروج المستشفى", "تقرير
 * خروج من المستشفى"), with the patient, and with the honorific of an elder
 * ("تقرير خروج الحاج عبدالله": a patient, rarely an employee's exit report);
 * "كشف طبي" (a staff medical check), "بطاقة تامين" (any insurance card: a
 * car's; "بطاقة التامين الصحي" is listed) and "حروق" (also "burning" prices
 * in a sale) marked everyday.
 * Round 37 additions: Arabic typed in Latin letters and digits ("Arabizi":
 * 2 for hamza, 3 for ain, 5 for kha, 7 for ha, 8 for ghain), as staff write
 * a patient's Levantine, Egyptian or Gulf words: tests ("ta7lil dam"),
 * diabetes ("marad el sukkar", "3ando sukkar"), operations, dialysis, the
 * patient ("mareed"), the prescription ("roshetta"), an appointment with
 * the doctor ("mawid el doktor") and the birth-date label ("tari5 el
 * wilade"). Whole words, as in Greek typed in Latin letters: the prefixes
 * and endings above are Arabic letters. "sukkar" and "daght" before a
 * reading are a blood sugar and a blood pressure (context-words.ts). A digit
 * splits a word into tokens ("ta7lil" is ta, 7, lil), and the terms are
 * matched so. As in Arabic script, "ta7lil" (any analysis), "mawid" (any
 * appointment), "3amaliye" (any process), "ashe3a" (rays), "natije"
 * (any result), "7amil", "sukkar" (sugar; also a surname), "jalta" (a
 * stroke; also Yalta) need support. Left out: "sukkari" (a surname, a date),
 * "dawa" (Swahili marks it everyday), "sonar" (English), "mostashfa" (a
 * hospital: a place), "7amel" (split at its digit it leaves "amel", a given
 * name), "marda" (an English given name).
 */
export const AR: LanguageLexicon = {
  code: 'ar',
  match: 'words',
  prefixes: words(`ال, وال, بال, لل, ولل, فال, كال, و, ب, ل, ف, ك`),
  endings: words(`ة, ات, ه, ها, هم, ي, ين, ون, تي, ته, تها`),
  terms: {
    condition: words(
      'مرض, امراض, سكري, سرطان, ورم, ربو, اكتياب, ~التهاب*, عدوى, ~كسر, جلطة, سكتة دماغية, نوبة قلبية, فشل كلوي, حمى, ' +
      '~الم, صداع, ~حساسية, اعراض, تشخيص, وفاة, توفي, قرحة فراش, ~سل, درن, سل ريوي, حامل, ~حمل, ' +
      'قرحة, ~حروق, ~حرق, ~جرح, ~جروح, التهاب كبد, قصور كلوي, عسر بلع, صعوبة بلع, غدة درقية, فقر دم, انيميا, تليف كبد, ~حالة حرجة, ~صحة نفسية, ~سقوط, ' +
      // Arabizi.
      '~sukkari, ~sokkari, marad el sukkar, marad al sukkar, marad sukkar, marad el sokkar, 3ando sukkar, 3andha sukkar, 3ando sokkar, ' +
      '3andha sokkar, 3indo sukkar, sukkar 3ali, sokkar 3ali, daght 3ali, da8t 3ali, ~sukkar, ~sokkar, saratan, ~jalta, ~jalte, ~7amil, ' +
      // Round 38: fractures by the bone, pregnancy, common conditions.
      'كسر كاحل, كسر في كاحل, كسر ورك, كسر في ورك, ~كسر ذراع, كسر في ذراع, كسر رسغ, كسر معصم, كسر ساق, كسر في ساق, كسر قدم, كسر في قدم, ' +
      'كسر ضلع, كسر اضلاع, كسر فخذ, كسر عظم, كسر في عظم, كسر جمجمة, التواء كاحل, التواء في كاحل, ' +
      'سكر حمل, سكري حمل, تسمم حمل, اجهاض, صرع, سمنة, زهايمر, هشاشة عظام, نقرس, روماتيزم, ~نزيف, اسهال, استفراغ, ضيق تنفس, سعال, ' +
      'انفلونزا, كوفيد, حصوة كلى, حصوة في كلى, حصى كلى, غيبوبة, ~شلل, شلل دماغي, اورام, تاخر نمو, تاخر كلام, ايدز, ' +
      // Round 39: tuberculosis by its names, sexually transmitted and other infections, the inflammations by organ.
      'مرض سل, سل كامن, ~زهري, ~سيلان, كلاميديا, هربس تناسلي, التهاب بنكرياس, التهاب مرارة, التهاب زايدة, زايدة دودية, التهاب ريوي, ذات رية, ' +
      'التهاب سحايا, التهاب مفاصل, التهاب مسالك بولية, تسمم دم, جدري ماء, حصبة, خرف, جلطة دماغية, باركنسون, تصلب متعدد',
    ),
    medication: words(`دواء, ادوية, ~علاج, وصفة طبية, انسولين, لقاح, تطعيم, مضاد حيوي, مضادات حيوية, جرعة, كيماوي, روشتة, حقنة, ميتفورمين, وارفارين,
      adwiye, adwiya, roshetta, rosheta, roshetah, wasfa tebbiye, wasfe tebbiye`),
    test: words(
      'اشعة بانورامية, تصوير الشبكية, ~تحليل*, ~تحاليل, تحليل دم, تحاليل دم, تحليل سكر, فحص سكر, نسبة سكر, سكر تراكمي, ~نتايج, ~نتيجة, مختبر, سكر دم, ضغط دم, ~اشعة, اشعة سينية, سونار, ' +
      'رنين مغناطيسي, تخطيط قلب, اشعة صدر, اشعة الصدر, اشعة مقطعية, ~فحص, ~فحوصات, فحص دم, نتايج تحاليل, نتيجة تحليل, نتايج فحوصات, ' +
      'تحليل بول, مزرعة دم, خزعة, ماموغرام, تصوير ثدي, موجات فوق صوتية, طلب تحاليل, طلب فحوصات, ' +
      '~ta7lil, ~ta7alil, ~ta7leel, ta7lil dam, ta7alil dam, ta7leel dam, tahlil dam, ta7lil sukkar, ta7lil bol, ~ashe3a, ~ashi3a, ' +
      '~natije, ~natijat, natijat el ta7lil, natijat ta7lil, natijat el ta7alil, natijat el ashe3a, daght el dam, daght dam, da8t el dam, ' +
      'كوليسترول, كولسترول, هيموجلوبين, هيموغلوبين, كرياتينين, وظايف كلى, وظايف كبد, صورة دم, سكر صايم, ~اختبار حمل, ~فحص حمل, منحنى سكر, ' +
      'تحمل جلوكوز, تحمل غلوكوز, تخطيط دماغ, ايكو قلب, ~ايكو, ~منظار, منظار معدة, منظار قولون, مزرعة بول, ~غير طبيعي, ~غير طبيعية, ~منحنى نمو, ~تقييم نمو, ' +
      // Round 39: tuberculosis tests, swabs and antibodies, positive and negative results.
      'فحص سل, اختبار سل, تحليل سل, اختبار سلين, اختبار توبركولين, توبركولين, كوانتيفيرون, ~مسحة, مسحة انف, مسحة حلق, فحص كورونا, تحليل كورونا, ' +
      'فحص انفلونزا, اجسام مضادة, ~ايجابي, ~ايجابية, ~سلبي, ~سلبية, ~نتيجة ايجابية, ~نتيجة سلبية'
    ),
    procedure: words(`تنظير, ~عملية, عملية جراحية, جراحة, غسيل كلى, غسيل كلوي, نقل دم, ~ولادة, قيصرية, علاج طبيعي, علاج نفسي, ~قسطرة, قسطرة قلبية, قسطرة قلب, قسطره, ~تركيب دعامة, ~دعامة قلب, زراعة كلى, زراعة كلية, زرع كلى, زراعة كبد, ~استيصال, ~تخدير, علاج اشعاعي, علاج كيميايي, علاج كيماوي, عملية قلب مفتوح,
      رعاية تلطيفية, عناية تلطيفية, رعاية محتضرين, استيصال مرارة, استيصال زايدة, استيصال رحم, استيصال ثدي, استيصال لوزتين, منظار بطن,
      ~3amaliye, ~3amaliyye, ~3amaleyye, ~3amalieh, ghaseel kela, ghasil kela, ghaseel kelya, ghasil kilawi`),
    encounter: words('~موعد, موعد طبي, ~مراجعة, دخول مستشفى, خروج من مستشفى, طواري, عناية مركزة, ~احالة, تقرير طبي, اجازة مرضية, ~تقرير خروج, ~ملخص خروج, تقرير خروج مستشفى, تقرير خروج من مستشفى, ملخص خروج مستشفى, ملخص خروج من مستشفى, ' +
      'تقرير خروج مريض, ملخص خروج مريض, تقرير خروج حاج, تقرير خروج حاجة, ملخص خروج حاج, ملخص خروج حاجة, تحويل طبي, شهادة طبية, عذر طبي, ' +
      'موافقة مستنيرة, تقييم تمريضي, تقييم غذايي, موعد عيادة, ~كشف طبي, ~متابعة, متابعة حمل, ~تنويم, طلب تنويم, امر تنويم, ملف طبي, ~اسعاف, ~استشارة, استشارة طبية, ' +
      '~mawid, ~maw3ed, ~maw3id, ~mou3ed, mawid el doktor, mawid el daktor, maw3ed el doktor, maw3ed el daktor, mawid doktor, tawari2'),
    payer: words(`~بطاقة تامين, بطاقة تامين صحي`),
    patient: words(`مريض*, مرضى, mareed, mareeda, mareedh, mareedha, mareedet`),
    specialty: words(`طب اطفال, طب نفسي, باطنية, طب اسنان, نساء وتوليد, النساء والتوليد, قسم قلب, قسم كلى, قسم عظام, طبيب نفسي,
      طبيب قلب, طب قلب, طب اورام, طبيب اورام, مسالك بولية, انف اذن حنجرة, طب اسرة, طب عيون, طبيب عيون, طب اعصاب, طبيب اعصاب`),
  },
  units: words(`طواري, عناية مركزة, tawari2`),
  workplaceHeads: words('قسم, وحدة, مركز, ممرضة, ورشة, دورة, محاضرة'),
  linkingWords: words(`عن, حول, في`),
  staffCues: words('اجتماع, تدريب, مقابلة, جدول, مناوبة'),
  topicWords: words('ندوة, نشرة, توعية, محاضرة, مؤتمر, ورشة'),
  dobKeywords: words(`تاريخ الميلاد, تاريخ ميلاد, تاريخ الولادة, مواليد, ولد في, ولدت في,
    tari5 el wilade, tarikh el wilade, tarikh al wilada, tari5 wilade, tarikh el milad, tari5 el milad, tarikh al milad, tarikh milad, tari5 milad`),
  idKeywords: words(`رقم الملف الطبي, رقم ملف المريض, رقم المريض, رقم المريضة, رقم السجل الطبي, الرقم الطبي, رقم العضوية, رقم العضوية في التأمين, رقم حساب المريض, رقم التأمين, رقم بطاقة التأمين, رقم الضمان الاجتماعي`),
};
