import { LanguageLexicon, words } from './types';

/**
 * Norwegian (Bokmål; 'no', as most mail software tags it). Curated by the
 * PHI Guard team: an engineer's own selection of the words that carry the
 * meaning in clinic mail, checked against general Norwegian dictionaries from
 * memory; no corpus or third-party list copied. Keys folded as the tokenizer
 * folds them (ø -> o, å -> a; æ stays). Only the words Norwegian spells its own
 * way are here: those it shares with Danish (blodprøve, prøvesvar, henvisning,
 * epikrise, ultralyd, liggesår, fysioterapi), Swedish (gravid, feber,
 * fødselsdato, personnummer, journalnummer, avdeling) or German (dialyse,
 * røntgen) are in those modules. Norwegian glues the article to the noun: a
 * word ending in "*" takes the endings below (never a bare "s"). Left out as
 * ambiguous: "brudd" (also a breach), "time" alone (an appointment, and the
 * English word; "legetime" is listed), "resept" is kept (a prescription;
 * a recipe is "oppskrift"); "undersøkelse" and "falt" are everyday words.
 */
export const NO: LanguageLexicon = {
  code: 'no',
  match: 'words',
  endings: words(`e, en, et, er, ene, a, ens, sk, ske, n, r, ne`),
  terms: {
    condition: words(
      // "kreft" alone needs support: Kreft is also a surname ("Coffee with Dana Kreft").
      'sykdom, sykdommer, sykdommen, sukkersyke, hoyt blodtrykk, ~kreft, kreften, kreftsyk, svangerskap*, hoftebrudd*, beinbrudd*, ' +
      'hjerneslag*, hjerteinfarkt*, lungebetennelse*, trykksar*, sarstell*, ~falt',
    ),
    medication: words(`medisin, medisiner, medisinen, resept*, vaksine*, vaksinasjon*, cellegift*`),
    test: words(`~undersokelse*, blodtrykk*, mr undersokelse*`),
    procedure: words(`operert, keisersnitt*, hjemmesykepleie*, hjemmetjeneste*`),
    encounter: words(
      'legetime*, legebesok*, innlagt, innleggelse*, utskrevet, utskriving*, legevakt*, akuttmottak*, ambulanse*, ' +
      'intensivavdeling*, sykemelding*, sykehjem*',
    ),
    patient: words(`pasient*`),
    specialty: words(`gynekologi*`),
  },
  units: words(`legevakt*, akuttmottak*, intensivavdeling*`),
  workplaceHeads: words(`poliklinikk, kurs, sykepleier, sykepleiere, opplaering`),
  staffCues: words(`velkommen, avskjed, pensjon, opplaering, vaktliste, turnus, takk, tusen takk`),
  topicWords: words(`foredrag, kurs, brosjyre, konferanse`),
  dobKeywords: words(`f. dato`),
  idKeywords: words(`fodselsnummer, fodselsnr, pasientnummer, pasient id`),
};
