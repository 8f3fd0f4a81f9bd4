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
 */
export const RU: LanguageLexicon = {
  code: 'ru',
  match: 'words',
  endings: words(
    'а, я, у, ю, о, е, ы, и, і, ь, ом, ем, ои, еи, ов, ев, ам, ям, ами, ями, ах, ях, ью, ого, его, ому, ему, ым, им, ' +
    'ых, их, ыми, ими, ая, ое, ые, ие, ую, ыи, ии, ою, ею, ів, ої',
  ),
  terms: {
    condition: words(
      'диабет*, гипертони*, ветрянк*, птср, рак, опухол*, беременност*, беременн*, астм*, депресси*, инфекци*, перелом*, инсульт*, ' +
      'инфаркт*, пневмони*, ~температур*, боль, боли, болезн*, заболевани*, аллерги*, вич, ~травм*, кровотечени*, ' +
      '~симптом*, диагноз*, ~падени*, діабет*, гіпертоні*, вагітн*, інфекці*, хвор*, інсульт*, інфаркт*, вагітніст*, ' +
      'туберкулез*, туберкульоз*, діаліз*, пролежн*, пролежень, ~рана, раны, язва, язвы, язвенн*, виразк*, ожог*, гепатит*, ' +
      'почечн* недостаточност*, хбп, дисфаги*, щитовидн* желез*, щитовидн* залоз*, гипотиреоз*, гипертиреоз*, анеми*, анемі*, цирроз*',
    ),
    medication: words('лекарств*, ~препарат*, ~рецепт*, таблетк*, инсулин*, вакцин*, антибиотик*, химиотерапи*, ~химия, ліки, інсулін*, глюкометр*, варфарин*, метформин*'),
    test: words(
      '~анализ*, анализ* кров*, анализ* мочи, ~результат*, кров*, глюкоз*, ~давлени*, мрт, кт, узи, узд, рентген*, экг, ' +
      'биопси*, оак, оам, ~обследовани*, ~осмотр*, ~аналіз*, колоноскопи*, полисомнографи*, анализы, анализов, аналізи, аналізів, гемоглобин*, ' +
      // Transliterated in file names: "Ivanova_analiz_krovi.pdf".
      'analiz krovi, analizy krovi, analiz mochi, analizy mochi, ' +
      'анализ* кала, посев* кров*, бакпосев*, гистологи*, цитологи*, маммографи*, ~флюорографи*, томографи*, денситометри*, эхокг, ~медосмотр*',
    ),
    procedure: words('~операци*, диализ*, гемодиализ*, роды, кесарев* сечени*, реабилитаци*, ~лечени*, ~терапи*, физиотерапи*, лфк, психотерапи*'),
    encounter: words(
      'прием у врача, госпитализаци*, ~выписк*, ~выписан*, ~направлени*, скор* помощ*, реанимаци*, ~больничн*, ' +
      '~консультаци*, госпіталізаці*, эпикриз*, больничн* лист*, медицинск* справк*, медсправк*, информированн* согласи*, ' +
      'направлени* на анализ*, запис* к врачу, визит* к врачу, ~диспансеризаци*, epikriz, bolnichnyi list, bolnichnyj list',
    ),
    payer: words(`полис омс, страхов* полис*, ~полис* дмс, ~медицинск* полис*, медицинск* полис* омс`),
    patient: words(`пациент, пациента, пациенту, пациентом, пациенте, пациентка, пациентки, пациентке, пациентку, пациенткои, больн*, пацієнт, пацієнта, пацієнту, пацієнтом, пацієнтка, пацієнтці, пацієнтку, новорожденн*`),
    specialty: words('кардиолог*, невролог*, эндокринолог*, гинеколог*, кардіолог*, невролог,  онкологи*, педиатри*, гинекологи*, психиатри*, ~хирурги*, орит, нефрологи*, травматологи*, ортопеди*, гастроэнтерологи*, урологи*, пульмонологи*, ревматологи*, гематологи*, дерматологи*, эндокринологи*'),
  },
  units: words(`реанимаци*, орит`),
  workplaceHeads: words('отделение, отделения, кабинет, центр, медсестра, медсестры, врач, відділення, кафедра, кафедры, кафедре, кафедру, кафедрои, лекция, лекции, лекцию, лекція'),
  linkingWords: words(`по, для, о`),
  staffCues: words('добро пожаловать, собеседование, график дежурств, совещание, собрание, спасибо, поздравляем, сертификация, сертификат'),
  topicWords: words('тренинг, презентация, памятка, лекция, лекции, лекція, семинар, вебинар, конференция'),
  dobKeywords: words(`дата рождения, дата рожд., д.р., д. р., год рождения, родился, родилась, дата народження, д.н., народився, народилася, data rozhdeniya, data rozhdenia`),
  dobAfter: words(`г.р., г. р., года рождения, р.н., р. н., року народження`),
  idKeywords: words(`номер мед. карты, мед. карта, мед. карты, история болезни, номер истории болезни, и/б, медкарта, номер медкарты, медицинская карта, номер карты пациента, амбулаторная карта, снилс, полис омс, номер медичної картки, медична картка, медкартка, історія хвороби, номер картки пацієнта`),
};
