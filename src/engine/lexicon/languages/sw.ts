import { LanguageLexicon, words } from './types';

/**
 * Swahili (Kiswahili). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Swahili dictionaries from memory; no corpus or third-party
 * list copied. Swahili marks number and class with prefixes ("mgonjwa" a
 * patient, "wagonjwa" patients; "ugonjwa" a disease, "magonjwa" diseases):
 * both forms are listed. Left out as ambiguous: "tiba" (short, also a
 * name), "kuruhusiwa" discharged (also allowed); "homa" (also a given name),
 * "dawa" (also a given name), "vipimo" (also measurements), "majibu" (any
 * answers), "miadi" (any appointment), "matibabu", "dharura" and "rufaa"
 * (also an appeal) are everyday words.
 * Round 37 additions, after a false alarm on a new ambulance driver: the
 * ambulance ("gari la wagonjwa", the patients' car: its "wagonjwa" is not a
 * person's), workplace heads (a driver, a nurse, a department, new ones
 * among them: "dereva mpya wa gari la wagonjwa" is a job) with their linking
 * words, and staff cues (welcome said to several, a new employee, training,
 * a meeting, congratulations). Not "karibu" alone (welcome; also "near",
 * "about to": "karibu kujifungua", about to give birth).
 * Round 40 pass (2026-12-06): epilepsy, cholera, measles, chickenpox, cough, diarrhoea, vomiting, anaemia,
 * hepatitis, gonorrhoea, syphilis, depression, wounds, pregnancy ("ujauzito"), cancer ("kansa"), yellow fever,
 * flu, dizziness, convulsions, malnutrition, a death (stress, a fracture, an injury and being hurt need
 * support); pills, chemotherapy; urine, HIV, pregnancy and sugar tests, X-rays, test results (everyday alone);
 * giving birth ("amejifungua"), transfusions, dialysis, radiotherapy; admission, discharge (everyday alone: also
 * allowed), the clinic card, a doctor's appointment; health insurance; newborns; insurance and ID numbers;
 * training, seminars, workshops and campaigns as workplace heads and teaching words, staff words. Checked with
 * the quality report (no new false positive) and the batch scores.
 */
export const SW: LanguageLexicon = {
  code: 'sw',
  match: 'words',
  terms: {
    condition: words(
      'ugonjwa, magonjwa, kisukari, presha, saratani, mimba, mjamzito, maambukizi, ~homa, kiharusi, ~maumivu, pumu, mzio, ' +
      'amefariki, kifua kikuu, ukimwi, vvu, ' +
      'kifafa, kipindupindu, surua, tetekuwanga, kikohozi, kuhara, kutapika, upungufu wa damu, homa ya ini, kisonono, kaswende, ' +
      '~msongo wa mawazo, sonona, ~kuvunjika, vidonda, kidonda, ~jeraha, ujauzito, kansa, homa ya manjano, mafua, kizunguzungu, degedege, ' +
      'utapiamlo, ~ameumia, alifariki, kufariki',
    ),
    medication: words(`~dawa, madawa, chanjo, sindano, insulini, vidonge, kidonge, tiba kemikali`),
    test: words(`~vipimo, ~kipimo, kipimo cha damu, vipimo vya damu, ~majibu, maabara, shinikizo la damu, sukari ya damu,
      kipimo cha mkojo, vipimo vya mkojo, kipimo cha ukimwi, kipimo cha vvu, kipimo cha mimba, kipimo cha sukari, eksirei, ~uchunguzi, ~matokeo, matokeo ya vipimo`),
    procedure: words(`upasuaji, kusafisha figo, kujifungua, ~matibabu, amejifungua, alijifungua, kuongezewa damu, usafishaji figo, dayalisisi, tiba ya mionzi`),
    encounter: words(`~miadi, kulazwa, amelazwa, ~dharura, ~rufaa, gari la wagonjwa, alilazwa, ~ameruhusiwa, kadi ya kliniki, miadi ya daktari`),
    payer: words(`bima ya afya, kadi ya bima`),
    patient: words(`mgonjwa, wagonjwa, mtoto mchanga, watoto wachanga`),
  },
  units: words(`dharura`),
  workplaceHeads: words(`dereva, dereva mpya, muuguzi, muuguzi mpya, wauguzi, mfanyakazi mpya, kitengo, idara ya, mafunzo, semina, warsha, kampeni`),
  linkingWords: words(`wa, la, ya, za, vya`),
  staffCues: words(`karibuni, karibu sana, mfanyakazi mpya, wafanyakazi wapya, mafunzo, mkutano, hongera, ratiba ya zamu, wafanyakazi`),
  topicWords: words(`semina, warsha, kampeni, elimu, elimu ya afya, mafunzo, kongamano`),
  dobKeywords: words(`tarehe ya kuzaliwa, alizaliwa`),
  idKeywords: words(`namba ya mgonjwa, nambari ya mgonjwa, namba ya faili ya mgonjwa, namba ya kadi ya mgonjwa, namba ya bima, nambari ya bima, namba ya kitambulisho, namba ya mwanachama, nambari ya mwanachama`),
};
