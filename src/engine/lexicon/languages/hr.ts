import { LanguageLexicon, words } from './types';

/**
 * Croatian, Bosnian and Serbian, in Latin letters and in Serbian Cyrillic: one
 * module under Croatian's code. The three share almost every clinic word
 * (bolest, nalaz, uputnica, otpusno pismo, hitna pomoć), and a key is a key
 * whatever script it is in (ru.ts holds Ukrainian the same way), so a second
 * module would only repeat the Latin words or split one language across two
 * codes. Where they differ, both are listed: Croatian and Bosnian ijekavian
 * "lijek", "liječenje", Serbian ekavian "lekovi", "lečenje"; Croatian "tlak",
 * Serbian "pritisak"; Croatian "prijelom", Serbian "prelom". Curated by the
 * PHI Guard team: an engineer's own selection of the words that carry the
 * meaning in clinic mail, checked against general dictionaries of the three
 * languages from memory; no corpus or third-party list copied. Keys folded as
 * the tokenizer folds them (č, ć -> c, š -> s, ž -> z); đ has no decomposition
 * and stays đ, and is also registered as d; "dj", as people type it without a
 * Croatian keyboard, is listed where it matters. Cyrillic keeps ђ, ћ, ј, љ, њ,
 * џ. The languages decline nouns: a word ending in "*" takes the endings
 * below ("uputnic*": uputnica, uputnicu, uputnice). Spellings other modules
 * hold (infarkt*, ultrazvuk*, vakcin*, inzulin*, antibiotik*, hospitalizovan*,
 * porod*, rtg, инсулин*, вакцин*, антибиотик*) are in those modules; the
 * lists here add only this module's endings where they matter. Left out as
 * ambiguous: "rana" (a given name; also "early"), "rak" (also a crayfish),
 * "pala", "pao" (fell: also fallen in other senses), "lek" alone (three
 * letters), "recept" (also a recipe), "dom" alone (any home; "dom za starije"
 * is listed), "matični broj" (also a company's number), "hitno" (URGENT in
 * any subject); "nalaz" (also a finding), "pregled" (also a review),
 * "operacija", "zahvat", "liječenje", "terapija", "otpust" (also a release)
 * and "bolovi" are everyday words.
 */
export const HR: LanguageLexicon = {
  code: 'hr',
  match: 'words',
  endings: words(
    'a, e, i, o, u, om, em, ama, ima, ih, im, oj, og, ome, ovi, ova, ove, ovima, ica, ice, ici, icu, ar, ari, arka, ' +
    'а, е, и, о, у, ом, ем, ама, има, их, им, ој, ог, ому, ови, ова, ове, ица, ице',
  ),
  terms: {
    condition: words(
      'bolest*, secern* bolest*, dijabetes*, dijabetic*, visok* tlak*, visok pritisak, povisen* tlak*, hipertenzij*, karcinom*, ' +
      'trudn*, trudnoc*, infekcij*, prijelom*, prelom*, mozdan* udar*, upal* pluc*, groznic*, ~bolov*, alergij*, depresij*, ' +
      'demencij*, epilepsij*, dekubitus*, krvarenj*, simptom*, dijagnoz*, preminuo, preminula, ' +
      'болест*, шећерн* болест*, дијабетес*, трудн*, трудноћ*, инфекциј*',
    ),
    medication: words(
      'lijek*, lekovi, lekova, lekove, cjepiv*, cijepljenj*, vakcinacij*, antibiotici, kemoterapij*, лекови, лекова',
    ),
    test: words(
      '~nalaz*, nalaz* krvi, laboratorijsk* nalaz*, krvn* slik*, analiz* krvi, pretrag* krvi, vađenj* krvi, vadjenj* krvi, guk, ~pregled*, rendgen*, uzv, ' +
      'magnetsk* rezonanc*, biopsij*, kolonoskopij*, mamografij*, ' +
      '~налаз*, налаз* крви, крвн* слик*, анализ* крви, рендген*, ултразвук*, магнетн* резонанц*',
    ),
    procedure: words(
      '~operacij*, operiran*, operisan*, ~zahvat*, dijaliz*, hemodijaliz*, fizioterapij*, rehabilitacij*, ' +
      '~lijecenj*, ~lecenj*, ~terapij*, kucn* njeg*, kucn* neg*, ' +
      '~операциј*, оперисан*, дијализ*, кућн* нег*',
    ),
    encounter: words(
      'hospitalizacij*, hospitaliziran*, ~otpust*, otpusn* pism*, otpusn* list*, uputnic*, hitn* prijem*, ohbp, hitn* pomoc*, ' +
      'urgentn* centar, urgentn* centr*, intenzivn* njeg*, bolovanj*, dom za starij*, starack* dom*, ~konzultacij*, ' +
      'хоспитализациј*, ~отпуст*, отпусн* лист*, упутниц*, хитн* помоћ*, ургентн* центар, ургентн* центр*, боловањ*',
    ),
    patient: words(`pacijent*, bolesnik*, bolesnic*, novorođenc*, пацијент*, болесник*, болесниц*`),
    specialty: words(`kardiologij*, kardiolosk*, onkologij*, pedijatrij*, ginekologij*, neurologij*, psihijatrij*`),
  },
  units: words(`hitn* prijem*, ohbp, urgentn* centar, urgentn* centr*, ургентн* центар, ургентн* центр*`),
  workplaceHeads: words(
    'odjel, odjela, odjelu, odeljenje, odeljenja, klinika, klinike, zavod, zavoda, centar, tecaj, kurs, edukacija, obuka, ' +
    'sestra, sestre, одељење, клиника, центар',
  ),
  linkingWords: words(`za, o, за`),
  staffCues: words(
    'dobrodosli, dobrodoslica, oprostaj, mirovinu, penziju, obuka, dezurstva, dezurstava, smjene, smene, hvala, sastanak, ' +
    'добродошли, дежурстава, хвала',
  ),
  topicWords: words(`predavanje, tecaj, kurs, radionica, konferencija, letak, brosura, предавање`),
  dobKeywords: words(`datum rođenja, datum rodjenja, datum rodenja, dat. rođ., dat. rodj., rođen, rođena, rodjen, rodjena, rođ., датум рођења, рођен, рођена`),
  // Not "mbo" or "lbo": management by objectives and leveraged buyouts in business mail.
  idKeywords: words(`oib, jmbg, broj kartona, broj povijesti bolesti, broj istorije bolesti, јмбг, лбо`),
};
