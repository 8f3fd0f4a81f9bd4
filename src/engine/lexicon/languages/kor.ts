import { LanguageLexicon, words } from './types';

/**
 * Korean in Latin letters (the Revised Romanization, with the variants people type: eo or o, eu or u, l or r between
 * vowels), as staff in US clinics write a Korean patient's words beside English ("hwanja", "geomsa gyeolgwa", "gaseum
 * tongjeung"). Curated by the PHI Guard team: an engineer's own selection of the words that carry the meaning in clinic
 * mail, checked against general Korean dictionaries from memory; no corpus or third-party list copied. A module of its
 * own, coded with the ISO 639-2 code "kor", because ko.ts reads Hangul as substrings and Latin words must be matched as
 * whole words, and only in lower case (lowerCaseOnly: romanised syllables in Title Case are names). Left out: "chime" (dementia, an English word), "am" (cancer), "yak" (medicine) and "yeol" (fever), too
 * short; "yeyak" (any booking), "geomsa" (any inspection), "gyeolgwa" (any result), "tongjeung" (pain), "momsal" (aches
 * after a workout too), "hyeorap", "jaehwal" and "jillyo" need support.
 */
export const KOR: LanguageLexicon = {
  code: 'kor',
  match: 'words',
  lowerCaseOnly: true,
  terms: {
    condition: words(
      'dangnyo, dangnyobyeong, gohyeorap, gohyeolap, ~gamgi, gaseum tongjeung, ~tongjeung, dutong, bokdong, ~momsal, imsin, imsinjung, ' +
        'goljeol, cheonsik, pyeryeom, uuljeung, noejoljung, sinbujeon',
    ),
    medication: words('cheobang, cheobangjeon, insyullin, yebang jeopjong, yebangjeopjong, baeksin, hangamje'),
    test: words('geomsa gyeolgwa, geomsagyeolgwa, ~geomsa, ~gyeolgwa, hyeoldang, ~hyeorap, pigeomsa, sobyeon geomsa, naesigyeong, choeumpa, simjeondo, gan suchi'),
    procedure: words('susul, tuseok, ~jaehwal, hangam chiryo'),
    encounter: words('ipwon, toewon, eungeupsil, ~jillyo, ~jinryo, ~yeyak'),
    patient: words('hwanja, hwanjabun, hwanjanim'),
  },
  dobKeywords: words('saengnyeonwoil, saengnyeon woril, saengnyeonworil'),
};
