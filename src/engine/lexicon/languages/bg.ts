import { LanguageLexicon, words } from './types';

/**
 * Bulgarian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Bulgarian dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them (й -> и). Bulgarian has few cases
 * but glues the article to the word ("резултатите" the results,
 * "пациентът" the patient, "операцията" the operation): a word ending in "*"
 * takes the endings below. Where Russian spells a word the same (диабет,
 * инфекция, операция, реанимация, онкология), it is listed here again only so
 * that it takes the Bulgarian endings too; spellings that need no Bulgarian
 * ending (рентген, кт, мрт, инсулин, биопсия, диагноза) are in ru.ts.
 * Left out as ambiguous: "рана" (also early), "рак" alone is in ru.ts, "г."
 * after an age (also a year's and a gram's mark), "ПС" (not a Bulgarian
 * abbreviation of the emergency department; "спешно отделение" is listed);
 * "изследване" (also research), "резултат", "преглед" (also a review),
 * "операция", "лечение", "направление" (also a direction), "раждане",
 * "болка", "падна" (fell) and "счупване" (any breaking) are everyday words.
 */
export const BG: LanguageLexicon = {
  code: 'bg',
  match: 'words',
  endings: words(`а, я, и, е, о, у, ът, ят, та, то, те, ите, ове, овете, ен, на, но, ни, ия, ият, ата, ята, ията, ето`),
  terms: {
    condition: words(
      'болест*, болн*, диабет*, високо кръвн*, хипертони*, тумор*, бременн*, бременност*, инфекци*, фрактур*, ~счупван*, ' +
      'инсулт*, пневмони*, ~болк*, алерги*, деменци*, епилепси*, декубитус*, кървен*, почина, ~падна, ~падане',
    ),
    medication: words(`лекарств*, хапче*, ваксин*, антибиотици, химиотерапи*`),
    test: words(`кръвн*, ~изследван*, ~резултат*, ямр, ехограф*, екг`),
    procedure: words(`~операци*, опериран*, рехабилитаци*, ~лечени*, физиотерапи*, домашн* грижи`),
    encounter: words(
      '~преглед*, хоспитализаци*, приет* в болниц*, изписан*, епикриз*, ~направлени*, спешн* отделени*, спешн* помощ*, ' +
      'линеик*, реанимаци*, интензивн* отделени*, болнич* лист*, ~консултаци*, дом за стари хора',
    ),
    patient: words(`пациент*, новороден*`),
    specialty: words(`кардиологи*, кардиологич*, онкологи*, неврологи*, педиатри*, гинекологи*, психиатри*`),
  },
  units: words(`спешн* отделени*, спешн* помощ*, реанимаци*, интензивн* отделени*`),
  workplaceHeads: words(`отделение, отделението, клиника, клиниката, център, курс, обучение, медицинска сестра, сестра`),
  linkingWords: words(`по, за`),
  staffCues: words(`добре дошли, добре дошъл, добре дошла, пенсиониране, обучение, дежурства, дежурствата, благодаря, благодарим, събрание`),
  topicWords: words(`лекция, обучение, брошура, курс`),
  dobKeywords: words(`дата на раждане, дата на раж., роден на, родена на, роден, родена`),
  idKeywords: words(`егн, номер на пациент, история на заболяването, амбулаторен лист`),
};
