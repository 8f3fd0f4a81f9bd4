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
    encounter: words(`~miadi, kulazwa, amelazwa, ~dharura, ~rufaa`),
    patient: words(`mgonjwa, wagonjwa`),
  },
  units: words(`dharura`),
  dobKeywords: words(`tarehe ya kuzaliwa, alizaliwa`),
  idKeywords: words(`namba ya mgonjwa, nambari ya mgonjwa, namba ya faili ya mgonjwa, namba ya kadi ya mgonjwa`),
};
