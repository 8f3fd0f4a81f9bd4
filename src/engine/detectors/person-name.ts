import { BARE_YEAR, BED_WORDS, CONTEXT_ONLY, Detector, FieldContext, LETTER, Signal, bounded, literalSource, signalAt } from './detector';
import { lettersOf } from '../text/chars';
import { NameLexicon, UPPER_ONLY, nameLexicon } from '../lexicon';
import { HealthMatch, authoredWordsOf, healthTermsOf, isEverydaySense, isUnitWord, personHealthOf, residencyOf, speaksOfReturnToWork, staffAffairsOf, topicTokensOf } from '../facts/health';
import { ANIMAL_WORDS, BODY_SITES, TIME_SPAN_UNITS, DEVICE_CHECK_WORDS, MEETING_WORDS, PLAYED_PATIENT, PRODUCT_WORDS as PRODUCT_WORD_LIST, COVERAGE_VERBS, TREATMENT_SPOT_WORDS, WORKPLACE_WORDS, NEWBORN_CUES as NEWBORN_CUES_LIST, GLUCOSE_WORDS as GLUCOSE_WORDS_LIST, PLACE_NOUNS as PLACE_NOUNS_LIST, SUBJECT_MARKER_WORDS, CARE_VERBS as CARE_VERBS_LIST, DISEASE_COURSE_WORDS, WORK_DOING_VERBS, WORK_MADE_VERBS, HANDLED_BY_VERBS, STAFF_FIGURE_WORDS, PATIENT_ACTS as PATIENT_ACTS_LIST, FAMILY_GROUP_WORDS, PATIENT_REPORT_WORDS, COMMUNITY_GROUP_WORDS, PUBLICATION_WORDS, SOFTWARE_WORDS, LANGUAGE_TALK_WORDS, CARE_SHORTHAND_WORDS, REPLY_PREFIXES as REPLY_PREFIX_WORDS, AUTHORED_WORK_WORDS, BRACKETED_JOB_WORDS, PANEL_WORK_WORDS, CLINICIAN_BLOCK_WORDS, AGE_UNIT_WORDS, PATIENT_NEEDS_VERBS, SALUTATION_WORDS, READER_ACT_VERBS, OWN_LEAVE_WORDS, RESULT_AFTER_CONDITION_WORDS, CLINICIAN_ACT_VERBS, AFTER_AN_OBJECT_WORDS, TALK_CUE_WORDS, CONTACT_VERBS as CONTACT_VERB_LIST, PERSONAL_PRONOUNS, EXTENSION_WORDS as EXTENSION_WORD_LIST, WHOSE_CARE_WORDS, PATIENTS_PAPER_WORDS, DONE_BY_A_PERSON as DONE_BY_A_PERSON_WORDS, BODY_SIDES, AT_SOMEONE_VERBS, STORM_HEAD_WORDS, STORM_KIND_WORDS, PATIENT_PHOTO_WORDS, DONE_TO_A_PATIENT, PASSIVE_AFTER, SUPPLY_ORDER_WORDS } from '../lexicon/context-words';
import { CLOSE_RELATIVES, PARENT_CALLS } from '../lexicon/kin';
import { SURNAME_ENDING } from '../names/surname-endings';
import { LONE_UNKNOWN_LIKENESS, NAME_LIKELY, NAME_UNLIKELY, NAME_VERY_LIKELY, nameLikeness } from '../names/name-likeness';
import { findScriptNames, isScriptAddressWord } from '../names/script-names';
import type { Token } from '../text/tokenize';
import { SCRIPT_OWN_ILLNESS } from '../lexicon/languages/match';
import type { Strength } from '../types';
import {
  HONORIFICS as HONORIFICS_LIST,
  LOWER_CASE_HONORIFICS as LOWER_CASE_HONORIFICS_LIST,
  PATIENT_WORDS as PATIENT_WORDS_LIST,
  LANGUAGE_PATIENT_WORDS,
  CLINICIAN_TITLES as CLINICIAN_TITLES_LIST,
  COMMA_CREDENTIALS as COMMA_CREDENTIALS_LIST,
  PRIOR_AUTH_STATES,
  DOTTED_ABBREVIATIONS as DOTTED_ABBREVIATIONS_LIST,
  GROUP_NOUNS as GROUP_NOUNS_LIST,
  WORK_GROUPS as WORK_GROUPS_LIST,
  CREDENTIALS as CREDENTIALS_LIST,
  CONNECTORS as CONNECTORS_LIST,
  VIETNAMESE_MIDDLE as VIETNAMESE_MIDDLE_LIST,
  NOT_NAMES as NOT_NAMES_LIST,
  GREETINGS,
  DEVICE_FILE_PREFIXES,
  PINYIN_SURNAMES,
  KOREAN_SURNAMES,
  LOWER_CASE_CALENDAR_NAMES,
  LOWER_CASE_WORDS,
  HEALTHCARE_ORGS as HEALTHCARE_ORGS_LIST,
  EPONYM_HEADS as EPONYM_HEADS_LIST,
  POSSESSIVE_EPONYM_HEADS,
  MEDICAL_EPONYMS as MEDICAL_EPONYMS_LIST,
  METHOD_EPONYM_PAIRS as METHOD_EPONYM_PAIRS_LIST,
  LETTERED as LETTERED_LIST,
  NOT_INITIALS as NOT_INITIALS_LIST,
  SAINT as SAINT_LIST,
  ASSIGNED_WORK_VERBS,
  CREDENTIALS_BEFORE_NAME,
  TEAM_ROLE_LABELS,
  ROSTER_LABELS,
  PATIENTS_TEAMS,
  LANGUAGE_NAMES,
  LANGUAGES_ALSO_NAMES,
  MONTH_NAMES,
} from '../lexicon/people-words';
import { BUSINESS_HEADS, HEADS_BEFORE_EPONYM, HEALTH_NAMED_ORG_HEADS, ORG_HEADS, PLACE_WORDS, PUBLIC_ROOMS, PLAN_TYPES, SERVICE_MODIFIERS, SPANISH_TOPONYM_HEADS, SPANISH_TOPONYM_MODIFIERS } from '../lexicon/organisations';

const ORG_WORDS = new Set(ORG_HEADS);
const BUSINESS = new Set(BUSINESS_HEADS);
const SERVICES = new Set(SERVICE_MODIFIERS);
const PLACES = new Set(PLACE_WORDS);
const TOPONYM_HEADS = new Set(SPANISH_TOPONYM_HEADS);
const TOPONYM_MODIFIERS = new Set(SPANISH_TOPONYM_MODIFIERS);
/** English derivational noun endings ("occlusion", "assessment", "capacity"; not "-ence", "-ance", "-ness": "Clémence", "Constance", "Kirkness"). */
const ENGLISH_NOUN_SUFFIX = /^[a-z]{3,}(?:tion|sion|ment|ity|ology|ship)$/;
const HEALTH_NAMED_ORG = new Set(HEALTH_NAMED_ORG_HEADS);

/**
 * Person names, as identity for the combination rule. Lexicons say which
 * words are given names and surnames (census and cspell lists) and which are
 * everyday English; the structure around them says the rest:
 *
 * - strong: two or more name-shaped words with at least one known name
 *   ("Irving Haddadin", "Wang Xiuying"), "Last, First" ("Bergstrom, Yesenia"),
 *   a title or patient word before a name ("Mrs. Lindqvist", "pt Harold",
 *   "Baby Girl Thibodeaux"), an initial before a surname ("T. Al-Amin");
 * - weak: one known name alone ("Boudreaux", "Okafor"); topic words such as
 *   "update" or "grand rounds" in the same field cancel a weak name.
 *
 * Clinicians are not patients: a name after "Dr." or before a credential
 * ("RN", "MD", ", LCSW") is dropped, and so are places ("St. Brigid Medical
 * Center", "Maple Wing").
 */

const HONORIFICS = new Set(HONORIFICS_LIST);
const LOWER_HONORIFICS = new Set(LOWER_CASE_HONORIFICS_LIST);
const PATIENT_WORDS = new Set(PATIENT_WORDS_LIST);
/**
 * Spanish plural articles that open place names ("Las Cruces", "Los Alamos"), and the "of" that makes them a surname's
 * particle. Not "El" or "La": they open Arabic and Italian surnames and given names ("El Khoury", "La Toya").
 */
const SPANISH_ARTICLES = new Set(['las', 'los']);
const SPANISH_OF = new Set(['de', 'del']);
const CLINICIAN_TITLES = new Set(CLINICIAN_TITLES_LIST);
const DOTTED_ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS_LIST);
const GROUP_NOUNS = new Set(GROUP_NOUNS_LIST);
const WORK_GROUPS = new Set(WORK_GROUPS_LIST);
const COMMA_CREDENTIALS = new Set(COMMA_CREDENTIALS_LIST);
const AUTH_STATES = new Set(PRIOR_AUTH_STATES);
const CREDENTIALS = new Set(CREDENTIALS_LIST);
/** Verbs that open a question and are given names too ("will lopez cover", "may garcia start"). */
const AUXILIARY_VERBS = new Set(['will', 'may', 'can', 'shall', 'must']);
const CONNECTORS = new Set(CONNECTORS_LIST);
const VIETNAMESE_MIDDLE = new Set(VIETNAMESE_MIDDLE_LIST);
const NOT_NAMES = new Set([...NOT_NAMES_LIST, ...GREETINGS]);
/** A doctor's and a professor's titles as abbreviated, never a name: "Dr", "Drs", "Dra", "Dott", "Dkt", "Prof". */
const DOCTOR_ABBREVIATIONS = new Set(['dr', 'drs', 'dra', 'dott', 'dkt', 'prof']);
const CALENDAR_NAMES = new Set(LOWER_CASE_CALENDAR_NAMES);
const MONTHS_OF_FILES = new Set(MONTH_NAMES);
const LOWER_WORDS = new Set(LOWER_CASE_WORDS);
const HEALTHCARE_ORGS = new Set(HEALTHCARE_ORGS_LIST);
const EPONYM_HEADS = new Set(EPONYM_HEADS_LIST);
const POSSESSIVE_EPONYMS = new Set(POSSESSIVE_EPONYM_HEADS);
const MEDICAL_EPONYMS = new Set(MEDICAL_EPONYMS_LIST);
const METHOD_EPONYM_PAIRS = new Set(METHOD_EPONYM_PAIRS_LIST);
const LETTERED = new Set(LETTERED_LIST);
const SAINT = new Set(SAINT_LIST);
const ASSIGNED_WORK = new Set(ASSIGNED_WORK_VERBS);
/** Words beside "mRS", the modified Rankin Scale of stroke outcomes, which is no "Mrs.". */
const STROKE_SCALE_WORDS = new Set(['nihss', 'rankin', 'ordinal']);
const CREDENTIAL_BEFORE = new Set(CREDENTIALS_BEFORE_NAME);
const TEAM_ROLES = new Set(TEAM_ROLE_LABELS);
const ROSTER = new Set(ROSTER_LABELS);
const PATIENTS_TEAM_SET = new Set(PATIENTS_TEAMS);
const PUBLIC_ROOM_SET = new Set(PUBLIC_ROOMS);
/** Verbs of covering work (COVERAGE_VERBS, the one list), and precepting. */
const COVERING = new Set([...COVERAGE_VERBS, 'precepting']);
const PLAN_TYPE_WORDS = new Set(PLAN_TYPES);
const BUILDING_ABBREVIATIONS = new Set(['bldg', 'bldgs']);
/** Plural patient words that introduce a list of names ("pts Ruiz, Chen, Okafor"); not "clients", a firm's customers too. */
const PATIENTS_BEFORE_LIST = new Set(['patients', 'pts']);
const REPORT_WORDS = new Set(PATIENT_REPORT_WORDS);
/** Photos of a wound, a rash, a lesion: one patient's, after the condition ("wound photos", "rash pics"). */
const PHOTOS = new Set(PATIENT_PHOTO_WORDS);
const REFERRAL_WORDS = new Set(['referral', 'referrals', 'referred', 'refer', 'referring', 'ref']);
/** Sending a paper on: before "to" and a name, the name is who handles it. */
const SENT_TO_VERBS = new Set(['send', 'sending', 'sent', 'forward', 'forwarding', 'forwarded', 'fax', 'faxing', 'faxed', 'route', 'routing', 'routed']);
const SAINT_TITLES = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'sao']);
const BABY = new Set(['baby']);
const BABY_SEX = new Set(['boy', 'girl', 'a', 'b']);
// Latin capitals, including accented ones (U+00C0-U+00DE without the multiplication sign).
const CAP = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]';
const INITIALS = new RegExp(`${CAP}\\.\\s?${CAP}\\.(?:\\s?${CAP}\\.)?`, 'g');

type Kind = 'G' | 'S' | 'O' | 'A' | 'U' | 'C' | 'X';

interface Classified {
  t: Token;
  kind: Kind;
  shaped: boolean;
  /**
   * A word no lexicon holds that the name model (names/name-likeness.ts) finds likely a name
   * ("Tsinabinnie", "Wiśniewska"). Alone it is not enough (a vendor, a town); beside another name-shaped
   * word or around a comma it completes a full name, as a known name would.
   */
  likely?: boolean;
  /** A word no lexicon holds that the name model finds very unlikely a name ("Justification"). */
  unlikely?: boolean;
  /** A patient word that heads a job or a department ("Patient Advocate", "Patient Transport"): no cue. */
  job?: boolean;
  /** A surname in capitals before a comma and a Title Case given name ("KAUR, Harpreet"). */
  capsSurname?: boolean;
  /** A surname in capitals right before a Title Case given name, without a comma ("POPESCU Gheorghe"). */
  capsBeforeGiven?: boolean;
  /** In a lower-case file name, a surname before one letter, its initial ("ahmed_h_clozapine.xlsx"). */
  lowerInitial?: boolean;
}

const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;
function classify(t: Token, lex: NameLexicon, allCaps: boolean, lenient: boolean, health: boolean): Classified {
  const k = t.key;
  if (t.kind !== 'word' || health) return { t, kind: 'X', shaped: false };
  let kind: Kind;
  // Patient words ("Resident Ada Quill") mark a name; they are never part of it.
  // Titles ("Ms", "Mrs") mark a name and are never part of it ("EKG_MsTaniguchi").
  // So are a doctor's abbreviated titles, with or without their dot ("Dr Lindqvist having his carpal tunnel release").
  // An acronym's plural ("LOIs", "RFPs"): capitals before a lower-case "s" are never a name ("Lois").
  if (NOT_NAMES.has(k) || PATIENT_WORDS.has(k) || HEALTHCARE_ORGS.has(k) || HONORIFICS.has(k) || DOCTOR_ABBREVIATIONS.has(k) || ACRONYM_PLURAL.test(t.text)) kind = 'C';
  else if (lex.ambiguous.has(k)) kind = 'A';
  else if (lex.given.has(k)) kind = 'G';
  else if (lex.surname.has(k)) kind = 'S';
  else if (lex.other.has(k)) kind = 'O';
  // A month no name list holds ("Dec", "Oct", "July") is a date's word, not an unknown surname ("Dexa_Van_Nov.pdf").
  else if (lex.common.has(k) || k.length < 2 || NOT_NAMES.has(k) || TEST_RECORD.test(k) || MONTHS_OF_FILES.has(k)) kind = 'C';
  // "MacAllister", "McAllister": the Gaelic prefix is spelled both ways; either spelling of a known surname is one.
  else if (MAC_PREFIX.test(k) && lex.surname.has(k.startsWith('mac') ? `mc${k.slice(3)}` : `mac${k.slice(2)}`)) kind = 'S';
  // Endings only surnames have, in Latin letters (Georgian -shvili/-dze, Greek -poulos/-akis/-idis, Armenian -yan, Icelandic and Nordic -dottir/-sson,
  // Turkish -oglu): a surname whatever the lists or the model hold ("Gelashvili labs", "Georgiadis MRI").
  else if (k.length >= 7 && SURNAME_ENDING.test(k)) kind = 'S';
  else kind = 'U';
  const score = kind === 'U' && k.length >= 4 ? nameLikeness(k) : 0;
  const likely = kind === 'U' && t.case !== 'lower' && score >= NAME_LIKELY;
  let shaped: boolean;
  if (t.case === 'title' || t.case === 'none') shaped = true;
  else if (t.case === 'upper') shaped = allCaps || ((kind === 'G' || kind === 'S' || kind === 'O') && k.length >= 4);
  else shaped = lenient && (kind === 'G' || kind === 'S' || kind === 'O');
  // Words without case (CJK) are handled by the lexicons only.
  if (t.case === 'none' && kind === 'U') shaped = false;
  if (score < NAME_UNLIKELY) return { t, kind, shaped, unlikely: true };
  return likely ? { t, kind, shaped, likely } : { t, kind, shaped };
}

/** Words of products, supplies and their notices: a surname before them is a maker's ("roche glucose meter recall"). */
const PRODUCT_WORDS = new Set(PRODUCT_WORD_LIST);

/**
 * A room, a bed, a bay or a chair with its number, in a subject or a file name ("bed 3", "rm412", "Room #12"),
 * not in a field about a conference, a board or a meeting, whose rooms are where it meets ("Conf Room 204",
 * "case conf - Mrs. D - Room 3B").
 */
const ROOM_IN_FIELD = new RegExp(`(?:^|[^a-z])(?:${[...BED_WORDS, ...TREATMENT_SPOT_WORDS].map(literalSource).join('|')})[\\s_#-]{0,2}\\d`, 'i');
const MEETING_ROOM = new RegExp(`(?:^|[^a-z])(?:${MEETING_WORDS.map(literalSource).join('|')})(?:[^a-z]|$)`, 'i');
/** Words that qualify a diagnosis: before an abbreviation they make it a condition, not a credential ("suspected RD"). */
const DIAGNOSTIC_QUALIFIERS = new Set(['suspected', 'suspect', 'possible', 'probable', 'presumed', 'likely', 'known', 'hx']);

/** Words of teaching, quality and managers' files, where a word and a letter label a thing ("Bundle_B_CLABSI_audit.xlsx"). */
const LABELLED_WORK = new Set(['teaching', 'qa', 'qc', 'audit', 'audits', 'inventory', 'budget', 'schedule', 'template', 'training', 'drill', 'sim', 'competency', 'validation', 'calibration']);
/** A paper's figure or supplement ("Fig3", "figure_2", "suppl"). */
const PAPER_PARTS = /^(?:fig|figs|figure|figures|suppl|supplement|supplementary)$/;
/** What people call a parent or grandparent: alone, a relative by role, not a name (name.lone). */
const PARENT_WORDS = new Set(PARENT_CALLS);

/** An EHR's test patient ("ZZTEST", "ZZZTEST,ALPHA"): no person's name starts with two z's. */
const TEST_RECORD = /^zz/;
const DEVICE_PREFIXES = new Set(DEVICE_FILE_PREFIXES);
const JOB_WORDS = new Set(WORKPLACE_WORDS);
const ROLE_PLAYED = new Set(PLAYED_PATIENT);
const PINYIN_SURNAME = new Set(PINYIN_SURNAMES);
/** Two pinyin syllables (without tone marks): "xiuying", "jianguo", "meiling". */
const PINYIN_SYLLABLE = '(?:[b-df-hj-np-tw-z]|[csz]h)?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|[aeiouv])';
const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`);
const EAST_ASIAN_SURNAME = new Set([...PINYIN_SURNAMES, ...KOREAN_SURNAMES]);
/**
 * One romanised Korean or Chinese syllable (Revised Romanization, McCune-Reischauer, pinyin, Wade-Giles):
 * consonants, a vowel run, and an optional final ("ji", "woo", "hyun", "yeon", "ling", "hsiu"; "ah" as "Soo-ah" spells 아).
 */
const ROMANISED_SYLLABLE = /^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[hk-npt])?$/;
/** Hyphenated halves that are English prefixes, particles and words, not syllables of a name ("Pre-op", "Co-pay", "Hi-Lo"). */
const NOT_NAME_SYLLABLES = new Set(['up', 'in', 'on', 'op', 'out', 'off', 'do', 'go', 'to', 'by', 'pay', 're', 'pre', 'co', 'non', 'ex', 'day', 'one', 'two', 'six', 'ten', 'at', 'it', 'see', 'top', 'low', 'key', 'try', 'new', 'old', 'man', 'men', 'lay', 'way', 'fly', 'dry', 'hi', 'lo', 'tech', 'fit', 'pick', 'sign', 'set', 'pop', 'drop', 'walk', 'check', 'flu', 'bed']);
const ARABIC_ARTICLES = new Set(['al', 'el']);
const ARABIC_ARTICLE_GLUED = /^(?:Al|El)[A-Z][a-z]{2,}$/;
/** "El-Sayed", "AlMansouri" split in a file name: the article in Title Case, glued or hyphenated to a capitalised word. */
const arabicArticle = (a: Classified, b: Classified | undefined): boolean =>
  b !== undefined && ARABIC_ARTICLES.has(a.t.key) && a.t.case === 'title' && (b.t.gap === '' || b.t.gap === '-') && b.t.case === 'title';
const known = (k: Kind): boolean => k === 'G' || k === 'S' || k === 'O';
const nameLike = (c: Classified): boolean => c.shaped && c.kind !== 'X' && c.kind !== 'C';
/** Letters only Vietnamese writes (ă, đ, ơ, ư and the stacked tone marks): its syllables are given names alone ("thứ Hai", Monday). */
const VIETNAMESE_LETTER = /[\u0103\u0111\u01a1\u01b0\u1ea0-\u1ef9]/i;
/** Non-Latin scripts: no lexicon, so two capitalised words make a name ("Ольга Петрова"). */
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f]/;

/** Token gaps that keep two words in one name: a space, a hyphen, an underscore or dot in file names. */
function joins(gap: string, kind: FieldContext['kind']): boolean {
  // An underscore joins words in subjects too: people paste file-like names ("Quill_Ada MRI").
  if (gap === ' ' || gap === '-' || gap === '' || gap === '  ' || gap === '_') return true;
  // "HERNANDEZ^RAMON_MR_KNEE.dcm": DICOM writes a person's name family^given.
  if (kind === 'attachment' || kind === 'emailAddress') return /^[_.\s-]{1,2}$/.test(gap) || (kind === 'attachment' && gap === '^');
  return false;
}

export interface NameSpan {
  from: number;
  to: number;
  /** Topic words in the field ("update", "agenda") cancel a weak name. */
  weak: boolean;
  /** Index of the title or patient word before the name, if any. */
  cue?: number;
  /** The evidence pattern id (NAME_PATTERNS). */
  pattern: string;
  strength: Strength;
}

/** What the patterns see of one run of name-like words, tokens [i, j). */
interface RunFacts {
  readonly cls: readonly Classified[];
  readonly i: number;
  readonly j: number;
  readonly run: readonly Classified[];
  readonly kind: FieldContext['kind'];
  /** A title or a patient word right before the run. */
  readonly cue: boolean;
  /** A title ("Mrs.", "Baby Girl") right before the run. */
  readonly titled: boolean;
  /** The run starts with an initial and a dot ("T. Al-Amin"). */
  readonly initial: boolean;
  readonly anyKnown: boolean;
  readonly allCaps: boolean;
  readonly lex: NameLexicon;
  readonly health: ReadonlySet<number>;
  /** First and last tokens of the field's plain clinical terms (a condition, test, procedure, medication or encounter). */
  /** The field's clinical terms: where each starts and ends, where the last starts (-1 if none), and whether one is only a person's. */
  readonly clinical: { readonly starts: ReadonlySet<number>; readonly ends: ReadonlySet<number>; readonly lastStart: number; readonly someones: boolean; readonly firm: number };
  /**
   * A sentence-case English subject (an everyday English word in lower case) with a plain clinical term:
   * one not in Title Case mid-way, where it would name an organisation ("Kamaka Home Health").
   * Computed once per field (name.clinical-unknown reads it for every candidate).
   */
  readonly clinicalEnglishSubject: boolean;
  /**
   * The field is about one patient: a measured value ("INR 4.8", "POD1", "32wk"), a dose ("7.5mg"), a
   * bed ("bed 7") or a third-person pronoun beside its clinical words. Computed once per field.
   */
  readonly patientSpecific: boolean;
  /**
   * A subject in clinicians' shorthand after its opening word: only clinical terms, abbreviations in capitals,
   * numbers and short connectors ("Sokolova - NSTEMI", "Whitcombe CT A/P"). Computed once per field.
   */
  readonly shorthand: boolean;
  /** The field's first word that is not a reply prefix or a greeting ("Re:", "Hi"): where a subject opens. */
  readonly opening: number;
  /**
   * A clinician title ("Dr.", "Prof.", "Nurse") right before the run, or a credential right after it ("Jamal
   * Price RN out 2 wks - back surgery"; after a dash a credential opens the next part).
   */
  readonly clinician: boolean;
  /** Health words tied to someone by "his"/"her"/"their"/"own", a verb of undergoing or a stay (`Tie`), by the token each starts at. */
  readonly eventsAt: ReadonlyMap<number, readonly HealthMatch[]>;
  /** The field's plain health words about a person (no workplace, no everyday sense needing support), tied or not, by start. */
  readonly termsAt: ReadonlyMap<number, readonly HealthMatch[]>;
  /** Where the last of them starts, or -1. */
  readonly lastEvent: number;
  /** In a file name, the last word before the extension with only numbers after it, or -1. */
  readonly lastFileWord: number;
  /** The field speaks of a return to work or fitness for duty ("Cleared to return - Lena Ortiz RN"). Once per field. */
  readonly returnToWork: boolean;
  /** The field closes with a dot after its last word ("... - Kenji T."). */
  readonly closingDot: boolean;
}

/**
 * A named way of writing a person's name, with the strength of evidence it
 * gives (spec: a full name, "Last, First" and title + surname are strong; a
 * lone given name or surname is medium). `match` returns the end of the name
 * (a pattern may extend the run, e.g. over ", First"), or undefined.
 * Each pattern's description and its fictitious valid and invalid rows live in
 * name-pattern-docs.ts (checked by one generic test; kept out of the Outlook
 * event handler's bundle, which needs only the patterns).
 */
export interface NamePattern {
  readonly id: string;
  readonly strength: Strength;
  /** Topic words in the field cancel a weak name ("Boudreaux - grand rounds"). */
  readonly weak: boolean;
  match(f: RunFacts): number | undefined;
}

const NON_LATIN_RUN = (f: RunFacts): boolean => f.run.every((c) => NON_LATIN.test(c.t.text));

/** Ordered: the first pattern that matches names the run. */
/** A possessive right after a word, the gap before the next token: "Ode's data", "noor's". */
const POSSESSIVE_AFTER_NAME = /^['\u2019]s?\s/;

export const NAME_PATTERNS: readonly NamePattern[] = [
  {
    // Clinicians are people too: "Dr. Tsosie out after his knee arthroscopy" is about the doctor's own health. So is
    // a field about a clinician's return to work or fitness for duty ("FFD eval - Lena Ortiz RN (ED)").
    id: 'name.clinician-own-health',
    strength: 'medium',
    weak: false,
    match: (f) => (f.clinician && (f.returnToWork || ownEventAfter(f)) ? f.j : undefined),
  },
  {
    // "Tavita's mom called - his asthma flare", "Dr. Ferrante's mom - fell, hip fx": a name before a possessive
    // and a relative's word identifies the relative, a clinician's too.
    id: 'name.kin-possessive',
    strength: 'medium',
    weak: false,
    match: (f) => (f.run.length === 1 && isKinAfter(f.cls, f.j, f.titled || f.clinician) ? f.j : undefined),
  },
  {
    id: 'name.last-first-initial',
    strength: 'high',
    weak: false,
    match: (f) => (f.j < f.cls.length && f.cls[f.j].t.gap.trim() === ',' && f.anyKnown && isInitial(f.cls, f.j) ? f.j + 1 : undefined),
  },
  {
    id: 'name.unknown-last-initial',
    strength: 'medium',
    weak: false,
    match: (f) => {
      const c = f.run[0];
      const shape = f.run.length === 1 && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 4 && /[aeiouy]/.test(c.t.key) && !c.unlikely;
      const last = f.cls[f.j];
      const finalInitial = f.j === f.cls.length - 1 && last.t.kind === 'word' && last.t.text.length === 1 && last.t.case === 'title';
      return shape && last !== undefined && last.t.gap.trim() === ',' && (isInitial(f.cls, f.j) || finalInitial) ? f.j + 1 : undefined;
    },
  },
  {
    id: 'name.caps-last-first',
    strength: 'high',
    weak: false,
    // HL7 writes the family name first with a caret ("KOWALSKI^JAN^M"); not in a provider's field (ORC-12 ordering,
    // OBR-16, PV1-7 attending: "ORC-12 SMITH^JOHN - MRI order not filed" is the doctor).
    // The given name may be two syllables joined by a hyphen, each shorter than a name word ("TRAN, VAN-AN").
    match: (f) => {
      if (f.j !== f.i + 1 || !isCapsNameWord(f.cls[f.i]) || f.j >= f.cls.length || !(f.cls[f.j].t.gap.trim() === ',' || (f.cls[f.j].t.gap === '^' && !hl7ProviderField(f.cls, f.i)))) return undefined;
      if (isCapsNameWord(f.cls[f.j])) return f.j + 1;
      return capsHyphenatedGiven(f.cls[f.j], f.cls[f.j + 1]) ? f.j + 2 : undefined;
    },
  },
  {
    id: 'name.caps-last-given',
    strength: 'medium',
    weak: false,
    match: (f) => (f.run.length === 1 && f.run[0].capsSurname === true && f.j < f.cls.length && f.cls[f.j].t.gap.trim() === ',' ? f.j + 1 : undefined),
  },
  {
    id: 'name.caps-surname-given',
    strength: 'medium',
    weak: false,
    match: (f) => (f.run.length === 2 && f.run[0].capsBeforeGiven === true ? f.j : undefined),
  },
  {
    id: 'name.last-first',
    strength: 'high',
    weak: false,
    match: (f) => {
      const { cls, j } = f;
      // "Okello, Grace", "Achterberg, Joy": a given name that is also a word (Grace, Hope, Joy) after a comma and a
      // capitalised word no list holds is the given name of a "Last, First".
      const wordGiven = j < cls.length && cls[j].kind === 'A' && cls[j].t.case === 'title' && f.run.every((c) => c.kind === 'U' && !c.unlikely && c.t.case === 'title');
      if (!(j < cls.length && cls[j].t.gap.trim() === ',' && nameLike(cls[j]) && (f.anyKnown || known(cls[j].kind) || wordGiven) && f.run.length <= 2)) return undefined;
      // "pt Ana Ruiz, Dr. Mehra accepting": a title after the comma opens the next person.
      if (isCredential(cls[j].t) || CLINICIAN_TITLES.has(cls[j].t.key) || HONORIFICS.has(cls[j].t.key)) return undefined;
      let k = j + 1;
      while (k < cls.length && joins(cls[k].t.gap, f.kind) && nameLike(cls[k]) && k - j < 2) k++;
      // "thank you Tasha, Minh & Rob": a given name no census lists as a surname, a comma and one more name, going on
      // with "&", "and" or another comma and a capitalised word, is a series of people by first name, not "Last, First".
      const series = k === j + 1 && k < cls.length && ((/^\s*[&,+]\s*$/.test(cls[k].t.gap) && cls[k].t.case === 'title') || (cls[k].t.key === 'and' && cls[k + 1]?.t.case === 'title'));
      if (series && f.run.length === 1 && f.run[0].kind === 'G' && !isCensusSurname(f.run[0].t.key)) return undefined;
      return k;
    },
  },
  {
    id: 'name.initial-surname',
    strength: 'high',
    weak: false,
    match: (f) => (f.initial ? f.j : undefined),
  },
  {
    // A title before a lone initial, with a room or a bed in the field ("Mr. A bed 3"): a patient, but an initial
    // is no full name, so it warns (medium).
    id: 'name.titled-initial',
    strength: 'medium',
    weak: false,
    match: (f) => (f.titled && f.run.length === 1 && f.run[0].t.text.length === 1 ? f.j : undefined),
  },
  {
    id: 'name.title',
    strength: 'high',
    weak: false,
    match: (f) => (f.titled ? f.j : undefined),
  },
  {
    id: 'name.patient-word-full',
    strength: 'high',
    weak: false,
    match: (f) => (f.cue && f.run.length >= 2 && f.anyKnown ? f.j : undefined),
  },
  {
    id: 'name.patient-word',
    strength: 'medium',
    weak: false,
    match: (f) => (f.cue && f.anyKnown ? f.j : undefined),
  },
  {
    id: 'name.patient-word-unknown',
    strength: 'medium',
    weak: true,
    match: (f) => {
      const c = f.run[0];
      const cue = f.cls[f.i - 1];
      // "refill for pt Tuilagi, Friday": right after "pt" or "patient" and set apart, the word stands where
      // only a name goes: the model need only not reject it outright. "client" and "member" have other senses.
      const next = f.cls[f.j];
      const apart = next === undefined || /^\s*[,;:.)\]\u2013\u2014-]/.test(next.t.gap);
      const strongCue = cue !== undefined && STRONG_PATIENT_CUES.has(cue.t.key);
      // Right before a clinical term too ("pt Okafuwa missed fx 12/30"), not a number ("pt Kiosk 3", a device).
      const clinicalAfter = next !== undefined && /^\s$/.test(next.t.gap) && (f.clinical.starts.has(f.j) || (next.t.case === 'lower' && f.clinical.starts.has(f.j + 1)));
      // Or right before the room or bed the patient lies in, in a field with a clinical term ("pt Tuimasave rm 5 - BP
      // 180/100"; "pt Kiosk rm 3 reboot" is a device).
      const roomAfter = next !== undefined && /^\s$/.test(next.t.gap) && ROOM_WORDS.has(next.t.key) && f.cls[f.j + 1]?.t.kind === 'number' && f.clinical.starts.size > 0;
      const bar = (apart || clinicalAfter || roomAfter) && strongCue ? NAME_LIKELY_ENOUGH_BESIDE_VALUES : LONE_UNKNOWN_LIKENESS;
      const shape = c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 4 && /[aeiouy]/.test(c.t.key) && nameLikeness(c.t.key) >= bar;
      // "Pt" in Title Case is the patient too ("PT" in capitals is physical therapy, "Pt." a port, "NewPatient_Mailer"
      // a product); before ", First" name.last-first reads the whole name.
      // "Pt." with its dot is the patient only before the room, the bed or the care that follows ("Pt. Okafor 614 -
      // NPO"), where a port's or a point's name never stands ("Pt. Reyes", "Pt. Adelin clinic hours").
      const roomNumberAfter = next !== undefined && /^\s$/.test(next.t.gap) && next.t.kind === 'number' && /^\d{3,4}[a-z]?$/i.test(next.t.text) && f.clinical.starts.size > 0;
      const careAfter = clinicalAfter && next !== undefined && !ORG_WORDS.has(next.t.key);
      const titlePt = cue !== undefined && cue.t.text === 'Pt' && (/^\s$/.test(c.t.gap) || (/^\.\s$/.test(c.t.gap) && (careAfter || roomAfter || roomNumberAfter)));
      const lastFirst = next !== undefined && next.t.gap.trim() === ',' && next.t.case === 'title' && nameLike(next);
      const languageCue = cue !== undefined && cue.t.case === 'title' && LANGUAGE_PATIENT_CUES.has(cue.t.key);
      return f.cue && f.run.length === 1 && shape && cue !== undefined && (cue.t.case === 'lower' || titlePt || languageCue) && !lastFirst ? f.j : undefined;
    },
  },
  {
    id: 'name.full',
    strength: 'high',
    weak: false,
    match: (f) => (f.run.length >= 2 && (f.anyKnown || f.run.some((c) => VIETNAMESE_MIDDLE.has(c.t.key)) || NON_LATIN_RUN(f)) ? f.j : undefined),
  },
  {
    id: 'name.likely-pair',
    strength: 'medium',
    weak: false,
    match: (f) => {
      const { cls, j } = f;
      if (f.run.length >= 2 && f.run.some((c) => c.likely === true)) return j;
      // File names glue "Surname_Given" without a comma: two unknown words both name-like enough.
      const parts = f.run.filter((c) => !NAME_SUFFIXES.has(c.t.key));
      if (f.kind === 'attachment' && parts.length === 2 && parts.every((c) => c.kind === 'U' && c.t.case === 'title' && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS)) return j;
      const comma = j < cls.length && cls[j].t.gap.trim() === ',' && nameLike(cls[j]) && !isCredential(cls[j].t) && f.run.length === 1;
      // "Szymańska, Agnieszka": around a comma, two unknown words that are both name-like enough.
      const bothNameLike = comma && [f.run[0], cls[j]].every((c) => c.kind === 'U' && c.t.case === 'title' && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS);
      // "Venkataraghavan, Padmavathi - access fistulogram", "FW: Aisek, Kemuel HTN/DM2 med rec": an EHR's "LAST,
      // FIRST" opening a field (after a reply prefix) with a clinical term, set apart by a dash or a colon, or
      // right before a condition, a drug or an encounter ("Kalispell, Missoula mammogram van" names places):
      // two unknown capitalised words the model does not reject.
      const opening = comma && f.clinical.starts.size > 0 && f.i === f.opening && [f.run[0], cls[j]].every((c) => c.kind === 'U' && c.t.case === 'title' && c.unlikely !== true && c.t.text.length >= 3);
      const setApart = cls[j + 1] === undefined || SET_APART.test(cls[j + 1].t.gap) || (f.clinical.starts.has(j + 1) && f.clinical.someones);
      return comma && (f.run[0].likely === true || cls[j].likely === true || bothNameLike || (opening && setApart)) ? j + 1 : undefined;
    },
  },
  {
    id: 'name.caps-pair',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length >= 2 && f.allCaps && f.run.some((c) => c.kind === 'A') && f.run.some((c) => c.kind === 'U') ? f.j : undefined),
  },
  {
    id: 'name.unknown-pair',
    strength: 'medium',
    weak: true,
    // Not a word built with an English noun suffix ("FeedingPump_Occlusion_Trend.pdf", "Homework_EmotionReg"): names of
    // any origin rarely end so, where rare names may score low in the name model ("Razafindrakoto", "Goikoetxea").
    // In capitals only right after a patient word, as an EHR prints the name ("pt HALINA WROBLEWSKA rm 2"): words of four
    // letters or more with a vowel, no acronym.
    match: (f) => {
      const shaped = (c: Classified): boolean => c.t.case === 'title' || (f.cue && c.t.case === 'upper' && c.t.text.length >= 4 && /[aeiouy]/.test(c.t.key));
      return f.run.length >= 2 && f.run.every((c) => c.kind === 'U' && shaped(c) && c.t.text.length >= 3 && !ENGLISH_NOUN_SUFFIX.test(c.t.key)) ? f.j : undefined;
    },
  },
  {
    id: 'name.family',
    strength: 'medium',
    weak: true,
    match: (f) => {
      if (f.run.length !== 1 || f.cls[f.i - 1]?.t.key !== 'the') return undefined;
      // "the Tsegaye family", "the Okafor household": a name no list holds, title case, before the word for a family.
      const c = f.run[0];
      const familyWord = f.cls[f.j] !== undefined && /^\s$/.test(f.cls[f.j].t.gap) && FAMILY_WORDS.has(f.cls[f.j].t.key);
      return isFamilyName(c, f.lex) || (familyWord && c.t.case === 'title' && c.t.text.length >= 3 && (c.kind === 'U' || known(c.kind))) ? f.j : undefined;
    },
  },
  {
    // "Aigerim S. - TSH 0.02", "Asif K. - SI, safety plan updated": a given name and the initial of a surname.
    id: 'name.given-initial',
    strength: 'medium',
    weak: false,
    match: (f) => {
      const c = f.run[0];
      const shape = f.run.length === 1 && c.t.case === 'title' && c.t.text.length >= 3 && /[aeiouy]/.test(c.t.key) && !LETTERED.has(c.t.key) && (c.kind === 'U' || known(c.kind));
      const initial = f.cls[f.j];
      const after = f.cls[f.j + 1];
      // The initial's dot may run into a separator or a comma ("Aigerim S. - TSH", "Aigerim S., vanc trough"),
      // but not into another initial ("R.T.").
      // At the field's end the dot has no word after it ("Methadone induction Friday - Kenji T.").
      const dotted = initial !== undefined && initial.t.kind === 'word' && initial.t.text.length === 1 && initial.t.case === 'title' && (after !== undefined ? /^\.(?:\s|,|$)/.test(after.t.gap) : f.closingDot && f.j + 1 === f.cls.length);
      // Without the dot, only after a known given name and set apart from what follows: "Dmitri S - d/c plan",
      // "FW: attendance - Tyrell H"; not "Plan B", "Hepatitis C", "Unit B" (no given names).
      const given = c.kind === 'G';
      const undotted = given && initial !== undefined && initial.t.kind === 'word' && initial.t.text.length === 1 && initial.t.case === 'title' && (after === undefined || /^\s?[-\u2013\u2014:,;|]/.test(after.t.gap));
      // "New C. diff testing": a letter that opens a health term ("C. diff", "H. pylori") is no initial.
      return shape && (dotted || undotted) && /^\s$/.test(initial.t.gap) && !f.health.has(f.j) ? f.j + 1 : undefined;
    },
  },
  {
    id: 'name.surname-initial',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && surnameWithInitial(f) ? f.j : undefined),
  },
  {
    id: 'name.opening-surname-initial',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && openingSurnameInitial(f) ? f.j + 1 : undefined),
  },
  {
    id: 'name.lone',
    strength: 'medium',
    weak: true,
    // Four letters at least, or a given name or a surname of three in Title Case that is no everyday word ("Tom out
    // sick - covid+", "Ann's biopsy", "Cho (bed 6) NPO"): shorter words and capitals are abbreviations ("Med", "ENT").
    // Not in Vietnamese, whose syllables are given names ("thứ Hai").
    match: (f) => {
      const c = f.run[0];
      const short = c.t.text.length === 3 && /^[a-z]+$/i.test(c.t.text) && (c.kind === 'G' || c.kind === 'S' || c.kind === 'O') && c.t.case === 'title' && !f.lex.common.has(c.t.key);
      // Set apart, possessive, part of a hyphenated given name, or before a word that follows a person ("Tom - covid+",
      // "Ann's biopsy", "Hye-jin out", "Deb in payroll broke her wrist"): not "Ivy rash", "Sam splints", "Les vaccins".
      const next = f.cls[f.j];
      const hyphenated = c.t.gap === '-' || next?.t.gap === '-';
      const initialAfter = next !== undefined && next.t.text.length === 1 && next.t.case === 'title' && /^\s$/.test(next.t.gap);
      const possessive = next !== undefined && POSSESSIVE_AFTER_NAME.test(next.t.gap);
      const apart = next === undefined || hyphenated || initialAfter || possessive || SET_APART.test(next.t.gap) || /^\s?-{2}/.test(next.t.gap) || (/^\s$/.test(next.t.gap) && next.t.case === 'lower' && AFTER_A_PERSON.has(next.t.key));
      // A surname of three letters is set apart, not possessive ("Ode's data": a colleague's given name, as often).
      const shortApart = short && apart && (c.kind === 'G' || !possessive);
      const long = c.t.text.length >= 4 || (shortApart && !f.cls.some((x) => VIETNAMESE_LETTER.test(x.t.text)));
      // A parent's call names a relative by role ("receta_mama.jpg"), unless an initial makes it a nickname ("'Mama G' in bed 14").
      const role = PARENT_WORDS.has(c.t.key) && !initialAfter;
      return f.run.length === 1 && known(c.kind) && long && !role ? f.j : undefined;
    },
  },
  {
    id: 'name.script-full',
    strength: 'high',
    weak: false,
    match: () => undefined,
  },
  {
    id: 'name.script-lone',
    strength: 'medium',
    weak: true,
    match: () => undefined,
  },
  {
    // Read apart from the runs (patientWordScriptNames): a patient word of the patients' languages, then words of
    // a script without capitals.
    id: 'name.patient-word-script',
    strength: 'medium',
    weak: false,
    match: () => undefined,
  },
  {
    id: 'name.unknown-surname',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && (unknownSurname(f.cls, f.i, f.kind, f.health, f.lex) || gluedInitialSurname(f)) ? f.j : undefined),
  },
  {
    id: 'name.file-surname',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && fileSurname(f) ? f.j : undefined),
  },
  {
    id: 'name.clinical-unknown',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && clinicalUnknown(f) ? f.j : undefined),
  },
  {
    id: 'name.event-subject',
    strength: 'medium',
    weak: true,
    match: (f) => (f.run.length === 1 && eventSubject(f) ? f.j : undefined),
  },
];

/** A word no lexicon holds beside a known given name in a lower-case pair must score at least this: "grant budget" is a budget. */
const LOWER_PAIR_UNKNOWN_FLOOR = 0;
/**
 * Clinicians' telegraphic lines ("218 kowalczyk k+ 5.9 recheck?", "tpn for mendoza by 1600", "code status changed w
 * family - whitlock"): a surname of the lists typed in lower case (not a given name: "gene therapy", "walker at
 * bedside"; nor a word no list holds, which here is as often another language's or a compound: "hoja prenatal", "work
 * note for timeclock"), four letters at least, stands where a patient stands in such a line when it comes right after
 * a bed, a room or a number, right before a bed or a room with its number, right before a clinical term where it opens
 * the line or a clause, after "for", "on" or "re" following a clinical term, or set apart at both edges of a clause.
 * Only in a subject about someone (a condition, a medication, an encounter, a measured value, or two clinical terms),
 * never after a clinician's title nor before a credential ("bed 9 delacourt rn"), nor in a product notice, and it
 * stays a lone name (medium: it warns).
 */
function markTelegraphicSurnames(cls: Classified[], ctx: FieldContext, clinical: RunFacts['clinical']): void {
  if (clinical.starts.size === 0) return;
  const tokens = ctx.tokens;
  let measured = false;
  let service = false;
  for (const h of healthTermsOf(ctx)) {
    if (h.measured === true) measured = true;
    if (h.category === 'specialty') service = true;
  }
  const aboutSomeone = clinical.someones || clinical.starts.size >= 2 || measured;
  // Not among staff affairs ("ruiz, ana - flu clinic volunteer"), where a surname is a colleague's.
  if (!aboutSomeone || tokens.some((t) => PRODUCT_WORDS.has(t.key)) || staffAffairsOf(ctx)) return;
  let opening = 0;
  while (opening < cls.length && cls[opening].t.kind === 'word' && REPLY_PREFIXES.has(cls[opening].t.key)) opening++;
  for (let k = 0; k < cls.length; k++) {
    const c = cls[k];
    if (c.shaped || c.t.case !== 'lower' || !(c.kind === 'S' || c.kind === 'O') || c.t.text.length < 4 || LETTERED.has(c.t.key) || CONNECTORS.has(c.t.key)) continue;
    const prev = cls[k - 1];
    const next = cls[k + 1];
    if (prev !== undefined && (CLINICIAN_TITLES.has(prev.t.key) || DOCTOR_ABBREVIATIONS.has(prev.t.key) || CREDENTIALS.has(prev.t.key))) continue;
    // A credential in lower case after it ("bed 9 delacourt rn assigned", "rm 4 delacourt, rn") or a place of work
    // ("room 3 castillo office") makes it a colleague's.
    if (next !== undefined && (CREDENTIALS.has(next.t.key) || CLINICIAN_TITLES.has(next.t.key) || JOB_WORDS.has(next.t.key))) continue;
    const spaced = /^\s$/.test(c.t.gap);
    // A number opening the line, after a bed or a room word, or a unit's bed code ("4n-08"): not an office's.
    const placeNumber = prev !== undefined && prev.t.kind === 'number' && (k === 1 || prev.t.gap === '-' || BED_WORDS.has(cls[k - 2].t.key) || TREATMENT_SPOTS.has(cls[k - 2].t.key));
    const afterPlace = prev !== undefined && spaced && placeNumber && prev.t.text.length <= 4 && !BARE_YEAR.test(prev.t.text);
    const beforePlace = (next !== undefined && /^\s$/.test(next.t.gap) && BED_WORDS.has(next.t.key) && cls[k + 2]?.t.kind === 'number') || unitRoomAt(cls, k + 1);
    const beforeClinical = next !== undefined && /^\s$/.test(next.t.gap) && clinical.starts.has(k + 1);
    const forSomeone = prev !== undefined && spaced && FOR_WHOM.has(prev.t.key) && [k - 2, k - 3, k - 4].some((j) => j >= 0 && clinical.ends.has(j) && cls.slice(j + 1, k + 1).every((x) => !SET_APART.test(x.t.gap)));
    // The first word after any reply prefixes, or after a clause's separator.
    const edgeBefore = k === opening || SET_APART.test(c.t.gap);
    const edgeAfter = next === undefined || SET_APART.test(next.t.gap);
    // Set apart alone, not in a line about a service ("pulmonology on call - whitlock - asthma consults").
    if (afterPlace || beforePlace || (beforeClinical && (edgeBefore || afterPlace)) || forSomeone || (edgeBefore && edgeAfter && !service)) cls[k] = { ...c, shaped: true };
  }
}
const TREATMENT_SPOTS = new Set(TREATMENT_SPOT_WORDS);
const FOR_WHOM = new Set(WHOSE_CARE_WORDS);

/** Used for a full-name pattern written all in lower case without a cue. */
const LOWER_PAIR: NamePattern = {
  id: 'name.lower-pair',
  strength: 'medium',
  weak: true,
  match: () => undefined,
};

export function findNames(ctx: FieldContext): NameSpan[] {
  const tokens = ctx.tokens;
  const lex = nameLexicon();
  const letters = lettersOf(ctx.text.normalized.text);
  const allCaps = letters.length > 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters.length > 6 && letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  // File names and addresses are often typed in lower case: a known name counts there in lower case too,
  // unless the file name capitalises some words, when its separate lower-case words are words
  // ("Thu_gui_phu_huynh_kham_suc_khoe.pdf": a letter to parents, "phu huynh" is not Huynh); glued in
  // camel case they are still name parts ("kimSooyeonLipidPanel", "deBoer").
  // Acronyms in capitals ("okonkwo_chinedu_MRI_LSPINE.zip") are how modalities are written, not capitalisation.
  const capitalised = ctx.kind === 'attachment' && tokens.some((t) => t.kind === 'word' && t.text.length > 1 && t.case === 'title' && !DEVICE_PREFIXES.has(t.key));
  const lenientAt = (i: number): boolean => ctx.kind === 'emailAddress' || (ctx.kind === 'attachment' && (!capitalised || tokens[i].case === 'mixed' || (i > 0 && tokens[i].gap === '') || tokens[i + 1]?.gap === ''));
  // Some words in lower case: a Title Case word mid-field is then a proper noun ("Okonkwo Pediatrics - referral fax").
  const sentenceCase = !allCaps && ctx.tokens.some((t) => t.kind === 'word' && t.case === 'lower' && t.text.length > 3);
  const mixedCase = tokens.some((t) => t.case === 'lower' && t.text.length > 2);
  const healthTok = new Set<number>();
  for (const h of healthTermsOf(ctx)) {
    // Patient words ("pt", "resident") are markers, not name parts either.
    for (let i = h.from; i < h.to; i++) healthTok.add(i);
  }
  const healthOnly = new Set(healthTok);
  const jobs = new Set<number>();
  // Only right before the job's word: in "pt_Hendricks_lead_revision" the patient word is a cue.
  for (const h of personHealthOf(ctx)) {
    if (h.workplace && h.category === 'patient' && (JOB_WORDS.has(tokens[h.to]?.key ?? '') || ROLE_PLAYED.has(tokens[h.from - 1]?.key ?? ''))) jobs.add(h.from);
  }
  // Beside words of graduate medical education a resident is a doctor in training.
  if (residencyOf(ctx)) tokens.forEach((t, k) => (t.key === 'resident' || t.key === 'residents') && jobs.add(k));
  // `someones`: a condition, a medication or an encounter among them, which only a person has (a site or a
  // vendor has tests and procedures: "Waukesha - MRI").
  // `firm`: how many of them have no everyday sense ("delivery" is a courier's too).
  const clinical = { starts: new Set<number>(), ends: new Set<number>(), lastStart: -1, someones: false, firm: 0 };
  for (const h of healthTermsOf(ctx)) {
    if (!CLINICAL_CATEGORIES.has(h.category) || h.needsSupport || h.workplace) continue;
    if (!isEverydaySense(h.phrase)) clinical.firm++;
    clinical.starts.add(h.from);
    clinical.ends.add(h.to - 1);
    clinical.lastStart = Math.max(clinical.lastStart, h.from);
    if (h.category === 'condition' || h.category === 'medication' || h.category === 'encounter') clinical.someones = true;
  }
  // A condition or a procedure in the field: what may happen to a colleague (a needlestick, a strain, surgery).
  const ownTerms = healthTermsOf(ctx).filter((h) => (h.category === 'condition' || h.category === 'procedure') && !h.workplace && !isEverydaySense(h.phrase));
  const ownConditions = ownTerms.length > 0;
  // A condition in the field (not only procedures): what may have happened to a colleague named after a role label.
  const fieldCondition = ownTerms.some((h) => h.category === 'condition');
  // Health words tied to someone other than the writer or the reader, or by a stay in a unit: "after his
  // knee arthroscopy", "recovering from bypass", "admitted to CCU" (facts/health.ts aboutPerson).
  const eventsAt = new Map<number, HealthMatch[]>();
  const termsAt = new Map<number, HealthMatch[]>();
  let lastEvent = -1;
  for (const h of personHealthOf(ctx)) {
    if (!h.workplace && h.needsSupport === undefined) termsAt.set(h.from, [...(termsAt.get(h.from) ?? []), h]);
    if (h.tie === undefined || h.tie === 'first-second-person' || h.tie === 'possessive' || h.workplace) continue;
    eventsAt.set(h.from, [...(eventsAt.get(h.from) ?? []), h]);
    lastEvent = Math.max(lastEvent, h.from);
  }
  // Words of authored material ("Pricing_Proposal", "Slides") are not part of a name either, unless a
  // name list holds them ("Kim Liên" is no lien).
  // Nor is a document's short acronym written in Title Case right after a given name ("Aminata Sow": SOW is a
  // statement of work in capitals, Sow a surname).
  // Nor right after an honorific in Title Case or with its dot ("Mr. Koné", "Mme Koné"): a title is followed by a
  // surname ("MS Update" in capitals is multiple sclerosis).
  const afterHonorific = (k: number): boolean =>
    k > 0 && tokens[k].case === 'title' && HONORIFICS.has(tokens[k - 1].key) && (tokens[k].gap === '. ' || (tokens[k - 1].case === 'title' && /^\.?\s$/.test(tokens[k].gap)));
  const nameBefore = (k: number): boolean =>
    afterHonorific(k) || (k > 0 && tokens[k].case === 'title' && /^\s$/.test(tokens[k].gap) && tokens[k - 1].case === 'title' && (lex.given.has(tokens[k - 1].key) || lex.other.has(tokens[k - 1].key)));
  for (const m of authoredWordsOf(ctx)) {
    for (let k = m.from; k < m.to; k++) {
      const key = tokens[k].key;
      if (m.to - m.from === 1 && key.length <= 4 && nameBefore(k)) continue;
      if (!lex.given.has(key) && !lex.surname.has(key) && !lex.other.has(key) && !lex.ambiguous.has(key)) healthTok.add(k);
    }
  }
  // Topic words ("Agenda", "Update") are never part of a name, but after a title ("Mrs. Blank").
  const topics = topicTokensOf(ctx);
  if (topics) topics.forEach((isTopic, i) => isTopic && !afterHonorific(i) && healthTok.add(i));
  const cls = tokens.map((t, i) => {
    const c = classify(t, lex, allCaps, lenientAt(i), healthTok.has(i));
    return jobs.has(i) ? { ...c, job: true } : c;
  });
  // "Horario_grupo_prenatal_julio.pdf": a month or weekday of a language that writes them in lower case.
  for (let i = 0; i < cls.length && !allLower; i++) {
    if (cls[i].t.case === 'lower' && CALENDAR_NAMES.has(cls[i].t.key)) cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "allergy_banner_regression.png", "fu_visit_note.pdf": words that are names only when capitalised.
  for (let i = 0; i < cls.length; i++) if (cls[i].t.case === 'lower' && LOWER_WORDS.has(cls[i].t.key)) cls[i] = { ...cls[i], kind: 'C', shaped: false };
  // "Yaretzi Molina", "Tom Baxter": a payer's or maker's name that is also a census surname, right after a
  // given name, is the person's surname ("Molina member services", "Baxter_pump_recall.pdf" stay companies).
  for (let i = 1; i < cls.length; i++) {
    const c = cls[i];
    const before = cls[i - 1];
    if (c.kind !== 'C' || !HEALTHCARE_ORGS.has(c.t.key) || !lex.surname.has(c.t.key) || c.t.case !== 'title' || !/^\s$/.test(c.t.gap)) continue;
    if ((before.kind === 'G' || (before.kind === 'U' && before.likely === true)) && before.t.case === 'title') cls[i] = { ...c, kind: 'S', shaped: true };
  }
  // "Memory walk - Team Ashgrove": a capitalised word right after "Team" in Title Case is the team's name,
  // unless it is a given name (a team named for someone: "Team Rosa").
  for (let i = 1; i < cls.length; i++) {
    if (cls[i - 1].t.key === 'team' && cls[i - 1].t.case === 'title' && /^\s$/.test(cls[i].t.gap) && cls[i].t.case === 'title' && cls[i].kind !== 'G') cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "horario Las Palmas", "Los Alamos clinic": a capitalised word right after a Spanish plural article in Title Case is a
  // place's or a thing's name; after "de" or "del" the article is a surname's particle ("María de los Ángeles").
  for (let i = 1; i < cls.length; i++) {
    const article = cls[i - 1];
    if (!SPANISH_ARTICLES.has(article.t.key) || article.t.case !== 'title' || !/^\s$/.test(cls[i].t.gap) || cls[i].t.case !== 'title') continue;
    // Nor before a comma and a given name: "Los Santos, Carmen" is a surname in "Last, First" ("Las Lomas, Tues" a place).
    if (SPANISH_OF.has(cls[i - 2]?.t.key ?? '') || HONORIFICS.has(cls[i].t.key) || PATIENT_WORDS.has(cls[i].t.key) || (cls[i + 1]?.t.gap.trim() === ',' && cls[i + 1].kind === 'G')) continue;
    cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "Tri-Lakes CVICU", "Tri-County Health": "Tri" hyphenated before a capitalised word is the prefix of three, naming a
  // region or a compound (a Vietnamese given name Tri is written apart: "Nguyen Van Tri").
  for (let i = 0; i + 1 < cls.length; i++) {
    if (cls[i].t.key === 'tri' && cls[i].t.case === 'title' && cls[i + 1].t.gap === '-' && cls[i + 1].t.case === 'title') {
      cls[i] = { ...cls[i], kind: 'C', shaped: false };
      cls[i + 1] = { ...cls[i + 1], kind: 'C', shaped: false };
    }
  }
  // "OrthoVan", "MammoLink": in a word written in camel case, a part glued after a health word (not a patient word, nor
  // "Baby" or its sex: "ClientRVance", "BabyBoyLe") is the rest of that compound (a programme's, a product's or a
  // service's name), unless only the name lists hold it ("LabsOkafor"): a word that is also an everyday word ("Van",
  // "Link") is not a name there.
  for (let i = 1; i < cls.length; i++) {
    const c = cls[i];
    const before = cls[i - 1];
    if (c.t.gap !== '' || c.t.case !== 'title' || c.kind !== 'A' || before.t.case !== 'title' || before.kind !== 'X' || PATIENT_WORDS.has(before.t.key) || [before, cls[i - 2]].some((x) => x !== undefined && BABY.has(x.t.key))) continue;
    cls[i] = { ...c, kind: 'C', shaped: false };
  }
  // "DAISY award", "IRIS viewer": in a subject not all in capitals, a given name alone in capitals (no other word in
  // capitals beside it, no comma after it) is an acronym or an award's name; surnames are typed in capitals ("pt GARCIA").
  for (let i = 0; i < cls.length && !allCaps && ctx.kind === 'subject'; i++) {
    const c = cls[i];
    if (c.t.case !== 'upper' || !(c.kind === 'G' || c.kind === 'A') || lex.surname.has(c.t.key) || lex.other.has(c.t.key)) continue;
    const beside = [cls[i - 1], cls[i + 1]].some((x) => x !== undefined && x.t.case === 'upper' && x.t.kind === 'word' && x.t.text.length > 1);
    // Not where a patient is placed or marked: after a bed's number, a patient word or a title ("bed 12 EMMA - pain").
    const before = cls[i - 1];
    const placed = before !== undefined && (before.t.kind === 'number' || PATIENT_WORDS.has(before.t.key) || HONORIFICS.has(before.t.key) || BED_WORDS.has(before.t.key));
    if (!beside && !placed && cls[i + 1]?.t.gap.trim() !== ',') cls[i] = { ...c, kind: 'C', shaped: false };
  }
  // "Sala B", "Room 4", "Salle 2": a lettered or numbered thing (a room, a part, a group) is not a name.
  for (let i = 0; i + 1 < cls.length; i++) {
    const next = cls[i + 1].t;
    if (LETTERED.has(cls[i].t.key) && cls[i].t.case === 'title' && next.gap === ' ' && (/^[A-Z]$/.test(next.text) || (next.kind === 'number' && next.text.length <= 4))) cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "R01_Budget_Justification_Yilmaz.xlsx": a word the name model finds very unlikely a name is an
  // ordinary word, unless a title, a patient word or "Last, First" puts it where a name goes
  // ("Mr. Thiruvengadam", "Ketcheside, Doreen").
  for (let i = 0; i < cls.length; i++) {
    const lastFirst = i + 1 < cls.length && cls[i + 1].t.gap.trim() === ',' && known(cls[i + 1].kind);
    // "Venkataraghavan_P_fistulogram.pdf": an initial beside it in a file name puts it where a name goes.
    const initialled = ctx.kind === 'attachment' && [cls[i - 1], cls[i + 1]].some((x) => x !== undefined && x.t.kind === 'word' && x.t.text.length === 1 && x.t.case === 'title');
    if (cls[i].unlikely && !lastFirst && !initialled && !isTitleBefore(cls, i) && !isCueBefore(cls, i, mixedCase)) cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "PELICAN-2 amendment", "COVID-19 clinic": a word in capitals that no name list holds, hyphenated to a number of one
  // or two digits, is a study's, a product's or a form's code ("DELGADO-2" may be a record's duplicate suffix).
  for (let i = 0; i + 1 < cls.length; i++) {
    const next = cls[i + 1];
    if (cls[i].t.case === 'upper' && !known(cls[i].kind) && next.t.kind === 'number' && next.t.gap === '-' && next.t.text.length <= 2) cls[i] = { ...cls[i], kind: 'C', shaped: false };
  }
  // "Mrs. Whipple's thyroid panel", "Mr. Parkinson - Crohn's flare": after a title, a capitalised
  // eponym that is also a surname is the person's name, not the procedure or the disease.
  for (let i = 1; i < cls.length; i++) {
    const c = cls[i];
    if (c.kind === 'X' && c.t.kind === 'word' && c.t.case === 'title' && (lex.surname.has(c.t.key) || MEDICAL_EPONYMS.has(c.t.key)) && isTitleBefore(cls, i)) cls[i] = { ...c, kind: 'S', shaped: true };
  }
  // After "pt", "resident", "Mrs." people type names in lower case too ("pt william o'brien").
  for (let i = 1; i < cls.length; i++) {
    const c = cls[i];
    const prev = cls[i - 1];
    if (!c.shaped && c.t.case === 'lower' && known(c.kind) && (isCueBefore(cls, i, mixedCase) || (prev.shaped && known(prev.kind) && prev.t.case === 'lower'))) {
      cls[i] = { ...c, shaped: true };
    } else if (!c.shaped && dottedLowerTitleBefore(cls, i)) {
      // "mrs. vandermolen", "mr. adeyoola": a dotted title says a surname follows, even one no list holds.
      cls[i] = { ...c, shaped: true };
    }
  }
  // A field typed all in lower case ("maria lopez new dx breast ca"): a given name followed by a
  // surname, neither an everyday word, still reads as a person (weak: topic words cancel it).
  const lowerPairs = new Set<number>();
  markHyphenatedNamesInOneCase(cls, lowerPairs, ctx.kind);
  // The field's first word past a reply's prefixes and a greeting.
  const leadWord = cls.findIndex((c) => c.t.kind === 'word' && !REPLY_PREFIXES.has(c.t.key) && !GREETING_WORDS.has(c.t.key));
  // Acronyms in capitals ("EKG needed - olga petrenko", "BMP before CT for nkosi lwazi") are how
  // tests and forms are written: the field is still typed in lower case for its names.
  const lowerButAcronyms = allLower || (letters.length > 6 && tokens.every((t) => t.kind !== 'word' || t.case === 'lower' || (t.case === 'upper' && t.text.length <= 4)) && tokens.some((t) => t.kind === 'word' && t.case === 'lower' && t.text.length >= 3));
  if (lowerButAcronyms && healthTok.size > 0) {
    for (let i = 0; i + 1 < cls.length; i++) {
      const a = cls[i];
      const b = cls[i + 1];
      // A given name that is also an everyday word counts before a surname no word spells ("grace okonkwo a1c 9.8",
      // "frank delgado trop up"; not "grace period", "frank talk"), unless it is a verb that opens a question ("will", "may").
      // A name of the other origins' lists opens one too ("bilal ozturk mri results", "chiamaka eze bp 170/96").
      // Not a body site that is also a name ("knee brace").
      const given = (a.kind === 'G' || a.kind === 'O' || (a.kind === 'A' && !AUXILIARY_VERBS.has(a.t.key))) && !SITES.has(a.t.key);
      if (!a.shaped && !b.shaped && given && (b.kind === 'S' || b.kind === 'O') && a.t.text.length >= 3 && b.t.text.length >= 3 && joins(b.t.gap, ctx.kind)) {
        cls[i] = { ...a, shaped: true };
        cls[i + 1] = { ...b, shaped: true };
        lowerPairs.add(i);
      }
    }
    // "stress echo for zielinski 1:30", "holter for pruszynski": a surname of the lists (no given name, no everyday word) right
    // after "for" that follows a health word is whom the test or the care is for; not a business's or a place's name
    // ("biopsy kits for thompson lab").
    const firstHealth = Math.min(...healthTok);
    for (let i = 2; i < cls.length; i++) {
      const c = cls[i];
      const head = cls[i + 1];
      const organisation = head !== undefined && /^\s$/.test(head.t.gap) && organisationHead(head.t.key);
      if (!c.shaped && (c.kind === 'S' || c.kind === 'O') && c.t.text.length >= 4 && cls[i - 1].t.key === 'for' && /^\s$/.test(c.t.gap) && !organisation && firstHealth < i - 1) cls[i] = { ...c, shaped: true };
    }
  }
  // "falguni mehta - derm bx results, BCC", "ubah yusuf - postpartum f/u": a subject about someone (a condition, a
  // medication, an encounter, a value, or two clinical terms in clinicians' shorthand) that opens with two
  // lower-case words set apart from what follows, neither everyday nor rejected by the name model and one a
  // known name or name-like, opens with the patient's name typed in lower case (weak, as a lower-case pair).
  if (ctx.kind === 'subject' && clinical.starts.size > 0) {
    const a = leadWord;
    const first = cls[a];
    const second = cls[a + 1];
    const after = cls[a + 2];
    const other = (c: Classified): Classified => (c === first ? second : first) as Classified;
    const nameWord = (c: Classified | undefined): c is Classified =>
      c !== undefined && c.t.case === 'lower' && c.t.text.length >= 3 && /[aeiouy]/.test(c.t.key) && !LETTERED.has(c.t.key) && !CONNECTORS.has(c.t.key) && (known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= NAME_LIKELY_ENOUGH_BESIDE_VALUES));
    // Words of other languages are no lexicon's either ("feria salud", "spotkanie grupy"): without a known name
    // the model must find both likely names.
    const strong = (c: Classified): boolean => known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= NAME_LIKELY && (known(other(c).kind) || nameLikeness(other(c).t.key) >= NAME_LIKELY));
    // Or a room or a bed number set apart after the name ("papadakis eleni 612 - CIWA d/c'd").
    const apartAt = (k: number): boolean => {
      const next = cls[k];
      const roomAfter = next !== undefined && next.t.kind === 'number' && next.t.text.length <= 4 && !BARE_YEAR.test(next.t.text) && /^\s$/.test(next.t.gap) && (cls[k + 1] === undefined || SET_APART.test(cls[k + 1].t.gap));
      return next === undefined || SET_APART.test(next.t.gap) || (/^\s$/.test(next.t.gap) && clinical.starts.has(k)) || roomAfter;
    };
    // Or a possessive, or a word that only follows a person, right after the second word ("rosa tuilagi's baby -
    // fever", "ana kealoha missed dialysis again", "sione latu here for his PPD read").
    const next2 = cls[a + 2];
    const personAfter = next2 !== undefined && (POSSESSIVE_AFTER_NAME.test(next2.t.gap) || (/^\s$/.test(next2.t.gap) && next2.t.case === 'lower' && (AFTER_A_PERSON.has(next2.t.key) || DONE_BY_A_PERSON.has(next2.t.key))));
    const apart = apartAt(a + 2) || personAfter;
    // One test or procedure alone may be a site's or a vendor's: then both words must look like names.
    // Tests and procedures alone only in clinicians' shorthand: "ryan cooper - ultrasound probe repair" is a
    // colleague's work, "falguni mehta - derm bx results" a patient's.
    const measuredHere = healthTermsOf(ctx).some((h) => h.measured === true);
    const someones = clinical.someones || measuredHere;
    const aboutOnePatient = measuredHere || healthTermsOf(ctx).some((h) => h.category === 'condition' && !isEverydaySense(h.phrase));
    // A clinical term (no workplace, no everyday sense) right at token k: "ruth's discharge to snf", "eleanor's mammogram".
    const careRightAfter = (k: number): boolean => healthTermsOf(ctx).some((h) => h.from === k && CLINICAL_CATEGORIES.has(h.category) && !h.workplace && !h.needsSupport && !isEverydaySense(h.phrase));
    const aboutSomeone = someones || (clinical.starts.size >= 2 && shorthandAfter(cls, a + 1, clinical.starts, healthTok));
    // A word no lexicon holds beside a known name must not lean away from names: "grant budget" is a budget.
    const leansAway = (c: Classified): boolean => c.kind === 'U' && nameLikeness(c.t.key) < LOWER_PAIR_UNKNOWN_FLOOR;
    const names = nameWord(first) && nameWord(second) && (strong(first) || strong(second)) && !leansAway(first) && !leansAway(second);
    // "tran thi hoa a1c 9.4": a third word of the lists, spaced, may close the name before the part set apart (a
    // Vietnamese surname, middle and given name).
    const third = !apart && after !== undefined && nameWord(after) && known(after.kind) && /^\s$/.test(after.t.gap) && !after.shaped && apartAt(a + 3);
    // "tran thi lan - hgb 6.4", "pham van duc: new LBBB": a surname of the lists, a Vietnamese middle name ("thi", "van")
    // and any short word after it make a Vietnamese name, whatever the last word also means.
    const vietnamese = first !== undefined && second !== undefined && after !== undefined && first.t.case === 'lower' && lex.surname.has(first.t.key) && VIETNAMESE_MIDDLE.has(second.t.key) && /^\s$/.test(second.t.gap) && after.t.kind === 'word' && after.t.case === 'lower' && after.t.text.length >= 2 && after.t.text.length <= 6 && /^\s$/.test(after.t.gap) && !first.shaped && !second.shaped && !after.shaped && apartAt(a + 3);
    if (a >= 0 && aboutSomeone && vietnamese) {
      for (const k of [a, a + 1, a + 2]) cls[k] = { ...cls[k], shaped: true, likely: true };
      lowerPairs.add(a);
    } else if (a >= 0 && names && aboutSomeone && /^\s$/.test(second.t.gap) && (apart || third) && !first.shaped && !second.shaped) {
      cls[a] = { ...first, shaped: true, likely: true };
      cls[a + 1] = { ...second, shaped: true, likely: true };
      if (third) cls[a + 2] = { ...after, shaped: true, likely: true };
      lowerPairs.add(a);
    } else if (a >= 0 && first !== undefined && !first.shaped && first.t.case === 'lower' && (first.kind === 'S' || first.kind === 'O') && first.t.text.length >= 4 && /^\s$/.test(second?.t.gap ?? '') && clinical.starts.has(a + 1) && aboutOnePatient && !tokens.some((t) => PRODUCT_WORDS.has(t.key))) {
      // "ferreira AMS ?UTI, UA/cx pending", "rashid labs back - Cr 2.3": a surname of the lists (no given name, no
      // everyday word) typed in lower case, opening a subject about one patient (a condition or a measured value)
      // right before a clinical term, is the patient's (medium, as a lone surname); not a maker's name before its
      // product ("becton insulin pen needles shortage", "roche glucose meter recall").
      cls[a] = { ...first, shaped: true };
    } else if (a >= 0 && first !== undefined && !first.shaped && first.t.case === 'lower' && (first.kind === 'G' || first.kind === 'O') && first.t.text.length >= 4 && second !== undefined && ((POSSESSIVE_AFTER_NAME.test(second.t.gap) && (aboutOnePatient || careRightAfter(a + 1))) || (SET_APART.test(second.t.gap) && measuredHere)) && !tokens.some((t) => PRODUCT_WORDS.has(t.key))) {
      // "noor's in the ER w chest pain", "maile - hgb 6.4, 2u ordered", "chiamaka's ct results": a given name of the lists (no everyday word), typed
      // in lower case, opening a subject, is the person's (medium) when possessive before a condition or a value, or set
      // apart before a value measured on one patient; set apart before a condition it is as often a colleague hailed about
      // stock or a site ("ashley - poc cartridges expired", "brenda - covid testing site closed").
      cls[a] = { ...first, shaped: true };
    }
  }
  // After the pairs above, so that a pair is read whole.
  // Not in a field about staff affairs ("lopez, maria - flu shot volunteer"): there the place names a colleague.
  if (lowerButAcronyms && healthTok.size > 0 && !staffAffairsOf(ctx)) markLowerCaseNamesByPlace(cls, lex, lowerPairs, leadWord);
  if (ctx.kind === 'subject' && !allCaps) markTelegraphicSurnames(cls, ctx, clinical);
  markNamesByShape(cls, ctx.kind, lex);
  // "nguyent_ct_abd.pdf", "hoangk-audiogram.pdf": in a file name typed in lower case, a listed surname of five
  // letters or more with its initial glued after it, right beside a clinical term, is the patient's (an EHR
  // export's "surname + initial"); not a word of the lists of common words, nor an English past tense or plural of a
  // word in -e ("CHF_pooled_2025.pdf": Poole + d).
  if (ctx.kind === 'attachment' && clinical.starts.size > 0) {
    for (let i = 0; i < cls.length; i++) {
      const c = cls[i];
      if (c.shaped || c.t.case !== 'lower' || c.kind !== 'U' || c.t.key.length < 6 || /e[ds]$/.test(c.t.key)) continue;
      const stem = c.t.key.slice(0, -1);
      if (!(lex.surname.has(stem) || lex.other.has(stem)) || lex.common.has(stem) || lex.given.has(stem)) continue;
      const beside = (clinical.starts.has(i + 1) && /^[_-]$/.test(cls[i + 1].t.gap)) || (clinical.ends.has(i - 1) && /^[_-]$/.test(c.t.gap));
      if (beside) cls[i] = { ...c, kind: 'S', shaped: true, lowerInitial: true };
    }
  }
  // "pt HALINA WROBLEWSKA rm 2": right after a patient word in lower or Title Case, two words in capitals that no list
  // holds, of four letters or more with a vowel and not rejected by the model, are the name as an EHR prints it; only
  // in a field with a clinical term besides the patient word ("pt BRACELET PRINTER broken" is a device).
  for (let k = 1; k + 1 < cls.length && clinical.starts.size > 0; k++) {
    const cue = cls[k - 1];
    if (!STRONG_PATIENT_CUES.has(cue.t.key) || cue.t.case === 'upper' || allCaps) continue;
    const pair = [cls[k], cls[k + 1]];
    if (pair.every((c) => !c.shaped && c.t.case === 'upper' && c.kind === 'U' && c.t.text.length >= 4 && /[aeiouy]/.test(c.t.key) && !c.unlikely) && /^\s$/.test(cls[k].t.gap) && /^\s$/.test(cls[k + 1].t.gap)) {
      cls[k] = { ...cls[k], shaped: true };
      cls[k + 1] = { ...cls[k + 1], shaped: true };
    }
  }
  // "KAUR, Harpreet - MRI": an EHR's surname in capitals, a comma, then a Title Case given name.
  for (let k = 0; k + 1 < cls.length; k++) {
    const c = cls[k];
    const next = cls[k + 1];
    if (c.shaped || c.t.case !== 'upper' || c.t.text.length < 3 || !/[AEIOUY]/.test(c.t.text) || (c.kind !== 'U' && !known(c.kind))) continue;
    if (next.t.gap.trim() === ',' && next.t.case === 'title' && next.t.text.length >= 3 && (next.kind === 'U' || known(next.kind)) && !next.unlikely) cls[k] = { ...c, shaped: true, capsSurname: true };
    // "POPESCU Gheorghe - externare", "ROSSI Giuseppina, referto": the family name in capitals, then the given name
    // in Title Case without a comma, as registries and hospitals in much of Europe write it; only in a field with a
    // clinical term, a surname no list of words holds (no acronym), and a given name of the lists or one the model
    // finds name-like, with no further capitalised word (an organisation's "BAYER Vital GmbH").
    else if (
      clinical.starts.size > 0 && next.t.gap === ' ' && next.t.case === 'title' && next.t.text.length >= 3 && c.t.text.length >= 4 &&
      (c.kind === 'U' ? nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS : c.kind === 'S') && !ORG_WORDS.has(next.t.key) &&
      (next.kind === 'G' || (next.kind === 'U' && !next.unlikely && nameLikeness(next.t.key) >= LONE_UNKNOWN_LIKENESS)) &&
      !(cls[k + 2] !== undefined && joins(cls[k + 2].t.gap, ctx.kind) && cls[k + 2].t.case === 'title')
    )
      cls[k] = { ...c, shaped: true, capsSurname: true, capsBeforeGiven: true };
  }
  // "IMG_0412_mrs_okafor_sacral_wound.jpg": in a file name typed in lower case, the word after "mrs" is a name
  // whatever the lexicons hold; not after "mr" ("mr_guided_biopsy": magnetic resonance) nor before an everyday
  // word ("stroke_mrs_outcomes": the modified Rankin scale). name.title decides.
  // So in a subject typed in lower case about someone's care: "POD2 mrs zielinska - JP output high".
  const lowerTitled = ctx.kind === 'attachment' || (ctx.kind === 'subject' && clinical.starts.size > 0);
  if (lowerTitled) {
    const titleGap = ctx.kind === 'attachment' ? /^[_\s-]$/ : /^\.?\s$/;
    for (let k = 1; k < cls.length; k++) {
      const c = cls[k];
      const title = cls[k - 1];
      // Lower-case "mr" too, in a field with a clinical term, before a word no list of words or health terms holds
      // ("IMG_5521 mr delacroix sacral wound.jpg"): magnetic resonance comes before a body part or a technique, which
      // the lists hold ("mr_guided_biopsy", "mr brain", "mr enterography").
      const mr = title.t.key === 'mr' && clinical.starts.size > 0 && !clinical.starts.has(k);
      // "ms." with its dot in a subject ("5W-17 fall - ms. bergstrom"): without it, "ms" is also multiple sclerosis.
      const ms = ctx.kind === 'subject' && title.t.key === 'ms' && c.t.gap.startsWith('.');
      if (title.t.case !== 'lower' || !(title.t.key === 'mrs' || mr || ms) || !titleGap.test(c.t.gap)) continue;
      // Not a word the model rejects ("stroke_mrs_outcomes": the modified Rankin scale's outcomes).
      if (c.shaped || !(c.kind === 'U' || known(c.kind)) || c.t.case !== 'lower' || c.t.text.length < 3 || !/[aeiouy]/.test(c.t.key) || (c.kind === 'U' && nameLikeness(c.t.key) < NAME_LIKELY_ENOUGH_BESIDE_VALUES)) continue;
      // In a subject a listed name or a likely one, not beside the modified Rankin Scale's words ("nihss and mrs ordinal analysis").
      // Or one the model does not reject outright where the title opens the field or a clause ("wound pic - mr delacroix").
      const opensClause = k - 1 === 0 || /[-\u2013\u2014:;,(]/.test(title.t.gap);
      const likelyEnough = known(c.kind) || nameLikeness(c.t.key) >= (opensClause ? NAME_LIKELY_ENOUGH_BESIDE_VALUES : LONE_UNKNOWN_LIKENESS);
      const subjectOk = ctx.kind === 'attachment' || (likelyEnough && !tokens.some((t) => STROKE_SCALE_WORDS.has(t.key)));
      if (subjectOk) cls[k] = { ...c, shaped: true };
    }
  }
  if (ctx.kind === 'attachment') {
    // "ahmed_h_clozapine_ANC_log.xlsx", "ADMIT_NOTE_yazzie_r_ETOH.docx": typed in lower case, a surname of the
    // lists (or a word the name model finds a likely name) with one letter after it, in a file about a clinical
    // term, is a surname and its initial; "plan_b", "pacu_b", "kaizen_b" open with other words.
    if (clinical.starts.size > 0) {
      for (let k = 0; k + 1 < cls.length; k++) {
        const c = cls[k];
        const letter = cls[k + 1];
        const after = cls[k + 2];
        if (c.t.case !== 'lower' || c.t.text.length < 3 || LETTERED.has(c.t.key) || !/[aeiouy]/.test(c.t.key)) continue;
        if (!(known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= NAME_LIKELY))) continue;
        const isLetter = letter.t.kind === 'word' && letter.kind !== 'X' && letter.t.text.length === 1 && letter.t.case === 'lower' && /^[_-]$/.test(letter.t.gap);
        if (isLetter && (after === undefined || /^[_.-]$/.test(after.t.gap)) && after?.t.kind !== 'number') cls[k] = { ...c, shaped: true, lowerInitial: true };
      }
    }
  }
  // "HADZIOSMANOVIC_E_CT_CHEST.pdf", "Labs_VANDERMEER_H.pdf": in a file name, a word in capitals beside
  // initials (across a hyphen: "VUKOVIC-PETROVIC_J") is shaped like a name; name.surname-initial decides.
  if (ctx.kind === 'attachment') {
    for (let k = 0; k < cls.length; k++) {
      const c = cls[k];
      if (c.shaped || c.kind !== 'U' || c.t.case !== 'upper' || c.t.text.length < 5) continue;
      const hyphen = (a: number, b: number): boolean => cls[a] !== undefined && cls[b] !== undefined && cls[b].t.gap === '-' && cls[a].t.case === 'upper';
      const end = hyphen(k, k + 1) ? k + 2 : k + 1;
      const start = hyphen(k - 1, k) ? k - 1 : k;
      if (isFileInitial(cls, start - 1) || isFileInitial(cls, end)) cls[k] = { ...c, shaped: true };
    }
    // "CT_sinus_ORLOVSKA.pdf": an EHR export's surname in capitals, in a file name not all in capitals, may
    // stand where a surname goes; name.file-surname decides by its place.
    for (let k = 0; k < cls.length && !allCaps; k++) {
      const c = cls[k];
      if (!c.shaped && c.kind === 'U' && c.t.case === 'upper' && c.t.text.length >= 5) cls[k] = { ...c, shaped: true };
    }
    // "LabResults_AHMADI_FARZANEH_2025-03-10.pdf": two words in capitals side by side in a file name that is
    // not all capitals, each a known name or a word the name model finds name-like, are an EHR's "LAST_FIRST".
    const capsName = (c: Classified | undefined): boolean =>
      c !== undefined && c.t.case === 'upper' && c.t.text.length >= 3 && /[AEIOUY]/.test(c.t.text) && (known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS));
    for (let k = 0; k + 1 < cls.length && !allCaps; k++) {
      if (!capsName(cls[k]) || !capsName(cls[k + 1]) || !/^[_\s-]$/.test(cls[k + 1].t.gap) || capsName(cls[k + 2])) continue;
      cls[k] = { ...cls[k], shaped: true, likely: true };
      cls[k + 1] = { ...cls[k + 1], shaped: true, likely: true };
    }
  }
  // "PSG scored - OKAFOR ADAEZE - AHI 32": in a subject not all in capitals and about someone (a condition, a
  // medication, an encounter or two clinical terms), two words in capitals set apart together, neither rejected by
  // the name model and one a known name or name-like, are a patient's name as an EHR writes it; not in a product
  // notice, where they are the maker's.
  if (ctx.kind === 'subject' && !allCaps && (clinical.someones || clinical.starts.size >= 2) && !tokens.some((t) => PRODUCT_NOTICE.has(t.key))) {
    const capsWord = (c: Classified | undefined): c is Classified =>
      c !== undefined && c.t.case === 'upper' && c.t.text.length >= 4 && /[AEIOUY]/.test(c.t.text) && (known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= NAME_LIKELY_ENOUGH_BESIDE_VALUES));
    const strongCaps = (c: Classified): boolean => known(c.kind) || nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS;
    for (let k = 0; k + 1 < cls.length; k++) {
      const a = cls[k];
      const b = cls[k + 1];
      const after = cls[k + 2];
      if (!capsWord(a) || !capsWord(b) || a.shaped || b.shaped || !/^\s$/.test(b.t.gap) || !(strongCaps(a) || strongCaps(b))) continue;
      if (!(k === 0 || SET_APART.test(a.t.gap)) || !(after === undefined || SET_APART.test(after.t.gap))) continue;
      cls[k] = { ...a, shaped: true, likely: true };
      cls[k + 1] = { ...b, shaped: true, likely: true };
    }
  }
  const firstWord = cls.findIndex((c) => c.t.kind === 'word');
  // "Frank Dellacroce - PFT results", "Grace Okwuosa: A1c 9.1": a given name that is also an English word (Frank,
  // Grace, Hope), capitalised and opening the field or set apart, right before a capitalised word no list holds
  // and no everyday word, in a field with a clinical term, is the given name of a full name: the pair is a person
  // as "Maria Dellacroce" is. A word after it that the name model rejects outright is none ("Grace Xqzt"), nor a
  // word of two letters before it ("In Memoriam": In is a Korean given name).
  if (ctx.kind === 'subject' && clinical.starts.size > 0) {
    for (let k = 0; k + 1 < cls.length; k++) {
      const a = cls[k];
      const b = cls[k + 1];
      if (a.kind !== 'A' || a.t.case !== 'title' || a.t.text.length < 3 || b.kind !== 'U' || b.t.case !== 'title' || nameLikeness(b.t.key) <= WORD_GIVEN_PARTNER_LIKENESS || b.t.text.length < 4 || !/^\s$/.test(b.t.gap)) continue;
      // Or with a clinical term right after the pair, a space between ("Joy Manalo 28wk GTT 162"; not a possessive's
      // "Mark Quade's visit to London"), and after a second given name that
      // opens the field or is set apart ("FW: Precious Joy Macapagal - Pap").
      const before = cls[k - 1];
      const doubleGiven = before !== undefined && (before.kind === 'A' || before.kind === 'G') && before.t.case === 'title' && /^\s$/.test(a.t.gap) && (k - 1 === firstWord || SET_APART.test(before.t.gap));
      if (lex.common.has(b.t.key) || !(k === firstWord || SET_APART.test(a.t.gap) || doubleGiven) || !(cls[k + 2] === undefined || SET_APART.test(cls[k + 2].t.gap) || (clinical.starts.has(k + 2) && /^\s$/.test(cls[k + 2].t.gap)))) continue;
      if (doubleGiven) cls[k - 1] = { ...before, kind: 'G', shaped: true };
      cls[k] = { ...a, kind: 'G', shaped: true };
      cls[k + 1] = { ...b, shaped: true };
    }
  }
  // "Ifeoluwa Rose - echo cancelled", "Tavita Rose MRI": the mirror of the rule above. A capitalised word no list holds
  // that the name model finds name-like, opening the field or set apart, right before a capitalised word the lists hold
  // both as a surname and as an everyday word, which closes the pair, in a field with a clinical term: a given name and
  // its surname, read as a likely pair (medium: the given name is the model's guess).
  if (ctx.kind === 'subject' && clinical.starts.size > 0) {
    for (let k = 0; k + 1 < cls.length; k++) {
      const a = cls[k];
      const b = cls[k + 1];
      if (a.kind !== 'U' || a.t.case !== 'title' || a.t.text.length < 4 || nameLikeness(a.t.key) < LONE_UNKNOWN_LIKENESS || b.kind !== 'A' || b.t.case !== 'title' || b.t.text.length < 3 || !/^\s$/.test(b.t.gap)) continue;
      if (!(k === firstWord || SET_APART.test(a.t.gap)) || !(cls[k + 2] === undefined || SET_APART.test(cls[k + 2].t.gap) || (clinical.starts.has(k + 2) && /^\s$/.test(cls[k + 2].t.gap)))) continue;
      cls[k] = { ...a, shaped: true, likely: true };
      cls[k + 1] = { ...b, shaped: true, likely: true };
    }
  }
  const clinicalEnglishSubject =
    ctx.kind === 'subject' &&
    [...clinical.starts].some((s) => cls[s].t.case !== 'title' || s === firstWord) &&
    cls.some((x) => x.t.case === 'lower' && x.t.text.length > 3) &&
    // An everyday word outside the clinical terms: "brain" in "MRI brain w/wo" is the scan's.
    cls.some((x, k) => x.t.case === 'lower' && lex.common.has(x.t.key) && !healthTok.has(k));
  // A third-person pronoun says the subject is about someone too ("will call his wife", "bumped her glipizide").
  // A marker and a colon before the subject's own words ("Bump: Shaikh lap hernia", "FYI: ...") is not where it opens.
  const labelled = (k: number): boolean => SUBJECT_MARKERS.has(cls[k].t.key) && cls[k + 1] !== undefined && /^:/.test(cls[k + 1].t.gap);
  const opening = cls.findIndex((c, k) => c.t.kind === 'word' && !REPLY_PREFIXES.has(c.t.key) && !GREETING_WORDS.has(c.t.key) && !labelled(k));
  const lastFileWord = ctx.kind === 'attachment' ? lastWordOfFile(cls) : -1;
  const returnToWork = speaksOfReturnToWork(ctx);
  const last = tokens[tokens.length - 1];
  const closingDot = last !== undefined && /^\.\s*$/.test(ctx.text.normalized.text.slice(last.end));
  // A measured value marks a subject as one patient's whatever its case ("Langidrik H – 34wk NST Thurs 9:15");
  // a dose, a bed or a pronoun only in a sentence-case English subject, where they read as such.
  // Values of a quality-control run are an analyzer's ("INR 2.5 QC failed"), not a patient's.
  const measured = ctx.kind === 'subject' && healthTermsOf(ctx).some((h) => h.measured === true) && !tokens.some((t) => QUALITY_CONTROL.has(t.key));
  const patientSpecific = measured || (clinicalEnglishSubject && tokens.some((t, k) => isDoseOrBed(tokens, k) || (t.case === 'lower' && SUBJECT_PRONOUNS.has(t.key))));
  // Shorthand may also read as English by its words of care ("Memet - ERCP tomorrow, NPO midnight"): the shorthand
  // reading is tried first, then the English one.
  const shorthand = ctx.kind === 'subject' && opening >= 0 && shorthandAfter(cls, opening, clinical.starts, healthTok);
  const out: NameSpan[] = [];
  // Found once, on the first name followed by a figure.
  let staffTable: boolean | undefined;
  let productRep: boolean | undefined;

  const roomInField = ROOM_IN_FIELD.test(ctx.text.normalized.text) && !MEETING_ROOM.test(ctx.text.normalized.text);
  let i = 0;
  while (i < cls.length) {
    // "T. Al-Amin": an initial, a dot, then a name-like word.
    const initial = isInitial(cls, i) && i + 1 < cls.length && nameLike(cls[i + 1]);
    const capsPair = isCapsNameWord(cls[i]) && i + 1 < cls.length && cls[i + 1].t.gap.trim() === ',' && isCapsNameWord(cls[i + 1]);
    // A title before a lone capital letter ("Mrs. D", "morbidity conf - Mr. K") is an initial, and initials without
    // a birth date identify no one (corpus README; case conferences write patients so on purpose); with a room or a
    // bed in the field it is the patient lying there ("Mr. A bed 3 - DNR signed", "MrsK_rm412_wound.jpg").
    // "RevB" in a file name is revision B, not a titled letter.
    const titledLetter = roomInField && cls[i].t.text.length === 1 && cls[i].t.case === 'title' && !(cls[i].t.gap === '' && cls[i - 1]?.t.key === 'rev') && isTitleBefore(cls, i);
    if (!initial && !titledLetter && !capsPair && !nameLike(cls[i])) {
      i++;
      continue;
    }
    // Grow a run of name-like words (and lower-case connectors inside it).
    let j = initial ? i + 2 : i + 1;
    while (j < cls.length && joins(cls[j].t.gap, ctx.kind)) {
      // After the Vietnamese middle name ("Nguyen Van Khoa", "Le Thi Mai") a given name may be an everyday word; a plain
      // "Van" that opens the run is a vehicle or a Dutch particle ("Dexa_Van_Nov.pdf", "Van Truck").
      if (nameLike(cls[j]) || (VIETNAMESE_MIDDLE.has(cls[j - 1].t.key) && (j - 1 > i || !/^[a-z]+$/i.test(cls[j - 1].t.text)) && cls[j].shaped && cls[j].kind === 'C')) j++;
      else if (CONNECTORS.has(cls[j].t.key) && (cls[j].t.case === 'lower' || arabicArticle(cls[j], cls[j + 1])) && j + 1 < cls.length && nameLike(cls[j + 1])) j += 2;
      // Two particles in a row ("Maria de la Cruz", "Anneke van der Berg").
      // After a given name only: "Villa de la Paz apartments", "Hijas de la Caridad" are places and orders.
      else if (cls[j - 1].kind === 'G' && lowerConnector(cls[j]) && j + 2 < cls.length && lowerConnector(cls[j + 1]) && joins(cls[j + 1].t.gap, ctx.kind) && nameLike(cls[j + 2])) j += 3;
      else break;
    }
    const run = cls.slice(i, j);
    const facts: RunFacts = { cls, i, j, run, kind: ctx.kind, cue: isCueBefore(cls, i, mixedCase), titled: isTitleBefore(cls, i), initial, anyKnown: run.some((c) => known(c.kind)), allCaps, lex, health: healthOnly, clinical, clinicalEnglishSubject, shorthand, clinician: (i > 0 && CLINICIAN_TITLES.has(cls[i - 1].t.key)) || (credentialAfter(cls, j) && !toldAboutPatient(cls, i, j)), eventsAt, termsAt, lastEvent, patientSpecific, opening, lastFileWord, returnToWork, closingDot };
    let found: { pattern: NamePattern; end: number } | undefined;
    for (const pattern of NAME_PATTERNS) {
      const end = pattern.match(facts);
      if (end !== undefined) {
        found = { pattern, end };
        break;
      }
    }
    if (found) {
      // All lower case and no cue ("maria lopez new dx"): a person, but weak evidence.
      const pattern = lowerPairs.has(i) && !facts.cue && found.pattern.strength === 'high' ? LOWER_PAIR : found.pattern;
      j = found.end;
      // "Lynch panel", "Hoyer lift": a lone eponym without a title or a given name is the test or device.
      // So is a pair of names joined by a hyphen that opens with one ("Cockcroft-Gault CrCl calculator"), not a surname and
      // a given name in a file ("Bell_Marcus_ECG.pdf") nor the end of a surname with particles ("van der Berg_Pieter").
      const eponym = !facts.cue && MEDICAL_EPONYMS.has(cls[i].t.key) && (j - i === 1 || (j - i === 2 && cls[i].t.case === 'title' && !CONNECTORS.has(cls[i - 1]?.t.key ?? '') && (cls[i + 1].t.gap === '-' || (ctx.kind === 'attachment' && cls[i + 1].t.gap === '_')) && !lex.given.has(cls[i + 1].t.key)));
      // "(Elm & Whitaker)", "Ortega & Blum": one word joined by "&" to another capitalised word is a street
      // corner or a firm; a couple is written with given names or a title ("Mr. & Mrs. Whitaker"), and two children
      // or two patients by their given names ("Harper & Sienna have lice"): two given names, one of them no surname.
      const ampersand = j - i === 1 && !facts.cue && !facts.titled && ((andJoined(cls[i], cls[i + 1]) && !givenPair(lex, cls[i], cls[i + 1])) || (andJoined(cls[i - 1], cls[i]) && !givenPair(lex, cls[i - 1], cls[i])));
      // "Schwartz rounds 12/4 - when the patient is one of us": a lone surname right before "rounds" names the staff forum after a
      // person, as a lecture or an award is named; one rounds on a patient, never names rounds for one.
      const namedRounds = j - i === 1 && !facts.cue && !facts.titled && cls[j]?.t.key === 'rounds' && /^\s$/.test(cls[j].t.gap);
      const own = pattern.id === 'name.clinician-own-health' || pattern.id === 'name.kin-possessive';
      // "called to RN Asante", "waste witness - RN J. Obi": a credential before the name makes a colleague at work
      // with the medications and results written before the name; a condition or a procedure may be the colleague's
      // own ("RN Darnell Whitlock needlestick", "LPN Gordon Achebe, back strain"), and so may what follows the name
      // ("RN Lisa Chen MRI results").
      const credentialed = i > 0 && cls[i - 1].t.case === 'upper' && CREDENTIAL_BEFORE.has(cls[i - 1].t.key) && !ownConditions && clinical.lastStart < j;
      // "Scrub: Tasha Greene / Circ: Omar Haddad - OR 5 lap chole": a name after a team role's label is staff on the case.
      const roleLabelled = i > 0 && TEAM_ROLES.has(cls[i - 1].t.key) && /^:\s?$/.test(cls[i].t.gap) && lastEvent < 0 && !fieldCondition;
      // "Fall with injury 4N - RCA team: Estrada, Mbeki, Sorensen": members listed after a group's label, with every
      // health word before the label (after the names it may be their own: "Team: Ruiz, Obi - both out with flu").
      const roster = !facts.cue && !facts.titled ? inRoster(cls, i) : -1;
      const rostered = roster >= 0 && clinical.lastStart < roster && lastEvent < roster;
      const addressed = j - i === 1 && !facts.cue && !facts.titled && addressee(cls, i, facts.opening, lex);
      // "(Priya built it)", "last signed out by Bao", "Adaeze's slides": the maker or the handler of a piece of work, unless
      // the field ties health to someone.
      const made = j - i === 1 && !facts.cue && !facts.titled && lastEvent < 0 && ((cls[j]?.t.case === 'lower' && /^\s$/.test(cls[j].t.gap) && WORK_MADE.has(cls[j].t.key)) || handledBy(cls, i) || authoredAfter(cls, j));
      const bracketedJob = j - i === 1 && !facts.cue && !facts.titled && !ownConditions && lastEvent < 0 && bracketedJobAfter(cls, j);
      // "FLORA-1 study visit": a word in capitals hyphenated to a number is a study's or a trial's code.
      const studyCode = j - i === 1 && cls[i].t.case === 'upper' && cls[j] !== undefined && cls[j].t.kind === 'number' && cls[j].t.gap === '-';
      const figures = j - i === 1 && !facts.cue && !facts.titled && lastEvent < 0 && figureAfter(cls, i) && (staffTable ??= staffFiguresTable(cls, healthTermsOf(ctx).some((h) => h.measured === true)));
      // "TB screening - Brannock lobby 1/6": a public room typed in lower case after a surname, with every health word
      // before the name, is a building's, named for a donor; not after a given name ("Syncope - Greta lobby") nor
      // before a health word ("Delgado cafeteria - choking episode").
      const donorRoom = j - i === 1 && !facts.cue && !facts.titled && cls[j] !== undefined && cls[j].t.case === 'lower' && PUBLIC_ROOM_SET.has(cls[j].t.key) && /^\s$/.test(cls[j].t.gap) && !lex.given.has(cls[i].t.key) && clinical.lastStart < i && lastEvent < i;
      // "Truax Bldg east lot": a lone word before "Bldg" is the building's name (a full name before it stays a person:
      // "Ruth Abernathy Bldg C - wound photos").
      const building = !facts.cue && !facts.titled && ((j - i === 1 && BUILDING_ABBREVIATIONS.has(cls[j]?.t.key ?? '') && /^[\s_]$/.test(cls[j].t.gap)) || (j - i === 2 && BUILDING_ABBREVIATIONS.has(cls[j - 1].t.key)));
      // "Durolane rep lunch Thursday - Marco Silva", "Bone stim rep Pedro Alves here Tue": in a subject where a drug's,
      // a device's or a procedure's word has its rep right after it, a name no title or patient word marks is the rep's or
      // the staff's: the one right after the rep's word, or one with no care after it and no "for", "re" or "case" before
      // it ("Pacemaker rep Tom Baker at bedside for George Hill interrogation": George Hill is the patient).
      const productRepField = ctx.kind === 'subject' && !facts.cue && !facts.titled && (productRep ??= productRepIn(cls, healthTermsOf(ctx))) &&
        (VENDOR_CUES.has(cls[i - 1]?.t.key ?? '') || (clinical.lastStart < j && !CARE_OF.has(cls[i - 1]?.t.key ?? '')));
      // "Team Okafor - Walk to End Alzheimer's": a lone name after "Team" names the team.
      const teamName = j - i === 1 && i > 0 && cls[i - 1].t.key === 'team' && cls[i - 1].t.case === 'title' && /^[\s_]?$/.test(cls[i].t.gap);
      // "Ashby HDHP deductible": a lone word before a kind of health plan is the plan's brand (PLAN_TYPES).
      // Not with a patient's care in the field ("Alvarez PPO denial - MRI lumbar").
      const planBrand = j - i === 1 && !facts.cue && !facts.titled && PLAN_TYPE_WORDS.has(cls[j]?.t.key ?? '') && /^\s$/.test(cls[j].t.gap) && clinical.starts.size === 0;
      // "draft for Chiamaka to review": a lone name asked to do work is a colleague's.
      const assigned = j - i === 1 && !facts.cue && cls[j]?.t.key === 'to' && cls[j]?.t.case === 'lower' && ASSIGNED_WORK.has(cls[j + 1]?.t.key ?? '') && !clinical.starts.has(j + 2);
      // "can Brandt squeeze him in?", "could Okoro see her today": a name asked to do a clinician's act to someone
      // ("him" or "her" after its verb) is the one who gives the care; the one it is given to is the pronoun.
      // Only a lone surname, a verb of a clinician's act and "him" or "her": a patient is asked to take or bring "them" (pills).
      const askedToAct = (j - i === 1 || (j - i === 2 && cls[i + 1].t.gap === '-')) && !facts.cue && !facts.titled && ASKED.has(cls[i - 1]?.t.key ?? '') && cls[i - 1].t.case === 'lower' && cls[j]?.t.case === 'lower' && CLINICIAN_ACTS.has(cls[j].t.key) && objectPronounAt(cls, j + 1);
      // "Mehta verifying all chemo today", "Colleen precepting Yuki on chemo admin": a lone name right before a verb
      // of doing the unit's work, or right after precepting or orienting, is a colleague at work.
      // A verb of covering work ("Deepak covering the HIV/oncology counter") keeps the colleague at work whatever the work
      // is named for, unless the field ties health to someone.
      const covering = cls[j]?.t.case === 'lower' && /^\s$/.test(cls[j].t.gap) && COVERING.has(cls[j].t.key) && lastEvent < 0;
      // "JC: Wilson disease in ALD - Adeyemi presenting": a lone name before "presenting" that closes a field about a talk
      // (TALK_CUES) gives it; a patient presents with something, to somewhere, before a complaint ("ED: Adeyemi presenting -
      // chest pain") or after one in triage ("syncope, Okonjo presenting"). In such a field the talk's topic may follow
      // ("Spine conf Weds - Andrei presenting cauda equina"), where a patient presents "with" or "to" something.
      const presenter = cls[j]?.t.case === 'lower' && /^\s$/.test(cls[j].t.gap) && PRESENTING.has(cls[j].t.key) && (cls[j + 1] === undefined || (/^\s$/.test(cls[j + 1].t.gap) && !PRESENTED_WITH.has(cls[j + 1].t.key))) && fieldHas(cls, TALK_CUES);
      const doingWork = cls[j]?.t.case === 'lower' && /^\s$/.test(cls[j].t.gap) && WORK_DOING.has(cls[j].t.key);
      // "Flu clinic table - Yer Lor Xiong coordinating": a full name before such a verb that closes the field too, unless
      // the field ties health to someone.
      const closingWork = doingWork && (cls[j + 1] === undefined || SET_APART.test(cls[j + 1].t.gap));
      const atWork =
        !facts.cue && !facts.titled && ((j - i === 1 && (covering || presenter || (!ownConditions && (doingWork || TEACHING_WORK.has(cls[i - 1]?.t.key ?? ''))))) || (j - i >= 2 && lastEvent < 0 && closingWork));
      if (!eponym && !namedRounds && !productRepField && !ampersand && !assigned && !askedToAct && !atWork && !credentialed && !roleLabelled && !rostered && !addressed && !donorRoom && !made && !figures && !studyCode && !bracketedJob && !planBrand && !building && !teamName && !quotedThingName(cls, i, j, facts) && (own || !isClinicianOrPlace(cls, i, j, sentenceCase, ctx.kind))) out.push({ from: i, to: j, weak: pattern.weak, cue: facts.cue ? i - 1 : undefined, pattern: pattern.id, strength: pattern.strength });
    }
    i = j;
  }
  return out;
}

/** A head word of an organisation, a business or a health-named one, in any case ("thompson lab", "fisher scientific"). */
const organisationHead = (key: string): boolean => ORG_WORDS.has(key) || BUSINESS.has(key) || HEALTH_NAMED_ORG.has(key);
/** Verbs of someone reporting what they saw or heard: the one reporting is a colleague ("tomas says the pt in bed 7 pulled his iv"). */
const REPORTING_VERBS = new Set(['says', 'said', 'reports', 'reported', 'asks', 'asked', 'thinks', 'noted', 'notes', 'mentioned']);
/**
 * A field typed in lower case gives no capitals to find names by; where a name of the lists stands gives them instead
 * (weak evidence, medium at most): before an initial ("adaeze o 30wk glucola", "tobias k. refusing his insulin"), after
 * one ("lab draw for r. kowalewski"), before a possessive ("efua's strep swab"), as "last, first" ("tolentino, rosario -
 * knee xray"), two surnames joined by a hyphen ("wound check - mwangi-otieno"), a surname and a given name closing the
 * field after a dash ("swab results - patel arjun"), set apart at the end ("echo results - priyanka"), opening the field
 * ("wojcik still npo"), after "for" ("ct abd ordered for svetlana"), or beside a room ("rm 14 okonkwo", "okonkwo 314").
 * A given name of three letters or more, a surname or another origin's name of four or more, none an everyday word; the
 * names pair with health as Title Case names do. `first`: the field's first word (findNames).
 */
function markLowerCaseNamesByPlace(cls: Classified[], lex: NameLexicon, lowerPairs: Set<number>, first: number): void {
  const nameWord = (c: Classified | undefined): c is Classified =>
    c !== undefined && !c.shaped && c.t.kind === 'word' && c.t.case === 'lower' && ((c.kind === 'G' && c.t.text.length >= 3) || ((c.kind === 'S' || c.kind === 'O') && c.t.text.length >= 4)) && !lex.common.has(c.t.key);
  // A consonant: a lone vowel is as often a word of the patients' languages ("tès sik jodi a", "y", "e", "o").
  const letter = (c: Classified | undefined): boolean => c !== undefined && c.t.kind === 'word' && c.t.text.length === 1 && /^[b-df-hj-np-tv-xz]$/.test(c.t.text);
  // Not in a field about products ("heparin recall - castellanos", "ferrante meter recall"): there a lone name is a
  // maker's, a supplier's or a buyer's.
  if (cls.some((c) => PRODUCT_WORDS.has(c.t.key))) return;
  const marks: number[] = [];
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (!nameWord(c)) continue;
    const next = cls[i + 1];
    const prev = cls[i - 1];
    const afterNext = cls[i + 2];
    // Not a colleague with a credential or a title after the name ("rm 6 pemberton np"), nor a firm before its head
    // ("fisher scientific order", "lindqvist lab").
    if (next !== undefined && /^\s$/.test(next.t.gap) && (CREDENTIALS.has(next.t.key) || CLINICIAN_TITLES.has(next.t.key) || organisationHead(next.t.key))) continue;
    const initialAfter = c.kind !== 'S' && letter(next) && next.t.gap === ' ' && (afterNext === undefined || afterNext.t.kind === 'number' || /^[.,]|\s-\s/.test(afterNext.t.gap));
    const initialBefore = letter(prev) && /^\.\s?$/.test(c.t.gap) && (cls[i - 2] === undefined || !letter(cls[i - 2]));
    const possessive = c.kind !== 'S' && next !== undefined && POSSESSIVE_AFTER_NAME.test(next.t.gap);
    // Not within a series ("(molly, charlie, tina)"): neither a comma before the first word nor after the second.
    const lastFirst = (c.kind !== 'G' || lex.surname.has(c.t.key)) && !/,/.test(c.t.gap) && next !== undefined && /^,\s$/.test(next.t.gap) && nameWord(next) && next.kind !== 'S' && (cls[i + 2] === undefined || !/^\s*[,&]/.test(cls[i + 2].t.gap));
    const hyphenated = (c.kind === 'S' || c.kind === 'O') && next !== undefined && next.t.gap === '-' && nameWord(next) && next.kind !== 'G';
    // A surname then a given name closing the field after a dash ("er visit - gupta aarav"), as an EHR lists them.
    const surnameFirstAtEnd = c.kind === 'S' && i > 0 && SET_APART.test(c.t.gap) && next !== undefined && next.t.gap === ' ' && nameWord(next) && next.kind !== 'S' && cls[i + 2] === undefined;
    const apartAtEnd = next === undefined && i > 0 && SET_APART.test(c.t.gap);
    // Opening the field, not a colleague reporting ("tomas says ..."), not a firm's or a list's first name ("harlow &").
    // Nor a word called out ("socorro! la bomba ..."): a name opening a field is not exclaimed.
    const opening = i === first && next !== undefined && !/^\s*[&,+/!]/.test(next.t.gap) && !REPORTING_VERBS.has(next.t.key);
    // After "for", or beside a room or a bed (above).
    const forWhom = prev !== undefined && prev.t.key === 'for' && /^\s$/.test(c.t.gap);
    const room = (prev !== undefined && prev.t.kind === 'number' && prev.t.text.length <= 4 && BED_WORDS.has(cls[i - 2]?.t.key ?? '')) || (next !== undefined && next.t.kind === 'number' && /^\d{2,4}$/.test(next.t.text) && /^\s$/.test(next.t.gap) && (afterNext === undefined || /^\s*[-,:]|\s/.test(afterNext.t.gap)));
    if (initialAfter || initialBefore || possessive || apartAtEnd || opening || forWhom || room) marks.push(i);
    if (lastFirst || hyphenated || surnameFirstAtEnd) {
      marks.push(i, i + 1);
      lowerPairs.add(i);
    }
  }
  for (const k of marks) cls[k] = { ...cls[k], shaped: true };
}

/**
 * Words whose shape makes them names whatever the name model makes of their letters, marked likely
 * (beside another name word they complete a full name):
 * - after the Arabic article, hyphenated or glued ("Nour El-Sayed", "ElSayed_Nour", "Khalid
 *   AlMansouri"), beside another name-shaped word; alone it stays a word ("Al-Anon meeting");
 * - two pinyin syllables beside one of the commonest Chinese surnames ("Wang Xiuying", "Xiuying_Wang").
 */
function markNamesByShape(cls: Classified[], kind: FieldContext['kind'], lex: NameLexicon): void {
  const beside = (from: number, to: number): boolean =>
    (from > 0 && nameLike(cls[from - 1]) && joins(cls[from].t.gap, kind)) || (to < cls.length && nameLike(cls[to]) && joins(cls[to].t.gap, kind));
  const chineseSurname = (k: number): boolean => cls[k] !== undefined && PINYIN_SURNAME.has(cls[k].t.key) && cls[k].t.case !== 'lower';
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    const prev = cls[i - 1];
    const glued = c.kind === 'U' && c.t.case === 'title' && ARABIC_ARTICLE_GLUED.test(c.t.text) && beside(i, i + 1);
    const split = prev !== undefined && arabicArticle(prev, c) && c.t.text.length >= 3 && (c.kind === 'U' || known(c.kind)) && beside(i - 1, i + 1);
    const pinyin =
      (c.kind === 'U' || c.kind === 'C') && c.t.case === 'title' && c.t.text.length >= 4 && PINYIN_GIVEN.test(c.t.key) && !lex.common.has(c.t.key) &&
      ((chineseSurname(i - 1) && joins(c.t.gap, kind)) || (chineseSurname(i + 1) && joins(cls[i + 1].t.gap, kind)));
    if (glued || split || pinyin) cls[i] = { ...c, kind: pinyin ? 'U' : c.kind, shaped: true, likely: true, unlikely: undefined };
    if (hyphenatedGiven(cls, i, kind)) {
      cls[i] = { ...c, kind: 'U', shaped: true, likely: true, unlikely: undefined };
      cls[i + 1] = { ...cls[i + 1], kind: 'U', shaped: true, likely: true, unlikely: undefined };
    }
  }
}

/**
 * A Korean or Chinese given name written as two romanised syllables joined by a hyphen, the first
 * capitalised ("Ji-woo", "Sun-hee", "Mei-ling") or the whole name in one case, next to one of the commonest Korean or Chinese surnames
 * ("Ji-woo Park", "Cho Sun-hee", "CHEN Mei-ling"): a name, whatever the lists or the name model make of its
 * halves. Beside nothing of the kind, two such halves stay words ("Co-pay", "Sun-dried").
 */
function hyphenatedGiven(cls: readonly Classified[], i: number, kind: FieldContext['kind']): boolean {
  const a = cls[i];
  const b = cls[i + 1];
  if (b === undefined || b.t.gap !== '-') return false;
  // Title Case ("Ji-woo", "Sun-hee"), or the whole name in one case, capitals or lower ("CHOI SEO-YEON", "yoon ji-ho"):
  // then each half has two letters at least ("e-mail" is no name).
  const oneCase = (a.t.case === 'upper' || a.t.case === 'lower') && b.t.case === a.t.case && a.t.text.length >= 2 && b.t.text.length >= 2;
  if (!oneCase && (a.t.case !== 'title' || (b.t.case !== 'lower' && b.t.case !== 'title'))) return false;
  const syllable = (c: Classified): boolean => c.t.kind === 'word' && c.kind !== 'X' && ROMANISED_SYLLABLE.test(c.t.key) && !NOT_NAME_SYLLABLES.has(c.t.key);
  if (!syllable(a) || !syllable(b)) return false;
  // Not an alliterating or rhyming pair ("Hip-Hop", "Yin-Yang", "Ping-Pong"); English halves are NOT_NAME_SYLLABLES.
  if (a.t.key[0] === b.t.key[0] || a.t.key.slice(-2) === b.t.key.slice(-2)) return false;
  // In lower case a surname before the given name is no everyday word ("an e-book", "he e-mailed", "park tai-chi"); after
  // it, the hyphenated given name has said enough ("seo-yeon park").
  const surname = (k: number): boolean =>
    cls[k] !== undefined && (oneCase ? cls[k].t.case === a.t.case && !(a.t.case === 'lower' && k < i && nameLexicon().common.has(cls[k].t.key)) : cls[k].t.case !== 'lower') && EAST_ASIAN_SURNAME.has(cls[k].t.key);
  return (surname(i - 1) && joins(a.t.gap, kind)) || (surname(i + 2) && joins(cls[i + 2].t.gap, kind));
}

/**
 * "CHOI SEO-YEON - echo results", "yoon ji-ho bp recheck": a Korean or Chinese name typed all in capitals or all in lower
 * case, one of the commonest surnames before a given name of two romanised syllables joined by a hyphen (hyphenatedGiven,
 * which the name patterns read in Title Case). The surname is marked as one, so capitals read as a full name; lower
 * case reads as a lower-case pair (medium), as other names typed so.
 */
function markHyphenatedNamesInOneCase(cls: Classified[], lowerPairs: Set<number>, kind: FieldContext['kind']): void {
  for (let i = 0; i + 2 < cls.length; i++) {
    const [s, a, b] = [cls[i], cls[i + 1], cls[i + 2]];
    if (!EAST_ASIAN_SURNAME.has(s.t.key) || s.t.case !== a.t.case || (a.t.case !== 'upper' && a.t.case !== 'lower') || !/^\s$/.test(a.t.gap) || a.shaped || b.shaped || !hyphenatedGiven(cls, i + 1, kind)) continue;
    cls[i] = { ...s, kind: 'S', shaped: true, likely: true };
    cls[i + 1] = { ...a, kind: 'U', shaped: true, likely: true };
    cls[i + 2] = { ...b, kind: 'U', shaped: true, likely: true };
    if (s.t.case === 'lower') lowerPairs.add(i);
  }
}

/**
 * A capitalised word no lexicon knows ("Brandvold", "Delacroix", "Vukasinovic")
 * is a surname where only a person fits:
 * - a possessive before health words: "Brandvold's infusion", "Okafor's labs";
 * - in a file name, next to an initial ("Vukasinovic_D_pathology.pdf"), or
 *   glued to one when the rest is a known surname ("JSmith_MRI.pdf").
 * Weak: health context must be in the field, and topic words cancel it. Being
 * next to a health term is not enough: with only the 3,500 commonest English
 * words known, "Budget_Radiology.xlsx" and "Prenatal_Yoga.pdf" would be names.
 */
/** After "X's new <health word>": a place's equipment or rooms, not a person's result. */
const PLACE_THINGS = new Set(['chair', 'chairs', 'suite', 'suites', 'unit', 'units', 'center', 'centre', 'machine', 'machines', 'wing', 'room', 'rooms', 'clinic', 'program', 'programme', 'van', 'bay', 'bays', 'beds', 'scanner', 'lab', 'pumps', 'equipment', 'space', 'floor']);
/** Words of when or which between a possessive and its health word ("Tavi's new Depakote level"). */
const RESULT_QUALIFIERS = new Set(['new', 'latest', 'last', 'recent', 'repeat', 'current', 'updated', 'morning', 'am', 'pm', 'follow', 'first', 'next']);
function unknownSurname(cls: readonly Classified[], i: number, kind: FieldContext['kind'], health: ReadonlySet<number>, lex: NameLexicon): boolean {
  const c = cls[i];
  if (c.kind !== 'U' || c.t.case !== 'title' || c.t.text.length < 4 || !/[aeiouy]/.test(c.t.key)) return false;
  const next = cls[i + 1];
  if (next && /^['\u2019]s?(?:\s|$)/.test(next.t.gap)) {
    if (EPONYM_HEADS.has(next.t.key)) return false;
    // "Harborview's infusion center": a department of a place, not a treatment.
    const after = cls[i + 2];
    if (after && ORG_WORDS.has(after.t.key)) return false;
    // "Ephraim's 2pm INR draw": a time or a count may stand between the possessive and the health word; so may a
    // word of when or which ("Tavi's new Depakote level", "Ephraim's repeat INR").
    // So may an age glued to its unit ("Zoryana's 9mo labs") or a body site ("Henrike's knee MRI", "Ines's back surgery").
    let k = i + 1;
    if (cls[k].t.kind === 'number') k += cls[k + 1] !== undefined && cls[k + 1].t.gap === '' && (/^[ap]m$/.test(cls[k + 1].t.key) || AGE_UNITS.has(cls[k + 1].t.key)) ? 2 : 1;
    else if (cls[k].t.case === 'lower' && SITES.has(cls[k].t.key) && cls[k].t.key.length > 1 && health.has(k + 1)) k++;
    else if (cls[k].t.case === 'lower' && RESULT_QUALIFIERS.has(cls[k].t.key)) {
      k++;
      // Not a place's new equipment or rooms ("Lakeview's new dialysis chairs arrived").
      let e = k;
      while (health.has(e)) e++;
      if (cls[e] !== undefined && PLACE_THINGS.has(cls[e].t.key)) return false;
    }
    return health.has(k);
  }
  if (kind !== 'attachment' || LETTERED.has(c.t.key)) return false;
  // "JSmith_MRI.pdf": an initial glued to a known surname.
  return /^[A-Z][A-Z][a-z]{2,}$/.test(c.t.text) && (lex.surname.has(c.t.key.slice(1)) || lex.other.has(c.t.key.slice(1)));
}

/**
 * "Rx_AKebede_metformin850.pdf", "Tele_strip_LomidzeT_0314.pdf": in a file name with a clinical term, an
 * initial glued before or after a surname no lexicon holds that the name model finds name-like.
 */
function gluedInitialSurname(f: RunFacts): boolean {
  const text = f.cls[f.i].t.text;
  if (f.kind !== 'attachment' || f.cls[f.i].kind !== 'U' || f.clinical.starts.size === 0) return false;
  const surname = /^[A-Z][A-Z][a-z]{3,}$/.test(text) ? text.slice(1) : /^[A-Z][a-z]{3,}[A-Z]$/.test(text) ? text.slice(0, -1) : '';
  // The glued initial is itself evidence of a name: the model need only not find the word unlikely.
  const key = surname.toLowerCase();
  return surname !== '' && /[aeiouy]/.test(key) && !f.lex.common.has(key) && nameLikeness(key) >= NAME_UNLIKELY;
}

/** Words of a clinician's absence: what follows is why. */
const ABSENCE_WORDS = new Set(['out', 'off', 'away', 'leave', 'loa']);
const LEAVE_WORDS = new Set(OWN_LEAVE_WORDS);
const RESULT_AFTER = new Set(RESULT_AFTER_CONDITION_WORDS);
/**
 * The health word closes its part: nothing, a separator, a number or a result after it ("- migraine", "COVID positive",
 * "knee surgery 2/3"), where a noun after it names work ("diabetes education moved", "Paxlovid approvals go to ...").
 */
function closesPart(cls: readonly Classified[], to: number): boolean {
  const next = cls[to];
  return next === undefined || SET_APART.test(next.t.gap) || next.t.kind === 'number' || RESULT_AFTER.has(next.t.key);
}
/** Words that follow a person's name in a sentence ("Tom out", "Deb in payroll", "Lou at group", "Ann has"). */
const AFTER_A_PERSON = new Set([...ABSENCE_WORDS, 'in', 'at', 'is', 'was', 'has', 'had', 'will', 'and', 'back', 'for', 'with', 'from', 'to']);
/** What a person named in lower case does right after the name (DONE_BY_A_PERSON). */
const DONE_BY_A_PERSON = new Set(DONE_BY_A_PERSON_WORDS);
const WORK_DOING = new Set(WORK_DOING_VERBS);
/** Words that ask someone to act ("can Brandt squeeze him in?"), and the pronouns of the one the act is for. */
const ASKED = new Set(['can', 'could', 'will', 'would']);
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const CLINICIAN_ACTS = new Set(CLINICIAN_ACT_VERBS);
const AFTER_AN_OBJECT = new Set(AFTER_AN_OBJECT_WORDS);
function objectPronounAt(cls: readonly Classified[], k: number): boolean {
  const c = cls[k];
  if (c === undefined || !OBJECT_PRONOUNS.has(c.t.key)) return false;
  const next = cls[k + 1];
  return c.t.key !== 'her' || next === undefined || !/^\s$/.test(next.t.gap) || AFTER_AN_OBJECT.has(next.t.key);
}
const PRESENTING = new Set(['presenting', 'presents']);
/** What a patient presents with, to or after; a talk's presenter goes on to the topic. */
const PRESENTED_WITH = new Set(['with', 'w', 'to', 'after', 'from', 'in', 'at', 'for']);
const TALK_CUES = new Set(TALK_CUE_WORDS);
const WORK_MADE = new Set(WORK_MADE_VERBS);
const HANDLED_BY = new Set(HANDLED_BY_VERBS);
const STAFF_FIGURES = new Set(STAFF_FIGURE_WORDS);
/** "by" after a participle of handling work, right before token i ("approved by"; "signed out by": equipment signed out). */
function handledBy(cls: readonly Classified[], i: number): boolean {
  if (cls[i - 1]?.t.key !== 'by') return false;
  if (cls[i - 2]?.t.key === 'out') return cls[i - 3]?.t.key === 'signed';
  const verb = cls[i - 2];
  // "substitution table by Keisha", "new handout by Imani": a piece of written work by its author.
  return verb !== undefined && verb.t.case === 'lower' && (HANDLED_BY.has(verb.t.key) || AUTHORED_BY.has(verb.t.key));
}
const AUTHORED_BY = new Set(AUTHORED_WORK_WORDS);
const PATIENTS_PAPERS = new Set(PATIENTS_PAPER_WORDS);
/** A possessive right before a piece of written work, at token j ("Adaeze's slides", "Tomasz's spreadsheet"). */
const authoredAfter = (cls: readonly Classified[], j: number): boolean => cls[j] !== undefined && cls[j].t.case === 'lower' && /^['\u2019]s\s$/.test(cls[j].t.gap) && AUTHORED_BY.has(cls[j].t.key) && !PATIENTS_PAPERS.has(cls[j].t.key);
/**
 * A staff figure right after the capitalised word at i, or after one word between (a credential, "panel"): "Kaur 187",
 * "Raman panel 71%", "Bhattarai NP 1,210". A whole number of two digits or more, or a share; not a decimal ("4.9": a
 * result), nor a number with its unit ("4 cm").
 */
function figureAfter(cls: readonly Classified[], i: number): boolean {
  const a = cls[i + 1];
  if (a === undefined) return false;
  const at = a.t.kind === 'number' ? i + 1 : i + 2;
  if (at === i + 2 && !(/^\s$/.test(a.t.gap) && (a.t.case === 'upper' || a.t.key === 'panel'))) return false;
  const n = cls[at];
  if (n === undefined || n.t.kind !== 'number' || !/^\s$/.test(n.t.gap)) return false;
  const rest = cls[at + 1];
  if (rest !== undefined && rest.t.kind === 'number' && rest.t.gap === '.') return false;
  if (rest !== undefined && rest.t.kind === 'word' && /^\s?$/.test(rest.t.gap) && rest.t.text.length <= 3 && rest.t.case === 'lower') return false;
  // "2,140": a thousands separator.
  const thousands = rest !== undefined && rest.t.kind === 'number' && rest.t.gap === ',' && rest.t.text.length === 3;
  return n.t.text.length >= 2 || thousands || /^%/.test(rest?.t.gap ?? '');
}
/**
 * "Q3 biopsy counts by provider (Lindqvist 214 / Kaur 187)", "Panel sizes: Raman 2,140 / Oyelaran 1,870": in a field of
 * figures per clinician (STAFF_FIGURE_WORDS), two or more capitalised words each followed by a figure are a table of staff.
 * A list of patients' values has no such word ("AM K+: Lopez 3.1, Kim 2.9").
 */
function staffFiguresTable(cls: readonly Classified[], measured: boolean): boolean {
  // A measured result in the field makes the figures patients' values ("Critical K+ 6.8, measure again").
  if (measured || !cls.some((c) => c.t.case === 'lower' && STAFF_FIGURES.has(c.t.key))) return false;
  let n = 0;
  for (let k = 0; k < cls.length && n < 2; k++) if (cls[k].t.case === 'title' && figureAfter(cls, k)) n++;
  return n >= 2;
}
/** Verbs of teaching a colleague the work: the name after them is the colleague taught. */
const TEACHING_WORK = new Set(['precepting', 'orienting', 'precepts', 'orients', 'shadowing', 'training']);
const CARE_VERBS = new Set(CARE_VERBS_LIST);

/**
 * An internal telephone extension right after a name ("x6208", "ext. 6208", "(x6208)"). Four or five digits:
 * "x2", "x10" count doses or days.
 */
function extensionAfter(cls: readonly Classified[], at: number): boolean {
  // "call Thuy at x4471": the extension may follow "at".
  const skip = cls[at]?.t.key === 'at' && cls[at + 1] !== undefined && /^\s$/.test(cls[at + 1].t.gap) ? 1 : 0;
  const c = cls[at + skip];
  const n = cls[at + skip + 1];
  if (c === undefined || n === undefined || n.t.kind !== 'number' || !/^\d{4,5}$/.test(n.t.text) || !/^\s?\(?$/.test(c.t.gap)) return false;
  return c.t.key === 'x' ? n.t.gap === '' : EXTENSION_WORDS.has(c.t.key) && /^[.:#]?\s?#?$/.test(n.t.gap);
}
const EXTENSION_WORDS = new Set(EXTENSION_WORD_LIST);
/** Verbs that tell the reader to reach someone ("call Ada Quill x6208"). */
const CONTACT_VERBS = new Set(CONTACT_VERB_LIST);
/** Words that point at a person's own care: pronouns and patient words ("her lipid results", "patient states"). */
const PERSON_POINTERS = new Set([...PERSONAL_PRONOUNS, ...PATIENT_WORDS]);
/** A credential right after a name, not opening the next part after a dash or a colon ("Ada Quill RN"). */
function credentialAfter(cls: readonly Classified[], at: number): boolean {
  const c = cls[at];
  return c !== undefined && isCredential(c.t) && !/[-\u2013\u2014:|]/.test(c.t.gap) && !priorAuthorisation(cls, at);
}
/** "PA" with a state after it is a prior authorisation, not a physician assistant ("Ana Ruiz, PA approved"). */
function priorAuthorisation(cls: readonly Classified[], at: number): boolean {
  return cls[at]?.t.key === 'pa' && AUTH_STATES.has(cls[at + 1]?.t.key ?? '');
}
/**
 * "Sara (OR scheduler)", "Wen (unit clerk)": a job named in brackets right after the name, its last word before the
 * closing bracket (BRACKETED_JOBS; not "resident", a care home's patient). A colleague at work only where no condition
 * or procedure may be their own (findNames: "Jerome (ED tech) - panic attacks" is the colleague's health).
 */
function bracketedJobAfter(cls: readonly Classified[], at: number): boolean {
  const c = cls[at];
  if (c === undefined || !/^\s?\($/.test(c.t.gap)) return false;
  for (let k = at; k < at + 3 && k < cls.length; k++) {
    if (k > at && /\)/.test(cls[k].t.gap)) return false;
    if (BRACKETED_JOBS.has(cls[k].t.key)) return cls[k + 1] === undefined || /^\)/.test(cls[k + 1].t.gap);
  }
  return false;
}
const BRACKETED_JOBS = new Set(BRACKETED_JOB_WORDS);
/** Verbs of a clinician being told of a result ("MD notified", "RN aware", "provider paged"); not "updated" or "made" (a schedule's). */
const TOLD_VERBS = new Set(['notified', 'aware', 'paged', 'page', 'paging', 'informed']);
/**
 * "K+ 6.8 on Lorna Beaumont, MD notified": a name after "on" or "for" (a result's patient) with a credential, a comma
 * before it, and a verb of being told after it: the clinician told about the patient, not the name's own credential.
 */
function toldAboutPatient(cls: readonly Classified[], i: number, j: number): boolean {
  const c = cls[j];
  const before = cls[i - 1];
  return before !== undefined && (before.t.key === 'on' || before.t.key === 'for') && before.t.case === 'lower' && c !== undefined && c.t.gap.trim() === ',' && cls[j + 1] !== undefined && cls[j + 1].t.case === 'lower' && TOLD_VERBS.has(cls[j + 1].t.key);
}

/**
 * A health word tied to someone by "his"/"her"/"own" or a verb of undergoing, close after the clinician's
 * name (within a dozen words), in the same sentence, with no other person named between: "Dr. Tsosie out
 * after his knee arthroscopy", not "Dr. Marsh will chair. ... Robert Thompson and his renal failure".
 */
function ownEventAfter(f: RunFacts): boolean {
  const credentialed = credentialAfter(f.cls, f.j);
  let away = false;
  // On medical leave ("FMLA for knee surgery", "on leave - chemo"): whatever care follows is the clinician's own.
  let onLeave = false;
  // Walk at most a dozen words from the name (a lookup by start per word: linear in the field).
  for (let k = f.j; k < f.cls.length && k <= f.j + 12; k++) {
    const c = f.cls[k];
    if (/[.!?]\s/.test(c.t.gap)) return false;
    if (ABSENCE_WORDS.has(c.t.key)) away = true;
    if (LEAVE_WORDS.has(c.t.key)) onLeave = true;
    // Not a piece of work before the term ("passed her certification exam", "her competency check") nor a patient
    // after it ("her CHF patients discharged"). After a credential only what the clinician undergoes or is away
    // for: "Ben Cho RN leading his diabetes support group" is his work, "Ada Quill RN out 2 wks after her back
    // surgery" her own.
    const own = (h: HealthMatch): boolean =>
      CLINICAL_CATEGORIES.has(h.category) &&
      (h.tie === 'undergoing' || (h.tie === 'third-person' && (!credentialed || away))) &&
      (!credentialed || h.category !== 'encounter') &&
      !JOB_WORDS.has(f.cls[h.from - 1]?.t.key ?? '') &&
      !PATIENT_WORDS.has(f.cls[h.to]?.t.key ?? '');
    if ((f.eventsAt.get(k) ?? []).some(own)) return true;
    // On leave, whatever care follows is the clinician's own ("Dr. Uche - FMLA for knee surgery"); away ("out", "off"),
    // a condition or a medication is ("Dr. Moss out sick - migraine", "Dr. Ng out - COVID positive"), where a procedure
    // or a test may be the work that moves ("Dr. Patel out Fri - colonoscopies moved"). Only a term that closes its part:
    // a noun after it names the work ("Dr. Kim out - diabetes education moved").
    const untied = (h: HealthMatch): boolean =>
      (onLeave ? CLINICAL_CATEGORIES.has(h.category) : away && (h.category === 'condition' || h.category === 'medication')) &&
      !JOB_WORDS.has(f.cls[h.from - 1]?.t.key ?? '') &&
      closesPart(f.cls, h.to);
    if ((onLeave || away) && (f.termsAt.get(k) ?? []).some(untied)) return true;
    if (c.t.case === 'title' && nameLike(c) && c.kind !== 'C') return false;
    // "Dr. Quill admitting pt to 5W after his surgery", "Ada Quill RN will cover his dressing change": a patient or
    // the clinician's care of someone comes first.
    if (PATIENT_WORDS.has(c.t.key) || CARE_VERBS.has(c.t.key)) return false;
  }
  return false;
}

/**
 * "Papadakis_K_blood_results.pdf", "HADZIOSMANOVIC_E_CT_CHEST.pdf", "Itzep_JC_cartilla.jpg", "K_Okafor_labs.pdf":
 * in a file name, a word set beside one or two capital initials is a surname with its initials, as record
 * systems, scanners and clinicians write them. The word is a known name or one no lexicon holds (Title
 * Case of four letters or more, or capitals of five or more that the name model finds name-like), not a word that takes a letter
 * ("Appendix_A", "Cohort_B"); the initials are not a health abbreviation ("CT"), a language or country
 * code ("Folleto_ES"), a business abbreviation ("QA"), a credential ("RN") or a letter glued to a
 * number (a quarter or a version: "Q3", "V2").
 */
/** An everyday word that no list gives as a given name ("Red", "Little"; not "Grace", "Rose"). */
function everydayNotGiven(key: string): boolean {
  const lex = nameLexicon();
  return lex.common.has(key) && !lex.given.has(key);
}
/** Sides of the body, which take a letter too (BODY_SIDES). */
const SIDES = new Set(BODY_SIDES);
function surnameWithInitial(f: RunFacts): boolean {
  const { cls, i, j, run } = f;
  if (f.kind !== 'attachment' || run.length > 2 || (run.length === 2 && run[1].t.gap !== '-')) return false;
  if (run.length === 1 && run[0].lowerInitial === true) return true;
  // "Hooks_R_INR_3.8.pdf", "ROSE J - chest CT.pdf", "Villa_J_tox_screen.pdf": a surname that is also an everyday word
  // counts where it opens the file name (after a scanner's or a phone's prefix at most) before its initial and clinical
  // terms, the record systems' form; not a side of the body ("Left_L_knee").
  const opensFile = i === 0 || (i === 1 && DEVICE_PREFIXES.has(cls[0].t.key));
  const surnameWord = (c: Classified): boolean => {
    if (LETTERED.has(c.t.key) || !/[aeiouy]/.test(c.t.key)) return false;
    // Asked only of the words below (the field's terms and words are scanned for it).
    const opensCare = (): boolean => run.length === 1 && opensFile && c.t.case !== 'lower' && c.t.text.length >= 3 && [...f.clinical.starts].some((k) => k > j) && !cls.some((x) => LABELLED_WORK.has(x.t.key));
    if ((c.kind === 'A' || c.kind === 'C') && !SIDES.has(c.t.key) && opensCare()) return true;
    // So does a word in capitals the name model does not reject outright ("TAITANO_R_neuro_consult.pdf").
    if (c.kind === 'U' && c.t.case === 'upper' && c.t.text.length >= 4 && opensCare() && nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL) return true;
    // Capitals hide a word's case, so there the name model must find it name-like ("INVOICE_A_MRI.pdf" is no name).
    if (c.kind === 'U') return (c.t.case === 'title' && c.t.text.length >= 4) || (c.t.case === 'upper' && c.t.text.length >= 5 && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS);
    return known(c.kind) && c.t.text.length >= 3 && c.t.case !== 'lower';
  };
  if (!run.every(surnameWord)) return false;
  // An initial before the surname stands apart from the word before it: "hsTnI_Algorithm.pdf" is troponin I's.
  const initialBefore = i > 0 && (i === 1 || cls[i - 1].t.gap !== '') && isFileInitial(cls, i - 1);
  return (initialBefore && /^[_.\s-]?$/.test(cls[i].t.gap)) || (j < cls.length && /^[_.\s-]?$/.test(cls[j].t.gap) && isFileInitial(cls, j));
}

/**
 * "Sharipova Z — INR 4.8, hold warfarin 5mg", "FW: Meekis D - MAT intake": a subject that opens with a
 * capitalised word and one capital initial, set apart from clinical terms after it, opens with the
 * patient's surname and initial, the way clinicians and EHR lists write them. A known name, or in a
 * subject about one patient a word no lexicon holds that the model does not reject outright; not a word
 * of the lexicons ("Group B strep", "Vitamin D - levels", "Tower B - ICU" open with everyday words).
 */
function openingSurnameInitial(f: RunFacts): boolean {
  const { cls, i, j } = f;
  const c = cls[i];
  if (f.kind !== 'subject' || f.opening !== i || c.t.case !== 'title' || c.t.text.length < 3 || LETTERED.has(c.t.key) || !/[aeiouy]/.test(c.t.key)) return false;
  // A word no lexicon holds, name-like, only in a subject about one patient (a value, a dose, a bed): "Analyzer B -
  // potassium results delayed", "Cart B - naloxone missing" name equipment.
  // So may a word the model does not reject outright, in clinicians' shorthand (nothing but clinical terms,
  // abbreviations and short words) about someone (a condition, a medication or an encounter): "Kimaro Z - asthma
  // action plan". A device's bay or a vendor is written beside other words ("Pyxis B - insulin missing", "Vaxcare
  // B - flu vaccine delivery"), a lab's bench beside tests ("Analyzer B - potassium results").
  // Two clinical terms of any kind are someone's too in such shorthand after a surname and its initial ("Gruffydd D,
  // post-op hip day 2, PT pls"): the EHR's way of listing a patient, which no device's bay takes before two terms.
  const shorthandAboutSomeone = f.shorthand && (f.clinical.someones || f.clinical.firm >= 2) && nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL;
  if (!(known(c.kind) || (c.kind === 'U' && ((f.patientSpecific && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS) || shorthandAboutSomeone)))) return false;
  const initial = cls[j];
  const after = cls[j + 1];
  if (initial === undefined || initial.t.kind !== 'word' || initial.t.text.length !== 1 || initial.t.case !== 'title' || !/^\s$/.test(initial.t.gap)) return false;
  // A letter and a colon label what follows ("Curbside Q: 82 y/o M, syncope"): no initial.
  const setApart = after === undefined || (SET_APART.test(after.t.gap) && !/^:/.test(after.t.gap)) || /^\.\s?(?:[-\u2013\u2014:,]|$)/.test(after.t.gap);
  return setApart && [...f.clinical.starts].some((k) => k > j);
}

/** One or two capital initials in a file name: not a health abbreviation, a code (NOT_INITIALS), a credential or a letter glued to a number. */
function isFileInitial(cls: readonly Classified[], at: number): boolean {
  const x = cls[at];
  const after = cls[at + 1];
  // Letters run into a number are a code ("A1"), and so are letters hyphenated to a number, or two letters hyphenated
  // after a word in capitals ("Petition_MH-3.pdf", "ARROW-HF_visit4.pdf": a form's and a trial's codes; one letter
  // there is an initial: "QUELLBRANDT-K_MRI.pdf").
  if (x === undefined || x.t.kind !== 'word' || x.kind === 'X' || (after !== undefined && after.t.kind === 'number' && (after.t.gap === '' || after.t.gap === '-'))) return false;
  if (x.t.gap === '-' && x.t.text.length >= 2 && at > 0 && cls[at - 1].t.case === 'upper' && cls[at - 1].t.text.length > 2) return false;
  if (x.t.text.length === 1) return x.t.case === 'title';
  // Two letters must stand apart ("CopperleafHP" is a health plan's name) and not be a code or a credential.
  const apart = at > 0 && cls[at].t.gap !== '' && (after === undefined || after.t.gap !== '');
  return x.t.text.length === 2 && x.t.case === 'upper' && apart && !NOT_INITIALS.has(x.t.key) && !CREDENTIALS.has(x.t.key);
}
const NOT_INITIALS = new Set(NOT_INITIALS_LIST);

/**
 * "Tavita back on the unit Mon after her knee surgery", "Praveen admitted to CCU with an MI": a capitalised
 * word that opens a subject (after a greeting at most), followed by a lower-case word, is the person it
 * happened to when the subject ties a health word after it to someone: "his", "her", "their", "own", a
 * verb of undergoing or a stay in a unit (facts/health.ts aboutPerson). A known name or a word no lexicon
 * holds that the name model does not find very unlikely (classify); weak, so topic words cancel it.
 */
function eventSubject(f: RunFacts): boolean {
  const { cls, i } = f;
  const c = cls[i];
  if (f.kind !== 'subject' || c.t.case !== 'title' || c.t.text.length < 3 || !/[aeiouy]/.test(c.t.key) || !(c.kind === 'U' || known(c.kind))) return false;
  // An everyday word opening a sentence ("Coverage needed - Dr. Quill out after ...") is no name: the model rejects it;
  // nor is an animal ("Macaque bite - tech ... started PEP").
  if (f.opening !== i || (c.kind === 'U' && nameLikeness(c.t.key) < NAME_LIKELY_ENOUGH_BESIDE_VALUES) || ANIMALS.has(c.t.key)) return false;
  const next = cls[i + 1];
  if (next === undefined || next.t.kind !== 'word' || next.t.case !== 'lower' || !/^\s$/.test(next.t.gap)) return false;
  return f.lastEvent > i;
}
const GREETING_WORDS = new Set(GREETINGS);
const ANIMALS = new Set(ANIMAL_WORDS);

/** After the time of a capture's stamp ("10.12.33 AM"). */
const STAMP_AFTER_TIME = new Set(['am', 'pm']);
/**
 * Files are named for the patient first ("Hakimyar_CXR_portable.jpg", "Saeedi_type_and_screen.pdf") or
 * for the test first ("EKG_Nazrulov_20251104.pdf"). A surname no lexicon holds fits only there: the first
 * word, right before a clinical term, or right after a clinical term that is the first word and before a
 * date or the end. The name model must find the word name-like (LONE_UNKNOWN_LIKENESS), which keeps out
 * most business words ("Budget_MRI_review.pdf"); topic words cancel it ("Cerner_MRI_training.pptx").
 */
function fileSurname(f: RunFacts): boolean {
  const { cls, i } = f;
  const c = cls[i];
  // An EHR export writes the surname in capitals ("CT_sinus_ORLOVSKA.pdf") in a name that is not all capitals.
  const capsSurname = c.t.case === 'upper' && c.t.text.length >= 5 && !f.allCaps;
  if (f.kind !== 'attachment' || c.kind !== 'U' || !(c.t.case === 'title' || capsSurname) || c.t.text.length < 4 || LETTERED.has(c.t.key) || REPORT_QUALIFIERS.has(c.t.key)) return false;
  // A camera's or scanner's prefix and its numbers come before the file's own first word, with the time words of its
  // stamp: "at" before the time, "AM" or "PM" after it ("Screenshot 2024-11-04 at 10.12.33 AM - ...").
  const renamedCapture = i > 0 && DEVICE_PREFIXES.has(cls[0].t.key);
  const stampWord = (k: number): boolean => renamedCapture && (cls[k].t.key === 'at' ? cls[k + 1]?.t.kind === 'number' : STAMP_AFTER_TIME.has(cls[k].t.key) && cls[k - 1]?.t.kind === 'number');
  const firstWord = (at: number): boolean => !cls.slice(0, at).some((x, k) => x.t.kind === 'word' && !DEVICE_PREFIXES.has(x.t.key) && !stampWord(k));
  // A photo or a scan renamed with a word and a clinical term ("IMG_4471_Falaniko_heel_wound.jpg") is a
  // patient's: there the model need only not reject the word outright (renamedCapture).
  const next = cls[i + 1];
  // So is a word opening the file name right before a clinical term that goes on to its results, its date or another
  // term ("Taufahema_lipid_panel_0905.pdf"): a report of one person's care. Nothing else may follow: a document's or a
  // team's words ("order", "log", "criteria", "v2", "Q3", a bare year) make the opening word a programme's, a team's
  // or a language's ("Protocolo_triaje_v3"); not a place's ending ("Lakeside_CBC_results"), nor a spreadsheet, which
  // lists many.
  const careOnly = (x: Classified, k: number): boolean =>
    (k === cls.length - 1 && x.t.gap === '.' && !SPREADSHEETS.has(x.t.key)) || (x.t.kind === 'number' ? !BARE_YEAR.test(x.t.text) || x.t.gap === '-' : f.health.has(k) || SITES.has(x.t.key) || FILE_CARE_WORDS.has(x.t.key));
  const reported =
    next !== undefined && f.clinical.starts.has(i + 1) && joins(next.t.gap, f.kind) && !PLACE_ENDING.test(c.t.key) && firstWord(i) && cls.slice(i + 2).some((x, k) => REPORT_WORDS.has(x.t.key) || x.t.kind === 'number' || f.clinical.starts.has(i + 2 + k)) && cls.every((x, k) => k <= i || careOnly(x, k));
  // So is the last word of a file named for its test and then a word, with maybe the date after ("Stress_echo_Quill.pdf",
  // "PFT_Quill_Oct2025.pdf"): the form a report is filed under. Only where the words before it are written in lower case or
  // capitals after the first (in "Pharmacy_Newsletter_2026", "Insulin_Sliding_Scale" every word is capitalised, as a title's), not a
  // place's ending ("Maplewood"), not after the paper of a group ("MOUD_members_...": a site's or a programme's).
  const filedAfterTest =
    i === f.lastFileWord && c.t.case === 'title' && !PLACE_ENDING.test(c.t.key) && cls.every((x, k) => k === 0 || k >= i || x.t.case !== 'title') && cls.some((x, k) => k < i && x.t.kind === 'word' && x.t.case !== 'title') && !cls.some((x, k) => k < i && GROUP_PAPERS.has(x.t.key)) && onlyCareBefore(f) && f.clinical.starts.has(0);
  if (!/[aeiouy]/.test(c.t.key) || nameLikeness(c.t.key) < (renamedCapture || reported || filedAfterTest ? NAME_LIKELY_ENOUGH_BESIDE_VALUES : LONE_UNKNOWN_LIKENESS)) return false;
  // "CarePlan_Rm118_Karimi_dementia.pdf": before it only clinical terms, everyday words and numbers, the word
  // standing apart on both sides (not a piece of a camel-case brand: "MoviPrep").
  const apart = c.t.gap !== '' && next !== undefined && next.t.gap !== '';
  const onlyDocWordsBefore = (at: number): boolean => firstWord(at) || (apart && cls.slice(0, at).every((x) => x.t.kind !== 'word' || x.kind === 'X' || x.kind === 'C' || DEVICE_PREFIXES.has(x.t.key)));
  if (onlyDocWordsBefore(i) && next !== undefined && (f.clinical.starts.has(i + 1) || siteThenClinical(f, i + 1)) && joins(next.t.gap, f.kind)) return true;
  if (i === f.lastFileWord) return afterClinicalWords(f);
  // "xray_Ndubisi_wrist_postcast.jpg", "mole_check_NDUBISI_back_0311.jpg": set apart between a clinical term (maybe
  // with one lower-case document word after it: "req", "order") and a body site or another clinical term, the
  // word is whose the study is; not in a device's quality control ("DEXA_Horizon_hip_QC_2025.pdf").
  const termBefore = f.clinical.ends.has(i - 1) || (f.clinical.ends.has(i - 2) && cls[i - 1].t.case === 'lower' && cls[i - 1].kind !== 'X');
  const termOrSiteAfter = next !== undefined && (f.clinical.starts.has(i + 1) || SITES.has(next.t.key));
  if (apart && termBefore && termOrSiteAfter && !cls.some((x) => DEVICE_CHECKS.has(x.t.key))) return true;
  if (!f.clinical.ends.has(i - 1)) return false;
  let start = i - 1;
  while (start > 0 && !f.clinical.starts.has(start)) start--;
  return f.clinical.starts.has(start) && firstWord(start) && (next === undefined || next.t.kind === 'number');
}

const SITES = new Set(BODY_SITES);
/** Words that open a report of many ("Quarterly_A1c_results", "Baseline_ECG_0312" of a device), not a person's name. */
const REPORT_QUALIFIERS = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annual', 'aggregate', 'aggregated', 'benchmark', 'benchmarks', 'baseline', 'dummy', 'interim', 'preliminary', 'composite', 'trended', 'combined', 'overall', 'rolling', 'historical', 'normative', 'reference', 'validation']);
const SPREADSHEETS = new Set(['xlsx', 'xls', 'csv']);
/** Words of one person's care record in a file name besides clinical terms: "RTW_note_post_cesarean", "rash_day_3". */
const FILE_CARE_WORDS = new Set(['note', 'notes', 'day', 'post', 'consent', 'photo', 'pic', 'pics', 'results', 'result', 'panel', 'read']);
const DEVICE_CHECKS = new Set(DEVICE_CHECK_WORDS);
/** One or two body-site words (or a side) at `at`, then a clinical term: "heel_ulcer", "L_knee_effusion". */
function siteThenClinical(f: RunFacts, at: number): boolean {
  let k = at;
  while (k < f.cls.length && k < at + 2 && SITES.has(f.cls[k].t.key)) k++;
  return k > at && f.clinical.starts.has(k);
}

/**
 * "PSA_trend_Sandhu.xlsx", "preop_checklist_Abenov.docx", "CT_sinus_Aliyeva.pdf": a file's last word,
 * after its clinical terms and lower-case document words (and a device's prefix and numbers), names
 * whose file it is. Read once per field: only the last word is asked.
 */
function afterClinicalWords(f: RunFacts): boolean {
  const { cls } = f;
  let clinical = false;
  for (let k = f.i - 1; k >= 0; k--) {
    if (f.clinical.ends.has(k)) {
      while (k > 0 && !f.clinical.starts.has(k)) k--;
      clinical = true;
      continue;
    }
    const x = cls[k].t;
    // A code in capitals glued to its number ("JOB44812", "ACC20931") is a system's reference, as a number is.
    const code = x.kind === 'word' && x.case === 'upper' && cls[k + 1]?.t.kind === 'number' && cls[k + 1].t.gap === '';
    if (x.kind === 'number' || DEVICE_PREFIXES.has(x.key) || (x.kind === 'word' && x.case === 'lower') || code) continue;
    return false;
  }
  return clinical;
}

/** Before the word at f.i only clinical terms, a report's words ("report", "results") and numbers: "Cath_report_..." */
function onlyCareBefore(f: RunFacts): boolean {
  for (let k = 0; k < f.i; k++) {
    const x = f.cls[k].t;
    if (x.kind === 'number' || f.health.has(k) || REPORT_WORDS.has(x.key) || FILE_CARE_WORDS.has(x.key)) continue;
    return false;
  }
  return true;
}

/** The index of a file name's last word before its extension, with only numbers after it; -1 if none. */
function lastWordOfFile(cls: readonly Classified[]): number {
  // The extension: the tokens after the last dot, glued together ("pdf", "m4a" read as m, 4, a), five characters at most.
  let end = cls.length;
  let length = 0;
  for (let k = cls.length - 1; k >= 0 && k >= cls.length - 5; k--) {
    length += cls[k].t.text.length;
    if (length > 5) break;
    if (cls[k].t.gap === '.') {
      end = k;
      break;
    }
    if (cls[k].t.gap !== '') break;
  }
  // A date after the word, in numbers or with its month's name ("PFT_Quill_Oct2025.pdf"), is the report's date.
  for (let k = end - 1; k >= 0; k--) if (cls[k].t.kind !== 'number' && !(MONTHS_OF_FILES.has(cls[k].t.key) && cls[k + 1]?.t.kind === 'number' && cls[k + 1].t.gap === '')) return cls[k].t.kind === 'word' ? k : -1;
  return -1;
}
const CLINICAL_CATEGORIES = new Set(['condition', 'test', 'procedure', 'medication', 'encounter']);

/** A room before a building's name and its number ("room Ellison 412"). */
const BUILDING_ROOM_WORDS = new Set(['room', 'rm']);
/** Before a hospital's name that precedes its unit (clinicalUnknown). */
const PLACE_PREPOSITIONS = new Set(['to', 'at', 'from']);
/** The word at i follows "in", "at", "to" or "from": a place a room is in ("screening in Tamarack (rm 204)"), not who lies there. */
function inPlaceAt(cls: readonly Classified[], i: number): boolean {
  const key = cls[i - 1]?.t.key ?? '';
  return key === 'in' || PLACE_PREPOSITIONS.has(key);
}
/**
 * Clinicians write a patient's lone name where a name goes, set apart from the clinical words: after a
 * dash or a preposition and before a dash, a comma, a value or the clinical term ("BNP 1240 – Adeyemi
 * bounce-back", "metoprolol 50 bid for Tamuna? HR 110s"). A capitalised word no lexicon holds, name-like
 * by the model, in a sentence-case English subject (an everyday English word in lower case) with a plain
 * clinical term, there is a name (medium, weak: topic words cancel it). Not the field's first word unless
 * a separator follows it ("Grief support group" is a topic); a product or a system ("Pyxis downtime") is
 * followed by a lower-case word, an organisation by a capitalised one ("Kamaka Home Health").
 */
function clinicalUnknown(f: RunFacts): boolean {
  const { cls, i } = f;
  const c = cls[i];
  // "Keanu 10yo BMI >99th %ile", "Tavita (4yo) - AOM": a capitalised word right before an age is the one of that age (a
  // word the model does not reject outright), in a field with a clinical term; a site or a product has no age.
  if (c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 3 && !LETTERED.has(c.t.key) && ageAt(cls, i + 1) && f.clinical.starts.size > 0) return nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL;
  // "bed 14 Mensah SOB overnight", "rm 412 Okeke - PICC placed": in a subject, right after a bed or a room
  // and right before a clinical term that is no everyday word, the patient in it (a word the model does not
  // reject outright); "Rm 204 Sysco delivery" is a vendor's.
  const place = cls[i - 2];
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && place !== undefined && cls[i - 1].t.kind === 'number' && BED_WORDS.has(place.t.key) && /^\s$/.test(c.t.gap) && f.clinical.starts.has(i + 1) && !f.lex.common.has(cls[i + 1].t.key)) return nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL;
  // "Kaufusi (bed 6) BP 88/50": in a subject, the word right before a bracketed room or bed and then a clinical
  // term is whoever lies there (a word the model does not reject outright): staff and services are not tagged with a
  // bed. Not a place the room is in ("screening in Tamarack (rm 204)").
  const tag = cls[i + 1];
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 3 && tag !== undefined && /^\s?\($/.test(tag.t.gap) && BED_WORDS.has(tag.t.key) && cls[i + 2]?.t.kind === 'number' && /^\s?$/.test(cls[i + 2].t.gap) && (cls[i + 3] === undefined || /^[a-z]?\)/i.test(cls[i + 3].t.gap)) && !inPlaceAt(cls, i) && f.clinical.lastStart > i + 2) {
    return nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL;
  }
  // "Okonkwo 4W-402 - Mg 1.1", "recheck Halloran 3E-318 for DTs": in a subject with a clinical term, the word right before a unit's
  // room code is whoever lies there, where the model finds it as name-like as a lone unknown name must be (devices and
  // dressings are used in rooms too: "Alaris 5N12 alarm"); not a place the room is in ("in", "at", "to", "from").
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 3 && unitRoomAt(cls, i + 1) && f.clinical.starts.size > 0 && !inPlaceAt(cls, i)) {
    return nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS;
  }
  // "Vakaloa wound photos", "Quispe cellulitis pics": the word opening a subject right before a clinical term that a word
  // of a patient's reports or photos closes (PATIENT_REPORT_WORDS, PHOTOS) is whose they are, where the field has a term
  // only a person has (a condition, a medication, a visit: a site's own x-rays, "Portable x-ray results, east wing")
  // and the model finds the word as name-like as a lone unknown name must be; an everyday word is no name ("Pharmacy
  // wound photos").
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 4 && f.opening === i && cls[i + 1] !== undefined && /^\s$/.test(cls[i + 1].t.gap) && f.clinical.starts.has(i + 1)) {
    let end = i + 1;
    while (end < cls.length && !f.clinical.ends.has(end)) end++;
    // The report's word may close the clinical term itself ("CT results").
    const at = REPORT_WORDS.has(cls[end]?.t.key ?? '') && end > i + 1 ? end : end + 1;
    const closing = cls[at];
    // Or a test's results asked after ("Selu MRI results back?"): a site's results are not awaited. With no more than
    // that, the model must find the word clearly name-like ("Phantom MRI results back" is a scanner's test object).
    const awaited = closing !== undefined && closing.t.key === 'results' && cls[at + 1]?.t.key === 'back';
    if ((f.clinical.someones || awaited) && closing !== undefined && /^\s$/.test(closing.t.gap) && closing.t.case === 'lower' && (REPORT_WORDS.has(closing.t.key) || PHOTOS.has(closing.t.key)) && (cls[at + 1] === undefined || SET_APART.test(cls[at + 1].t.gap) || awaited)) {
      return !f.lex.common.has(c.t.key) && nameLikeness(c.t.key) >= (f.clinical.someones ? LONE_UNKNOWN_LIKENESS : AWAITED_RESULTS_LIKENESS);
    }
  }
  // "Mirela refused clozapine again", "Tomasz eloped from the unit", "Vasquez discharged from home care": the word
  // opening a subject right before a verb only a patient does (PATIENT_ACTS) or one done to them in the passive
  // (DONE_TO_A_PATIENT, with no object after it), with a clinical term in the field,
  // is the patient's name (a word the model does not reject outright; "Pharmacy refused" is an everyday word).
  const acts = cls[i + 1];
  const passive = (k: number): boolean => cls[k] === undefined || SET_APART.test(cls[k].t.gap) || /^\s?[,;:.!?]/.test(cls[k].t.gap) || cls[k].t.kind === 'number' || PASSIVE_AFTER_SET.has(cls[k].t.key);
  const done = acts !== undefined && DONE_TO.has(acts.t.key) && passive(i + 2);
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 4 && f.opening === i && acts !== undefined && /^\s$/.test(acts.t.gap) && acts.t.case === 'lower' && (PATIENT_ACTS.has(acts.t.key) || done) && f.clinical.starts.size > 0) {
    return !f.lex.common.has(c.t.key) && nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL;
  }
  // "biopsy results - Lungu", "CT A/P, r/o PE - Mirzoyan": the word that ends a subject in clinicians' shorthand, set
  // apart by a dash or a colon, is whose the shorthand is: a word the model finds name-like, after someone's term
  // (a condition, a medication, a visit), two terms or a word of a patient's reports (PATIENT_REPORT_WORDS: results,
  // a report, images, notes; one test alone may be a site's).
  // An initial without its dot may stand between the dash and the surname ("refferal GI - T Mbeki"; not "A" nor "I").
  const initial = cls[i - 1];
  const initialFirst = initial !== undefined && /^[B-HJ-Z]$/.test(initial.t.text) && /^\s?[-\u2013\u2014:]\s$/.test(initial.t.gap) && /^\s$/.test(c.t.gap);
  const setApartAtEnd = /^\s?[-\u2013\u2014:]\s$/.test(c.t.gap) || initialFirst;
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && i === cls.length - 1 && f.opening >= 0 && f.opening < (initialFirst ? i - 1 : i) && setApartAtEnd) {
    const results = cls.slice(f.opening, i).some((x) => REPORT_WORDS.has(x.t.key));
    // Not a town's name ("MRI results - Delafield"): a place's ending is no surname's the lists do not hold.
    if (shorthandAfter(cls, f.opening - 1, f.clinical.starts, f.health, i) && (f.clinical.someones || f.clinical.starts.size >= 2 || results) && !PLACE_ENDING.test(c.t.key) && nameLikeness(c.t.key) >= NAME_LIKELY) return true;
  }
  // "CXR - Leota, r/o pneumonia", "s/p R TKA - Rasoanaivo, PT eval": set apart between two pieces of clinicians'
  // shorthand (a dash before, a comma and another clinical term after), the word is whose they are, a word the model
  // does not reject outright (it scores many Polynesian and Malagasy surnames low); not a place ("- Northfield,").
  const commaNext = cls[i + 1];
  if (f.kind === 'subject' && c.kind === 'U' && c.t.case === 'title' && c.t.text.length >= 4 && commaNext !== undefined && /^,\s$/.test(commaNext.t.gap) && /^\s?[-\u2013\u2014:]\s$/.test(c.t.gap) && f.opening >= 0 && f.opening < i && !PLACE_ENDING.test(c.t.key) && f.clinical.lastStart > i && nameLikeness(c.t.key) > NOT_A_NAME_AT_ALL && shorthandAfter(cls, f.opening - 1, f.clinical.starts, f.health, i)) return true;
  // A sentence-case English subject, or one about one patient's values in clinicians' shorthand ("Morozov -
  // heparin gtt, anti-Xa 0.12, rebolus?", with no everyday English word). A body site is none ("Breast TB add-on":
  // the breast tumour board).
  if (!(f.clinicalEnglishSubject || f.patientSpecific || f.shorthand) || c.kind !== 'U' || c.t.case !== 'title' || c.t.text.length < 4 || LETTERED.has(c.t.key) || SUBJECT_MARKERS.has(c.t.key) || SITES.has(c.t.key)) return false;
  if (!/[aeiouy]/.test(c.t.key) || brandShaped(c.t.text, f.lex)) return false;
  const likeness = nameLikeness(c.t.key);
  const prev = cls[i - 1];
  const next = cls[i + 1];
  // "transfer to Lakeshore ED", "seen at Ridgeway ICU": after "to", "at" or "from", one word before a unit's acronym
  // is the hospital the unit belongs to (PLACE_PREPOSITIONS).
  if (prev !== undefined && next !== undefined && PLACE_PREPOSITIONS.has(prev.t.key) && prev.t.case === 'lower' && next.t.case === 'upper' && /^\s$/.test(next.t.gap) && isUnitWord(next.t.key)) return false;
  // In a subject about one patient (a measured value, a dose, a bed), the word that opens it before a
  // clinical term or a lower-case word is the patient's name whatever the model makes of its letters
  // ("Wahpepah POD1 TKA - PT cleared him", "Dorcélus warfarin 7.5mg held, INR 4.8"): the model cannot
  // tell such names from product names, and products are not written before a patient's values.
  // Only a word the model does not reject outright: "Quantity limit exception - oxycodone 10mg" opens with
  // an everyday word, far below any name.
  // A side's letter may stand before the term: "Okafor L heel ulcer 3.2 x 2.1 cm".
  const sided = next !== undefined && /^[LRB]$/.test(next.t.text) && (f.clinical.starts.has(i + 2) || (cls[i + 2]?.t.case === 'lower' && f.clinical.starts.has(i + 3)));
  if (f.patientSpecific && f.opening === i && next !== undefined && /^\s$/.test(next.t.gap) && (next.t.case === 'lower' || f.clinical.starts.has(i + 1) || sided || next.t.kind === 'number')) return likeness > NOT_A_NAME_AT_ALL;
  // A shorthand subject is about the one word that opens it, set apart or right before a clinical term
  // ("Qureshi - DKA, insulin gtt", "Farahani MRI brain w/wo"): as beside a patient's values, the word needs
  // only not to be rejected outright by the model, which scores many African and South Asian surnames low.
  // Two clinical terms at least, for a word the model doubts: "Re: Pastoria PSA" is a project's agreement.
  if (f.shorthand) {
    const placed = f.opening === i && next !== undefined && (SET_APART.test(next.t.gap) || (/^\s$/.test(next.t.gap) && f.clinical.starts.has(i + 1)));
    // One test or procedure alone may be a site's or a vendor's ("Waukesha - MRI", "Aidoc - CT"); a condition,
    // a medication or an encounter is someone's.
    // A word the model finds very likely a name is someone's with one test or procedure too ("Arrieta - ACL recon 4/2").
    const someones = f.clinical.starts.size >= 2 || f.clinical.someones || likeness >= NAME_VERY_LIKELY;
    if (placed && someones && (likeness >= LONE_UNKNOWN_LIKENESS || (likeness > NOT_A_NAME_AT_ALL && f.clinical.starts.size >= 2))) return true;
    // Shorthand that is no English subject and no one patient's values ends here; one that is (its words of care are
    // everyday words too) is read as that below.
    if (!f.clinicalEnglishSubject && !f.patientSpecific) return false;
  }
  if (likeness < (f.patientSpecific ? NAME_LIKELY_ENOUGH_BESIDE_VALUES : LONE_UNKNOWN_LIKENESS)) return false;
  // A sentence may end after the name: "Lithium 1.9 — Kasprzak. pls hold AM dose".
  const apartAfter = next === undefined || SET_APART.test(next.t.gap) || /^\.\s/.test(next.t.gap);
  // "POD2 Tuilagi - JP drain output up", "INR 4.8 Dabrowska - warfarin 5mg held": right after the
  // measured or clinical term (or its value), set apart after.
  let reading = i - 1;
  while (reading > 0 && cls[reading].t.kind === 'number') reading--;
  if (f.patientSpecific && (f.clinical.ends.has(i - 1) || (reading < i - 1 && f.clinical.ends.has(reading))) && apartAfter) return true;
  const before = (prev === undefined && apartAfter) || (prev !== undefined && (SET_APART.test(c.t.gap) || (prev.t.case === 'lower' && NAME_PREPOSITIONS.has(prev.t.key))));
  const possessive = next !== undefined && /^['\u2019]s?\s$/.test(next.t.gap) && f.clinical.starts.has(i + 1);
  const clinicalNext = next !== undefined && next.t.case !== 'title' && f.clinical.starts.has(i + 1);
  // "US abd for Vlachou needs NPO": after "for" and a clinical term, the word before a verb of the patient's state or
  // needs is the clause's subject, the patient.
  const stateAfter = prev !== undefined && next !== undefined && prev.t.key === 'for' && f.clinical.ends.has(i - 2) && next.t.case === 'lower' && /^\s$/.test(next.t.gap) && PATIENT_STATE_VERBS.has(next.t.key);
  const after = apartAfter || possessive || clinicalNext || stateAfter || next.t.kind === 'number' || (next.t.case === 'lower' && NAME_PREPOSITIONS.has(next.t.key));
  return before && after;
}
const CARE_SHORTHAND = new Set(CARE_SHORTHAND_WORDS);
const PANEL_WORK = new Set(PANEL_WORK_WORDS);
const CLINICIAN_BLOCKS = new Set(CLINICIAN_BLOCK_WORDS);
/**
 * Clinicians' shorthand: after the opening word, nothing but clinical terms, abbreviations in capitals, numbers,
 * connectors of three letters or fewer ("w", "s/p", "for") and the ward's words of one patient's care
 * (CARE_SHORTHAND_WORDS: "pending", "tomorrow"), with a clinical term among them. Everyday words
 * ("order set", "training") make a subject about work, where an opening product or place name is usual.
 */
function shorthandAfter(cls: readonly Classified[], opening: number, clinicalStarts: ReadonlySet<number>, healthTok: ReadonlySet<number>, end = cls.length): boolean {
  let clinicalTerm = false;
  for (let k = opening + 1; k < end; k++) {
    const t = cls[k].t;
    if (clinicalStarts.has(k)) clinicalTerm = true;
    if (healthTok.has(k) || t.kind !== 'word') continue;
    if (t.case === 'upper' || t.text.length === 1 || (t.case === 'lower' && (t.text.length <= 3 || CARE_SHORTHAND.has(t.key)))) continue;
    return false;
  }
  return clinicalTerm;
}
/**
 * "ThickWell", "ClearMix": words glued with a capital, one an everyday word, are a brand. Names glued so are
 * names on both sides ("AbdelRahman", "FitzHerbert"; "DeShawn" has a particle of two letters).
 */
function brandShaped(text: string, lex: NameLexicon): boolean {
  const m = /^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$/.exec(text);
  return m !== null && (lex.common.has(m[1].toLowerCase()) || lex.common.has(m[2].toLowerCase()));
}
/**
 * A unit's room code starting at token k, set apart from the word before it: a floor's number and its wing's letters glued
 * to a room number ("4W-402", "3E 312", "5N12"). Where a patient lies: a name right before it in a clinical line is
 * whoever is in that room ("vanc trough - Okonkwo 4W-402").
 */
function unitRoomAt(cls: readonly Classified[], k: number): boolean {
  const [floor, wing, room] = [cls[k], cls[k + 1], cls[k + 2]];
  return floor !== undefined && wing !== undefined && room !== undefined && floor.t.kind === 'number' && floor.t.text.length <= 2 && /^\s$/.test(floor.t.gap) && wing.t.gap === '' && /^[A-Z]{1,2}$/.test(wing.t.text) && room.t.kind === 'number' && /^[-\s]?$/.test(room.t.gap) && room.t.text.length >= 2 && room.t.text.length <= 4;
}
const AGE_UNITS = new Set(AGE_UNIT_WORDS);
/** An age at token k: a number of at most three digits, after a space or an opening bracket, with its unit glued on. */
function ageAt(cls: readonly Classified[], k: number): boolean {
  const n = cls[k];
  const unit = cls[k + 1];
  return n !== undefined && unit !== undefined && n.t.kind === 'number' && n.t.text.length <= 3 && /^\s?\(?$/.test(n.t.gap) && n.t.gap !== '' && unit.t.gap === '' && AGE_UNITS.has(unit.t.key);
}
/** Papers of a group of people: a word after them is the group's site or programme ("MOUD_members_Eastgate.xlsx"). */
const GROUP_PAPERS = new Set(['members', 'roster', 'list', 'batch', 'census', 'cohort', 'class']);
/** Endings of English place names ("Delafield", "Brookville", "Harrisburg", "Oakdale"). */
const PLACE_ENDING = /(?:field|ville|burg|borough|boro|port|mouth|land|ridge|dale|haven|wood|ford|brook|view)$/;
/** Reply and forward prefixes before a subject's first word. */
const REPLY_PREFIXES = new Set(REPLY_PREFIX_WORDS);
const SUBJECT_MARKERS = new Set(SUBJECT_MARKER_WORDS);
/** Words of a quality-control run on an analyzer: its values are not a patient's. */
const QUALITY_CONTROL = new Set(['qc', 'calibration', 'proficiency', 'analyzer', 'analyser']);
/** Set apart in a subject about one patient, a word needs only not to be rejected outright by the model. */
const NAME_LIKELY_ENOUGH_BESIDE_VALUES = -2;
/**
 * After a given name that is also an English word, the next word must not read as an everyday or a business word to
 * the name model ("Grace Cottage", "Chase Paymentech", "Bill Caresource" score below; "Dellacroce" above).
 */
const WORD_GIVEN_PARTNER_LIKENESS = -1.5;
/** Below this the model has only seen such letters in everyday words ("exception" -4.8, "supplies" -4.3). */
const NOT_A_NAME_AT_ALL = -3.5;
/** How name-like a word no list holds must be when only awaited results say it is someone's (clinicalUnknown). */
const AWAITED_RESULTS_LIKENESS = 1;
const MAC_PREFIX = /^ma?c[a-z]{3,}$/;
/** Organisation heads (ORG_HEADS) that are also common surnames: Korean Park, English Hall, Ward, House. */
const SURNAME_HEADS = new Set(['park', 'hall', 'ward', 'house']);
const isCensusSurname = (key: string): boolean => nameLexicon().surname.has(key);
/** The patients' languages' own patient words, which open a subject in Title Case ("Pacientka Kuznetsova"). */
const LANGUAGE_PATIENT_CUES = new Set(LANGUAGE_PATIENT_WORDS);
/** Patient words with no other sense, after which a capitalised word set apart is a name. */
// Every patient word but those with another sense: a plan's member, a shelter's client, a resident physician.
const STRONG_PATIENT_CUES = new Set(PATIENT_WORDS_LIST.filter((w) => !['resident', 'member', 'client', 'claimant', 'guarantor', 'subscriber', 'enrollee', 'beneficiary'].includes(w)));
/** Where a patient lies, written after the name with its number: BED_WORDS and the patients' languages' words for a bed. */
const ROOM_WORDS = new Set([...BED_WORDS, 'cama', 'leito', 'lit', 'kama']);
const SUBJECT_PRONOUNS = new Set(['his', 'her', 'him', 'he', 'she']);
const DOSE_UNITS = new Set(['mg', 'mcg', 'g', 'ml', 'units', 'unit', 'u', 'iu', 'meq', 'mmol']);
/** "7.5mg", "50 mg", "bed 7": a dose given to or a bed held by one patient. */
function isDoseOrBed(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t.kind === 'number' && next !== undefined && next.kind === 'word' && /^\s?$/.test(next.gap) && DOSE_UNITS.has(next.key)) return true;
  return t.kind === 'word' && BED_WORDS.has(t.key) && next !== undefined && next.kind === 'number' && next.gap === ' ';
}
const SET_APART = /[\u2013\u2014:;,|()?!]|\s-\s|^\s?-\s/;
const NAME_PREPOSITIONS = new Set(['for', 'on', 'to', 'with', 're', 'from', 'about']);
const PATIENT_STATE_VERBS = new Set(PATIENT_NEEDS_VERBS);

const FAMILY_WORDS = new Set(FAMILY_GROUP_WORDS);

function isFamilyName(c: Classified, lex: NameLexicon): boolean {
  const k = c.t.key;
  if (c.t.case !== 'title' || !k.endsWith('s')) return false;
  const stem = k.endsWith('es') && lex.surname.has(k.slice(0, -2)) ? k.slice(0, -2) : k.slice(0, -1);
  return lex.surname.has(stem) || lex.other.has(stem);
}

/** Two syllables in capitals joined by a hyphen, four letters at least, each with a vowel ("VAN-AN", "MEI-LIN"). */
function capsHyphenatedGiven(a: Classified | undefined, b: Classified | undefined): boolean {
  return a !== undefined && b !== undefined && b.t.gap === '-' && isCapsNameWord(a, 2) && isCapsNameWord(b, 2) && a.t.text.length + b.t.text.length >= 4;
}
/** An all-capitals word that could be a name: long enough (`minLength`), with a vowel, not a known word or acronym. */
function isCapsNameWord(c: Classified | undefined, minLength = 4): boolean {
  if (!c || c.t.case !== 'upper' || c.kind === 'X' || c.kind === 'C' || c.t.text.length < minLength) return false;
  return /[AEIOUY]/.test(c.t.text.normalize('NFD'));
}

/**
 * "Pig 'Hamlet' (P-2210)", "SimMan 'Stan' is down": one name in quotes right after a capitalised noun
 * is what the thing, animal or manikin is called. Not after a patient word, a title or another name, and
 * not before a surname: "Pt 'Lupe'", "Roberto 'Beto' Quill" are people.
 */
function quotedThingName(cls: readonly Classified[], i: number, j: number, facts: RunFacts): boolean {
  const before = cls[i - 1];
  if (j - i !== 1 || facts.cue || facts.titled || before === undefined || before.t.kind !== 'word') return false;
  // The noun is capitalised (a product or a species opening the subject: "SimMan", "Pig"); "Spoke with 'Lupe'",
  // "Mom says 'Beto'" quote a person.
  if (!/^\s?['"\u2018\u201c]$/.test(cls[i].t.gap) || known(before.kind) || before.t.text.length < 3 || before.t.case === 'lower') return false;
  const after = cls[j];
  return after === undefined || (/^['"\u2019\u201d]/.test(after.t.gap) && !nameLike(after));
}

/** Two capitalised words joined by "&": "Elm & Whitaker". */
function andJoined(a: Classified | undefined, b: Classified | undefined): boolean {
  return a !== undefined && b !== undefined && b.t.gap.trim() === '&' && a.t.case === 'title' && b.t.case === 'title';
}

/** Two given names of the lexicons, not both also surnames: two people joined by "&", not a firm. */
function givenPair(lex: NameLexicon, a: Classified | undefined, b: Classified | undefined): boolean {
  return a !== undefined && b !== undefined && lex.given.has(a.t.key) && lex.given.has(b.t.key) && !(lex.surname.has(a.t.key) && lex.surname.has(b.t.key));
}

/** A single capital letter followed by a dot: an initial. */
function isInitial(cls: readonly Classified[], i: number): boolean {
  const c = cls[i];
  if (!c || c.t.kind !== 'word' || c.t.text.length !== 1 || c.t.case !== 'title') return false;
  const next = cls[i + 1];
  return next === undefined ? false : /^\.\s?$/.test(next.t.gap);
}

/** "Mrs." or "Baby Girl" before token i: what follows is a name even if no lexicon knows it. */
// "ms." and the Spanish "sra." with their dot too ("ms. tran's potassium 2.9", "sra. ruiz - glucosa 245").
const LOWER_CASE_TITLES = new Set(['mr', 'mrs', 'ms', 'sra', 'srta']);
/**
 * A lay title typed in lower case with its dot ("mrs. vandermolen", "mr. adeyoola") before a lower-case word of four
 * letters or more that no list holds and that is no everyday or health word: the surname. The dot keeps "ms" from
 * reading as multiple sclerosis.
 */
function dottedLowerTitleBefore(cls: readonly Classified[], at: number): boolean {
  const c = cls[at];
  const p = cls[at - 1];
  return p !== undefined && c.kind === 'U' && c.t.case === 'lower' && c.t.text.length >= 4 && p.t.case === 'lower' && LOWER_CASE_TITLES.has(p.t.key) && /^\.\s?$/.test(c.t.gap);
}
/**
 * Lay titles typed in lower case without their dot, before a lower-case surname (isTitleBefore). Not "madan" (also a
 * given name); "sr" only among Spanish or Portuguese words ("sr ramirez no vino a su cita"): in English it is "senior"
 * ("sr porter rota").
 */
// "miss" too ("miss delaney ct head neg"): before a surname of the lists that is no everyday word, no verb's object.
const TYPED_LAY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'sr', 'sra', 'srta', 'pan', 'pani', 'mesye', 'herr', 'frau', 'mme', 'ong', 'ba', 'dona']);
/**
 * A word of `words` among the field's tokens, found once per field and word set: asked for each candidate name, a
 * scan of the field each time would grow with the square of its length.
 */
const fieldWords = new WeakMap<readonly Classified[], Map<ReadonlySet<string>, boolean>>();
function fieldHas(cls: readonly Classified[], words: ReadonlySet<string>): boolean {
  let byWords = fieldWords.get(cls);
  if (byWords === undefined) fieldWords.set(cls, (byWords = new Map()));
  let has = byWords.get(words);
  if (has === undefined) byWords.set(words, (has = cls.some((c) => words.has(c.t.key))));
  return has;
}
/** Small words of Spanish and Portuguese, beside which a lower-case "sr" is señor or senhor. */
const ROMANCE_SMALL_WORDS = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'en', 'su', 'sus', 'con', 'para', 'por', 'que', 'hoy', 'ayer', 'com', 'desde', 'ontem', 'hoje', 'ta', 'esta', 'ele', 'ela']);
/** Generation suffixes after a name ("Faleolo_Tavita_Jr"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** An HL7 segment whose fields hold providers' names, right before the name ("ORC-12", "OBR-16", "PV1-7", "RXE-13"). */
function hl7ProviderField(cls: readonly Classified[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (HL7_PROVIDER_SEGMENTS.has(cls[k].t.key)) return true;
  return false;
}
const HL7_PROVIDER_SEGMENTS = new Set(['orc', 'obr', 'pv1', 'rxo', 'rxe', 'rxd', 'prd', 'stf']);
/** Dutch titles whose capitals without a dot are acronyms ("DHR": a device history record; "DHR. JANSEN" is the title). */
const NOT_IN_CAPITALS = new Set(['dhr', 'mevr']);
/** A name's particle in lower case ("de", "van", "der"), as CONNECTORS. */
const lowerConnector = (c: Classified | undefined): boolean => c !== undefined && c.t.case === 'lower' && CONNECTORS.has(c.t.key);

function isTitleBefore(cls: readonly Classified[], at: number): boolean {
  // "Mr. de Vries", "Sra. de la Cruz", "mevr. van der Berg": the title stands before the surname's particles.
  // Not an undotted title inside a longer capitalised name ("Igreja Nossa Senhora de Fátima": Our Lady); "Pt Mr. van
  // Dijk" has its title's dot.
  let i = at;
  while (i > at - 2 && lowerConnector(cls[i - 1]) && /^\s$/.test(cls[i].t.gap)) i--;
  if (i < at && cls[i - 2]?.t.case === 'title' && /^\s$/.test(cls[i - 1]?.t.gap ?? '') && !/^\./.test(cls[i].t.gap)) return false;
  const p = cls[i - 1];
  // A title is followed by its name, never by a comma: "Clin Hematol Rev, J Wound Ostomy" lists journals.
  if (/,/.test(cls[i].t.gap)) return false;
  if (p !== undefined && HONORIFICS.has(p.t.key) && !(p.t.case === 'upper' && NOT_IN_CAPITALS.has(p.t.key) && !/^\./.test(cls[i].t.gap)) && (p.t.case !== 'lower' || (LOWER_HONORIFICS.has(p.t.key) && cls[at].t.case === 'title'))) return true;
  // "pls check on mrs. abernathy": "mr." and "mrs." mean nothing else, before a known name even in lower case.
  if (p !== undefined && LOWER_CASE_TITLES.has(p.t.key) && /^\.\s?$/.test(cls[i].t.gap) && known(cls[at].kind)) return true;
  if (i === at && dottedLowerTitleBefore(cls, at)) return true;
  // Typed in a hurry, without the dot or a capital, in English and the patients' languages ("sr ramirez no vino a su
  // cita", "pan wisniewski nie przyszedl", "mesye pierre pa vini"): a lay title before a lower-case surname the
  // lists hold that is no everyday word ("sr analyst" is a job, "mr brain" an MRI).
  // "miss" only opening the field or set apart ("we will miss Schultz", "sorry to miss Ramirez's talk" are the verb).
  const missVerb = p !== undefined && p.t.key === 'miss' && i - 1 > 0 && !SET_APART.test(p.t.gap);
  if (p !== undefined && p.t.case === 'lower' && TYPED_LAY_TITLES.has(p.t.key) && !missVerb && (p.t.key !== 'sr' || fieldHas(cls, ROMANCE_SMALL_WORDS)) && /^\s$/.test(cls[i].t.gap) && cls[at].t.case === 'lower' && known(cls[at].kind) && !nameLexicon().common.has(cls[at].t.key)) return true;
  // In a lower-case file name ("..._mrs_okafor_...") or subject, the word the shape pass marked after the title.
  if (p !== undefined && p.t.case === 'lower' && (p.t.key === 'mrs' || p.t.key === 'mr') && /^[_\s-]$/.test(cls[i].t.gap) && cls[i].shaped && cls[i].t.case === 'lower') return true;
  // "BG Mensah 27w", "BB Okafor feeding log": a nursery's baby girl and baby boy, in capitals before a name, in a
  // field about a newborn ("BG Meter recall" is a blood glucose meter's).
  if (p !== undefined && p.t.case === 'upper' && BABY_INITIALS.has(p.t.key) && cls[i].t.case === 'title' && cls[i].kind !== 'C' && cls[i].kind !== 'X' && /^[\s_]$/.test(cls[i].t.gap) && aboutNewborn(cls)) return true;
  const pp = cls[i - 2];
  // "Twin A Okoro - NICU admit 32w", "Baby Rivera - bili 14": a nursery's label in Title Case before a capitalised word,
  // in a field about a newborn, is the family name: after "Twin" and its letter any word that is no everyday word;
  // after "Baby" only a surname of the lists ("Baby Bjorn bouncer", "Baby Dove wash" are brands).
  const newbornName = cls[i].t.case === 'title' && cls[i].kind !== 'C' && cls[i].kind !== 'X' && /^[\s_]$/.test(cls[i].t.gap);
  const twin = p !== undefined && p.t.case === 'title' && p.t.text.length === 1 && pp?.t.key === 'twin' && pp.t.case === 'title';
  const baby = p !== undefined && p.t.case === 'title' && p.t.key === 'baby' && cls[i].kind === 'S';
  if (newbornName && (twin || baby) && aboutNewborn(cls)) return true;
  return pp !== undefined && p !== undefined && BABY.has(pp.t.key) && BABY_SEX.has(p.t.key) && pp.t.case !== 'lower';
}
const BABY_INITIALS = new Set(['bb', 'bg']);
const NEWBORN_CUES = new Set(NEWBORN_CUES_LIST);
const GLUCOSE_WORDS = new Set(GLUCOSE_WORDS_LIST);
/** A field about a newborn: a nursery's word, or a gestational age glued to its number ("27w", "32wk"); no word of blood glucose. */
function aboutNewborn(cls: readonly Classified[]): boolean {
  return !cls.some((c) => GLUCOSE_WORDS.has(c.t.key)) && cls.some((c, k) => NEWBORN_CUES.has(c.t.key) || (/^(?:w|wk|wks)$/.test(c.t.key) && c.t.gap === '' && cls[k - 1]?.t.kind === 'number'));
}

/**
 * `mixedCase`: the field has a lower-case word of three letters or more (computed once per field,
 * not per run, so a subject full of "PT" stays linear).
 */
function isPatientWordBefore(cls: readonly Classified[], i: number, mixedCase: boolean): boolean {
  const p = cls[i - 1];
  // "PT Minji Oh" in a mixed-case field: a physical therapist's credential, not "patient".
  // "board member Janet Ellsworth": a member of a board, a committee or a team is not a plan member.
  const groupMember = p !== undefined && p.t.key === 'member' && GROUP_NOUNS.has(cls[i - 2]?.t.key ?? '');
  // "Shelter client Dwayne Foster": a shelter's or a housing programme's client is no patient.
  const socialClient = p !== undefined && p.t.key === 'client' && cls.some((x) => x.t.key === 'shelter' || x.t.key === 'housing');
  // "0.4/100 pt-mo", "per 1,000 patient-days": a patient word glued by a hyphen to a unit of time is a rate's unit.
  const rateUnit = cls[i] !== undefined && cls[i].t.gap === '-' && cls[i].t.case === 'lower' && TIME_SPAN.has(cls[i].t.key);
  if (p && PATIENT_WORDS.has(p.t.key) && !groupMember && !socialClient && !rateUnit && p.job !== true && !(p.t.key === 'pt' && p.t.case === 'upper' && mixedCase)) return true;
  // "records for patients Pruitt, Kaminski, Varga": a plural patient word in lower case before a list of names,
  // or opening the field ("Pts Ortega & Blum still NPO?": two surnames joined by "&" after it are patients, not a firm).
  const next = cls[i + 1];
  const listed = next !== undefined && (next.t.gap.trim() === ',' || next.t.gap.trim() === '&') && nameLike(next);
  // Not "PTs Hansen & Moreau covering 4 West": physical therapists, in mixed case.
  if (p && PATIENTS_BEFORE_LIST.has(p.t.key) && (p.t.case === 'lower' || (i - 1 === 0 && p.t.case === 'title')) && listed) return true;
  const pp = cls[i - 2];
  if (pp !== undefined && p !== undefined && BABY.has(pp.t.key) && BABY_SEX.has(p.t.key)) return true;
  // "NICU baby of Ngozi Eze": a newborn known by the mother's name.
  if (pp !== undefined && p !== undefined && BABY.has(pp.t.key) && p.t.key === 'of' && p.t.case === 'lower') return true;
  // "mom of baby Abdi", "WCC 4mo - baby Fofanah": a newborn's or an infant's name after "baby".
  const c = cls[i];
  return p !== undefined && BABY.has(p.t.key) && c !== undefined && c.t.case === 'title' && (known(c.kind) || c.kind === 'U');
}

/**
 * "my son Kuba", "her husband Aleksander": a word for a relative after a possessive, in lower case, right
 * before a capitalised word: that word is the relative's name (a known name, or one the model finds name-like).
 */
function isKinBefore(cls: readonly Classified[], i: number): boolean {
  const c = cls[i];
  const kin = cls[i - 1];
  const owner = cls[i - 2];
  if (c === undefined || kin === undefined || owner === undefined || c.t.case !== 'title' || kin.t.case !== 'lower' || owner.t.case !== 'lower') return false;
  if (!KIN.has(kin.t.key) || !KIN_OWNERS.has(owner.t.key) || !/^\s$/.test(c.t.gap)) return false;
  return known(c.kind) || (c.kind === 'U' && nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS);
}
const KIN = new Set(CLOSE_RELATIVES);
const KIN_OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/** "Sione's mom called": a capitalised word right before a possessive and a word for a relative is that person's name. */
function isKinAfter(cls: readonly Classified[], j: number, titled = false): boolean {
  const kin = cls[j];
  const c = cls[j - 1];
  if (kin === undefined || c === undefined || kin.t.case !== 'lower' || !KIN.has(kin.t.key) || !/^['\u2019]s\s$/.test(kin.t.gap) || c.t.case !== 'title') return false;
  return known(c.kind) || (c.kind === 'U' && (titled || nameLikeness(c.t.key) >= LONE_UNKNOWN_LIKENESS));
}

/**
 * A title, a patient word, "Baby Boy", a relative ("my son") or Tagalog's article of persons right before token i makes
 * what follows a name.
 */
function isCueBefore(cls: readonly Classified[], i: number, mixedCase: boolean): boolean {
  return isTitleBefore(cls, i) || isPatientWordBefore(cls, i, mixedCase) || isKinBefore(cls, i) || isTagalogPersonArticleBefore(cls, i);
}

/** Tagalog's articles of persons: "si" (the subject), "ni" (whose, by whom), "kay" (to, for), and their plurals. */
const TAGALOG_PERSON_ARTICLES = new Set(['si', 'ni', 'kay', 'sina', 'nina']);
/** Tagalog's small words, which no Spanish or English field has ("buntis si Joy, 2nd trimester na, referral sa OB"). */
const TAGALOG_MARKERS = new Set(['ng', 'mga', 'ang', 'yung', 'daw', 'raw', 'po', 'na', 'sa', 'kasi', 'lang', 'naman', 'siya', 'niya']);
/** "buntis si Jhoanna", "resulta ni Marites": in a Tagalog field, the capitalised word right after an article of persons. */
function isTagalogPersonArticleBefore(cls: readonly Classified[], i: number): boolean {
  const p = cls[i - 1];
  return p !== undefined && p.t.case === 'lower' && TAGALOG_PERSON_ARTICLES.has(p.t.key) && /^\s$/.test(cls[i].t.gap) && cls[i].t.case === 'title' && fieldHas(cls, TAGALOG_MARKERS);
}

const DISEASE_COURSE = new Set(DISEASE_COURSE_WORDS);
const TIME_SPAN = new Set(TIME_SPAN_UNITS);
/** Words of a product notice: a maker's name in capitals there ("Heparin lot recall - FRESENIUS KABI"). */
const PRODUCT_NOTICE = new Set(['recall', 'recalls', 'lot', 'shortage', 'vendor', 'supplier', 'manufacturer']);
/** Heads of English place names written before the name ("Camp Whitfield", "Fort Howell", "Mount Ashby"). */
const PLACE_FIRST = new Set(['camp', 'fort', 'lake', 'mount', 'mt', 'port', 'cape']);
const AT_SOMEONE = new Set(AT_SOMEONE_VERBS);
const STORM_HEADS = new Set(STORM_HEAD_WORDS);
const STORM_KINDS = new Set(STORM_KIND_WORDS);
const SUPPLY_ORDERS = new Set(SUPPLY_ORDER_WORDS);
/** Heads of Portuguese and Brazilian neighbourhood names, which open a name of two words or more ("Vila Nova", "Jardim América"). */
const PLACE_HEADS_FIRST = new Set(['vila', 'jardim', 'parque', 'bairro']);
const PLACE_NOUNS = new Set(PLACE_NOUNS_LIST);
/** A noun of a place (or "day" and one: "day camp") in lower case at token `k`, right after the word before it. */
function placeNounAt(cls: readonly Classified[], k: number): boolean {
  const a = cls[k];
  const b = cls[k + 1];
  if (a === undefined || a.t.case !== 'lower' || !/^\s$/.test(a.t.gap)) return false;
  return PLACE_NOUNS.has(a.t.key) || (a.t.key === 'day' && b !== undefined && b.t.case === 'lower' && PLACE_NOUNS.has(b.t.key));
}
const PATIENT_ACTS = new Set(PATIENT_ACTS_LIST);
const DONE_TO = new Set(DONE_TO_A_PATIENT);
const PASSIVE_AFTER_SET = new Set(PASSIVE_AFTER);
/** ISO 15924 script codes written in language tags ("zh-Hans", "sr-Cyrl"). */
const SCRIPT_SUBTAGS = new Set(['hans', 'hant', 'latn', 'cyrl', 'arab', 'deva', 'ethi', 'hang', 'jpan', 'kore', 'khmr', 'laoo', 'mymr', 'guru', 'gujr', 'beng', 'taml', 'telu']);
/**
 * Published works after a name (PUBLICATION_WORDS: a trial, a consensus, criteria, a guideline, a paper, an article, an
 * RCT), but not those a patient's care also has (a review, a study, a cohort).
 */
const NAMED_WORKS = new Set(PUBLICATION_WORDS.filter((w) => !['review', 'study', 'cohort', 'meta', 'abstract'].includes(w)));
const LANGUAGE_ALSO_NAME = new Set(LANGUAGES_ALSO_NAMES);
/** A word of languages at `k`, joined to its neighbour by a space, a comma, a slash or a hyphen ("Karen-speaking"). */
const languageTalkAt = (cls: readonly Classified[], k: number, gap: string): boolean => cls[k] !== undefined && LANGUAGE_TALK.has(cls[k].t.key) && /^[\s,/-]{1,3}$/.test(gap);
/** Words of languages: their talk (LANGUAGE_TALK_WORDS) and the languages no one is named. */
const LANGUAGE_TALK = new Set([...LANGUAGE_TALK_WORDS, ...LANGUAGE_NAMES]);
/**
 * A workforce, a community or a kind of software: after one word it is the employer's, the group's or the product's (not
 * workers or employees: "Quintanar workers comp", "employee health" are a patient's care).
 */
const WORKFORCE = new Set(['driver', 'drivers', 'crew', 'crews', 'operators', 'supervisors', 'managers', 'leaders', 'leadership', ...COMMUNITY_GROUP_WORDS, ...SOFTWARE_WORDS]);
/** A business's clientele and trade: after a possessive name they make it a shop's or a restaurant's (not a kitchen: "Yazzie's kitchen - fell" is her home). */
const CLIENTELE = new Set(['patrons', 'customers', 'diners', 'shoppers', 'menu']);
/** Where a manager's staff work: after a possessive name they are hers ("Halvorsen's unit", "Bauer's team"). */
const MANAGED_PLACES = new Set(['unit', 'units', 'floor', 'team', 'staff', 'dept', 'department', 'office', 'shift', 'crew']);
/** A clinician's training posts: after a possessive name they are her career ("Ines's fellowship in hand surgery"). */
// Not "elective": an elective surgery is a patient's.
const TRAINING_POSTS = new Set(['fellowship', 'residency', 'internship', 'externship', 'rotation', 'rotations', 'preceptorship']);
/** A school's classes: after a possessive name they are the teacher's ("Mrs. Ito's homeroom", "Mr. Cole's 3rd grade"). */
const CLASS_WORDS = new Set(['class', 'classes', 'classroom', 'homeroom', 'kindergarten', 'grade', 'gr']);
/** A clinician's patients: after a possessive name they are the ones she sees ("Imani's pts Mon - who takes them?"). */
const CASELOAD = new Set(['pts', 'patients', 'caseload', 'clients']);
/** Care brought to a patient's home: after them "at" names whose home it is. */
const HOME_CARE_BEFORE_AT = new Set(['visit', 'visits', 'draw', 'check', 'eval', 'soc', 'roc', 'dressing', 'infusion', 'delivery']);
/**
 * The second half of a hyphenated method or school of practice named for its founder ("Ardell-model therapy",
 * "Bobath-based therapy", "Montessori-style classroom"): the founder's name names the method.
 */
const METHOD_SUFFIXES = new Set(['model', 'based', 'style', 'method', 'approach', 'informed', 'inspired', 'type']);
/** The levels of a school named for a person or a place. */
const SCHOOL_LEVELS = new Set(['middle', 'elementary', 'high', 'academy']);
/** A school's words after its name (its levels, "school" and the like), and the pupils or classes after them ("Kessler elem 1st graders"). */
const SCHOOL_WORDS = new Set([...SCHOOL_LEVELS, 'school', 'elem', 'preschool', 'daycare']);
const PUPILS = new Set(['graders', 'students', 'pupils', 'kids', 'class', 'classes', 'kindergartners', 'grade']);
/** Words of a vendor's people: its representatives, not patients ("DME supplier order - Ruth Miller (Harbor
 * Nursing Home)" is a patient's order). */
const VENDOR_CUES = new Set(['rep', 'reps', 'representative', 'representatives', 'sales']);
/** Departments named by their service, in any case ("Gina Lowe, pharmacy"). */
const DEPARTMENT_WORDS = new Set(['pharmacy', 'radiology', 'lab', 'laboratory', 'billing', 'registration', 'scheduling', 'admissions', 'nursing', 'hr', 'it', 'facilities', 'evs', 'dietary', 'rehab', 'security']);
/** Words of thanks right before the one thanked ("thank you" read on its "you"). */
const THANKED_BEFORE = new Set(['thanks', 'thx', 'ty', 'kudos', 'you']);
/** Words of one spoken to about their own care, or wished well: "your", "hope", "glad". */
const SPOKEN_TO = new Set(['your', 'ur', 'yours', 'hope', 'glad', 'feel', 'congrats', 'congratulations']);
/** Words before a patient's name in a rep's mail: the care is for, about or the case of that person. */
const CARE_OF = new Set(['for', 're', 'case', 'regarding', 'about']);
/** What a vendor's rep comes for, right after "rep". */
const REP_VISITS = new Set(['visit', 'visits', 'lunch', 'dinner', 'inservice', 'meeting', 'demo', 'training', 'here', 'coming', 'onsite']);
/**
 * A vendor's rep right after a health word's last token: the product's ("Durolane rep lunch", "bone stim rep Pedro
 * Alves"). "rep" is also a repeat ("troponin rep at 6h"): a rep only before a name or what a rep comes for.
 */
function productRepIn(cls: readonly Classified[], terms: readonly HealthMatch[]): boolean {
  // A test's "rep" is a repeat ("troponin rep at 6h", "Hemoglobin rep Ana Silva 7.1"): only products and procedures have reps.
  const productEnds = new Set(terms.filter((h) => h.category === 'medication' || h.category === 'procedure').map((h) => h.to - 1));
  return cls.some((c, k) => {
    // Or right after a firm's capitalised name, before what a rep comes for or where ("Millbrook rep in OR w/o appt").
    const firm = k > 0 && cls[k - 1].t.case === 'title' && (c.t.key === 'rep' || c.t.key === 'reps') && (REP_VISITS.has(cls[k + 1]?.t.key ?? '') || cls[k + 1]?.t.key === 'in');
    if (k === 0 || c.t.case !== 'lower' || !VENDOR_CUES.has(c.t.key) || !/^\s$/.test(c.t.gap) || (!productEnds.has(k - 1) && !firm)) return false;
    if (c.t.key !== 'rep' && c.t.key !== 'reps') return true;
    const next = cls[k + 1];
    return next !== undefined && /^\s$/.test(next.t.gap) && (next.t.case === 'title' || REP_VISITS.has(next.t.key) || firm);
  });
}

/** Inside the bracket opening at `at`, a capitalised organisation word: "(Stryvex Surgical)", "(Orvane Labs Inc)". */
function bracketNamesFirm(cls: readonly Classified[], at: number): boolean {
  for (let k = at; k < cls.length && k < at + 5; k++) {
    const c = cls[k];
    if (k > at && /[)\]]/.test(c.t.gap)) return false;
    if (c.t.case !== 'lower' && (ORG_WORDS.has(c.t.key) || BUSINESS.has(c.t.key) || HEALTH_NAMED_ORG.has(c.t.key))) return true;
  }
  return false;
}

/**
 * Right before `from`, a comma after an eponym's disease ("Wilson disease, ") or after another capitalised word of such a
 * list, back to it: "Wilson disease, Gaucher, Fabry".
 */
function eponymListBefore(cls: readonly Classified[], from: number): boolean {
  let k = from;
  while (k > 0 && /^,\s*$/.test(cls[k].t.gap)) {
    const prev = cls[k - 1];
    if (POSSESSIVE_EPONYMS.has(prev.t.key) && prev.t.case === 'lower' && cls[k - 2]?.t.case === 'title') return true;
    if (prev.t.case !== 'title') return false;
    k--;
  }
  return false;
}

/** A credential: in capitals, with an inner capital ("PhD", "PsyD") or longer than three letters ("Ada Quill, lcsw"). */
function isCredential(t: Token): boolean {
  return CREDENTIALS.has(t.key) && (t.case === 'upper' || /[a-z][A-Z]/.test(t.text) || t.key.length > 3);
}

function isClinicianOrPlace(cls: readonly Classified[], from: number, to: number, sentenceCase: boolean, kind: FieldContext['kind']): boolean {
  const before = cls[from - 1];
  const after = cls[to];
  // "interpreter Amina Yusuf", "Interpreter: Amina Yusuf"; not across a dash ("Arabic interpreter - Fatima Saleh OB visit").
  if (before && CLINICIAN_TITLES.has(before.t.key) && !/\s[-\u2013\u2014]\s/.test(cls[from].t.gap)) return true;
  // "Dr. R. K. Venkatesh", "Dr. A.B. Smith": the title stands before the first of the initials the run starts after.
  let titleAt = from - 1;
  while (titleAt > from - 3 && cls[titleAt] !== undefined && cls[titleAt].t.text.length === 1 && cls[titleAt].t.case === 'title' && /^\.?\s?$/.test(cls[titleAt + 1].t.gap)) titleAt--;
  if (titleAt < from - 1 && cls[titleAt] !== undefined && CLINICIAN_TITLES.has(cls[titleAt].t.key) && /^\.?\s?$/.test(cls[titleAt + 1].t.gap)) return true;
  // "Karen interpreter needed", "new Karen arrivals", "Burmese, Karen, Chin": one word, a language's name that is
  // also a person's, right beside a word of languages (an interpreter, a translation, another language) is the
  // language; a name of two such words ("Karen Chin - biopsy results") stays a name.
  // So are such words in a list of languages ("Burmese, Karen, Chin").
  const languageList = cls.slice(from, to).every((c, k) => LANGUAGE_ALSO_NAME.has(c.t.key) && (k === 0 || /,/.test(c.t.gap)));
  if ((to - from === 1 || languageList) && LANGUAGE_ALSO_NAME.has(cls[from].t.key) && (languageTalkAt(cls, from - 1, cls[from].t.gap) || languageTalkAt(cls, to, cls[to]?.t.gap ?? ''))) return true;
  // "Notice_zh-Hans_v4.pdf", "form_sr-Latn.docx": a script subtag after a language code names a translation's script.
  if (to - from === 1 && before && before.t.case === 'lower' && before.t.text.length <= 3 && cls[from].t.gap === '-' && SCRIPT_SUBTAGS.has(cls[from].t.key)) return true;
  // "BS. Lê Minh Tâm": Vietnamese bác sĩ (doctor), abbreviated with its dot ("BS 412" is a blood sugar).
  if (before && before.t.key === 'bs' && before.t.case !== 'lower' && /^\.\s?$/.test(cls[from].t.gap)) return true;
  if (inClinicianList(cls, from)) return true;
  // "Gaucher disease", "Alport syndrome", "Wilson's disease vs AIH": one word right before a disease's head word is
  // the eponym, unless a title or a patient word marks a person before it.
  const marked = before !== undefined && (HONORIFICS.has(before.t.key) || PATIENT_WORDS.has(before.t.key));
  // Not "sign" or "law" ("Brandvold sign-out"), nor a patient's disease going on ("Okonkwo disease progression").
  const course = cls[to + 1] !== undefined && DISEASE_COURSE.has(cls[to + 1].t.key);
  if (after && to - from === 1 && POSSESSIVE_EPONYMS.has(after.t.key) && after.t.key !== 'sign' && after.t.key !== 'law' && /^(?:['\u2019]s?)?\s$/.test(after.t.gap) && !marked && !course) return true;
  if (before && SAINT.has(before.t.key) && before.t.case !== 'lower' && !cls.slice(from, to).some((c) => c.kind === 'G')) return true;
  // "St. Brendan ED", "Santa Rosa", "St. Bernadette Bulldogs": one word after a saint's title is the saint a hospital,
  // parish, school or town is named for, given name or not, and a second word is the institution's ("New Maria Lopez"
  // is a new patient: "new" is not a saint's title).
  // Two words are a given name and a surname unless an institution's word follows ("St. John Neumann school").
  const givenAndSurname = to - from === 2 && cls[from].kind === 'G' && known(cls[from + 1].kind) && !(after !== undefined && (ORG_WORDS.has(after.t.key) || PLACE_NOUNS.has(after.t.key) || SCHOOL_LEVELS.has(after.t.key)));
  if (before && SAINT_TITLES.has(before.t.key) && before.t.case !== 'lower' && (to - from === 1 || (to - from === 2 && before.t.case === 'title' && !givenAndSurname))) return true;
  // "UBS Vila Nova", "Jardim São Paulo", "Parque das Flores": Portuguese and Brazilian neighbourhoods, whose head (a
  // town, a garden, a park, a district) opens the place's name.
  if (to - from >= 2 && !marked && cls[from].t.case === 'title' && PLACE_HEADS_FIRST.has(cls[from].t.key)) return true;
  // "Camp Whitfield", "Fort Howell", "Lake Ashby": English place names whose head comes before the name.
  if (before && PLACE_FIRST.has(before.t.key) && before.t.case === 'title' && to - from === 1) return true;
  if (to - from === 2 && PLACE_FIRST.has(cls[from].t.key) && cls[from].t.case === 'title') return true;
  // "Hurricane Odalys", "Tropical Storm Imelda", "Winter Storm Elliott": storms are given people's names; the name is the
  // one word after a storm's head ("Storm" only after its kind: "Storm Whitaker" is a person).
  const stormHead = (k: number): boolean => cls[k] !== undefined && cls[k].t.case === 'title' && (STORM_HEADS.has(cls[k].t.key) || (cls[k].t.key === 'storm' && STORM_KINDS.has(cls[k - 1]?.t.key ?? '')));
  if (stormHead(to - 2)) return true;
  // "Shingrix allocation: 300 doses via Kittredge": a lone name no list gives as a given name, right after "via" in a field
  // about products or their orders (PRODUCT_WORDS, SUPPLY_ORDER_WORDS), is who the goods come through (a supplier, a
  // distributor); so is one right after "from" one or two words after a product's word ("ordered 4 cables from Lindqvist",
  // "recall notice from Brightwater"). A patient is not a way goods come.
  const supplierWord = (k: number): boolean => cls[k] !== undefined && PRODUCT_WORDS.has(cls[k].t.key);
  if (before && before.t.case === 'lower' && to - from === 1 && cls[from].kind !== 'G' && ((before.t.key === 'via' && cls.some((c) => PRODUCT_WORDS.has(c.t.key) || SUPPLY_ORDERS.has(c.t.key))) || (before.t.key === 'from' && (supplierWord(from - 2) || supplierWord(from - 3))))) return true;
  // "pt stable, paged Okafor", "Notified Brandt re: K 6.1": a lone name right after a verb of paging or telling (TOLD_VERBS)
  // is the clinician told.
  if (before && TOLD_VERBS.has(before.t.key) && /^\s$/.test(cls[from].t.gap) && to - from === 1 && !marked) return true;
  // "docs attached, will send to Brantley", "fax to Quist": who a paper is sent, faxed or forwarded to is a colleague or an
  // office that handles it (a patient is sent to a place: "sent to ED"); so is a full name after such an instruction
  // opening the field ("Route to Dana Kim: auth queue").
  if (before && before.t.key === 'to' && before.t.case === 'lower' && (to - from === 1 || (to - from === 2 && from === 2)) && !marked && SENT_TO_VERBS.has(cls[from - 2]?.t.key ?? '')) return true;
  // "Board review - Wilson disease, Gaucher, Fabry": after an eponym's disease and a comma, capitalised words set apart
  // by commas go on with the list of diseases, each a surname; a given name among them makes a patient's "Last, First"
  // ("Graves disease, Lindqvist, Mara - TSH f/u").
  if (before && !marked && eponymListBefore(cls, from) && !cls.slice(from, to).some((c) => c.kind === 'G')) return true;
  // "BH referral to Marlowe", "referred to Okafor": who receives a referral is the provider it goes to.
  if (before && before.t.key === 'to' && before.t.case === 'lower' && cls[from - 2] !== undefined && REFERRAL_WORDS.has(cls[from - 2].t.key)) return true;
  // "MRI from Ridgeway", "path report from Okonjo": one word after "from" that follows a test or a report is
  // where it came from, an imaging centre or a practice; a patient is written with a full name there.
  // So is one after a body site an imaging study was taken of ("MRI knee from Torvale").
  if (before && before.t.key === 'from' && to - from === 1 && cls[from - 2] !== undefined && ((cls[from - 2].kind === 'X' && cls[from - 2].t.kind === 'word') || REPORT_WORDS.has(cls[from - 2].t.key) || SITES.has(cls[from - 2].t.key))) return true;
  for (let k = from + 1; k < to; k++) if (servicesNamed(cls, k)) return true;
  // "sub Ferris-Lang FL-220", "Brandvold XR-40 pump": a name before a model number (capitals, a hyphen,
  // digits) is the maker's.
  const model = cls[to + 1];
  // So does a model of three digits or more glued to its letters ("Halvorsen H900"); fewer are a spine level, a
  // tooth or a year of training ("Tavake L4-5 fusion", "Nathan Cho MS3", "Ana Ruiz PGY2").
  const modelNumber = model !== undefined && model.t.kind === 'number' && model.t.text.length >= (model.t.gap === '-' ? 2 : 3) && (model.t.gap === '-' || model.t.gap === '');
  const capitals = after !== undefined && (after.t.case === 'upper' || (after.t.text.length === 1 && after.t.case === 'title'));
  if (!marked && after && model && after.kind !== 'X' && capitals && after.t.text.length <= 4 && /^\s$/.test(after.t.gap) && modelNumber) return true;
  // "Rosita's patrons", "Mama Lin's customers": whose customers, diners or menu they are is a business's.
  if (after && to - from === 1 && /^['\u2019]s?\s$/.test(after.t.gap) && CLIENTELE.has(after.t.key)) return true;
  // "Dental varnish - Kessler elem 1st graders", "Lincoln school students": one word before a school's word and its
  // pupils (an ordinal between) is the school's name; a pupil's papers are written "school note", "school form".
  if (after && to - from === 1 && !marked && /^\s$/.test(after.t.gap) && SCHOOL_WORDS.has(after.t.key) && [to + 1, to + 2, to + 3].some((k) => PUPILS.has(cls[k]?.t.key ?? ''))) return true;
  // "survey results - pt experience (Halvorsen's unit)", "Bauer's team huddle": whose unit, team or office it is names its
  // manager, not a patient.
  if (after && to - from === 1 && !marked && /^['\u2019]s?\s$/.test(after.t.gap) && after.t.case === 'lower' && MANAGED_PLACES.has(after.t.key)) return true;
  // "Mehmet's fellowship in spine surgery", "Ines's 2yr residency", "Sofia's ICU rotations": a clinician's training after
  // a lone name's possessive (a duration or up to two words of a specialty may stand between) is a career, not care. Not
  // after a full name, which may go on to the person's own care ("Sam Ortiz's rotation cancelled due to his appendectomy").
  if (after && to - from === 1 && !marked && /^['\u2019]s?\s$/.test(after.t.gap)) {
    for (let k = to; k < cls.length && k <= to + 3; k++) {
      if (k > to && !/^[\s-]?$/.test(cls[k].t.gap)) break;
      if (cls[k].t.case === 'lower' && TRAINING_POSTS.has(cls[k].t.key)) return true;
    }
  }
  // "lice notice for Mrs. Ito's homeroom", "strep going around Mr. Cole's 3rd grade": whose class it is names its teacher,
  // title or not; a pupil is in the class, not its owner.
  if (after && /^['\u2019]s?\s$/.test(after.t.gap) && (CLASS_WORDS.has(after.t.key) || (after.t.kind === 'number' && after.t.text.length === 1 && [to + 1, to + 2].some((k) => cls[k]?.t.key === 'grade' || cls[k]?.t.key === 'gr')))) return true;
  // "Imani's pts", "Dr. Obi's caseload": whose patients they are is the clinician's (lower case: "Pts" opens a list).
  if (after && to - from === 1 && !marked && /^['\u2019]s?\s$/.test(after.t.gap) && after.t.case === 'lower' && CASELOAD.has(after.t.key)) return true;
  // "Okoro's TAVR cases", "Nkechi's ablation block": a clinician's blocks or cases of a procedure, after a possessive and a
  // term or two. Not days: a patient's course of treatment is counted in days ("Gunther's dialysis days").
  if (after && to - from === 1 && !marked && /^['\u2019]s?\s$/.test(after.t.gap) && [to + 1, to + 2].some((k) => k > to && CLINICIAN_BLOCKS.has(cls[k]?.t.key ?? '') && cls[k].t.case === 'lower' && cls.slice(to, k).every((c) => c.t.case !== 'title'))) return true;
  // "(Okonkwo panel), pls call", "Okonkwo PCP panel closed": a clinician's panel of patients, in a field about the panel's
  // work (PANEL_WORK: outreach, care gaps, open or closed to new patients); not a lab panel ("Kim panel pending, CMP repeat").
  const panelAt = after?.t.key === 'panel' ? to : after?.t.key === 'pcp' && cls[to + 1]?.t.key === 'panel' ? to + 1 : -1;
  if (panelAt >= 0 && to - from === 1 && !marked && cls[panelAt].t.case !== 'title' && fieldHas(cls, PANEL_WORK)) return true;
  if (after && to - from === 1 && !marked && after.t.gap === '-' && METHOD_SUFFIXES.has(after.t.key)) return true;
  // "Mercer & Hale Billing", "Huamaní & Ahn (2020)": a surname joined by "&" to a capitalised word before it, neither
  // of them a given name, is a firm's or two authors' (a couple is written with given names: "Walt & June Ostrowski").
  const surnameOnly = (c: Classified): boolean => c.kind === 'S' || c.kind === 'O' || c.kind === 'U';
  // Only before the firm's trade in Title Case or the authors' bracketed year (two surnames before lower-case care
  // words are left to the rules above).
  const firmOrYear = to - from >= 2 || (after !== undefined && (after.t.case === 'title' || (/^\s?\($/.test(after.t.gap) && after.t.kind === 'number')));
  if (before && !marked && firmOrYear && cls[from].t.gap.trim() === '&' && before.t.case === 'title' && surnameOnly(before) && surnameOnly(cls[from])) return true;
  // "room Ellison 412", "rm Thackeray 210": one capitalised word between a room word and its number is the building
  // or the wing (a patient in a room is written "rm 412 Okeke"; beds are not named for buildings).
  const numberAfter = after !== undefined && after.t.kind === 'number' && /^\s$/.test(after.t.gap);
  if (before && to - from === 1 && !marked && numberAfter && BUILDING_ROOM_WORDS.has(before.t.key)) return true;
  // "classes in the Aspen Rm", "the Okafor Room": one capitalised word right before a room word in Title Case with no number
  // after it names the room ("Okafor Rm 12" is a patient in room 12).
  // So does one after "the" before a room word in lower case ("class now in the Birch room"): no one writes a person after "the".
  const namedRoom = after !== undefined && (after.t.case === 'title' || (after.t.case === 'lower' && before?.t.key === 'the')) && /^\s$/.test(after.t.gap) && BUILDING_ROOM_WORDS.has(after.t.key) && cls[to + 1]?.t.kind !== 'number';
  if (to - from === 1 && !marked && namedRoom) return true;
  // "bat exposure at Ashby day camp", "at Lincoln school": after "at", one word before a noun of a place is the place; so
  // are two after "the" ("screening at the Alto Verde camp"): no one writes a person's name after "the".
  // "at Cedar Bend parish hall": after "at" or "the", one or two capitalised words before a place noun, maybe with
  // one lower-case word of its kind between ("fellowship hall", "parish hall").
  const placeAfter = placeNounAt(cls, to) || (cls[to]?.t.case === 'lower' && /^\s$/.test(cls[to].t.gap) && cls[to].kind !== 'X' && placeNounAt(cls, to + 1));
  if (before && (before.t.key === 'at' || before.t.key === 'the') && to - from <= 2 && !marked && placeAfter) return true;
  // "Walking group - Blue Pine community hall": so do two capitalised words whose first is an everyday word
  // (no listed given name) before a place noun, wherever they stand.
  if (to - from === 2 && (cls[from].kind === 'C' || cls[from].kind === 'A') && cls[from].t.case === 'title' && !marked && placeAfter && everydayNotGiven(cls[from].t.key)) return true;
  // "Flu shot night at Brackwell - Oct 2", "11 positives this week at Adeyemi!": one word that is no given name, after "at"
  // and closing the phrase, is where the event is; people are met "with" someone, "at" a place. Not after a visit, a draw
  // or a check, which go to a patient's home ("wound check at Kowalski"), nor after a verb of looking or striking a few
  // words before ("look at Brandt", "threw a cup at Okafor": AT_SOMEONE_VERBS).
  const atSomeone = cls.slice(Math.max(0, from - 4), from - 1).some((c) => AT_SOMEONE.has(c.t.key));
  if (before && before.t.key === 'at' && before.t.case === 'lower' && to - from === 1 && !marked && (cls[from].kind === 'U' || cls[from].kind === 'S' || cls[from].kind === 'O') && !HOME_CARE_BEFORE_AT.has(cls[from - 2]?.t.key ?? '') && !atSomeone && (after === undefined || /^\s?[-\u2013\u2014,;:]\s|^\s?[!?.]/.test(after.t.gap)) && !/^['\u2019]/.test(after?.t.gap ?? '')) return true;
  // "ROSALIND trial", "the Ferreira-Costa consensus", "Duke criteria": one word (or a hyphenated pair) right before a
  // published work's word names the work or its authors; not "trial of void", a patient's test.
  if (after && (to - from === 1 || (to - from === 2 && cls[from + 1].t.gap === '-')) && !marked && /^\s$/.test(after.t.gap) && NAMED_WORKS.has(after.t.key) && cls[to + 1]?.t.key !== 'of') return true;
  // "(Vasquez-Moreno 2023)", "(Okafor, 2021)": a surname (or a hyphenated pair) alone in brackets with a year is a
  // citation of a paper's author; not in a field with a patient word ("pt (Vasquez 1948) - CHF admit": a birth year).
  const year = cls[to];
  if (!marked && !fieldHas(cls, PATIENT_WORDS) && (to - from === 1 || (to - from === 2 && cls[from + 1].t.gap === '-')) && /\(\s?$/.test(cls[from].t.gap) && year !== undefined && year.t.kind === 'number' && BARE_YEAR.test(year.t.text) && /^,?\s$/.test(year.t.gap) && (cls[to + 1] === undefined || /^[a-z]?\)/.test(cls[to + 1].t.gap))) return true;
  // "Nakamura2019_tacrolimus_Fig3.png", "Osei_2021_suppl.pdf": in a file name, one word glued or joined to a year in a
  // file of a paper's figure or supplement is the paper's first author (a patient's file holds no figure of a paper).
  // A year of the literature (1990 on), not a birth year of the patients' ("Whitlock_1938_CHF_echo_Fig1.png"), and no
  // birth date's word in the file.
  if (!marked && kind === 'attachment' && to - from === 1 && year !== undefined && year.t.kind === 'number' && BARE_YEAR.test(year.t.text) && Number(year.t.text) >= 1990 && /^[_-]?$/.test(year.t.gap) && cls.some((c, k) => k > to && PAPER_PARTS.test(c.t.key)) && !cls.some((c) => c.t.key === 'dob')) return true;
  // "Kaplan-Meier curves", "(Mann-Whitney, p=0.03)": a statistical method's hyphenated pair of authors names the method
  // (not after a title or a patient word: "Mrs. Newman-Keuls colonoscopy prep").
  // In a file name the pair is joined by an underscore as often ("Ziehl_Neelsen_SOP.pdf").
  if (!marked && to - from === 2 && (cls[from + 1].t.gap === '-' || (kind === 'attachment' && cls[from + 1].t.gap === '_')) && METHOD_EPONYM_PAIRS.has(`${cls[from].t.key} ${cls[from + 1].t.key}`)) return true;
  // "Brennan drivers needing 1-yr cert", "Sterne-Vidal crews", "Xiong clan council", "Beatrice middleware": one word
  // (or one hyphenated pair) right before a word for its workforce, its community or a kind of software is the
  // employer, the group or the product, not a person.
  if (after && (to - from === 1 || (to - from === 2 && cls[from + 1].t.gap === '-')) && !marked && /^\s$/.test(after.t.gap) && after.t.case === 'lower' && WORKFORCE.has(after.t.key)) return true;
  // "Talon 2024.2 release notes", "Corvane v3.1": one word before a release number (a year and a point release,
  // not a dotted date "2025.03.11"; or "v" and a number) names a software product.
  const release = after !== undefined && /^\s$/.test(after.t.gap) && model !== undefined && model.t.kind === 'number' &&
    ((after.t.kind === 'number' && /^20\d\d$/.test(after.t.text) && model.t.gap === '.' && !(cls[to + 2]?.t.kind === 'number' && cls[to + 2].t.gap === '.')) || (after.t.key === 'v' && model.t.gap === ''));
  if (!marked && to - from === 1 && release) return true;
  // "Jenna_Park_ADA_accommodation.pdf": in a file name, after a given name alone (not also a surname: "Kim &
  // Park Medical"), an organisation word that is also a common surname is hers. In a subject the two words
  // are as often a place ("Olivia Park - COVID vaccine pop-up", "Sophia Ward - norovirus closure").
  // Beside a hyphenated Korean or Chinese given name ("Ji-woo Park", "Park Min-jun") the word is the surname in any field;
  // so is one hyphenated to another name word in a double surname ("Tobenna Okoye-Ward", "Ward-Lopez"): a place's name
  // is not hyphenated to a surname.
  // The other half must be no given name alone ("Harper-Hall" is a hall named for a place or a donor).
  const halfOfSurname = (k: number): boolean => cls[k] !== undefined && k >= from && k < to && cls[k].kind !== 'C' && (cls[k].kind !== 'G' || isCensusSurname(cls[k].t.key)) && cls[k].t.case === 'title';
  const doubleSurname = cls.slice(from, to).some((c, x) => SURNAME_HEADS.has(c.t.key) && c.t.case === 'title' && ((x > 0 && c.t.gap === '-' && halfOfSurname(from + x - 1)) || (from + x + 1 < to && cls[from + x + 1].t.gap === '-' && halfOfSurname(from + x + 1))));
  const surnameAfterGiven =
    doubleSurname ||
    (kind === 'attachment' && to - from === 2 && cls[from].kind === 'G' && !isCensusSurname(cls[from].t.key) && SURNAME_HEADS.has(cls[from + 1].t.key) && cls[from + 1].t.case === 'title') ||
    (to - from === 3 && cls[from + 1].t.gap === '-' && EAST_ASIAN_SURNAME.has(cls[from + 2].t.key) && hyphenatedGiven(cls, from, kind)) ||
    (to - from === 3 && cls[from + 2].t.gap === '-' && EAST_ASIAN_SURNAME.has(cls[from].t.key) && hyphenatedGiven(cls, from + 1, kind));
  if (cls.slice(from, to).some((c) => CLINICIAN_TITLES.has(c.t.key) || (ORG_WORDS.has(c.t.key) && !surnameAfterGiven) || (c.t.case !== 'lower' && BUSINESS.has(c.t.key)) || (sentenceCase && c.t.case === 'title' && HEALTH_NAMED_ORG.has(c.t.key)))) return true;
  // "site visit 12/4 @ Westfield", "lunch @ Marlowe": in a subject a lone word no name list holds right after "@"
  // is where ("SOC visit @ Maria Garza" is a home visit to a patient).
  if (kind === 'subject' && to - from === 1 && !known(cls[from].kind) && /@\s*$/.test(cls[from].t.gap)) return true;
  // "Rep visit - Joy Bankole (Stryvex Surgical)": in a field about vendors, a firm in brackets right after the
  // name is the person's employer. Elsewhere a bracket says where a patient is or a colleague works
  // ("Boudreaux (admitted to St. Brigid Medical Center)").
  if (after && /\(\s*$/.test(after.t.gap) && cls.some((c) => VENDOR_CUES.has(c.t.key)) && bracketNamesFirm(cls, to)) return true;
  // A credential follows the name, or a comma after it ("Ada Quill RN", "Quill, Ada, PA-C"); after a dash or a
  // colon it opens the next part ("Quill, Ada - PA cardiac cath": a prior authorisation).
  if (credentialAfter(cls, to) && !toldAboutPatient(cls, from, to)) return true;
  // "call Ada Quill x6208", "questions - ask Ada Quill ext. 6208", "call Thuy at x4471": the person the reader is told to reach at an
  // internal extension is on the staff; not where the field speaks of someone's care ("Return call: Ada Quill x6208 -
  // wants her lipid results", "Message from Ada Quill x6208: his chemo").
  if (before !== undefined && CONTACT_VERBS.has(before.t.key) && extensionAfter(cls, to) && !cls.some((c) => PERSON_POINTERS.has(c.t.key))) return true;
  // "Linda Marsh, OR charge RN": after a comma, a role of up to three words that ends in a credential (no
  // health word among them: "Ada Quill, new dx RN to call" is a patient; nor a word of diagnosis: "Ibrahim
  // Haddad, suspected RD OS" is a suspected retinal detachment, not a dietitian; nor a request: "Ada Quill, pls close
  // CCM" asks the reader to close her chronic care management).
  // Not after a lay title: "Cath findings Mr. Ellis, tech Sam Cho RCIS" names the technologist after the comma.
  if (after && !marked && after.t.gap.trim() === ',' && after.kind !== 'X' && !DIAGNOSTIC_QUALIFIERS.has(after.t.key) && !REQUESTS.has(after.t.key)) {
    for (let k = to + 1; k < cls.length && k <= to + 3 && /^\s$/.test(cls[k].t.gap); k++) {
      if (isCredential(cls[k].t)) return true;
      if (cls[k].kind === 'X' || DIAGNOSTIC_QUALIFIERS.has(cls[k].t.key) || REQUESTS.has(cls[k].t.key)) break;
    }
  }
  // "dosing question from Lena Ortiz, ICU pharmacist": after a comma, a clinician's title in lower case that ends the field or
  // its part is the person's role, alone or after one capitalised word (a unit: "ED", "Oncology"); not after a word of
  // diagnosis.
  if (after && after.t.gap.trim() === ',' && !DIAGNOSTIC_QUALIFIERS.has(after.t.key)) {
    const unit = after.t.kind === 'word' && after.t.case !== 'lower' && cls[to + 1] !== undefined && /^\s$/.test(cls[to + 1].t.gap) ? 1 : 0;
    const job = cls[to + unit];
    const end = cls[to + unit + 1] === undefined || SET_APART.test(cls[to + unit + 1].t.gap);
    // Not an interpreter after a language: "Hodan Warsame, Somali interpreter" is a patient who needs one as often.
    if (job.t.case === 'lower' && CLINICIAN_TITLES.has(job.t.key) && !/^interp/.test(job.t.key) && end) return true;
  }
  // "paperwork due Friday - hospice team, Cathy", "forms - front desk, Beth": a name closing the field after a comma
  // that follows a team's, a desk's or a department's word signs for it; so does a department closing the field after
  // the name's comma ("draw times policy - Gina Lowe, pharmacy").
  const signs = after === undefined && before !== undefined && /^,\s$/.test(cls[from].t.gap) && (JOB_WORDS.has(before.t.key) || DEPARTMENT_WORDS.has(before.t.key));
  // Not after someone's results or report ("CT results - Ada Quill, radiology" may be hers).
  const signed = after !== undefined && /^,\s$/.test(after.t.gap) && to + 1 === cls.length && (JOB_WORDS.has(after.t.key) || DEPARTMENT_WORDS.has(after.t.key)) && !cls.some((c) => REPORT_WORDS.has(c.t.key));
  if (signs || signed) return true;
  // "drip chart laminated - thanks Ellen", "thank you Gloria Fenn for the audit", "thank you Tasha, Minh & Rob": the one
  // thanked, closing the field, thanked for something or among others thanked, is a colleague; not one spoken to about
  // their own care ("thanks Gloria for coming in for your mammogram", "thank you Walter, hope the chemo goes ok") nor
  // one praised for it ("kudos Dwayne - 1 yr cancer free").
  const thanks = before !== undefined && THANKED_BEFORE.has(before.t.key) && (before.t.key !== 'you' || cls[from - 2]?.t.key === 'thank');
  const thankedFor = after === undefined || (after.t.key === 'for' && /^\s$/.test(after.t.gap)) || /^\s?[,&]\s?$/.test(after.t.gap);
  if (thanks && thankedFor && /^,?\s$/.test(cls[from].t.gap) && !cls.some((c) => SPOKEN_TO.has(c.t.key))) return true;
  // "support group moves to Tuesdays - Linden conf rm", "Aspen conference room": one capitalised word right before a
  // conference room is the room's name.
  if (to - from === 1 && after !== undefined && /^\s$/.test(after.t.gap) && (after.t.key === 'conf' || after.t.key === 'conference') && BUILDING_ROOM_WORDS.has(cls[to + 1]?.t.key ?? '') && /^\.?\s$/.test(cls[to + 1].t.gap)) return true;
  // "FW: Marrowby allocation - saline bags": one capitalised word right before a word of products or their supply
  // (an allocation, a recall, a shortage, a rep) is the maker or the supplier.
  // Not a given name of the lists (a supplier goes by a surname or a brand: "Harold tote of home meds"), nor one whose
  // products are then "his" or "her" ("Bellamy inventory of his home meds").
  if (to - from === 1 && after !== undefined && /^\s$/.test(after.t.gap) && after.t.case === 'lower' && PRODUCT_WORDS.has(after.t.key) && (before === undefined || !HONORIFICS.has(before.t.key)) && cls[from].kind !== 'G' && !cls.slice(to + 1, to + 4).some((c) => c.t.key === 'his' || c.t.key === 'her')) return true;
  // "Kevin's team", "Mr. Delgado's 5th-grade class": the group the person leads or teaches is the subject.
  if (after && /^['\u2019]s?\s$/.test(after.t.gap)) {
    let k = to;
    while (k < to + 3 && cls[k] !== undefined && (cls[k].t.kind === 'number' || GRADE_WORDS.has(cls[k].t.key))) k++;
    if (cls[k] !== undefined && WORK_GROUPS.has(cls[k].t.key)) return true;
  }
  // ", PT, DPT" after a name: two-letter credentials that are also words need the comma.
  if (after && after.t.case === 'upper' && COMMA_CREDENTIALS.has(after.t.key)) {
    // ", PT" after a name, or "PT, DPT": a two-letter credential in a list of credentials.
    const next = cls[to + 1];
    if (!priorAuthorisation(cls, to) && (after.t.gap.trim() === ',' || (next !== undefined && next.t.gap.trim() === ',' && isCredential(next.t)))) return true;
  }
  // "Mulberry Creek", "Ostrander Vale", "Eagle Ridge Rides": a place word after the first word.
  if (to - from >= 2 && cls.slice(from + 1, to).some((c) => PLACES.has(c.t.key) && c.t.case !== 'lower')) return true;
  // "Biblioteca César Chávez", "Escuela Benito Juárez": a run that opens with a head that comes before its eponym
  // (HEADS_BEFORE_EPONYM) names the place; not a head that is also a surname ("Truong", "Sala"), nor after a title.
  if (!marked && to - from >= 2 && cls[from].t.case !== 'lower' && HEADS_FIRST.has(cls[from].t.key) && !isCensusSurname(cls[from].t.key) && !known(cls[from].kind)) return true;
  // "Arroyo Seco", "Palo Verde MA", "Loma Linda": a Spanish place name, its geographic noun first and its adjective after
  // (SPANISH_TOPONYM_HEADS), even where the noun is also a surname. A given name of the lists before a census surname
  // may still be a person ("Sierra Blanco"), and a title marks one ("Sra. Arroyo Blanco").
  // So do a census surname before a given name ("Costa_Clara_MRI.pdf", "Villa Blanca") and a pair before ", Given"
  // ("Arroyo Blanco, Maria": two surnames).
  if (!marked && to - from >= 2 && TOPONYM_HEADS.has(cls[from].t.key) && TOPONYM_MODIFIERS.has(cls[from + 1].t.key) && cls[from + 1].t.case !== 'lower' && !toponymPerson(cls, from)) return true;
  // "Sugar Creek - insulin pump checklist", "Pine Ridge - flu clinic": a lone place word after a capitalised word that no
  // name run takes (a health word, a common word), the two opening the field, is that place's head too; not after a
  // title ("Mrs Meadows - CT results").
  // (A loop that stops at the first other word: a copy of everything before would make long fields quadratic.)
  let opensField = from >= 1;
  for (let k = 0; k < from - 1 && opensField; k++) opensField = REPLY_PREFIXES.has(cls[k].t.key) || SUBJECT_MARKERS.has(cls[k].t.key);
  if (to - from === 1 && opensField && PLACES.has(cls[from].t.key) && cls[from].t.case === 'title' && before !== undefined && before.t.case === 'title' && !HONORIFICS.has(before.t.key) && !PATIENT_WORDS.has(before.t.key) && !BABY.has(before.t.key) && /^\s$/.test(cls[from].t.gap)) return true;
  // A place word no name run takes in, right after a lone word ("Sports physicals at Westbrook Middle"), or a
  // school's level after a school named for a person ("Sonia Sotomayor Middle", "Grace Hopper Academy"; three
  // words before it are a student and the school: "Jaylen Brooks Westbrook Middle").
  if (after && PLACES.has(after.t.key) && after.t.case === 'title' && /^\s$/.test(after.t.gap) && (to - from === 1 || (to - from === 2 && SCHOOL_LEVELS.has(after.t.key)))) return true;
  return organisationAfter(cls, to, sentenceCase, kind) || organisationBefore(cls, from);
}

/** A pair of SPANISH_TOPONYM words that is a person's name all the same (see isClinicianOrPlace). */
function toponymPerson(cls: readonly Classified[], from: number): boolean {
  const head = cls[from];
  const next = cls[from + 1];
  const third = cls[from + 2];
  return (head.kind === 'G' && isCensusSurname(next.t.key)) || (isCensusSurname(head.t.key) && nameLexicon().given.has(next.t.key)) || (third !== undefined && third.t.gap.trim() === ',' && known(third.kind));
}

/**
 * "Centre de santé Louis-Pasteur", "Clínica de la Mujer Ana Ruiz", "Fundação do Hospital Maria Pia":
 * in the Romance languages an organisation's head comes first, then "de"/"do"/"della" and its
 * eponym. A Title Case organisation head up to four words before the name, joined to it through
 * lower-case words that include such a connector, names the organisation, not a person.
 */
function organisationBefore(cls: readonly Classified[], from: number): boolean {
  // "Phòng khám Trần Hưng Đạo", "chùa Phước Huệ": a head that comes first needs no connector.
  const one = cls[from - 1];
  const two = cls[from - 2];
  if (one && /^\s$/.test(cls[from].t.gap) && (HEADS_FIRST.has(one.t.key) || (two && /^\s$/.test(one.t.gap) && HEADS_FIRST.has(`${two.t.key} ${one.t.key}`)))) return true;
  // "Clínica Doña Rosa Benavides", "Hospital Dr. José Gómez": a capitalised head right before a title and the name is
  // an institution named for that person (a patient's title follows punctuation or a lower-case word).
  const titleBefore = one !== undefined && HONORIFICS.has(one.t.key) ? one : undefined;
  // The name may stand in quotes: "Farmacia “Doña Luz”", "Clínica «San Rafael»".
  if (titleBefore && two && two.t.case === 'title' && QUOTE_OPENING.test(titleBefore.t.gap) && /^\.?\s$/.test(cls[from].t.gap) && HEADS_FIRST.has(two.t.key)) return true;
  if (one && one.t.case === 'title' && HEADS_FIRST.has(one.t.key) && QUOTE_OPENING.test(cls[from].t.gap) && cls[from].t.gap.trim() !== '') return true;
  // "Farmacia Central Ortiz", "Công ty Thiết bị Y tế Hoàng Long": where the head comes first, a run
  // of capitalised words after it, up to punctuation, is the organisation's name; after "Công ty"
  // (company) the run may hold lower-case syllables too ("Công ty TNHH Dược phẩm Minh Châu"), as
  // Vietnamese writes a company's sector words. A title or a patient word starts a person's name.
  let lowerSeen = false;
  let connectorSeen = false;
  for (let k = from - 1; k >= 1 && k >= from - 6; k--) {
    if (!/^\s$/.test(cls[k + 1].t.gap) || HONORIFICS.has(cls[k].t.key) || PATIENT_WORDS.has(cls[k].t.key)) break;
    // "Igreja Nossa Senhora de Fátima": a connector inside the organisation's name is not a lower-case word.
    if (cls[k].t.case === 'lower' && !HEADS_FIRST.has(cls[k].t.key) && !ROMANCE_CONNECTORS.has(cls[k].t.key)) lowerSeen = true;
    if (ROMANCE_CONNECTORS.has(cls[k].t.key)) connectorSeen = true;
    const twoWords = /^\s$/.test(cls[k].t.gap) ? `${cls[k - 1].t.key} ${cls[k].t.key}` : '';
    // A head in lower case before a connector is a common noun: "resultados de laboratorio de Valentina" are her results.
    if (connectorSeen && cls[k].t.case === 'lower' && HEADS_FIRST.has(cls[k].t.key)) break;
    if (twoWords === 'cong ty' || (!lowerSeen && (HEADS_FIRST.has(cls[k].t.key) || HEADS_FIRST.has(twoWords)))) return true;
  }
  let connector = false;
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    const c = cls[k];
    if (!/^\s$/.test(cls[k + 1].t.gap)) return false;
    if (c.t.case === 'title' && ORG_WORDS.has(c.t.key)) return connector;
    if (c.t.case !== 'lower') return false;
    if (ROMANCE_CONNECTORS.has(c.t.key)) connector = true;
  }
  return false;
}
const HEADS_FIRST = new Set(HEADS_BEFORE_EPONYM);
/** A space, or an opening quote with or without one, between a head and the name it gives. */
const QUOTE_OPENING = /^(?:\s|\s?[\u00ab"\u201c\u201e])$/;
const ROMANCE_CONNECTORS = new Set(['de', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'dello', 'degli', 'delle']);

/** "Drs. Ferreira, Quispe, Lund": every name in a list after a clinician title is a clinician's. */
function inClinicianList(cls: readonly Classified[], from: number): boolean {
  return listHeadBefore(cls, from, (k) => CLINICIAN_TITLES.has(cls[k].t.key)) >= 0;
}
/**
 * "RCA team: Estrada, Mbeki, Sorensen", "Reviewers: Okoro & Lindqvist": the names listed after a group's label and a
 * colon (ROSTER_LABELS) are its members, at work on whatever the field names before the label.
 */
function inRoster(cls: readonly Classified[], from: number): number {
  return listHeadBefore(cls, from, (k) => ROSTER.has(cls[k].t.key) && /^:\s?$/.test(cls[k + 1].t.gap) && !(cls[k].t.key === 'team' && PATIENTS_TEAM_SET.has(cls[k - 1]?.t.key ?? '')));
}
/**
 * "Akosua - can you see 3N-305 for ADL eval?", "Hi Marisol, BP 190/100 in 3N-305": a given name opening the subject after
 * a greeting, or set apart and followed by a request to the reader ("can you", "pls see"), is whom the mail is written to,
 * not whom it is about, where the field names the one the care is for: a room or a bed ("3N-305"), a patient word or a
 * pronoun ("pls see him"). Without one the reader may be the patient ("Ramón, pls call back re: biopsy"). Not a surname
 * alone (shorthand names a patient so: "Lopez - pls see him, BP 200/110"), nor in a field that speaks of the reader's
 * own care ("Hi Maria, your MRI results"); "Congrats" and "Farewell" open news of the person, not a letter to them.
 */
function addressee(cls: readonly Classified[], i: number, opening: number, lex: NameLexicon): boolean {
  const key = cls[i].t.key;
  if (cls[i].t.case !== 'title' || (lex.surname.has(key) && !lex.given.has(key)) || fieldHas(cls, READERS_OWN)) return false;
  const after = cls[i + 1];
  // Found once per field (fieldHas, fieldHasUnitRoom): asked for each candidate, a scan would grow with the square.
  if (after === undefined || !(fieldHas(cls, THIRD_PARTY) || fieldHasUnitRoom(cls))) return false;
  const prev = cls[i - 1];
  if (prev !== undefined && SALUTATIONS.has(prev.t.key) && opening === i && /^[\s,:-]+$/.test(after.t.gap)) return true;
  if (opening !== i || !/^\s?[-\u2013\u2014,:]\s$/.test(after.t.gap)) return false;
  const act = cls[i + 2]?.t.key ?? '';
  return (REQUESTS.has(after.t.key) && READER_ACTS.has(act)) || (ASKING.has(after.t.key) && (act === 'you' || act === 'u'));
}
const READERS_OWN = new Set(['your', 'ur', 'yours']);
const SALUTATIONS = new Set(SALUTATION_WORDS);
/** Who the care is for when a colleague is addressed: a pronoun, a patient word, a bed or a room (BED_WORDS) or a bay. */
const THIRD_PARTY = new Set(['him', 'her', 'his', 'them', 'their', 'pt', 'pts', 'patient', 'patients', 'bay', 'resident', ...BED_WORDS]);
const unitRoomFields = new WeakMap<readonly Classified[], boolean>();
function fieldHasUnitRoom(cls: readonly Classified[]): boolean {
  let has = unitRoomFields.get(cls);
  if (has === undefined) unitRoomFields.set(cls, (has = cls.some((_c, k) => unitRoom(cls, k))));
  return has;
}
/** "3N-305", "4W12": a unit's number and letter glued to a room's number. */
const unitRoom = (cls: readonly Classified[], k: number): boolean =>
  cls[k].t.kind === 'number' && cls[k + 1]?.t.gap === '' && /^[a-z]{1,2}$/i.test(cls[k + 1].t.text) && cls[k + 2]?.t.kind === 'number' && /^-?$/.test(cls[k + 2].t.gap);
const REQUESTS = new Set(['pls', 'plz', 'please']);
const READER_ACTS = new Set(READER_ACT_VERBS);
const ASKING = new Set(['can', 'could', 'would', 'will', 'are', 'did', 'do', 'have']);
/** The head a list of names hangs from (the names joined by commas, "&" or "and"), or -1. */
function listHeadBefore(cls: readonly Classified[], from: number, isHead: (k: number) => boolean): number {
  for (let k = from; k > 0 && k > from - 8; k--) {
    const prev = cls[k - 1];
    // A dash ends the list: "Arabic interpreter - Fatima Saleh OB visit" names the patient after it.
    if (/\s[-\u2013\u2014]\s/.test(cls[k].t.gap)) return -1;
    if (isHead(k - 1)) return k - 1;
    const gap = cls[k].t.gap.trim();
    // "(Dr. Sloane, RN Keller, Chaplain Obi)": a credential before a name in the list is part of the list.
    const credential = prev.t.case === 'upper' && isCredential(prev.t) && gap === '';
    const joined = gap === '' || gap === ',' || gap === '&' || prev.t.key === 'and';
    if (!joined || (prev.t.key !== 'and' && !prev.shaped && !credential)) return -1;
  }
  return -1;
}

/**
 * "Beatrice Family Clinic", "Hartwell & Pierce TPA", "Josephine Ferrell Women's
 * Center": up to three more capitalised words after the name (joined by a
 * space, "&", "and" or a possessive, never across punctuation) end in an
 * organisation head word. "Lopez Ct" is a street; "Lopez CT" is a scan: an
 * all-caps health abbreviation is not a place word.
 */
function organisationAfter(cls: readonly Classified[], to: number, sentenceCase: boolean, kind: FieldContext['kind']): boolean {
  for (let k = to; k < cls.length && k < to + 4; k++) {
    const c = cls[k];
    // In a file name an underscore joins words; only business heads count across it.
    if (kind === 'attachment' && /^[_-]$/.test(c.t.gap) && (c.t.case === 'title' || c.t.case === 'upper')) {
      if (BUSINESS.has(c.t.key)) return true;
      continue;
    }
    if (!ORG_JOIN.test(c.t.gap) && !(k === to && c.t.gap === '')) return false;
    if (c.t.key === 'and' && c.t.case === 'lower') continue;
    // "Lou Gehrig's disease", "Bell's palsy": an eponym's head after the possessive, in any case.
    if (k === to && /^['\u2019]s\s$/.test(c.t.gap) && POSSESSIVE_EPONYMS.has(c.t.key)) return true;
    if (c.t.case !== 'title' && c.t.case !== 'upper') return false;
    if (ORG_WORDS.has(c.t.key) && !(c.t.case === 'upper' && UPPER_ONLY.has(c.t.key))) return true;
    // "Mwangi Biomedical Waste", "Okonjo Pharma": a business head after the name, as in file names. "Social Security"
    // is a programme ("Maria Lopez Social Security disability").
    if (BUSINESS.has(c.t.key) && !(c.t.key === 'security' && cls[k - 1]?.t.key === 'social')) return true;
    if (servicesNamed(cls, k)) return true;
    if (HEALTH_NAMED_ORG.has(c.t.key) && c.t.case === 'title' && (sentenceCase || joinedByAmpersand(cls, k))) return true;
    // "Quintanilla Bone & Joint invoice": in a sentence-case field, two Title Case words joined by "&" right
    // after the name are a practice's or a firm's trade, whatever the words.
    // Not a pair the name joins itself ("pts Ferreira & Lindahl"), nor letters ("L&D").
    const joined = cls[k + 1];
    if (k === to && sentenceCase && c.t.case === 'title' && c.t.gap === ' ' && joined !== undefined && joined.t.case === 'title' && joined.t.gap === ' & ' && c.t.key.length >= 3 && joined.t.key.length >= 3) return true;
  }
  return false;
}

/** "Mobile X-Ray", "PORTABLE IMAGING", "MobileXray": a service modifier before a capitalised word (SERVICE_MODIFIERS). */
function servicesNamed(cls: readonly Classified[], k: number): boolean {
  const next = cls[k + 1];
  return SERVICES.has(cls[k].t.key) && cls[k].t.case !== 'lower' && next !== undefined && next.t.kind === 'word' && (next.t.case === 'title' || next.t.case === 'upper') && /^[\s_-]?$/.test(next.t.gap);
}

/** "Orthotics & Prosthetics": two Title Case words joined by "&" name a business, whatever the field's case. */
function joinedByAmpersand(cls: readonly Classified[], k: number): boolean {
  const next = cls[k + 1];
  const prev = cls[k - 1];
  return (next !== undefined && next.t.case === 'title' && next.t.gap.trim() === '&') || (prev !== undefined && prev.t.case === 'title' && cls[k].t.gap.trim() === '&');
}
/** Between a teacher's possessive and the class: "5th-grade", "3rd grade", "2nd period". */
const GRADE_WORDS = new Set(['st', 'nd', 'rd', 'th', 'grade', 'period', 'year']);
const ORG_JOIN = /^(?:\s|\s?&\s?|['\u2019]s?\s)$/;

/** Doctor, nurse and professor titles before a name in other scripts (Russian, Ukrainian, Hindi, Amharic, Arabic, Hebrew). */
const SCRIPT_CLINICIAN_BEFORE = /(?:доктор[\u0430-\u044f\u0451]{0,3}|д-р|проф\.|врач[\u0430-\u044f\u0451]{0,3}|профессор[\u0430-\u044f\u0451]{0,3}|медсестр[\u0430-\u044f\u0451]{0,3}|лікар[\u0430-\u044f\u0456\u0454\u0457]{0,3}|डॉ\.?|डॉक्टर|डा\.|ডা\.|ডাঃ|ডাক্তার|ዶ\/ር|ዶር|ዶክተር|الدكتور[ةه]?|د\.|دكتور[ةه]?|ד"ר|דר'|ד״ר|פרופ'|פרופסור)[\s_.]{0,2}$/;
/**
 * The same after a name in Chinese, Japanese and Korean ("王医生"), and a hospital job title there, which makes
 * the name a colleague's ("김민수 기사님", "刘技师", "佐藤薬剤師"). Plain honorifics ("田中さん", "김민수님",
 * "先生") and the forms of address any adult gets (老师, 经理, 부장, 과장) are said of patients too and are left out;
 * so is every title in a field with a word for a patient.
 */
const SCRIPT_CLINICIAN_AFTER = /^[\s_]?(?:医生|醫生|大夫|医师|醫師|护士|護士|主任|教授|博士|医師|看護師|의사|교수|원장|간호사|선생님|技师|技師|药师|藥師|薬剤師|師長|技士|기사|약사|수간호사|치료사|임상병리사|방사선사)/;
/** A word for a patient in those scripts: beside it even a job title is said of a patient ("이영희 약사 (환자)"). */
const SCRIPT_PATIENT_WORD = /환자|患者|病人|病患/;
/** An organisation named after a person, its head before the name: "صيدلية آل منصور" (a pharmacy), "клиника Петрова". */
const SCRIPT_ORGANISATION_BEFORE = /(?:صيدلية|مستشفى|عيادة|مركز|مختبر|شركة|аптека|клиника|больница|центр)[\s_]{1,2}$/;

/**
 * "রোগী রহিমা বেগম - গর্ভাবস্থা", "बिरामी दिल माया राई - मधुमेह", "مریض شازیہ پروین - شوگر": a word for a patient in a language of a
 * script without capitals, then one to three words of that script set apart after (a separator or the end), is the
 * patient's name, whatever list holds it (medium: no lexicon vouches for the words). Not health words, numbers or
 * words glued to other punctuation.
 */
function patientWordScriptNames(ctx: FieldContext): { from: number; to: number }[] {
  const tokens = ctx.tokens;
  const terms = healthTermsOf(ctx);
  const out: { from: number; to: number }[] = [];
  // Only beside the patient's care: a condition, a test, a medication, a procedure or a visit in the field too ("a
  // patient's rights" and "a patient's consent" are forms).
  if (!terms.some((h) => h.category !== 'patient' && !h.needsSupport && !h.workplace)) return out;
  const inHealth = new Set<number>();
  for (const h of terms) for (let k = h.from; k < h.to; k++) inHealth.add(k);
  for (const h of terms) {
    if (h.category !== 'patient' || !CASELESS_WORD.test(tokens[h.to - 1].text) || SCRIPT_PARTICLES.has(tokens[h.to]?.text ?? '')) continue;
    // "بیمار گرامی" (dear patient), "مریض محترم": a word of address after the patient word is no name; a name may follow it.
    const from = h.to + (isScriptAddressWord(tokens[h.to]?.text ?? '') && /^\s$/.test(tokens[h.to].gap) ? 1 : 0);
    let k = from;
    // A word of an event or a programme stops it ("मरीज़ सुरक्षा सप्ताह" is patient safety week), unless a part of a name
    // follows, when it is a given name ("मरीज़ सेवा सिंह", Sewa Singh).
    const event = (j: number): boolean => SCRIPT_EVENT_WORDS.has(tokens[j].text) && !SCRIPT_NAME_PARTS.has(tokens[j + 1]?.text ?? '');
    // The patient word may label the name with a colon ("ناروغ: شکیلا احمدی").
    const gapBefore = (j: number): RegExp => (j === from ? /^:?\s$/ : /^\s$/);
    while (k < tokens.length && k < from + 3 && tokens[k].kind === 'word' && CASELESS_WORD.test(tokens[k].text) && !inHealth.has(k) && !event(k) && !isScriptAddressWord(tokens[k].text) && gapBefore(k).test(tokens[k].gap)) k++;
    if (k < tokens.length && k < from + 3 && event(k)) continue;
    if (k > from && (tokens[k] === undefined || SET_APART.test(tokens[k].gap))) out.push({ from, to: k });
  }
  return out;
}
/**
 * Words of events and programmes for patients in the caseless scripts (safety, service, week, awareness, programme,
 * training, camp, day, rights, education; Hindi and Nepali, Bengali, Urdu, Punjabi, Amharic and Tigrinya): after a
 * patient word they name the event, not the patient.
 */
const SCRIPT_EVENT_WORDS = new Set([
  'सुरक्षा', 'सप्ताह', 'सेवा', 'जागरूकता', 'कार्यक्रम', 'प्रशिक्षण', 'तालिम', 'शिविर', 'दिवस', 'अधिकार', 'शिक्षा', 'सहमति',
  'সেবা', 'সপ্তাহ', 'সচেতনতা', 'কর্মসূচি', 'প্রশিক্ষণ', 'নিরাপত্তা', 'অধিকার', 'দিবস', 'শিবির', 'শিক্ষা',
  'آگاہی', 'پروگرام', 'حفاظت', 'ہفتہ', 'خدمت', 'تربیت', 'حقوق', 'کیمپ', 'تعلیم',
  'ਸੁਰੱਖਿਆ', 'ਹਫ਼ਤਾ', 'ਸੇਵਾ', 'ਸਿਖਲਾਈ', 'ਜਾਗਰੂਕਤਾ', 'ਕੈਂਪ',
  'ደህንነት', 'ሳምንት', 'አገልግሎት', 'ስልጠና', 'ግንዛቤ', 'መብት', 'ትምህርቲ', 'ትምህርት',
]);
/** Parts of South Asian names that follow a given name (Singh, Kaur, Devi, Rani, Kumar, Begum, Khatun). */
const SCRIPT_NAME_PARTS = new Set(['सिंह', 'कौर', 'देवी', 'रानी', 'कुमार', 'कुमारी', 'ਸਿੰਘ', 'ਕੌਰ', 'বেগম', 'রানী', 'খাতুন', 'কুমার', 'بیگم', 'خاتون']);
/** Possessive particles after a patient word ("د ناروغ د حقونو", "مریض کی رضامندی", "मरीज़ की"): a thing of the patient's follows. */
const SCRIPT_PARTICLES = new Set(['د', 'کی', 'کا', 'کے', 'की', 'का', 'के', 'को']);
/**
 * A word of a script without capitals and without a Latin letter (Arabic, Indic, Ethiopic, Southeast Asian scripts);
 * not Chinese, Japanese or Korean, whose names the closed surname sets read (names/script-names.ts).
 */
const CASELESS_WORD = /^[^\u0020-\u024f\u0370-\u058f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]+$/;

export const personName: Detector = {
  meta: {
    id: 'person-name',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a patient name', initials: 'patient initials' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'displayName' || ctx.kind === 'emailAddress') return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const s of findNames(ctx)) {
      out.push(signalAt(n, ctx.tokens[s.from].start, ctx.tokens[s.to - 1].end, 'person-name', 'identity', 'found', { weak: s.weak, evidence: s.pattern, strength: s.strength }));
      // "resident Ada Quill", "member Ada Quill": the word makes this person a patient. Such words
      // are health context only right before a name ("New member of the committee" is not).
      // So does a plural one before a list of names ("for patients Pruitt, Kaminski, Varga").
      if (s.cue !== undefined && (PATIENT_WORDS.has(ctx.tokens[s.cue].key) || PATIENTS_BEFORE_LIST.has(ctx.tokens[s.cue].key))) {
        const c = ctx.tokens[s.cue];
        out.push(signalAt(n, c.start, c.end, 'person-name', 'health', 'found', { category: 'patient', evidence: 'health.patient-word' }));
      }
    }
    // Names in scripts without Latin letters, where capitals and the lexicons cannot tell.
    const taken = out.filter((s) => s.role === 'identity');
    for (const s of findScriptNames(n.text)) {
      // A clinician in those scripts: "доктора Орлова", "डॉ. मिश्रा", "ዶ/ር ብርሃኑ", "王医生", "김 교수님".
      const before = n.text.slice(Math.max(0, s.start - 12), s.start);
      const after = n.text.slice(s.end, s.end + 8);
      if (SCRIPT_CLINICIAN_BEFORE.test(before) || (SCRIPT_CLINICIAN_AFTER.test(after) && !SCRIPT_PATIENT_WORD.test(n.text) && !SCRIPT_OWN_ILLNESS.test(n.text)) || SCRIPT_ORGANISATION_BEFORE.test(before)) continue;
      const signal = signalAt(n, s.start, s.end, 'person-name', 'identity', 'found', s.strength === 'full' ? { weak: false, evidence: 'name.script-full', strength: 'high' } : { weak: true, evidence: 'name.script-lone', strength: 'medium' });
      if (!taken.some((t) => t.start < signal.end && signal.start < t.end)) out.push(signal);
    }
    for (const s of patientWordScriptNames(ctx)) {
      const signal = signalAt(n, ctx.tokens[s.from].start, ctx.tokens[s.to - 1].end, 'person-name', 'identity', 'found', { weak: false, evidence: 'name.patient-word-script', strength: 'medium' });
      if (!out.some((t) => t.role === 'identity' && t.start < signal.end && signal.start < t.end)) out.push(signal);
    }
    for (const m of bounded(INITIALS, n.text, LETTER, LETTER)) {
      if (DOTTED_ABBREVIATIONS.has(m[0].replace(/[.\s]/g, '').toLowerCase())) continue;
      out.push(signalAt(n, m.index, m.index + m[0].length, 'person-name', 'identity', 'initials', { weak: true, evidence: 'initials.dotted', strength: 'medium' }));
    }
    return out;
  },
};
