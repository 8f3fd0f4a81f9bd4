import { Coverage, DIGIT, LETTER, bounded, oneOf } from './detector';

/** A full calendar date found in a text (offsets into that text). */
export interface FoundDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** Eight digits with no separators (MMDDYYYY / YYYYMMDD / DDMMYYYY): plausible only in file names or after a keyword. */
  compact: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, janv: 1, fevr: 2, avr: 4, juil: 7,
};
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]{0,7}\\.?';
/** The month-name pattern (one group: the name's first letters), for other date readers. */
export const MONTH_NAME_SOURCE = MONTH_NAME;
/** The month a name's first letters give ("mar" -> 3). */
export const monthNumber = (name: string): number => MONTHS[name.toLowerCase()] ?? 0;

const NUMERIC_MDY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
const NUMERIC_YMD = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g;
const DATE_PART = oneOf('/.-', DIGIT);
// An ISO date may follow a slash ("DOB//1961-04-12"); only digits, dots and dashes rule it out.
const ISO_BEFORE = oneOf('.-', DIGIT);
const ALNUM_BEFORE = oneOf('0123456789', LETTER);
// "04-Mar-1952", "4 March 1952"; in file names and systems' exports also glued: "04Mar1952".
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})[ -]?${MONTH_NAME}[ ,-]{0,2}(\\d{4})(?!\\d)`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`, 'gi');
const COMPACT = /(\d{8})(?!\d)/g;

export function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years: 00-29 -> 2000s, 30-99 -> 1900s (a birth date "3/14/58").
  return n < 30 ? 2000 + n : 1900 + n;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1880 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** Two-digit hours, minutes and seconds of a clock ("14.02.51"). */
function isClockTime(h: string, mi: string, s: string): boolean {
  return h.length <= 2 && mi.length === 2 && s.length === 2 && Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59;
}

export function findDates(text: string, allowCompact: boolean): FoundDate[] {
  const out: FoundDate[] = [];
  const taken = new Coverage(text.length);
  const push = (start: number, end: number, year: number, month: number, day: number, compact = false): void => {
    if (isValidDate(year, month, day) && taken.claim(start, end)) out.push({ start, end, year, month, day, compact });
  };
  for (const m of bounded(NUMERIC_YMD, text, ISO_BEFORE)) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of bounded(NUMERIC_MDY, text, DATE_PART)) {
    // "WhatsApp Image 2025-11-03 at 14.02.51": after "at", a dotted triple that reads as hours, minutes and seconds is a
    // clock's time; not after a birth date's label ("DOB at 04.12.61" is how some type "DOB: 04.12.61").
    if (m[2] === '.' && isClockTime(m[1], m[3], m[4]) && /(?:^|[^a-z])at\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/(?:dob|born|birth)\W{0,3}at\s$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = expandYear(m[4]);
    // US order first; day-first ("23.10.1996") when the first number cannot be a month.
    if (isValidDate(year, a, b)) push(m.index, m.index + m[0].length, year, a, b);
    else push(m.index, m.index + m[0].length, year, b, a);
  }
  for (const m of bounded(DAY_MONTH_YEAR, text, ALNUM_BEFORE)) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
  for (const m of bounded(MONTH_DAY_YEAR, text, LETTER)) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
  if (allowCompact) {
    for (const m of bounded(COMPACT, text, DIGIT)) {
      const s = m[1];
      const mdy = [Number(s.slice(4)), Number(s.slice(0, 2)), Number(s.slice(2, 4))] as const;
      const ymd = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6))] as const;
      // Day first ("14081949": 14 August 1949) where neither US order nor ISO order is a date.
      const dmy = [Number(s.slice(4)), Number(s.slice(2, 4)), Number(s.slice(0, 2))] as const;
      if (isValidDate(...mdy) && mdy[0] >= 1900) push(m.index, m.index + 8, ...mdy, true);
      else if (isValidDate(...ymd) && ymd[0] >= 1900) push(m.index, m.index + 8, ...ymd, true);
      else if (isValidDate(...dmy) && dmy[0] >= 1900) push(m.index, m.index + 8, ...dmy, true);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Latest year an unmarked date is read as a birth date. Fixed, not "today",
 * so that a verdict never changes with the clock: a meeting date is this year
 * or next, a birth date of someone old enough to be discussed by name is older.
 */
export const LATEST_PROBABLE_BIRTH_YEAR = 2012;
