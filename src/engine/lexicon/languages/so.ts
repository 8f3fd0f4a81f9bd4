import { LanguageLexicon, words } from './types';

/**
 * Somali. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Somali
 * dictionaries from memory; no corpus or third-party list copied. Somali
 * attaches the definite article to the noun ("natiijada" the result,
 * "baaritaanka" the examination): a word ending in "*" takes those endings.
 * Deliberately short: only words the curator is confident of; short words
 * ("uur" pregnancy, "jab" fracture) count only in phrases.
 * Round 9 additions: the doctor's note, hospital and health appointments,
 * the insurance card, wounds, burns (marked everyday: also
 * any burning), jaundice and hepatitis, kidney disease, anaemia, bleeding,
 * cough, miscarriage, mental health (marked everyday: also a programme),
 * the pregnancy test. Left out: "boog"
 * (sore; a Dutch word too).
 * Review of round 9: "dhicis" (miscarriage) marked everyday: it also says a
 * plan or a project failed ("Mashruuca waa dhicis").
 * Round 38: appointments by the organ's clinic ("ballanta wadnaha", the heart
 * clinic; kidneys, eyes, teeth, pregnancy) and the heart doctor. "wadnaha"
 * alone (the heart) is not listed; postponing ("dib u dhig") is not health.
 * Round 40 pass (2026-12-06): flu and colds, asthma ("neeftuur"), stomach ache, dizziness, nausea, labour,
 * malaria, measles, chickenpox, whooping cough, mental illness; sadness and worry, being ill ("jiran",
 * "xanuunsan") marked everyday; pills, injections (everyday: also a sewing needle), syrups, chemotherapy; the
 * other spelling of the laboratory ("shaybaadh"), blood measurements; dialysis as a loan word; discharge ("laga
 * sii daayay"), admission to hospital, visits, the emergency room; insurance numbers; teaching words (a lesson,
 * the community, awareness, a workshop: a community lesson on a condition is teaching). Checked with the quality
 * report (no new false positive) and the batch scores.
 */
export const SO: LanguageLexicon = {
  code: 'so',
  match: 'words',
  endings: words(`ka, ta, da, ga, ha, a, yada, ooyin, ooyinka, kii, tii, dii, gii, kan, tan`),
  terms: {
    condition: words(
      'cudur*, ~xanuun*, sonkorow*, sokorow*, dhiig kar, kansar*, uur leh, uurka, niyad jab, caabuq*, lafta jabtay, ' +
      'istaroog*, wadne xanuun, qandho*, madax xanuun, xasaasiyad*, suuxdin*, ~dhaawac*, ~calaamad*, shuban, matag*, ' +
      'dhintay, qaaxo*, qaaxa*, ~uur, nabar*, ~gubasho*, cagaarshow*, xanuunka kelyaha, dhiig yari, dhiig bax*, dhiigbax*, qufac*, ~dhicis*, ' +
      '~caafimaadka maskax*, ' +
      'hargab*, neeftuur*, neef tuur, xiiq*, calool xanuun, dhiig karka, ~jiran, ~xanuunsan, lalabo, foosha, ~wareer*, kaadi macaan, ' +
      'duumo*, jadeeco*, busbus*, qaamo qashiir, ~murug*, ~walwal*, dhimir*',
    ),
    medication: words(`daawo*, daawa*, dawo*, tallaal*, insuliin*, kiniin*, kaniini*, ~irbad*, daawooyin*, sharoobo*, kiimoterabi*, kiimoteraabi*`),
    test: words(`~baaritaan*, baaritaanka dhiig*, baaritaanka kaadi*, ~natiijo*, ~natiijad*, shaybaar*, raajo*, sonkorta dhiig*, cadaadiska dhiig*, baaritaanka uurka,
      shaybaadh*, cabbirka dhiig*, baaritaanka sonkorta`),
    procedure: words(`qalliin*, qaliin*, ~daaweyn*, umul*, diyaalisis*, dayaalisis*, ~dhalmo*`),
    encounter: words(`~ballan*, ballanta dhakhtar*, isbitaal la dhigay, cusbitaal la dhigay, laga saaray isbitaal*, gargaar degdeg*, warqad* dhakhtar*, ballanta isbitaal*, ballanta caafimaadka,
      ballanta wadnaha, ballanta kelyaha, ballanta indhaha, ballanta ilkaha, ballanta uurka, dhakhtar* wadnaha, takhtar* wadnaha,
      laga sii daayay, la dhigay isbitaal*, la dhigay cusbitaal*, ~booqasho*, qolka degdega, ~xaalad degdeg*`),
    payer: words(`kaarka caymiska, caymiska caafimaadka`),
    patient: words(`bukaan*, bukaanno*`),
  },
  // Staff affairs: welcome, training, thanks, meeting, retirement.
  staffCues: words(`soo dhawoow, tababar, mahadsanid, shir, hawlgab, shaqaale cusub`),
  // Teaching words: a lesson, the community, awareness, a workshop.
  topicWords: words(`cashar, casharka, casharro, bulshada, wacyigelin, aqoon isweydaarsi`),
  dobKeywords: words(`taariikhda dhalashada, taariikhda dhalashadda, taariikh dhalasho, dhalasho`),
  idKeywords: words(`lambarka bukaanka, lambarka kaarka bukaanka, numarka faylka caafimaadka, lambarka caymiska, lambarka caymiska caafimaadka`),
};
