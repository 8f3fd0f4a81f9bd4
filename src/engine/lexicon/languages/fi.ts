import { LanguageLexicon, words } from './types';

/**
 * Finnish. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Finnish
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them (ä -> a, ö -> o, å -> a). Finnish glues case
 * endings to the word and alternates consonants inside it (lääke, lääkkeet;
 * tulos, tulokset): a word ending in "*" is a stem that takes the endings
 * below, and a word with two stems is listed with both ("laake*, laakke*").
 * Compounds are written as one word and listed as written ("verikoe",
 * "kotihoito", "haavakuva"). Departments are named before their head
 * ("dialyysiosasto", one word), so the heads below make a workplace only
 * where they come first. Spellings other modules hold (rontgen, mammografi*)
 * are in those modules. Left out as ambiguous: "kuvaus" alone (also a
 * description; "magneettikuvaus" and "TT-kuvaus" are listed), "labra" (also a
 * school lab), "s." before a date (one letter); "tulos", "tutkimus" (also
 * research), "hoito" (any care), "leikkaus" (also a cut), "käynti",
 * "vastaanotto" (also a reception), "lähete" (also a delivery note),
 * "resepti" (also a recipe), "kipu", "sairas" and "kaatui" are everyday words.
 */
export const FI: LanguageLexicon = {
  code: 'fi',
  match: 'words',
  endings: words(
    'n, a, t, s, i, ssa, sta, lla, lta, lle, ksi, na, en, an, on, in, han, hen, hon, seen, ja, ia, ita, iden, iin, ihin, ' +
    'issa, ista, illa, ille, et, at, den, det, ksen, kseen, ksessa, ksesta, ksia, kset, een, eet, ti, dit, tien, tia, din, yt, nsa',
  ),
  terms: {
    condition: words(
      'sairau*, ~sairas, sokeritau*, diabeetikko*, verenpainetau*, syopa*, syovan, kasvain*, raskau*, raskausviikko, raskausviiko*, raskaana, infektio*, ' +
      'murtuma*, lonkkamurtuma*, aivoinfarkti*, aivohalvau*, sydaninfarkti*, keuhkokuume*, kuume*, ~kipu*, ~kivu*, ' +
      'allergia*, masennu*, muistisairau*, epilepsia*, haava*, painehaava*, verenvuoto*, oire*, diagnoosi*, ~kaatui, ' +
      '~kaatunut, ~kaatuminen, menehtyi',
    ),
    medication: words(`laake*, laakke*, laakity*, laakelista*, ~resepti*, insuliini*, rokote*, rokott*, rokotu*, antibiootti*`),
    test: words(
      'verikoe, verikoke*, laboratoriotulokset, ~tulos, ~tuloks*, ~tutkimus, ~tutkimuks*, verensokeri*, verenpaine*, virtsa*, ' +
      'rontgenkuva*, magneettikuvau*, tt kuvau*, ultraaani*, koepala*, tahystys*',
    ),
    procedure: words(
      '~leikkau*, leikattu, dialyysi*, synnytys, synnytykse*, keisarinleikkau*, fysioterapia*, kuntoutu*, ' +
      '~hoito*, kotihoito*, kotisairaanhoito*, haavanhoito*, haavakuva*',
    ),
    encounter: words(
      'laakariaika*, ~vastaanotto*, ~kaynti*, paivystys*, paivystyks*, ensiapu*, ambulanssi*, teho osasto*, tehohoito*, ' +
      'sairaalahoito*, kotiutu*, kotiutettu, uloskirjoitu*, epikriisi*, ~lahete*, ~lahette*, sairausloma*, ~konsultaatio*, ' +
      'hoivakoti*, palvelutalo*, vanhainkoti*',
    ),
    patient: words(`potila*, vastasyntyn*`),
    specialty: words(`kardiologi*, onkologi*, neurologi*, psykiatri*`),
  },
  units: words(`paivystys*, paivystyks*, teho osasto*, ensiapu*`),
  workplaceHeads: words(`osasto, osaston, yksikko, yksikon, klinikka, poliklinikka, kurssi, koulutus, sairaanhoitaja, hoitaja`),
  staffCues: words(`tervetuloa, laksiaiset, elakkeelle, elakejuhla, koulutus, tyovuorolista, vuorolista, tyovuorot, kiitos, kiitokset, palaveri, kokous`),
  topicWords: words(`luento, koulutus, kurssi, seminaari, esite, webinaari, koulutustilaisuus`),
  dobKeywords: words(`syntymaaika, synt. aika, syntynyt`),
  idKeywords: words(`henkilotunnus, hetu, potilasnumero, potilastunnus`),
};
