import { LanguageLexicon, words } from './types';

/**
 * Swedish (with the Norwegian and Danish birth-date keywords). Curated by the
 * PHI Guard team: an engineer's own selection of the words that carry the
 * meaning in clinic mail, checked against general Swedish dictionaries from
 * memory; no corpus or third-party list copied. Keys folded (å, ä -> a,
 * ö, ø -> o). Short list. Left out as ambiguous: "operation" (an English
 * word), "journal" (an English word), "IVA" (a given name), "sår" (folds to
 * "sar"); "behandling" is an everyday word.
 */
export const SV: LanguageLexicon = {
  code: 'sv',
  match: 'words',
  terms: {
    condition: words('sjukdom, hogt blodtryck, gravid, infektion, fraktur, feber, diagnos'),
    medication: words('lakemedel'),
    test: words('blodprov, provsvar, blodsocker, rontgen, ultraljud'),
    procedure: words('opererad, dialys'),
    encounter: words('lakartid, inlagd, utskriven, akuten, ~remiss, sjukintyg, utskrivningsbrev, epikris'),
    patient: words(`patienten`),
    specialty: words('kardiologi, onkologi'),
  },
  units: words(`akuten`),
  workplaceHeads: words('avdelning, mottagning'),
  staffCues: words('valkommen, utbildning'),
  topicWords: words('forelasning, seminarium, kurs, utbildning'),
  dobKeywords: words(`fodelsedatum, fodd, fodd den, fodselsdato, fodt, fodselsdag`),
  idKeywords: words(`journalnummer, journalnr, patientnummer, personnummer, pers.nr, persnr`),
};
