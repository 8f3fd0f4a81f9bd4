import { LanguageLexicon, words } from './types';

/**
 * Danish, with the words Norwegian Bokmål spells the same (blodprøve,
 * henvisning, epikrise, ultralyd, liggesår); no.ts holds the Norwegian words
 * of its own. Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general
 * Danish and Norwegian dictionaries from memory; no corpus or third-party list
 * copied. Keys folded as the tokenizer folds them (ø -> o, å -> a); æ has no
 * decomposition and stays æ, so a word with æ is also listed as typed without
 * a Danish keyboard ("kræft", "kraeft"). Danish glues the article to the noun
 * ("blodprøven", "henvisningen"): a word ending in "*" takes the endings
 * below (never a bare "s", which would turn English plurals into Danish
 * words). Spellings Swedish or German hold (gravid, feber, infektion,
 * fodselsdato, personnummer, journalnummer, dialyse, rontgen, antibiotika) are
 * in those modules. Left out as ambiguous: "brud" (also a bride),
 * "operation", "scanning" and "patient" (English words), "recept" (also a
 * recipe), "medicin*" as a stem (it would read English "medicine"), "hr."
 * and bare "CPR" (English: human resources, resuscitation; "CPR-nr." is
 * listed); "sår" (also SAR), "undersøgelse", "behandling", "konsultation",
 * "fødsel" (also in "siden fødslen"), "smerte" and "faldt" are everyday words.
 */
export const DA: LanguageLexicon = {
  code: 'da',
  match: 'words',
  endings: words(`e, en, et, er, erne, ene, ens, ne, sk, ske, n, r, rne`),
  terms: {
    condition: words(
      'sygdom, sygdomme, sygdommen, sukkersyge, forhojet blodtryk, kræft, kraeft, graviditet*, knoglebrud*, hoftebrud*, ' +
      'blodprop, blodproppen, hjerneblodning*, apopleksi*, hjerteanfald*, lungebetændelse*, lungebetaendelse*, ' +
      '~smerte*, allergi*, demens, epilepsi*, ~sar, sarpleje*, sarbillede*, sarfoto*, liggesar*, blodning*, ~faldt, ~faldet',
    ),
    medication: words(`medicin, medicinen, medicinliste*, kemoterapi*`),
    test: words(
      'blodprove*, blodprovesvar*, provesvar*, proveresultat*, ~undersogelse*, rontgenbillede*, ultralyd*, mr scanning*, ' +
      'ct scanning*, blodsukker*, blodtryk*, urinprove*, biopsi*, koloskopi*',
    ),
    procedure: words(
      'opereret, ~operationen, kejsersnit*, fysioterapi*, genoptræning*, genoptraening*, rehabilitering*, ~behandling*, ' +
      'hjemmepleje*, hjemmesygepleje*, hjemmehjælp*, hjemmehjaelp*, ~fodsel*',
    ),
    encounter: words(
      'lægetid*, laegetid*, lægebesog*, laegebesog*, indlagt, indlæggelse*, indlaeggelse*, udskrevet, udskrivelse*, ' +
      'epikrise*, laegebrev*, lægebrev*, henvisning*, akutmodtagelse*, skadestue*, akutafdeling*, intensivafdeling*, sygemelding*, plejehjem*, ' +
      '~konsultation*',
    ),
    patient: words(`patienter, patienterne, nyfodt*`),
    specialty: words(`kardiologi*, onkologi*, neurologi*, psykiatri*, gynækologi*, gynaekologi*`),
  },
  units: words(`akutmodtagelse*, skadestue*, akutafdeling*, intensivafdeling*`),
  workplaceHeads: words(`afdeling, afdelingen, afsnit, klinik, ambulatorium, kursus, uddannelse, sygeplejerske, sygeplejersker`),
  // "pensionering", not "pension": an English word, and a veteran's pension is no staff affair.
  staffCues: words(`velkommen, farvel, afsked, pensionering, uddannelse, vagtplan, vagtskema, tusind tak, personalemode`),
  topicWords: words(`foredrag, kursus, pjece, undervisning, temadag, konference`),
  dobKeywords: words(`fodt den, fodt d.`),
  idKeywords: words(`cpr nr., cpr nummer, cprnr`),
};
