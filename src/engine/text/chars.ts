import { DECIMAL_DIGIT, FORMAT, INVISIBLE, LETTER, MARK } from './unicode.generated';

/**
 * Unicode character classes without regex property escapes (\p{L} is ES2018;
 * Outlook's classic JavaScript runtime accepts only ES2016). Tables come from
 * scripts/build-unicode.js; lookups are binary searches over ranges.
 */
type Ranges = { starts: number[]; ends: number[] };

function decode(encoded: string): Ranges {
  const starts: number[] = [];
  const ends: number[] = [];
  let prev = -1;
  for (const part of encoded.split(',')) {
    const dot = part.indexOf('.');
    const start = prev + 1 + parseInt(part.slice(0, dot), 36);
    const end = start + parseInt(part.slice(dot + 1), 36);
    starts.push(start);
    ends.push(end);
    prev = end;
  }
  return { starts, ends };
}

const cache: Record<string, Ranges> = {};
const SOURCES = { L: LETTER, M: MARK, Nd: DECIMAL_DIGIT, Cf: FORMAT, invisible: INVISIBLE };
function table(name: keyof typeof SOURCES): Ranges {
  if (!cache[name]) cache[name] = decode(SOURCES[name]);
  return cache[name];
}

function inRanges(r: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r.starts[mid]) hi = mid - 1;
    else if (cp > r.ends[mid]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isLetterCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return inRanges(table('L'), cp);
}
export function isMarkCp(cp: number): boolean {
  return cp >= 0x300 && inRanges(table('M'), cp);
}
export function isDecimalDigitCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 48 && cp <= 57;
  return inRanges(table('Nd'), cp);
}
export function isFormatCp(cp: number): boolean {
  return cp >= 0xad && inRanges(table('Cf'), cp);
}
/**
 * Default_Ignorable_Code_Point, Cc or Cf, except the controls that are White_Space
 * (tab, line breaks): characters that show nothing (scripts/build-unicode.js).
 */
export function isInvisibleCp(cp: number): boolean {
  return inRanges(table('invisible'), cp);
}

/** First code point of a string, or -1. */
export function cpOf(c: string | undefined): number {
  return c === undefined || c.length === 0 ? -1 : (c.codePointAt(0) as number);
}

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.length > 0 && isLetterCp(cpOf(c));
}
export function isMark(c: string | undefined): boolean {
  return c !== undefined && c.length > 0 && isMarkCp(cpOf(c));
}
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9' && c.length === 1;
}
/** A letter or an ASCII digit (digits are ASCII after normalisation). */
export function isAlnum(c: string | undefined): boolean {
  return isDigit(c) || isLetter(c);
}

/** The character (code point) ending just before index i, or undefined at the start. */
export function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** The character (code point) starting at index i, or undefined at the end. */
export function charAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const cp = text.codePointAt(i) as number;
  return String.fromCodePoint(cp);
}

/** Removes everything that is not a letter. */
export function lettersOf(s: string): string {
  let out = '';
  for (const c of s) if (isLetter(c)) out += c;
  return out;
}

/** Removes combining marks (after NFD: strips accents). */
export function stripMarks(s: string): string {
  return s.replace(marksPattern(), '');
}

let marks: RegExp | undefined;
/**
 * The mark table as one native character class (the u flag is ES2015): folding a word is one
 * replace instead of a binary search per character, which matters in the handler's cold first
 * send, when every language term is folded before the JIT has warmed up.
 */
function marksPattern(): RegExp {
  if (marks) return marks;
  const r = table('M');
  const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;
  marks = new RegExp(`[${r.starts.map((s, i) => (s === r.ends[i] ? hex(s) : `${hex(s)}-${hex(r.ends[i])}`)).join('')}]`, 'gu');
  return marks;
}
