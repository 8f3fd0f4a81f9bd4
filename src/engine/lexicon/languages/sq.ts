import { LanguageLexicon, words } from './types';

/**
 * Albanian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Albanian dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them (ë -> e, ç -> c), so text typed
 * without Albanian letters matches alike. Albanian glues the article to the
 * noun ("analizat" the tests, "spitali" the hospital, "pacientit" of the
 * patient): a word ending in "*" takes the endings below (never "es" or a
 * bare "s", which would turn English words into Albanian ones). Spellings
 * other modules hold (ilac*, dializ*, epikriz*, infarkt*, pediatri*, rentgen*,
 * fraktur* is Swedish "fraktur" with Albanian endings) are in those modules or
 * add only their endings here. Left out as ambiguous:
 * "ambulancë" (it would read English "ambulance"; "autoambulancë" is listed),
 * "barna" (medicines; a Hungarian given name), "tension" alone (English),
 * "gjak" alone (blood: also a blood drive's), "ra" (fell: two letters);
 * "lindje" (birth; also the East), "analiza", "rezultat", "vizitë",
 * "operacion", "trajtim" (any handling), "referim" (also a reference),
 * "urgjencë" (any urgency), "rënie" (any drop), "dhimbje", "skaner" (also
 * an office scanner) and "plagë" (French "plage", a beach) are everyday words.
 */
export const SQ: LanguageLexicon = {
  code: 'sq',
  match: 'words',
  endings: words(`a, e, i, u, in, it, ia, ine, ja, je, ne, ve, se, en, et, at, te, ri, rit, t`),
  terms: {
    condition: words(
      'semundj*, semundjes, diabet*, tension i larte, kancer*, shtatzen*, infeksion*, ~thyerj*, fraktur*, goditj* ne tru, ' +
      // "ethe" (fever) needs support: Ethe is also a given name.
      'infarkt*, ~ethe, ~dhimbj*, alergji*, depresion*, demenc*, epilepsi*, ~plag*, foto e plages, gjakderdhj*, simptom*, ' +
      'diagnoz*, vdiq, ~renie',
    ),
    medication: words(`ilac*, ~recet*, vaksin*, antibiotik*, kimioterapi*`),
    test: words(
      '~analiz*, analiz* e gjakut, rezultat* e analizave, analiz* gjaku, sheqer* ne gjak, ~rezultat*, radiografi*, ekografi*, ' +
      'rezonanc* magnetik*, ~skaner*, biopsi*',
    ),
    procedure: words(`~operacion*, operuar, dializ*, ~lindj*, fizioterapi*, rehabilitim*, ~trajtim*, kujdes* ne shtepi, mjekim*`),
    encounter: words(
      '~vizit*, vizit* mjekesor*, shtrim* ne spital, shtrua ne spital, shtruar ne spital, dalj* nga spital*, fletedalj*, ~referim*, ~urgjenc*, ' +
      'autoambulanc*, reanimacion*, raport* mjekesor*, shtepi* pleqsh*, ~konsult*',
    ),
    patient: words(`pacient*, semur*, porsalindur*`),
    specialty: words(`kardiologji*, kardiologjik*, onkologji*, gjinekologji*, neurologji*, psikiatri*`),
  },
  units: words(`urgjenc*, reanimacion*`),
  workplaceHeads: words(`reparti, repartit, departamenti, sherbimi, klinika, qendra, kursi, trajnim, trajnimi, infermiere, infermier`),
  linkingWords: words(`i, e, te, per`),
  staffCues: words(`mire se erdhe, mire se erdhet, mireseardhje, lamtumire, trajnim, trajnimi, kujdestari, faleminderit, mbledhje`),
  topicWords: words(`leksion, trajnim, konference, fletepalosje, kurs, punetori`),
  dobKeywords: words(`datelindja, datelindje, data e lindjes, dt. lindjes, lindur me, i lindur, e lindur`),
  idKeywords: words(`numri personal, nr. personal, numri i pacientit, nr. i pacientit, numri i karteles, nr. i karteles, kartela mjekesore`),
};
