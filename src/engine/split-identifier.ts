import { holdsLiterals, keywordLiterals } from './facts/word-starts';
import { ALNUM, bounded, keywordSource, labelledNumber, uniqueKeywords } from './detectors/detector';
import { DETECTORS_BY_ID } from './detectors';
import { toOriginal } from './text/mapped-text';
import type { PreparedText } from './text/normalize';

/**
 * An identifier split across fields: the keyword in the subject ("Consent for
 * MRN", "SSN below") and the bare number as an attachment name
 * ("00451782.pdf"), or the other way round. Neither field says it alone.
 * Returns, per keyword family, the rule id to report under.
 */
/** The identifier families that split: their keywords come from each detector's keyword family (and the organisation's extra keywords). */
const SPLIT_RULES = ['mrn', 'ssn', 'member-id'];
const MARKER = '(?:\\s*(?:#|no\\.?|number|id))';

interface Dangling {
  rule: string;
  re: RegExp;
  /** The letters each of its keywords must hold: a field without them needs no expression (facts/word-starts.ts). */
  literals: readonly (readonly string[])[] | undefined;
}
function danglingRegexes(extra: Readonly<Record<string, readonly string[]>>): Dangling[] {
  const out: Dangling[] = [];
  for (const rule of SPLIT_RULES) {
    const family = DETECTORS_BY_ID.get(rule)?.meta.keywords;
    if (!family) continue;
    const plainKeywords = uniqueKeywords([...family.keywords, ...(extra[family.optionsKey] ?? [])]).map(keywordSource);
    const markedKeywords = uniqueKeywords(family.keywordsNeedingMarker).map(keywordSource);
    const plain = plainKeywords.join('|');
    const marked = markedKeywords.join('|');
    const source = marked ? `(?:${plain})${MARKER}?|(?:${marked})${MARKER}` : `(?:${plain})${MARKER}?`;
    out.push({ rule, re: new RegExp(source, 'gi'), literals: keywordLiterals([...plainKeywords, ...markedKeywords]) });
  }
  return out;
}
const DEFAULT_DANGLING = danglingRegexes({});
/** The last organisation's regexes, by its extra keywords. */
let orgDangling: { extra: Readonly<Record<string, readonly string[]>>; list: Dangling[] } | undefined;
function danglingFor(extra: Readonly<Record<string, readonly string[]>>): Dangling[] {
  if (!SPLIT_RULES.some((r) => (extra[DETECTORS_BY_ID.get(r)?.meta.keywords?.optionsKey ?? r] ?? []).length > 0)) return DEFAULT_DANGLING;
  if (orgDangling?.extra !== extra) orgDangling = { extra, list: danglingRegexes(extra) };
  return orgDangling.list;
}
/** Words after an identifier's keyword that make it part of an organisation's or a team's name. */
const NAMES_AN_ORGANISATION = /^[\s_-]{1,2}(?:mco|hmo|ppo|plans?|services|office|portal|department|dept|agency|managed care|advantage|team|unit|line|relations|outreach)\b/i;
/** A bare identifier-length number: 6 to 12 digits, nothing else but separators around. */
const BARE_NUMBER = /\d{6,12}/g;

/** The rule ids whose keyword stands in this text without a number after it. */
export function danglingKeywords(text: PreparedText, extra: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const t = text.folded.text;
  const out: string[] = [];
  let lowered: string | undefined;
  for (const { rule, re, literals } of danglingFor(extra)) {
    if (!holdsLiterals((lowered ??= t.toLowerCase()), literals)) continue;
    for (const m of bounded(re, t, ALNUM, ALNUM)) {
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "Harbor Medicaid MCO", "Member Services": a keyword before an organisation's word names a payer or a team.
      if (NAMES_AN_ORGANISATION.test(after)) continue;
      // Followed by a number: the field's own detectors judge it.
      if (!/^[\s#:=._-]{0,4}\d/.test(after)) {
        out.push(rule);
        break;
      }
    }
  }
  return out;
}

/**
 * A number that says what it is is not bare (detector.ts labelledNumber), nor is a phone number, a time range
 * ("0200-0400"), a year and month or a date ("MAC_Minutes_2024-10.docx", "20250611"), or the end of a
 * lettered code ("MJIM-D-24-01290", see endsCode).
 */
const YEAR_MONTH_DAY = /^(?:19|20)\d\d[-_. ]?(?:0[1-9]|1[0-2])(?:[-_. ]?(?:0[1-9]|[12]\d|3[01]))?$/;
/** Written as a telephone number ("555-0119", "(612) 555-0119"): a phone, not a record's number. */
const PHONE_SHAPED = /^(?:\(?\d{3}\)?[-. ]?)?\d{3}[-.]\d{4}$/;
const TIME_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d\s?[-\u2013]\s?(?:[01]\d|2[0-3])[0-5]\d$/;
/**
 * Two or more short letter groups joined by dashes right before the number (at `at`, in the folded
 * text, where "MJIM-D-24-01290" reads "mjim-d-2401290"): it ends a code such as a manuscript's id. One
 * prefix alone ("TGH-77120984") is a facility's record number and stays bare. Read backwards, one
 * character at a time.
 */
function endsCode(text: string, at: number): boolean {
  let k = at - 1;
  let groups = 0;
  while (k >= 0 && text[k] === '-') {
    let letters = 0;
    while (k - 1 - letters >= 0 && /[a-z]/i.test(text[k - 1 - letters])) letters++;
    if (letters < 1 || letters > 4) return false;
    groups++;
    k -= 1 + letters;
  }
  return groups >= 2 && (k < 0 || !/[0-9a-z]/i.test(text[k]));
}

/** Spans (in the original string) of bare 6-12 digit numbers, e.g. a file named "00451782.pdf". */
export function bareNumbers(text: PreparedText): { start: number; end: number }[] {
  const n = text.folded;
  const out: { start: number; end: number }[] = [];
  for (const m of bounded(BARE_NUMBER, n.text, ALNUM, ALNUM)) {
    const span = toOriginal(n, m.index, m.index + m[0].length);
    const value = text.original.slice(span.start, span.end);
    if (labelledNumber(n.text, m.index) || PHONE_SHAPED.test(value) || TIME_RANGE.test(value) || YEAR_MONTH_DAY.test(value) || endsCode(n.text, m.index)) continue;
    out.push(span);
  }
  return out;
}


/** What one field contributes: its dangling keywords and its bare numbers. */
export interface SplitFacts {
  rules: string[];
  numbers: { start: number; end: number }[];
}
export const NO_SPLIT: SplitFacts = { rules: [], numbers: [] };

/** Computed once per field value, from the text the detectors already prepared (and cached with them). */
export function splitFacts(text: PreparedText, extra: Readonly<Record<string, readonly string[]>> = {}): SplitFacts {
  const rules = danglingKeywords(text, extra);
  const numbers = text.digits >= 6 ? bareNumbers(text) : [];
  return rules.length || numbers.length ? { rules, numbers } : NO_SPLIT;
}

export interface SplitIdentifier {
  /** Index into the fields given. */
  field: number;
  start: number;
  end: number;
  rule: string;
}

/** Over the subject and the attachment names: a keyword without its number in one field and a bare number in another. */
export function findSplitIdentifiers(fields: readonly SplitFacts[]): SplitIdentifier[] {
  const keywordFields = fields.map((f, index) => ({ index, rules: f.rules })).filter((k) => k.rules.length > 0);
  if (keywordFields.length === 0) return [];
  const out: SplitIdentifier[] = [];
  fields.forEach((f, index) => {
    const other = keywordFields.find((k) => k.index !== index);
    if (!other) return;
    for (const span of f.numbers) out.push({ field: index, ...span, rule: other.rules[0] });
  });
  return out;
}
