import { LanguageLexicon, words } from './types';

/**
 * Lithuanian. Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general
 * Lithuanian dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them (ą -> a, č -> c, ę, ė -> e, į -> i,
 * š -> s, ų, ū -> u, ž -> z). Lithuanian declines nouns in seven cases: a word
 * ending in "*" is a stem that takes the endings below ("tyrim*": tyrimas,
 * tyrimo, tyrimai, tyrimų). The feminine genitive "-ės" and a bare "-s" are
 * not endings: "diabet*" would read English "diabetes", so a few such forms
 * are listed whole. A department is named before its head ("kardiologijos
 * skyrius"), so the heads below make a workplace only where they come first.
 * Spellings other modules hold (mrt, rentgen*, infarkt*, epikriz*, dializ*,
 * diagnoz*, vakcin*) are in those modules or add only their endings here.
 * Left out as ambiguous: "liga" (also a league; "susirgimas" is listed),
 * "mirė" (died: English "mire"), "insultas" is listed whole (a stem would
 * read English "insult"), "recept*" (also a recipe), "a. k." (US state
 * "AK" before a ZIP code), "m." after an age (also metres, minutes); "tyrimas"
 * (also research), "analizė", "rezultatai", "operacija", "gydymas" (any
 * treatment), "vizitas", "siuntimas" (also a shipment), "išrašas" (also a
 * bank statement), "skausmas", "lūžis" (any break) and "kritimas" are
 * everyday words.
 */
export const LT: LanguageLexicon = {
  code: 'lt',
  match: 'words',
  endings: words(
    'as, is, ys, us, a, e, o, u, i, os, ai, ei, ui, iu, ams, oms, ims, uose, ose, yje, eje, oje, iai, ius, io, iui, ia, ' +
    'ja, jos, jai, joje, ju, ji, je, asis, ajame',
  ),
  terms: {
    condition: words(
      'susirgim*, diabet*, aukst* kraujospud*, vezys, vezio, navik*, nesci*, nestum*, ~luzis, ~luzio, slaunikaulio luzis, ' +
      'insultas, insulto, infarkt*, plauciu uzdegim*, pneumonij*, karsciav*, ~skausm*, ' +
      'zaizd*, pragul*, kraujavim*, simptom*, ~kritim*, ~nukrit*',
    ),
    medication: words(`vaist*, insulin*, skiep*, antibiotik*, chemoterapij*`),
    test: words(
      'kraujo tyrim*, ~tyrim*, kraujo analiz*, ~analiz*, ~rezultat*, kraujospud*, kraujospudzio, echoskopij*, kompiuterin* tomografij*, ' +
      'tomografij*',
    ),
    procedure: words(`operuot*, gimdym*, reabilitacij*, ~gydym*, slaug* namuose`),
    encounter: words(
      '~vizit*, paguldyt*, ~israsyt*, ~israsas, ~siuntim*, greit* pagalb*, skubi* pagalb*, priimam*, ' +
      'reanimacij*, intensyv* terapij*, nedarbingum*, slaugos namai, slaugos namuose, slaugos namus, globos namai, globos namuose, ~konsultacij*',
    ),
    patient: words(`pacient*, ligon*, naujagim*`),
    specialty: words(`onkologij*, pediatrij*, psichiatrij*`),
  },
  units: words(`greit* pagalb*, skubi* pagalb*, priimam*, reanimacij*, intensyv* terapij*`),
  workplaceHeads: words(`skyrius, skyriaus, skyriuje, poskyris, klinika, centras, kursai, mokymai, slaugytoja, slaugytojai`),
  staffCues: words(`sveiki atvyke, sveikiname, atsisveikinimas, pensija, mokymai, budejimu grafikas, budejimai, aciu, dekojame, susirinkimas, pasitarimas`),
  topicWords: words(`paskaita, seminaras, mokymai, konferencija, lankstinukas, kursai`),
  dobKeywords: words(`gimimo data, gim. data, gimes, gimusi`),
  idKeywords: words(`asmens kodas, paciento numeris, paciento nr., ligos istorijos nr., ligos istorijos numeris`),
};
