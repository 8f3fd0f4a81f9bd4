import { LanguageLexicon, words } from './types';

/**
 * Czech, and Slovak where its keys are the same. Curated by the PHI Guard
 * team: an engineer's own selection of the words that carry the meaning in
 * clinic mail, checked against general Czech and Slovak dictionaries from
 * memory; no corpus or third-party list copied. Keys folded as the tokenizer
 * folds them (á -> a, č -> c, ě -> e, ř -> r, š -> s, ů, ú -> u, ž -> z, and
 * Slovak ô, ľ, ŕ alike). Both languages decline nouns: a word ending in "*" is
 * a stem that takes the endings below ("vysetreni*": vyšetření, Slovak
 * vyšetrenie; "kardiolog*": kardiologie, kardiologické). A Slovak word is here
 * only when its key is the Czech one or a Czech stem's (cukrovka, tehotenstvo,
 * infekcia, hospitalizácia, pohotovosť, rodné číslo); Slovak words of their
 * own ("lieky", "prepúšťacia správa") are left to a Slovak module. Spellings
 * other modules hold (rentgen*, rtg, usg, diagnoz*, kolonoskopi*, porod*) are
 * in those modules. Left out as ambiguous: "rána" (a given name; "ošetření
 * rány" and "foto rány" are listed), "pád" (English "pad"), "lék" alone
 * (three letters), "recept" (also a recipe), "moč" (also power), "CMP" (the
 * English metabolic panel), "interní" (any internal memo); "výsledky",
 * "vyšetření" (any investigation), "operace", "léčba", "ošetření",
 * "doporučení" (also a recommendation), "propuštění" (also a dismissal),
 * "příznak" (any sign) and "bolest" are everyday words. "Pohotovost" (also
 * standby, on call) and "JIP" are units: health beside another health word.
 * Round 37 additions: booking an imaging test ("objednání na MR", "na CT"),
 * biochemistry (marked everyday: also a school subject and a department),
 * blood pressure alone ("tlak", marked everyday: any pressure). A course
 * for patients ("kurz pro pacienty") is a programme, not a person's care:
 * "kurz pro" (and its cases) is a two-word workplace head and topic word,
 * as "Kurz" alone is a surname and German "kurz" (short) an everyday word.
 */
export const CS: LanguageLexicon = {
  code: 'cs',
  match: 'words',
  endings: words(
    'a, e, i, o, u, y, ie, ia, iu, ii, ou, em, ek, ku, ky, ka, ce, ech, ami, ach, ovi, ove, eho, emu, ym, ych, ymi, im, ' +
    'iho, imu, ich, icky, icka, icke, ickeho, ickou, ickem, ickych',
  ),
  terms: {
    condition: words(
      'nemoc*, onemocneni*, ~nemocny, ~nemocna, cukrovk*, vysoky tlak, hypertenz*, rakovin*, nador*, tehotn*, tehotenstv*, ' +
      'infekc*, zlomenin*, mrtvic*, infarkt*, zapal plic, horeck*, ~bolest*, alergi*, depres*, demenc*, epilepsi*, ' +
      'krvaceni*, ~priznak*, prolezenin*, dekubit*, zemrel, zemrela, ~upadl*, ~spadl*',
    ),
    medication: words(`leky, leciv*, ockovani*, vakcin*, antibiotik*, chemoterapi*, inzulin*`),
    test: words(`krevn*, odber krve, ~vysledky, ~vysledek, ~vysledku, ~vysetreni*, ultrazvuk*, magneticka rezonanc*, mamograf*, ~biochemi*, vysledky biochemi*, ~tlak`),
    procedure: words(
      '~operac*, operovan*, dialyz*, cisarsky rez, rehabilitac*, fyzioterapi*, ~lecb*, prevaz*, domaci pece, transplantac*, ' +
      '~osetreni*, osetreni rany, foto rany',
    ),
    encounter: words(
      'hospitalizac*, hospitalizovan*, ~propusten*, propousteci zprav*, ~doporuceni*, zadank*, urgentn* prijem, urgentn* prijm*, pohotovost*, ' +
      'zachrank*, jip, neschopenk*, domov pro seniory, ~konzultac*, objednan* na mr, objednan* na ct, objednan* na rtg, objednan* na sono, ' +
      'objednan* na vysetreni*, objednan* k lekari',
    ),
    patient: words(`pacient*, novorozen*`),
    specialty: words(`kardiolog*, onkolog*, neurologi*, neurologick*, gynekolog*, pediatri*, psychiatri*`),
  },
  units: words(`urgentn* prijem, urgentn* prijm*, jip, pohotovost*`),
  // Not "kurz" (course) alone nor "porada" (meeting) among the staff words: Kurz and Porada are surnames too ("kurz pro" is listed).
  workplaceHeads: words(`oddeleni, klinika, centrum, skoleni, sestra, sestry, kurz pro, kurzu pro, kurzy pro, kurzech pro`),
  linkingWords: words(`pro, o`),
  staffCues: words(`vitejte, vitame, rozlouceni, duchod, duchodu, skoleni, rozpis sluzeb, dovolena, dekujeme, dekuji`),
  topicWords: words(`prednaska, konference, skoleni, letak, kurz pro, kurzu pro, kurzy pro`),
  dobKeywords: words(`datum narozeni, datum nar., dat. nar., narozen, narozena`),
  idKeywords: words(`rodne cislo, cislo pojistence, cislo pacienta, id pacienta, cislo chorobopisu, chorobopis`),
};
