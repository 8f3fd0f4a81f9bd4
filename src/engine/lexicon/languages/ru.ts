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
      'туберкулез*, пролежн*, ',
    ),
    medication: words('лекарств*, ~препарат*, ~рецепт*, таблетк*, инсулин*, вакцин*, антибиотик*, химиотерапи*, ~химия, ліки, варфарин*, метформин*'),
    test: words(
      '~анализ*, анализ* кров*, анализ* мочи, ~результат*, кров*, глюкоз*, ~давлени*, мрт, узи, рентген*, экг, ' +
      'биопси*, ~обследовани*, ~осмотр*, ~аналіз*, колоноскопи*, анализы, анализов, аналізи, аналізів, гемоглобин*, ' +
      // Transliterated in file names: "Ivanova_analiz_krovi.pdf".
      'analiz krovi, analizy krovi',
    ),
    procedure: words('~операци*, диализ*, гемодиализ*, роды, кесарев* сечени*, реабилитаци*, ~лечени*, ~терапи*'),
    encounter: words(
      'прием у врача, госпитализаци*, ~выписк*, ~выписан*, ~направлени*, скор* помощ*, реанимаци*, ~больничн*, ' +
      '~консультаци*, госпіталізаці*',
    ),
    payer: words(`полис омс, страхов* полис*`),
    patient: words(`пациент*, пациентк*, больн*, пацієнт*, пацієнтк*, новорожденн*`),
    specialty: words('кардиологи*, онкологи*, педиатри*, гинекологи*, психиатри*, ~хирурги*, орит'),
  },
  units: words(`реанимаци*, орит`),
  workplaceHeads: words('отделение, отделения, кабинет, центр, медсестра, медсестры, врач, відділення'),
  linkingWords: words(`по, для, о`),
  staffCues: words('добро пожаловать, собеседование, график дежурств, совещание, собрание, спасибо, поздравляем, сертификация, сертификат'),
  topicWords: words('тренинг, презентация, памятка, лекция, лекции, лекція, семинар, вебинар, конференция'),
  dobKeywords: words(`дата рождения, дата рожд., д.р., д. р., год рождения, родился, родилась, дата народження, д.н., народився, народилася`),
  dobAfter: words(`г.р., г. р., года рождения, р.н., р. н., року народження`),
};
