import { ALNUM, BLOCK_SUBJECT_AND_FILES, Coverage, Detector, FieldContext, LETTER, Signal, bounded, signalAt } from './detector';
import { toOriginal } from '../text/mapped-text';
import { keywordLiterals, keywordOpenings, mayContain, mayOpenWith, wordStartsOf } from '../facts/word-starts';
import {
  isAadhaar,
  luhn,
  isAuMedicare,
  isBcPhn,
  isBrazilCns,
  isCanadianSin,
  isChiNumber,
  isCodiceFiscale,
  isDutchBsn,
  isFrenchNir,
  isGermanKvnr,
  isIrishPpsn,
  isNhsNumber,
  isOntarioHealthNumber,
  isQuebecRamq,
  isUkNino,
  opensWithBirthDate,
} from '../check-rules/international-ids';

/**
 * Health and social insurance numbers of other countries: the spec's "health plan member / beneficiary ID"
 * and "Social Security number" as the patients of US and international hospitals carry them (an NHS
 * number, an Ontario health card, a carte Vitale, a tessera sanitaria). As the spec says of every
 * identifier, a keyword or the number's own check rule makes the reading likely: after a keyword that
 * names the scheme ("NHS no", "carte Vitale", "tessera sanitaria") a value of its layout is enough (a typo
 * in the check digit discloses as much); after a keyword that is also something else ("health card", "BSN",
 * a nursing degree, "medicare", the US programme's) the value must pass the issuer's check rule too. Only
 * the codice fiscale is read without a keyword: its layout (letters from the names, a birth date with a
 * month letter, a place code) and its check letter are specific enough.
 */
interface Scheme {
  /** Message id, and the message's words. */
  id: string;
  message: string;
  /**
   * Regex sources of the keywords, lower case, on the folded text (marks are kept there: write "[eé]"); a
   * space stands for any run of space, dot, dash or underscore. `named`: they name this scheme; `ambiguous`:
   * they could name another number too, so the check rule must pass.
   */
  named: readonly string[];
  ambiguous?: readonly string[];
  /** Regex source of the value; separators inside are allowed and dropped before the rules. */
  value: string;
  /** The layout the issuer gives (on the value without separators, upper case), when the regex is looser. */
  layout?: (v: string) => boolean;
  /**
   * How the number is printed (on the value as written, separators and all): after a named keyword a value
   * written otherwise must pass the check rule too ("NHS: 2024-03-15 12:30" is a date and an hour).
   */
  printed?: RegExp;
  /** A value in a telephone number's layout is this scheme's own layout (the NHS number's 3-3-4). */
  phoneLayout?: true;
  /** The issuer's check rule. */
  valid: (v: string) => boolean;
  /** Read without a keyword too (with the check rule). */
  standalone?: boolean;
}

/** n digits, each pair possibly apart by one space, dot, dash or underscore (linear: one optional separator per digit). */
const digits = (n: number): string => `\\d(?:[ ._-]?\\d){${n - 1}}`;
/** A number keyword's own words before its value: "no.", "n°", "number", "card", "#" ("NHS no. 943 476 5919", "OHIP card # ..."). */
const FILLER = String.raw`[\s#:=._()/-]{0,4}(?:(?:n[o°º]?|nos|nr|num|number|numero|número|numéro|card|id|front|back|recto|verso)(?![a-z])\.?[\s#:=._()-]{0,4}){0,3}`;
/** A keyword that is also an everyday word needs a marker after it: "CHI no", not "chi nhánh" (Vietnamese: branch). */
const withMarker = (k: string): string => String.raw`${k}[\s._-]*(?:no|nos|number|num|nr|#)`;
const opensWith = (re: RegExp) => (v: string): boolean => re.test(v);
/**
 * A telephone number as written: North American 3-3-4 ("416-555-0123", "(905) 555-0009") or a UK number opening
 * with 0 ("0800 22 44 88"). After "OHIP:", "Health card:" or "Medicare -" such a value is a desk's line, whatever
 * its digits make of a check rule (one in ten passes Luhn).
 */
const PHONE_LAYOUT = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$|^0\d{2,4}[ -]\d/;

const SCHEMES: readonly Scheme[] = [
  // Printed 3-3-4, like a telephone number; never opening with 0, as a UK telephone number does ("NHS 0800 22 44 88").
  { id: 'nhs', message: 'an NHS number', named: ['nhs', 'national health service'], value: digits(10), layout: opensWith(/^[1-9]/), printed: /^\d{3}([ -]?)\d{3}\1\d{4}$/, phoneLayout: true, valid: isNhsNumber },
  { id: 'chi', message: 'a CHI number', named: [withMarker('chi'), 'community health index'], value: digits(10), layout: opensWithBirthDate, printed: /^\d{6}[ -]?\d{4}$|^\d{3} \d{3} \d{4}$/, phoneLayout: true, valid: isChiNumber },
  // The version code (two letters) may follow: "OHIP 1234-567-890-AB".
  { id: 'ohip', message: 'an Ontario health number', named: ['ohip', 'ontario health'], ambiguous: ['health card', 'hcn'], value: `${digits(10)}(?:[ ._-]?[a-z]{2}(?![a-z]))?`, printed: /^\d{4}([ -]?)\d{3}\1\d{3}(?:[ -]?[a-z]{2})?$/i, valid: (v) => isOntarioHealthNumber(v.slice(0, 10)) },
  { id: 'phn', message: 'a personal health number', named: ['personal health number', 'bc services card'], ambiguous: ['phn', 'care card', 'health card'], value: digits(10), layout: opensWith(/^9/), printed: /^9\d{3}([ -]?)\d{3}\1\d{3}$/, valid: isBcPhn },
  // Not "NAM" (numéro d'assurance maladie): Vietnamese "năm sinh" (year of birth) folds to the same word.
  { id: 'ramq', message: 'a Québec health insurance number', named: ['ramq', 'carte soleil', 'assurance maladie'], value: String.raw`[a-z]{4}[ ._-]?\d{4}[ ._-]?\d{4}`, layout: isQuebecRamq, valid: isQuebecRamq },
  // The individual reference number may follow the card's ten digits. A US Medicare card carries an MBI.
  { id: 'au-medicare', message: 'an Australian Medicare number', named: [], ambiguous: ['medicare', 'medicare card'], value: `${digits(10)}(?:[ /._-]?\\d)?`, valid: isAuMedicare },
  // 15 characters: sex, year, month, département (2A/2B in Corsica), commune, order, key.
  { id: 'nir', message: 'a French social security number (NIR)', named: ['nir', 'insee', 's[eé]curit[eé] sociale', 'carte vitale'], ambiguous: ['nss', 's[eé]cu'], value: String.raw`[12](?:[ ._-]?[0-9ab]){14}`, layout: opensWith(/^[12]\d{4}(?:\d\d|2A|2B)\d{8}$/), valid: isFrenchNir },
  { id: 'codice-fiscale', message: 'an Italian codice fiscale', named: ['codice fiscale', 'cod fisc', 'c f', 'tessera sanitaria'], value: String.raw`[a-z]{6}\d\d[a-z]\d\d[a-z]\d{3}[a-z]`, valid: isCodiceFiscale, standalone: true },
  // The card's own number (16-20 digits) has no published check rule: only its keyword says what it is.
  { id: 'tessera', message: 'an Italian health card number', named: ['tessera sanitaria', 'tessera'], value: String.raw`\d(?:[ ._-]?\d){15,19}`, valid: () => false },
  { id: 'cns', message: 'a Brazilian health card number (CNS)', named: ['cart[aã]o (?:do )?sus', 'cart[aã]o nacional de sa[uú]de'], ambiguous: ['cns'], value: digits(15), layout: opensWith(/^[12789]/), printed: /^\d{3}([ .-]?)\d{4}\1\d{4}\1\d{4}$/, valid: isBrazilCns },
  { id: 'kvnr', message: 'a German health insurance number (KVNR)', named: ['kvnr', 'krankenversichertennummer', 'krankenversicherungsnummer', 'versichertennummer', 'versicherten nr', 'versicherten nummer'], value: String.raw`[a-z](?:[ ._-]?\d){9}`, valid: isGermanKvnr },
  { id: 'bsn', message: 'a Dutch citizen service number (BSN)', named: ['burgerservicenummer', 'burger service nummer', 'sofinummer'], ambiguous: ['bsn'], value: digits(9), printed: /^\d{9}$|^\d{4}\.\d{2}\.\d{3}$/, valid: isDutchBsn },
  { id: 'sin', message: 'a Canadian social insurance number', named: ['social insurance (?:number|no)', 'num[eé]ro d.assurance sociale'], ambiguous: [withMarker('sin')], value: digits(9), layout: opensWith(/^[1-79]/), printed: /^\d{3}([ -]?)\d{3}\1\d{3}$/, valid: isCanadianSin },
  { id: 'nino', message: 'a UK National Insurance number', named: ['national insurance(?: number| no)?', 'ni (?:number|no)', 'nino'], value: String.raw`[a-z]{2} ?\d\d ?\d\d ?\d\d ?[a-d]`, layout: isUkNino, valid: isUkNino },
  { id: 'aadhaar', message: 'an Aadhaar number', named: ['aadhaa?r', 'adhaar', 'uidai'], value: String.raw`\d{4}[ ._-]?\d{4}[ ._-]?\d{4}`, layout: opensWith(/^[2-9]/), valid: isAadhaar },
  // New Zealand's National Health Index: three letters (no I or O), then four digits or, since 2022, two digits and two
  // letters. Its check character is not read here: the keyword and the issuer's layout say what it is.
  { id: 'nz-nhi', message: 'a New Zealand NHI number', named: ['nhi', 'national health index'], value: String.raw`[a-hj-np-z]{3}[ ._-]?\d{2}(?:\d{2}|[a-hj-np-z]{2})`, printed: /^[a-hj-np-z]{3}[ _-]?\d{2}(?:\d{2}|[a-hj-np-z]{2})$/i, valid: () => false },
  // Australia's Individual Healthcare Identifier: sixteen digits opening 800360, the last a Luhn check digit.
  { id: 'au-ihi', message: 'an Australian IHI', named: ['ihi', 'individual healthcare identifier'], value: digits(16), layout: opensWith(/^800360/), printed: /^\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}$/, valid: luhn },
  { id: 'ppsn', message: 'an Irish PPS number', named: ['ppsn'], ambiguous: ['pps'], value: String.raw`\d{7} ?[a-w][a-iw]?`, valid: isIrishPpsn },
];

const keywordSourceOf = (keywords: readonly string[]): string => keywords.map((k) => k.replace(/ /g, '[\\s._-]*')).join('|');
/**
 * A scheme's value after one of its keywords and a filler; the keyword optional for a standalone scheme. With no
 * keyword at all the value stands alone: an empty keyword and its optional filler would only have the expression
 * try a filler at every character of every field.
 */
const anchored = (keywords: readonly string[], value: string, optional = false): RegExp =>
  keywords.length === 0
    ? new RegExp(`(${value})`, 'gi')
    : new RegExp(`(?:(?:${keywordSourceOf(keywords)})(?![a-z])${FILLER})${optional ? '?' : ''}(${value})`, 'gi');

/**
 * Per scheme: a named keyword then the layout (printed as the issuer prints it, or passing the check rule); an
 * ambiguous keyword (or none, when standalone) then the check rule. `v` is the value without separators, `raw` as
 * written. A telephone number's layout is no value, unless it is the scheme's own printed one after its named keyword.
 */
const READINGS: {
  scheme: Scheme;
  re: RegExp;
  openings: readonly string[] | undefined;
  /** The letters each keyword must hold (facts/word-starts.ts keywordLiterals). */
  literals: readonly (readonly string[])[] | undefined;
  accept: (v: string, raw: string) => boolean;
}[] = [];
const phone = (raw: string): boolean => PHONE_LAYOUT.test(raw);
for (const s of SCHEMES) {
  if (s.named.length) {
    READINGS.push({
      scheme: s,
      re: anchored(s.named, s.value),
      openings: keywordOpenings(s.named.map((k) => keywordSourceOf([k]))),
      literals: keywordLiterals(s.named.map((k) => keywordSourceOf([k]))),
      accept: (v, raw) => (!s.layout || s.layout(v)) && (s.phoneLayout === true || !phone(raw)) && (!s.printed || s.printed.test(raw) || s.valid(v)),
    });
  }
  // A standalone scheme's value needs no keyword: no place is ruled out.
  const ambiguous = (s.ambiguous ?? []).map((k) => keywordSourceOf([k]));
  const openings = s.standalone ? undefined : keywordOpenings(ambiguous);
  const literals = s.standalone ? undefined : keywordLiterals(ambiguous);
  if (s.ambiguous?.length || s.standalone) READINGS.push({ scheme: s, re: anchored(s.ambiguous ?? [], s.value, s.standalone), openings, literals, accept: (v, raw) => !phone(raw) && s.valid(v) });
}

const MESSAGES: Record<string, string> = {};
for (const s of SCHEMES) MESSAGES[s.id] = s.message;

export const internationalId: Detector = {
  meta: {
    id: 'international-id',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: MESSAGES,
  },
  find(ctx: FieldContext): Signal[] {
    // The fewest digits a scheme's value holds: New Zealand's newer NHI numbers have two.
    if (ctx.text.digits < 2) return [];
    const f = ctx.text.folded;
    const out: Signal[] = [];
    const taken = new Coverage(f.text.length);
    const starts = wordStartsOf(ctx, 'folded');
    for (const { scheme, re, openings, literals, accept } of READINGS) {
      if (!mayOpenWith(starts, openings) || !mayContain(ctx, 'folded', literals)) continue;
      for (const m of bounded(re, f.text, LETTER, ALNUM)) {
        const end = m.index + m[0].length;
        const value = toOriginal(f, end - m[1].length, end);
        const raw = ctx.text.original.slice(value.start, value.end);
        if (!accept(m[1].replace(/[^0-9a-z]/gi, '').toUpperCase(), raw) || !taken.claim(m.index, end)) continue;
        out.push(signalAt(f, m.index, end, 'international-id', 'identifier', scheme.id));
      }
    }
    return out;
  },
};
