import { healthTermsOf, personHealthOf } from '../facts/health';
import { ALNUM, Detector, DetectorMeta, FieldContext, Signal, bounded, keywordSource, signalAt, uniqueKeywords } from './detector';
import { toOriginal } from '../text/mapped-text';
import { isValidNpi } from '../check-rules/npi';
import { keywordLiterals, keywordOpenings, mayContain, mayOpenWith, wordStartsOf } from '../facts/word-starts';

/**
 * Keyword-anchored identifiers (Presidio's "pattern + context" shape, with the
 * context required): an MRN is any facility's 6-12 characters, so only a
 * keyword in front of it ("MRN", "Med Rec #", "chart #") makes the reading
 * likely. Runs on the folded text, where "M R N  6 3 5 1" is "MRN  6351".
 */
export interface KeywordIdentifierConfig {
  meta: Omit<DetectorMeta, 'role' | 'messages'> & { message: string };
  /** Keywords; a space inside stands for any run of space, dot, dash or underscore. */
  keywords: readonly string[];
  /** Keywords that need "#", "no", "number" or "id" before the value ("chart #", not "chart"). */
  keywordsNeedingMarker?: readonly string[];
  /**
   * Keywords that name an identifier only in a health-plan or care context ("claim #" or "claim" beside
   * "EOB" or "denied"; a roof repair's claim is not a patient's).
   */
  keywordsNeedingHealth?: readonly string[];
  /** Key under `policy.org.extraKeywords` for organisation keywords. */
  optionsKey: string;
  /**
   * Words right before the keyword that make the number another business's ("Customer acct 118-4402",
   * "vendor account"): the organisation's own account with a supplier, not a patient's.
   */
  notAfter?: readonly string[];
  /**
   * Words anywhere in the field that make the number another kind of membership's ("Dues arrears - member
   * no. 20417": a union's): no reading of this family there, unless the field speaks of care.
   */
  notInFieldWith?: RegExp;
  /** The field as written names a supplier, which makes the number the supplier's where the field has no health word and no lay title. */
  supplierField?: (original: string) => boolean;
  /** The keywords the supplier's reading applies to (the plain "acct"; never a patient's own "CSN"). */
  supplierKeywords?: readonly string[];
  minDigits?: number;
}
const LAY_TITLE = /(?:^|[^a-z])(?:mr|mrs|ms|miss)\.?\s/i;
/**
 * The field names a supplier (cfg.supplierField) and holds no care word and no lay title: a health word of a business's
 * name ("Quarry Surgical Supply") is a workplace's, no care.
 */
function supplierField(cfg: KeywordIdentifierConfig, ctx: FieldContext): boolean {
  return cfg.supplierField !== undefined && cfg.supplierField(ctx.text.original) && !personHealthOf(ctx).some((h) => !h.workplace) && !LAY_TITLE.test(ctx.text.normalized.text);
}

const VERSION_OR_DATE = /^(?:rev|ver)[ .-]?\d|^v\d{1,2}(?:\.\d{1,3})?$|^(?:19|20)\d\d-\d\d-\d\d$/i;
/** "Historia clínica 2023-2024", "encounters 2016-2022" (after a plural keyword): a span of years, not a number. */
export const YEAR_RANGE = /^(?:19|20)\d\d[-/](?:19|20)?\d\d$/;
/** A date as written, year first or last, with separators ("2019-06-02", "06/02/2019", "2019.06.02"). */
const WRITTEN_DATE = /^(?:(?:19|20)\d\d([-/._])\d\d?\1\d\d?|\d\d?([-/._])\d\d?\2(?:19|20)\d\d)$/;
// "claim_acct55120931": an account keyword glued to its number is the account's own reading, not a claim's value.
const OTHER_KEYWORD_PREFIX = /^(?:(?:ssn|sss|mrn|npi|dea|mbi|dob|ein|tin|itin|hicn)[ -]|acct\d)/i;
/**
 * "warranty claim - SN 7741-2290-03": a look-alike's label before the value says what it is (a serial, a lot, a PO); so
 * does a code system's ("visit CPT 99460/99461", "episode DRG 470"): a billing code, the same for every patient.
 */
const LOOKALIKE_PREFIX = /^(?:sn|s\/n|lot|rma|sku|cpt|drg|ndc)[ -]/i;
/** "visit 80053/80061": short numbers joined by slashes are a list of codes, not one identifier. */
const CODE_LIST = /^\d{3,5}(?:\/\d{3,5})+$/;

const NAMES_NPI = /(?:^|[^a-z])npi(?![a-z])/i;

/** A keyword that needs a marker ("visit #") still counts without one before a long number ("visit_20240318-0042"). */
const UNMARKED_MIN_DIGITS = 8;



// Between keyword and value: separators, then at most three filler words such as
// "no.", "n." (Italian, French), "number", "id", "card" ("member ID card 6221...", "Cartella clinica n. 2231907"), each bounded.
// A keyword in parentheses before its value ("환자번호(MRN) 7730215") closes with ")", one more separator.
// A filler or a marker word ends where a letter would go on: the "no" of "now" is none ("Plan now 77219").
// A scanned card's side too ("Medicaid_ID_card_front_WM2299104831").
const FILLER = String.raw`[\s#:=._)/-]{0,4}(?:(?:n\.|no|nos|num|nums|nbr|numbr|number|id|card|is|front|back)(?![a-z])\.?[\s#:=._-]{0,4}){0,3}[(\[]?`;
// The markers in the languages of US patients too: "nr" (Dutch, German, Polish, Romanian), "numero",
// "numer", "numara(sı)" (Turkish), "namba" (Swahili).
const FILLER_WITH_MARKER = String.raw`[\s:=._-]{0,4}(?:#|(?:no|nos|nr|num|nums|nbr|numbr|number|numero|numer|numaras?i?|namba(?:ri)?|id)(?![a-z])\.?)[\s#:=._-]{0,4}[(\[]?`;
// The value: an optional short letter prefix ("SDA", "sph ", "V", "CP25-"), a digit,
// then letters, digits and inner dashes. Each part is bounded, so this is linear.
const VALUE = String.raw`((?:[a-z]{1,4}[ -]?)?\d[0-9a-z]{0,19}(?:-[0-9a-z]{1,12}){0,3})`;

/**
 * The field speaks of care or a health plan: a payer word other than the claim itself ("EOB", "denied",
 * "copay"), a patient word, or a condition, test or medication. A procedure word alone is not enough:
 * "repair" is a roof's as often as a hernia's.
 */
const CARE_CONTEXT = new Set(['payer', 'patient', 'condition', 'test', 'medication', 'encounter']);
// The insurance line itself is no care either: "Workers comp policy WC 912-44-1187 certificate" is the employer's.
const CLAIM_WORDS = new Set(['claim', 'claims', 'claimant', 'workers comp', 'workers compensation', 'work comp']);
function inCareContext(ctx: FieldContext): boolean {
  return healthTermsOf(ctx).some((h) => CARE_CONTEXT.has(h.category) && !h.needsSupport && !CLAIM_WORDS.has(h.phrase) && !insideCode(ctx, h.from, h.to));
}
/** A word joined by dashes to a number is a piece of a code ("policy no. 4471-CP-09"), not a condition (CP). */
function insideCode(ctx: FieldContext, from: number, to: number): boolean {
  const t = ctx.tokens;
  return (t[from].gap === '-' && t[from - 1]?.kind === 'number') || (t[to]?.gap === '-' && t[to].kind === 'number');
}

/** A keyword list's expression and the tests that let a field skip it. */
interface KeywordGate {
  re: RegExp;
  openings: readonly string[] | undefined;
  literals: readonly (readonly string[])[] | undefined;
}

/** A US phone number as people write one: "555-0168", "(555) 555-0168", "555.555.0168". */
const PHONE_AS_WRITTEN = /^(?:\(?\d{3}\)?[\s.-]?)?\d{3}[.-]\d{4}$/;
/** A keyword in the plural names the desk that keeps the records ("medical records", "patient accounts"). */
const DESK_KEYWORD = /records|accounts/i;
/** Words of a phone or fax line. */
const PHONE_LINE_WORDS = /\b(?:fax|faxes|phone|tel|telephone|line|ext|pager|hotline|call|voicemail)\b/i;

export function keywordIdentifier(cfg: KeywordIdentifierConfig): Detector {
  const minDigits = cfg.minDigits ?? 5;
  const build = (extra: readonly string[]): RegExp => {
    // Duplicates (an organisation keyword the list already has) would make the alternation
    // ambiguous, and an ambiguous alternation under a repeat backtracks polynomially.
    const plain = uniqueKeywords([...cfg.keywords, ...extra]).map(keywordSource).join('|');
    const marked = (cfg.keywordsNeedingMarker ?? []).map(keywordSource).join('|');
    // Group 1 is set only by the marker-less reading of a marker-needing keyword; group 2 is the value.
    const alternatives = [`(?:${plain})${FILLER}`];
    if (marked) alternatives.push(`(?:${marked})${FILLER_WITH_MARKER}`, `(${marked})[\\s:=._-]{1,3}`);
    else alternatives.push('(?!)()');
    // Group 2 is set only by a keyword that needs a care context; group 3 is the value.
    const withHealth = (cfg.keywordsNeedingHealth ?? []).map(keywordSource).join('|');
    // With care words beside it, the keyword needs no marker either ("statement 44120093 - copay dispute").
    alternatives.push(withHealth ? `(${withHealth})(?:${FILLER_WITH_MARKER}|[\\s:=._-]{1,3})` : '(?!)()');
    // A value that opens with another identifier's keyword ("pt MRN 00482731", "sample SSN 078-05-1120") is not
    // taken: the match fails there, and the other keyword's own reading is found further on, by its detector.
    return new RegExp(`(?:${alternatives.join('|')})(?!${OTHER_KEYWORD_PREFIX.source.slice(1)})${VALUE}(?![0-9a-z])`, 'gi');
  };
  // Per keyword list: the expression, how the keywords open (a field where none can start needs no expression) and
  // the letters each must hold (a field that opens as one but holds none needs none either; facts/word-starts.ts).
  // Built once per organisation's list of extra keywords, not on every field.
  const gateOf = (extra: readonly string[]): KeywordGate => {
    const sources = [...cfg.keywords, ...extra, ...(cfg.keywordsNeedingMarker ?? []), ...(cfg.keywordsNeedingHealth ?? [])].map(keywordSource);
    return { re: build(extra), openings: keywordOpenings(sources), literals: keywordLiterals(sources) };
  };
  const defaultGate = gateOf([]);
  const gates = new WeakMap<readonly string[], KeywordGate>();
  const gateFor = (extra: readonly string[]): KeywordGate => {
    if (extra.length === 0) return defaultGate;
    let gate = gates.get(extra);
    if (gate === undefined) gates.set(extra, (gate = gateOf(extra)));
    return gate;
  };
  const notAfter = cfg.notAfter && cfg.notAfter.length > 0 ? new RegExp(`(?:^|[^a-z])(?:${cfg.notAfter.join('|')})[\\s_-]{1,2}$`, 'i') : undefined;
  const meta: DetectorMeta = {
    ...cfg.meta,
    role: 'identifier',
    messages: { found: cfg.meta.message },
    keywords: { keywords: cfg.keywords, keywordsNeedingMarker: cfg.keywordsNeedingMarker ?? [], keywordsNeedingHealth: cfg.keywordsNeedingHealth ?? [], optionsKey: cfg.optionsKey, minDigits },
  };
  return {
    meta,
    find(ctx: FieldContext): Signal[] {
      if (ctx.text.digits < minDigits || (cfg.notInFieldWith && cfg.notInFieldWith.test(ctx.text.folded.text) && !inCareContext(ctx))) return [];
      // Read on the first match of a supplier's keyword only: most fields with digits hold none.
      let supplier: boolean | undefined;
      const { re, openings, literals } = gateFor(ctx.options.extraKeywords[cfg.optionsKey] ?? []);
      if (!mayOpenWith(wordStartsOf(ctx, 'folded'), openings) || !mayContain(ctx, 'folded', literals)) return [];
      const t = ctx.text.folded;
      const out: Signal[] = [];
      for (const m of bounded(re, t.text, ALNUM, ALNUM)) {
        const value = m[3] ?? '';
        if (m[2] !== undefined && !inCareContext(ctx)) continue;
        const digits = value.replace(/\D/g, '').length;
        if (digits < minDigits || value.length > 24) continue;
        if (m[1] !== undefined && digits < UNMARKED_MIN_DIGITS) continue;
        // "policy_rev2024-11-04": a revision or a date stamp is not an identifier.
        if (LOOKALIKE_PREFIX.test(value) || VERSION_OR_DATE.test(value)) continue;
        if (notAfter && notAfter.test(t.text.slice(Math.max(0, m.index - 16), m.index))) continue;
        if ((cfg.supplierKeywords ?? []).some((k) => m[0].toLowerCase().startsWith(k)) && (supplier ??= supplierField(cfg, ctx))) continue;
        // "NPI for Dr. Quintero - credentialing w/ Northgate plan - 1457823096": after a weak keyword read without its
        // marker ("plan", "policy"), a number that passes the NPI check in a field that speaks of NPIs is the clinician's
        // NPI. Not after a strong keyword: "NPI mismatch - MRN 2004817732" is still a record number.
        if (m[1] !== undefined && NAMES_NPI.test(t.text) && isValidNpi(value)) continue;
        const start = m.index + m[0].length - value.length;
        // "Imm_record_2019-06-02.pdf": folding joined a date's separators; as written it is a date, not a number; so is a span
        // of years after a plural keyword ("encounters 2016-2022": the period counted).
        const written = toOriginal(t, start, start + value.length);
        // So is a version stamped with a date ("Policy_v2024-03-14.pdf", "Records_Policy_v2_2025-03-14.docx").
        const asWritten = ctx.text.original.slice(written.start, written.end);
        if (CODE_LIST.test(asWritten)) continue;
        if (WRITTEN_DATE.test(asWritten.replace(/^v(?:\d{1,2}[_ .-])?/i, '')) || (/^s\s/.test(asWritten) && YEAR_RANGE.test(asWritten.slice(2)))) continue;
        // "Medical records: 555-0168 is the new fax line": after a plural keyword (the desk: Medical Records, Patient Accounts) a
        // number written as a phone number, in a field that names a phone or fax line, is the line's, not a record's.
        if (DESK_KEYWORD.test(m[0]) && PHONE_AS_WRITTEN.test(asWritten.replace(/^[a-z]{1,4}[ -]?(?=\d)/i, '')) && PHONE_LINE_WORDS.test(ctx.text.original)) continue;
        out.push(signalAt(t, m.index, start + value.length, meta.id, 'identifier', 'found'));
      }
      return out;
    },
  };
}
