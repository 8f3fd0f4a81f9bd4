import { BARE_YEAR, BED_WORDS, Detector, FieldContext, Signal, signalAt } from './detector';
import { PhraseMatcher, nameLexicon } from '../lexicon';
import { LANGUAGE_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/people-words';
import { AMBIGUOUS_LIST_HEADS, CARE_HOME_KINDS, CARE_RECEIVED_BY_RESIDENTS, EXPOSED_CONTACTS_AFTER, GENERIC_IN_RECIPIENTS, GLUED_TO_CONDITIONS, INJURY_CLAIM_KINDS, INJURY_CLAIM_WORDS, KIN_WORDS, LIST_CONTINUERS, LIST_HEADS, MEMBER_CONDITIONS, MEMBER_LEAVE_OR_DUTY, PATIENT_MARKS, PROGRAMME_MEMBER_LISTS, ROMANCE_KIN_WORDS, ROMANCE_OF, ROMANCE_SERVICE_HEADS, SERVICE_HEADS, YOUNG_MEMBER_HEADS, STAFF_HEADS, ROMANCE_LIST_HEADS } from '../lexicon/recipient-heads';
import { candidateAssessedAt, findHealthTerms, healthTermsOf, isEverydayAsWritten, isEverydaySense, isUnitWord, personHealthOf } from '../facts/health';
import type { HealthMatch } from '../facts/health';
import { ANIMAL_WORDS, BODY_SITES, WORKPLACE_WORDS } from '../lexicon/context-words';
import { CLINICIAN_TITLES, COMMA_CREDENTIALS, CREDENTIALS } from '../lexicon/people-words';
import { domainOf, isPersonalDomain } from './domains';
import { isTreatmentProgrammeDomain } from '../facts/sender';
import { languageWorkplace } from '../lexicon/languages/match';
import { tokenize } from '../text/tokenize';
import { nameLikeness } from '../names/name-likeness';
import type { Token } from '../text/tokenize';

/**
 * A recipient whose display name or address reveals health information about
 * the recipient (spec item 4, "Recipients by kind"). Each recipient is read as
 * one of:
 * - a person: a known name, or an address at a personal mail provider. Their
 *   own condition, medication or patient status reveals ("Ada Quill - GDM",
 *   "dialysis.dad@gmail.com", "(OSA, new CPAP)"); a department in Title Case
 *   or a unit after a staff member's name does not ("Sato, Irene (Surgery)",
 *   "Nancy Ruiz (ICU)"); a personal address is never a department's;
 * - a patient: a patient mark ("(dialysis pt)", "dementia res."): any health
 *   word reveals;
 * - a list of patients, members, participants, families or clients ("Heart
 *   Failure Program Participants", "hiv-support-group@"): a condition,
 *   treatment, specialty or programme in its name reveals the members';
 * - a mailbox of the staff, a service, a department or an organisation
 *   ("Stroke Program", "Chemo Infusion RNs", "Transplant Waitlist
 *   Coordinators", "Halvorsen Surgical"): never reveals a recipient's health.
 * The kind comes from the display name and the address together (scan.ts);
 * the detector reports candidate spans, each marked with the kinds it fits.
 */
export type RecipientKind = 'person' | 'patient' | 'list' | 'mailbox';
const AMBIGUOUS_LIST = new Set(AMBIGUOUS_LIST_HEADS);
const RESIDENTS_CARE = new Set(CARE_RECEIVED_BY_RESIDENTS);
/** Words of a residency programme beside "residents": they are physicians in training. */
const RESIDENCY_WORDS = new Set(['rotation', 'rotations', 'teaching', 'schedule', 'schedules', 'pgy', 'program', 'programme', 'medicine', 'didactics', 'chiefs', 'call']);
/** Care homes by their kind, before "resident" (CARE_HOME_KINDS). */
const CARE_HOMES = new PhraseMatcher<true>(CARE_HOME_KINDS.map((w) => [w, true] as [string, true]));
const EXPOSED_BEFORE = new PhraseMatcher<true>(EXPOSED_CONTACTS_AFTER.map((w) => [w, true] as [string, true]));
/** "Measles Contacts": the head "contacts" right after a communicable disease or a word of exposure. */
const exposedContacts = (tokens: readonly Token[], at: number): boolean => EXPOSED_BEFORE.findAll(tokens.slice(Math.max(0, at - 2), at)).some((m) => m.to === Math.min(2, at));
const LIST_WORDS = new Set(LIST_HEADS);
const YOUNG_MEMBERS = new Set(YOUNG_MEMBER_HEADS);
const NEW_ONES = new Set(['patients', 'pts']);
/** What a group of new patients is treated for or with ("CHF new patients", "Methadone New Patients"); a specialty or a modality names the practice's desk ("MRI New Patients"). */
const TREATED = new Set<string>(['condition', 'medication']);
/** A month (with "may", a verb elsewhere), a season, a weekday or a year: a list's date, or a group's meeting day. */
const DATED = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'may', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const dated = (t: Token): boolean => DATED.has(t.key) || (t.kind === 'number' && BARE_YEAR.test(t.text));
const CONTINUERS = new Set(LIST_CONTINUERS);
type Head = 'staff' | 'service' | 'list' | 'patient';

const GENERIC = new Set(GENERIC_IN_RECIPIENTS);
const INJURY_CLAIMS = new Set(INJURY_CLAIM_WORDS);
const INJURY_KINDS = new Set(INJURY_CLAIM_KINDS);
const BODY_SITE_SET = new Set(BODY_SITES);
const MARKS = new Set(PATIENT_MARKS);
const KIN = new PhraseMatcher<true>(KIN_WORDS.map((w) => [w, true] as [string, true]));
const ROMANCE_KIN = new Set(ROMANCE_KIN_WORDS);
const ROMANCE_OF_SET = new Set(ROMANCE_OF);
/** "pai do Davi", "madre de Sofía": a Romance relative's word, then its "of" and a capitalised word. */
const romanceKinOf = (tokens: readonly Token[]): boolean =>
  tokens.some((t, k) => ROMANCE_KIN.has(t.key) && t.case === 'lower' && ROMANCE_OF_SET.has(tokens[k + 1]?.key ?? '') && tokens[k + 2]?.case === 'title');
const COMMA_CREDENTIAL_SET = new Set(COMMA_CREDENTIALS);
/**
 * A code glued in brackets to a credential in capitals or to another such code: "RT(R)(CT)", "RDMS(AB)". "RT" is
 * no credential alone (a respiratory therapist, radiotherapy); with a bracketed discipline it is the radiographer's.
 */
function registryDiscipline(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j > 0 && /^\)?\($/.test(tokens[j].gap) && (tokens[j - 1].case === 'upper' || tokens[j - 1].text.length === 1); j--) if (CREDENTIAL_SET.has(tokens[j - 1].key) || tokens[j - 1].key === 'rt') return true;
  return false;
}
const CREDENTIAL_SET = new Set(CREDENTIALS);
const ANIMAL = new Set(ANIMAL_WORDS);
/** An exposure to an animal, which is the person's own health ("dog bite", "cat scratch"). */
const EXPOSURES = new Set(['bite', 'bitten', 'scratch', 'scratched', 'exposure', 'exposed', 'pep']);
/** Body sites and organs before a one-word condition, run together in an address ("breastcancer", "lungcancer"). */
const GLUED_SITES = new Set([...BODY_SITES, 'lung', 'liver', 'kidney', 'skin', 'bone', 'brain', 'colon', 'prostate', 'ovarian', 'cervical', 'pancreatic', 'blood', 'heart', 'thyroid']);
const DEPARTMENT_KINDS = new Set(['procedure', 'test', 'specialty', 'encounter']);
/** A credential in capitals after a comma before token k: the display name signs a clinician ("Haddad, RD (Bariatrics)"). */
const credentialedBefore = (tokens: readonly Token[], k: number): boolean =>
  tokens.slice(1, k).some((t) => t.case === 'upper' && t.gap.trim() === ',' && CREDENTIAL_SET.has(t.key));
/** Kinds of help a vendor's or a service's desk gives, before a closing "support" ("Clinical Support"). */
const HELP_KINDS = new Set(['clinical', 'technical', 'tech', 'customer', 'product', 'device', 'sales', 'account', 'it']);
const PROGRAMME_DESK_HEADS = new Set(['group', 'groups', 'class', 'circle', 'support', 'support group', 'recovery']);
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'los', 'las', 'di', 'della']);
const SERVICE_FIRST = new Set(ROMANCE_SERVICE_HEADS);
const ROMANCE_LIST_FIRST = new Set(ROMANCE_LIST_HEADS);
/** For a person: their own condition, medication or patient status. */
const PERSONAL = new Set(['condition', 'medication', 'patient']);
/** A staff or service head starts at token i ("Transport", "Access"). */
function heading(tokens: readonly Token[], i: number): boolean {
  return HEADS.findAll(tokens.slice(i, i + 3)).some((m) => m.from === 0 && (m.value === 'staff' || m.value === 'service'));
}

const asMatcher = (list: readonly string[], head: Head): [string, Head][] => list.map((w) => [w, head]);
// STAFF_HEADS before the others: a phrase in two lists takes its first.
const HEADS = new PhraseMatcher<Head>([...asMatcher(STAFF_HEADS, 'staff'), ...asMatcher(SERVICE_HEADS, 'service'), ...asMatcher(LIST_HEADS, 'list'), ...asMatcher(PATIENT_MARKS, 'patient')]);

/** What one part of a recipient (display name or address) says about its kind. */
export interface RecipientPartFacts {
  /**
   * Staff anywhere wins; within a segment the last head names it; across
   * segments ("Methadone Clients - Tillgate Clinic") a patient mark beats a
   * list and a list beats a service.
   */
  head?: Head;
  /** The head is a list word that needs a condition to name patients ("residents"). */
  ambiguousList?: boolean;
  /** A known given name or surname written as a name. */
  named: boolean;
  /** Those names, in a display name. */
  namedKeys?: readonly string[];
  /** An address at a personal mail provider. */
  personal: boolean;
  /**
   * A display name's words before any note, lower case, when all are capitalised and none is a health word or an
   * everyday word ("Tavita Faleolo (dialysis)": tavita, faleolo); an address's local part, letters only.
   */
  nameWords?: readonly string[];
  localLetters?: string;
  /** A display name's words, lower case. */
  wordKeys?: readonly string[];
  /** An address's domain, letters only. */
  domainLetters?: string;
  /** A display name of staff or workers made a list by their own condition, leave or duty ("Staff on Medical Leave"). */
  membersOwn?: boolean;
  /** The staff heads read, and the words of the list heads read ("research volunteers": research, volunteers). */
  staffPhrases: readonly string[];
  listWords: readonly string[];
}

/**
 * The tokens that describe the recipient: an address's local part, not its
 * organisation's domain. A display name is cut only when it is an address
 * itself: "(Harbor@Home patient)" is words.
 */
function ownTokens(ctx: FieldContext): readonly Token[] {
  if (ctx.kind === 'displayName' && !ADDRESS_ONLY.test(ctx.text.normalized.text.trim())) return ctx.tokens;
  const at = ctx.tokens.findIndex((t) => t.gap.includes('@'));
  return at < 0 ? ctx.tokens : ctx.tokens.slice(0, at);
}
const ADDRESS_ONLY = /^[^\s@]+@[^\s@]+$/;

const JOB_WORDS = new Set(WORKPLACE_WORDS);
const GLUE_WORDS = new Set(GLUED_TO_CONDITIONS);
// A job's agent noun glued to the term is the person's work ("adhdcoach.lisa@", "dementiatrainer@").
const AGENT_NOUN = /(?:er|or|ist|coach|educator|advocate)$/;
/** Events and causes people raise money for, run together with a condition: an organiser's, not a patient's ("ovariancancerwalk.chair@"). */
const CAUSE_EVENTS = new Set(['walk', 'run', 'ride', 'race', 'gala', 'fund', 'research', 'awareness', 'foundation', 'society', 'relay']);
const gluedCache = new Map<string, string | undefined>();
// Organs people fight a disease of, and the fighter's words ("headstrong", "ms.strong" are neither).
const ORGANS = new Set(['kidney', 'liver', 'heart', 'lung', 'lungs', 'pancreas', 'colon', 'thyroid', 'bowel', 'brain']);
const ORGAN_FIGHTERS = new Set(['warrior', 'warriors', 'fighter', 'fighters']);
/** A word of two to four letters that, in capitals, is a condition's acronym ("ms", "als", "t1d"). */
function acronymCondition(key: string): boolean {
  return /^[a-z0-9]{2,4}$/.test(key) && findHealthTerms(tokenize(key.toUpperCase()), [], []).some((h) => h.category === 'condition' && h.from === 0 && h.to === 1);
}

/** The condition, medication or procedure a word of a local part is glued from ("chemo" + "brain"), if any. */
function gluedTerm(key: string): string | undefined {
  if (gluedCache.has(key)) return gluedCache.get(key);
  const term = splitGlued(key);
  if (gluedCache.size > 500) gluedCache.clear();
  gluedCache.set(key, term);
  return term;
}

function splitGlued(key: string): string | undefined {
  const lex = nameLexicon();
  // A name is no glued word ("rashida" is not "rash" + "ida"); beside a name the term has five letters at least.
  if (lex.given.has(key) || lex.surname.has(key) || lex.other.has(key)) return undefined;
  const name = (w: string): boolean => lex.given.has(w) || lex.surname.has(w);
  const word = (w: string): boolean => w.length >= 3 && (GLUE_WORDS.has(w) || lex.common.has(w) || name(w));
  for (let k = 3; k <= key.length - 3; k++) {
    const head = key.slice(0, k);
    const tail = key.slice(k);
    for (const [term, rest] of [[head, tail], [tail, head]]) {
      // "dialysisnurse.kim@": a job word beside the term makes it the person's work, not their health.
      if (!word(rest) || JOB_WORDS.has(rest) || CAUSE_EVENTS.has(rest) || (AGENT_NOUN.test(rest) && !GLUE_WORDS.has(rest)) || (term.length < 5 && !GLUE_WORDS.has(rest) && !lex.common.has(rest))) continue;
      if (isGluedTerm(term)) return term;
      // "kidneywarrior.tasha@", "heartfighter@": an organ glued to a fighter's word is the person's disease of it.
      if (ORGANS.has(term) && ORGAN_FIGHTERS.has(rest)) return term;
    }
  }
  return undefined;
}

/**
 * A condition, a medication or a procedure with no everyday sense, written as one word or as a two-word phrase run
 * together ("breastcancer" in "marisol.breastcancersurvivor@").
 */
function isGluedTerm(term: string): boolean {
  const personal = (h: HealthMatch, words: number): boolean => h.from === 0 && h.to === words && (h.category === 'condition' || h.category === 'medication' || h.category === 'procedure') && !isEverydaySense(h.phrase) && !h.needsSupport;
  if (findHealthTerms(tokenize(term), [], []).some((h) => personal(h, 1))) return true;
  for (let j = 3; term.length >= 8 && j <= term.length - 3; j++) {
    // "breast" + "cancer": a body site before a one-word condition makes the phrase too.
    const site = GLUED_SITES.has(term.slice(0, j));
    if (findHealthTerms(tokenize(`${term.slice(0, j)} ${term.slice(j)}`), [], []).some((h) => personal(h, 2) || (site && h.from === 1 && h.to === 2 && personal({ ...h, from: 0 }, 2)))) return true;
  }
  return false;
}

function isPersonal(ctx: FieldContext): boolean {
  const text = ctx.text.normalized.text;
  return text.indexOf('@') >= 0 && isPersonalDomain(domainOf(text), ctx.options.personalDomains);
}

export function recipientPartFacts(ctx: FieldContext): RecipientPartFacts {
  const tokens = ownTokens(ctx);
  const isAddress = ctx.kind === 'emailAddress' || tokens.length < ctx.tokens.length;
  // Within a segment the last head names it; across segments ("Methadone Clients - Tillgate Clinic",
  // "Eating Disorders Program - Family Group") a list names the recipient, the rest its keeper.
  let head: Head | undefined;
  let ambiguousList = false;
  // "Influenza Contacts - Pharmacy": contacts beside a department are its people to call, not people exposed.
  let exposedList = false;
  let serviceSeen = false;
  let segment: { head?: Head; ambiguous: boolean } = { ambiguous: false };
  const close = (): void => {
    if (segment.head === 'staff' || head === 'staff') head = 'staff';
    else if (segment.head && (head === undefined || RANK[segment.head] > RANK[head])) {
      head = segment.head;
      ambiguousList = segment.ambiguous;
    }
    segment = { ambiguous: false };
  };
  const lex = nameLexicon();
  let lastEnd = 0;
  let listEnd = -1;
  let segmentStart = 0;
  let practiceEnds: Set<number> | undefined;
  // The heads in token order, found once: the loop below and the rules after it read them.
  const heads = HEADS.findAll(tokens);
  const staffPhrases: string[] = [];
  const listWords: string[] = [];
  for (const found of heads) {
    // "Bariatric Surgery Candidates", "Kidney Transplant Candidates": candidates right after a procedure or a condition
    // are patients assessed for it; after a job or a programme of training they apply for work ("RN Candidates",
    // "Surgery Residency Candidates").
    const m = found.value === 'staff' && candidateAssessedAt(tokens, found.from, healthTermsOf(ctx)) ? { ...found, value: 'list' as Head } : found;
    if (m.value === 'staff') staffPhrases.push(m.phrase);
    // "T1D Teen Club", "Diabetes Kids Club": a club is its members' only right after their condition (an age group's word
    // between at most); elsewhere the other heads say whose it is ("Cancer Center Running Club", "Dialysis Unit Book Club"
    // are a service's people, "Cardiac Rehab Alumni Walking Club" its alumni).
    if (m.phrase === 'club' && !clubOfCondition(tokens, m.from, healthTermsOf(ctx))) continue;
    // "Sickle Cell Kids", "Diabetes Teen Hangout": young people are a list's members at the end of the name or before
    // another list head; before anything else they name a children's service ("Kids Cardiology", "Youth Services"), as
    // after "for" ("Cardiology for Kids"), after a specialty ("cardio-kids@") or possessive (a hospital: "Brookfield
    // Children's").
    if (YOUNG_MEMBERS.has(m.phrase) && (tokens[m.from - 1]?.key === 'for' || healthTermsOf(ctx).some((h) => h.to === m.from && h.category === 'specialty') || /^['\u2019]/.test(ctx.text.normalized.text.slice(tokens[m.to - 1].end)) || (m.to < tokens.length && !SEGMENT_BREAK.test(tokens[m.to].gap) && !heads.some((h) => h.from === m.to && h.value === 'list')))) continue;
    // A break between the last head and this one starts a new segment.
    for (let k = Math.max(lastEnd, 1); k <= m.from; k++) {
      if (SEGMENT_BREAK.test(tokens[k].gap)) {
        close();
        segmentStart = k;
        break;
      }
    }
    // "Accueil patients", "Atención al Paciente": a Romance service head comes first and the rest qualifies it.
    if (SERVICE_FIRST.has(tokens[segmentStart].key)) {
      segment = { head: 'service', ambiguous: false };
      continue;
    }
    lastEnd = m.to;
    // "PT" in a display name is physical therapy; in an address "pt" is too short to tell.
    if (m.value === 'patient' && (isAddress || (m.phrase === 'pt' && tokens[m.from].case !== 'lower'))) continue;
    // So are "PTs" in a display name: physical therapists ("Birchfield PTs"), where patients are written "Pts" or "pts";
    // an address that is "pts" alone is too short to tell.
    if (m.phrase === 'pts' && (isAddress ? tokens.length === 1 : tokens[m.from].text === 'PTs')) continue;
    // "Urology Resident", "Gen Surg Senior Resident": a resident after a specialty or a rank is a physician in training.
    if (m.value === 'patient' && (m.phrase === 'resident' || m.phrase === 'res') && residentPhysician(tokens, m.from, healthTermsOf(ctx))) {
      staffPhrases.push(m.phrase);
      segment = { head: 'staff', ambiguous: false };
      continue;
    }
    // "Patient Transport", "Patient Accounts": a patient word before a noun of the same segment names a
    // service; as a mark it ends the segment or comes before a name ("Patient Ada Quill").
    // A patient word before a noun of news is the list it goes to ("Long COVID Clinic - Patient Updates").
    if (m.value === 'patient' && qualifiesNoun(tokens, m.to, lex) && !CONTINUERS.has(tokens[m.to].key)) continue;
    if (segment.head === 'staff') continue;
    if (m.phrase === 'contacts' && !exposedContacts(tokens, m.from)) continue;
    if (m.phrase === 'contacts') exposedList = true;
    // "Weight Mgmt Participants", "COPD Self-Management Class": management after "self", "weight" or a health word is
    // a care programme (a service a later list head may name the members of), not its managers.
    if (MANAGEMENT.has(m.phrase) && m.from > 0 && (CARE_MANAGED.has(tokens[m.from - 1].key) || healthTermsOf(ctx).some((h) => h.to === m.from))) {
      segment = { head: 'service', ambiguous: false };
      continue;
    }
    // "Pa Nhia Xiong": a credential of two or three letters in a display name is written in capitals ("PA",
    // "RN"); in Title Case it is a given name.
    if (m.value === 'staff' && !isAddress && m.to - m.from === 1 && tokens[m.from].text.length <= 3 && tokens[m.from].case === 'title') continue;
    // "Portal Support": the help desk of the service before it; "Alumni Network": still the alumni. So is a support
    // desk in brackets after a supplier ("Calloway Diabetes Supply (Pump Support)").
    if (m.phrase === 'support' && (segment.head === 'service' || (head === 'service' && m.to === tokens.length - (tokens[tokens.length - 1].key === 'support' ? 0 : 1) && bracketed(tokens, m.from)))) continue;
    if (segment.head === 'list' && m.value === 'service' && CONTINUERS.has(m.phrase)) continue;
    // "Participantes Programa Diabetes", "Pacientes Clínica del Dolor": in the Romance languages a list head that opens the
    // segment is qualified by what follows it; a service after it says whose the members are.
    if (segment.head === 'list' && m.value === 'service' && ROMANCE_LIST_FIRST.has(tokens[segmentStart].key)) continue;
    // "Patients of the TB Clinic", "Mga Pasyente ng TB Clinic": a clinic after "of" (Tagalog "ng") and its name says whose
    // patients the list holds, as "TB Clinic Patients" does; the list stays the head.
    if (segment.head === 'list' && m.value === 'service' && CLINIC_HEADS.has(m.phrase) && clinicOf(tokens, listEnd, m.from)) continue;
    // "Lakeshore Pain Mgmt Group": a group after pain management is the practice (a self-management group is patients).
    if (m.phrase === 'group' && segment.head === 'service' && MANAGEMENT.has(tokens[m.from - 1]?.key ?? '') && tokens[m.from - 2]?.key === 'pain') continue;
    // "Dental Group", "Cardiology Group": a practice, named after its specialty. Not a group named after a therapy with
    // its meeting day set apart after it ("Lymphedema Therapy Group - Tues", "Aquatic Therapy Group - Spring"): a therapy
    // group of patients (a practice's opening days come as a range or as hours: "Mon-Fri", "Sat Clinic").
    if (m.phrase === 'group' && (practiceEnds ??= practiceNameEnds(ctx)).has(m.from) && !meetsOnADay(tokens, m.to, healthTermsOf(ctx), m.from)) {
      segment = { head: 'service', ambiguous: false };
      continue;
    }
    // "Holloway Cancer Center New Patients": the desk that takes new patients in; dated ("New patients - July", "New
    // Patients 2025", "Fall cohort") or with a treatment or condition ("CHF new patients", "Methadone New Patients") it
    // is a group of them.
    if (m.value === 'list' && NEW_ONES.has(m.phrase) && tokens[m.from - 1]?.key === 'new' && !tokens.some(dated) && !personHealthOf(ctx).some((h) => TREATED.has(h.category) && !h.workplace)) {
      segment = { head: 'service', ambiguous: false };
      continue;
    }
    if (m.value === 'service' || m.value === 'staff') serviceSeen = true;
    segment = { head: m.value, ambiguous: AMBIGUOUS_LIST.has(m.phrase) };
    if (m.value === 'list') {
      listEnd = m.to;
      listWords.push(...m.phrase.split(' '));
    }

  }
  close();
  if (exposedList && serviceSeen && head === 'list') head = 'service';
  // "BIOL 210 Lab Section 3": a course's code (a subject's letters in capitals and a three-digit number, neither a
  // health word) names a class of students and their instructors.
  if (!isAddress && courseCode(tokens, healthTermsOf(ctx))) head = 'staff';
  // "Pregnant Staff", "Physicians in Recovery Group": the staff's own condition makes the mailbox a list of them.
  if (head === 'staff' && !isAddress && MEMBERS.findAll(tokens).length > 0) head = 'list';
  const headBefore = head;
  // So does a workforce's leave or duty for its health beside its word in one segment ("Staff on Medical Leave",
  // "Modified Duty - Injured Workers"); "workers comp" in a person's note is no list.
  // With a staff head only where the whole name is one segment ("Injured Workers Program - Claims Staff" is its staff).
  const oneSegment = !tokens.some((t, k) => k > 0 && SEGMENT_BREAK.test(t.gap));
  // Not beside another head: "Light Duty Program Staff", "Medical Leave Coordinators" run the programme.
  const leave = isAddress ? [] : LEAVE_OR_DUTY.findAll(tokens);
  const insideLeave = (m: { from: number; to: number }): boolean => leave.some((l) => m.from >= l.from && m.to <= l.to);
  const onlyWorkforce = (): boolean => heads.every((m) => m.phrase === 'staff' || m.value === 'list' || insideLeave(m));
  if ((head === undefined || (head === 'staff' && oneSegment)) && leave.some((m) => workforceInSegment(tokens, m.from, m.to)) && onlyWorkforce()) head = 'list';
  // So does the workforce's word before a list of people in a treatment or with a condition ("Staff Hep C Treatment
  // Cohort", "Long COVID Staff Support Circle", "Work Hardening Program - Staff Participants"): an employee health
  // programme's members. A role's head keeps the mailbox the staff's ("Support Group Facilitators", "Oncology Nursing
  // Group"), as does a service beside the workforce's word ("Diabetes Education Staff Group" teaches).
  if (head === 'staff' && !isAddress && staffInTreatment(tokens, heads, ctx)) head = 'list';
  // The display name says the workforce is on leave ("Staff on Medical Leave"): the address's "staff" is those members.
  const membersOwn = head === 'list' && headBefore !== 'list';
  // "Nguyễn Thị Hoa (bệnh nhân)", "김순자 (환자)", "李建国（糖尿病患者）": a patient word of the patients' languages in
  // brackets after the name marks a patient as "(pt)" does, even one that is also a list head (bệnh nhân,
  // pasyan: one word for one patient or many); without brackets ("Obsługa Pacjenta", "Обучение пациентов") it
  // may name a desk.
  if ((head === undefined || head === 'list') && !isAddress && healthTermsOf(ctx).some((h) => h.category === 'patient' && !MARKS.has(h.phrase) && bracketed(tokens, h.from))) head = 'patient';
  // "mom of Jaylen - NICU", "Nadia (daughter of pt)": a relative of someone, with a unit or condition, speaks of
  // that person's care as a patient mark does.
  // So does a possessive before the relative: "Fatima Noor (Yusuf's mom, PICU)".
  // So does a unit or a health word right before the relative, set apart after a name: "Hana Sato (NICU mom)",
  // "Phan Thi Thu - NICU twins mom".
  // Not a role named after the relative ("Maria Soto (NICU Parent Partner)", "Peds Parent Mentor").
  const careBefore = (from: number, to: number): boolean =>
    from > 1 && (tokens[to] === undefined || SEGMENT_BREAK.test(tokens[to].gap) || BED_WORDS.has(tokens[to].key)) && healthTermsOf(ctx).some((h) => h.to <= from && h.to >= from - 1 && (bracketed(tokens, h.from) || SEGMENT_BREAK.test(tokens[h.from].gap)));
  if (head === undefined && !isAddress && (KIN.findAll(tokens).some((m) => tokens[m.to]?.key === 'of' || tokens[m.to]?.key === 'for' || (m.from > 0 && /^['\u2019]s?\s+$/.test(tokens[m.from].gap)) || careBefore(m.from, m.to)) || romanceKinOf(tokens))) head = 'patient';
  const namedKeys = isAddress ? [] : tokens.filter((t) => t.kind === 'word' && t.case === 'title' && t.key.length >= 3 && isKnownName(t.key, lex)).map((t) => t.key);
  const named = namedKeys.length > 0;
  // "Alma Reyes (oncology)", "Jocelyn Bautista - cardiology": a specialty in lower case set apart after a person's
  // name names the service the recipient belongs to: its patient at a personal address, its staff at the
  // organisation's. In Title Case it is a department ("Lena Park (Cardiology)"), whatever the address.
  if (head === undefined && named && healthTermsOf(ctx).some((h) => h.category === 'specialty' && h.from > 0 && tokens[h.from].case === 'lower' && (bracketed(tokens, h.from) || SEGMENT_BREAK.test(tokens[h.from].gap)))) head = 'service';
  // "Nguyễn Thị Lan - Điều dưỡng chạy thận" (dialysis nurse), "Ana Ruiz - Enfermera de diálisis": in the patients'
  // languages a job's head comes before the care it names (languageWorkplace); after a person's name it is the
  // recipient's job, as "Dialysis Nurse" is.
  if (head === undefined && named && healthTermsOf(ctx).some((h) => languageWorkplace(tokens, h))) head = 'staff';
  const personal = isPersonal(ctx);
  if (isAddress) return { head, ambiguousList, named, personal, localLetters: tokens.map((t) => t.key).join(''), domainLetters: domainOf(ctx.text.normalized.text).toLowerCase().replace(/[^a-z]/g, ''), staffPhrases, listWords };
  const wordKeys = tokens.filter((t) => t.kind === 'word').map((t) => t.key);
  return { head, ambiguousList, named, namedKeys, personal, nameWords: leadingNameWords(ctx, tokens, lex), membersOwn, staffPhrases, listWords, wordKeys };
}

/** A course's code: a word of three to five capitals that is no health word, then a number of three digits. */
function courseCode(tokens: readonly Token[], terms: readonly HealthMatch[]): boolean {
  return tokens.some((t, k) => t.kind === 'word' && t.case === 'upper' && t.text.length >= 3 && t.text.length <= 5 && tokens[k + 1]?.kind === 'number' && tokens[k + 1].text.length === 3 && /^\s?$/.test(tokens[k + 1].gap) && !terms.some((h) => h.from <= k && k < h.to));
}

/**
 * The capitalised words that open a display name up to its first note ("Tavita Faleolo (dialysis)", "Sione Havili -
 * 4W"): two or three, none a health word or an everyday word. Names no list holds are read through the address.
 */
function leadingNameWords(ctx: FieldContext, tokens: readonly Token[], lex: ReturnType<typeof nameLexicon>): string[] | undefined {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && (SEGMENT_BREAK.test(tokens[k].gap) || tokens[k].gap.includes(','))) break;
    const t = tokens[k];
    if (t.kind !== 'word' || t.case !== 'title' || t.key.length < 3 || lex.common.has(t.key)) return undefined;
    out.push(t.key);
  }
  if (out.length < 2 || out.length > 3) return undefined;
  const health = healthTermsOf(ctx);
  return health.some((h) => h.from < out.length) ? undefined : out;
}

/**
 * "Tavita Faleolo (dialysis) <tfaleolo@...>": a display name of capitalised words whose address is built from one of
 * them (initial and surname, given name and surname) names a person even where no list holds the name; not where the
 * domain holds that word too (a firm's own mailbox).
 */
function addressEchoesName(display: RecipientPartFacts | undefined, address: RecipientPartFacts | undefined): boolean {
  const local = address?.localLetters;
  const domain = address?.domainLetters ?? '';
  const lex = nameLexicon();
  // A word the domain holds too is the organisation's name ("Vireo Diagnostics <vireo@vireodx.com>"); a word no name list
  // holds that the name model doubts is the service's ("Eastgate Oral Therapeutics <oral-meds@...>").
  const nameLike = (w: string): boolean => isKnownName(w, lex) || lex.ambiguous.has(w) || nameLikeness(w) >= 0;
  return local !== undefined && display?.nameWords !== undefined && display.nameWords.some((w) => w.length >= 4 && local.includes(w) && !domain.includes(w) && nameLike(w));
}

/**
 * The address's local part, letters only, is the display name's given name or initial and surname in either order
 * ("Tariq Hadid <thadid@...>", "<hadid.tariq@...>", "<tariqh@...>"): the person's own name, whatever words it spells.
 */
export function addressSpellsName(display: RecipientPartFacts | undefined, address: RecipientPartFacts | undefined): boolean {
  const local = address?.localLetters;
  const words = display?.nameWords;
  if (local === undefined || words === undefined || words.length < 2) return false;
  const first = words[0];
  const last = words[words.length - 1];
  return [first + last, first[0] + last, last + first, last + first[0], first + last[0]].includes(local);
}

/** List heads that name patients themselves ("service users": the NHS's word), and the services whose patients they would be. */
const PATIENT_PEOPLE = new Set(['patients', 'pts', 'pacientes', 'patienten', 'pazienti', 'pacjenci', 'mga pasyente', 'service users']);
/** Words of a relative's own work in a unit ("(dad, works in ICU)", "(dad - nights in PICU)", "(dad, clerk in ICU)"). */
const WORKS_IN = new Set(['works', 'work', 'worked', 'working', 'covers', 'covering', 'floats', 'floating', 'nurse', 'tech', 'staff', 'nights', 'days', 'shift', 'shifts', 'clerk', 'doc', 'doctor', 'charge', 'unit', 'res', 'resident', 'fellow', 'intern']);
/** Between a head and its patients ("Messages to Patients", "Transporte de Pacientes", "Accueil des patients"). */
const HEAD_FIRST_LINKS = new Set(['de', 'a', 'al', 'para', 'des', 'do', 'da', 'dos', 'das', 'aux', 'per', 'dei', 'pour', 'for', 'to', 'from', 'of', 'with']);
/** "of" between a list's people and the clinic they belong to, and Tagalog "ng" ("Mga Pasyente ng TB Clinic"). */
const OF_LINKS = new Set(['of', 'ng']);
const ARTICLES = new Set(['the', 'a']);
/** The tokens from `from` up to the clinic's head at `head`: "of", an optional article, then one to three words of its name. */
function clinicOf(tokens: readonly Token[], from: number, head: number): boolean {
  if (!OF_LINKS.has(tokens[from]?.key ?? '')) return false;
  const nameFrom = ARTICLES.has(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  return head - nameFrom >= 1 && head - nameFrom <= 3;
}
/** After "patients &" in a list's name: their families ("Patients & Families"). */
const FAMILY_AFTER = new Set(['families', 'family', 'caregivers', 'parents']);
const LANGUAGES = new Set(LANGUAGE_NAMES);
/** Words before "Patients" that make a desk for patients not yet in care ("New Patients", "International Patients"). */
const DESK_QUALIFIERS = new Set(['new', 'international', 'prospective', 'future', 'referred', 'referring', 'all', 'our', 'dear', 'for', 'the']);
const CLINIC_HEADS = new Set(['clinic', 'clinics', 'practice', 'center', 'centre', 'program', 'programme']);
const MEMBERS = new PhraseMatcher<true>(MEMBER_CONDITIONS.map((w) => [w, true] as [string, true]));
const WORKFORCE = new Set(['employees', 'workers', 'staff']);
const LEAVE_OR_DUTY = new PhraseMatcher<true>(MEMBER_LEAVE_OR_DUTY.map((w) => [w, true] as [string, true]));
/** Care a workforce's members receive (a programme's, not a unit's), beside a condition or a medication. */
const STAFF_TREATMENTS = new Set<string>(['condition', 'medication', 'procedure', 'encounter']);
/**
 * The name's last head is a list of people (not an ambiguous one), its only staff words are the workforce's, no
 * service head shares a segment with them, and a condition, a medication, a procedure or a programme of care (no unit
 * or specialty) stands in it.
 */
function staffInTreatment(tokens: readonly Token[], heads: readonly { from: number; value: Head; phrase: string }[], ctx: FieldContext): boolean {
  const last = heads[heads.length - 1];
  if (last === undefined || last.value !== 'list' || AMBIGUOUS_LIST.has(last.phrase)) return false;
  const staff = heads.filter((m) => m.value === 'staff');
  if (staff.length === 0 || !staff.every((m) => WORKFORCE.has(m.phrase))) return false;
  if (heads.some((m) => m.value === 'service' && staff.some((w) => sameSegment(tokens, m.from, w.from)))) return false;
  return healthTermsOf(ctx).some((h) => STAFF_TREATMENTS.has(h.category) && h.needsSupport === undefined && !h.workplace);
}
/** No segment break between tokens a and b. */
function sameSegment(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) if (SEGMENT_BREAK.test(tokens[k].gap)) return false;
  return true;
}
/** A workforce's word (employees, workers, staff) in the same segment as tokens from..to. */
function workforceInSegment(tokens: readonly Token[], from: number, to: number): boolean {
  let a = from;
  while (a > 0 && !SEGMENT_BREAK.test(tokens[a].gap)) a--;
  let b = to;
  while (b < tokens.length && !SEGMENT_BREAK.test(tokens[b].gap)) b++;
  return tokens.slice(a, b).some((t) => WORKFORCE.has(t.key));
}
/**
 * "ppt", a care programme's word for its participant, after the programme's acronym ("PACE ppt"). Not "participant",
 * also a course's or a conference's ("ACLS participant", "HIMSS participant").
 */
const PARTICIPANT_MARK = 'ppt';
/**
 * The token before "Study" is the study's code or acronym: a number ("VT-3021"), capitals joined by a hyphen
 * ("ACTIVATE-HF"), or four capitals or more ("STRIDE").
 */
// A capital letter alone after a hyphen is a code's last part too ("CARDIA-X Study Participants").
const inCapitals = (t: Token): boolean => t.case === 'upper' || (t.text.length === 1 && t.text !== t.text.toLowerCase());
const studyCode = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || (inCapitals(t) && (t.text.length >= 4 || /-$/.test(t.gap) || t.gap === '-')));
const PROGRAMME_MEMBERS = new PhraseMatcher<true>(PROGRAMME_MEMBER_LISTS.map((w) => [w, true] as [string, true]));
/** After a relative's word in brackets, someone in care: "(son of resident Rm 12)", "(daughter, pt in 4W)". */
const IN_CARE = new Set(['resident', 'patient', 'pt', 'client', 'inpatient', 'ppt']);
/** The same with a room after it, where "res." is a resident in care ("(res. Rm 12B)"). */
const IN_CARE_WITH_ROOM = new Set([...IN_CARE, 'res']);
const CLINICIAN_TITLE_SET = new Set(CLINICIAN_TITLES);

/**
 * "Dr. Nia Ofori (pt's nephrologist)", "(patient's PCP)": a patient word's clinician after it is the recipient's
 * role in that patient's care, not the recipient's own status: a clinician's title or credential, a specialist's
 * "-ologist" or "-iatrist", or one of the words below.
 */
const PATIENTS_CLINICIAN_WORDS = new Set(['pcp', 'physician', 'surgeon', 'orthodontist', 'provider', 'specialist', 'team']);
function patientsClinician(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && /^['\u2019]s\s$/.test(t.gap) && (CLINICIAN_TITLE_SET.has(t.key) || CREDENTIAL_SET.has(t.key) || PATIENTS_CLINICIAN_WORDS.has(t.key) || /(?:ologist|iatrist)$/.test(t.key));
}

/** The token at `i` is in a note set apart by a dash after the name's first word ("Ines Roy - TRELLIS-2 subj 044"). */
function dashedNote(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= i && k < tokens.length; k++) if (/^\s[-\u2013\u2014]\s$/.test(tokens[k].gap)) return true;
  return false;
}

/** A bracket opens after the first token and at or before token `i`: "Hoa (bệnh nhân)". */
function bracketed(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= i && k < tokens.length; k++) if (/[([\uff08\uff3b]/.test(tokens[k].gap)) return true;
  return false;
}

/** The token at `i` continues the segment as a plain noun (not a name): the word before it qualifies it. */
function qualifiesNoun(tokens: readonly Token[], i: number, lex: ReturnType<typeof nameLexicon>): boolean {
  const next = tokens[i];
  if (next === undefined || next.kind !== 'word' || SEGMENT_BREAK.test(next.gap) || next.gap.includes(',')) return false;
  return !isKnownName(next.key, lex);
}

const MANAGEMENT = new Set(['management', 'mgmt']);
/** A known given name or surname with one or two letters glued after it ("dawsone": Dawson and an initial). */
const gluedName = (key: string, lex: ReturnType<typeof nameLexicon>): boolean =>
  [1, 2].some((n) => key.length - n >= 4 && isKnownName(key.slice(0, -n), lex));
/** Words before "management" that make it the patient's own care of something. */
const CARE_MANAGED = new Set(['self', 'weight', 'pain', 'disease', 'symptom', 'medication', 'med', 'care']);

/** A given name or surname that is not also a common word. */
function isKnownName(key: string, lex: ReturnType<typeof nameLexicon>): boolean {
  // The shared list of names of every origin counts too ("Abdi Warsame (PrEP)", "Yohannes Alemu").
  return (lex.given.has(key) || lex.surname.has(key) || lex.other.has(key)) && !lex.common.has(key);
}

/** Across segments: a patient mark over a list over a service. */
const RANK: Record<Head, number> = { service: 1, list: 2, patient: 3, staff: 4 };
const SEGMENT_BREAK = /\s[-\u2013\u2014|:]\s|[()[\]]/;

/**
 * Where a term that can name a practice ends: a specialty or a Title Case
 * procedure ("Dental Group", "Orthopaedic Surgery Group"; "IOP Group" is a
 * therapy group). Computed once per field.
 */
function practiceNameEnds(ctx: FieldContext): Set<number> {
  const ends = new Set<number>();
  for (const h of healthTermsOf(ctx)) if (h.category === 'specialty' || (h.category === 'procedure' && ctx.tokens[h.from].case === 'title')) ends.add(h.to);
  return ends;
}

/**
 * The recipient's kind from its two parts. The display name speaks first (it
 * is written for people; a local part abbreviates), then the address.
 */
export function recipientKind(display: RecipientPartFacts | undefined, address: RecipientPartFacts | undefined): RecipientKind {
  const parts = [display, address].filter((p): p is RecipientPartFacts => p !== undefined);
  // The address abbreviates what the display name says: "Research Volunteers <bd-volunteers@...>" are the list's
  // volunteers, not the staff's, where the address's only staff words are words of the display name's list.
  const explained = (p: RecipientPartFacts): boolean => p === address && display?.head === 'list' && p.staffPhrases.length > 0 && p.staffPhrases.every((w) => display.listWords.includes(w));
  if (parts.some((p) => p.head === 'staff' && !explained(p)) && display?.membersOwn !== true) return 'mailbox';
  const first = parts.find((p) => p.head !== undefined);
  const personal = parts.some((p) => p.personal);
  if (first?.head === 'patient') return 'patient';
  const domain = address?.domainLetters ?? '';
  /** Words the organisation's own domain holds, all of them: its name ("fernbankglenrecovery.org"), not a person's or a list's. */
  const domainHolds = (keys: readonly string[]): boolean => !personal && domain !== '' && keys.every((k) => domain.includes(k));
  // "Fernbank Glen Recovery <admissions@fernbankglenrecovery.org>": a display name of two or more words, every one of them held by the
  // organisation's own domain, is the organisation's name, not a list of its clients ("Fernbank Glen Recovery Alumni" is one).
  const displayWords = display?.wordKeys ?? [];
  const organisationNamed = display !== undefined && first === display && displayWords.length >= 2 && domainHolds(displayWords);
  // "Parkinsons Residents": only the members' own condition says they are patients.
  if (first?.head === 'list') return organisationNamed ? 'mailbox' : first.ambiguousList ? 'person' : 'list';
  // A personal address is never a department's: "Aaliyah (methadone clinic) <...@gmail.com>" is its patient.
  if (first?.head === 'service') return personal ? 'patient' : 'mailbox';
  // "Brixley IOP <iop@brixley-recovery.org>": names that the organisation's domain holds are its name, not a person's.
  const ownName = (p: RecipientPartFacts): boolean => p.named && !(p === display && domainHolds(p.namedKeys ?? []));
  return parts.some(ownName) || personal || addressEchoesName(display, address) ? 'person' : 'mailbox';
}

/**
 * A word ending a name right after a known given name: "Grace Payne", "tom.burns@". A surname of the name
 * lists, or, in a display name, any Title Case word after a title and a given name ("Dr. Lena Fever"): "Amy
 * Chemo", "kevin.dialysis@" keep their health word.
 */
function surnameAfterGiven(tokens: readonly Token[], at: number, isAddress: boolean): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (prev === undefined || (!isAddress && (t.case !== 'title' || prev.case !== 'title'))) return false;
  if (!(isAddress ? /^[._-]$/.test(t.gap) : t.gap === ' ')) return false;
  if (next !== undefined && !/^\s*,/.test(next.gap)) return false;
  const lex = nameLexicon();
  const surname = lex.surname.has(t.key) || lex.ambiguous.has(t.key);
  // A surname of the lists after any capitalised word of a display name that is no everyday word ("Gabe Parkinson"),
  // after any word at all behind a title ("Dr. Miles Parkinson"), or after an initial in an address ("p.hodgkins@").
  const titled = !isAddress && at >= 2 && /^(?:dr|mr|mrs|ms|prof)$/.test(tokens[at - 2].key);
  if (surname && !isAddress && (titled || !lex.common.has(prev.key))) return true;
  if (surname && isAddress && prev.key.length === 1 && /^[a-z]$/.test(prev.key)) return true;
  if (!lex.given.has(prev.key) || lex.common.has(prev.key) || lex.ambiguous.has(prev.key)) return false;
  return titled || surname;
}

/** Ranks of physicians in training before "resident" ("senior" only after a specialty: a home's "senior resident" is old). */
const RESIDENT_RANKS = new Set(['junior', 'chief', 'admitting', 'surgical', 'pgy']);
/**
 * "Urology Resident", "Gen Surg Senior Resident", "Chief Resident": a specialty right before (a rank between at most)
 * or a rank of training. Not care a home's residents receive ("Hospice Senior Resident", "(Memory Care Resident)").
 */
function residentPhysician(tokens: readonly Token[], at: number, terms: readonly HealthMatch[]): boolean {
  if (RESIDENT_RANKS.has(tokens[at - 1]?.key ?? '')) return true;
  const end = tokens[at - 1]?.key === 'senior' ? at - 1 : at;
  return terms.some((h) => h.category === 'specialty' && h.to === end && !RESIDENTS_CARE.has(h.phrase) && !isUnitWord(h.phrase));
}
/** A study's word for one of its subjects, before the subject's number (a survey's "participant 4" is not one). */
const SUBJECT_WORDS = new Set(['subj', 'subject']);
/** Words of a study or a screening that, in the same note and in lower case, say a condition with another sense is the person's. */
const NOTE_CORROBORATION = new Set(['trial', 'study', 'screen', 'dx', 'diagnosis', 'diagnosed', 'positive', 'pos', 'flare', 'relapse']);
/** Words between a condition and its club: an age group, or what the members come for ("PrEP Refill Club"). */
const CLUB_BETWEEN = new Set(['teen', 'teens', 'kids', 'youth', 'junior', 'juniors', 'family', 'families', 'refill', 'support', 'walking']);
/** "club" right after a condition, a treatment or a medication (no unit, no everyday sense), or one word of CLUB_BETWEEN after it. */
function clubOfCondition(tokens: readonly Token[], at: number, terms: readonly HealthMatch[]): boolean {
  const end = CLUB_BETWEEN.has(tokens[at - 1]?.key ?? '') ? at - 1 : at;
  return terms.some((h) => CLUB_CARE.has(h.category) && h.to === end && !h.workplace && !isUnitWord(h.phrase) && !isEverydaySense(h.phrase));
}
const CLUB_CARE = new Set<string>(['condition', 'procedure', 'medication']);
/**
 * A group named after a therapy (a Title Case procedure, not a specialty) with a weekday or a season set apart after it.
 * Not a range of days ("Mon-Fri") nor a clinic's or its hours ("Sat Clinic", "Sat hours").
 */
function meetsOnADay(tokens: readonly Token[], groupEnd: number, terms: readonly HealthMatch[], groupAt: number): boolean {
  if (!terms.some((h) => h.to === groupAt && h.category === 'procedure')) return false;
  const rest = tokens.slice(groupEnd);
  if (rest.length === 0 || !SEGMENT_BREAK.test(rest[0].gap) || rest.some((t) => t.gap === '-' || HOURS_WORDS.has(t.key))) return false;
  return rest.some(dated);
}
const HOURS_WORDS = new Set(['clinic', 'clinics', 'hours', 'hrs', 'open', 'closed', 'office']);
/**
 * "Ray Albers - ALS, PEG", "Helen Strand (MS trial)": a condition with another sense (ALS, MS, SI) in a note set apart
 * after the name is the person's own where the same note holds another health word or a study's or a screen's word;
 * alone ("Kim Ono (MS)": a degree, a title) it stays a list's evidence.
 */
function corroboratedNote(tokens: readonly Token[], terms: readonly HealthMatch[], h: HealthMatch): boolean {
  if (h.category !== 'condition') return false;
  let from = h.from;
  while (from > 0 && !SEGMENT_BREAK.test(tokens[from].gap) && !/[([]/.test(tokens[from].gap)) from--;
  if (from === 0) return false;
  let to = h.to;
  while (to < tokens.length && !SEGMENT_BREAK.test(tokens[to].gap) && !/[)\]]/.test(tokens[to].gap)) to++;
  // The other health word is no credential ("(MS, PT)") and no Title Case department ("(MS, Clinical Trials)"); the study's
  // word is in lower case ("(MS trial)"; "(ALS Study)", "(MS, Study Design)" name a department or a role).
  const other = (o: HealthMatch): boolean => o !== h && o.from >= from && o.to <= to && !GENERIC.has(o.phrase) && tokens[o.from].case !== 'title' && !CREDENTIAL_SET.has(tokens[o.from].key) && !COMMA_CREDENTIAL_SET.has(tokens[o.from].key) && o.category !== 'specialty' && o.category !== 'patient';
  return terms.some(other) || tokens.slice(from, to).some((t) => t.case === 'lower' && NOTE_CORROBORATION.has(t.key));
}

/** Candidate spans fit every kind but the mailbox ("recipient.person") or only lists and patients ("recipient.list"). */
export function keepsFor(kind: RecipientKind, evidence: string | undefined): boolean {
  if (kind === 'mailbox') return false;
  return kind !== 'person' || evidence === 'recipient.person';
}

export const recipientHealth: Detector = {
  meta: {
    id: 'recipient-health',
    role: 'identifier',
    defaultLevels: { subject: 'off', recipients: 'warn', attachments: 'off' },
    messages: { found: 'health information about the recipient' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind !== 'displayName' && ctx.kind !== 'emailAddress') return [];
    const tokens = ownTokens(ctx);
    const isAddress = tokens.length < ctx.tokens.length || ctx.kind === 'emailAddress';
    const personal = isAddress && isPersonal(ctx);
    // A display name's terms are the field's, already found once; an address's are its local part's.
    const terms = tokens === ctx.tokens ? healthTermsOf(ctx) : findHealthTerms(tokens, ctx.options.extraHealthTerms, ctx.options.allowTerms);
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    // The relatives' words of the display name, found once for the rules below.
    const kin = isAddress ? [] : KIN.findAll(tokens);
    const kinFirst = kin.some((m) => m.from === 0);
    const atWork = tokens.some((t) => WORKS_IN.has(t.key) || CREDENTIAL_SET.has(t.key));
    // "Keola Mahoe (Koa - diabetic cat)": a health word right before or after an animal's word is the pet's, not the owner's
    // (in capitals an animal's word is an acronym: "(PET pt)" is a scan). Not an exposure to the animal ("(dog bite pt)")
    // nor beside a patient word.
    const petAt = (k: number, gap: string | undefined): boolean => tokens[k] !== undefined && ANIMAL.has(tokens[k].key) && tokens[k].case !== 'upper' && gap === ' ';
    const patientMarked = tokens.some((t) => MARKS.has(t.key) || EXPOSURES.has(t.key));
    // "Dialysis Residents": care a home's residents receive there, right before the word, makes them its patients
    // (CARE_RECEIVED_BY_RESIDENTS); not beside a specialty or the words of a residency ("Hospice and Palliative
    // Medicine Residents", "Nephrology Residents (Dialysis Rotation)", "Hospice Residents Teaching").
    const residentsAt = tokens.findIndex((t) => t.key === 'residents');
    const residency = tokens.some((t) => RESIDENCY_WORDS.has(t.key)) || terms.some((h) => h.category === 'specialty');
    const residentsCare = (h: HealthMatch): boolean => residentsAt > 0 && h.to === residentsAt && !residency && RESIDENTS_CARE.has(h.phrase);
    for (const h of terms) {
      if (!isAddress && !patientMarked && (petAt(h.to, tokens[h.to]?.gap) || petAt(h.from - 1, tokens[h.from].gap))) continue;
      // The list's own head ("Patients <patients@...>") says who is on it, not why.
      // Bracketed after a name ("Lucienne Désir (pasyan)") a patient word is the recipient's own status.
      // An address glues a name to its initials and numbers ("dawsone90@": Dawson, E.): a word that is a known name and
      // a letter or two, read one letter from a term or by a drug's ending, is such a glue, not a misspelling nor an
      // unlisted term ("glioblastoma-caregivers@", "diabeties.moms@" stay health).
      if (isAddress && (h.misspelled || h.byEnding) && h.to - h.from === 1 && gluedName(tokens[h.from].key, nameLexicon())) continue;
      // "tom.petraitis@", "rita.stankaitis@": after a given name and a dot in an address, a word read by its ending is
      // the surname (Lithuanian -aitis is no inflammation).
      if (isAddress && h.byEnding && h.to - h.from === 1 && h.from > 0 && /^[._-]$/.test(tokens[h.from].gap) && isKnownName(tokens[h.from - 1].key, nameLexicon())) continue;
      if (GENERIC.has(h.phrase) || (LIST_WORDS.has(h.phrase) && !(h.category === 'patient' && bracketed(tokens, h.from)))) continue;
      // "customers-pt@": a language's code closing an address after a list's word, not a patient.
      if (isAddress && h.phrase === 'pt' && h.to === tokens.length && h.from > 0 && LIST_WORDS.has(tokens[h.from - 1].key)) continue;
      // "pt.danawhitfield@gmail.com", "omarhaddad.pt@outlook.com": at a personal provider, "pt" as the only health word of
      // the local part is its owner's profession (a physical therapist), as "dr." or "rn." would be; nobody names their
      // own mailbox a patient's.
      if (isAddress && personal && h.phrase === 'pt' && terms.length === 1) continue;
      // "(daughter / emergency contact)": a role in the patient's file, not an emergency visit.
      if (tokens[h.to]?.key === 'contact' && h.to - h.from === 1 && tokens[h.from].key === 'emergency') continue;
      // "Maria das Dores Pinto", "María de los Dolores Ruiz": a Title Case word after a name particle is
      // part of the name, even where it is also a health word (dores, dolores: pains).
      // Not after a list's head ("Grupo de Diabéticos": a group of diabetics).
      if (h.to - h.from === 1 && tokens[h.from].case === 'title' && h.from > 0 && NAME_PARTICLES.has(tokens[h.from - 1].key) && tokens[h.from - 1].case === 'lower' && !LIST_WORDS.has(tokens[h.from - 2]?.key ?? '')) continue;
      // "Dr. Lena Fever", "grace.payne@": a Title Case word (or an address's word) right after a known given name,
      // ending the name, is the person's surname even where it is also a health word.
      if (h.to - h.from === 1 && surnameAfterGiven(tokens, h.from, isAddress)) continue;
      // "Peter Obuya, PT": a two-letter credential after a comma is the person's job; so is one before a comma and
      // another credential ("Caleb Stroud PT, DPT").
      // So is one that ends the display name right after a capitalised name ("Olu Bankole PT").
      const endsName = !isAddress && h.to === tokens.length && h.from >= 2 && tokens[h.from - 1].case === 'title' && tokens[h.from - 2].case === 'title' && /^\s$/.test(tokens[h.from].gap);
      if (h.to - h.from === 1 && tokens[h.from].case === 'upper' && COMMA_CREDENTIAL_SET.has(tokens[h.from].key) && (tokens[h.from].gap.trim() === ',' || endsName || (tokens[h.to]?.gap.trim() === ',' && CREDENTIAL_SET.has(tokens[h.to].key)))) continue;
      // "Brianna Kowalski RT(R)(MR)": a registry credential's disciplines, bracketed and glued to it, are the person's registration.
      if (h.to - h.from === 1 && registryDiscipline(tokens, h.from)) continue;
      // Title Case procedures and tests after a staff member's name are departments: "Sato, Irene (Surgery)".
      // An address has no case to tell: there a procedure is the person's own only at a personal provider.
      // In a display name a Title Case word after a name is a department ("(Surgery)"); lower case or an
      // acronym ("(OSA, new CPAP)") is the person's own, but a unit never is ("Nancy Ruiz (ICU)").
      // A name signed with a credential after a comma ("Mariam Haddad, RD, CDCES (Bariatrics)") is a clinician's:
      // a Title Case procedure, test, specialty or unit after it is the department (a condition or a patient word
      // stays the person's own: "RN (Pregnant)").
      if (!isAddress && tokens[h.from].case === 'title' && DEPARTMENT_KINDS.has(h.category) && credentialedBefore(tokens, h.from)) continue;
      const lowerOwn = isAddress ? personal : tokens[h.from].case !== 'title' && !isUnitWord(h.phrase);
      // A word with another sense ("ECT", "TMS": also business unit codes) is a person's own only in a list or
      // after a patient mark: for a person it stays a list's evidence.
      // "Uncle Ray - rehab", "Mom (dementia)": a contact a relative named, with a health word set apart after the name,
      // keeps that relative's care, even a unit's.
      // Not the relative's own work there ("Dad (works in ICU)", "Mom (covering ICU tonight)").
      const kinContact = !isAddress && kinFirst && h.from > 0 && (SEGMENT_BREAK.test(tokens[h.from].gap) || bracketed(tokens, h.from)) && h.category !== 'payer' && h.category !== 'specialty' && !atWork;
      const own = kinContact || residentsCare(h) || (isEverydayAsWritten(h, tokens) ? corroboratedNote(tokens, terms, h) : PERSONAL.has(h.category) || ((h.category === 'procedure' || h.category === 'test' || h.category === 'encounter') && lowerOwn));
      // A unit or encounter names where a list's members were patients ("NICU Parent Support Group").
      if (h.category === 'payer') continue;
      // "Patient Support", "CPAP Support": a patient word, a device, a test or a procedure before a closing "support"
      // names a help desk; a condition names a support circle ("Pregnancy After Loss Support"), and
      // "Patient Support Group" is a list.
      // A kind of help between them ("CGM Clinical Support", "Insulin Pump Customer Support") names a help desk
      // after any health word.
      const supportAt = (k: number): boolean => tokens[k]?.key === 'support' && tokens[k + 1] === undefined;
      const helpDesk = (supportAt(h.to) && (h.category === 'patient' || h.category === 'procedure' || h.category === 'test')) || (HELP_KINDS.has(tokens[h.to]?.key ?? '') && supportAt(h.to + 1));
      // "Marcus Bell — Patient Transport", "Patient Access": a patient word before a staff or service head is a job.
      if (helpDesk || (h.category === 'patient' && (heading(tokens, h.to) || patientsClinician(tokens, h.to)))) continue;
      out.push(signalAt(n, tokens[h.from].start, tokens[h.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: own ? 'recipient.person' : 'recipient.list' }));
    }
    // "chemobrain.diaries@", "bipolarbeth.writes@", "davediabetes@": at a personal provider, people glue their own
    // condition or treatment to a word or a name in the local part. A word no term is, split once into a condition,
    // a medication or a procedure (three letters at least, no everyday sense) and a known word or name of three letters or more.
    if (personal && out.length === 0) {
      for (const [k, t] of tokens.entries()) {
        // "joy.young.ms.warrior@", "als-fighter.dave@": an acronym of a condition, which a local part writes in lower case,
        // right before a fighter's word, is that condition ("ms.strong@" may be Ms. Strong; "cf.mom@" initials).
        const glued = t.kind === 'word' && t.key.length >= 6 && /^[a-z]+$/.test(t.key) ? gluedTerm(t.key) : ORGAN_FIGHTERS.has(tokens[k + 1]?.key ?? '') && acronymCondition(t.key) ? t.key : undefined;
        if (glued) {
          out.push(signalAt(n, t.start, t.end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
          break;
        }
      }
    }
    // "Dmitri Volkov (dad - Sasha in PICU)": a relative in brackets of someone staying in a unit (the unit alone is read
    // as where a list's members are treated, kept for lists only).
    if (!isAddress && !atWork && !out.some((s) => s.evidence === 'recipient.person')) {
      for (const m of kin) {
        const inUnit = bracketed(tokens, m.from) ? tokens.slice(m.to, m.to + 4).findIndex((t, x, near) => t.key === 'in' && near[x + 1] !== undefined && isUnitWord(near[x + 1].key)) : -1;
        if (inUnit < 0) continue;
        out.push(signalAt(n, tokens[m.from].start, tokens[m.to + inUnit + 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
        break;
      }
    }
    // "Frank Delgado (son of resident Rm 12)", "Dee Ilunga (daughter – Terraces resident)": a relative in brackets
    // with a word for someone in care names that person's status (where no health word of its own does).
    if (!isAddress && out.length === 0) {
      for (const m of kin) {
        if (!bracketed(tokens, m.from)) continue;
        for (let k = m.to; k < tokens.length && k <= m.to + 3 && !/[)\]\uff09]/.test(tokens[k].gap); k++) {
          // "(wife of PGY2 resident)": a resident physician, not a resident in care.
          if (!IN_CARE.has(tokens[k].key) || (tokens[k].key === 'resident' && tokens.slice(m.to, k + 2).some((t) => /^pgy|^(?:chief|surgical|medical|physician)$/.test(t.key)))) continue;
          out.push(signalAt(n, tokens[m.from].start, tokens[k].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
          break;
        }
      }
    }
    // "Edith Marsh (resident, Rm 22)": in brackets, a word for someone in care, in lower case, with a room or a bed
    // of up to three digits is the recipient's own stay ("(resident)" alone may be a resident physician).
    if (!isAddress && out.length === 0 && !CLINICIAN_TITLE_SET.has(tokens[0]?.key ?? '')) {
      for (let k = 0; k < tokens.length; k++) {
        // In lower case, as a status ("(Resident, Rm 3104)", "(PGY2 resident, Rm 3104)" are doctors and offices).
        if (!IN_CARE_WITH_ROOM.has(tokens[k].key) || tokens[k].case !== 'lower' || !bracketed(tokens, k) || tokens.slice(0, k).some((t) => /^pgy/.test(t.key))) continue;
        const room = tokens.slice(k + 1, k + 4).findIndex((t, x, rest) => BED_WORDS.has(t.key) && rest[x + 1]?.kind === 'number' && rest[x + 1].text.length <= 3);
        if (room < 0) continue;
        out.push(signalAt(n, tokens[k].start, tokens[k + 2 + room].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
        break;
      }
    }
    // "Harold Voss (Elmcrest LTC resident)", "(SNF resident, 2nd fl)": in brackets, a resident of a care home named
    // by its kind is in its care, with or without a room.
    if (!isAddress && out.length === 0) {
      for (let k = 1; k < tokens.length; k++) {
        if (tokens[k].key !== 'resident' || tokens[k].case !== 'lower' || !bracketed(tokens, k)) continue;
        const home = CARE_HOMES.findAll(tokens.slice(Math.max(0, k - 3), k)).find((m) => m.to === Math.min(3, k));
        if (home === undefined) continue;
        out.push(signalAt(n, tokens[k - Math.min(3, k) + home.from].start, tokens[k].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
        break;
      }
    }
    // "Marcus Bell (ENDURE-HF subj 0143)", "(study pt 0412)", "Ines Roy - TRELLIS-2 subj 044": in brackets, or after a dash
    // following a name and not in Title Case ("Tomas Reyes - Subject 1001 TA" teaches a course), a study's subject number
    // makes the recipient one of its subjects, who receive its treatment or its tests.
    if (!isAddress && out.length === 0) {
      for (let k = 1; k + 1 < tokens.length; k++) {
        if (!SUBJECT_WORDS.has(tokens[k].key) || tokens[k + 1].kind !== 'number' || tokens[k + 1].text.length < 3 || !(bracketed(tokens, k) || (dashedNote(tokens, k) && tokens[k].case !== 'title')) || !/^\s?#?\s?$/.test(tokens[k + 1].gap)) continue;
        out.push(signalAt(n, tokens[k].start, tokens[k + 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
        break;
      }
    }
    // "Lino Ferraz (WC L knee)", "Adaeze Obi (LTD claimant)", "Tom Fry (hip claim)": in brackets
    // after a name, an injury or a disability claim beside a body site, or a claimant of such a claim, is the recipient's
    // own injury or illness.
    if (!isAddress && !out.some((x) => x.evidence === 'recipient.person')) {
      const note = tokens.findIndex((_, k) => k > 0 && bracketed(tokens, k));
      const inNote = note < 0 ? [] : tokens.slice(note);
      const site = inNote.some((o) => BODY_SITE_SET.has(o.key) && o.key.length > 2);
      const claim = inNote.findIndex((t, x) => INJURY_CLAIMS.has(t.key) && t.case !== 'title' && (site || (t.key === 'claimant' && INJURY_KINDS.has(inNote[x - 1]?.key ?? ''))));
      if (claim >= 0) out.push(signalAt(n, inNote[claim].start, inNote[claim].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
    }
    // "Salgado, Ernesto (PACE ppt)": a participant of a care programme named by its acronym is one of its patients.
    if (!isAddress && out.length === 0) {
      for (let k = 1; k < tokens.length; k++) {
        if (tokens[k].key !== PARTICIPANT_MARK || tokens[k - 1].case !== 'upper' || tokens[k - 1].text.length < 3 || !/^\s$/.test(tokens[k].gap)) continue;
        out.push(signalAt(n, tokens[k - 1].start, tokens[k].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.person' }));
        break;
      }
    }
    // "STRIDE Trial Participants", "Riverbend PACE Participants": the participants of a clinical trial or a care
    // programme receive its treatment or its tests (PROGRAMME_MEMBER_LISTS).
    // A study's participants only after the study's code or acronym or with a health word before ("VT-3021 Study
    // Participants", "HF Remote Monitoring Study Participants"): "Time-Motion Study Participants", "EHR Usability Study
    // Participants" are staff and users.
    if (out.length === 0) {
      // "Enrolled participants" only after a study's code of letters hyphenated to a number that is no year ("TALON-2
      // Enrolled Participants"; "ACLS", "NRP-2025" are courses).
      const enrolledCode = (t: Token | undefined): boolean => t !== undefined && t.kind === 'number' && t.gap === '-' && !BARE_YEAR.test(t.text);
      // A programme's members only with a health word before ("Pharmacy Lock-in Programme Members"; "Wellness Program
      // Members" are the staff of a benefit).
      const opening = (k: number): boolean => {
        const key = tokens[k].key;
        if (key === 'enrolled') return enrolledCode(tokens[k - 1]);
        if (key === 'study') return studyCode(tokens[k - 1]);
        return key !== 'program' && key !== 'programme';
      };
      const members = PROGRAMME_MEMBERS.findAll(tokens).find((m) => opening(m.from) || terms.some((h) => h.to <= m.from));
      // One member ("(PACE participant)") marks a person; members name a list.
      if (members) out.push(signalAt(n, tokens[members.from].start, tokens[members.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: /s$/.test(tokens[members.to - 1].key) ? 'recipient.list' : 'recipient.person' }));
    }
    // "Recovery Alumni": a recovery programme's list reveals substance-use treatment ("Recovery Room" alone is a unit).
    const heads = HEADS.findAll(tokens);
    // "Travel Clinic Patients", "Eastside Clinic Patients": the patients of a clinic or a practice are patients,
    // whatever it treats (a bare "Patients" mailbox may be the organisation's own desk).
    if (!isAddress && out.length === 0) {
      const patientsOf = heads.find((m, x) => m.value === 'list' && PATIENT_PEOPLE.has(m.phrase) && x > 0 && heads[x - 1].value === 'service' && CLINIC_HEADS.has(heads[x - 1].phrase) && heads[x - 1].to === m.from);
      if (patientsOf) out.push(signalAt(n, tokens[patientsOf.from].start, tokens[patientsOf.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.list' }));
    }
    // "Scalp Cooling Pilot Patients", "Ridgeview SBHC Patients & Families": a display name that closes with the patients
    // (and their families) after words that name whose or which patients they are lists patients, whatever they
    // are treated for; not a desk for patients not yet in care ("New Patients", "International Patients") nor a
    // staff list ("Patients First Committee" does not close with them).
    if (!isAddress && out.length === 0) {
      const last = heads.filter((m) => m.value === 'list' && PATIENT_PEOPLE.has(m.phrase)).pop();
      const rest = last === undefined ? [] : tokens.slice(last.to);
      const families = (rest.length === 1 && rest[0].gap.includes('&')) || (rest.length === 2 && rest[0].key === 'and');
      // A part set apart after them only says which of the list ("Eastgate Patients - Somali", "Clinic Patients (Oct 2026)"):
      // a language, a month, a weekday, a season or a number.
      const qualifiedAfter = rest.length > 0 && rest.length <= 3 && (SEGMENT_BREAK.test(rest[0].gap) || /\(/.test(rest[0].gap)) && rest.every((t) => t.kind === 'number' || DATED.has(t.key) || LANGUAGES.has(t.key));
      const closes = last !== undefined && (rest.length === 0 || qualifiedAfter || (families && FAMILY_AFTER.has(rest[rest.length - 1].key)));
      // The head comes before "for", "to", "from" and, in the Romance languages, "de" ("Welcome Desk for Patients",
      // "Messages to Patients", "Transporte de Pacientes": desks); so does a service set apart before it ("Parking
      // Validation - Patients").
      const headFirst = last !== undefined && (HEAD_FIRST_LINKS.has(tokens[last.from - 1]?.key ?? '') || SEGMENT_BREAK.test(tokens[last.from].gap) || heads.some((m) => m.value === 'service' && m.to <= last.from));
      const qualified = last !== undefined && !headFirst && tokens.slice(0, last.from).some((t) => t.kind === 'word' && !DESK_QUALIFIERS.has(t.key));
      if (closes && qualified && !heads.some((m) => m.value === 'staff')) out.push(signalAt(n, tokens[last.from].start, tokens[last.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.list' }));
    }
    if (!heads.some((m) => m.value === 'list' && m.phrase !== 'recovery')) return out;
    // "chinle-patients@cedarline-dialysis.org": a list of patients at a provider whose name says what it
    // treats (facts/sender.ts) reveals that treatment, as the same words in the list's name would.
    const text = n.text;
    const at = text.lastIndexOf('@');
    // Only a list of people ("patients", "clients"): "groups@", "class@" may be the programme's own desk.
    if (isAddress && at >= 0 && isTreatmentProgrammeDomain(domainOf(text)) && heads.some((m) => m.value === 'list' && !AMBIGUOUS_LIST.has(m.phrase) && !PROGRAMME_DESK_HEADS.has(m.phrase))) {
      out.push(signalAt(n, at + 1, text.length, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.list' }));
    }
    for (const m of heads) {
      if (m.phrase !== 'recovery') continue;
      out.push(signalAt(n, tokens[m.from].start, tokens[m.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium', evidence: 'recipient.list' }));
    }
    return out;
  },
};
