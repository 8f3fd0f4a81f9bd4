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
  WORKPLACE_WORDS: context.WORKPLACE_WORDS,
  UNIT_WORDS: context.UNIT_WORDS,
  STAFF_CUES: context.STAFF_CUES,
  AMBIGUOUS_HEALTH: context.AMBIGUOUS_HEALTH,
  AMBIGUOUS_ONLY_IN_CAPITALS: context.AMBIGUOUS_ONLY_IN_CAPITALS,
  PERSONAL_PRONOUNS: context.PERSONAL_PRONOUNS,
  TIME_OWNERS: context.TIME_OWNERS,
  UNDERGOING_VERBS: context.UNDERGOING_VERBS,
  ADMISSION_VERBS: context.ADMISSION_VERBS,
  SEASON_WORDS: context.SEASON_WORDS,
  DEPARTMENT_PREPOSITIONS: context.DEPARTMENT_PREPOSITIONS,
  ANIMAL_WORDS: context.ANIMAL_WORDS,
  VETERINARY_ACRONYMS: context.VETERINARY_ACRONYMS,
  RECRUITING_CUES: context.RECRUITING_CUES,
  TEACHING_WORDS: context.TEACHING_WORDS,
  SIMULATION_WORDS: context.SIMULATION_WORDS,
  BED_WORDS: context.BED_WORDS,
  TREATMENT_SPOT_WORDS: context.TREATMENT_SPOT_WORDS,
  MEETING_WORDS: context.MEETING_WORDS,
  PRODUCT_WORDS: context.PRODUCT_WORDS,
  DEVICE_CHECK_WORDS: context.DEVICE_CHECK_WORDS,
  TEACHING_CASE_WORDS: context.TEACHING_CASE_WORDS,
  PRESSURE_WOUND_WORDS: context.PRESSURE_WOUND_WORDS,
  MEDICATION_SAFETY_EVENTS: context.MEDICATION_SAFETY_EVENTS,
  MONTHLY_PAPERS: context.MONTHLY_PAPERS,
  DISEASE_HEADS: context.DISEASE_HEADS,
  LAPSING_THINGS: context.LAPSING_THINGS,
  EXAM_SITTING_VERBS: context.EXAM_SITTING_VERBS,
  WORK_RESULT_SOURCES: context.WORK_RESULT_SOURCES,
  DEATH_SCENE_WORDS: context.DEATH_SCENE_WORDS,
  PASSING_OTHERWISE_WORDS: context.PASSING_OTHERWISE_WORDS,
  QUANTITY_UNITS: context.QUANTITY_UNITS,
  VERSIONED_WORK_WORDS: context.VERSIONED_WORK_WORDS,
  NEWBORN_CUES: context.NEWBORN_CUES,
  GLUCOSE_WORDS: context.GLUCOSE_WORDS,
  PLACE_NOUNS: context.PLACE_NOUNS,
  SUBJECT_MARKER_WORDS: context.SUBJECT_MARKER_WORDS,
  CARE_VERBS: context.CARE_VERBS,
  DISEASE_COURSE_WORDS: context.DISEASE_COURSE_WORDS,
  WORK_DOING_VERBS: context.WORK_DOING_VERBS,
  PATIENT_ACTS: context.PATIENT_ACTS,
  FAMILY_GROUP_WORDS: context.FAMILY_GROUP_WORDS,
  PATIENT_REPORT_WORDS: context.PATIENT_REPORT_WORDS,
  COMMUNITY_GROUP_WORDS: context.COMMUNITY_GROUP_WORDS,
  REPLY_PREFIXES: context.REPLY_PREFIXES,
  SOFTWARE_WORDS: context.SOFTWARE_WORDS,
  CARE_SHORTHAND_WORDS: context.CARE_SHORTHAND_WORDS,
  LANGUAGE_TALK_WORDS: context.LANGUAGE_TALK_WORDS,
  STAFF_ROLE_TAGS: context.STAFF_ROLE_TAGS,
  BUSINESS_DOCUMENT_WORDS: context.BUSINESS_DOCUMENT_WORDS,
  WORK_PRODUCT_WORDS: context.WORK_PRODUCT_WORDS,
  STAFF_SERVICE_WORDS: context.STAFF_SERVICE_WORDS,
  PATIENT_DEPARTMENT_WORDS: context.PATIENT_DEPARTMENT_WORDS,
  CONDOLENCE_WORDS: context.CONDOLENCE_WORDS,
  START_VERBS: context.START_VERBS,
  WELCOME_WORDS: context.WELCOME_WORDS,
  ARRIVAL_CUES: context.ARRIVAL_CUES,
  OWNER_CUES: context.OWNER_CUES,
  ORG_HEADS: organisations.ORG_HEADS,
  HEALTH_NAMED_ORG_HEADS: organisations.HEALTH_NAMED_ORG_HEADS,
  BUSINESS_HEADS: organisations.BUSINESS_HEADS,
  SERVICE_MODIFIERS: organisations.SERVICE_MODIFIERS,
  PLACE_WORDS: organisations.PLACE_WORDS,
  SPANISH_TOPONYM_HEADS: organisations.SPANISH_TOPONYM_HEADS,
  SPANISH_TOPONYM_MODIFIERS: organisations.SPANISH_TOPONYM_MODIFIERS,
  HEADS_BEFORE_EPONYM: organisations.HEADS_BEFORE_EPONYM,
  STAFF_HEADS: recipients.STAFF_HEADS,
  SERVICE_HEADS: recipients.SERVICE_HEADS,
  LIST_HEADS: recipients.LIST_HEADS,
  AMBIGUOUS_LIST_HEADS: recipients.AMBIGUOUS_LIST_HEADS,
  LIST_CONTINUERS: recipients.LIST_CONTINUERS,
  ROMANCE_SERVICE_HEADS: recipients.ROMANCE_SERVICE_HEADS,
  PATIENT_MARKS: recipients.PATIENT_MARKS,
  GENERIC_IN_RECIPIENTS: recipients.GENERIC_IN_RECIPIENTS,
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
