import * as clinical from './clinical-vocabulary';
import * as context from './context-words';
import * as health from './health-terms';
import { LANGUAGES } from './languages';
import { everydayTerms } from './languages/match';
import * as organisations from './organisations';
import * as people from './people-words';
import * as recipients from './recipient-heads';

/**
 * Every curated word list of the engine by name, for the overlap test and
 * for tools. The census and cspell name lists (names.generated.ts) are data,
 * not curated lists, and are not here.
 */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {
  ...prefixed('HEALTH_TERMS.', health.HEALTH_TERMS),
  ...prefixed('HEALTH_TERMS.clinical.', clinical.CLINICAL_VOCABULARY),
  ...prefixed('HEALTH_TERMS.clinical-with-support.', clinical.CLINICAL_NEEDS_SUPPORT_BY_CATEGORY),
  CLINICAL_NEEDS_SUPPORT: clinical.CLINICAL_NEEDS_SUPPORT,
  ...languageLists(),
  TOPIC_WORDS: health.TOPIC_WORDS,
  ...prefixed('', context),
  ...prefixed('', organisations),
  ...prefixed('', recipients),
  LAB_ANALYTES: health.LAB_ANALYTES,
  ...prefixed('', people),
};

/** The lists of a module or record under their names (the engine targets ES2016: no Object.entries). */
function prefixed(prefix: string, lists: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const k of Object.keys(lists)) out[prefix + k] = lists[k];
  return out;
}

/**
 * The lists of each language module (languages/): its terms by category as
 * HEALTH_TERMS.<code>.<category> (stems keep their "*", everyday terms their "~"), its cues as
 * LANGUAGE_CUES.<code>.<role> and its birth-date keywords as
 * DOB_KEYWORDS.<code>, DOB_AFTER.<code> and ID_KEYWORDS.<code>.
 */
function languageLists(): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const l of LANGUAGES) {
    for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[]) out[`HEALTH_TERMS.${l.code}.${cat}`] = l.terms[cat] ?? [];
    const cues: [string, readonly string[] | undefined][] = [
      ['everyday', everydayTerms(l)],
      ['units', l.units],
      ['workplaceHeads', l.workplaceHeads],
      ['linkingWords', l.linkingWords],
      ['staffCues', l.staffCues],
      ['topicWords', l.topicWords],
    ];
    for (const [role, list] of cues) if (list) out[`LANGUAGE_CUES.${l.code}.${role}`] = list;
    out[`DOB_KEYWORDS.${l.code}`] = l.dobKeywords;
    if (l.dobAfter) out[`DOB_AFTER.${l.code}`] = l.dobAfter;
    if (l.idKeywords) out[`ID_KEYWORDS.${l.code}`] = l.idKeywords;
  }
  return out;
}
