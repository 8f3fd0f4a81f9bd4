import { LanguageLexicon, words } from './types';

/**
 * Russian and Ukrainian. Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general dictionaries of both languages from memory; no corpus or
 * third-party list copied. Keys folded as the tokenizer folds them: й -> и,
 * ё -> е, ї -> і (marks removed). Both languages decline nouns: a word ending
 * in "*" is a stem that takes the endings below ("анализ*": анализ, анализы,
 * анализов; "кров*": кровь, крови, крові; not кровать). Left out as ambiguous:
 * "рак" takes no endings (раки are crayfish), "доза" is too short for a stem,
 * "приём" alone (also a reception), "справка" (any certificate); "анализ",
 * "результат", "операция", "направление", "выписка" are everyday words
 * (also analysis, result, a business operation, a direction, a bank statement);
 * the plural "анализы", "анализов" (lab tests) is not.
 * Round 9 additions: a patient's documents (epicrisis, sick-leave sheet,
 * medical certificate, informed consent, booking a doctor, insurance
 * policies), wounds, ulcers, burns, hepatitis, kidney failure, thyroid and
 * other common conditions, stool tests, cultures, histology and imaging
 * words, department names (the "-логия" forms), physiotherapy and
 * psychotherapy, and a few transliterated forms. Left out: Ukrainian "опік"
 * (burn; its stem also reads опіка, guardianship).
 * Review of round 9: "запись на приём" removed (also an admissions office
 * taking documents); staff health checks and benefits (медосмотр,
 * диспансеризация, флюорография, полис ДМС, медицинский полис) marked
 * everyday ("медицинский полис ОМС" is listed); a university department
 * ("кафедра гистологии") and a lecture ("лекция по цитологии") head a
 * workplace, so a teacher named beside a histology or cytology word is not
 * read as that word's patient; "рана" (a wound) marked everyday: it is also
 * a given name (Рана Ахмедова).
 * Round 37 additions, Russian and Ukrainian typed in Latin letters (as staff
 * in US clinics write them: "vypiska", "analizy krovi", "napravlennia do
 * nevrologa", "data narodzhennia"), in the common spellings (y or i for й
 * and ы, kh or h for х, ya, ia or a for я; the soft sign left out): Latin
 * endings beside the Cyrillic ones (a, u, y, i, om, ov, ...; other letters,
 * so each set reads only its own script) and stems for the declined words.
 * In Latin letters "vypiska" is a patient's discharge summary (a bank
 * statement is not written so in US clinic mail; Czech "výpisky", notes, is
 * another word), so its Russian and Ukrainian forms count without
 * support, unlike its Cyrillic form; "napravlenie" (also a direction),
 * "priyom" and "priem" (a reception, any appointment), "analiz" and
 * "davlenie" (any pressure) need support ("napravlenie na analizy" and
 * "napravlennia do likaria" are listed). Left out: "insult" (English),
 * "uzi" alone (a name), "rak", "rana" and "noga" alone (a crayfish, a given
 * name, a surname: "zlamana noga" is listed), "likarnia" and "bolnitsa" (a
 * hospital: a place, as English "hospital"), "hvor*" (Danish "hvor", where;
 * "khvorob*" is listed).
 * Round 38 additions: CTG (КТГ), EEG, gastroscopy (ФГДС, ЭГДС), Holter and
 * ambulatory blood pressure, coagulation tests, vaccinations, catheters,
 * stents, coronary angiography and bypass, childbirth (Ukrainian "пологи"),
 * developmental delay, normal results ("анализы в норме", "результаты в
 * норме", "без патологии": "в норме" alone is anyone's "all fine"), the
 * oncologist and other doctors as specialties ("консультация онколога",
 * "онкология"), and the Ukrainian forms Ukrainian mail uses (консультація,
 * лікування, операція, діагноз, епікриз, ЕКГ, біопсія, реанімація, швидка
 * допомога, артеріальний тиск). A discharge counts with where from
 * ("выписка из больницы/стационара/роддома", "виписка з лікарні", "выписной
 * эпикриз", "выписан домой"); "выписка" and "виписка" alone stay everyday (a
 * bank statement, an extract from a register). Marked everyday: Ukrainian
 * "консультація", "направлення", "операція", "лікування" and "лікарняний"
 * as their Russian forms are, "биохимия" (also the science), "скрининг"
 * (any screening; of a pregnancy is listed), "катетер" (also the product:
 * an invoice for catheters). Ukrainian "реанімація" is a unit, as the
 * Russian word is (thanks for help in the ICU are a colleague's).
 */
export const RU: LanguageLexicon = {
  code: 'ru',
  match: 'words',
  endings: words(
    'а, я, у, ю, о, е, ы, и, і, ь, ом, ем, ои, еи, ов, ев, ам, ям, ами, ями, ах, ях, ью, ого, его, ому, ему, ым, им, ' +
    'ых, их, ыми, ими, ая, ое, ые, ие, ую, ыи, ии, ою, ею, ів, ої, ' +
    // The same endings in Latin letters, for the transliterated words.
    'a, u, y, i, e, o, om, oi, oy, ov, ami, akh, ya, yu, iu, ia, ei, ey, ie, ii, iy, yi, yy, aya, aia, oe, ogo',
  ),
  terms: {
    condition: words(
      'диабет*, гипертони*, ветрянк*, птср, рак, опухол*, беременност*, беременн*, астм*, депресси*, инфекци*, перелом*, инсульт*, ' +
      'инфаркт*, пневмони*, ~температур*, боль, боли, болезн*, заболевани*, аллерги*, вич, ~травм*, кровотечени*, ' +
      '~симптом*, диагноз*, ~падени*, діабет*, гіпертоні*, вагітн*, інфекці*, хвор*, інсульт*, інфаркт*, вагітніст*, ' +
      'туберкулез*, туберкульоз*, діаліз*, пролежн*, пролежень, ~рана, раны, язва, язвы, язвенн*, виразк*, ожог*, гепатит*, ' +
      'почечн* недостаточност*, хбп, дисфаги*, щитовидн* желез*, щитовидн* залоз*, гипотиреоз*, гипертиреоз*, анеми*, анемі*, цирроз*, ' +
      // Transliterated.
      'beremenn*, beremennost*, vagitn*, vahitn*, vagitnist*, vahitnist*, gipertoni*, perelom*, zlamana ruka, zlamana noha, zlamana noga, ' +
      'bolezn*, zabolevani*, khvorob*, opukhol*, pnevmoni*, ozhog*, sakharn* diabet*, tsukrov* diabet*, ' +
      // Round 51: ill ("bolen"; "bolnoy" is a patient, below), in Latin letters; not "bolna", also Hindi "to speak".
      'bolen, ' +
      // Round 38.
      'діагноз*, пухлин*, ~задержк* развити*, ~затримк* розвитк*, ~отставани* в развити*, без патологи*, без патологі*, ' +
      '~результат* в норме, ~результат* в нормі, анализ* в норме, ~аналіз* в нормі, ' +
      // Round 39: infections and sexually transmitted ones, the digestive and other common conditions.
      'сифилис*, сифіліс*, гоноре*, хламидиоз*, хламідіоз*, трихомониаз*, генитальн* герпес*, впч, грипп*, грип, грипу, орви, гастрит*, ' +
      'панкреатит*, холецистит*, аппендицит*, апендицит*, желчнокаменн* болезн*, жовчнокам*, колит*, цистит*, пиелонефрит*, пієлонефрит*, ' +
      'бронхит*, бронхіт*, ангин*, отит*, менингит*, сепсис*, артрит*, артроз*, остеопороз*, эпилепси*, епілепсі*, мигрен*, мігрен*, ' +
      'деменци*, деменці*, рассеянн* склероз*, стенокарди*, аритми*, арітмі*, сердечн* недостаточност*, серцев* недостатн*, ожирени*, ' +
      'леикоз*, лимфом*, лімфом*, меланом*, метастаз*, ' +
      // Round 51: lymphoedema (лимфедема, лімфедема), which a rehab clinic treats.
      'лимфедем*, лімфедем*, ' +
      // Round 55: symptoms a home-care nurse reports (shortness of breath, oedema, dizziness, nausea, vomiting, seizures).
      'одышк*, задишк*, отек*, набряк*, головокружени*, запаморочен*, тошнот*, нудот*, рвот*, блювот*, судорог*',
    ),
    medication: words('лекарств*, ~препарат*, ~рецепт*, таблетк*, инсулин*, вакцин*, антибиотик*, химиотерапи*, ~химия, ліки, інсулін*, глюкометр*, варфарин*, метформин*, ' +
      'lekarstv*, tabletk*, liky, likiv, khimioterapi*, ~retsept*, прививк*, щепленн*, антибіотик*, хіміотерапі*'),
    test: words(
      '~анализ*, анализ* кров*, анализ* мочи, ~результат*, кров*, глюкоз*, ~давлени*, мрт, кт, узи, узд, рентген*, экг, ' +
      'биопси*, оак, оам, ~обследовани*, ~осмотр*, ~аналіз*, колоноскопи*, полисомнографи*, анализы, анализов, аналізи, аналізів, гемоглобин*, ' +
      // Transliterated in file names: "Ivanova_analiz_krovi.pdf".
      'analiz krovi, analizy krovi, analiz mochi, analizy mochi, ~analizy, analizov, sakhar krovi, sakhar v krovi, ~davleni*, ' +
      // Round 51: endoscopies in Latin letters.
      'gastroskopi*, kolonoskopi*, mammografi*, ' +
      // Round 52: the thyroid test, the sedimentation rate and cholesterol, as Russian and Ukrainian write them.
      'ттг, соэ, шое, холестерин*, ' +
      'gemoglobin*, glyukoz*, obshchii analiz, obshchiy analiz, ' +
      'анализ* кала, посев* кров*, бакпосев*, гистологи*, цитологи*, маммографи*, ~флюорографи*, томографи*, денситометри*, эхокг, ~медосмотр*, ' +
      'ктг, ээг, фгдс, эгдс, холтер*, смад, коагулограмм*, ~биохими*, аналіз* сечі, екг, ехокг, біопсі*, колоноскопі*, мамографі*, гістологі*, ' +
      'артериальн* давлени*, артеріальн* тиск*, скрининг* беременн*, скринінг* вагітн*, ~скрининг*, ~скринінг*, ' +
      // Round 39: tests and their results.
      'пцр, антител*, антитіл*, ~мазок, ~мазка, мазки, эндоскопи*, ендоскопі*, гастроскопи*, гастроскопі*, лапароскопи*, лапароскопі*, ' +
      '~положительн*, ~отрицательн*, ~позитивн*, ~негативн*, тест* на вич, тест* на ковид*, тест* на грипп*',
    ),
    procedure: words('~операци*, диализ*, гемодиализ*, роды, кесарев* сечени*, реабилитаци*, кардиореабилитаци*, ~лечени*, ~терапи*, физиотерапи*, лфк, психотерапи*, ' +
      '~operatsi*, gemodializ*, kesarev* sechenie, reabilitatsi*, ' +
      '~катетер*, катетеризаци*, катетеризаці*, стентировани*, стентуванн*, коронарографи*, коронарографі*, ангиографи*, ангіографі*, ' +
      '~шунтировани*, шунтуванн*, ~операці*, ~лікуванн*, ~пологи, реабілітаці*, фізіотерапі*, ' +
      // Round 39: the common operations by name, anaesthesia, hospice and palliative care.
      'холецистэктоми*, холецистектомі*, аппендэктоми*, апендектомі*, мастэктоми*, мастектомі*, гистерэктоми*, гістеректомі*, ' +
      'тиреоидэктоми*, простатэктоми*, артроскопи*, артроскопі*, эндопротезировани*, ендопротезуванн*, ампутаци*, ампутаці*, ' +
      'трансплантаци*, трансплантаці*, лучев* терапи*, променев* терапі*, наркоз*, анестези*, анестезі*, интубаци*, ' +
      'хоспис*, паллиативн*, паліативн*'),
    encounter: words(
      'прием у врача, госпитализаци*, ~выписк*, ~выписан*, ~направлени*, скор* помощ*, реанимаци*, ~больничн*, ' +
      '~консультаци*, госпіталізаці*, эпикриз*, больничн* лист*, медицинск* справк*, медсправк*, информированн* согласи*, ' +
      'направлени* на анализ*, запис* к врачу, визит* к врачу, ~диспансеризаци*, epikriz, bolnichnyi list, bolnichnyj list, ' +
      'vypiska, vypisku, vypiski, vypiske, vypiskoy, vypiskoi, vypyska, vypysku, vypysky, vypystsi, vypiska iz bolnitsy, vypiska z likarni, ~napravleni*, ~napravlenn*, napravleni* na analiz*, napravleni* k vrach*, napravlenn* do likar*, gospitalizatsi*, gospitalizirovan*, hospitalizatsi*, ~priyom, ~priem, ' +
      'priyom u vracha, priem u vracha, zapis k vrachu, zapys do likaria, skoraya pomoshch, shvydka dopomoha, reanimatsi*, medspravk*, ' +
      'выписк* из больниц*, выписк* из стационар*, выписк* из роддом*, выписн* эпикриз*, выписан* из больниц*, выписан* домои, ' +
      '~виписк*, виписк* з лікарн*, виписк* зі стаціонар*, виписк* з пологов*, виписан* з лікарн*, випис* епікриз*, епікриз*, ' +
      '~консультаці*, ~направленн*, запис* до лікар*, прииом* у лікар*, реанімаці*, ~швидк* допомог*, ~лікарнян*',
    ),
    payer: words(`полис омс, страхов* полис*, ~полис* дмс, ~медицинск* полис*, медицинск* полис* омс`),
    patient: words(`пациент, пациента, пациенту, пациентом, пациенте, пациентка, пациентки, пациентке, пациентку, пациенткои, больн*, пацієнт, пацієнта, пацієнту, пацієнтом, пацієнтка, пацієнтці, пацієнтку, новорожденн*, patsient*, patsientk*, patsiient*, patsiientk*, bolnoi, bolnoy, bolnaya`),
    specialty: words('кардиолог*, невролог*, эндокринолог*, гинеколог*, кардіолог*, невролог,  онкологи*, педиатри*, гинекологи*, психиатри*, ~хирурги*, орит, нефрологи*, травматологи*, ортопеди*, гастроэнтерологи*, урологи*, пульмонологи*, ревматологи*, гематологи*, дерматологи*, эндокринологи*, ' +
      'endokrinolog*, nevrolog*, ginekolog*, revmatolog*, endokrynoloh*, nevroloh*, kardioloh*, hinekoloh*, ' +
      'онколог*, онкологі*, педиатр*, педіатр*, гінеколог*, ендокринолог*, уролог*, onkolog*, onkoloh*'),
  },
  units: words(`реанимаци*, реанімаці*, орит, reanimatsi*`),
  workplaceHeads: words('отделение, отделения, кабинет, центр, медсестра, медсестры, врач, відділення, кафедра, кафедры, кафедре, кафедру, кафедрои, лекция, лекции, лекцию, лекція'),
  linkingWords: words(`по, для, о`),
  // Review of round 39: the roles and the business of a department named beside a colleague (a coordinator, volunteers, an
  // engineer, a project's lead, an organiser; a repair, a grant, a charity run), in Russian and Ukrainian.
  staffCues: words('добро пожаловать, собеседование, график дежурств, совещание, собрание, спасибо, поздравляем, сертификация, сертификат, ' +
    'координатор, координатора, волонтёры, волонтеры, волонтёров, волонтеров, волонтер, волонтёр, инженер, руководитель, организатор, ' +
    'ремонт, грант, благотворительный, благотворительная, забег, волонтери, координаторка, керівник'),
  topicWords: words('тренинг, презентация, памятка, лекция, лекции, лекція, семинар, вебинар, конференция'),
  dobKeywords: words(`дата рождения, дата рожд., д.р., д. р., год рождения, родился, родилась, дата народження, д.н., народився, народилася, data rozhdeniya, data rozhdenia, data rozhdenija, data rojdeniya, god rozhdeniya,
    data narodzhennia, data narodzhennya, data narodzhenia, data narodzhenya, rik narodzhennia`),
  dobAfter: words(`г.р., г. р., года рождения, р.н., р. н., року народження`),
  idKeywords: words(`номер мед. карты, мед. карта, мед. карты, история болезни, истории болезни, номер истории болезни, и/б, медкарта, номер медкарты, медицинская карта, номер карты пациента, амбулаторная карта, снилс, полис омс, номер медичної картки, медична картка, медкартка, історія хвороби, номер картки пацієнта, snils, nomer medkarty`),
};
