import { LanguageLexicon, words } from './types';

/**
 * Swedish (with the Norwegian and Danish birth-date keywords). Curated by the
 * PHI Guard team: an engineer's own selection of the words that carry the
 * meaning in clinic mail, checked against general Swedish dictionaries from
 * memory; no corpus or third-party list copied. Keys folded (å, ä -> a,
 * ö, ø -> o). Short list. Left out as ambiguous: "operation" (an English
 * word), "journal" (an English word), "IVA" (a given name), "sår" alone (folds to
 * "sar"; "sårvård", "trycksår" are listed); "behandling" and "ramlade"
 * (fell) are everyday words.
 */
export const SV: LanguageLexicon = {
  code: 'sv',
  match: 'words',
  terms: {
    condition: words('sjukdom, hogt blodtryck, gravid, infektion, fraktur, feber, diagnos, ~ramlade, fallolycka, trycksar'),
    medication: words('lakemedel'),
    test: words('blodprov, provsvar, labbsvar, labbprover, blodsocker, rontgen, ultraljud, magnetkamera, datortomografi'),
    procedure: words('opererad, dialys, sarvard, hemtjanst, hemsjukvard'),
    encounter: words('lakartid, inlagd, inlaggning, utskriven, akuten, akutmottagning, akutmottagningen, ~remiss, sjukintyg, utskrivningsbrev, epikris, aldreboende, sarskilt boende'),
    patient: words(`patienten`),
    specialty: words('kardiologi, onkologi'),
  },
  units: words(`akuten, akutmottagning, akutmottagningen`),
  workplaceHeads: words('avdelning, mottagning'),
  staffCues: words('valkommen, utbildning'),
  topicWords: words('forelasning, seminarium, kurs, utbildning'),
  dobKeywords: words(`fodelsedatum, fodd, fodd den, fodselsdato, fodt, fodselsdag`),
  idKeywords: words(`journalnummer, journalnr, patientnummer, personnummer, pers.nr, persnr`),
};
