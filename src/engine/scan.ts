import { Coverage, DETECTORS, DetectorOptions, FieldContext, FieldKind, Signal } from './detectors';
import { literalSource } from './detectors/detector';
import { MASS_DISCLOSURE_META, exposedRecipients } from './detectors/mass-disclosure';
import { domainOf } from './detectors/domains';
import { lettersOf } from './text/chars';
import { Purchasing, purchasingOf, namesWorkProduct, namesDocument, citedAuthorsOf, firmWordsOf, institutionWordsOf, titledCliniciansOf, namesAnimal, namesAuthorsOf, ownerCueEndOf, simulationOf, ownerNamed, notForPatientsOf, staffAffairsOf, coversUnitOf, tiesHealthToSomeone, topicTokensOf, healthTermsOf } from './facts/health';
import { isTreatmentProgrammeDomain, isTreatmentProgrammeMailbox, isVeterinaryDomain, officeMailbox, isVeterinaryPractice, recruitingSender } from './facts/sender';
import { RecipientKind, RecipientPartFacts, addressSpellsName, keepsFor, recipientHealth, recipientKind, recipientPartFacts } from './detectors/recipient-health';
import { Policy } from './policy/schema';
import { compileOrgPattern } from './policy/safe-pattern';
import { allowedSignals } from './policy/allow';
import { prepareText } from './text/normalize';
import { Token, tokenize } from './text/tokenize';
import { nameLexicon } from './lexicon';
import { BEFELL_VERBS, REPLY_PREFIXES, STAFF_ROLE_TAGS } from './lexicon/context-words';
import { CLINICIAN_TITLES } from './lexicon/people-words';
import { NAME_LIKELY, nameLikeness } from './names/name-likeness';
import { Action, Field, Finding, Fix, Level, Message, Strength, Verdict, groupOf } from './types';
import { COMBINATION_ID, explain, placeholderFor } from './messages';
import { SplitFacts, findSplitIdentifiers, splitFacts } from './split-identifier';
import { NameableField, namedElsewhere } from './named-elsewhere';
import { everydayBesideName } from './everyday-beside-name';

/** "QC" set apart in a file name, or calibration: an instrument's quality control ("QA" is also a case review's). */
const QUALITY_CONTROL_FILE = /(?:^|[\s_.-])(?:qc|calibration)(?=$|[\s_.-])/i;

/** Per-policy work done once: compiled org patterns and detector options. */
const prepared = new WeakMap<Policy, DetectorOptions>();
function optionsFor(policy: Policy): DetectorOptions {
  let o = prepared.get(policy);
  if (!o) {
    o = {
      mrnFormats: policy.org.mrnFormats.map((f) => ({ name: f.name, regex: compileOrgPattern(f.pattern) })),
      extraKeywords: policy.org.extraKeywords,
      extraHealthTerms: policy.org.extraHealthTerms.map((t) => t.toLowerCase()),
      allowTerms: policy.org.allowTerms.map((t) => t.toLowerCase()),
      personalDomains: policy.org.personalDomains,
    };
    prepared.set(policy, o);
  }
  return o;
}

/** Runs every detector over one field value. Exported for the CLI and tests. */
export function analyzeField(value: string, kind: FieldKind, options: DetectorOptions): { ctx: FieldContext; signals: Signal[] } {
  const text = prepareText(value);
  const tokens = tokenize(text.normalized.text, { splitCamel: kind === 'attachment' || kind === 'emailAddress' });
  const ctx: FieldContext = { kind, text, tokens, options, memo: {} };
  const signals: Signal[] = [];
  for (const d of DETECTORS) for (const s of d.find(ctx)) signals.push(s);
  return { ctx, signals };
}

/**
 * Outlook re-reads the same recipients, file names and subject on every
 * compose event and again on Send; the analysis of a field value depends only
 * on the value, its kind and the policy, so recent results are kept (a small
 * LRU per policy). Only signals are cached: positions and rule ids, no text
 * beyond the key, which the caller already holds.
 */
const CACHE_GENERATION = 256;

/**
 * Two generations of Maps: lookups promote from the older one, and when the
 * young one is full it becomes the old one. Constant time per operation (a
 * FIFO Map that deletes from the front makes V8 skip holes on every eviction).
 */
class TwoGenerationCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  get(key: string): V | undefined {
    const y = this.young.get(key);
    if (y !== undefined) return y;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }
  set(key: string, value: V): void {
    if (this.young.size >= CACHE_GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

const fieldCache = new WeakMap<DetectorOptions, Record<FieldKind, TwoGenerationCache<FieldAnalysis>>>();

interface FieldAnalysis {
  signals: Signal[];
  /** Teaching material or a legal document (facts/health.ts namesAuthorsOf): names in it are authors or parties, not patients. */
  authored?: boolean;
  /** The field names a work product (facts/health.ts namesWorkProduct): a name in a credited place is its author. */
  workProduct?: boolean;
  /** The field speaks of a document, a policy or a piece of work (namesDocument): owners and edits are credited. */
  document?: boolean;
  /** A work product's field holds a reading ("trough 28"): one patient's, so no name there is credited by its place. */
  measured?: boolean;
  /** Authored material of simulation: a quoted lay-titled name is a manikin's or an actor's ("SimMan 'Mr. Okoro'"). */
  simulated?: boolean;
  /** Subject and file names: the field names an animal; and points at a pet's human (facts/health.ts). */
  animal?: boolean;
  /** The field names a pet's human: where its first owner cue ends (original offset); the human's health comes after it. */
  ownerAt?: number;
  /** An owner named in parentheses is an aside: where it closes; the health after it is the animal's again. */
  ownerUntil?: number;
  /** Display names and addresses: what the part says about the recipient's kind. */
  recipient?: RecipientPartFacts;
  topical: boolean;
  /** Subject and file names only: the field speaks of jobs or volunteers (facts/health.ts notForPatientsOf). */
  notForPatients?: boolean;
  /** Subject and file names only: the field speaks of staff affairs (facts/health.ts staffAffairsOf). */
  staff?: boolean;
  /** Subject and file names only: the field speaks of covering a unit or a service (facts/health.ts coversUnitOf). */
  coverage?: boolean;
  /** Subject and file names only: a pronoun or a verb of undergoing ties health to someone (facts/health.ts). */
  tied?: boolean;
  /** Subject and file names only: for identifiers split across fields (split-identifier.ts). */
  split?: SplitFacts;
  /** Subject and file names only: surnames cited as authors ("Kowalczyk et al."), as token keys. */
  authors?: string[];
  /** Subject and file names only: names after a clinician's title ("Dr. Aaron Whitley"), as "given surname" or "surname" keys. */
  clinicians?: string[];
  /** Subject and file names only: the words of a firm named for two people ("Garland & Pryce"), as token keys. */
  firms?: string[];
  /** Subjects only: words given as an institution's name ("Okwuosa Memorial"), as token keys (facts/health.ts institutionWordsOf). */
  institutions?: string[];
  /** Subject and file names only: a purchase, a product notice or an invoice (facts/health.ts purchasingOf). */
  purchasing?: Purchasing;
}

function analyzeCached(value: string, kind: FieldKind, options: DetectorOptions): FieldAnalysis {
  let caches = fieldCache.get(options);
  if (!caches) {
    caches = { subject: new TwoGenerationCache(), displayName: new TwoGenerationCache(), emailAddress: new TwoGenerationCache(), attachment: new TwoGenerationCache() };
    fieldCache.set(options, caches);
  }
  const cache = caches[kind];
  const hit = cache.get(value);
  if (hit) return hit;
  const { ctx, signals } = analyzeField(value, kind, options);
  // A topic word inside a test's name is the test's ("swallow study", "sleep study"), not a topic of the field; in a
  // class or a conference ("childbirth class", "care conference") it stays one.
  const topics = topicTokensOf(ctx);
  // A topic word inside a test's name ("stress test") or a longer therapy's ("gait training") is the term's, not a topic.
  const terms = topics === null ? [] : healthTermsOf(ctx).filter((h) => h.category === 'test' || (h.category === 'procedure' && h.to - h.from >= 2));
  const topical = topics !== null && topics.some((t, i) => t && !terms.some((h) => h.from <= i && i < h.to));
  const result: FieldAnalysis = { signals, topical };
  if (kind === 'subject' || kind === 'attachment') {
    result.split = splitFacts(ctx.text, options.extraKeywords);
    if (namesAuthorsOf(ctx, signals.filter((x) => x.detectorId === 'person-name' && x.strength === 'high'))) result.authored = true;
    if (result.authored && simulationOf(ctx)) result.simulated = true;
    if (namesWorkProduct(ctx)) result.workProduct = true;
    if (result.workProduct && healthTermsOf(ctx).some((h) => h.measured === true)) result.measured = true;
    if (result.workProduct || namesDocument(ctx)) result.document = true;
    const purchasing = purchasingOf(ctx);
    if (purchasing) result.purchasing = purchasing;
    const authors = citedAuthorsOf(ctx);
    if (authors.length > 0) result.authors = authors;
    const clinicians = titledCliniciansOf(ctx);
    if (clinicians.length > 0) result.clinicians = clinicians;
    const firms = firmWordsOf(ctx);
    if (firms.length > 0) result.firms = firms;
    const institutions = kind === 'subject' ? institutionWordsOf(ctx) : [];
    if (institutions.length > 0) result.institutions = institutions;
    if (namesAnimal(ctx)) result.animal = true;
    const ownerAt = ownerCueEndOf(ctx);
    if (ownerAt !== undefined && ownerNamed(ctx, signals.some((x) => x.detectorId === 'person-name' && x.strength === 'high'))) {
      result.ownerAt = ownerAt;
      // "Client-owned dog 'Rex' (owner Helen Brodie) - osteosarcoma trial": the parenthesis closes the aside.
      // Not when the human is spoken of again after it ("... (owner Ada Quill) - she was admitted").
      const open = value.lastIndexOf('(', ownerAt);
      const close = value.indexOf(')', ownerAt);
      const aside = open >= 0 && close > 0 && value.lastIndexOf(')', ownerAt) < open;
      if (aside && !/\b(?:owner|client|she|he|her|his|him)\b/i.test(value.slice(close))) result.ownerUntil = close;
    }
    if (notForPatientsOf(ctx)) result.notForPatients = true;
    if (staffAffairsOf(ctx)) result.staff = true;
    if (coversUnitOf(ctx)) result.coverage = true;
    if (tiesHealthToSomeone(ctx)) result.tied = true;
  }
  else result.recipient = recipientPartFacts(ctx);
  // Very long values (a pasted 100 KB subject) are not worth keeping.
  if (value.length <= 4096) cache.set(value, result);
  return result;
}

interface FieldRef {
  field: Field;
  index?: number;
  part?: 'displayName' | 'emailAddress';
  kind: FieldKind;
  value: string;
}

function fieldsOf(message: Message): FieldRef[] {
  const refs: FieldRef[] = [{ field: 'subject', kind: 'subject', value: message.subject ?? '' }];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    (message[field] ?? []).forEach((r, index) => {
      refs.push({ field, index, part: 'displayName', kind: 'displayName', value: r.displayName ?? '' });
      refs.push({ field, index, part: 'emailAddress', kind: 'emailAddress', value: r.emailAddress ?? '' });
    });
  }
  (message.attachments ?? []).forEach((a, index) => refs.push({ field: 'attachments', index, kind: 'attachment', value: a.name ?? '' }));
  return refs;
}

function fixFor(ref: FieldRef, detectorId: string): Fix {
  if (ref.field === 'subject') return { kind: 'replace-span', placeholder: placeholderFor(detectorId) };
  if (ref.field === 'attachments') return { kind: 'rename-attachment' };
  if (detectorId === MASS_DISCLOSURE_META.id) return { kind: 'move-to-bcc' };
  return ref.part === 'displayName' ? { kind: 'use-bare-address' } : { kind: 'remove-recipient' };
}

const RANK: Record<Level, number> = { off: 0, warn: 1, block: 2 };
const milder = (a: Level, b: Level): Level => (RANK[a] <= RANK[b] ? a : b);

/** The evidence pattern id of a signal. */
const evidenceOf = (s: Signal): string => s.evidence ?? `${s.detectorId}.${s.messageId}`;
/** Identity signals: high unless weak; identifiers: high unless the detector says otherwise. */
const strengthOf = (s: Signal): Strength => s.strength ?? (s.weak ? 'medium' : 'high');

interface FindingSpec {
  detectorId: string;
  /** The rule's or combination's level for this field group, before the strength cap. */
  level: Level;
  messageId: string;
  start: number;
  end: number;
  strength: Strength;
  evidence: string[];
  fix?: Fix;
}

/**
 * The one place findings are made: the level is the rule's, capped by the
 * policy's level for the strength of the evidence; undefined when that is off.
 */
function makeFinding(policy: Policy, ref: FieldRef, spec: FindingSpec): Finding | undefined {
  const group = groupOf(ref.field);
  const level = milder(spec.level, policy.strengthLevels[spec.strength][group]);
  if (level === 'off') return undefined;
  return {
    field: ref.field,
    ...(ref.index !== undefined ? { index: ref.index } : {}),
    ...(ref.part ? { part: ref.part } : {}),
    start: spec.start,
    end: spec.end,
    detectorId: spec.detectorId,
    action: level,
    messageId: spec.messageId,
    explanation: explain(ref.field, spec.detectorId, spec.messageId),
    strength: spec.strength,
    evidence: spec.evidence,
    fix: spec.fix ?? fixFor(ref, spec.detectorId),
  };
}

/** Name patterns where a title or a patient word marks the person ("Mrs. Delgado", "pt Harold Vance"). */
const MARKED_NAME = /^name\.(?:title|patient-word)/; // "title" takes in name.titled-initial too
const PATIENT_WORD_NAME = /^name\.patient-word/;
/**
 * "pt", "pts", "patient(s)" right before a name, whatever pattern found it ("pt Ferrante, Odile", "patients: Ivo
 * Lind"); so is a newborn's label before the family name ("Baby Girl Moyo", "BB Okafor", "Twin A Rahman").
 */
const PATIENT_WORD_BEFORE = /(?:^|[^A-Za-z])(?:pts?|[Pp]atients?|[Bb]aby[\s_](?:[Gg]irl|[Bb]oy)|BABY[\s_](?:GIRL|BOY)|BG|BB|[Tt]win[\s_][AB])[\s:.,-]*$/;
/** An actor's role, not a patient ("Simulated patient Odile Brann will portray..."). */
const PLAYED_PATIENT_BEFORE = /(?:simulated|standardi[sz]ed)\s+patients?[\s:.,-]*$/i;
/** A name's words, without those of one or two letters: initials or pieces of a split word ("Hb" of "HbA1c"). */
const nameWords = (name: string): Token[] => tokenize(name, { splitCamel: true }).filter((t) => t.kind === 'word' && t.key.length > 2);
/** Two name-like words side by side in a file name: a person's, as a full name is ("TEE_prelim_ALRASHID_YOUSEF.pdf"). */
const FILE_PAIRS = new Set(['name.likely-pair', 'name.caps-pair']);
/** Living donors: a transplant programme's patients while they are evaluated. */
const DONOR = /\bdonors?\b/i;
/** A possessive right after a name, the care words that can follow it, and what joins and closes them (ownCareAfter). */
const POSSESSIVE_AFTER = /^['\u2019]s\s+/;
const OWN_CARE_EVIDENCE = new Set(['health.condition', 'health.procedure', 'health.test', 'health.medication', 'health.encounter']);
const LOWER_WORD_AHEAD = /^[a-z]+\s+/;
const CARE_JOIN = /^\s*(?:[+&/,]|and)\s*$/;
const CLAUSE_ENDS = /^\s*(?:$|[,;:)\]?!\u2013\u2014]|-\s|\.[a-z0-9]{2,5}$)/i;
/** A title for anyone but a clinician, right before a name ("Mrs.", "Sra.", "Mme"). */
const LAY_TITLE_BEFORE = /(?:^|[^a-z])(?:mrs|mr|ms|miss|mx|sra|sr|mme)\.?[\s_-]*$/i;
/**
 * "Thank you Marisol (Endoscopy) for staying late", "FMLA paperwork for Karin (Radiology)": in a field
 * about staff affairs, a name tagged with a capitalised department in brackets is a colleague's, so
 * the field's health words are the work, not that person's health (a title or a patient word still
 * marks a patient; a pronoun ties health to someone: "after my knee replacement - Linda (Rehab)").
 */
const DEPARTMENT_TAG = /^\s?\([A-Z0-9][A-Za-z0-9&/.' -]{0,29}\)/;
/**
 * "Farewell card for Olena Kravchenko, pharmacist (inpatient)", "Olena Kravchenko, pharmacist on chemo infusion": in a
 * staff field, a job after a comma that closes the phrase (the end, a bracket, a comma or a dash after it) or goes on
 * with where it is done (on, in, at, for, with) is the name's. Not a doctor's title, which goes before a name, nor a
 * job with a care-state word after it ("Maria Kowalczyk, therapist aware, SI with plan" is a patient). The Latin-letter
 * jobs of CLINICIAN_TITLES only: the Greek and Armenian titles are doctors'.
 */
const DOCTOR_TITLES = new Set(['dr', 'drs', 'doctor', 'doctors', 'prof', 'professor', 'pr', 'dra', 'docteur']);
const JOB_AFTER_COMMA = new RegExp(
  `^\\s?,\\s?(?:(?:our|the|new|former|a|an)\\s){0,2}(?:${[...CLINICIAN_TITLES.filter((w) => !DOCTOR_TITLES.has(w) && /^[a-z ]+$/.test(w)), ...STAFF_ROLE_TAGS].map(literalSource).join('|')})(?=\\s?(?:$|[,()\\u2013\\u2014]|-\\s)|\\s(?:on|in|at|for|with)\\s)`,
  'i',
);
/** Words of a colleague away for their own care: "Tenzin (pharmacy) out for chemo starting Monday". */
const AWAY = /\b(?:out (?:for|sick|after|until|on)\b|out\s?[-\u2013\u2014]|on leave\b|off (?:sick|work)\b|recovering\b|sick\b)/i;
/**
 * "Pyxis discrepancy - hydromorphone 2mg, Rafael (pharm) reviewing", "Ines (infection prev) tracking": a name
 * tagged in brackets with a staff role, the whole bracket, is a colleague's in any field, unless the field names a
 * condition or a procedure, ties health to someone or has them away (a colleague's own: "Annika (pharmacy) -
 * surgery date set"). Not abbreviations with a clinical sense ("(rt knee)", "(HR 140s)", "(IP)"), nor a role with
 * more words ("(interpreter needed)", "(charge nurse aware)"); a unit alone ("Lopez (ICU)") may be where a patient
 * lies: only DEPARTMENT_TAG, in staff fields.
 */
const ROLE_TAG = new RegExp(`^\\s?\\((?:${STAFF_ROLE_TAGS.map(literalSource).join('|')})\\)`, 'i');
/** "Please complete the resident eval for Tomas Reyes (GI elective)": a trainee's rotation in brackets after the name, in a staff field. */
const ROTATION_TAG = /^\s?\([a-z][a-z -]{1,30}\s(?:elective|rotation|block|selective)\)/i;
/** A letter of a script other than Latin. */
const NON_LATIN = /[^\u0020-\u024f\u1e00-\u1eff]/;
/** A verb of giving or using, then "for", "to", "in" or "on", right before a name: who a product, a dose or a lot went to. */
const RECEIVER_BEFORE = /(?:used|given|dispensed|administered|implanted|prescribed|issued)\s(?:for|to|in|on)\s$/i;
/** A verb of giving right after a dose written after a name ("Tomasz Wrona Tdap given 10/2 - lot 5512B"): he received it. */
const GIVEN_AFTER = /^\s?(?:given|administered|dispensed|received|rec'?d)(?![a-z])/i;
/** "for" right before a name: the product's receiver only with that person's care after the name. */
const FOR_BEFORE = /(?:^|[^a-z])for\s$/i;
/**
 * A name credited with a piece of work is its author, owner or reviewer, not a patient, in any field but an animal's
 * (where an owner is the pet's human). After a document's "by" ("pharmacy notice by J. Oyelaran", "tip sheet by
 * Sunita"), and after a safety catch's or a save's ("great save by Maria": the one who caught the error); in a field
 * about a document, a policy or a piece of work (facts/health.ts namesDocument) also after an owner's, an author's or
 * an editor's word ("Policy NUR-114 rev 3 - owner K. Haddad", "written by", Russian "ред.") and before the edits it
 * made ("Eleni's edits", "sepsis pathway - Nwachukwu revisions"). A lay title or a patient word still makes a patient.
 * Not a bare "by" ("msg left by Ada Quill re: biopsy"), nor an owner, a writer, comments or a version where no document
 * is named ("Restaurant owner Harold Vance - hepatitis A", "Complaint written by Harold Vance re his ER visit", "Harold
 * Vance's comments about his colonoscopy").
 */
const CREDITED_BY_BEFORE = /(?:^|[^a-z])(?:notice|memo|sheet|tipsheet|draft|summary|slides|deck|flyer|handout|newsletter|proposal|analysis|catch|save) by[\s:]{1,2}$/i;
/**
 * A quoted title right before "by", in a field about a book, a talk or a paper, is its author's ("Book club - 'Fever
 * Season' by Amara Oduya"); a quoted message is a patient's words ("Portal msg "still bleeding" by Harold Vance").
 */
const QUOTED_TITLE_BY = /['"\u2018\u201c][^'"\u2018\u201c\u2019\u201d]{2,80}['"\u2019\u201d] by\s{1,2}$/;
const WORK_OF_AUTHORS = /\b(?:book|books|club|jc|journal|article|paper|talk|lecture|reading|novel|memoir|chapter|essay|poem|podcast|keynote|webinar|author|authors)\b/i;
const CREDITED_ROLE_BEFORE = /(?:^|[^a-z])(?:owner|owners|author|authors|(?:written|drafted|edited|revised|updated|prepared|compiled|authored|presented) by|ред\.|автор)[\s:]{1,2}$/i;
const CREDITED_AFTER = /^(?:(?:'s|\u2019s)\s(?:edits?|revisions?|redlines?|mapping|algorithm|slides|deck|template|rewrite)|\s(?:edits|revisions|redlines))(?![a-z])/i;
/**
 * Two authors joined by "&" or "and" before a comma and a quoted title, in a field about a paper or a talk (WORK_OF_AUTHORS:
 * "JC tonight - Haddad & Lindgren, 'Early anticoagulation after AF stroke'"), not two patients.
 */
const AUTHOR_PAIR_AFTER = /^\s(?:&|and)\s[A-Z][\w'\u2019-]+,\s?['"\u2018\u201c]/;
const AUTHOR_PAIR_BEFORE = /(?:^|[\s(,:-])[A-Z][a-z'\u2019-]+\s(?:&|and)\s$/;
const QUOTED_TITLE_AFTER = /^,\s?['"\u2018\u201c]/;
/**
 * In a field about a paper or a talk (WORK_OF_AUTHORS), a lone surname with the year of its paper after it, the year
 * closing the phrase ("Journal club swap: Oyelaran 2022 (vedolizumab)", "Okoro et al. 2021;") or alone in brackets
 * after a quoted title ("JC article - 'Purpura in adults' (Brennholt)") cites the author. Not a year a case goes on
 * from ("Talk prep: Harold Vance 2019 stroke").
 */
const CITED_YEAR_AFTER = /^(?:\set al\.?)?,?\s(?:19|20)\d\d(?:\s?[();,]|\s[-\u2013\u2014]\s|\s?$)/;
const QUOTED_TITLE_BRACKET = /['"\u2019\u201d]\s?\(\s?$/;
/**
 * A file name that opens with a surname glued to a year and goes on with a topic (a condition, a drug) is a reference
 * manager's name for a paper ("Oyelaran2022_colitis_vedolizumab.pdf"): a paper is about a condition; a patient's file
 * carries a date, not a bare year ("Delgado2024_MRI_brain.pdf", a test and a site, stays a patient's).
 */
const GLUED_YEAR_AFTER = /^(?:19|20)\d\d[_ -][a-z]/i;
/** The same with the year set apart ("Chen_2024_HbA1c_meta-analysis.pdf"): only beside a word of a publication. */
const SPACED_YEAR_AFTER = /^[_ -](?:19|20)\d\d[_ -][a-z]/i;
/**
 * A cohort study or a randomised trial is a paper's design too ("Oduya-2021-statins-in-COPD-cohort.pdf"), unless the
 * file is one participant's form or record in it ("Delgado_2021_COPD_cohort_consent.pdf", "..._RCT_SAE_report.pdf").
 */
const PUBLICATION_IN_FILE = /(?:^|[^a-z])(?:meta|systematic|guideline|consensus|abstract|cohort|rct)(?:[^a-z]|$)|lit(?:erature)?[_ -]review/i;
const PARTICIPANT_FORM_IN_FILE = /(?:^|[^a-z])(?:consents?|screening|enrol(?:l?ment)?|eligibility|visit|withdrawal|intake|results|labs|sae|adverse|hospitali[sz]ation|discharge)(?:[^a-z]|$)/i;
/**
 * Surnames in a list closed by "et al." are a paper's authors, whatever the field ("Citation check: Lindqvist, Mbeki,
 * Rao, et al. (2019) - asthma"); names with given names are not ("Positive: Rosa Delgado, Ana Ruiz, et al." lists
 * patients).
 */
const surnamesOnly = (name: string): boolean => name.split(/[\s,]+/).filter(Boolean).every((w) => !nameLexicon().given.has(w.toLowerCase()));
const ET_AL_AFTER = /^(?:,\s?[A-Z][\w'\u2019-]+(?:\s[A-Z]{1,2}\.?)?){0,8},?\s+et\.?\s?al\b/;
/** A file name writes "et al." glued or with underscores ("Okafor_etal_sepsis_draft3.docx"). */
const ET_AL_IN_FILE = /^[_\s-]et[_\s-]?al(?![a-z])/i;
/** Edits that close the subject credit their author wherever they stand ("CHF teaching sheet - Priya Iyer's edits"). */
const CLOSING_EDITS = /^(?:'s|\u2019s)?\s(?:edits|revisions|redlines)\s?[.!)]?\s*$/i;
/** A work product's word (WORK_PRODUCT_WORDS' heads) after a possessive in the same phrase. */
const WORK_PRODUCT_AFTER = /\b(?:order ?sets?|smart ?phrases?|smart ?lists?|smart ?texts?|dot ?phrases?|tip ?sheets?|sops?|standard work|guidelines?|algorithms?|allocation framework|aims page)\b/i;
/**
 * In a field about a work product (an order set, a smart phrase, an SOP), a name in a credited place is its author:
 * with a possessive ("Kim's insulin drip order set"), in brackets ("standard work - triage (Rashida)", "(Iyer/Haddad)"),
 * closing the subject after a dash ("SmartText for stroke NIHSS - Mensah/Tanaka"), before "lab" ("Sato lab PCR SOP"),
 * right after a smart phrase (".OBTRIAGE - Ngozi wants..."), or in a file name right after the work product
 * ("CIWA_OS_tipsheet_Sunita_I.pdf"). Elsewhere a name in the same field stays a patient's: "Harold Vance INR 4.5 -
 * hold warfarin per guideline", "Ada Quill admitted for DKA - insulin order set started".
 */
function creditedInWorkProduct(value: string, start: number, end: number, file: boolean, measured: boolean): boolean {
  const before = value.slice(Math.max(0, start - 24), start);
  const after = value.slice(end, end + 40);
  // A possessive with the work product after it in the same phrase ("Kim's insulin drip order set draft"), not
  // "Harold Vance's labs - sepsis order set".
  // Or with its update closing the subject ("guideline: hyperkalemia mgmt - Kofi Asante's update").
  if (/^(?:'s|\u2019s)(?![a-z])/i.test(after)) return WORK_PRODUCT_AFTER.test(after.split(/\s[-\u2013\u2014:]\s|[:;]/)[0]) || /^(?:'s|\u2019s)\supdate\s?[.!)]?\s*$/i.test(value.slice(end));
  // A lone surname before a research lab ("Sato lab PCR SOP"), not a patient's lab draw ("Vance lab cancelled").
  if (!/\s/.test(value.slice(start, end)) && /^[\s_]lab(?![a-z])(?![\s_]+(?:results?|values?|work|draws?|drawn|orders?|cancell?ed|pending|today|tomorrow)(?![a-z]))/i.test(after)) return true;
  // A reading in the field ("trough 28", "A1c 11.2") is one patient's: no bracket or closing name is the author then.
  if (measured) return false;
  // Staff are credited by one name ("(Rashida)", "- Mensah/Tanaka"); a full name in brackets or closing the subject
  // is a patient's as often ("Vanco MUE - trough 28 (Harold Vance)", "Sepsis fallout - Ada Quill").
  if (/\s/.test(value.slice(start, end))) return false;
  if (/[(/]\s?$/.test(before) && /^\s?[)/]/.test(after)) return true;
  // In a file name, right after the work product and closing the name ("CIWA_OS_tipsheet_Sunita_I.pdf").
  if (file) return /(?:^|[_\s.-])(?:tipsheets?|tip[_\s-]sheets?|sops?|ordersets?|order[_\s-]sets?|smartphrases?|dotphrases?|guidelines?|algorithms?)[_\s.-]+$/i.test(before) && /^(?:[_\s.-][A-Z]{1,2})?(?:[_\s.-]v?\d{1,3})?\.[a-z0-9]{2,5}$/i.test(value.slice(end));
  if (/\.[A-Z][A-Z0-9]{3,}\s?[-\u2013\u2014:]\s?$/.test(before)) return true;
  const closes = /^(?:\s?\/\s?[A-Z][\w'-]*)?\s?[.!?)]?\s*$/.test(value.slice(end));
  return closes && (/\s[-\u2013\u2014]\s?$/.test(before) || /\s[-\u2013\u2014]\s?[A-Z][\w'-]*\s?\/\s?$/.test(before));
}

/**
 * The name holds a given name: a word the lexicon knows as one ("Jennings_Harold"), or, in a name of two
 * words or more, a word no list holds that the name model finds likely a name ("NguyenTran_Hamza").
 * A lone or glued surname ("OkaforBrandt") holds none.
 */
function holdsGivenName(name: string): boolean {
  const lex = nameLexicon();
  const words = tokenize(name).filter((t) => t.kind === 'word');
  return words.some((t) => lex.given.has(t.key) || lex.ambiguous.has(t.key) || (words.length > 1 && !lex.surname.has(t.key) && !lex.common.has(t.key) && nameLikeness(t.key) >= NAME_LIKELY));
}

/**
 * The sender's own name, as their mailbox spells it ("Minji Oh" from minji.oh@, moh@ or oh.minji@):
 * someone writing about their own conference, leave or credential discloses no patient's health.
 */
function isSendersName(name: string, sender: string): boolean {
  const at = sender.lastIndexOf('@');
  if (at <= 0) return false;
  const local = lettersOf(sender.slice(0, at)).toLowerCase();
  const words = name.split(/\s+/).map((w) => lettersOf(w).toLowerCase()).filter((w) => w.length > 0);
  if (words.length < 2 || local.length < 3) return false;
  const first = words[0];
  const last = words[words.length - 1];
  return local === words.join('') || local === first[0] + last || local === last + first;
}

/**
 * "Teague_Cycle_Fill_Schedule.pdf" from deliveries@teaguerx.com: a surname that, with a trade's word glued after it,
 * is the sender's own domain names the sender's business, not a person in its mail. Not a name with a given name
 * ("Janet Sutter biopsy" from sutterhealth.org is a patient), nor a titled one or one after a patient word ("Mrs.
 * Gaines' shoes" from gainesmedsupply.com, "Pt Castillo A1c").
 */
// Also a school district's, a school's or a practice's kind ("birchfieldusd.org", "fellsideacademy.org", "alderpeds.com"):
// "Immunization compliance - Birchfield MS" from birchfieldusd.org names the sender's own schools.
const TRADE_SUFFIX = /^(?:rx|pharmacy|pharma|health|healthcare|med|medical|supply|supplies|labs?|clinic|ortho|imaging|group|inc|co|care|homecare|dme|medsupply|surgical|dental|c?usd|isd|schools?|academy|district|k12|peds|pediatrics|clinics|physicians|familymedicine)$/;
function isSendersBusiness(name: string, sender: string): boolean {
  const at = sender.lastIndexOf('@');
  if (at <= 0) return false;
  const label = sender.slice(at + 1).toLowerCase().split('.')[0];
  const lex = nameLexicon();
  const keys = name.split(/[\s_]+/).map((w) => lettersOf(w).toLowerCase());
  // A given name anywhere makes it a person ("Janet Sutter biopsy" from sutterhealth.org).
  if (keys.some((k) => lex.given.has(k) || lex.ambiguous.has(k))) return false;
  return keys.some((key) => key.length >= 4 && label.startsWith(key) && TRADE_SUFFIX.test(label.slice(key.length)));
}

/**
 * "Ifeoma - pt in LDR 6 wants epidural" to "Dr. Ifeoma Nwachukwu": one word opening the subject (after any reply
 * prefixes) and set apart by a dash, a colon or a comma, that is the given name of a To or Cc recipient titled as a
 * doctor, addresses that clinician about someone else. Not when the subject speaks to them of their own
 * ("Rafael - your MRI results"): a clinician may be the patient.
 */
const REPLY_PREFIX = new RegExp(`^(?:${REPLY_PREFIXES.map(literalSource).join('|')})\\s?:`, 'i');
const OPENING_WORD = /^[^\s:,\u2013\u2014-]+/;
const SET_APART_AFTER = /^\s?[-\u2013\u2014:,]\s/;
/** The subject's first word after any reply prefixes, and where it starts, when a dash, a colon or a comma sets it apart. */
function openingWordSetApart(subject: string): { word: string; index: number } | undefined {
  let at = 0;
  for (;;) {
    while (at < subject.length && /\s/.test(subject[at])) at++;
    const prefix = REPLY_PREFIX.exec(subject.slice(at, at + 4));
    if (prefix === null) break;
    at += prefix[0].length;
  }
  const word = OPENING_WORD.exec(subject.slice(at));
  if (word === null || !SET_APART_AFTER.test(subject.slice(at + word[0].length, at + word[0].length + 3))) return undefined;
  return { word: word[0], index: at };
}
// Not a count of units glued to its number ("2u ordered").
const SECOND_PERSON = /(?:^|[^a-z0-9])(?:you|your|yours|ur|u)(?:[^a-z]|$)/i;
function isAddressee(name: string, start: number, subject: string, message: Message): boolean {
  const opening = openingWordSetApart(subject);
  if (opening === undefined || opening.word !== name || opening.index !== start || SECOND_PERSON.test(subject)) return false;
  const key = lettersOf(name).toLowerCase();
  // A given name typed in lower case ("sarah - K 6.1 in 12, pls recheck") is how a colleague is hailed: any recipient's
  // given name; in Title Case only a doctor's, hailed by the given name.
  const hailed = name === name.toLowerCase();
  return [...(message.to ?? []), ...(message.cc ?? [])].some((r) => {
    const words = (r.displayName ?? '').split(/\s+/).filter((w) => w.length > 0);
    if (hailed && words.length >= 2 && lettersOf(words[0]).toLowerCase() === key) return true;
    return words.length >= 3 && DOCTOR_TITLES.has(words[0].replace(/\.$/, '').toLowerCase()) && lettersOf(words[1]).toLowerCase() === key;
  });
}

/**
 * Scans a message being composed. Deterministic and linear in the size of
 * the message. Findings carry positions into the original field strings and
 * rule ids, never a copy of the text.
 */
export function scanMessage(message: Message, policy: Policy): Verdict {
  const options = optionsFor(policy);
  const findings: Finding[] = [];
  let messageHasHealth = false;
  // Health that is not only work's: colleagues named at work count among the exposed only then.
  let messageHasCare = false;
  // Mail from a jobs, volunteer or giving mailbox goes to candidates, volunteers and donors.
  let notForPatients = recruitingSender(message.senderAddress ?? '');
  const senderDomain = domainOf(message.senderAddress ?? '');
  // For identities and health context that sit in different unencrypted fields (below).
  const loneIdentities: { ref: FieldRef; signals: Signal[] }[] = [];
  const loneHealth: FieldRef[] = [];
  // Subject and file names with their split-identifier facts, gathered as each is analysed.
  const splitRefs: FieldRef[] = [];
  const splitFields: SplitFacts[] = [];
  // Subjects and file names with health words about a person but no name of their own (named-elsewhere.ts).
  const nameable: NameableField<FieldRef>[] = [];

  const refs = fieldsOf(message).filter((ref) => ref.value.length > 0);
  const analyses = refs.map((ref) => analyzeCached(ref.value, ref.kind, options));
  const kinds = recipientKinds(refs, analyses);
  // Veterinary mail (spec: animals are not patients under HIPAA): a veterinary sender, mail to veterinary practices
  // only, by a name that says so (a colleague writing to their pet's vet; "vets" alone may be veterans), or an animal
  // named in the subject or a file name. Health words then meet a name only as a condition or medication of a human
  // the message points at ("Owner Ifeoma Chukwu is pregnant").
  const practices = [...message.to, ...message.cc];
  const toVets = message.to.length > 0 && practices.every((r) => isVeterinaryPractice(r.displayName, domainOf(r.emailAddress)));
  const veterinary = isVeterinaryDomain(senderDomain) || toVets || analyses.some((a) => a.animal === true);
  // The human is named once ("client Harlan Voss ..." in the subject) and the file goes with it, when
  // the field that names the human gives the human's own health after the cue ("owner Harlan Voss is
  // pregnant"); "Duke (lymphoma), owner Mrs. Petrova" gives only the animal's.
  const human = analyses.some((a, i) => a.ownerAt !== undefined && personHealth(afterOwner(a.signals, a), refs[i].kind, 'human') !== undefined);
  // An author cited in one field ("Kowalczyk et al.") is the author in every field ("Kowalczyk_2024_GBS.pdf").
  // So are the capitalised words of a field about authored material ("Draft manuscript: Tanaka, Oduro &
  // Villeneuve" and "Tanaka_Oduro_Villeneuve_HbA1c_draft.docx").
  // So are the words of a firm named for two people in another field ("Garland & Pryce plan for review").
  const cited = new Set<string>();
  analyses.forEach((a, i) => {
    for (const k of a.authors ?? []) cited.add(k);
    for (const k of a.firms ?? []) cited.add(k);
    if (a.authored !== true) return;
    // Not a surname the field marks as a patient's with a lay title ("LP results for Mrs. Fontaine - for case
    // presentation" and "Fontaine_CSF_results.pdf": the case is hers).
    const value = refs[i].value;
    for (const t of tokenize(value)) if (t.kind === 'word' && t.case !== 'lower' && !LAY_TITLE_BEFORE.test(value.slice(Math.max(0, t.start - 6), t.start))) cited.add(t.key);
  });
  // A name another field gives as an organisation's ("Okwuosa Memorial Cancer Center") is that organisation in a file name
  // ("Okwuosa_Wayfinding_RadOnc_v4.pdf"), unless a title or a patient word marks a person there.
  const organisations = new Set<string>();
  analyses.forEach((a) => {
    for (const k of a.institutions ?? []) organisations.add(k);
  });
  // A clinician named with a title in one field is the clinician in the others: a name there that ends in
  // the same surname ("DR3_Glide_Whitley_clinical_input.pptx" beside "Dr. Aaron Whitley") is not a patient.
  // Only in another field, and only where the given names agree: "Referral from Dr. Priya Patel" and
  // "Ravi_Patel_MRI_brain.pdf" are two people.
  const clinicians = new Map<string, { given: string; at: number }[]>();
  analyses.forEach((a, at) => {
    for (const entry of a.clinicians ?? []) {
      const parts = entry.split(' ');
      const surname = parts[parts.length - 1];
      clinicians.set(surname, [...(clinicians.get(surname) ?? []), { given: parts.length > 1 ? parts[0] : '', at }]);
    }
  });
  const isTitledClinician = (name: string, at: number): boolean => {
    const words = nameWords(name);
    if (words.length === 0) return false;
    // A first word that is not name-like ("Glide_Castellanos", a product) does not tell two people apart.
    const lex = nameLexicon();
    const first = words[0].key;
    const given = words.length > 1 && (lex.given.has(first) || lex.other.has(first) || (!lex.common.has(first) && nameLikeness(first) >= 0)) ? first : '';
    return (clinicians.get(words[words.length - 1].key) ?? []).some((c) => c.at !== at && (given === '' || c.given === '' || c.given === given));
  };
  const isCited = (name: string): boolean => {
    const words = nameWords(name);
    return words.length > 0 && words.every((t) => cited.has(t.key));
  };

  refs.forEach((ref, at) => {
    const { signals: all, topical, split, authored, simulated } = analyses[at];
    // A recipient's health words count only for a person, a patient or a list of patients, each by its own rule.
    const key = `${ref.field}:${ref.index}`;
    // "Tariq Hadid <thadid@...>": an address that spells the display name holds no health word ("tha" + "did").
    const kind = ref.part === 'emailAddress' && kinds.spelled.has(key) ? 'mailbox' : kinds.get(key);
    const group = groupOf(ref.field);
    const signals = allowedSignals(policy.org.allow, ref.value, group, kind === undefined ? all : recipientSignals(all, kind));
    if (split) {
      splitRefs.push(ref);
      splitFields.push(split);
    }
    const local: Finding[] = [];
    const add = (f: Finding | undefined): void => {
      if (f) local.push(f);
    };

    for (const s of signals) {
      if (s.role !== 'identifier') continue;
      add(makeFinding(policy, ref, { detectorId: s.detectorId, level: policy.rules[s.detectorId]?.[group] ?? 'off', messageId: s.messageId, start: s.start, end: s.end, strength: strengthOf(s), evidence: [evidenceOf(s)] }));
    }

    // In veterinary mail a name may be a pet's: names meet only a human's health; an address or a phone
    // is still a person's.
    const health = personHealth(signals, ref.kind, 'no', false, ref.value);
    const nameHealth = veterinary ? personHealth(afterOwner(signals, analyses[at]), ref.kind, human ? 'human' : 'animal') : health;
    const hasHealth = health !== undefined;
    // Mass disclosure asks whether the message is about care at all: health words count there even when
    // they name a programme or a place, unless the field speaks of jobs, volunteers or donors.
    if (ref.kind === 'subject' || ref.kind === 'attachment') {
      if (analyses[at].notForPatients) notForPatients = true;
      // Everyday-sense words ("seating chart") do not make a message about care; units and specialties do.
      // Nor does a building named for a specialty ("Oncology Pavilion garage closure"): it says where, not what care;
      // nor a profession's week or a unit's party ("Lab Week potluck sign-up", "Dialysis unit holiday party"): it celebrates
      // the staff.
      if (signals.some((s) => s.role === 'health' && s.needsSupport !== 'everyday' && !namesPlaceOrStaffWeek(s, ref.value))) messageHasHealth = true;
      // Two of them together read as care, as they do beside a name ("retest in 6 weeks - window period").
      if (signals.filter((s) => s.role === 'health' && s.needsSupport === 'everyday').length >= 2) messageHasHealth = true;
      if (!authored && signals.some((s) => s.role === 'health' && s.needsSupport !== 'everyday' && !s.workplace)) messageHasCare = true;
    }
    // In a purchase or a product notice a name is a supplier's, unless a title or a patient word marks a
    // person; in an invoice, unless it also holds a given name (a bill for a patient's care).
    const purchasing = analyses[at].purchasing;
    // A file named for an order and a full name with a given name is one person's ("Glucagon_order_Okafor_Dana.pdf"), as
    // an invoice's is; a subject's order names its supplier ("Order 4471 - Lindqvist Orthopedic").
    const supplierName = (name: string): boolean => (purchasing === 'order' && !(ref.kind === 'attachment' && holdsGivenName(name))) || (purchasing === 'invoice' && !holdsGivenName(name));
    const staffField = analyses[at].staff === true && analyses[at].tied !== true;
    // A condition or a procedure may be a colleague's own ("Annika (HR) - surgery date set"); tests and drugs are the
    // work. Asked only of a name with a role tag after it (ROLE_TAG).
    const colleagueOwnCare = (): boolean => analyses[at].tied === true || AWAY.test(ref.value) || signals.some((s) => s.role === 'health' && (s.evidence === 'health.condition' || s.evidence === 'health.procedure') && !s.workplace);
    const layTitled = (s: Signal): boolean => LAY_TITLE_BEFORE.test(ref.value.slice(Math.max(0, s.start - 6), s.start));
    // In simulation material a character's name is quoted with its title or patient word ("manikin 'Mr. Okoro'",
    // "peds manikin 'Baby Hal'").
    const quotedCharacter = (s: Signal): boolean => simulated === true && QUOTED_CHARACTER.test(ref.value.slice(Math.max(0, s.start - 10), s.start));
    const patientWordBefore = (s: Signal): boolean => {
      const before = ref.value.slice(Math.max(0, s.start - 24), s.start);
      return !PLAYED_PATIENT_BEFORE.test(before) && (PATIENT_WORD_NAME.test(s.evidence ?? '') || PATIENT_WORD_BEFORE.test(before));
    };
    // A department in brackets after a name, not a condition there ("FMLA - Ruth Castellanos (Crohn's flare)").
    const departmentTagged = (n: Signal, after: string): boolean => {
      const tag = DEPARTMENT_TAG.exec(after);
      return tag !== null && !signals.some((s) => s.role === 'health' && s.evidence === 'health.condition' && s.start >= n.end && s.end <= n.end + tag[0].length);
    };
    // In mail about an animal an owner is the pet's human, whose own health may be named (OWNER_CUES).
    const animalMail = veterinary || analyses[at].animal === true;
    // Teaching material and legal documents name their authors and parties; but a name whose possessive is followed by
    // care that closes its clause names whose care the paper is about ("lien for Tomas Ruiz's PT + MRI", "re Ana Bell's
    // shoulder surgery"); an author's possessive goes on to the work ("Kim's sepsis slides").
    const ownCareAfter = (s: Signal): boolean => {
      const possessive = POSSESSIVE_AFTER.exec(ref.value.slice(s.end, s.end + 3));
      if (possessive === null) return false;
      const care = (from: number, to: number): Signal | undefined => signals.find((h) => h.role === 'health' && OWN_CARE_EVIDENCE.has(h.evidence ?? '') && !h.workplace && h.start >= from && h.start <= to);
      const careFrom = s.end + possessive[0].length;
      // One lower-case word may stand before the term ("shoulder").
      let h = care(careFrom, careFrom + (LOWER_WORD_AHEAD.exec(ref.value.slice(careFrom))?.[0].length ?? 0));
      // "PT + MRI", "labs and x-rays": care joined to care goes on to the last.
      for (let next = h && care(h.end + 1, h.end + 6); h !== undefined && next !== undefined && CARE_JOIN.test(ref.value.slice(h.end, next.start)); next = care(h.end + 1, h.end + 6)) h = next;
      // The care closes its clause (or the file name): "Ana Bell's MRI study design" goes on to the work.
      return h !== undefined && CLAUSE_ENDS.test(ref.value.slice(h.end));
    };
    // Asked only when a name has a quoted title or a co-author beside it, once per field.
    let workOfAuthors: boolean | undefined;
    const judgePerson = (n: Signal): boolean => {
      const name = ref.value.slice(n.start, n.end);
      if (isSendersName(name, message.senderAddress ?? '') || (isSendersBusiness(name, message.senderAddress ?? '') && !layTitled(n) && !patientWordBefore(n)) || (ref.kind === 'subject' && isAddressee(name, n.start, ref.value, message)) || (isCited(name) && !layTitled(n) && !ownCareAfter(n) && !(patientWordBefore(n) && !quotedCharacter(n)))) return false;
      if (isTitledClinician(name, at) && !layTitled(n) && n.evidence !== 'name.clinician-own-health' && !MARKED_NAME.test(n.evidence ?? '')) return false;
      if (ref.kind === 'attachment' && organisations.size > 0 && organisations.has(nameWords(name)[0]?.key ?? '') && !layTitled(n) && !patientWordBefore(n) && !MARKED_NAME.test(n.evidence ?? '')) return false;
      if (MARKED_NAME.test(n.evidence ?? '')) return true;
      const after = ref.value.slice(n.end);
      const before16 = ref.value.slice(Math.max(0, n.start - 16), n.start);
      const { document, workProduct, measured } = analyses[at];
      const credited =
        CREDITED_BY_BEFORE.test(before16) || CLOSING_EDITS.test(after) || ((ET_AL_AFTER.test(after) || (ref.kind === 'attachment' && ET_AL_IN_FILE.test(after))) && surnamesOnly(name)) || ((QUOTED_TITLE_BY.test(ref.value.slice(Math.max(0, n.start - 90), n.start)) || AUTHOR_PAIR_AFTER.test(after) || (AUTHOR_PAIR_BEFORE.test(before16) && QUOTED_TITLE_AFTER.test(after)) || (CITED_YEAR_AFTER.test(after) && !/\s/.test(name)) || (QUOTED_TITLE_BRACKET.test(before16) && /^\s?\)/.test(after))) && (workOfAuthors ??= WORK_OF_AUTHORS.test(ref.value))) || (ref.kind === 'attachment' && n.start === 0 && ((GLUED_YEAR_AFTER.test(after) && signals.some((s) => s.role === 'health' && s.evidence === 'health.condition')) || (SPACED_YEAR_AFTER.test(after) && !/\s|_/.test(name) && PUBLICATION_IN_FILE.test(after) && !PARTICIPANT_FORM_IN_FILE.test(after)))) || (document === true && (CREDITED_ROLE_BEFORE.test(before16) || CREDITED_AFTER.test(after))) || (workProduct === true && creditedInWorkProduct(ref.value, n.start, n.end, ref.kind === 'attachment', measured === true));
      if (credited && !layTitled(n) && !patientWordBefore(n) && !animalMail) return false;
      // A name with a given name right after a verb of giving or using and "for" or "to" is who the product went to
      // ("lots 3345, 3346 used for Ana Ruiz - reaction"), not its supplier ("PO 5530 syringes for Henry Schein").
      // So is one after "for" with a condition or a procedure of the person after it ("PO 4471 - brace for Ana Ruiz, L4-5
      // fusion"), and one a dose follows, then a verb of giving ("Tomasz Wrona Tdap given 10/2 - lot 5512B"): a supplier
      // is not given. Asked only of a name the field's purchase or invoice would make a supplier's.
      const receivedIt = (): boolean => {
        const forCare = FOR_BEFORE.test(before16) && signals.some((h) => h.role === 'health' && h.start >= n.end && (h.category === 'condition' || h.category === 'procedure') && !h.workplace && h.needsSupport === undefined);
        if ((RECEIVER_BEFORE.test(before16) || forCare) && holdsGivenName(name)) return true;
        return signals.some((h) => h.role === 'health' && h.category === 'medication' && h.start >= n.end && h.start <= n.end + 3 && GIVEN_AFTER.test(ref.value.slice(h.end)));
      };
      return !(supplierName(name) && !receivedIt()) && !(staffField && (departmentTagged(n, after) || ((JOB_AFTER_COMMA.test(after) || ROTATION_TAG.test(after)) && !colleagueOwnCare()))) && !(ROLE_TAG.test(after) && !colleagueOwnCare());
    };
    // Asked of a name up to three times in a field (pairing with health, the lone identities, the names another field may
    // carry): judged once.
    const judged = new Map<Signal, boolean>();
    const personNamed = (n: Signal): boolean => {
      let v = judged.get(n);
      if (v === undefined) judged.set(n, (v = judgePerson(n)));
      return v;
    };
    // Teaching material and legal documents name their authors and parties, not patients; but an author is
    // not written "Mrs.": "Handouts for Mrs. Beatriz Quill (new AFib dx)" are for a patient.
    // In simulation material a manikin's or an actor's name is quoted ("manikin 'Mr. Okoro'"); a titled name
    // that is not is a real patient's ("Mrs. Delgado biopsy results - sim lab booking conflict").
    // Nor is an author marked by a patient word: "case conf slides - pt Ines Dury, lupus nephritis" names a patient.
    const patientTitled = (s: Signal): boolean => (layTitled(s) || patientWordBefore(s) || ownCareAfter(s)) && !quotedCharacter(s);
    if (health && (!authored || signals.some((s) => s.detectorId === 'person-name' && patientTitled(s)))) {
      const level = policy.combinations.identityWithHealth[group];
      const names = signals.filter((s) => s.detectorId === 'person-name' && (!authored || patientTitled(s)));
      const others = authored ? [] : signals.filter((s) => s.detectorId !== 'person-name');
      const named = names.filter(personNamed);
      const found = nameHealth ? identitiesWithHealth(named, nameHealth, topical, signals, ref.value) : [];
      for (const c of [...found, ...identitiesWithHealth(others, health, topical, signals)]) add(makeFinding(policy, ref, { detectorId: COMBINATION_ID, level, ...c }));
    }
    // Clinical shorthand with an everyday sense right beside a full name, in a subject about no one's work, is that
    // person's (medium: everyday-beside-name.ts).
    if (!health && ref.kind === 'subject' && !authored && !topical && !veterinary && !analyses[at].staff && !analyses[at].notForPatients && !analyses[at].workProduct && !analyses[at].document && !analyses[at].purchasing) {
      const beside = everydayBesideName(signals, ref.value, personNamed);
      const everyday = beside && personHealth(beside.words, ref.kind, 'no', true);
      if (beside && everyday) for (const c of identitiesWithHealth(beside.names, everyday, topical, signals, ref.value)) add(makeFinding(policy, ref, { detectorId: COMBINATION_ID, level: policy.combinations.identityWithHealth[group], ...c, strength: 'medium' }));
    }
    if (ref.kind === 'subject' || ref.kind === 'attachment') {
      const strongIdentities = signals.filter((s) => s.role === 'identity' && !s.weak && (s.detectorId !== 'person-name' || personNamed(s)));
      // A field that speaks of work ("Mateo Quispe - mammography tech cross-training") names a colleague.
      const speaksOfWork = signals.some((s) => s.role === 'health' && s.workplace);
      // A field about jobs, volunteers, donors or authored material pairs with nothing in another field.
      const aside = analyses[at].notForPatients === true || authored === true;
      // A file of an instrument's quality control ("QC_AbernathyLind_XN9.pdf") charts the instrument, whoever a chart is
      // named for: it pairs with no other field's health, and lends none to another field's name ("Lab QC results.pdf").
      const qualityControl = ref.kind === 'attachment' && QUALITY_CONTROL_FILE.test(ref.value);
      if (!hasHealth && !speaksOfWork && !aside && !qualityControl && strongIdentities.length > 0 && local.length === 0) loneIdentities.push({ ref, signals: strongIdentities });
      // A field whose health is already a named person's ("Bimala - C-section POD2") is health for the other
      // fields too: a file named for a person in that message discloses as much as beside a nameless subject.
      // In veterinary mail a field's health is the animal's, unless a human's own is named (above).
      if (hasHealth && !topical && !aside && !qualityControl && !(veterinary && !human) && (!signals.some((s) => s.role === 'identity') || local.some((f) => f.detectorId === COMBINATION_ID))) loneHealth.push(ref);
      const healthBesideName = veterinary || topical || aside || local.length > 0 ? undefined : personHealth(signals, ref.kind, 'no', true);
      // The field's own names that it judged not a patient's (a colleague, an author, the sender) keep that judgement; a name
      // it found but could not pair with enough health ("Okafor_complaint_derm.msg") may be the patient named elsewhere.
      if (healthBesideName) nameable.push({ ref, value: ref.value, subject: ref.kind === 'subject', health: healthBesideName, healthSpans: all.filter((s) => s.role === 'health'), names: all.filter((s) => s.detectorId === 'person-name' && (s.role !== 'identity' || !personNamed(s))) });
    }
    for (const f of dedupe(local, ref.value.length)) findings.push(f);
  });

  // "Consent for MRN" with "00451782.pdf" attached: the identifier split across two fields (medium).
  for (const sp of findSplitIdentifiers(splitFields)) {
    const ref = splitRefs[sp.field];
    if (findings.some((f) => f.field === ref.field && f.index === ref.index && f.start < sp.end && sp.start < f.end)) continue;
    const f = makeFinding(policy, ref, { detectorId: sp.rule, level: policy.rules[sp.rule]?.[groupOf(ref.field)] ?? 'off', messageId: 'split', start: sp.start, end: sp.end, strength: 'medium', evidence: [`${sp.rule}.split`] });
    if (f) findings.push(f);
  }

  // "Ada Quill" in the subject and "CT_chest_report.pdf" as the file: each field alone is
  // clean, together they disclose (medium: the link between the two fields is inferred).
  for (const lone of loneIdentities) {
    if (!loneHealth.some((h) => h !== lone.ref)) continue;
    const s = lone.signals[0];
    const f = makeFinding(policy, lone.ref, { detectorId: COMBINATION_ID, level: policy.combinations.identityWithHealth[groupOf(lone.ref.field)], messageId: 'split', start: s.start, end: s.end, strength: 'medium', evidence: [evidenceOf(s), 'health.other-field'] });
    if (f) findings.push(f);
  }

  // "Rosario Quillagua, s/p PCI" in the subject and "Cath_report_Quillagua.pdf": the patient's name recurs.
  const patients = findings.filter((f) => f.detectorId === COMBINATION_ID && (f.field === 'subject' || f.field === 'attachments') && f.evidence[0].startsWith('name.') && !f.evidence.includes('health.other-field'));
  const patientRefs = patients.map((f) => refs.find((r) => r.field === f.field && r.index === f.index && (r.kind === 'subject' || r.kind === 'attachment')) as FieldRef);
  const recurring = namedElsewhere(
    patients.map((f, k) => ({ ref: patientRefs[k], value: patientRefs[k].value, start: f.start, end: f.end, strong: f.strength === 'high' })),
    nameable,
  );
  for (const n of recurring) {
    const f = makeFinding(policy, n.ref, { detectorId: COMBINATION_ID, level: policy.combinations.identityWithHealth[groupOf(n.ref.field)], messageId: 'split', start: n.start, end: n.end, strength: 'medium', evidence: ['name.named-elsewhere', ...n.health] });
    if (f) findings.push(f);
  }

  const exposed = exposedRecipients(message, {
    internalDomains: policy.org.internalDomains,
    baaDomains: policy.org.baaDomains,
    personalDomains: policy.org.personalDomains,
    threshold: policy.org.massDisclosureThreshold,
    colleagues: messageHasCare,
  });
  // A treatment programme's mail to several personal addresses discloses its patients whatever the
  // subject ("Thursday group moved to 6pm" from a behavioural-health provider), unless it is staff business.
  // Not from an office of the provider ("hr@", "payroll@": the staff's business).
  const programmeMail = (isTreatmentProgrammeDomain(senderDomain) || isTreatmentProgrammeMailbox(message.senderAddress ?? '')) && !officeMailbox(message.senderAddress ?? '') && !analyses.some((a) => a.staff === true);
  // A veterinary practice's clients are the animals' owners: its mail is about their pets' care, unless a
  // human's own health is named. The sender says so, not an animal word ("vaccines due" is a child's too).
  const veterinaryClients = isVeterinaryDomain(senderDomain) && !human;
  // Donors and volunteers are not patients, unless the message speaks of living donors' own care ("your donor
  // evaluation (CT + crossmatch)"): then each learns the others are being worked up. Volunteers' and
  // candidates' own screening is employee health, not a patient's care.
  const ownCare = analyses.some((a, i) => a.tied === true && (refs[i].kind === 'subject' || refs[i].kind === 'attachment') && DONOR.test(refs[i].value) && a.signals.some((x) => x.role === 'health' && !x.workplace && x.needsSupport === undefined));
  // Covering a unit or a service is a shift's business: its addressees are the staff on it ("Thanks Mike for covering
  // the ICU this weekend" to colleagues' own addresses).
  const coverage = analyses.some((a) => a.coverage === true);
  if ((messageHasHealth || programmeMail) && (!notForPatients || ownCare) && !coverage && !veterinaryClients) {
    for (const e of exposed) {
      const address = message[e.field][e.index].emailAddress;
      const ref: FieldRef = { field: e.field, index: e.index, part: 'emailAddress', kind: 'emailAddress', value: address };
      const f = makeFinding(policy, ref, { detectorId: MASS_DISCLOSURE_META.id, level: policy.combinations.massDisclosure, messageId: 'found', start: 0, end: address.length, strength: 'medium', evidence: ['mass-disclosure.personal-addresses'], fix: { kind: 'move-to-bcc' } });
      if (f) findings.push(f);
    }
  }

  const worst = findings.reduce<Level>((acc, f) => (RANK[f.action] > RANK[acc] ? f.action : acc), 'off');
  const action: Action = worst === 'off' ? 'allow' : worst;
  return { action, findings };
}

/**
 * A recipient part's signals: health words kept only where they fit the
 * recipient's kind, and reported as one span from the first to the last
 * ("dialysis pt"), one finding per part.
 */
function recipientSignals(all: readonly Signal[], kind: RecipientKind): Signal[] {
  const out: Signal[] = [];
  let merged: Signal | undefined;
  for (const s of all) {
    if (s.detectorId !== recipientHealth.meta.id) out.push(s);
    else if (!keepsFor(kind, s.evidence)) continue;
    else if (!merged) out.push((merged = { ...s, evidence: `recipient.${kind}` }));
    else {
      merged.start = Math.min(merged.start, s.start);
      merged.end = Math.max(merged.end, s.end);
    }
  }
  return out;
}

/** A building word right after a health word: the building's name ("Oncology Pavilion", "Cardiac Tower"). */
const BUILDING_AFTER = /^[\s_-]{1,2}(?:pavilion|tower|building|wing|garage|parking|lobby|entrance)s?\b/i;
/**
 * A unit's, a team's or its staff's party ("Dialysis unit holiday party RSVP", "Cath lab team potluck", "ICU nurses
 * BBQ"): the staff's, not the patients' (a support group's potluck is its members').
 */
const STAFF_PARTY_AFTER = /^[\s_-]{1,2}(?:(?:lab|unit|team|staff|dept|department|nurses|nursing|techs|crew)[\s_-]{1,2}){1,2}(?:holiday[\s_-])?(?:party|parties|potluck|luncheon|picnic|happy hour|bbq|cookout|social)\b/i;
/**
 * A profession's week of recognition, capitalised and unnumbered ("Lab Week", "Pharmacy Week"; not "rehab week 2"),
 * maybe with the profession's own word before it ("Emergency Nurses Week", "Dialysis Tech Week", "Lab Professionals
 * Week"). Group 1: that word.
 */
const STAFF_WEEK_AFTER = /^[\s_-]{1,2}(?:([Nn]urses?|[Nn]ursing|[Tt]echs?|[Tt]echnicians?|[Tt]echnologists?|[Pp]rofessionals?|[Ss]taff|[Tt]herapists?)[\s_-]{1,2})?Week(?![a-z])(?![\s_-]*\d)/;
/** Care given to patients: a week named for it alone is theirs ("Stroke Week: survivors' walk", "Dialysis Week: your new chair times"). */
const CARE_CATEGORIES = new Set(['condition', 'procedure', 'medication']);
/**
 * A health word that says where the staff work or what they celebrate, not anyone's care: a building named for it, a
 * unit's or a team's party, or its week, a unit's or a specialty's, or a profession's named beside any kind of care
 * ("Dialysis Tech Week").
 */
const namesPlaceOrStaffWeek = (s: Signal, value: string): boolean => {
  const after = value.slice(s.end);
  if (s.workplace === true && (BUILDING_AFTER.test(after) || STAFF_PARTY_AFTER.test(after))) return true;
  const week = STAFF_WEEK_AFTER.exec(after);
  return week !== null && (week[1] !== undefined ? s.category !== 'condition' : !CARE_CATEGORIES.has(s.category ?? ''));
};

/** In veterinary mail, the health words after the owner cue, where the field has one (facts/health.ts ownerCueEndOf). */
function afterOwner(signals: readonly Signal[], analysis: FieldAnalysis): readonly Signal[] {
  const { ownerAt, ownerUntil = Infinity } = analysis;
  return ownerAt === undefined ? signals : signals.filter((s) => s.role !== 'health' || (s.start >= ownerAt && s.start < ownerUntil));
}

/** A quote, then a lay title, right before a name: "'Mr. Okoro'". */
/** An opening quote, then at most a title or a patient word, right before a name. */
const QUOTED_CHARACTER = /['"\u2018\u201c]\s?(?:[a-z]{1,8}\.?\s)?$/i;

interface FieldHealth {
  /** Where the health words end first and start last: an identity needs health outside its own span. */
  firstEnd: number;
  lastStart: number;
  evidence: string[];
  /** Every word counted needed support and had only another such word beside it: at most medium strength. */
  paired?: boolean;
}

/**
 * The field's health signals that are information about a person, or
 * undefined: workplaces never count; everyday-sense words and units only
 * beside initials, a marked or an old date of birth or (in a file name) a full name or a surname
 * with its initials ("C.N. 12.03.62 - fall on 3W",
 * "Holloway_JeanPierre_treatment_letter.pdf", "Papadakis_K_blood_results.pdf"; a
 * recent date does not: "Physical transactions as of 11/29/00" is a trade);
 * in veterinary mail (`vet`), only a human's condition or medication where the
 * field points at a human, and nothing where it does not.
 */
function personHealth(signals: readonly Signal[], kind: FieldKind, vet: 'no' | 'human' | 'animal', named = false, value?: string): FieldHealth | undefined {
  const supported = named || signals.some((s) => (s.detectorId === 'dob' && s.role === 'identifier') || (s.role === 'identity' && (s.messageId === 'initials' || s.evidence === 'dob.probable-old' || (kind === 'attachment' && (strengthOf(s) === 'high' || s.evidence === 'name.surname-initial' || FILE_PAIRS.has(s.evidence ?? ''))))));
  const atWork = signals.some((s) => s.role === 'health' && s.workplace);
  let firstEnd = Infinity;
  let lastStart = -Infinity;
  const evidence: string[] = [];
  let onlyPaired = true;
  for (const s of signals) {
    // A word that needs support and has none counts only beside another such word (scriptPairSupports).
    const unsupported = s.needsSupport !== undefined && !supported;
    if (s.role !== 'health' || s.workplace || (unsupported && !(s.needsSupport === 'everyday' && !atWork && value !== undefined && scriptPairSupports(s, signals, value)))) continue;
    if (vet === 'animal' || (vet === 'human' && s.category !== 'condition' && s.category !== 'medication')) continue;
    onlyPaired = onlyPaired && unsupported;
    firstEnd = Math.min(firstEnd, s.end);
    lastStart = Math.max(lastStart, s.start);
    const id = evidenceOf(s);
    if (evidence.indexOf(id) < 0) evidence.push(id);
  }
  return firstEnd === Infinity ? undefined : onlyPaired ? { firstEnd, lastStart, evidence, paired: true } : { firstEnd, lastStart, evidence };
}

/**
 * In a script other than Latin, two words that need support right beside each other support each other: a result and
 * its test ("نتيجة فحص", "αποτελέσματα εξετάσεων"), where English pairs of the same kind are as often work ("exam
 * results", "follow up visit"). Not a payer's word (the caller leaves out a field that names work), and only where
 * the pair stands alone: a word right beside it that no signal reads qualifies it ("результат анализа рынка", a
 * market's analysis; "차량 검사 결과", a vehicle's inspection), unless it is a title before the name that follows
 * ("نتائج تحليل السيد خوري").
 */
function scriptPairSupports(s: Signal, signals: readonly Signal[], value: string): boolean {
  const script = (x: Signal): boolean => NON_LATIN.test(value.slice(x.start, x.end));
  const covered = (at: number): boolean => signals.some((x) => x.start <= at && at < x.end);
  const bare = (from: number, to: number): boolean => {
    const after = /^ +(?=[^\s\-\u2013\u2014:,;()|.!?\d])/.exec(value.slice(to));
    let gap = from;
    while (gap > 0 && value[gap - 1] === ' ') gap--;
    const wordBefore = gap < from && gap > 0 && !/[\s\-\u2013\u2014:,;()|.!?\d]/.test(value[gap - 1]);
    const at = after === null ? -1 : to + after[0].length;
    const nameSoon = at >= 0 && signals.some((x) => x.role === 'identity' && x.start >= at && x.start <= at + 12);
    return (after === null || covered(at) || nameSoon) && (!wordBefore || covered(gap - 1));
  };
  if (s.category === 'payer' || !script(s)) return false;
  return signals.some((o) => {
    if (o === s || o.role !== 'health' || o.needsSupport !== 'everyday' || o.workplace || o.category === 'payer' || !script(o)) return false;
    const [a, b] = o.start > s.end ? [s, o] : [o, s];
    return b.start > a.end && b.start - a.end <= 1 && bare(a.start, b.end);
  });
}

/**
 * Identities with health information elsewhere in the same field. Initials
 * are a person only with a birth date (spec item 2: "Pt R.T. - wound check" is
 * clean, "A.Q. 12.03.62 - fall on 3W" is not, and then as strong as a full
 * name); topic words cancel a weak name.
 */
function identitiesWithHealth(signals: readonly Signal[], health: FieldHealth, topical: boolean, field: readonly Signal[], value = ''): Omit<FindingSpec, 'detectorId' | 'level'>[] {
  const birthDate = field.some((s) => s.role === 'identity' && s.messageId === 'probable');
  const out: Omit<FindingSpec, 'detectorId' | 'level'>[] = [];
  for (const s of signals) {
    if (s.role !== 'identity') continue;
    const initials = s.messageId === 'initials';
    if (initials && !birthDate) continue;
    if (s.weak && topical && !initials && !befell(value, s.end)) continue;
    if (health.firstEnd > s.start && health.lastStart < s.end) continue;
    out.push({
      messageId: s.detectorId === 'person-name' ? s.messageId : s.detectorId,
      start: s.start,
      end: s.end,
      strength: initials ? 'high' : health.paired === true ? 'medium' : strengthOf(s),
      evidence: [evidenceOf(s), ...(initials ? ['dob.probable'] : []), ...health.evidence],
    });
  }
  return out;
}

const BEFELL = new Set(BEFELL_VERBS);
/** The word right after a name is a verb of what befell its person ("Janet admitted", "Mike fell"): BEFELL_VERBS. */
function befell(value: string, end: number): boolean {
  const m = /^\s+([a-z]+)/.exec(value.slice(end, end + 20));
  return m !== null && BEFELL.has(m[1]);
}

/** Each recipient's kind, from its display name and address read together. */
function recipientKinds(refs: readonly FieldRef[], analyses: readonly FieldAnalysis[]): Map<string, RecipientKind> & { spelled: Set<string> } {
  const parts = new Map<string, { display?: RecipientPartFacts; address?: RecipientPartFacts }>();
  refs.forEach((ref, at) => {
    const facts = analyses[at].recipient;
    if (!facts) return;
    const key = `${ref.field}:${ref.index}`;
    const entry = parts.get(key) ?? {};
    if (ref.part === 'displayName') entry.display = facts;
    else entry.address = facts;
    parts.set(key, entry);
  });
  const kinds = Object.assign(new Map<string, RecipientKind>(), { spelled: new Set<string>() });
  for (const [key, p] of parts) {
    kinds.set(key, recipientKind(p.display, p.address));
    if (addressSpellsName(p.display, p.address)) kinds.spelled.add(key);
  }
  return kinds;
}

const ORDER = new Map<string, number>(DETECTORS.map((d, i) => [d.meta.id, i]));
ORDER.set(COMBINATION_ID, DETECTORS.length);

/** Overlapping findings in one field value: keep the more severe, then the earlier-listed detector. */
function dedupe(list: Finding[], length: number): Finding[] {
  if (list.length < 2) return list;
  const order = (id: string): number => ORDER.get(id) ?? DETECTORS.length + 1;
  const sorted = [...list].sort((a, b) => RANK[b.action] - RANK[a.action] || order(a.detectorId) - order(b.detectorId) || a.start - b.start);
  const taken = new Coverage(length);
  const kept = sorted.filter((f) => taken.claim(f.start, f.end));
  return kept.sort((a, b) => a.start - b.start);
}

