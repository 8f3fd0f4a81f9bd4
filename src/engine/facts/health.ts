import { SURNAME_ENDING } from '../names/surname-endings';
import type { FieldContext } from '../detectors/detector';
import { HealthCategory, HealthMatcher, PhraseMatcher, SHORT_CLINICAL, UPPER_ONLY, defaultHealthMatcher, healthMatcher, nameLexicon, topicMatcher } from '../lexicon';
import { healthCategoryByEnding } from '../lexicon/health-morphology';
import { HEALTH_NAMED_ORG_HEADS, INSTITUTION_HEADS } from '../lexicon/organisations';
import { LANGUAGE_EVERYDAY, LANGUAGE_STAFF_CUES, LANGUAGE_UNITS, ensureLanguagesFor, languageKeys, languageWorkplace, lowerCaseOnlyTerm, scriptTerms } from '../lexicon/languages/match';
import { CLINICIAN_TITLES, HONORIFICS, LOWER_CASE_HONORIFICS } from '../lexicon/people-words';
import { LAB_ANALYTES } from '../lexicon/health-terms';
import { CLOSE_RELATIVES } from '../lexicon/kin';
import { clinicalNeedsSupport } from '../lexicon/clinical';
import { clinicalShorthand } from './clinical-shorthand';
import { gluedTerm, mayBeGlued, misspelledTerm, mayBeMisspelled } from './misspelled-health';
import { ADMISSION_VERBS, AMBIGUOUS_HEALTH, PLAYED_PATIENT, COVERAGE_LINKS, COVERAGE_VERBS, AMBIGUOUS_ONLY_IN_CAPITALS, ANIMAL_WORDS, OWNER_CUE_THINGS, DEPARTMENT_PREPOSITIONS, PERSONAL_PRONOUNS, THIRD_PERSON_PRONOUNS, BLOOD_PRESSURE_WORDS, BODY_TEMPERATURE_WORDS, BLOOD_SUGAR_WORDS, RESIDENCY_CUES, BUSINESS_DOCUMENT_WORDS, WORK_PRODUCT_WORDS, STAFF_SERVICE_WORDS, OWNER_CUES, RECRUITING_CUES, SEASON_WORDS, STAFF_CUES, TIME_OWNERS, TIME_SPAN_UNITS, CARE_CONVERSATIONS, CARE_RECORD_WORDS, UNDERGOING_VERBS, RETURN_TO_WORK_CUES, RETURN_TO_WORK_PROCESS_WORDS, PATIENT_DEPARTMENT_WORDS, CONDOLENCE_WORDS, START_VERBS, WELCOME_WORDS, ARRIVAL_CUES, TEACHING_WORDS, SIMULATION_WORDS, PUBLICATION_WORDS, UNIT_WORDS, VETERINARY_ACRONYMS, WORKPLACE_WORDS, BED_WORDS, TREATMENT_SPOT_WORDS, MEDICATION_SAFETY_EVENTS, MONTHLY_PAPERS as MONTHLY_PAPERS_LIST, DISEASE_HEADS as DISEASE_HEADS_LIST, LAPSING_THINGS as LAPSING_THINGS_LIST, EXAM_SITTING_VERBS, WORK_RESULT_SOURCES as WORK_RESULT_SOURCES_LIST, BODY_SITES, DEATH_SCENE_WORDS, RESEARCH_LAB_AFFAIRS as RESEARCH_LAB_AFFAIRS_LIST, EVERYDAY_CHART_KINDS, EVERYDAY_VISIT_KINDS, EVERYDAY_SCAN_KINDS, EVERYDAY_PREP_KINDS, EVERYDAY_IMAGING_KINDS, EVERYDAY_EVAL_KINDS, EVERYDAY_APPOINTMENT_KINDS, RAN_THE_EVENT_VERBS, EMERGENCY_RESPONSES, CONDITION_PROGRAMME_WORDS, RESEARCH_ROLES, CARE_CERTIFICATION_CUES, PASSING_OTHERWISE_WORDS, QUANTITY_UNITS as QUANTITY_UNITS_LIST, VERSIONED_WORK_WORDS, EVERYDAY_ANALYTE_LETTERS, READING_WORK_WORDS, PANEL_COVERAGE_WORDS, PRINTED_FOR_ONE_PATIENT, NEWBORN_WORDS, AID_ANIMAL_KINDS, MILITARY_SERVICE_WORDS, PATIENTS_WORK_FIRST, PATIENTS_EDUCATION_PAPERS, SCANNER_SERVICE_WORDS, EMPLOYMENT_ELIGIBILITY_WORDS, PATIENT_PHOTO_WORDS, PATIENT_REPORT_WORDS, RESPIRATOR_WORDS, PLACES_WITH_REPORTS as PLACES_WITH_REPORTS_LIST, SKILL_CREDENTIALS } from '../lexicon/context-words';
import type { Token } from '../text/tokenize';
import { toOriginal } from '../text/mapped-text';

/**
 * Health context: conditions, medications, tests and results, procedures,
 * encounters (admit, discharge, referral), payer events (prior auth, denial),
 * patient words ("pt", "resident", "member") and specialties. Never a finding
 * alone ("Diabetes education fair" is fine): the scanner combines it with an
 * identity in the same field.
 */
const cache = new Map<string, HealthMatcher>();
/** The health matcher of a policy's extra terms, with every language group merged so far (ensureLanguagesFor). */
function matcherFor(extra: readonly string[]): HealthMatcher {
  if (extra.length === 0) return defaultHealthMatcher().withMergedLanguages();
  const key = extra.join('\u0000');
  let m = cache.get(key);
  if (!m) {
    if (cache.size > 8) cache.clear();
    m = healthMatcher(extra);
    cache.set(key, m);
  }
  return m.withMergedLanguages();
}

export type NeedsSupport = 'everyday' | 'place';

export interface HealthMatch {
  from: number;
  to: number;
  category: HealthCategory;
  phrase: string;
  /** Found by its medical ending rather than a list. */
  byEnding?: boolean;
  /** Read as a term misspelled by one letter (facts/misspelled-health.ts), not as written. */
  misspelled?: boolean;
  /**
   * A word with an everyday sense or a unit, with nothing in the field yet to
   * tie it to a person's health (personHealthOf): health only beside a birth
   * date or initials. "everyday": a word with an everyday sense ("results",
   * "chart"); "place": a unit or a specialty (where someone works or is seen).
   */
  needsSupport?: NeedsSupport;
  /** The name of a job, a place of work or a project ("MRI tech"): health, but not a person's (personHealthOf). */
  workplace?: boolean;
  /** A term found inside a word (scripts written without spaces): its offsets in the normalized text. */
  start?: number;
  end?: number;
  /** What ties the word to a person (aboutPerson), if anything. */
  tie?: Tie;
  /**
   * A value measured on one patient: a lab value, a blood pressure reading, a post-op day, a gestational
   * age, a chemo cycle, an obstetric history ("INR 4.8", "POD1", "32wk"). A field with one is about a
   * patient, not a topic (person-name.ts reads it).
   */
  measured?: true;
}

/**
 * What ties a health word to a person: a third-person pronoun ("his fall", "her own MRI"), a pronoun of
 * the writer or the reader ("your test results"), a possessive ("Okafor's infusion"), a verb of
 * undergoing ("recovering from bypass", "out for knee replacement") or a stay in a unit ("back in
 * the ICU", "NICU day 12").
 */
export type Tie = 'third-person' | 'first-second-person' | 'possessive' | 'undergoing' | 'stay';

/**
 * The allow-list as a set, built once per list (the engine prepares one list
 * per policy): a list of 200,000 words costs one lookup per word, not a scan.
 */
const allowSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function allowSetOf(allow: readonly string[]): ReadonlySet<string> {
  let set = allowSets.get(allow);
  if (!set) allowSets.set(allow, (set = new Set(allow)));
  return set;
}

const PREFIXED_ACRONYM = /^[a-z][A-Z]{2,}$/;
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MONTHLY_PAPERS = new Set(MONTHLY_PAPERS_LIST);
const PATIENT_DEPARTMENTS = new Set(PATIENT_DEPARTMENT_WORDS);
/** A scanner's service (SCANNER_SERVICE_WORDS): work after a health word, but no titled patient's scan is hidden by it. */
const SCANNER_SERVICE = new Set(SCANNER_SERVICE_WORDS);
/** Words before "call" that ask for one, and after it the one called: "pls call her", "please call back". */
const CALL_ASKED = new Set(['pls', 'plz', 'please']);
const CALLED_ONE = new Set(['her', 'him', 'them', 'back', 'me', 'pt', 'patient', 'mom', 'dad']);
/** "rep": a representative, the desk's job after a patient department (not a workplace word elsewhere: a device rep's form
 * is a patient's). */
const REPRESENTATIVE_SHORT = new Set(['rep', 'reps']);
const WELCOME = new Set(WELCOME_WORDS);
const NEWBORN = new Set(NEWBORN_WORDS);
/** "from Patient Access", "in Patient Experience"; "to" only beside a welcome ("handoff to Patient Transport" moves a patient). */
function departmentPreposition(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key ?? '';
  return key === 'to' ? tokens.some((t) => WELCOME.has(t.key)) : key !== 'for' && PREPOSITIONS.has(key);
}

/**
 * Every word of `shortest` letters or more is in `letterCase`, and there are `atLeast` such words: a field typed with
 * caps lock (typedInCase(tokens, 'upper', 3, 4)), or wholly in lower case as clinicians type on phones and pagers
 * ("218 kowalczyk k+ 5.9 recheck", "tpn for mendoza", "3W-12 abg pending": typedInCase(tokens, 'lower', 1, 3)), where case cannot mark
 * acronyms.
 */
function typedInCase(tokens: readonly Token[], letterCase: 'upper' | 'lower', shortest: number, atLeast: number): boolean {
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text.length < shortest) continue;
    // A unit's letter glued to its floor ("4N-08 szymanski abg"): a room's code, written so in any case.
    if (letterCase === 'lower' && t.text.length === 1 && t.gap === '' && tokens[k - 1]?.kind === 'number') continue;
    if (t.case !== letterCase) return false;
    n++;
  }
  return n >= atLeast;
}

/**
 * Health phrases among tokens, honouring the upper-case-only short terms and the allow-list. `lineTyped`: the
 * tokens are a subject, where a line typed wholly in lower case lets the short clinical abbreviations count.
 */
export function findHealthTerms(tokens: readonly Token[], extra: readonly string[], allow: readonly string[], lineTyped = false): HealthMatch[] {
  const allowed = allowSetOf(allow);
  const out: HealthMatch[] = [];
  const mixedCase = tokens.some((t) => t.kind === 'word' && t.case === 'lower' && t.text.length > 2);
  let lowerOnly: boolean | undefined;
  // Inflected and prefixed forms of the languages' terms are matched by their stem (languages/match.ts).
  // The field's scripts merged first (languages/match.ts), then the matcher takes their terms in.
  ensureLanguagesFor(tokens);
  const keyed = languageKeys(tokens);
  // Where workplace words start, found on the first patient department ("Patient Access rep").
  let workplaceStarts: Set<number> | undefined;
  const matcher = matcherFor(extra);
  for (const m of matcher.findAll(keyed)) {
    if (allowed.has(m.phrase)) continue;
    // Short terms count in capitals only; "hCG", "eGFR" (a lower-case prefix before the capitals) are capitals too.
    if (m.to - m.from === 1 && UPPER_ONLY.has(m.phrase) && tokens[m.from].case !== 'upper' && !PREFIXED_ACRONYM.test(tokens[m.from].text) && !(lineTyped && SHORT_CLINICAL.has(m.phrase) && (lowerOnly ??= typedInCase(tokens, 'lower', 1, 3)))) continue;
    // "r/o", "d/c", "f/u": the two letters must be joined by a slash or nothing.
    // A file name cannot hold a slash: there they are joined by a hyphen ("CHF_clinic_f-u.pdf").
    if (m.to - m.from === 2 && m.phrase.length === 3 && !['/', '', '&', '-'].includes(tokens[m.from + 1].gap)) continue;
    // "ER00-3673", "OR2": a capital acronym glued to digits is a docket, room or product code.
    const next = tokens[m.to];
    // "Kumari from Patient Access", "Welcome Jamal Price to Patient Transport": after a preposition, a department in Title
    // Case (PATIENT_DEPARTMENT_WORDS) is where a colleague works. Opening a field it is the desk a patient's matter is
    // sent to ("Patient Access: Harold Vance balance").
    // So is one before a job's word ("new Patient Access rep", "Patient Transport aide").
    // So is one in brackets after a name ("so glad to see Tavita back (Patient Transport)"), as any department is (DEPARTMENT_TAG).
    if (m.phrase === 'patient' && tokens[m.from].case === 'title' && next !== undefined && next.case === 'title' && /^\s$/.test(next.gap) && PATIENT_DEPARTMENTS.has(next.key) && (departmentPreposition(tokens, m.from - 1) || /\($/.test(tokens[m.from].gap) || (workplaceStarts ??= startsOf(WORKPLACE, tokens)).has(m.to + 1) || REPRESENTATIVE_SHORT.has(tokens[m.to + 1]?.key ?? ''))) continue;
    if (m.to - m.from === 1 && tokens[m.from].case === 'upper' && (UNITS.has(m.phrase) || AMBIGUOUS.has(m.phrase) || UPPER_ONLY.has(m.phrase)) && next !== undefined && next.kind === 'number' && next.gap === '') continue;
    // "CMP-2025-0193", "ER-24-1187": an acronym before hyphenated groups of digits is a case or reference number.
    const after = tokens[m.to + 1];
    if (m.to - m.from === 1 && tokens[m.from].case === 'upper' && next !== undefined && next.kind === 'number' && next.gap === '-' && after !== undefined && after.kind === 'number' && after.gap === '-') continue;
    if (inSurnameSlot(tokens, m.from, m.to)) continue;
    // "MAR" (a medication administration record) is also March: not beside a number or another month ("MAR 2025",
    // "FEB_MAR_APR"), nor among the papers of a month ("Timesheet_MAR_...", "Schedule_MAR_...").
    if (m.phrase === 'mar' && ([tokens[m.from - 1], next].some((t) => t !== undefined && (t.kind === 'number' || MONTHS.has(t.key))) || tokens.some((t) => MONTHLY_PAPERS.has(t.key)))) continue;
    // "Lincoln Park MS 8th graders", "Eastfield HS grade 9": a school level's abbreviation right before a school grade
    // names the school's level (middle, high), not a condition ("Liam Brooks TB 8th grade contact" stays TB); so does
    // one after "at" and the school's name ("Ms. Tran at Eastbrook MS Mon/Wed"): a condition is no one's place.
    if (m.to - m.from === 1 && tokens[m.from].case === 'upper' && SCHOOL_ABBREVIATIONS.has(m.phrase)) {
      const gradeAfter = next !== undefined && ((SCHOOL_GRADE.test(next.text) && tokens[m.to + 1]?.key === 'th' && tokens[m.to + 1].gap === '') || SCHOOL_LEVEL_AFTER.has(next.key));
      const schoolBefore = m.from >= 2 && tokens[m.from - 1].case === 'title' && tokens[m.from - 2].key === 'at' && tokens[m.from - 2].case === 'lower';
      if (gradeAfter || schoolBefore) continue;
    }
    // "FitTest_Oyelaran_T.pdf", "Respirator Fit Test make-ups Tuesday": a respirator's fit test, written as a word in camel case or beside a
    // mask or a respirator; the stool test is "FIT" in capitals (other cases stay as they were: a word that needs support).
    if (m.phrase === 'fit test' && tokens[m.from].text === 'Fit' && (tokens[m.from + 1]?.gap === '' || tokens.some((t) => RESPIRATOR.has(t.key)))) continue;
    // "Region Süd": a word folded from accented letters is no English acronym ("SUD", "OUD").
    if ((m.phrase === 'sud' || m.phrase === 'oud') && /[^a-z]/i.test(tokens[m.from].text)) continue;
    // "Appointment of Odile Farrant as interim CFO": an appointment "of" someone "as" a role names them to a post; a
    // patient's appointment is "for" them or theirs.
    if ((m.phrase === 'appointment' || m.phrase === 'appointments') && next?.key === 'of' && tokens.some((t, k) => k > m.to + 1 && t.key === 'as' && t.case === 'lower')) continue;
    // "patient satisfaction survey - Huang Min", "pt education handouts reprint": surveys and teaching papers for all
    // patients are work products, not a patient (PATIENTS_WORK_FIRST, PATIENTS_EDUCATION_PAPERS).
    if (m.value === 'patient' && next !== undefined && (next.gap === ' ' || next.gap === '_') && (PATIENTS_WORK.has(next.key) || ((next.key === 'education' || next.key === 'jiaoyu') && after !== undefined && PATIENTS_EDUCATION.has(after.key)))) continue;
    // "Wang Zhuyuan", "Huayan Temple": a romanised language's term in Title Case is a name's or a place's (lowerCaseOnly).
    if (lowerCaseOnlyTerm(m.phrase) && tokens.slice(m.from, m.to).some((t) => t.case !== 'lower')) continue;
    // "Rehire eligibility check", "tuition eligibility": eligibility for a job or an employee's benefit, not a health plan's
    // ("benefits eligibility" may be a plan member's).
    if (m.phrase === 'eligibility' && EMPLOYMENT_ELIGIBILITY.has(tokens[m.from - 1]?.key ?? '')) continue;
    // "housing referral", "shelter bed": a social service's, not care.
    if ((m.phrase === 'referral' || m.phrase === 'referrals') && SOCIAL_SERVICES.has(tokens[m.from - 1]?.key ?? '')) continue;
    if (m.phrase === 'bed' && tokens.some((t) => t.key === 'shelter')) continue;
    // "dostępna pon/śr/pt": among Polish weekday abbreviations joined by slashes, "pt" is Friday.
    if (m.phrase === 'pt' && [tokens[m.from - 1], next].some((t, x) => t !== undefined && WEEKDAY_SHORT.has(t.key) && (x === 0 ? tokens[m.from].gap : t.gap) === '/')) continue;
    // "PT" in capitals in a mixed-case field is physical therapy ("PT eval"); "pt", "Pt" are the patient.
    const category = m.phrase === 'pt' && tokens[m.from].case === 'upper' && mixedCase ? 'procedure' : m.value;
    out.push({ from: m.from, to: m.to, category, phrase: m.phrase });
  }
  return withMisspellings(tokens, withShorthand(tokens, withTemperature(tokens, withBloodPressure(tokens, withPossessedAnalytes(tokens, withLabValues(tokens, withEndings(tokens, withCamelBrands(tokens, withGluedReports(tokens, withAcronymPlurals(tokens, withScriptTerms(withDeaths(tokens, out), scriptTerms(tokens, allow)), matcher, allowed), matcher, allowed), matcher, allowed), allowed)))))), allowed);
}

/**
 * "Bowel_prep_MiraLAX_handout.pdf", "NovoLOG_pen_order.pdf": a brand written in camel case, which a file name's tokenizer
 * splits into a capitalised word and capitals (as it splits "SmithMRI"), is the brand's one word where the vocabulary
 * holds the two glued; the capitalised half is then no given name ("Mira").
 */
function withCamelBrands(tokens: readonly Token[], found: HealthMatch[], matcher: PhraseMatcher<HealthCategory>, allowed: ReadonlySet<string>): HealthMatch[] {
  return withUncoveredWords(tokens, found, (t, i) => {
    const next = tokens[i + 1];
    if (t.case !== 'title' || next === undefined || next.gap !== '' || next.kind !== 'word' || next.case !== 'upper') return undefined;
    const key = t.key + next.key;
    if (allowed.has(key)) return undefined;
    const m = matcher.matchAt([{ ...t, key }], 0);
    return m !== undefined ? { from: i, to: i + 2, category: m.value, phrase: key } : undefined;
  });
}

/** Words of a patient's pictures and reports that are typed glued to the finding or the test ("woundphoto", "echoreport"). */
const GLUED_REPORT_WORDS = [...PATIENT_PHOTO_WORDS, ...PATIENT_REPORT_WORDS.filter((w) => w !== 'fax')];
const RESPIRATOR = new Set(RESPIRATOR_WORDS);
/** What a glued report word may follow: a finding or a test of someone, not a drug or a payer's word. */
const GLUED_REPORT_CATEGORIES = new Set<HealthCategory>(['condition', 'test', 'procedure']);

/**
 * "Adjei_Kofi_woundphoto_L_shin.jpg", "Okafor_echoreport.pdf": one word of the vocabulary glued to a word of a patient's
 * pictures or reports, as a file name types them, is the term ("ultrasoundreport" is read, "photoshoot" is not). The term
 * must be four letters at least ("labresults" is not read: "lab" is also a workplace).
 */
function withGluedReports(tokens: readonly Token[], found: HealthMatch[], matcher: PhraseMatcher<HealthCategory>, allowed: ReadonlySet<string>): HealthMatch[] {
  return withUncoveredWords(tokens, found, (t, i) => {
    if (t.key.length < 8 || t.case === 'upper') return undefined;
    const suffix = GLUED_REPORT_WORDS.find((w) => t.key.endsWith(w) && t.key.length - w.length >= 4);
    if (suffix === undefined) return undefined;
    const base = t.key.slice(0, -suffix.length);
    if (allowed.has(base)) return undefined;
    const m = matcher.matchAt([{ ...t, key: base }], 0);
    return m !== undefined && m.to === 1 && GLUED_REPORT_CATEGORIES.has(m.value) ? { from: i, to: i + 1, category: m.value, phrase: base } : undefined;
  });
}

/** An acronym in capitals with a plural "s" glued on ("CXRs", "EKGs", "MRIs"). */
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]*[A-Z]s$/;
/** What an acronym's plural may be: several tests, drugs or procedures, not units or payers' words ("EDs", "ORs"). */
const PLURAL_CATEGORIES = new Set<HealthCategory>(['test', 'medication', 'procedure', 'condition']);

/**
 * "Sultani kids - CXRs all clear", "repeat EKGs x2": an acronym of the vocabulary written in capitals with a plural "s"
 * is the same test, drug or procedure, several of them (the vocabulary lists acronyms in the singular).
 */
function withAcronymPlurals(tokens: readonly Token[], found: HealthMatch[], matcher: PhraseMatcher<HealthCategory>, allowed: ReadonlySet<string>): HealthMatch[] {
  return withUncoveredWords(tokens, found, (t, i) => {
    if (!ACRONYM_PLURAL.test(t.text)) return undefined;
    const base = t.key.slice(0, -1);
    if (allowed.has(base)) return undefined;
    const m = matcher.matchAt([{ ...t, key: base }], 0);
    return m !== undefined && PLURAL_CATEGORIES.has(m.value) ? { from: i, to: i + 1, category: m.value, phrase: base } : undefined;
  });
}

/** The matches plus what `read` finds in each word no match covers, in token order. */
function withUncoveredWords(tokens: readonly Token[], found: HealthMatch[], read: (t: Token, i: number) => HealthMatch | undefined): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < found.length && found[next].to <= i) next++;
    if (next < found.length && found[next].from <= i) continue;
    if (tokens[i].kind !== 'word') continue;
    const m = read(tokens[i], i);
    if (m !== undefined) (out ??= found.slice()).push(m);
  }
  return out ? out.sort((a, b) => a.from - b.from) : found;
}

/**
 * Some surnames are health words (Payne, Burns, Heart, Hart). A Title Case one the name lists hold as a
 * surname is one after a title ("Sgt. Burns") and opening a field or a part of it before a comma and a Title
 * Case given name ("Burns, Olga - timesheet approval"): a list of symptoms goes on with another health word.
 */
const DISEASE_HEADS = new Set(DISEASE_HEADS_LIST);
function inSurnameSlot(tokens: readonly Token[], from: number, to: number): boolean {
  const t = tokens[from];
  const next = tokens[to];
  if (to - from !== 1 || t.case !== 'title') return false;
  const lex = nameLexicon();
  const surname = lex.surname.has(t.key) || lex.ambiguous.has(t.key);
  // "Dr. Payne", "Sgt. Burns", "Doña Cándida": right after a title, a Title Case word of the name lists or no
  // everyday word is the name ("Dr. Appointment" is an appointment).
  const title = tokens[from - 1];
  if (title !== undefined && title.case !== 'lower' && /^\.?\s$/.test(t.gap) && (TITLES.has(title.key) || CLINICIAN.has(title.key) || RANKS.has(title.key))) return surname || !lex.common.has(t.key);
  // After a given name of the lists, a surname of the lists ends the name ("Parker Hodgkins", "Ruth Burns"), unless
  // a disease's head word or a possessive follows ("Ruth Parkinson disease" is unusual; "Hodgkin lymphoma" is none).
  const given = tokens[from - 1];
  if (surname && given !== undefined && given.case === 'title' && t.gap === ' ' && lex.given.has(given.key) && !lex.common.has(given.key) && !lex.ambiguous.has(given.key) && !(next !== undefined && (DISEASE_HEADS.has(next.key) || /^['\u2019]/.test(next.gap)))) return true;
  // Before ", Given" only a surname of the lists: "Dialysis, Maria Lopez" keeps its health word.
  if (!surname || next === undefined || next.gap.trim() !== ',' || next.case !== 'title') return false;
  if (from > 0 && !/[-\u2013\u2014:|(]\s*$/.test(t.gap)) return false;
  return lex.given.has(next.key) && !lex.common.has(next.key) && !lex.ambiguous.has(next.key);
}

/**
 * A death: a relative's ("her mom passed at HPRMC Sunday", "Dad passed, service Friday") or a titled person's
 * ("Mr. Gallardo passed at 0340", "Mrs. Leiataua passed this am"). Not "her mom passed the bar exam" or
 * "passed this along": an object follows "passed" there, where a death has a place, a time or nothing (the
 * end, a comma).
 */
function withDeaths(tokens: readonly Token[], vocabulary: HealthMatch[]): HealthMatch[] {
  // The vocabulary's "passed away" following a relative's word (maybe "has", "had" or "just" between) in condolences is the
  // same death as "passed" below: a colleague's loss ("Sympathy card - Dr. Ibarra's mother passed away"), unless where it
  // happened follows.
  const kinBefore = (k: number): boolean => {
    let at = k - 1;
    while (at > 0 && PERFECT_AUXILIARIES.has(tokens[at].key)) at--;
    return at >= 0 && CLOSE_KIN.has(tokens[at].key);
  };
  const found = condolencesIn(tokens) ? vocabulary.filter((m) => !(m.phrase === 'passed away' && kinBefore(m.from) && !deathPlaceAfter(tokens, m.from))) : vocabulary;
  for (let k = 1; k < tokens.length; k++) {
    // "Harold Brinkman died at home", "her dad died Sunday": "died" right after a name or a relative ("the
    // server died", "Ana's laptop died" follow a thing).
    // In lower case ("Hurricane Ida Died Down" is a title), not after a possessive's thing ("Carol's Dell died").
    const owner = tokens[k - 1];
    if (DIED.has(tokens[k].key) && tokens[k].case === 'lower' && /^\s$/.test(tokens[k].gap) && owner.kind === 'word' && (CLOSE_KIN.has(owner.key) || (owner.case === 'title' && !/^['\u2019]s?\s$/.test(owner.gap)))) {
      if (CLOSE_KIN.has(owner.key) && condolencesIn(tokens) && !deathPlaceAfter(tokens, k)) continue;
      found.push({ from: k, to: k + 1, category: 'condition', phrase: 'died' });
      continue;
    }
    if (tokens[k].key !== 'passed' || !/^\s$/.test(tokens[k].gap)) continue;
    const kin = CLOSE_KIN.has(tokens[k - 1].key);
    const titled = k >= 2 && tokens[k - 1].case === 'title' && /^\.?\s$/.test(tokens[k - 1].gap) && TITLES.has(tokens[k - 2].key);
    if (!kin && !titled) continue;
    const next = tokens[k + 1];
    const timeOfDay = next !== undefined && PASSING_WHEN.has(next.key) && TIMES_OF_DAY.has(tokens[k + 2]?.key ?? '');
    // A titled person passes exams and votes too ("Ms. Grant passed, congrats on the NCLEX", "Mr. Harlow passed at
    // the committee"): only a time of death, a way of dying or the scene of a death, and no word of an exam or a
    // vote in the field.
    const deathScene = next !== undefined && /[,;:\u2013\u2014-]/.test(next.gap) && tokens.some((t) => DEATH_SCENE.has(t.key));
    if (titled && !kin && (tokens.some((t) => PASSING_OTHERWISE.has(t.key)) || !(timeOfDay || deathScene || TITLED_PASSING.has(next?.key ?? '') || (next?.key === 'at' && tokens[k + 2]?.kind === 'number')))) continue;
    if (next !== undefined && !/[,;:.!?\u2013\u2014-]/.test(next.gap) && !AFTER_PASSING.has(next.key) && !timeOfDay) continue;
    // "Sympathy card for Kwame - his mother passed Sunday": condolences to a colleague tell of a relative's death, not of
    // anyone's care; where it happened ("passed at HPRMC", "passed away on 4 West") or a cause ("after a long cancer
    // battle", a health word of its own) still says so.
    if (kin && !titled && condolencesIn(tokens) && !deathPlaceAfter(tokens, k)) continue;
    found.push({ from: kin ? k - 1 : k, to: k + 1, category: 'condition', phrase: 'passed' });
  }
  return found;
}
const EMPLOYMENT_ELIGIBILITY = new Set(EMPLOYMENT_ELIGIBILITY_WORDS);
/** "her mother has passed away", "his father just passed away". */
const PERFECT_AUXILIARIES = new Set(['has', 'had', 'have', 'just']);
/** Words of a death that are also said of documents lapsing ("card expired"). */
const LAPSING = new Set(['expired', 'expires', 'expiring']);
const LAPSING_THINGS = new Set(LAPSING_THINGS_LIST);
const BRACKET_OPEN = /^\s?\($/;
/** A worker's own vaccinations and screenings: a card or a certificate of these is the holder's health, not a skill. */
const OWN_SCREENING = /vacc|vax|immuni|influenza|flu|covid|hep|tb|ppd|quantiferon|tit(?:er|re)|screen|fit|physical|drug/;
const EXAM_SITTING = new Set(EXAM_SITTING_VERBS);
const KNOWLEDGE_EXAMS = new Set(['exam', 'exams', 'examination', 'boards']);
/** Where a patient lies or is treated: before a number ("rm 412", "bed 3", "chair 6"). */
const ROOM_OR_BED = new Set([...BED_WORDS, ...TREATMENT_SPOT_WORDS]);
const SAFETY_EVENTS = new Set(MEDICATION_SAFETY_EVENTS);
const WORK_RESULT_SOURCES = new Set(WORK_RESULT_SOURCES_LIST);
/** Workplaces where patients are seen: with a visit word right after them they are the patient's ("wound clinic f/u"). */
const SEEN_AT = new Set(['clinic', 'clinics']);
const DIED = new Set(['died', 'dies']);
const DEATH_SCENE = new Set(DEATH_SCENE_WORDS);
/** How a titled person died, right after "passed". */
const TITLED_PASSING = new Set(['away', 'overnight', 'peacefully', 'suddenly', 'unexpectedly']);
const PASSING_OTHERWISE = new Set(PASSING_OTHERWISE_WORDS);
/** "passed this am", "passed last night", "passed early morning". */
const PASSING_WHEN = new Set(['this', 'last', 'early']);
const TIMES_OF_DAY = new Set(['am', 'pm', 'morning', 'afternoon', 'evening', 'night']);
const CLOSE_KIN = new Set(CLOSE_RELATIVES);
const CONDOLENCES = new Set(CONDOLENCE_WORDS);
/** "passed at HPRMC", "passed away on 4 West", "passed in hospice": where a death happened. */
const DEATH_PLACE_LINKS = new Set(['at', 'in', 'on']);
const condolencesIn = (tokens: readonly Token[]): boolean => tokens.some((t) => CONDOLENCES.has(t.key));
const deathPlaceAfter = (tokens: readonly Token[], k: number): boolean => tokens.slice(k + 1, k + 4).some((t) => DEATH_PLACE_LINKS.has(t.key));

/** The days of the week, in full and shortened: one list for the spans of absence and the times of a death. */
const DAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
/** What follows "passed" when someone died: where, when or how ("passed at home", "passed Sunday", "passed peacefully"). */
const AFTER_PASSING = new Set(['at', 'away', 'yesterday', 'tonight', 'overnight', 'peacefully', 'suddenly', 'unexpectedly', ...DAY_NAMES]);

/** Services whose referrals and beds are not health care. */
const SOCIAL_SERVICES = new Set(['housing', 'shelter', 'legal', 'food', 'employment', 'job', 'benefits', 'transportation', 'utility']);

/** Ranks written before a surname, as titles are. */
const RANKS = new Set(['sgt', 'ofc', 'officer', 'capt', 'lt', 'det', 'cpl', 'pvt', 'deputy', 'sheriff']);

/** Long clinical words misspelled by one letter ("mamogram", "diabetis") or glued from a phrase ("BONEDENSITY"), where no term stands (misspelled-health.ts). */
function withMisspellings(tokens: readonly Token[], found: HealthMatch[], allowed: ReadonlySet<string>): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  let next = 0;
  let lex: ReturnType<typeof nameLexicon> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    while (next < found.length && found[next].to <= i) next++;
    if (next < found.length && found[next].from <= i) continue;
    const t = tokens[i];
    if (t.kind !== 'word' || t.key.length < 7 || allowed.has(t.key)) continue;
    lex ??= nameLexicon();
    const glued = mayBeGlued(t, lex) ? gluedTerm(t.key) : undefined;
    const e = glued ?? (mayBeMisspelled(t, lex) ? misspelledTerm(t.key) : undefined);
    if (e && !allowed.has(e.phrase)) (out ??= found.slice()).push({ from: i, to: i + 1, category: e.category, phrase: e.phrase, ...(glued ? {} : { misspelled: true }) });
  }
  return out ? out.sort((a, b) => a.from - b.from) : found;
}

/** Clinician shorthand glued to numbers ("32wk", "POD3", "C1D1", "G3P2": clinical-shorthand.ts), where no term stands. */
function withShorthand(tokens: readonly Token[], found: HealthMatch[]): HealthMatch[] {
  const shorthand = clinicalShorthand(tokens);
  if (shorthand.length === 0) return found;
  // Both lists are in token order: one pointer over `found` keeps this linear.
  const extra: typeof shorthand = [];
  let next = 0;
  for (const s of shorthand) {
    while (next < found.length && found[next].to <= s.from) next++;
    if (next < found.length && found[next].from < s.to) continue;
    extra.push(s);
  }
  return extra.length === 0 ? found : found.concat(extra.map((s): HealthMatch => ({ from: s.from, to: s.to, category: s.category, phrase: s.phrase, measured: true }))).sort((a, b) => a.from - b.from);
}

/** Terms found inside words of scripts written without spaces, merged in token order. */
function withScriptTerms(found: HealthMatch[], inside: HealthMatch[]): HealthMatch[] {
  return inside.length === 0 ? found : found.concat(inside).sort((a, b) => a.from - b.from);
}

/** Analyte abbreviations that, right before a number, report a result: "K 6.8", "Na 128", "BP 198/112". */
const ANALYTES = new Set(LAB_ANALYTES);
/** Analytes that mean nothing else, so count in lower case too ("bg 42 this am"); not "k", "mg", "na", "ca". */
const LOWER_CASE_ANALYTES = new Set(['bg', 'hgb', 'inr', 'a1c', 'tsh', 'bnp', 'wbc', 'plt', 'plts', 'spo2', 'sats', 'bp', 'trop', 'hct', 'phos', 'meld', 'lactate', 'egfr', 'ammonia', 'lipase', 'phosphorus']);

/**
 * A lab value: an analyte abbreviation in capitals or Title Case followed by a
 * number ("CRITICAL K 6.8"), or a blood sugar word before a glucose value ("sugar 38").
 * Lower case "k" or "mg" before a number is a thousand or a dose unit, not an analyte.
 */
function withLabValues(tokens: readonly Token[], found: HealthMatch[]): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  // `found` is sorted: one pointer over it keeps this linear (as in withEndings).
  let next = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    while (next < found.length && found[next].to <= i) next++;
    const t = tokens[i];
    const after = tokens[i + 1];
    // "K+ 6.8", "Na+ 128": an ion's charge may stand between the analyte and its value.
    if (t.kind !== 'word' || after.kind !== 'number' || !/^\+?[\s:=]{1,2}$/.test(after.gap)) continue;
    // "sugar 38", "şeker 230": a blood sugar word before a plausible glucose value, in any case.
    const sugar = BLOOD_SUGAR.has(t.key) && /^\d{2,3}$/.test(after.text) && Number(after.text) >= 20;
    // "k+ 6.1", "critical k 2.6": potassium in lower case with its charge, or with a value to one decimal (a thousand
    // or a dose is not written so).
    const ion = t.case === 'lower' && (t.key === 'k' || t.key === 'na') && (after.gap.startsWith('+') || (t.key === 'k' && /^\d$/.test(after.text) && tokens[i + 2]?.gap === '.' && /^\d$/.test(tokens[i + 2].text)));
    if (!sugar && !ion && ((t.case === 'lower' && !LOWER_CASE_ANALYTES.has(t.key)) || !ANALYTES.has(t.key))) continue;
    // "CEA 2025 recert": a year after the letters is a date, not a result.
    if (/^(?:19|20)\d\d$/.test(after.text) && !(tokens[i + 2]?.kind === 'number' && tokens[i + 2].gap === '.')) continue;
    // "Alt 2 floor plan", "Alb 3 parking": these three read as liver enzymes and albumin only in capitals.
    if (CAPITALS_ONLY_ANALYTES.has(t.key) && t.case !== 'upper') continue;
    // "ammonia 5 gal drums": a container or a share after the number is a quantity, not a result.
    const unitAfter = tokens[i + 2]?.kind === 'number' && tokens[i + 2].gap === '.' ? tokens[i + 3] : tokens[i + 2];
    if (unitAfter !== undefined && unitAfter.kind === 'word' && QUANTITY_UNITS.has(unitAfter.key)) continue;
    // "Boateng K 10/09 colectomy": a number and a slash and another is a date (a pressure is read below).
    const slashed = tokens[i + 2];
    if (slashed !== undefined && slashed.kind === 'number' && slashed.gap === '/') continue;
    // "Jenkins K 3x12s": a number times another is a count of shifts or items, not a result.
    if (slashed !== undefined && slashed.gap === '' && /^x\d/i.test(slashed.text + (tokens[i + 3]?.gap === '' ? tokens[i + 3].text : ''))) continue;
    if (next < found.length && found[next].from <= i) {
      // "INR 4.8", "A1c 9.4": an analyte the lists hold as a test, with its value, is a reading too.
      const term = found[next];
      if (term.from === i && term.to === i + 1 && !term.measured) {
        out ??= found.slice();
        out[next] = { ...term, measured: true };
      }
      continue;
    }
    (out ??= found.slice()).push({ from: i, to: i + 2, category: 'test', phrase: 'lab value', measured: true });
  }
  // "anti-Xa 0.12", "lactate 4.1", "troponin 0.08": a test the lists hold, right before a decimal, is a reading.
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    const n = tokens[m.to];
    const frac = tokens[m.to + 1];
    if (m.category !== 'test' || m.measured || n === undefined || n.kind !== 'number' || !/^[\s:=]{1,2}$/.test(n.gap) || frac === undefined || frac.kind !== 'number' || frac.gap !== '.') continue;
    out ??= found.slice();
    out[k] = { ...m, measured: true };
  }
  return out ? out.sort((a, b) => a.from - b.from) : found;
}

/**
 * Someone's reading named without its value: an analyte right after a capitalised word's possessive ("check Earl's BP",
 * "can you recheck Mrs. Oduya's sats"): what is measured on a person (the possessive ties it to them, tied()). Not the
 * short analytes that are also states, units, ions or words ("Kim's CA trip", "Ed's Alt key"), nor a thing of the
 * reading's work after it ("Kim's BP cuff", "Tom's A1c audit"): equipment and staff work (POSSESSED_READING_WORK).
 */
function withPossessedAnalytes(tokens: readonly Token[], found: HealthMatch[]): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  let at = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const owner = tokens[i - 1];
    if (t.kind !== 'word' || !ANALYTES.has(t.key) || NOT_POSSESSED_ANALYTES.has(t.key) || owner.kind !== 'word' || owner.case !== 'title' || !POSSESSIVE_GAP.test(t.gap)) continue;
    if (t.case === 'lower' ? !LOWER_CASE_ANALYTES.has(t.key) : t.case !== 'upper' && CAPITALS_ONLY_ANALYTES.has(t.key)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && next.kind === 'word' && POSSESSED_READING_WORK.has(next.key)) continue;
    // `found` is sorted: one pointer over it keeps this linear (as in withLabValues).
    while (at < found.length && found[at].to <= i) at++;
    if (at < found.length && found[at].from <= i) continue;
    (out ??= found.slice()).push({ from: i, to: i + 1, category: 'test', phrase: 'lab value' });
  }
  return out ? out.sort((x, y) => x.from - y.from) : found;
}
const NOT_POSSESSED_ANALYTES = new Set(EVERYDAY_ANALYTE_LETTERS);
const POSSESSED_READING_WORK = new Set(READING_WORK_WORDS);

/** Possessives and articles written after the noun: Haitian Creole "li" (his, her), "la" (the), Tagalog "niya", "nya". */
const NOUN_OWNERS_AFTER = new Set(['li', 'la', 'niya', 'nya']);
/**
 * A blood pressure reading in the languages of US patients ("TA 178/98", "tansiyon 180/110", "RR
 * 182/106, bitte zurückrufen", "huyết áp 170/100"): a word for blood pressure (BLOOD_PRESSURE_WORDS; the
 * two-letter ones in capitals) right before a systolic of 60-260 over a diastolic of 30-160 that is lower.
 * A bare pair of numbers is not read ("finished 150/100 charts").
 */
function withBloodPressure(tokens: readonly Token[], found: HealthMatch[]): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  let next = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.kind !== 'number' || b.kind !== 'number' || b.gap !== '/' || !/^\d{2,3}$/.test(a.text) || !/^\d{2,3}$/.test(b.text)) continue;
    const systolic = Number(a.text);
    const diastolic = Number(b.text);
    if (systolic < 60 || systolic > 260 || diastolic < 30 || diastolic > 160 || systolic <= diastolic || !/^[\s:=]{1,2}$/.test(a.gap)) continue;
    // Haitian Creole and Tagalog put the possessive or the article after the noun ("tansyon li 172/104", his pressure;
    // "presyon niya"): one such word may stand between.
    const owner = i >= 2 && NOUN_OWNERS_AFTER.has(tokens[i - 1].key) && tokens[i - 1].case === 'lower' ? 1 : 0;
    const word = tokens[i - 1 - owner];
    const two = i - owner > 1 ? `${tokens[i - 2 - owner].key} ${word.key}` : '';
    // "bp 188/102" typed in lower case is the English abbreviation, which means nothing else before such a pair.
    const named = BLOOD_PRESSURE.has(two) ? i - 2 - owner : BLOOD_PRESSURE.has(word.key) && (word.key.length > 2 || word.case === 'upper' || word.key === 'bp') ? i - 1 - owner : -1;
    if (named < 0) continue;
    // `found` is sorted: one pointer over it keeps this linear (as in withLabValues).
    while (next < found.length && found[next].to <= named) next++;
    let wordFound = false;
    let numbersFound = false;
    for (let k = next; k < found.length && found[k].from < i + 2; k++) {
      if (found[k].from < i) wordFound = true;
      if (found[k].to > i) numbersFound = true;
    }
    if (numbersFound) continue;
    (out ??= found.slice()).push({ from: wordFound ? i : named, to: i + 2, category: 'test', phrase: 'blood pressure reading', measured: true });
  }
  return out ? out.sort((x, y) => x.from - y.from) : found;
}
const BLOOD_PRESSURE = new Set(BLOOD_PRESSURE_WORDS);
/**
 * A body temperature read from a person ("temp 101.3", "Tmax 102.4F", "temperatura 38,9"): a temperature
 * word right before a value in the range of a human body, Fahrenheit 95.0-108.9 written with a decimal
 * or a degree unit, or Celsius 34.0-43.9 with its unit ("38.9C"). Not a whole number alone: "temp 101" may
 * be a temporary worker's badge or a room, "temp 40 hrs" a temp's week; nor Celsius without its unit, whose
 * range is a medication fridge's in Fahrenheit ("fridge temp 38.2"), unless written with a decimal comma, as the
 * languages that measure in Celsius write it ("температура 39,2", "Temperatur 38,5"): no fridge there is kept at 38°C
 * (a comma in Fahrenheit's range, "temp 101,2", stays Fahrenheit; hours after it are a contract's week).
 */
function withTemperature(tokens: readonly Token[], found: HealthMatch[]): HealthMatch[] {
  let out: HealthMatch[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i];
    const whole = tokens[i + 1];
    if (word.kind !== 'word' || !BODY_TEMPERATURE.has(word.key) || whole.kind !== 'number' || !/^[\s:=]{1,2}$|^ of $/.test(whole.gap)) continue;
    const frac = tokens[i + 2];
    const decimal = frac !== undefined && frac.kind === 'number' && (frac.gap === '.' || frac.gap === ',') && frac.text.length === 1;
    const unit = tokens[decimal ? i + 3 : i + 2];
    const degrees = unit !== undefined && /^°?$/.test(unit.gap) && /^(?:f|c)$/.test(unit.key) && (unit.gap === '°' || unit.text === unit.text.toUpperCase());
    if (!decimal && !degrees && !/°/.test(tokens[i + 2]?.gap ?? '')) continue;
    const value = Number(whole.text);
    // A decimal comma without a unit may be either scale ("temperatura 38,9", "temp 101,2"); not hours ("temp 37,5 h/week").
    const comma = decimal && frac.gap === ',' && !degrees;
    if (comma && HOURS.has(tokens[i + 3]?.key ?? '')) continue;
    const celsius = degrees && unit.key === 'c';
    const inRange = (c: boolean): boolean => (c ? value >= 34 && value <= 43 : value >= 95 && value <= 108);
    if (!(inRange(celsius) || (comma && inRange(true)))) continue;
    // A term over the value says what it is already; one over the word alone is the word's everyday sense
    // ("температура", also the weather's), which the value read from a body settles.
    if (found.some((m) => m.from <= i + 1 && m.to > i + 1)) continue;
    (out ??= found.slice()).push({ from: i, to: decimal ? i + 3 : i + 2, category: 'test', phrase: 'temperature reading', measured: true });
  }
  return out ? out.sort((x, y) => x.from - y.from) : found;
}
const BODY_TEMPERATURE = new Set(BODY_TEMPERATURE_WORDS);
const HOURS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'std', 'stunden', 'horas', 'heures', 'ore', 'godz', 'часов']);
const CAPITALS_ONLY_ANALYTES = new Set(['alt', 'ast', 'alb']);
const QUANTITY_UNITS = new Set(QUANTITY_UNITS_LIST);
/** The phrases of the values read from a person (withLabValues, withBloodPressure). */
const READINGS = new Set(['lab value', 'blood pressure reading', 'temperature reading']);
/** "Results" in the patients' languages (folded keys, stems as the language lists write them). */
const RESULT_WORDS = new Set(['results', 'result', 'resultados', 'resultado', 'resultats', 'resultat', 'risultati', 'ergebnisse', 'wyniki', 'результат', 'ket qua']);
const BLOOD_SUGAR = new Set(BLOOD_SUGAR_WORDS);

/** A given name in Title Case, a space away (`gap`: the space between it and the word beside it). */
function givenBeside(n: Token | undefined, gap: string, lex: ReturnType<typeof nameLexicon>): boolean {
  return n !== undefined && n.kind === 'word' && n.case === 'title' && /^\s$/.test(gap) && (lex.given.has(n.key) || lex.other.has(n.key));
}

/**
 * Words the lists do not hold but whose medical ending says what they are
 * ("preeclampsia", "pembrolizumab"): never an everyday word or a known name.
 */
function withEndings(tokens: readonly Token[], found: HealthMatch[], allowed: ReadonlySet<string>): HealthMatch[] {
  let lex: ReturnType<typeof nameLexicon> | undefined;
  return withUncoveredWords(tokens, found, (t, i) => {
    const category = healthCategoryByEnding(t.key);
    if (category === undefined || allowed.has(t.key)) return undefined;
    lex ??= nameLexicon();
    if (lex.common.has(t.key) || lex.given.has(t.key) || lex.surname.has(t.key) || lex.other.has(t.key) || lex.ambiguous.has(t.key)) return undefined;
    // A family name's ending is no medical word's: "Jonaitis" is Lithuanian, not an inflammation.
    if (t.key.length >= 7 && SURNAME_ENDING.test(t.key)) return undefined;
    // "Ganapathy Ramesh": in Title Case beside a given name in Title Case, the word is the rest of the name.
    if (t.case === 'title' && (givenBeside(tokens[i - 1], t.gap, lex) || givenBeside(tokens[i + 1], tokens[i + 1]?.gap ?? '', lex))) return undefined;
    return { from: i, to: i + 1, category, phrase: t.key, byEnding: true };
  });
}

/** The field's health terms, computed once and shared by the detectors that need them. */
export function healthTermsOf(ctx: FieldContext): HealthMatch[] {
  // Only a subject is a line typed like a pager's (typedInCase); addresses and file names are lower case by habit.
  if (ctx.memo.health === undefined) ctx.memo.health = findHealthTerms(ctx.tokens, ctx.options.extraHealthTerms, ctx.options.allowTerms, ctx.kind === 'subject');
  return ctx.memo.health;
}

/** For each token: is it part of a topic phrase ("grand rounds", "update")? Null when none is. */
export function topicTokensOf(ctx: FieldContext): boolean[] | null {
  if (ctx.memo.topics === undefined) {
    // "Update on Teodora after her surgery": an update about someone named right after it is news of that person, not
    // a topic ("Heart failure update", "Update: visitor policy").
    const tk = ctx.tokens;
    // "Care conference notes - Gunderson": a care or family conference (or meeting, huddle) opening a part of the field
    // is about one patient; after a topic it is an event ("Dementia care conference - Gunderson presenting").
    const opensPart = (k: number): boolean => k === 0 || tk[k - 1].kind !== 'word' || /[-\u2013\u2014:_(|]/.test(tk[k].gap);
    const onePatients = (m: { from: number; to: number }): boolean => m.to - m.from === 1 && m.from > 0 && ONE_PATIENTS_MEETING.has(tk[m.from - 1].key) && opensPart(m.from - 1) && PATIENT_MEETINGS.has(tk[m.from].key);
    // "wants to talk statin", "asked to update her meds": after a verb of wanting and "to", the word is a verb, no topic.
    const wanted = (m: { from: number }): boolean => tk[m.from - 1]?.key === 'to' && WANTING.has(tk[m.from - 2]?.key ?? '');
    const found = topicMatcher.findAll(tk).filter((m) => !(m.to - m.from === 1 && NEWS_OF.has(tk[m.from].key) && UPDATE_ABOUT.has(tk[m.to]?.key ?? '') && tk[m.to + 1]?.case === 'title') && !onePatients(m) && !wanted(m));
    let t: boolean[] | null = null;
    if (found.length > 0) {
      t = new Array<boolean>(ctx.tokens.length).fill(false);
      for (const m of found) for (let i = m.from; i < m.to; i++) t[i] = true;
    }
    ctx.memo.topics = t;
  }
  return ctx.memo.topics;
}

const NEWS_OF = new Set(['update', 'updates']);
/** Verbs of wanting or asking before "to" and a verb ("wants to talk"). */
const WANTING = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'needed', 'asks', 'asked', 'asking', 'hopes', 'hoping', 'like', 'trying', 'tries']);
const ONE_PATIENTS_MEETING = new Set(['care', 'family', 'discharge']);
const PATIENT_MEETINGS = new Set(['conference', 'conf', 'meeting', 'mtg', 'huddle']);
const UPDATE_ABOUT = new Set(['on', 'about', 're', 'for', 'regarding']);
const phraseSet = (list: readonly string[]): PhraseMatcher<true> => new PhraseMatcher(list.map((w) => [w, true] as [string, true]));
const WORKPLACE = phraseSet(WORKPLACE_WORDS);
const STAFF = phraseSet([...STAFF_CUES, ...LANGUAGE_STAFF_CUES]);
const SKILLS = phraseSet(SKILL_CREDENTIALS);
const CARE_CERTIFICATION = phraseSet(CARE_CERTIFICATION_CUES);
const RAN_THE_EVENT = new Set(RAN_THE_EVENT_VERBS);
const CONDITION_PROGRAMMES = new Set(CONDITION_PROGRAMME_WORDS);
const RESPONSES = new Set(EMERGENCY_RESPONSES);
const ROLES = phraseSet(RESEARCH_ROLES);
const EVENT_ARTICLES = new Set(['the', 'a', 'an', 'that', 'this', 'our']);
/** Before "chart", "scan", "prep", "imaging", "visit", "eval" and "appt", the kinds that are no patient's (EVERYDAY_CHART_KINDS, EVERYDAY_SCAN_KINDS, EVERYDAY_PREP_KINDS, EVERYDAY_IMAGING_KINDS, EVERYDAY_VISIT_KINDS, EVERYDAY_EVAL_KINDS, EVERYDAY_APPOINTMENT_KINDS). */
const EVERYDAY_KINDS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['chart', new Set(EVERYDAY_CHART_KINDS)],
  ['scan', new Set(EVERYDAY_SCAN_KINDS)],
  ['prep', new Set(EVERYDAY_PREP_KINDS)],
  ['imaging', new Set(EVERYDAY_IMAGING_KINDS)],
  ['visit', new Set(EVERYDAY_VISIT_KINDS)],
  ['visits', new Set(EVERYDAY_VISIT_KINDS)],
  ...['eval', 'evals', 'evaluation', 'evaluations'].map((w) => [w, new Set(EVERYDAY_EVAL_KINDS)] as const),
  ...['appt', 'appts', 'appointment', 'appointments'].map((w) => [w, new Set(EVERYDAY_APPOINTMENT_KINDS)] as const),
]);
const BODY_SITE_SET = new Set(BODY_SITES);
/** After a procedure: a clinician's list of them, not one patient's ("knee surgery cases"). */
const CASE_LISTS = new Set(['cases', 'case', 'list', 'block', 'schedule', 'patients', 'pts', 'day', 'days', 'clinic']);
const ANIMALS = phraseSet(ANIMAL_WORDS);
/** Polish weekdays abbreviated as rosters list them ("pon/śr/pt"): beside them "pt" is piątek, Friday. */
const WEEKDAY_SHORT = new Set(['pon', 'wt', 'sr', 'czw', 'sob', 'ndz']);
const UNITS = new Set([...UNIT_WORDS, ...LANGUAGE_UNITS]);
/** A hospital unit's word in English or a patients' language ("ICU", "UCI", "Intensivstation"). */
export const isUnitWord = (phrase: string): boolean => UNITS.has(phrase);
const AMBIGUOUS = new Set([...AMBIGUOUS_HEALTH, ...LANGUAGE_EVERYDAY, ...clinicalNeedsSupport()]);

/** A health word with an everyday or business sense ("results", "port", "ECT"): it needs support to count. */
export function isEverydaySense(phrase: string): boolean {
  return AMBIGUOUS.has(phrase);
}
const CAPITALS_ONLY = new Set(AMBIGUOUS_ONLY_IN_CAPITALS);
/** An everyday sense as written: a word everyday only in capitals ("FX") is clinical in lower case ("wrist fx"). */
export function isEverydayAsWritten(h: HealthMatch, tokens: readonly Token[]): boolean {
  return AMBIGUOUS.has(h.phrase) && !(CAPITALS_ONLY.has(h.phrase) && tokens[h.from]?.case === 'lower');
}
const HEALTH_NAMED_ORG = new Set(HEALTH_NAMED_ORG_HEADS);
const VET_ACRONYMS = new Set(VETERINARY_ACRONYMS);
const PRONOUNS = new Set(PERSONAL_PRONOUNS);
const THIRD_PERSON = new Set(THIRD_PERSON_PRONOUNS);
const UNDERGOING = new Set(UNDERGOING_VERBS);
const STARTING = new Set(START_VERBS);
/** Words of a colleague's arrival: beside them a start is a new job's. */
const ARRIVAL = new Set([...WELCOME_WORDS, ...ARRIVAL_CUES]);
const TIME_OWNER = new Set(TIME_OWNERS);
const ADMISSION = new Set(ADMISSION_VERBS);
const NEGATIONS = new Set(['no', 'without']);
const ROLE_PLAYED = new Set(PLAYED_PATIENT);
const COVERAGE = new Set(COVERAGE_VERBS);
const COVERAGE_LINK = new Set(COVERAGE_LINKS);
const PREPOSITIONS = new Set(DEPARTMENT_PREPOSITIONS);
/** A research group's affairs after "<Surname> lab" (researchLab in aboutPerson). */
const RESEARCH_LAB_AFFAIRS = new Set(RESEARCH_LAB_AFFAIRS_LIST);
const CLAUSE_BREAK = /[,;:()[\]|\u2013\u2014]|\s-|-\s/;
/** The gap of a word after a possessive: "Okafor's infusion". */
const POSSESSIVE_GAP = /^['\u2019]s?\s+$/;
const TITLES = new Set(HONORIFICS);
const LOWER_TITLES = new Set(LOWER_CASE_HONORIFICS);
const CLINICIAN = new Set(CLINICIAN_TITLES);
const VERSIONED_WORK = new Set(VERSIONED_WORK_WORDS);
const STAY_WORDS = new Set(['day', 'bed', 'hd', 'los']);
/** Who stays in a unit when written right before "in" it: a patient, a newborn or a relative. */
const STAYING = new Set(['baby', 'newborn', 'infant', 'pt', 'patient', ...CLOSE_RELATIVES]);
const SEASON_CONTEXT = new Set(SEASON_WORDS);
/** Kinds of health words that describe work when the field is about staff ("Kudos to Annette for the Cath Lab move"). */
const WORK_KINDS = new Set<HealthCategory>(['procedure', 'test', 'specialty', 'encounter', 'payer']);
/** Of those, what staff do as work: an admission or a discharge is the patient's even among staff words. */
const STAFF_WORK_KINDS = new Set<HealthCategory>(['procedure', 'test', 'specialty', 'payer']);
const STAFF_SERVICES = new Set(STAFF_SERVICE_WORDS);
/** A shift's time after a unit or a modality ("ICU nights", "MRI evenings"): where someone works. */
const SHIFT_TIMES = new Set(['nights', 'noc', 'nocs', 'evenings', 'weekends']);

/** Token starts of the phrases a matcher finds. */
function startsOf(m: PhraseMatcher<true>, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const f of m.findAll(tokens)) out.add(f.from);
  return out;
}

/**
 * The field's health words, each marked with whether it is health information
 * about a person (spec: "Health information about the person, not about a
 * workplace"). Animals are judged per message in scan.ts.
 * Marked `workplace`, each by a general rule:
 * - the name of a job, a place of work or a project: a health word followed
 *   (across other health words and at most one other word, never across
 *   punctuation) by a workplace word: "MRI tech", "Cardiac Cath Lab",
 *   "palliative care rounds", "CT install", "pressure injury audit";
 * - part of an organisation's name: "Okonkwo Pediatrics - referral fax";
 * - a department in Title Case after a preposition in a sentence-case field:
 *   "Catalina in Endoscopy", "30 years in Oncology Infusion";
 * - in a field about staff affairs (thanks, welcome, orientation, nomination),
 *   procedures, tests and specialties: they describe work.
 * A possessive or a verb of undergoing ("his knee replacement", "recovering
 * from bypass") keeps a word from the last two rules.
 * Marked `needsSupport`: units and specialties ("place": where someone works or
 * is seen) and words with an everyday sense ("everyday": "results", "visit",
 * "claim"). They count when tied to a person as above, beside another health
 * word or a title ("Mrs."), when an everyday word meets a place ("fall ... ED
 * eval"), or in a file name two of them together; scan.ts adds initials, an
 * old date and a file named for a person.
 */
export function personHealthOf(ctx: FieldContext): HealthMatch[] {
  if (ctx.memo.personHealth !== undefined) return ctx.memo.personHealth;
  const terms = healthTermsOf(ctx);
  const result = terms.length === 0 ? terms : aboutPerson(ctx.tokens, terms, ctx.kind === 'attachment');
  ctx.memo.personHealth = result;
  return result;
}

/** Tokens [from, to) lie inside a longer health term of the field: a word of the term, not a word of its own. */
function insideLongerTerm(ctx: FieldContext, from: number, to: number): boolean {
  return healthTermsOf(ctx).some((h) => h.from <= from && to <= h.to && h.to - h.from > to - from);
}

/** The field names an animal (not an acronym spelled the same: "PET/CT" is a scan). */
export function namesAnimal(ctx: FieldContext): boolean {
  const tokens = ctx.tokens;
  // "rabies PEP day 3", "Rabies: a bat in the attic, so Mr. Sato starts PEP": post-exposure prophylaxis is given to people, not
  // to animals, anywhere in the field.
  const humanCare = (m: { phrase: string }): boolean => m.phrase === 'rabies' && tokens.some((t) => HUMAN_RABIES_CARE.has(t.key));
  // "Therapy dog Rosie for Mrs. K", "pet therapy visit for pt Achterberg": an animal that works with people, in a field
  // that marks a human patient (a lay title or a patient word), visits that patient; the mail is about the patient.
  // Without one it may be the animal's own care ("Therapy dog Rufus - vaccines up to date").
  // The patient is marked after the animal and named: a lay title before a capitalised word that is no everyday word
  // ("Mr. Gianelli"), or a patient word before a given name or a surname of the lexicons ("for pt Hollis Quarrington";
  // not "Patient Experience").
  // Where the last such mark is: found once, and only for a working animal (most fields name none).
  let lastMark: number | undefined;
  const patientAfter = (from: number): boolean => (lastMark ??= lastPatientMark(tokens)) > from;
  const working = (m: { from: number; to: number; phrase: string }): boolean =>
    !VET_WORD.test(m.phrase) && (WORKING_ANIMAL_BEFORE.has(tokens[m.from - 1]?.key ?? '') || WORKING_ANIMAL_AFTER.has(tokens[m.to]?.key ?? '')) && patientAfter(m.from);
  // "dog bite R hand", "cat scratch - tetanus?": the animal before a bite or a scratch caused a person's injury (a
  // veterinary practice's own mail is told by its sender), unless the field follows the animal itself: its quarantine,
  // its owner ("Dog bite report - 'Rocco' 10-day quarantine, owner compliant" is animal control's).
  // "her guide dog at work - glaucoma": a person's own service or guide animal (a possessive pronoun before it) is their
  // aid for a disability; the field speaks of the person, not of the animal's care.
  // So is one "for" a capitalised name after it ("guide dog for Ana Ruiz") or after a name's possessive ("Mrs. Bell's
  // guide dog").
  const aid = (m: { from: number; to: number }): boolean => {
    const kind = m.from - 1;
    if (!AID_ANIMAL_BEFORE.has(tokens[kind]?.key ?? '')) return false;
    const owner = tokens[kind - 1];
    return (owner !== undefined && (PRONOUNS.has(owner.key) || (owner.case === 'title' && POSSESSIVE_GAP.test(tokens[kind].gap)))) || (tokens[m.to]?.key === 'for' && tokens[m.to + 1]?.case === 'title');
  };
  const injury = (m: { to: number }): boolean => ANIMAL_INJURIES.has(tokens[m.to]?.key ?? '') && /^[\s_-]$/.test(tokens[m.to].gap) && !tokens.some((t) => ANIMAL_KEPT.has(t.key));
  // "cat II tracing": an animal's word inside a longer health term of the field is the term's (an animal's bite or scratch
  // is read above).
  const inTerm = (m: { from: number; to: number }): boolean => !ANIMAL_INJURIES.has(tokens[m.to]?.key ?? '') && insideLongerTerm(ctx, m.from, m.to);
  // "vet" and "vets" beside words of military service, within two words, are veterans ("Sgt. (ret) Harold Doe, vet pin
  // ceremony"); not where the military word names something else further off ("Rocky vet appt - Army Navy store").
  let military: { from: number; to: number }[] | undefined;
  const veteran = (m: { from: number; to: number; phrase: string }): boolean =>
    VETERANS.has(m.phrase) && (military ??= MILITARY.findAll(tokens)).some((w) => w.to > m.from - 3 && w.from < m.to + 2);
  return ANIMALS.findAll(tokens).some((m) => (tokens[m.from].case !== 'upper' || VET_ACRONYMS.has(m.phrase)) && !humanCare(m) && !working(m) && !aid(m) && !injury(m) && !inTerm(m) && !veteran(m) && !surnameBesideGivenName(tokens, m));
}
/** What an animal does to a person: after its word, the injury is a person's. */
const ANIMAL_INJURIES = new Set(['bite', 'bites', 'bitten', 'scratch', 'scratches', 'attack', 'mauling']);
/** Words of an animal kept after it bit someone: its quarantine, its owner, its impound. */
const ANIMAL_KEPT = new Set(['quarantine', 'quarantined', 'owner', 'owners', 'impound', 'impounded']);

/**
 * An animal's word, or a document's acronym, in Title Case right before or after a listed given name is that person's
 * surname ("Sow Oumou - hep B", a Fulani surname, is no sow and no statement of work, SOW; "Maria Fox"): a pet, a herd
 * or a contract is not named with a person's given name. Not an everyday word, which opens a phrase as often ("Cat",
 * "Bull"); a document's full word is the document ("Slides Maria Lopez - sepsis teaching").
 */
function surnameBesideGivenName(tokens: readonly Token[], m: { from: number; to: number }): boolean {
  const lex = nameLexicon();
  // Not an everyday word: "Slides Maria Lopez - sepsis teaching" are slides.
  if (m.to - m.from !== 1 || tokens[m.from].case !== 'title' || lex.common.has(tokens[m.from].key)) return false;
  const given = (t: Token | undefined): boolean => t !== undefined && t.case === 'title' && !lex.common.has(t.key) && (lex.given.has(t.key) || lex.other.has(t.key));
  const after = tokens[m.to];
  return (given(after) && /^\s$/.test(after.gap)) || (given(tokens[m.from - 1]) && /^\s$/.test(tokens[m.from].gap));
}
/** The last token that marks a named human patient after it (namesAnimal), or -1. */
function lastPatientMark(tokens: readonly Token[]): number {
  const lex = nameLexicon();
  const word = (t: Token | undefined): t is Token => t !== undefined && t.case === 'title' && !lex.common.has(t.key);
  const listed = (t: Token): boolean => lex.given.has(t.key) || lex.surname.has(t.key) || lex.other.has(t.key);
  let last = -1;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (word(next) && /^\.?\s$/.test(next.gap) && ((TITLES.has(t.key) && t.case !== 'lower') || (HUMAN_PATIENT_WORDS.has(t.key) && listed(next)))) last = k;
  });
  return last;
}
const SCHOOL_GRADE = /^(?:[5-9]|1[0-2])$/;
/** Middle, high, elementary and junior high school, which health abbreviations spell too (MS: multiple sclerosis). */
const SCHOOL_ABBREVIATIONS = new Set(['ms', 'hs', 'es', 'jh']);
const SCHOOL_LEVEL_AFTER = new Set(['grade', 'graders', 'students', 'campus']);
const RATES = new Set(['rate', 'rates']);
const DRIPS = new Set(['gtt', 'drip', 'infusion', 'pump']);
const RATE_CHANGES = new Set(['change', 'changed', 'increase', 'increased', 'decrease', 'decreased', 'adjusted', 'adjustment', 'up', 'down', 'now', 'titrated']);
const PANEL_WORK = new Set(PANEL_COVERAGE_WORDS);
const HUMAN_RABIES_CARE = new Set(['pep', 'prophylaxis', 'rig', 'hrig', 'immune']);
const CARE_RECORDS = new Set(CARE_RECORD_WORDS);
const WORKING_ANIMAL_BEFORE = new Set(['therapy', 'facility', 'service', 'assistance', 'guide', 'comfort']);
const AID_ANIMAL_BEFORE = new Set(AID_ANIMAL_KINDS);
const WORKING_ANIMAL_AFTER = new Set(['therapy', 'assisted', 'visit', 'visits']);
const HUMAN_PATIENT_WORDS = new Set(['pt', 'patient', 'resident']);
/** Short for a veteran as often as for a veterinarian. */
const VETERANS = new Set(['vet', 'vets']);
const MILITARY = phraseSet(MILITARY_SERVICE_WORDS);
/** The vet's own words are never a working animal's ("vet visit"). */
const VET_WORD = /^vet/;

const OWNERS = phraseSet(OWNER_CUES);
/** Things an owner cue may qualify: "client letter", "owner portal". */
const OWNER_THINGS = new Set(OWNER_CUE_THINGS);

/**
 * The owner cues of a field, less a cue that labels a thing ("Client letter: Nala's FIP diagnosis", "Owner portal:
 * ..."): a label before a colon names no human.
 */
function ownerCues(tokens: readonly Token[]): { from: number; to: number }[] {
  return OWNERS.findAll(tokens).filter((c) => !(OWNER_THINGS.has(tokens[c.to]?.key ?? '') && /^:/.test(tokens[c.to + 1]?.gap ?? '')));
}

/**
 * The field points at a human in veterinary mail: an owner, client or worker word ("Owner Ifeoma
 * Chukwu", "Kennel worker rabies exposure - Li Na started PEP"); whether a human is named is the
 * caller's second fact (ownerNamed): "owner notified" beside a pet's name names none. Returns where
 * the first cue ends in the original field: in "Seizure log for Thor - phenobarbital level due, owner
 * B. Halloran" the health before the cue is the animal's; in "Owner Ifeoma Chukwu is pregnant" the
 * health after it is the human's.
 */
export function ownerCueEndOf(ctx: FieldContext): number | undefined {
  // The cue that names the human, if one does ("Client-owned dog 'Rex' (owner Helen Brodie)"): the first otherwise.
  const cues = ownerCues(ctx.tokens);
  const m = cues.find((c) => ctx.tokens[c.to] !== undefined && ctx.tokens[c.to].kind === 'word' && ctx.tokens[c.to].case !== 'lower') ?? cues[0];
  if (m === undefined) return undefined;
  const last = ctx.tokens[m.to - 1];
  return toOriginal(ctx.text.normalized, last.start, last.end).end;
}

/**
 * With an owner cue, the human is named when a capitalised word follows the cue or the field holds a
 * full name; a lone name beside "owner notified" ("Dog bite - 'Bruno' (shepherd), owner notified") is
 * the animal's.
 */
export function ownerNamed(ctx: FieldContext, fullName: boolean): boolean {
  const tokens = ctx.tokens;
  return fullName || ownerCues(tokens).some((m) => {
    const next = tokens[m.to];
    return next !== undefined && next.kind === 'word' && (next.case === 'title' || next.case === 'upper');
  });
}


/** "out", "back", "home" or "off" at most four words before `at`, in the same clause: someone away or back after something. */
function awayOrBackBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (AWAY_OR_BACK.has(tokens[k].key)) return true;
    if (CLAUSE_BREAK.test(tokens[k + 1].gap)) return false;
  }
  return false;
}
const AWAY_OR_BACK = new Set(['out', 'back', 'home', 'off']);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
const REFLEXIVES = new Set(['herself', 'himself', 'themself', 'themselves']);

/** What a medical leave is taken for: a condition, a procedure or a treatment, not a test or a visit (a leave's paperwork). */
const CLINICAL_LEAVE_REASONS = new Set<HealthCategory>(['condition', 'procedure', 'medication']);
/** A medical leave ends at `k`: "medical leave", "sick leave", "disability leave", "LOA", "FMLA", "on leave". */
function medicalLeaveEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  // In the patients' and the staff's languages too: "en arrêt maladie", "na zwolnieniu (lekarskim)", "de baja médica".
  if (LEAVE_WORDS.has(t.key)) return true;
  const before = tokens[k - 1]?.key ?? '';
  return (
    (t.key === 'leave' && ['medical', 'sick', 'disability', 'on'].includes(before)) ||
    (t.key === 'maladie' && before === 'arret') ||
    (t.key === 'medica' && (before === 'baja' || before === 'licencia')) ||
    ((t.key === 'lekarskie' || t.key === 'lekarskim') && (before === 'zwolnienie' || before === 'zwolnieniu'))
  );
}
/** One-word medical leaves: English abbreviations, Polish "(na) zwolnieniu", German "krankgeschrieben". */
const LEAVE_WORDS = new Set(['loa', 'fmla', 'zwolnieniu', 'krankgeschrieben']);

/**
 * "out 2 wks", "out ~6 weeks", "off x3 days", "out next wk", "out Tue-Fri (...)", "out til 11/18" right before `at`:
 * away from work for a while, the words of time (a span, days of the week or a date, with a number or "next"/"this"/"until")
 * between "out" or "off" and the health word.
 */
function awayForSpanBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let times = 0;
  // The words of time hang together (a hyphen of a range, no comma): "out today, chemo teaching" is two clauses.
  while (k >= 0 && at - k <= 4 && (k === at - 1 || !/[,;:]/.test(tokens[k + 1].gap)) && (SPAN_UNITS.has(tokens[k].key) || WEEKDAYS.has(tokens[k].key) || SPAN_LINKS.has(tokens[k].key) || tokens[k].kind === 'number')) {
    // "out til 11/18": a date, month and day, is a time as a weekday is.
    if (SPAN_UNITS.has(tokens[k].key) || WEEKDAYS.has(tokens[k].key) || (tokens[k].kind === 'number' && tokens[k].gap === '/' && tokens[k - 1]?.kind === 'number')) times++;
    k--;
  }
  return times > 0 && k >= 0 && (tokens[k].key === 'out' || tokens[k].key === 'off');
}
const NEWBORN_LABELS = new Set(['baby girl', 'baby boy']);
/** A given name or surname of the lexicons. */
const isListedName = (key: string): boolean => nameLexicon().surname.has(key) || nameLexicon().given.has(key);
/** After "Patient" in Title Case, the departments staff sign with after their name ("Tomasa Ruiz, Patient Access"). */
const PATIENT_DEPARTMENT_HEADS = new Set(['access', 'experience']);
/** Departments written in brackets after a staff member's name ("Bui, Hoa (Lab)"): where tests are done, not one test. */
const BRACKETED_DEPARTMENTS = new Set(['lab', 'labs', 'laboratory', 'imaging', 'radiology', 'pharmacy', 'rehab', 'phlebotomy']);
/** Titles before a name whose bracketed condition is the service they work in. */
const BRACKET_SERVICE_TITLES = new Set(['dr', 'drs', 'doctor', 'prof', 'np', 'pa', 'rn']);
const SPAN_UNITS = new Set(TIME_SPAN_UNITS);
const CARE_CONVERSATION = new Set(CARE_CONVERSATIONS);
/** A patient's meeting words, and the talk itself: "GOC discussion". */
const CONVERSATION_HEADS = new Set([...PATIENT_MEETINGS, 'discussion', 'conversation']);
const WEEKDAYS = new Set([...DAY_NAMES, 'tomorrow', 'today']);
const SPAN_LINKS = new Set(['next', 'this', 'until', 'til', 'till', 'thru', 'through', 'x']);

const VERSION_WORDS = new Set(['version', 'rev', 'revised', 'draft']);
const PLACES_WITH_REPORTS = new Set(PLACES_WITH_REPORTS_LIST);
/** A gap that ends a clause: a separator, a bracket or a dash set apart. */
const CLAUSE_GAP = /[,;:()[\]\u2013\u2014]|\s-\s/;
const PLACE_REPORTS = new Set(PATIENT_REPORT_WORDS);
/** A manager's papers under a staff member's surname and initial ("Ruiz_D_wound_supply_inventory.xlsx"). */
const MANAGED_PAPERS = new Set(['inventory', 'budget', 'schedule', 'roster', 'audit', 'qa', 'qc', 'template', 'policy', 'training', 'competency', 'orientation', 'census', 'invoice', 'quote', 'par']);
const CASE_ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'interesting', 'teaching']);
const LAY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
function aboutPerson(tokens: readonly Token[], terms: readonly HealthMatch[], isFileName: boolean): HealthMatch[] {
  const workplace = startsOf(WORKPLACE, tokens);
  const inHealth = tokensInTerms(terms);
  const staff = staffCueIn(tokens, terms, inHealth);
  // Not a versioned document ("Haddad_K_chest_pain_pathway_v2.docx"): an author's work.
  const layTitled = tokens.some((t) => LAY_TITLES.has(t.key));
  const recordOwnerFirst = isFileName && tokens.length > 2 && tokens[0].kind === 'word' && tokens[0].text.length >= 3 && tokens[0].case !== 'lower' && /^[A-Z]$/i.test(tokens[1].text) && /^[_ ]$/.test(tokens[1].gap) && /^[_ -]/.test(tokens[2].gap) && !tokens.some((t, k) => VERSION_WORDS.has(t.key) || MANAGED_PAPERS.has(t.key) || (t.key === 'v' && tokens[k + 1]?.kind === 'number'));
  let shouted: boolean | undefined;
  const sentenceCase = tokens.some((t, i) => t.kind === 'word' && t.case === 'lower' && !inHealth.has(i));
  // A title before a name ("Mrs.", and the languages that write theirs in lower case: "ông Trần Văn Minh").
  const titled = tokens.some((t, i) => TITLES.has(t.key) && i + 1 < tokens.length && (t.case !== 'lower' || (LOWER_TITLES.has(t.key) && tokens[i + 1].case !== 'lower')));
  // A clinician's title or the work on a panel in the field: "his panel" is then a clinician's patients (found once, and
  // only when a panel is asked about).
  let clinicianPanel: boolean | undefined;
  const panelOfClinician = (): boolean => (clinicianPanel ??= tokens.some((t) => (CLINICIAN.has(t.key) && t.case !== 'lower') || PANEL_WORK.has(t.key)));

  // "his fall", "Okafor's infusion", "recovering from bypass", "Raj out for knee replacement":
  // a possessive or a verb of undergoing ties the word to a person.
  const byPronoun = (t: Token): Tie => (THIRD_PERSON.has(t.key) ? 'third-person' : 'first-second-person');
  // The term ends the field or its clause (a separator or a closing bracket follows).
  const closesClause = (m: HealthMatch): boolean => tokens[m.to] === undefined || CLAUSE_GAP.test(tokens[m.to].gap);
  // Nothing but numbers (a date, a time) and a file's extension from token k on, or a clause break right at it.
  const reportCloses = (k: number): boolean => tokens.slice(k).every((t, x) => t.kind === 'number' || (x === tokens.length - k - 1 && /^\.$/.test(t.gap))) || CLAUSE_GAP.test(tokens[k]?.gap ?? '');
  const tied = (m: HealthMatch): Tie | undefined => {
    const prev = tokens[m.from - 1];
    const prev2 = tokens[m.from - 2];
    if (prev === undefined) return undefined;
    // "Dr. Lee out - reschedule his panel", "Sarah Kim is closing her panel": with a clinician's title or the work of a
    // panel (rescheduling, covering, closing it), after a pronoun a lone "panel" is the patients in a clinician's care;
    // a test panel is written with its kind ("her lipid panel", one phrase), and otherwise a panel is a patient's test
    // ("Maria Alvarez - her panel is back").
    if (PRONOUNS.has(prev.key)) return m.phrase === 'panel' && panelOfClinician() ? undefined : byPronoun(prev);
    // "Marisol Vega (flu)", "Lyle Brandvold (fall, refused transport)": a condition in lower case opening brackets
    // right after a capitalised word is that person's own, as in a recipient's display name ("Nancy (ICU)" is a unit).
    // The condition closes the bracket or its first item: "(diabetes camp)", "(critical violations)" name a thing.
    const closesItem = tokens[m.to] === undefined || /^\s*[),;]/.test(tokens[m.to].gap);
    // Not after an everyday word ("Relay for Life (cancer)") nor a clinician's name ("Dr. Okafor (stroke) on call": a service).
    const titledBefore = [m.from - 2, m.from - 3].some((k) => k >= 0 && BRACKET_SERVICE_TITLES.has(tokens[k].key));
    if (m.category === 'condition' && closesItem && tokens[m.from].case === 'lower' && /\(\s*$/.test(tokens[m.from].gap) && prev.case === 'title' && !UNITS.has(m.phrase) && !nameLexicon().common.has(prev.key) && !titledBefore) return 'undergoing';
    if (POSSESSIVE_GAP.test(tokens[m.from].gap)) return TIME_OWNER.has(prev.key) ? undefined : 'possessive';
    // "Jen's knee surgery": a possessive one lower-case word (a body site) before the term.
    // Not a surgeon's list of such cases ("Kim's knee surgery cases today").
    if (prev2 !== undefined && POSSESSIVE_GAP.test(prev.gap) && prev.case === 'lower' && tokens[m.from].gap === ' ' && BODY_SITE_SET.has(prev.key) && !CASE_LISTS.has(tokens[m.to]?.key ?? '')) return TIME_OWNER.has(prev2.key) ? undefined : 'possessive';
    // "Dr. Kim out w/ mono", "out with the flu": away with a condition.
    const withAt = prev.key === 'with' || prev.key === 'w' ? m.from - 1 : prev2 !== undefined && (prev2.key === 'with' || prev2.key === 'w') && (prev.key === 'the' || prev.key === 'a') ? m.from - 2 : -1;
    if (withAt > 0 && tokens[withAt - 1]?.key === 'out' && m.category === 'condition') return 'undergoing';
    if (UNDERGOING.has(prev.key)) return 'undergoing';
    // "Dr. Ferreira started dialysis", "started sertraline": a drug or a treatment right after a verb of starting is the
    // person's own where it closes the clause (with an article between, "started an IV", it is care given; "started
    // chemo teaching for the new RNs" goes on to the work). In lower case only, and not beside an arrival ("Welcome Lisa
    // Chen - just started Dialysis", "started PT - new hire orientation": a new job).
    if (STARTING.has(prev.key) && (m.category === 'medication' || m.category === 'procedure') && /^\s$/.test(tokens[m.from].gap) && closesClause(m) && tokens[m.from].case === 'lower' && !tokens.some((t) => ARRIVAL.has(t.key))) return 'undergoing';
    // "had a stroke", "has a UTI": "a" or "an" between the verb of undergoing and a condition ("needs the CT" is a
    // clinician asking for images).
    if (prev2 !== undefined && m.category === 'condition' && INDEFINITE_ARTICLES.has(prev.key) && prev.case === 'lower' && UNDERGOING.has(prev2.key) && /^\s$/.test(prev.gap) && /^\s$/.test(tokens[m.from].gap)) return 'undergoing';
    // "hope the ankle surgery recovery is going smoothly": a procedure's recovery is someone's own (not a recovery room, unit or
    // nurse: a workplace word after it).
    const following = tokens[m.to];
    if (m.category === 'procedure' && following !== undefined && following.key === 'recovery' && following.case === 'lower' && /^\s$/.test(following.gap) && !workplace.has(m.to + 1)) return 'undergoing';
    // "now in hospice herself": a reflexive pronoun right after the term makes it the person's own.
    if (tokens[m.to] !== undefined && REFLEXIVES.has(tokens[m.to].key) && /^\s$/.test(tokens[m.to].gap)) return 'third-person';
    // "your test results", "her MRI results": a pronoun one word before.
    if (prev2 !== undefined && PRONOUNS.has(prev2.key) && tokens[m.from].gap === ' ' && prev.gap === ' ') return byPronoun(prev2);
    // "recovering from bypass", "Raj out for knee replacement"; for a procedure or a condition one lower-case body site
    // may stand between ("recovering from hip surgery").
    const ownCare = m.category === 'procedure' || m.category === 'condition';
    const lead = ownCare && prev.case === 'lower' && BODY_SITE_SET.has(prev.key) && /^\s$/.test(tokens[m.from].gap) ? m.from - 1 : m.from;
    const link = tokens[lead - 1];
    const undergoing = tokens[lead - 2];
    if (link !== undefined && undergoing !== undefined && ((link.key === 'from' && UNDERGOING.has(undergoing.key)) || (link.key === 'for' && undergoing.key === 'out'))) return 'undergoing';
    // "out 3 wks for thyroid surgery": a span of time between "out" and "for" (away for the person's own care, whatever
    // work the field also speaks of), the term closing its clause ("out Tues for surgery cases" hands over work); there
    // any one lower-case word may qualify the term ("thyroid").
    if (ownCare && closesClause(m)) {
      const anyLead = prev.case === 'lower' && prev.kind === 'word' && /^\s$/.test(tokens[m.from].gap) ? m.from - 1 : m.from;
      const awayFor = (at: number): boolean => tokens[at - 1]?.key === 'for' && tokens[at - 1].case === 'lower' && awayForSpanBefore(tokens, at - 1);
      if (awayFor(m.from) || awayFor(anyLead)) return 'undergoing';
    }
    // "Koffi out 2 wks after knee surgery", "back on nights after his MI": away or back after it, within a few
    // words; one lower-case word ("knee") may stand between "after" and the term.
    // "post" is written for "after" ("Dr. Nowak out post ACL repair x2 wks") where the term ends there: "post CABG pts
    // to Dr. Lee" hands over patients, "post dialysis access conference" is work.
    const next = tokens[m.to];
    const ends = next === undefined || next.kind === 'number' || SPAN_LINKS.has(next.key) || /[,;:()\u2013\u2014]|\s-\s/.test(next.gap);
    const afterWord = (t: Token): boolean => t.key === 'after' || (t.key === 'post' && ends);
    const afterAt = afterWord(prev) ? m.from - 1 : prev2 !== undefined && afterWord(prev2) && prev.case === 'lower' && /^\s$/.test(tokens[m.from].gap) ? m.from - 2 : -1;
    // So is a medical leave right before "after" ("Dr. Reyes on medical leave after spine surgery").
    if (afterAt > 0 && (awayOrBackBefore(tokens, afterAt) || medicalLeaveEndsAt(tokens, afterAt - 1))) return 'undergoing';
    // "Dr. Ivanova out - kidney stone": a condition right after "out" and a separator is why (a procedure or a
    // test there may be the work handed over).
    if (m.category === 'condition' && closesClause(m) && prev.key === 'out' && /[-\u2013\u2014:(,]/.test(tokens[m.from].gap)) return 'undergoing';
    // "Dr. Sokolova - medical leave, knee surgery 9/3", "on LOA - chemo": after a medical leave and a separator, its
    // reason is the person's own condition or care.
    // One lower-case body site may stand before the term ("knee surgery").
    const reasonAt = prev.case === 'lower' && BODY_SITE_SET.has(prev.key) && /^\s$/.test(tokens[m.from].gap) ? m.from - 1 : m.from;
    if (CLINICAL_LEAVE_REASONS.has(m.category) && /[-\u2013\u2014:(,]/.test(tokens[reasonAt].gap) && medicalLeaveEndsAt(tokens, reasonAt - 1)) return 'undergoing';
    // "Dr. Nowak out 2 wks post-op", "Jen out ~6 wks, knee surgery": away for a span of time beside it; one
    // lower-case word may stand before the term ("out next wk - cardiac cath"). Not a unit ("out Thurs - rehab
    // schedule" is the unit's work), and the term closes its clause: "out Tue - surgery cases moved" hands over work.
    if (!UNITS.has(m.phrase) && closesClause(m) && (awayForSpanBefore(tokens, m.from) || (prev.case === 'lower' && /^\s$/.test(tokens[m.from].gap) && awayForSpanBefore(tokens, m.from - 1)))) return 'undergoing';
    if (!UNITS.has(m.phrase)) return undefined;
    // "NICU day 12", "ICU bed 4": a unit with the day of a stay or a bed is a patient's stay, not a workplace.
    const after = tokens[m.to];
    const count = tokens[m.to + 1];
    if (after !== undefined && count !== undefined && STAY_WORDS.has(after.key) && count.kind === 'number' && !CLAUSE_BREAK.test(after.gap)) return 'stay';
    // "back in the ICU", "admitted to CCU": a verb of admission before a unit.
    const k = prev.key === 'the' ? m.from - 2 : m.from - 1;
    const preposition = tokens[k];
    const verb = tokens[k - 1];
    if (preposition === undefined || verb === undefined || !(preposition.key === 'in' || preposition.key === 'to' || preposition.key === 'into')) return undefined;
    // "baby in NICU since Fri", "mom in the ICU": a patient or a relative in a unit is staying there.
    if (preposition.key === 'in' && (STAYING.has(verb.key) || (verb.key === 'still' && STAYING.has(tokens[k - 2]?.key ?? '')))) return 'stay';
    return ADMISSION.has(verb.key) ? 'stay' : undefined;
  };
  // The workplace word right after a health word may be a health word itself ("cath lab", "sleep lab"):
  // it is then part of the workplace's name too ("crown #14 lab slip" keeps its lab).
  const closesWorkplace = new Set<number>();
  // A version names a document only in a field about building or revising one ("Order set build: ... v4").
  const projectField = tokens.some((t) => VERSIONED_WORK.has(t.key));
  // A project's words besides the protocol or pathway itself ("rollout", "build", "draft").
  const projectWork = tokens.some((t) => VERSIONED_WORK.has(t.key) && t.key !== 'protocol' && t.key !== 'pathway');
  const encounterStarts = new Set<number>();
  for (const t of terms) if (t.category === 'encounter') encounterStarts.add(t.from);
  const followedByWorkplace = (m: HealthMatch): boolean => {
    // A value read from a person ("BP 182/104 in clinic", "K 6.1 at the lab") is a result, never a job.
    if (READINGS.has(m.phrase)) return false;
    // "Boyd_T_ostomy_supply_order.pdf", "Saleh_A_tacro_level_lab_slip.pdf": a file name that opens with a surname and an
    // initial, the form record systems file a person's papers under, holds that person's care; among no staff words a
    // supply, a lab or a protocol after the term is the person's order, slip or plan, not a department.
    if (recordOwnerFirst && !staff) return false;
    // "Resultados_Lab_...": results are never a place's name ("results lab" is not a lab, as "cath lab" is).
    if (RESULT_WORDS.has(m.phrase)) return false;
    if (closesWorkplace.has(m.from)) return true;
    let skipped = 0;
    for (let k = m.to; k < tokens.length && k < m.to + 4; k++) {
      // A phrase does not run across punctuation: "hip fx - family meeting".
      if (CLAUSE_BREAK.test(tokens[k].gap)) return false;
      // "concussion at practice", "sprain during drills": "at" or "during" after a condition says where or when it
      // happened; the condition is no part of the job's name a workplace word after it closes. Not among staff words
      // ("thanks Mike for covering stroke at clinic": the stroke service).
      if (!staff && m.category === 'condition' && (tokens[k].key === 'at' || tokens[k].key === 'during') && tokens[k].case === 'lower') return false;
      // "DKA insulin infusion v3", "sepsis bundle version 2": in a subject a version names a document or a
      // product; a file name may version a patient's own document ("Holter_24h_v2.pdf").
      if (!isFileName && !titled && projectField && (tokens[k].key === 'v' || tokens[k].key === 'version') && tokens[k + 1]?.kind === 'number' && (tokens[k].key === 'version' || tokens[k + 1].gap === '')) return true;
      // "Ms. Lee's goals of care meeting", "GOC discussion w/ family": a care conversation held as a meeting is the
      // patient's encounter (CARE_CONVERSATIONS).
      if (k === m.to && CARE_CONVERSATION.has(m.phrase) && CONVERSATION_HEADS.has(tokens[k].key)) return false;
      // "Yazzie - wound clinic f/u 3/20": a clinic with a visit right after it is where the patient is seen; among staff
      // words ("thanks Odette for covering TB clinic intake") it is the clinic's work.
      if (!staff && workplace.has(k) && SEEN_AT.has(tokens[k].key) && encounterStarts.has(k + 1)) return false;
      // A workplace word glued to a number is a measure ("ECG_12lead"), not a job.
      // A drug's rate changed, with its value, ending the field or in a field with a lay title is one patient's dose
      // ("heparin gtt rate change", "gtt rate 18u/kg/hr", "Mrs. Diaz - pitocin rate up to 12"), not a unit's measure
      // ("CLABSI rate"), nor a protocol's or a calculator's ("heparin rate calculator update").
      if (workplace.has(k) && RATES.has(tokens[k].key) && (m.category === 'medication' || DRIPS.has(tokens[k - 1].key)) && (titled || tokens[k + 1] === undefined || tokens[k + 1].kind === 'number' || RATE_CHANGES.has(tokens[k + 1].key))) return false;
      // "concussion protocol stage 3": a protocol with the stage one patient has reached is that patient's progress,
      // not a piece of work; not among staff words nor in a project's ("Sepsis pathway stage 2 rollout - Priya Iyer").
      if (!staff && !projectWork && (tokens[k].key === 'protocol' || tokens[k].key === 'pathway') && tokens[k + 1]?.key === 'stage' && tokens[k + 2]?.kind === 'number') return false;
      // "Peanut allergy tray error - Chinwe Bello": a tray right after a condition is the patient's meal tray; after a
      // procedure it is the instruments' ("lap chole tray").
      if (k === m.to && m.category === 'condition' && (tokens[k].key === 'tray' || tokens[k].key === 'trays')) return false;
      // "ICU nights", "MRI evenings": a unit or a modality followed by its shift is where someone works ("Schedule -
      // Priya Iyer ICU nights"); after a drug or a therapy the night is the patient's ("trazodone noc", "BiPAP nights").
      if (k === m.to && (UNITS.has(m.phrase) || m.category === 'test') && SHIFT_TIMES.has(tokens[k].key)) return true;
      // "MRI gantry fixed - Mr. Kettering rescan tomorrow": a scanner's service does not hide a titled patient's scan.
      if (titled && SCANNER_SERVICE.has(tokens[k].key)) return false;
      // "Mr. Whitcombe cath lab report", "Mrs. Ruiz sleep lab results": with a lay title in the field, a lab or a clinic
      // followed by a patient's report that closes the field (a date or the extension may follow) is where the test was
      // done, and the report is the patient's ("cath lab report backlog" is the lab's work).
      if (titled && k === m.to && PLACES_WITH_REPORTS.has(tokens[k].key) && PLACE_REPORTS.has(tokens[k + 1]?.key ?? '') && reportCloses(k + 2)) return false;
      // "amlodipine refill please call her": a call asked for, or made to someone, is the verb, not on-call work.
      if (tokens[k].key === 'call' && (CALL_ASKED.has(tokens[k - 1]?.key ?? '') || CALLED_ONE.has(tokens[k + 1]?.key ?? ''))) return false;
      if (workplace.has(k) && !(tokens[k - 1].kind === 'number' && k - 1 >= m.to && tokens[k].gap === '')) {
        if (k === m.to) closesWorkplace.add(k);
        return true;
      }
      // A decimal after the word is its value ("A1c 11.2 pls call back"): a result, not a job.
      if (tokens[k].kind === 'number' && tokens[k + 1]?.kind === 'number' && tokens[k + 1].gap === '.') return false;
      // Words glued by hyphens are one modifier ("MAT-in-jail program", "stop-the-bleed kits").
      if (inHealth.has(k) || tokens[k].case === 'title' || tokens[k].kind === 'number' || tokens[k].gap === '-') continue;
      if (++skipped > 1) return false;
    }
    return false;
  };
  // A lay title ("Mr.", "Sra.") and the name right before a procedure, test or condition (not a unit: "Mr. Davis
  // ED nights" is where he works): only capitalised words, or a side's letter ("L", "R"), between them.
  const layTitledBefore = (m: HealthMatch): boolean => {
    if (UNITS.has(m.phrase)) return false;
    for (let k = m.from - 1; k >= 0 && k >= m.from - 4; k--) {
      if (CLAUSE_BREAK.test(tokens[k + 1].gap) || POSSESSIVE_GAP.test(tokens[k + 1].gap)) return false;
      if (TITLES.has(tokens[k].key) && tokens[k].case !== 'lower' && k < m.from - 1) return true;
      if (tokens[k].case !== 'title' && tokens[k].case !== 'upper') return false;
    }
    return false;
  };
  // "covering ER triage", "floating to the ICU": the object of a staffing verb is work, across small
  // words and other health words of the same phrase, never across punctuation.
  // "Dr. Fitzgerald's UKA": where the clinician's title starts when a clinician's possessive comes right before m.
  const clinicianOwner = (m: HealthMatch): number => {
    if (!POSSESSIVE_GAP.test(tokens[m.from].gap)) return -1;
    let k = m.from - 1;
    while (k > m.from - 4 && k > 0 && tokens[k].case === 'title' && !CLINICIAN.has(tokens[k].key)) k--;
    return k < m.from - 1 && CLINICIAN.has(tokens[k].key) ? k : -1;
  };
  const covered = (m: HealthMatch, owner = clinicianOwner(m)): boolean => {
    // "covering Dr. Fitzgerald's UKA": a clinician's case is work; the clinician's name and possessive are skipped.
    const from = owner >= 0 ? owner : m.from;
    for (let k = from - 1, links = 0; k >= 0 && k >= from - 4; k--) {
      if (CLAUSE_BREAK.test(tokens[k + 1].gap)) return false;
      // "FaxCover_Referral_Hussain_Z.pdf": a fax's cover sheet, not staff covering the referral.
      if (COVERAGE.has(tokens[k].key)) return !(tokens[k].key === 'cover' && tokens[k - 1]?.key === 'fax');
      if (inHealth.has(k)) continue;
      if (!COVERAGE_LINK.has(tokens[k].key) || ++links > 1) return false;
    }
    return false;
  };
  const titleCaseDepartment = (m: HealthMatch): boolean => {
    const prev = tokens[m.from - 1];
    if (!sentenceCase || prev === undefined || !PREPOSITIONS.has(prev.key)) return false;
    // Title Case only: an acronym after a preposition ("with FNA") is a procedure, not a department's name.
    for (let i = m.from; i < m.to; i++) if (tokens[i].case !== 'title') return false;
    return true;
  };

  // Only where a department is named after a person, after a comma or in brackets ("Tomasa Ruiz, Patient Access"):
  // "Patient Access: Harold Vance balance" opens with the desk a patient's matter is sent to.
  const patientDepartment = (m: HealthMatch): boolean => {
    const head = tokens[m.from + 1];
    return m.to - m.from === 1 && head !== undefined && /^\s$/.test(head.gap) && /[,(]\s?$/.test(tokens[m.from].gap) && tokens[m.from].case === 'title' && head.case === 'title' && PATIENT_DEPARTMENT_HEADS.has(head.key);
  };
  // "Carpool - Bui, Hoa (Lab)", "Potluck: Dana Reyes (Imaging)": in a subject, a department's one Title Case word alone
  // in brackets right after a capitalised name is where the person works, as a unit is ("Nancy (ICU)"). Not a test or
  // a procedure ("Marisol Vega (Colonoscopy)"), nor in a file name ("Harold Vance (Pathology).pdf").
  const bracketedDepartment = (m: HealthMatch): boolean => {
    const prev = tokens[m.from - 1];
    if (isFileName || m.to - m.from !== 1 || !BRACKETED_DEPARTMENTS.has(m.phrase) || prev === undefined || prev.kind !== 'word' || prev.case === 'lower') return false;
    return tokens[m.from].case === 'title' && /\(\s?$/.test(tokens[m.from].gap) && (tokens[m.to] === undefined || /^\s?\)/.test(tokens[m.to].gap));
  };
  // "Okonkwo Pediatrics", "Halvorsen Surgical": a Title Case health word continuing a capitalised
  // name in a sentence-case field is part of an organisation's name (as in person-name's organisationAfter).
  const orgName = (m: HealthMatch): boolean => {
    const prev = tokens[m.from - 1];
    return sentenceCase && m.to - m.from === 1 && tokens[m.from].case === 'title' && HEALTH_NAMED_ORG.has(m.phrase) && prev !== undefined && prev.kind === 'word' && prev.case === 'title' && !inHealth.has(m.from - 1) && /^\s$|^\s?&\s?$/.test(tokens[m.from].gap);
  };
  // "roster_fall", "Fall 2025 class": the season, not a fall.
  const season = (m: HealthMatch): boolean => {
    if (m.phrase !== 'fall') return false;
    const near = [tokens[m.from - 1], tokens[m.to]];
    return near.some((t) => t !== undefined && (SEASON_CONTEXT.has(t.key) || (t.kind === 'number' && /^(?:19|20)\d\d$/.test(t.text))));
  };
  // "presenting the CHF case at morning report", "an interesting DKA case for M&M": a condition between an article and
  // "case" names a teaching case, someone nobody names; not in a field with a lay title ("Mrs. Lee - the DKA case from
  // last night" names the patient).
  const articleCase = (m: HealthMatch): boolean => !layTitled && m.category === 'condition' && CASE_ARTICLES.has(tokens[m.from - 1]?.key ?? '') && (tokens[m.to]?.key === 'case' || tokens[m.to]?.key === 'cases') && /^\s$/.test(tokens[m.to].gap);
  // "BLS card expired", "license expires Friday": a document or a credential lapses; a person dies.
  const lapsed = (m: HealthMatch): boolean => LAPSING.has(m.phrase) && LAPSING_THINGS.has(tokens[m.from - 1]?.key ?? '');
  // "NIHSS cert lapsed", "chemo provider card expiring", "PHQ9_Cert_Ode_A.pdf", "certified in NIHSS": a credential
  // for a kind of care (SKILL_CREDENTIALS) within three words after a test or a procedure, or right before it with
  // "in", names what a clinician is qualified to do, not anyone's health; a drug only among staff words (a "chemo
  // provider card" is a nurse's). Not a condition ("HIV cert", "dementia_cert.pdf" certify a person's), nor a
  // vaccination or a screening (OWN_SCREENING), whose card is the holder's own health, nor past a clause's end or a lay
  // title ("Mr. Ode - PICC competency"), nor in a field about certifying someone's care (CARE_CERTIFICATION_CUES:
  // "FMLA certification, hip replacement", "hospice cert", "oxygen cert", "DMV cert").
  let skillSpans: { from: number; to: number }[] | undefined;
  let careCertified: boolean | undefined;
  const certifiesCare = (): boolean => (careCertified ??= CARE_CERTIFICATION.findAll(tokens).length > 0);
  const skillCredential = (m: HealthMatch): boolean => {
    if (layTitled || OWN_SCREENING.test(m.phrase) || !(m.category === 'test' || m.category === 'procedure' || (m.category === 'medication' && staff))) return false;
    if (skillSpans === undefined) skillSpans = certifiesCare() ? [] : SKILLS.findAll(tokens);
    return skillSpans.some((c) => {
      if (c.from >= m.to) return c.from - m.to <= 2 && !tokens.slice(m.to, c.from + 1).some((t) => CLAUSE_BREAK.test(t.gap));
      // Or glossed in brackets right after the credential ("Sepsis cert (NIHSS)").
      if (c.to === m.from && BRACKET_OPEN.test(tokens[m.from].gap)) return true;
      return c.to === m.from - 1 && tokens[c.to].key === 'in' && !CLAUSE_BREAK.test(tokens[c.to].gap) && !CLAUSE_BREAK.test(tokens[m.from].gap);
    });
  };
  // "thanks to Tran, who ran the rapid response on 5E", "Ana led the code blue on 4W": among staff words an emergency
  // response (EMERGENCY_RESPONSES) right after a verb of running it (RAN_THE_EVENT_VERBS, an article between) is work
  // someone did; not with a lay title ("ran the code blue on Mr. Ode" names the patient). An admission or a discharge
  // stays the patient's ("thanks Ana for handling the discharge of ...").
  const ranTheEvent = (m: HealthMatch): boolean => {
    if (!staff || layTitled || !RESPONSES.has(m.phrase)) return false;
    let k = m.from - 1;
    if (EVENT_ARTICLES.has(tokens[k]?.key ?? '')) k--;
    return k >= 0 && RAN_THE_EVENT.has(tokens[k].key) && tokens[k].case === 'lower' && !tokens.slice(k + 1, m.from + 1).some((t) => CLAUSE_BREAK.test(t.gap));
  };
  // "Ana Ode, study coordinator - asthma trial kickoff": a condition right before a study's word (CONDITION_PROGRAMME_WORDS)
  // right after a research role (RESEARCH_ROLES, a comma or a dash between) names the study the role runs; "Maria Lopez
  // - diabetes trial screening" is a participant's.
  const conditionProgramme = (m: HealthMatch): boolean => {
    if (layTitled || m.category !== 'condition' || !CONDITION_PROGRAMMES.has(tokens[m.to]?.key ?? '') || !/^\s$/.test(tokens[m.to].gap)) return false;
    researchRoles ??= ROLES.findAll(tokens);
    return researchRoles.some((r) => r.to === m.from);
  };
  let researchRoles: { from: number; to: number }[] | undefined;
  // "loaner sets for 4 TKA cases", "hip scope cases Friday (two rooms, 5 cases)": a procedure before "cases" in a field
  // that counts cases counts a theatre's operations, not one patient's ("Mr. Ode's TKA case" is his; "Lap chole cases:
  // Maria Garcia 0730" lists patients).
  const procedureCases = (m: HealthMatch): boolean => !layTitled && m.category === 'procedure' && tokens[m.to]?.key === 'cases' && /^\s$/.test(tokens[m.to].gap) && countsCases();
  let casesCounted: boolean | undefined;
  const countsCases = (): boolean => (casesCounted ??= tokens.some((t, k) => t.key === 'cases' && tokens.slice(Math.max(0, k - 3), k).some((x) => x.kind === 'number' && x.text.length <= 2)));
  // "PCA pump (hydromorphone)", "epidural pump (fentanyl)": a term in brackets right after a term read as work, or after
  // it and one word, glosses that work (terms come in order, so the one before is decided).
  // Only a drug glossing a device or a procedure, and not in a field about someone's leave ("medical leave (chemo)").
  const workGloss = (m: HealthMatch): boolean => m.category === 'medication' && BRACKET_OPEN.test(tokens[m.from].gap) && !certifiesCare() && out.some((o) => o.workplace === true && o.category === 'procedure' && o.to <= m.from && m.from - o.to <= 1 && (o.to === m.from || !CLAUSE_BREAK.test(tokens[o.to].gap)));
  // "Congrats Ana on passing her CMA exam": an exam someone passes, fails or sits (at most two words between, none a
  // health word) tests what they know, not their health.
  // "Pooja's results from the coding accuracy audit", "results of the staff survey": results whose source, within
  // three words after "from" or "of", is an audit, a survey or a quiz are work's, not a test's.
  const workResults = (m: HealthMatch): boolean => {
    if (!RESULT_WORDS.has(m.phrase) || !['from', 'of'].includes(tokens[m.to]?.key ?? '')) return false;
    for (let k = m.to + 1; k < tokens.length && k <= m.to + 4; k++) {
      if (CLAUSE_BREAK.test(tokens[k].gap) || inHealth.has(k)) return false;
      if (WORK_RESULT_SOURCES.has(tokens[k].key)) return true;
    }
    return false;
  };
  const examSat = (m: HealthMatch): boolean => {
    if (!KNOWLEDGE_EXAMS.has(m.phrase)) return false;
    for (let k = m.from - 1; k >= 0 && k >= m.from - 3; k--) {
      if (CLAUSE_BREAK.test(tokens[k + 1].gap) || inHealth.has(k)) return false;
      if (EXAM_SITTING.has(tokens[k].key)) return true;
    }
    return false;
  };
  // "Kudos - Ahmed caught a 10x heparin dosing error": among staff words a drug before an error is the
  // safety event a colleague caught, not anyone's medication. Not when the field says whose it was: a lay title
  // or a possessive ("catching Mr. Lee's heparin error"), a room or a bed with its number, or a listed name after
  // "for" ("good catch - insulin dosing error for Maria Lopez in rm 412"; not "for Pharmacy review").
  // Read once per field, and only for a drug among staff words (most fields have neither).
  let whoseNamed: boolean | undefined;
  const namesWhose = (): boolean => {
    if (whoseNamed === undefined) {
      const names = nameLexicon();
      whoseNamed = tokens.some((t, k) => (ROOM_OR_BED.has(t.key) && tokens[k + 1]?.kind === 'number') || (t.key === 'for' && tokens[k + 1]?.case === 'title' && (names.given.has(tokens[k + 1].key) || names.surname.has(tokens[k + 1].key))));
    }
    return whoseNamed;
  };
  const caughtError = (m: HealthMatch): boolean => {
    if (!staff || m.category !== 'medication' || layTitledBefore(m) || tied(m) !== undefined || namesWhose()) return false;
    for (let k = m.to; k < tokens.length && k <= m.to + 1; k++) {
      if (CLAUSE_BREAK.test(tokens[k].gap)) return false;
      if (SAFETY_EVENTS.has(tokens[k].key)) return true;
    }
    return false;
  };
  // "keys - Lindqvist lab move", "rad safety audit - Okonjo lab": a lone "lab" after a capitalised word that is no health
  // word, ending its clause or before the lab's own affairs (RESEARCH_LAB_AFFAIRS), is the research group its
  // principal investigator leads; a person's tests are "labs" or "lab" with what is done ("Okonjo lab draw").
  const researchLab = (m: HealthMatch): boolean => {
    if (m.phrase !== 'lab' || m.to - m.from !== 1 || tokens[m.from].case !== 'lower' || !/^\s$/.test(tokens[m.from].gap)) return false;
    const prev = tokens[m.from - 1];
    // Not the field's first word: a kind of lab heads a subject ("Gait lab - new treadmill", "Sleep lab staffing").
    if (prev === undefined || m.from === 1 || prev.kind !== 'word' || prev.case !== 'title' || inHealth.has(m.from - 1) || layTitled) return false;
    const next = tokens[m.to];
    return next === undefined || CLAUSE_BREAK.test(next.gap) || (/^\s$/.test(next.gap) && RESEARCH_LAB_AFFAIRS.has(next.key));
  };
  // Where a value read from a person starts (computed once: looked up for every word).
  const readingStarts = new Set<number>();
  for (const r of terms) if (READINGS.has(r.phrase)) readingStarts.add(r.from);
  const kept: { m: HealthMatch; needsSupport?: NeedsSupport; tie?: Tie }[] = [];
  const out: HealthMatch[] = [];
  const denied: HealthMatch[] = [];
  for (const m of terms) {
    // "Baby Girl Lopez", "BABY BOY Nguyen": the label a nursery gives a newborn before the surname. In lower case before
    // a lower-case word that is no name it is family news ("Sign the card for Pooja - baby girl arrived this weekend");
    // a surname ("baby girl lopez"), a birth weight ("baby girl 7lb 2oz") or a birth date (date-of-birth.ts) still
    // marks the newborn.
    if (NEWBORN_LABELS.has(m.phrase) && tokens[m.from].case === 'lower' && tokens[m.to]?.kind === 'word' && tokens[m.to].case === 'lower' && !isListedName(tokens[m.to].key)) continue;
    // "seating chart", "org chart", "check scan": a kind of chart or scan that is no patient's.
    if (m.from > 0 && EVERYDAY_KINDS_BEFORE.get(m.phrase)?.has(tokens[m.from - 1].key)) continue;
    if (season(m) || lapsed(m) || skillCredential(m) || workGloss(m) || ranTheEvent(m) || conditionProgramme(m) || procedureCases(m) || articleCase(m) || examSat(m) || workResults(m) || caughtError(m) || researchLab(m)) {
      out.push({ ...m, workplace: true });
      continue;
    }
    const before = tokens[m.from - 1];
    // "Standardized patient Marisol Quintero": an actor who plays a patient for training has a job.
    // "Tomasa Ruiz, Patient Access", "Patient Experience": a department named in Title Case for the patients it
    // serves is where staff work.
    if (m.category === 'patient' && ((before !== undefined && ROLE_PLAYED.has(before.key)) || patientDepartment(m))) {
      out.push({ ...m, workplace: true });
      continue;
    }
    // "car rear-ended, no injuries, claim #...": a condition denied outright is care only beside another
    // health word that is not a payer's ("fall, no injury" is still a fall); decided after the loop.
    if (m.category === 'condition' && before !== undefined && NEGATIONS.has(before.key) && !CLAUSE_BREAK.test(tokens[m.from].gap)) {
      denied.push(m);
      continue;
    }
    // A clinician's possessive after a staffing verb is the clinician's case, not their own care.
    const tie = tied(m);
    const owner = tie === 'possessive' ? clinicianOwner(m) : -1;
    const isTied = tie !== undefined && !(owner >= 0 && covered(m, owner));
    // A possessive ties a word to a person ("his knee replacement") but not a job ("Chidi's phlebotomy competency").
    // Among staff words a unit is where people work ("offer letter, ER travel").
    // "case cover Tues - Dr. Okafor, Mr. Delgado L TKA": a lay title right before the term names whose it is.
    const staffWork = !layTitledBefore(m) && ((staff && (STAFF_WORK_KINDS.has(m.category) || UNITS.has(m.phrase) || STAFF_SERVICES.has(m.phrase))) || ((WORK_KINDS.has(m.category) || UNITS.has(m.phrase)) && covered(m)));
    if (followedByWorkplace(m) || orgName(m) || languageWorkplace(tokens, m) || (!isTied && ((WORK_KINDS.has(m.category) && (titleCaseDepartment(m) || bracketedDepartment(m))) || staffWork))) out.push({ ...m, workplace: true });
    else {
      // "tansiyon 180/110", "rezilta 320": an everyday-sense word with a reading right after it is a result.
      const reading = readingStarts.has(m.to);
      // So is a test the lists hold with its value ("BNP 1450"), unless the number is a year ("BNP 2025 results").
      const valued = m.measured === true && !/^(?:19|20)\d\d$/.test(tokens[m.to]?.text ?? '');
      // In a field typed all in capitals the case says nothing: "FX WRIST" there is the fracture a lower-case "fx" is.
      const everyday = !reading && !valued && AMBIGUOUS.has(m.phrase) && !(CAPITALS_ONLY.has(m.phrase) && (tokens[m.from].case === 'lower' || (shouted ??= typedInCase(tokens, 'upper', 3, 4))));
      // A specialty says where someone works or is seen, not what is wrong (spec: "Whose health"): like a unit; but its
      // record of a visit says someone was seen there ("psych assessment", "neuro_note": CARE_RECORD_WORDS).
      const record = m.category === 'specialty' && CARE_RECORDS.has(tokens[m.to]?.key ?? '') && /^[\s_]$/.test(tokens[m.to].gap);
      kept.push({ m, needsSupport: everyday ? 'everyday' : (UNITS.has(m.phrase) || m.category === 'specialty') && !record ? 'place' : undefined, tie });
    }
  }
  if (denied.length > 0 && kept.some((k) => k.m.category !== 'payer')) for (const m of denied) kept.push({ m });
  // An everyday-sense word beside a unit or a specialty reads as care ("fall at home, ED eval", "referred by
  // ED"); so do two such words in a file name ("SOC_OASIS_...", "Referral_..._cardiology"). Two everyday words
  // in a subject do not ("Follow up: pen test results"), nor units alone ("Leilani (NICU) and Marisol (PICU)").
  const everyday = new Set(kept.filter((k) => k.needsSupport === 'everyday').map((k) => k.m.phrase));
  const places = kept.filter((k) => k.needsSupport === 'place');
  const allWeak = new Set(kept.filter((k) => k.needsSupport).map((k) => k.m.phrase));
  const pair = everyday.size > 0 && (places.length > 0 || (isFileName && allWeak.size >= 2));
  const supported = titled || pair || kept.some((k) => !k.needsSupport);
  // Still unsupported words are kept, marked: initials, an old date or a named file can support them (scan.ts).
  for (const k of kept) {
    const m = k.tie === undefined ? k.m : { ...k.m, tie: k.tie };
    out.push(!k.needsSupport || k.tie !== undefined || supported ? m : { ...m, needsSupport: k.needsSupport });
  }
  return out.sort((a, b) => a.from - b.from);
}

const PATIENTS_WORK = new Set(PATIENTS_WORK_FIRST);
const PATIENTS_EDUCATION = new Set(PATIENTS_EDUCATION_PAPERS);
const RECRUITING = phraseSet(RECRUITING_CUES);
const RESIDENCY = phraseSet(RESIDENCY_CUES);

/** The field speaks of graduate medical education (duty hours, PGY, rotations): a "resident" in it is a trainee. */
export function residencyOf(ctx: FieldContext): boolean {
  return RESIDENCY.findAll(ctx.tokens).length > 0;
}

/**
 * The field speaks of jobs, candidates or volunteers, or of a training simulation ("Sim lab tues - bring
 * stethoscopes"): its addressees are candidates, learners and staff, not patients (mass disclosure). Not
 * radiation oncology's CT simulation, a patient's planning scan ("Your CT simulation appointment").
 */
export function notForPatientsOf(ctx: FieldContext): boolean {
  if (RECRUITING.findAll(ctx.tokens).length > 0) return true;
  return SIMULATION.findAll(ctx.tokens).some((m) => !PLANNING_SCAN_BEFORE.has(ctx.tokens[m.from - 1]?.key ?? ''));
}
/**
 * The field speaks of covering a unit or a service: a coverage verb, at most one small word, then a unit or a specialty
 * ("covering the ICU", "cover 4W tele", "floating to ED"). Not a fax's cover sheet.
 */
export function coversUnitOf(ctx: FieldContext): boolean {
  const tokens = ctx.tokens;
  const places = new Set(healthTermsOf(ctx).filter((h) => UNITS.has(h.phrase) || h.category === 'specialty').map((h) => h.from));
  if (places.size === 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (!COVERAGE.has(tokens[k].key) || (tokens[k].key === 'cover' && tokens[k - 1]?.key === 'fax')) continue;
    let at = k + 1;
    if (COVERAGE_LINK.has(tokens[at]?.key ?? '') && !CLAUSE_BREAK.test(tokens[at].gap)) at++;
    if (places.has(at) && !CLAUSE_BREAK.test(tokens[at].gap)) return true;
  }
  return false;
}

/** Before "simulation": a radiotherapy planning scan, not a training exercise. */
const PLANNING_SCAN_BEFORE = new Set(['ct', 'rt', 'radiation', 'radiotherapy', 'pet']);

/**
 * The field ties health to someone with a personal pronoun or a verb of undergoing ("after my knee
 * replacement", "she had surgery"), or a return to work: a colleague's own health, which staff words do not make work.
 */
export function tiesHealthToSomeone(ctx: FieldContext): boolean {
  return ctx.tokens.some((t) => PRONOUNS.has(t.key) || UNDERGOING.has(t.key)) || speaksOfReturnToWork(ctx);
}
const RETURN_TO_WORK = phraseSet(RETURN_TO_WORK_CUES);
/**
 * The field has a return-to-work or fitness-for-duty word (RETURN_TO_WORK_CUES): a staff member's own health. Not
 * where it names the process, its forms or people to contact (RETURN_TO_WORK_PROCESS_WORDS).
 */
export function speaksOfReturnToWork(ctx: FieldContext): boolean {
  return (ctx.memo.returnToWork ??= RETURN_TO_WORK.findAll(ctx.tokens).length > 0 && !ctx.tokens.some((t) => RETURN_TO_WORK_PROCESS.has(t.key)));
}
const RETURN_TO_WORK_PROCESS = new Set(RETURN_TO_WORK_PROCESS_WORDS);

/** The field speaks of staff affairs: thanks, shifts, training, parties (STAFF_CUES). */
export function staffAffairsOf(ctx: FieldContext): boolean {
  return staffCueIn(ctx.tokens, healthTermsOf(ctx));
}

/**
 * Staff words whose sense turns on the words beside them: after a health word a renewal is an order's ("restraints
 * renewal"); a job with its number is a dictation or a print job ("DICT_JOB44812_OpNote"), not employment.
 */
const ORDER_RENEWALS = new Set(['renewal', 'renewals']);
const EXCUSES = new Set(['excuse', 'exemption', 'letter', 'note', 'deferral']);
/**
 * Dialysis a patient learns to run at home (home haemo, CCPD, CAPD); "PD" and "HD" only after "home" ("PD training"
 * alone is staff's professional development); not infusion, whose training is often the nurses'.
 */
const HOME_DIALYSIS = new Set(['hemo', 'dialysis', 'ccpd', 'capd']);
/** Right after a procedure or a condition a candidate is a patient being assessed for it ("transplant candidate"). */
const CANDIDATES = new Set(['candidate', 'candidates']);
const ASSESSED_FOR = new Set<HealthCategory>(['procedure', 'condition']);
const EVALUATION_WORDS = new Set(['evaluation', 'evaluations', 'eval', 'evals', 'workup']);
/** The token at `at` is "candidate(s)" right after a procedure or a condition of `terms` (not one named as work). */
export function candidateAssessedAt(tokens: readonly Token[], at: number, terms: readonly HealthMatch[]): boolean {
  // Or with the evaluation for a procedure named between them ("Kidney Tx Evaluation Candidates", "Bariatric Surgery Eval
  // Candidates"; "Stroke Evaluation Candidates", "Sepsis Assessment Candidates" may be a course's).
  const end = EVALUATION_WORDS.has(tokens[at - 1]?.key ?? '') ? at - 1 : -1;
  return CANDIDATES.has(tokens[at]?.key ?? '') && terms.some((m) => ((m.to === at && ASSESSED_FOR.has(m.category)) || (m.to === end && m.category === 'procedure')) && !m.workplace);
}
/** The indexes of the tokens inside any of `terms`. */
function tokensInTerms(terms: readonly HealthMatch[]): Set<number> {
  const out = new Set<number>();
  for (const m of terms) for (let i = m.from; i < m.to; i++) out.add(i);
  return out;
}
function staffCueIn(tokens: readonly Token[], terms: readonly HealthMatch[], inHealth: ReadonlySet<number> = tokensInTerms(terms)): boolean {
  const numberedJob = (k: number): boolean => tokens[k].key === 'job' && tokens[k + 1]?.kind === 'number' && /^\s?#?\s?$/.test(tokens[k + 1].gap);
  // A clinician's letter excusing a patient from jury duty is the patient's care ("Jury duty excuse - T. Becker, dialysis").
  const excused = (m: { from: number; to: number }): boolean => tokens[m.from].key === 'jury' && EXCUSES.has(tokens[m.to]?.key ?? '');
  // Training for dialysis at home is the patient's ("Home HD training start", "CAPD training wk 2 - Whitcombe, Esther").
  const homeTraining = (m: { from: number }): boolean => {
    if (tokens[m.from].key !== 'training' || m.from === 0) return false;
    const therapy = tokens[m.from - 1].key;
    return HOME_DIALYSIS.has(therapy) || ((therapy === 'pd' || therapy === 'hd') && tokens[m.from - 2]?.key === 'home');
  };
  const assessedFor = (m: { from: number }): boolean => candidateAssessedAt(tokens, m.from, terms);
  // A cue that is a word of a longer health term is the therapy's name ("gait training", "chemo teaching"), not staff's;
  // unless "by" names who gives it ("chemo teaching by Ana"). The longest term over each token, found once (a scan of
  // the terms for each cue would grow with the square of the field).
  let longest: Map<number, HealthMatch> | undefined;
  const span = (h: HealthMatch | undefined): number => (h === undefined ? 0 : h.to - h.from);
  const inTherapy = (m: { from: number; to: number }): boolean => {
    if (tokens[m.to]?.key === 'by') return false;
    if (longest === undefined) {
      longest = new Map();
      for (const h of terms) for (let k = h.from; k < h.to; k++) if (span(longest.get(k)) < span(h)) longest.set(k, h);
    }
    const h = longest.get(m.from);
    return h !== undefined && m.to <= h.to && span(h) > m.to - m.from;
  };
  // "Welcome baby Arlo", "welcome twins!": a welcome to a newborn greets a birth, not a colleague.
  const newbornWelcome = (m: { from: number; to: number }): boolean => WELCOME.has(tokens[m.from].key) && NEWBORN.has(tokens[m.to]?.key ?? '');
  return STAFF.findAll(tokens).some((m) => !(ORDER_RENEWALS.has(tokens[m.from].key) && inHealth.has(m.from - 1)) && !newbornWelcome(m) && !homeTraining(m) && !numberedJob(m.from) && !excused(m) && !assessedFor(m) && !inTherapy(m));
}

const AUTHORED = phraseSet([...TEACHING_WORDS, ...SIMULATION_WORDS, ...BUSINESS_DOCUMENT_WORDS]);
const WORK_PRODUCTS = phraseSet(WORK_PRODUCT_WORDS);
/**
 * The field names one of the organisation's work products (WORK_PRODUCT_WORDS) or an EHR smart phrase, named with a
 * dot and capitals (".OBTRIAGE"; not a file's extension, ".JPEG"): scan.ts then reads a name in a credited place as
 * its author (creditedInWorkProduct), not the whole field as authored (a patient may be on the order set).
 */
export function namesWorkProduct(ctx: FieldContext): boolean {
  return WORK_PRODUCTS.findAll(ctx.tokens).length > 0 || (ctx.kind === 'subject' && DOT_PHRASE.test(ctx.text.original));
}
/**
 * The field speaks of a document, a policy or a piece of work besides a work product (which scan.ts has asked
 * namesWorkProduct about already): authored material or DOCUMENT_WORDS.
 */
export function namesDocument(ctx: FieldContext): boolean {
  return authoredWordsOf(ctx).length > 0 || ctx.tokens.some((t) => DOCUMENT_WORDS.has(t.key));
}
/** Versioned work and staff documents, but not "order" or "update", which are a patient's as often ("lab order"). */
const DOCUMENT_WORDS = new Set([...VERSIONED_WORK_WORDS.filter((w) => w !== 'order' && w !== 'update' && w !== 'updated'), 'tool', 'sheet', 'instructions', 'faq', 'script', 'education']);
const DOT_PHRASE = /(?:^|[\s(])\.(?!(?:JPE?G|PNG|GIF|TIFF?|HEIC|PDF|DOCX?|XLSX?|PPTX?|CSV|TXT|ZIP|MSG|EML|RTF|XML|HTML?)(?![A-Z0-9]))[A-Z][A-Z0-9]{3,}(?![A-Za-z0-9])/;
const SIMULATION = phraseSet(SIMULATION_WORDS);

/** The field speaks of simulation (SIMULATION_WORDS): its patients are manikins and actors, titled or not. */
export function simulationOf(ctx: FieldContext): boolean {
  return SIMULATION.findAll(ctx.tokens).length > 0;
}

/**
 * A purchase, a shipment or a product notice: a document number of a business transaction (purchase
 * order, quote, lot, RMA, SKU, serial, tracking; "cotización", "báo giá" in the patients' languages),
 * glued or not ("PO4500128833", "lot7731A"), lots in the plural ("lots VX2208 VX2209"), a drug's National Drug Code
 * ("NDC 60219-1102-05"), a firmware version, a field safety notice or a maker's "Dear HCP letter". Such a field
 * names suppliers and products, not patients: scan.ts keeps only names a title or a patient word marks.
 */
const ORDERING =
  /(?:^|[^a-z])(?:(?:po|purchase order|quote|quotation|cotizacion|bao gia|lot|rma|sku|serial|tracking)[\s#:=._-]{0,3}(?:[a-z]?-?\d{3,}|[a-z0-9]{1,4}-\d{3,})|lots[\s#:=._-]{0,3}[a-z]{0,3}-?\d{3,}|ndc[\s#:=._-]{0,3}\d{4,5}-\d{3,4}|firmware[\s_-]{0,2}v?\d|(?:field )?safety notice|dear (?:hcp|healthcare provider|health care provider) letter|dhcp letter)/;
/**
 * An invoice with its number ("INV-448291", "factura 7712", "Rechnung Nr. 5531", or "hoa don" typed
 * without diacritics: the folded text keeps them, so "hóa đơn" is not read here): the
 * supplier's document, but a supplier may bill for a patient's care ("Invoice_5521_Lopez_Maria_CPAP"),
 * so scan.ts keeps a name that holds a given name, not a lone or glued surname ("OkaforBrandt_INV-...").
 */
const INVOICING = /(?:^|[^a-z])(?:(?:invoice|inv|factura|fatura|facture|rechnung|faktura)[\s#:=._-]{0,3}(?:nr\.?\s?|no\.?\s?)?[a-z]{0,2}-?\d{3,}|hoa[\s_]?[dđ]on)/;

const WITHOUT_NUMBER = /notice|firmware|hoa[\s_]?[dđ]on|dear h|dhcp/;

export type Purchasing = 'order' | 'invoice';

export function purchasingOf(ctx: FieldContext): Purchasing | undefined {
  // Without three digits only a notice, a firmware version or "hoa don" can match: skip the rest.
  const lower = ctx.text.folded.text.toLowerCase();
  if (ctx.text.digits < 3 && !WITHOUT_NUMBER.test(lower)) return undefined;
  if (ORDERING.test(lower)) return 'order';
  return INVOICING.test(lower) ? 'invoice' : undefined;
}

/**
 * Words of a firm named for two people ("Garland & Pryce", "Ortega & Blum Anesthesia"): two capitalised
 * words joined by "&". In the other fields the same two words ("Garland_Pryce_abatement_plan.pdf") are the firm.
 */
export function firmWordsOf(ctx: FieldContext): string[] {
  const tokens = ctx.tokens;
  const out: string[] = [];
  // "Ortiz & Nguyen - discharge summaries" are two patients: a field with a person's care names no firm.
  if (personHealthOf(ctx).some((h) => !h.workplace && h.needsSupport === undefined)) return out;
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (/^\s?&\s?$/.test(b.gap) && a.kind === 'word' && b.kind === 'word' && a.case === 'title' && b.case === 'title') out.push(a.key, b.key);
  }
  return out;
}

const INSTITUTION_HEAD_SET = new Set(INSTITUTION_HEADS);
/**
 * Words the field gives as an institution's name: a capitalised word before an institution's head in Title Case
 * ("Okwuosa Memorial Cancer Center"). In a file name of the same message the word is that institution
 * ("Okwuosa_Wayfinding_RadOnc_v4.pdf").
 */
export function institutionWordsOf(ctx: FieldContext): string[] {
  const tokens = ctx.tokens;
  const out: string[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.kind === 'word' && t.case === 'title' && next.case === 'title' && /^\s$/.test(next.gap) && INSTITUTION_HEAD_SET.has(next.key)) out.push(t.key);
  }
  return out;
}

/**
 * Surnames the field gives a clinician's title ("Dr. Aaron Whitley (clinical advisor)", "Prof. Ilse Marchetti"):
 * the last capitalised word of up to three after the title. The clinician is the same person in the other
 * fields ("DR3_Glide_Whitley_clinical_input.pptx").
 */
const ON_LEAVE = new Set(['leave', 'medical', 'sick', 'disability', 'fmla', 'loa', 'bed', 'bedrest']);
export function titledCliniciansOf(ctx: FieldContext): string[] {
  const tokens = ctx.tokens;
  const out: string[] = [];
  // Where the field's last condition of a person starts (computed once, so the walk stays linear).
  let lastCondition: number | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!CLINICIAN.has(tokens[i].key) || tokens[i].case === 'lower') continue;
    let k = i + 1;
    // Not an acronym of two letters after the name ("Dr. Iyer OR days": the operating room).
    while (k < tokens.length && k <= i + 3 && tokens[k].kind === 'word' && (tokens[k].case === 'title' || (tokens[k].case === 'upper' && tokens[k].text.length >= 3)) && !CLAUSE_BREAK.test(tokens[k].gap)) k++;
    // "PHP monitoring agreement - Dr. Nolan Ashby - alcohol use disorder", "Dr. Ashby out for hip replacement": a
    // condition or a procedure after the name may be the clinician's own, and the other fields then speak of it too.
    if (k <= i + 1) continue;
    if (lastCondition === undefined) {
      lastCondition = -1;
      // Not a talk's title in quotes ("M&M: Dr. Kaur - 'Missed aortic dissection'").
      const quoted = (from: number): boolean => tokens.slice(Math.max(0, from - 2), from + 1).some((t) => /['"\u2018\u201c]/.test(t.gap));
      for (const h of personHealthOf(ctx)) if ((h.category === 'condition' || h.category === 'procedure') && !h.workplace && !quoted(h.from)) lastCondition = Math.max(lastCondition, h.from);
    }
    // "Lunch & learn: Dr. Gebreyesus on latent TB in refugee patients": a topic after "on" or "about" is the talk's,
    // not the clinician's own ("Dr. Ashby on leave for hip replacement" is).
    const topic = (tokens[k]?.key === 'on' || tokens[k]?.key === 'about') && tokens[k].case === 'lower' && !ON_LEAVE.has(tokens[k + 1]?.key ?? '');
    // The surname, with the given name before it when one is written ("aaron whitley"; "whitley").
    if (lastCondition < k || topic) out.push(k - i > 2 ? `${tokens[k - 2].key} ${tokens[k - 1].key}` : tokens[k - 1].key);
  }
  return out;
}

/**
 * Surnames the field cites as authors: the word before "et al." ("Guillain-Barré after vaccination
 * (Kowalczyk et al. 2024)"). The article's file name then carries the author's name, not a patient's.
 */
export function citedAuthorsOf(ctx: FieldContext): string[] {
  const t = ctx.tokens;
  const out: string[] = [];
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].key === 'et' && t[i + 1].key === 'al' && t[i - 1].kind === 'word' && t[i - 1].case !== 'lower') out.push(t[i - 1].key);
    // "the Kowalski 2019 paper on pressure injury staging", "(Okonjo 2021)": a surname and a year cited.
    if (t[i].kind === 'number' && /^(?:19|20)\d\d$/.test(t[i].text) && /^\s$/.test(t[i].gap) && t[i - 1].kind === 'word' && t[i - 1].case === 'title') {
      const next = t[i + 1];
      // In brackets only beside a publication word: "(Harrington 1961)" after a test is a birth year.
      const bracketed = /\($/.test(t[i - 1].gap) && /^\)/.test(next.gap) && t.some((x) => PUBLICATIONS.has(x.key));
      const cited = PUBLICATIONS.has(next.key) || bracketed;
      if (cited) out.push(t[i - 1].key);
    }
  }
  return out;
}
const PUBLICATIONS = new Set(PUBLICATION_WORDS);

/**
 * The field names teaching or event material, or a legal document between
 * organisations ("Sepsis_Bundles_Siddiqui_flyer.pdf", "lien_discharge_recorded.pdf"):
 * the names in it are its authors or parties, not patients.
 */
/** Token ranges of authored-material words ("slides", "pricing proposal", "W9") in the field, found once. */
export function authoredWordsOf(ctx: FieldContext): { from: number; to: number }[] {
  return (ctx.memo.authored ??= AUTHORED.findAll(ctx.tokens));
}

export function namesAuthorsOf(ctx: FieldContext, names: readonly { start: number; end: number }[] = []): boolean {
  // A capitalised document word inside a person's name is part of the name: Vietnamese "Kim Liên" is
  // not a lien ("PhamYTe_bao_gia" is a quotation from Pham Y Te).
  const inName = (from: number, to: number): boolean => {
    if (ctx.tokens[from].case === 'lower') return false;
    const span = toOriginal(ctx.text.normalized, ctx.tokens[from].start, ctx.tokens[to - 1].end);
    // "Awa Diallo-Sow - febrile neutropenia": a capitalised word hyphenated right after a name ends a double surname
    // (Sow), not a statement of work.
    const prev = ctx.tokens[from - 1];
    if (prev !== undefined && to - from === 1 && ctx.tokens[from].gap === '-' && ctx.tokens[from].case === 'title') {
      const before = toOriginal(ctx.text.normalized, prev.start, prev.end);
      if (names.some((n) => n.end === before.end)) return true;
    }
    // Not its first word in a file name: "Biosketch_Lindgren" is a biosketch, whatever the name pattern took in. In a
    // subject a name that opens with it is a person's ("Salmonella - Lien Vo, 34F": Liên is a given name).
    return names.some((n) => n.start <= span.start && span.end <= n.end && (ctx.kind === 'attachment' ? n.start < span.start : n.end - n.start > span.end - span.start));
  };
  // "Preeclampsia_SF_teaching_Zhou.pptx": a teaching slide deck names its author ("teaching" alone in a
  // subject is often a patient's: "trach care teaching").
  if (ctx.kind === 'attachment' && SLIDE_DECK.test(ctx.text.normalized.text) && ctx.tokens.some((t) => t.key === 'teaching')) return true;
  // "HFpEF_GR_Okafor.pptx", "GR_Lindqvist_sepsis_update.mp4": a talk's slides or recording, named for the talk (grand rounds,
  // a lecture, a journal club), name its speaker; not a case's ("GR_case_Okafor_Ruth_DKA.pptx", "GR_w_pt_photos_...").
  if (ctx.kind === 'attachment' && TALK_FILE.test(ctx.text.normalized.text) && ctx.tokens.some((t) => TALK_IN_FILE.has(t.key)) && !ctx.tokens.some((t) => CASE_IN_FILE.has(t.key))) return true;
  // A label's or an ID band's reprint is the pharmacy's or the unit's, not a publication's ("Rx_label_reprint_Kravets_O.pdf",
  // "armband reprint - Lowe, Ida").
  const labelReprint = (m: { from: number }): boolean => ctx.tokens[m.from].key.startsWith('reprint') && PRINTED_FOR_PATIENTS.has(ctx.tokens[m.from - 1]?.key ?? '');
  // A document word inside a health term is the term's: "speech delay", "speech therapy" are not a speech.
  return authoredWordsOf(ctx).some((m) => !inName(m.from, m.to) && !insideLongerTerm(ctx, m.from, m.to) && !labelReprint(m) && !(ctx.tokens[m.from].text.length <= 3 && surnameBesideGivenName(ctx.tokens, m)));
}
const PRINTED_FOR_PATIENTS = new Set(PRINTED_FOR_ONE_PATIENT);
const SLIDE_DECK = /\.(?:pptx?|key|odp)$/i;
/** A talk's slides or its recording. */
const TALK_FILE = /\.(?:pptx?|key|odp|mp4|mov|m4a)$/i;
/** A talk's words in a file name: grand rounds written "GR", a lecture, a journal club. */
const TALK_IN_FILE = new Set(['gr', 'lecture', 'talk', 'jc', 'seminar', 'webinar', 'symposium']);
/** A case or a patient in a talk's file name: the talk presents one patient. */
const CASE_IN_FILE = new Set(['case', 'cases', 'pt', 'pts', 'patient', 'patients']);
