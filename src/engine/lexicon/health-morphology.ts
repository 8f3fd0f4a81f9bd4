import type { HealthCategory } from './health-terms';

/** Drug stems in Cyrillic letters (Russian and Ukrainian). */
// Russian spellings, losartan's -зартан, and the Ukrainian ones with і and a single л (-формін, -дипін, -цилін).
const CYRILLIC_DRUG_STEMS = ['прил', 'сартан', 'зартан', 'олол', 'статин', 'дипин', 'празол', 'формин', 'мицин', 'циллин', 'флоксацин', 'парин', 'ксабан', 'глиптин', 'глифлозин',
  'формін', 'дипін', 'цилін', 'циллін', 'міцин', 'гліптин', 'гліфлозин'];
/** Cyrillic stems need two letters before them, not three: "гепарин" (heparin). Read once, for BY_LENGTH. */
const CYRILLIC_ENDING = /^[\u0400-\u04ff]/;
/**
 * Medical word formation, for the many conditions, procedures and drugs no
 * curated list can hold: "preeclampsia", "cholangitis", "pembrolizumab",
 * "septoplasty". Clinical vocabulary is built from a small set of Greek and
 * Latin endings and the drug-naming stems of the USAN council, so an ending
 * says the category.
 *
 * Only for words of at least seven letters that are not everyday English and
 * not a known name (the caller checks both), so "diploma", "Oklahoma",
 * "photography" and "Curtis" stay plain words.
 */
const ENDINGS: readonly (readonly [string, HealthCategory])[] = [
  // conditions
  ['itis', 'condition'],
  ['emia', 'condition'],
  ['osis', 'condition'],
  ['iasis', 'condition'],
  ['pathy', 'condition'],
  ['algia', 'condition'],
  ['eclampsia', 'condition'],
  ['plegia', 'condition'],
  ['paresis', 'condition'],
  ['penia', 'condition'],
  ['rrhea', 'condition'],
  ['rrhoea', 'condition'],
  ['rrhage', 'condition'],
  ['megaly', 'condition'],
  ['trophy', 'condition'],
  ['uria', 'condition'],
  ['carcinoma', 'condition'],
  ['sarcoma', 'condition'],
  ['blastoma', 'condition'],
  ['lymphoma', 'condition'],
  ['myeloma', 'condition'],
  ['adenoma', 'condition'],
  ['ioma', 'condition'],
  ['cytosis', 'condition'],
  ['ectasis', 'condition'],
  ['ectasia', 'condition'],
  ['insufficiency', 'condition'],
  // procedures and tests
  ['ectomy', 'procedure'],
  ['otomy', 'procedure'],
  ['ostomy', 'procedure'],
  ['plasty', 'procedure'],
  ['pexy', 'procedure'],
  ['rrhaphy', 'procedure'],
  ['centesis', 'procedure'],
  ['oscopy', 'test'],
  // The same endings as Spanish, Portuguese and Italian (-ectomía, accents folded), French (-ectomie) and German and
  // Polish (-ektomie, -ektomia) spell them: a patient's "colecistectomía" or "Cholezystektomie" is the same operation.
  ['ectomia', 'procedure'],
  ['ectomie', 'procedure'],
  ['ektomia', 'procedure'],
  ['ektomie', 'procedure'],
  ['otomia', 'procedure'],
  ['otomie', 'procedure'],
  ['ostomia', 'procedure'],
  ['ostomie', 'procedure'],
  ['plastia', 'procedure'],
  ['plastie', 'procedure'],
  ['oscopia', 'test'],
  ['oscopie', 'test'],
  ['oskopia', 'test'],
  ['oskopie', 'test'],
  // drug stems (USAN)
  ['mab', 'medication'],
  ['tinib', 'medication'],
  ['pril', 'medication'],
  ['sartan', 'medication'],
  ['olol', 'medication'],
  ['statin', 'medication'],
  ['azole', 'medication'],
  ['cillin', 'medication'],
  ['mycin', 'medication'],
  ['floxacin', 'medication'],
  ['cycline', 'medication'],
  ['dipine', 'medication'],
  ['tidine', 'medication'],
  ['gliptin', 'medication'],
  ['gliflozin', 'medication'],
  ['glutide', 'medication'],
  ['parin', 'medication'],
  ['xaban', 'medication'],
  ['gatran', 'medication'],
  ['azepam', 'medication'],
  ['azolam', 'medication'],
  ['triptan', 'medication'],
  ['lukast', 'medication'],
  ['semide', 'medication'],
  ['thiazide', 'medication'],
  ['profen', 'medication'],
  ['oxetine', 'medication'],
  ['apine', 'medication'],
  ['idone', 'medication'],
  ['codone', 'medication'],
  ['morphone', 'medication'],
  ['caine', 'medication'],
  ['sone', 'medication'],
  ['olone', 'medication'],
  ['cort', 'medication'],
  // The same drug stems as Russian and Ukrainian spell them ("метопролол", "лизиноприл", "аторвастатин"), with the
  // genitive's -а ("рецепт на метопролола", "для лозартана").
  ...CYRILLIC_DRUG_STEMS.map((stem): [string, HealthCategory] => [stem, 'medication']),
  ...CYRILLIC_DRUG_STEMS.map((stem): [string, HealthCategory] => [`${stem}а`, 'medication']),
];

/**
 * Everyday words with a medical-looking ending that the common-word list is too
 * short to hold. (-graphy and -gram are not endings here at all: photography,
 * program; the imaging words are listed in health-terms.ts.)
 */
const EVERYDAY = new Set([
  'sympathy', 'telepathy', 'antipathy', 'nostalgia', 'academia', 'bohemia', 'osmosis', 'hypnosis',
  'metamorphosis', 'apotheosis', 'dichotomy', 'manchuria', 'liguria', 'etruria',
  // The Romance and German spellings of "dichotomy" and "horoscope".
  'dicotomia', 'dichotomie', 'horoscopie', 'horoskopie',
]);

const MIN_LENGTH = 7;
/**
 * Longest ending first, so "lymphoma" is matched before "oma"-like shorter ones; each with the letters a word needs before
 * it (three, two before a Cyrillic stem), found once here rather than on every word.
 */
const BY_LENGTH: readonly (readonly [string, HealthCategory, number])[] = [...ENDINGS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([ending, category]) => [ending, category, ending.length + (CYRILLIC_ENDING.test(ending) ? 2 : 3)] as const);

/** The category a medical ending gives a lower-case, accent-folded word, or undefined. */
export function healthCategoryByEnding(key: string): HealthCategory | undefined {
  if (key.length < MIN_LENGTH || EVERYDAY.has(key)) return undefined;
  for (const [ending, category, shortest] of BY_LENGTH) {
    if (key.length >= shortest && key.endsWith(ending)) return category;
  }
  return undefined;
}
