import { charAt, isDigit, isLetter, isMark, lettersOf, stripMarks } from './chars';

export type Case = 'title' | 'upper' | 'lower' | 'mixed' | 'none';

/** A word or number in a normalized text. Offsets are into that text. */
export interface Token {
  readonly text: string;
  /** Lower case, accents removed: the lexicon key. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number';
  readonly case: Case;
  /** The characters between the previous token and this one. */
  readonly gap: string;
}

export interface TokenizeOptions {
  /**
   * Split camelCase ("SmithJohn" -> Smith, John). On for file names and
   * address local parts, where people glue words together; off for subjects
   * and display names, where "McAllister" and "DeShawn" are one name.
   */
  readonly splitCamel?: boolean;
}

const APOSTROPHES = new Set(["'", '\u2019']);
const NAME_PREFIXES = /^(?:mc|mac|o|de|di|da|du|la|le|van|von|st)$/i;

/**
 * Splits on anything that is not a letter or digit, at letter/digit
 * boundaries, and optionally at camelCase boundaries. An apostrophe between
 * letters stays inside the word ("O'Brien"), except a possessive 's, which is
 * dropped from the word ("Lindqvist's" -> Lindqvist).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let gapStart = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < text.length && isDigit(text[j])) j++;
      tokens.push(makeToken(text, i, j, gapStart, 'number'));
      gapStart = j;
      i = j;
      continue;
    }
    if (letterLength(text, i) > 0) {
      let j = i + letterLength(text, i);
      while (j < text.length) {
        const len = letterLength(text, j) || markLength(text, j);
        if (len > 0) {
          if (options.splitCamel && isCamelBoundary(text, i, j)) break;
          // "CT报告", "MRI검사": Latin letters glued to a CJK word are two words; one letter is part of the
          // word ("x光" X-ray, "B超" ultrasound).
          if (j - i >= 2 && isLatinCjkBoundary(text.charCodeAt(j - 1), text.charCodeAt(j))) break;
          j += len;
          continue;
        }
        if (APOSTROPHES.has(text[j]) && isLetter(text[j + 1])) {
          // possessive: stop before 's when the word ends there
          if ((text[j + 1] === 's' || text[j + 1] === 'S') && !isLetter(text[j + 2])) break;
          j += 2;
          continue;
        }
        break;
      }
      tokens.push(makeToken(text, i, j, gapStart, 'word'));
      gapStart = j;
      i = j;
      // Skip a possessive 's: it is not a word of its own.
      if (APOSTROPHES.has(text[j]) && (text[j + 1] === 's' || text[j + 1] === 'S') && !isLetter(text[j + 2])) i = j + 2;
      continue;
    }
    i++;
  }
  return tokens;
}

/** From kana (U+3040) to the end of Hangul, below the surrogates: the scripts of East Asia written without spaces (and a few rarer ones between). */
const isCjk = (c: number): boolean => c >= 0x3040 && c < 0xd800;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
function isLatinCjkBoundary(before: number, after: number): boolean {
  return (isAsciiLetter(before) && isCjk(after)) || (isCjk(before) && isAsciiLetter(after));
}

/** UTF-16 length of the letter starting at i (ASCII fast path), or 0. */
function letterLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const ch = charAt(text, i) as string;
  return isLetter(ch) ? ch.length : 0;
}

function markLength(text: string, i: number): number {
  if (text.charCodeAt(i) < 0x300) return 0;
  const ch = charAt(text, i) as string;
  return isMark(ch) ? ch.length : 0;
}

const PLURAL_ACRONYM = /^[A-Z]{2,6}s$/;

function isCamelBoundary(text: string, wordStart: number, j: number): boolean {
  const prev = text[j - 1];
  const cur = text[j];
  const next = text[j + 1];
  const lowerToUpper = isLower(prev) && isUpper(cur);
  // "MRNReport": split before the last capital of a run when a lower case follows.
  // "MRNs", "IDs": a plural "s" after an acronym ends the word, it starts no new one.
  const acronymEnd = isUpper(prev) && isUpper(cur) && isLower(next) && j - wordStart >= 2 && !(next === 's' && !isLetter(text[j + 2]));
  if (!lowerToUpper && !acronymEnd) return false;
  if (lowerToUpper && NAME_PREFIXES.test(text.slice(wordStart, j))) return false;
  // "eGFR", "hCG", "mRNA": one lower-case letter before a run of capitals is a unit or analyte acronym.
  if (lowerToUpper && j - wordStart === 1 && isUpper(next) && !isLower(text[j + 2])) return false;
  return true;
}

function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function caseOf(word: string): Case {
  // "MRNs", "DOBs": an acronym's plural is written in capitals, its "s" is no sign of a name.
  if (PLURAL_ACRONYM.test(word)) return 'upper';
  if (ASCII_WORD.test(word)) {
    const upper = word.toUpperCase();
    const lower = word.toLowerCase();
    if (word === lower) return 'lower';
    if (word === upper) return word.length === 1 ? 'title' : 'upper';
    if (word.slice(1) === lower.slice(1)) return 'title';
    return word[0] === upper[0] ? 'title' : 'mixed';
  }
  const letters = lettersOf(word);
  if (letters.length === 0) return 'none';
  const upper = letters.toUpperCase();
  const lower = letters.toLowerCase();
  if (upper === lower) return 'none'; // scripts without case (CJK)
  if (letters === upper) return letters.length === 1 ? 'title' : 'upper';
  if (letters === lower) return 'lower';
  if (letters[0] === upper[0] && letters.slice(1) === lower.slice(1)) return 'title';
  // "McAllister", "DeShawn", "O'Brien": a capital first, mixed inside, counts as a name shape
  return isUpper(letters[0]) ? 'title' : 'mixed';
}

const ASCII_WORD = /^[A-Z]*$/i;

export function foldKey(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return stripMarks(word.normalize('NFD'))
    .replace(/['\u2019]/g, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

function makeToken(text: string, start: number, end: number, gapStart: number, kind: Token['kind']): Token {
  const t = text.slice(start, end);
  return {
    text: t,
    key: kind === 'word' ? foldKey(t) : t,
    start,
    end,
    kind,
    case: kind === 'word' ? caseOf(t) : 'none',
    gap: text.slice(gapStart, start),
  };
}
