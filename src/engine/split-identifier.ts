import { ALNUM, bounded } from './detectors/detector';
import { toOriginal } from './text/mapped-text';
import type { PreparedText } from './text/normalize';

/**
 * An identifier split across fields: the keyword in the subject ("Consent for
 * MRN", "SSN below") and the bare number as an attachment name
 * ("00451782.pdf"), or the other way round. Neither field says it alone.
 * Returns, per keyword family, the rule id to report under.
 */
const DANGLING: { rule: string; re: RegExp }[] = [
  { rule: 'mrn', re: /(?:mrn|mr#|med rec|medical record|chart)(?:\s*(?:#|no\.?|number))?/gi },
  { rule: 'ssn', re: /(?:ssn|ss#|social security)(?:\s*(?:#|no\.?|number))?/gi },
  { rule: 'member-id', re: /(?:member|subscriber|medicaid)\s*(?:id|#|no\.?|number)/gi },
];
/** A bare identifier-length number: 6 to 12 digits, nothing else but separators around. */
const BARE_NUMBER = /\d{6,12}/g;

/** The rule ids whose keyword stands in this text without a number after it. */
export function danglingKeywords(text: PreparedText): string[] {
  const t = text.folded.text;
  const out: string[] = [];
  for (const { rule, re } of DANGLING) {
    for (const m of bounded(re, t, ALNUM, ALNUM)) {
      // Followed by a number: the field's own detectors judge it.
      if (!/^[\s#:=._-]{0,4}\d/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        out.push(rule);
        break;
      }
    }
  }
  return out;
}

/** Spans (in the original string) of bare 6-12 digit numbers, e.g. a file named "00451782.pdf". */
export function bareNumbers(text: PreparedText): { start: number; end: number }[] {
  const n = text.folded;
  const out: { start: number; end: number }[] = [];
  for (const m of bounded(BARE_NUMBER, n.text, ALNUM, ALNUM)) out.push(toOriginal(n, m.index, m.index + m[0].length));
  return out;
}

/** A cheap test before looking for keywords: could a keyword of DANGLING be in the text? */
const KEYWORD_HINT = /mrn|mr#|med rec|record|chart|ssn|ss#|social|member|subscriber|medicaid/i;

/** What one field contributes: its dangling keywords and its bare numbers. */
export interface SplitFacts {
  rules: string[];
  numbers: { start: number; end: number }[];
}
export const NO_SPLIT: SplitFacts = { rules: [], numbers: [] };

/** Computed once per field value, from the text the detectors already prepared (and cached with them). */
export function splitFacts(value: string, text: PreparedText): SplitFacts {
  const rules = KEYWORD_HINT.test(value) ? danglingKeywords(text) : [];
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
