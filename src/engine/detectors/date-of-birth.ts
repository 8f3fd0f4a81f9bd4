import { BLOCK_SUBJECT_AND_FILES, DIGIT, Detector, FieldContext, LETTER, Signal, bounded, signalAt } from './detector';
import { FoundDate, LATEST_PROBABLE_BIRTH_YEAR, MONTH_NAME_SOURCE, expandYear, findDates, isValidDate, monthNumber } from './dates';
import { languageLexicons } from '../lexicon/languages/lexicons';
import { findLanguageKeywords, keywordAlternation, languageKeywordPatterns, runsOn } from '../text/language-keywords';
import { LOOKALIKE } from '../text/normalize';
import { charFoldedOf } from '../facts/folded';

/**
 * Date of birth. Marked ("DOB 04/12/1961", "born 1961-04-12", "d.o.b.",
 * "fecha de nac.", "ngày sinh", "дата рождения", "出生日期", "03.02.1949 г.р.",
 * "1968年5月9日生") it is an identifier on its own. The keywords of the
 * patients' languages come from lexicon/languages (dobKeywords, dobAfter). Unmarked, a full date old
 * enough to be a birth date ("Al-Amin 10/29/1958", "C.N. 12.03.62") points at
 * a person and counts as identity: flagged with health context.
 */
const KEYWORD = /(?:dob|d\.o\.b\.?|d\/o\/b|date of birth|birth ?date|birthday|born(?: on)?|b\.)(?![a-z])[\s:#=(_/-]{0,3}/gi;
const OLD_DATE_BEFORE = 1990;
const YEAR_ONLY = /^(?:19|20)\d{2}(?!\d|[-/.]\d)/;

/** The languages' keywords: in spaced scripts between word boundaries; in Chinese, Japanese, Korean anywhere. */
const LANGUAGE_KEYWORDS = (() => {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  const after: string[] = [];
  for (const l of languageLexicons()) {
    for (const k of l.dobKeywords) (l.match === 'words' ? spaced : unspaced).push(k);
    for (const k of l.dobAfter ?? []) after.push(k);
  }
  return {
    before: languageKeywordPatterns(spaced, unspaced, '[\\s:#=(_/-]{0,3}'),
    // Right after a date: "03.02.1949 г.р.", "1968年5月9日生".
    after: keywordAlternation(after, '', '^[\\s,]{0,2}', ''),
  };
})();

/** Year-month-day in Chinese, Japanese and Korean: "1968年5月9日", "1968년 5월 9일". */
const CJK_DATE = /(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일号號]/g;

function cjkDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of bounded(CJK_DATE, text, DIGIT)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (isValidDate(year, month, day)) out.push({ start: m.index, end: m.index + m[0].length, year, month, day, compact: false });
  }
  return out;
}

/** Dates of every form, in text order. */
function allDates(text: string): FoundDate[] {
  const dates = findDates(text, true);
  if (!/[年년]/.test(text)) return dates;
  const cjk = cjkDates(text).filter((c) => !dates.some((d) => d.start < c.end && c.start < d.end));
  return cjk.length === 0 ? dates : dates.concat(cjk).sort((a, b) => a.start - b.start);
}

/** The end of an after-date keyword right after a date ("1949 г.р."), or -1. */
function keywordAfter(folded: string, d: FoundDate): number {
  const re = LANGUAGE_KEYWORDS.after;
  if (!re) return -1;
  const m = re.exec(folded.slice(d.end, d.end + 24));
  if (!m) return -1;
  const end = d.end + m[0].length;
  return runsOn(folded, end) ? -1 : end;
}

/** Six digits, month-day-year or day-month-year, not followed by another digit: only right after a DOB label. */
function sixDigitDate(s: string): boolean {
  if (!/^\d{6}(?!\d)/.test(s)) return false;
  const a = Number(s.slice(0, 2));
  const b = Number(s.slice(2, 4));
  const year = expandYear(s.slice(4, 6));
  return isValidDate(year, a, b) || isValidDate(year, b, a);
}

/** "Fax_20250611_DOB.pdf": in a file name the DOB label may follow the date it marks. */
const DOB_AFTER_IN_FILE = /^[_.\s-]{1,2}(?:dob|d\.o\.b\.?|birth ?date)(?![a-z])/i;

/**
 * "Welcome baby Mateo, born 9/2 at 11:15pm": a birth announcement gives the month and day of a birth
 * without a year, and month and day are elements of a date of birth. Only with a newborn or a mother
 * named in the field: "born 9/2" alone could be anything's start.
 */
const BORN_MONTH_DAY = /born(?: on)?[\s:]{1,2}(1[0-2]|0?[1-9])[/.-]([12]\d|3[01]|0?[1-9])(?![\d/.-]*\d)/gi;
const NEWBORN_CONTEXT = /\b(?:baby|babies|newborn|infant|twins?|mom|mother|mama|bebe|bebé)\b/i;

/**
 * "DOB wrong in chart - 12/03/1948", "fecha de nacimiento incorrecta: 03/12/1948": a few words about the
 * date may stand between the label and a date old enough to be a birth date (no number, no sentence break and
 * no word of a rule between: "DOB required on claims since 10/01/2011", "DOB_policy_rev_2009-04-01.pdf").
 */
/** An acronym right before a number: a standard's or a code's name. */
const STANDARD_BEFORE = /(?:^|[^A-Za-z])[A-Z]{2,6}\s$/;
/** Words of a rule about the field, not of one person's date: "DOB required on claims since 10/01/2011". */
// Not "from", "after", "as of" or "updated": "DOB corrected from 04/21/1961", "DOB updated to 04/12/1961" are one person's.
const RULE_WORDS = new Set(['since', 'effective', 'before', 'until', 'prior', 'starting', 'default', 'defaults', 'through', 'thru', 'policy', 'field', 'fields', 'format', 'template', 'rule', 'rules', 'validation', 'required', 'edits', 'rev', 'version', 'sop', 'memo', 'commission', 'notice']);
function dateAfterWords(text: string, after: number, dates: readonly FoundDate[]): FoundDate | undefined {
  const d = dates.find((x) => x.start >= after);
  if (d === undefined || d.start - after > 40 || d.year > LATEST_PROBABLE_BIRTH_YEAR || d.year <= 1900) return undefined;
  const between = text.slice(after, d.start);
  const words = between.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return /^[^\d.!?;]*$/.test(between) && words.length <= 4 && !words.some((w) => RULE_WORDS.has(w)) ? d : undefined;
}

/** An order's, a lot's or a product's label right before a lone "b.": the letter is part of its code. */
const CODE_LABEL_BEFORE = /(?:^|[^a-z])(?:lot|po|order|ref|batch|part|cat|sku|rev|ver)[\s#:.-]{0,3}$/i;
/** "14 mar 58": a day, a month's name and a two-digit year, only right after a DOB label. */
const DAY_MONTH_SHORT_YEAR = new RegExp(`^(\\d{1,2})[ -]?${MONTH_NAME_SOURCE}[ ,-]{0,2}(\\d{2})(?![\\d/.-])`, 'i');
/** The end of a date that starts a text (a marked date's text after its label), or undefined. */
function dateRightAfter(text: string): { end: number; year: number } | undefined {
  const first = findDates(text, true).find((x) => x.start === 0);
  if (first) return { end: first.end, year: first.year };
  const m = DAY_MONTH_SHORT_YEAR.exec(text);
  const year = m ? expandYear(m[3]) : 0;
  return m && isValidDate(year, monthNumber(m[2]), Number(m[1])) ? { end: m[0].length, year } : undefined;
}

/**
 * A date typed loosely right after a birth-date label: look-alike letters where digits go (O or o for 0; l, I or |
 * for 1: "DOB 11/O3/1948", "D0B O7-l2-1962") or spaces around its separators ("dob  04 / 12 / 61"). The label says
 * a date follows, so the letters stand for digits; alone such a run is a code or a word. At least half its
 * characters real digits, the same separator twice, a valid date from 1900. Returns the date's end, or 0.
 */
const LOOSE_DATE = /^[\s:#]{0,3}([\dOolI|]{1,2})\s?([/.-])\s?([\dOolI|]{1,2})\s?\2\s?([\dOolI|]{4}|[\dOolI|]{2})(?![\dA-Za-z|])/;
function looseDateAfter(text: string): number {
  const m = LOOSE_DATE.exec(text);
  if (!m) return 0;
  const typed = m[1] + m[3] + m[4];
  const [a, b, y] = [m[1], m[3], m[4]].map((part) => part.replace(/[OolI|]/g, (c) => LOOKALIKE[c]));
  if (typed.replace(/\D/g, '').length * 2 < typed.length) return 0;
  const year = expandYear(y);
  const valid = year >= 1900 && (isValidDate(year, Number(a), Number(b)) || isValidDate(year, Number(b), Number(a)));
  return valid ? m[0].length : 0;
}

/**
 * A birth date in the calendar of the patient's country, only right after a birth-date label (alone these are
 * other numbers): the Solar Hijri of Iran and Afghanistan ("تاریخ تولد: ۱۳۴۰/۰۶/۱۵", years 1280-1420 are
 * 1901-2041), the Buddhist era of Thailand (2444-2584 BE), and Japan's era names with their years ("生年月日
 * 昭和23年4月2日", "S23.4.2": Meiji, Taisho, Showa, Heisei, Reiwa). Returns the date's length, or 0.
 */
const SOLAR_HIJRI_OR_BUDDHIST = /^(1[23]\d\d|14[0-2]\d|24[4-9]\d|25[0-8]\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/;
const JAPANESE_ERA = /^(?:(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|[MTSHR]\s?\d{1,2}[./-]\d{1,2}[./-]\d{1,2}(?![\d./-]))/;
function otherCalendarDate(s: string): number {
  const m = SOLAR_HIJRI_OR_BUDDHIST.exec(s);
  if (m) {
    // The pattern keeps years to 1200-1429 and 2440-2589; Solar Hijri years before 1280 are before 1901.
    return Number(m[1]) >= 1280 && Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31 ? m[0].length : 0;
  }
  const j = JAPANESE_ERA.exec(s);
  return j ? j[0].length : 0;
}

export const dateOfBirth: Detector = {
  meta: {
    id: 'dob',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a date of birth', probable: 'a date that looks like a birth date' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 2) return [];
    const n = ctx.text.normalized;
    const allowCompact = ctx.kind === 'attachment';
    const dates = allDates(n.text);
    const byStart = new Map<number, FoundDate>();
    for (const d of dates) byStart.set(d.start, d);
    const out: Signal[] = [];
    const marked = new Set<number>();
    const folded = charFoldedOf(ctx);
    const keywords: { index: number; end: number; length: number }[] = [];
    for (const k of bounded(KEYWORD, n.text, LETTER)) {
      // "C.O.B. 12/10/2001": a letter of a dotted acronym is not the "b." of born.
      if (/^b\./i.test(k[0]) && n.text[k.index - 1] === '.') continue;
      keywords.push({ index: k.index, end: k.index + k[0].length, length: k[0].trim().length });
    }
    for (const k of findLanguageKeywords(folded, LANGUAGE_KEYWORDS.before)) keywords.push(k);
    for (const k of keywords) {
      const after = k.end;
      const d = byStart.get(after) ?? byStart.get(after + 1) ?? byStart.get(after + 2) ?? dateAfterWords(n.text, after, dates);
      // Glued to the label by a dot, a slash or a dash ("b.14/03/58", "DOB-04-12-61", "dob/03.14.58"), where a date
      // alone would be part of a code, or with a month's name and a two-digit year ("dob- 14 mar 58"): read right there.
      const glued = d ? undefined : dateRightAfter(n.text.slice(after, after + 16));
      // "b.", "born" and "birthday" are the weaker labels: glued or with a short year only with a birth year old enough,
      // and a lone "b." not after an order's, a lot's or a product's label ("Lot b.12-03-88", "Birthday-03-14-25 potluck").
      const weakLabel = /^(?:b\.|born|birthday)/i.test(n.text.slice(k.index, k.end));
      if (glued !== undefined && (!weakLabel || (glued.year <= LATEST_PROBABLE_BIRTH_YEAR && !CODE_LABEL_BEFORE.test(n.text.slice(Math.max(0, k.index - 12), k.index))))) {
        marked.add(after);
        out.push(signalAt(n, k.index, after + glued.end, 'dob', 'identifier', 'found'));
        continue;
      }
      const loose = d || weakLabel ? 0 : looseDateAfter(n.text.slice(after, after + 24));
      if (loose > 0) {
        marked.add(after);
        out.push(signalAt(n, k.index, after + loose, 'dob', 'identifier', 'found'));
        continue;
      }
      if (!d || d.year < 1900) {
        const other = otherCalendarDate(n.text.slice(after, after + 24));
        if (other > 0) {
          out.push(signalAt(n, k.index, after + other, 'dob', 'identifier', 'found'));
          continue;
        }
      }
      if (!d) {
        // "DOB 1938", "dob1938": a birth year marked as one.
        const y = YEAR_ONLY.exec(n.text.slice(after));
        if (y && k.length >= 3) out.push(signalAt(n, k.index, after + 4, 'dob', 'identifier', 'found'));
        // "DOB041261", "DOB 120361": six digits right after the label are a date with a two-digit year.
        else if (k.length >= 3 && sixDigitDate(n.text.slice(after, after + 7))) out.push(signalAt(n, k.index, after + 6, 'dob', 'identifier', 'found'));
        continue;
      }
      marked.add(d.start);
      out.push(signalAt(n, k.index, d.end, 'dob', 'identifier', 'found'));
    }
    for (const d of dates) {
      if (marked.has(d.start) || ctx.kind !== 'attachment') continue;
      const m = DOB_AFTER_IN_FILE.exec(n.text.slice(d.end, d.end + 16));
      if (!m) continue;
      marked.add(d.start);
      out.push(signalAt(n, d.start, d.end + m[0].length, 'dob', 'identifier', 'found'));
    }
    if (NEWBORN_CONTEXT.test(n.text)) {
      for (const m of bounded(BORN_MONTH_DAY, n.text, LETTER)) {
        if (!out.some((s) => s.start <= m.index && m.index < s.end)) out.push(signalAt(n, m.index, m.index + m[0].length, 'dob', 'identifier', 'found'));
      }
    }
    for (const d of dates) {
      if (marked.has(d.start)) continue;
      const end = keywordAfter(folded, d);
      if (end < 0) continue;
      marked.add(d.start);
      out.push(signalAt(n, d.start, end, 'dob', 'identifier', 'found'));
    }
    for (const d of dates) {
      if (marked.has(d.start) || d.year > LATEST_PROBABLE_BIRTH_YEAR || d.year < 1900) continue;
      if (d.compact && !allowCompact) continue;
      // "NPSG 15.01.01", "EP 02.03.01": three dotted pairs after an acronym number a standard's element.
      if (STANDARD_BEFORE.test(n.text.slice(Math.max(0, d.start - 8), d.start)) && /^\d\d\.\d\d\.\d\d$/.test(n.text.slice(d.start, d.end))) continue;
      // Before 1990 a full date in clinical mail is hardly anything but a birth date (a fixed year: verdicts never change with the clock).
      out.push(signalAt(n, d.start, d.end, 'dob', 'identity', 'probable', { strength: 'medium', evidence: d.year < OLD_DATE_BEFORE ? 'dob.probable-old' : 'dob.probable' }));
    }
    return out;
  },
};
