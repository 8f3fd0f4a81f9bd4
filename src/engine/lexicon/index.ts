import * as generated from './names.generated';
import {
  HEALTH_TERMS,
  HealthCategory,
  TOPIC_WORDS,
} from './health-terms';
import { LANGUAGE_TOPIC_WORDS, mergedLanguageEntries } from './languages/match';
import { clinicalVocabulary } from './clinical';
import { expandPairs } from './front-coding';
import { WordSet, packedWords } from './word-set';
import { PhraseEntry, PhraseMatcher } from './phrase-matcher';

export { expandPairs };

export interface NameLexicon {
  readonly given: WordSet;
  readonly surname: WordSet;
  readonly other: WordSet;
  /** Names that are also everyday English words ("will", "grace", "price"). */
  readonly ambiguous: WordSet;
  readonly common: WordSet;
}

let names: NameLexicon | undefined;

/** Shared by every scan; each list decodes an initial on its first look-up (word-set.ts). */
export function nameLexicon(): NameLexicon {
  // A name in both census lists is packed once, in givenAndSurname, and read into both sets.
  names ??= {
    given: packedWords(generated.given, generated.givenAndSurname),
    surname: packedWords(generated.surname, generated.givenAndSurname),
    other: packedWords(generated.otherName),
    ambiguous: packedWords(generated.ambiguousName),
    common: packedWords(generated.commonWord),
  };
  return names;
}

export { PLAIN_WORDS, PhraseMatcher } from './phrase-matcher';
export type { PhraseEntry, PhraseMatch } from './phrase-matcher';

/**
 * Short terms that are also names or ordinary words in title case ("Ed",
 * "Ct" for court, "Er"): they count only written in capitals. So does a longer one that is also a surname ("NASH"
 * cirrhosis, Dr. Nash).
 */
export const UPPER_ONLY = new Set(['nash', 'hida', 'ed', 'er', 'ob', 'gi', 'ent', 'ct', 'ua', 'pe', 'bh', 'iop', 'soc', 'poc', 'mds', 'roi', 'php', 'sob', 'ms', 'ot', 'cob', 'nbs', 'oae', 'avs', 'std', 'sti', 'uds', 'tia', 'cva', 'pet', 'pa', 'mat', 'pep', 'mva', 'osa', 'tb', 'hd']);
/**
 * Clinical abbreviations of three letters or fewer ("afo", "iol", "tka") are too often initials, names or
 * other acronyms in lower or Title case: they too count only in capitals, except in a field typed wholly in
 * lower case, where case says nothing (facts/health.ts). The short words above are everyday words in any case.
 */
export const SHORT_CLINICAL = new Set<string>();
for (const list of [clinicalVocabulary().plain, clinicalVocabulary().needsSupport]) {
  for (const cat of Object.keys(list) as HealthCategory[]) for (const t of list[cat]) if (t.length <= 3 && t.indexOf(' ') < 0 && !UPPER_ONLY.has(t)) SHORT_CLINICAL.add(t);
}
for (const t of SHORT_CLINICAL) UPPER_ONLY.add(t);

/** Ranks in the health matcher: a tie goes to the English terms, then the languages', then the policy's own. */
const ENGLISH_RANK = 0;
const LANGUAGE_RANK = 1;
const EXTRA_RANK = 2;

/** The health matcher, and how many of the merged language entries it holds. */
export class HealthMatcher extends PhraseMatcher<HealthCategory> {
  private languagesHeld = 0;

  /** Takes in the language entries merged since the last call (a field in another script merges its group). */
  withMergedLanguages(): this {
    const all = mergedLanguageEntries();
    if (all.length > this.languagesHeld) {
      this.add(all.slice(this.languagesHeld), LANGUAGE_RANK);
      this.languagesHeld = all.length;
    }
    return this;
  }
}

export function healthMatcher(extraTerms: readonly string[] = []): HealthMatcher {
  const entries: PhraseEntry<HealthCategory>[] = [];
  for (const cat of Object.keys(HEALTH_TERMS) as HealthCategory[]) {
    for (const t of HEALTH_TERMS[cat]) entries.push([t, cat]);
  }
  // Clinician shorthand, diagnoses, tests, procedures and drugs (clinical-vocabulary.ts); the words with
  // another sense among them count only beside other health words (facts/health.ts AMBIGUOUS).
  const clinical = clinicalVocabulary();
  for (const list of [clinical.plain, clinical.needsSupport]) {
    for (const cat of Object.keys(list) as HealthCategory[]) for (const t of list[cat]) entries.push([t, cat]);
  }
  const m = new HealthMatcher(entries, ENGLISH_RANK);
  // The languages of US patients (languages/): found exactly like the English terms, merged by script on first need.
  m.withMergedLanguages();
  m.add(
    extraTerms.map((t) => [t.toLowerCase(), 'condition'] as const),
    EXTRA_RANK,
  );
  return m;
}

let defaultHealth: HealthMatcher | undefined;
export function defaultHealthMatcher(): HealthMatcher {
  defaultHealth ??= healthMatcher();
  return defaultHealth;
}

const asSet = (list: readonly string[]): PhraseMatcher<true> => new PhraseMatcher(list.map((w) => [w, true] as [string, true]));
export const topicMatcher = asSet([...TOPIC_WORDS, ...LANGUAGE_TOPIC_WORDS]);
export type { HealthCategory };
