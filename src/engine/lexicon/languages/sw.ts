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
 */
export const SW: LanguageLexicon = {
  code: 'sw',
  match: 'words',
  terms: {
    condition: words(
      'ugonjwa, magonjwa, kisukari, presha, saratani, mimba, mjamzito, maambukizi, ~homa, kiharusi, ~maumivu, pumu, mzio, ' +
      'amefariki, kifua kikuu, ukimwi, vvu',
    ),
    medication: words(`~dawa, madawa, chanjo, sindano, insulini, vidonge`),
    test: words(`~vipimo, ~kipimo, kipimo cha damu, vipimo vya damu, ~majibu, maabara, shinikizo la damu, sukari ya damu`),
    procedure: words(`upasuaji, kusafisha figo, kujifungua, ~matibabu`),
    encounter: words(`~miadi, kulazwa, amelazwa, ~dharura, ~rufaa, gari la wagonjwa`),
    patient: words(`mgonjwa, wagonjwa`),
  },
  units: words(`dharura`),
  workplaceHeads: words(`dereva, dereva mpya, muuguzi, muuguzi mpya, wauguzi, mfanyakazi mpya, kitengo, idara ya`),
  linkingWords: words(`wa, la, ya, za`),
  staffCues: words(`karibuni, karibu sana, mfanyakazi mpya, wafanyakazi wapya, mafunzo, mkutano, hongera`),
  dobKeywords: words(`tarehe ya kuzaliwa, alizaliwa`),
  idKeywords: words(`namba ya mgonjwa, nambari ya mgonjwa, namba ya faili ya mgonjwa, namba ya kadi ya mgonjwa`),
};
