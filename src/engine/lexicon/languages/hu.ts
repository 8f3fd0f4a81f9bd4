import { LanguageLexicon, words } from './types';

/**
 * Hungarian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Hungarian dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them (á -> a, é -> e, ő, ö -> o, ű, ü -> u).
 * Hungarian glues case endings and possessives to the word: a word ending in
 * "*" is a stem that takes the endings below ("vizsgalat*": vizsgálat,
 * vizsgálatok, vizsgálatra, vizsgálati). Hungarian puts a department's name
 * before its head ("kardiológiai osztály"), so the heads below make a
 * workplace only where the head comes first. Spellings other modules hold
 * (rontgen, mammografi*) are in those modules. Left out as
 * ambiguous: "rák" (also a crab, the zodiac sign), "láz" (three letters),
 * "seb" (three letters; "sebkötés", "sebfotó" are listed), "labor" (English),
 * "MR" alone (the English title; "MR vizsgálat" is listed), "mentő" (also
 * rescuing; "mentőautó" is listed), "rendelés" (also an order), "időpont"
 * (any time slot), "barna" (a given name); "vizsgálat" (any investigation),
 * "eredmény", "lelet" (also a find), "kezelés" (also handling), "felvétel"
 * (also a recording), "kórházba" (to the hospital, also a visitor's),
 * "kontroll", "vizit", "fájdalom", "sérülés", "esés" (also a drop),
 * "elesett" (fell; also fallen in battle), "terápia" and "operáció" are
 * everyday words. Ages: "93 éves" and "93 évesen" (detectors/age-over-89.ts).
 */
export const HU: LanguageLexicon = {
  code: 'hu',
  match: 'words',
  endings: words(
    'a, e, i, k, t, n, s, ja, je, ai, ei, jai, jei, ok, ek, ak, ot, et, at, ra, re, ba, be, ban, ben, nak, nek, rol, tol, ' +
    'bol, hoz, hez, val, vel, ert, on, en, ig, jat, jet, ait, eit, okat, eket, akat, ara, ere, aban, eben, abol, ebol, aval, evel',
  ),
  terms: {
    condition: words(
      'betegseg*, cukorbeteg*, cukorbetegseg*, diabetesz*, magas vernyomas, daganat*, terhes*, terhesseg*, fertozes*, csonttores*, ' +
      'combnyaktores*, agyverzes*, infarktus*, szivroham*, tudogyulladas*, lazas, ~fajdalom, ~fajdalm*, allergia*, ' +
      'depresszio*, demencia*, epilepszia*, verzes*, tunet*, diagnozis*, felfekves*, ~serules*, ~eses*, ~elesett, elhunyt',
    ),
    medication: words(`gyogyszer*, tabletta*, inzulin*, oltas*, vedooltas*, antibiotikum*, kemoterapia*`),
    test: words(
      'vervetel*, vervizsgalat*, verkep*, laboreredmeny*, ~eredmeny*, ~vizsgalat*, ~lelet*, vercukor*, vernyomas*, ' +
      'vizelet*, rontgenfelvetel*, ultrahang*, mr vizsgalat*, biopszia*, kolonoszkopia*',
    ),
    procedure: words(
      'mutet*, ~operacio*, dializis*, szules*, csaszarmetszes*, gyogytorna*, rehabilitacio*, ~kezeles*, ' +
      '~terapia*, sebkotes*, sebfoto*, otthoni apolas*, hazi apolas*',
    ),
    encounter: words(
      'zarojelentes*, beutalo*, surgossegi*, ~felvetel*, ~korhazba, mentoauto*, intenziv osztaly*, ~kontroll*, ' +
      '~vizit*, idosek otthona*, apolasi otthon*, terhesgondozas*',
    ),
    patient: words(`beteg*, paciens*, ujszulott*`),
    specialty: words(`kardiologia*, onkologia*, neurologia*, pszichiatria*`),
  },
  units: words(`surgossegi*, intenziv osztaly*`),
  workplaceHeads: words(`osztaly, osztalyos, reszleg, klinika, kozpont, tanfolyam, kepzes, apolo, apolono`),
  staffCues: words(`udvozoljuk, bucsuztato, nyugdijba, nyugdijbavonulas, kepzes, tovabbkepzes, ugyeleti beosztas, ugyelet, koszonjuk, koszonom, megbeszeles, ertekezlet`),
  topicWords: words(`eloadas, tanfolyam, kepzes, konferencia, tajekoztato, szeminarium`),
  dobKeywords: words(`szuletesi datum, szuletesi ido, szul. datum, szul. ido, szul., szuletett`),
  // Not a bare "taj": Taj is a given name ("Call back Taj 555-0142").
  idKeywords: words(`taj szam, tajszam, betegazonosito, torzsszam, korlapszam`),
};
