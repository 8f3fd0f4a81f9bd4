import { MappedText, MappedTextBuilder, identity } from './mapped-text';
import { isDecimalDigitCp, isInvisibleCp, isLetter, isMarkCp } from './chars';

export { isDigit, isLetter } from './chars';

/**
 * Text preparation. Each step returns a new MappedText whose offsets still
 * point into the original field value, so findings can highlight exactly what
 * the user typed.
 */

// Invisible characters are a classic way to split "MRN 4004\u200B2610" so that a
// naive pattern misses it. The set is derived from Unicode properties at build
// time (Default_Ignorable_Code_Point, Cc, Cf; scripts/build-unicode.js): zero-width
// space and joiners, bidi controls, soft hyphen, BOM, variation selectors, the
// combining grapheme joiner, Hangul fillers, tags, NUL and the other controls.
// Controls that are White_Space (tab, line breaks) are not in it: they are spaces.
const isInvisible = isInvisibleCp;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// JavaScript's \s, plus NEL (U+0085, White_Space but not \s) and the Braille pattern
// blank (U+2800), which no property marks as a space but which renders as one.
const SPACES = /[\s\u0085\u2800]/;

/** Value 0-9 of any Unicode decimal digit (Arabic-Indic, Devanagari, ...). */
function digitValue(cp: number): number {
  // Unicode decimal digits come in contiguous runs of ten starting at zero.
  let zero = cp;
  while (zero > cp - 9 && isDecimalDigitCp(zero - 1)) zero--;
  return (cp - zero) % 10;
}

/**
 * NFKC per grapheme-ish unit (a base character and its combining marks),
 * invisible characters removed, dashes and spaces unified, every decimal digit
 * mapped to ASCII. Unpaired surrogates are kept as they are.
 */
// Printable ASCII needs none of the steps below: the common case, returned as is.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(original: string): MappedText {
  const base = identity(original);
  if (PLAIN_ASCII.test(original)) return base;
  const out = new MappedTextBuilder(base);
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    const ch = original.slice(i, j);
    if (isInvisible(cp)) {
      i = j;
      continue;
    }
    // Keep following combining marks in the same unit so NFKC can compose them; invisible
    // ones (variation selectors, the combining grapheme joiner) are dropped.
    let unit = ch;
    while (j < original.length) {
      const next = original.codePointAt(j) as number;
      const len = next > 0xffff ? 2 : 1;
      if (!isMarkCp(next)) break;
      if (!isInvisible(next)) unit += original.slice(j, j + len);
      j += len;
    }
    let piece: string;
    if (DASHES.test(ch)) piece = '-';
    else if (SPACES.test(ch)) piece = ' ';
    // A digit is read as its value and any mark on it dropped (a keycap "1\uFE0F\u20E3" is 1).
    else if (isDecimalDigitCp(cp)) piece = cp < 0x80 ? ch : String(digitValue(cp));
    else piece = cp < 0x80 && unit.length === 1 ? unit : unit.normalize('NFKC');
    // NFKC can itself yield full-width-free digits; a second pass maps any left.
    if (piece.length > 0 && cp >= 0x80) piece = mapDigits(piece);
    out.push(piece, i, j);
    i = j;
  }
  return out.build();
}

function mapDigits(s: string): string {
  let r = '';
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    r += cp >= 0x80 && isDecimalDigitCp(cp) ? String(digitValue(cp)) : c;
  }
  return r;
}

const DIGIT_SEP = new Set([' ', '.', '-', '/', '_']);
const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Folds separators inside digit runs: "123 45 6789", "123.45.6789",
 * "6 3 5 1 3 7 7 9" and "5 3 1 - 7 7" become runs of digits. A separator run
 * is dropped only when a digit stands on both sides and it is short (at most
 * three characters, one of them punctuation), so "Room 12, 3 beds" keeps its
 * comma and words stay apart.
 */
const DIGIT_SEPARATED = /\d[ ./_-]{1,3}\d/;

/**
 * The longest run of letters and digits folding may build: the longest value a
 * keyword-anchored identifier reads (keyword-identifier.ts VALUE: a digit and up to
 * 19 more). Past it the groups stay apart, so a long run of digit groups after an
 * identifier ("MRN 00451782 555 555 555 555 5") cannot fold it into one number too
 * long to be read as anything.
 */
export const MAX_FOLDED_RUN = 20;
const isAsciiAlnum = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

export function foldDigitSeparators(mt: MappedText): MappedText {
  const t = mt.text;
  if (!DIGIT_SEPARATED.test(t)) return mt;
  const out = new MappedTextBuilder(mt);
  // Letters and digits in a row in the output so far (a folded run counts as one).
  let run = 0;
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (DIGIT_SEP.has(c) && i > 0 && isAsciiDigit(t[i - 1])) {
      // Up to three separator characters with at most one that is not a space: "1 - 7", "12.34", "5  6".
      let k = i;
      let punct = 0;
      while (k < t.length && k - i < 3 && DIGIT_SEP.has(t[k]) && (t[k] === ' ' || punct++ === 0)) k++;
      if (k < t.length && isAsciiDigit(t[k])) {
        let next = k;
        while (next < t.length && next - k <= MAX_FOLDED_RUN && isAsciiAlnum(t[next])) next++;
        if (run + (next - k) <= MAX_FOLDED_RUN) {
          i = k;
          continue;
        }
      }
    }
    out.push(c, i, i + 1);
    run = isAsciiAlnum(c) ? run + 1 : 0;
    i++;
  }
  return out.build();
}

/**
 * Joins letters spelled out with spaces, dots or dashes ("M R N", "M.R.N.", "M-R-N", "s s n")
 * into one word, so keyword lists need only the plain spelling. Three or more
 * single letters are needed, so "a b" stays as it is.
 */
// A cheap necessary condition for ASCII text: three single letters apart by spaces or dots.
const SPELLED_ASCII = /(?:^|[^A-Z])[A-Z](?:[ .-]{1,2}[A-Z](?![A-Z])){2}/i;

export function joinSpelledLetters(mt: MappedText): MappedText {
  const t = mt.text;
  if (PLAIN_ASCII.test(t) && !SPELLED_ASCII.test(t)) return mt;
  const out = new MappedTextBuilder(mt);
  let i = 0;
  while (i < t.length) {
    if (isLetter(t[i]) && (i === 0 || !isLetter(t[i - 1]))) {
      // Collect L sep L sep L ... where each L is a single letter.
      const letters: number[] = [i];
      let k = i + 1;
      for (;;) {
        let s = k;
        while (s < t.length && s - k < 2 && (t[s] === ' ' || t[s] === '.' || t[s] === '-')) s++;
        if (s === k || s >= t.length || !isLetter(t[s]) || (s + 1 < t.length && isLetter(t[s + 1]))) break;
        letters.push(s);
        k = s + 1;
      }
      if (letters.length >= 3) {
        for (const p of letters) out.push(t[p], p, p + 1);
        // keep a trailing dot of "M.R.N." out of the word
        i = k;
        continue;
      }
    }
    out.push(t[i], i, i + 1);
    i++;
  }
  return out.build();
}


/**
 * Letters typed for digits inside a number: O or o for 0, l, I or | for 1
 * ("MRN 0O451782", "SSN 536-22-44l7"). A run of at most two such characters
 * is read as digits only with a digit right before and right after it, and
 * only in the folded text, which keyword-anchored detectors read: a keyword
 * must still say what the number is.
 */
export const LOOKALIKE: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };
const LOOKALIKE_IN_NUMBER = /\d[OolI|]{1,2}\d/;

export function foldLookalikeDigits(mt: MappedText): MappedText {
  const t = mt.text;
  if (!LOOKALIKE_IN_NUMBER.test(t)) return mt;
  const out = new MappedTextBuilder(mt);
  let i = 0;
  while (i < t.length) {
    if (LOOKALIKE[t[i]] !== undefined && i > 0 && isAsciiDigit(t[i - 1])) {
      let k = i;
      while (k < t.length && k - i < 2 && LOOKALIKE[t[k]] !== undefined) k++;
      if (k < t.length && isAsciiDigit(t[k])) {
        for (let p = i; p < k; p++) out.push(LOOKALIKE[t[p]], p, p + 1);
        i = k;
        continue;
      }
    }
    out.push(t[i], i, i + 1);
    i++;
  }
  return out.build();
}

/**
 * Look-alike characters inside a Latin word, typed to slip past a keyword
 * ("D0B 09/23/1957", "MRИ", Cyrillic "о" in "Jоhn"): a Cyrillic or Greek
 * letter that looks like a Latin one, in a word that also has Latin letters,
 * is read as that Latin letter, and a zero between two Latin letters as "O".
 * A word wholly in Cyrillic or Greek is that language and stays as it is.
 */
const LOOKALIKE_LETTERS: { [c: string]: string } = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', И: 'N', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v',
};
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
const MIXED_WORD = /[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]|[A-Za-z]0[A-Za-z]/;

export function foldLookalikeLetters(mt: MappedText): MappedText {
  const t = mt.text;
  if (!MIXED_WORD.test(t)) return mt;
  const out = new MappedTextBuilder(mt);
  let i = 0;
  while (i < t.length) {
    if (!isLetter(t[i]) && !isAsciiDigit(t[i])) {
      out.push(t[i], i, i + 1);
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let other = 0;
    let digits = 0;
    let zeros = 0;
    while (j < t.length && (isLetter(t[j]) || isAsciiDigit(t[j]))) {
      if (isAsciiDigit(t[j])) {
        digits++;
        if (t[j] === '0' && j > i && LATIN_LETTER.test(t[j - 1]) && LATIN_LETTER.test(t[j + 1] ?? '')) zeros++;
      } else if (LATIN_LETTER.test(t[j])) latin++;
      else if (CYRILLIC_OR_GREEK.test(t[j]) && LOOKALIKE_LETTERS[t[j]] === undefined) other++;
      j++;
    }
    // Only a Latin word with stray look-alikes: no other letters of another script, and no digits but
    // the zeros between letters ("D0B"; an identifier such as "3AJ4CG0JF08" keeps its zero).
    const fold = latin > 0 && other === 0;
    const zeroIsO = fold && digits === zeros;
    for (let p = i; p < j; p++) {
      const c = t[p];
      let r = c;
      if (fold && LOOKALIKE_LETTERS[c] !== undefined) r = LOOKALIKE_LETTERS[c];
      else if (zeroIsO && c === '0' && p > i && p + 1 < j && LATIN_LETTER.test(t[p - 1]) && LATIN_LETTER.test(t[p + 1])) r = 'O';
      out.push(r, p, p + 1);
    }
    i = j;
  }
  return out.build();
}

/** Everything a detector needs about one field value. */
export interface PreparedText {
  readonly original: string;
  /** NFKC, invisibles removed, spaces/dashes/digits unified. Same words as the original. */
  readonly normalized: MappedText;
  /** `normalized` with spelled-out letters joined, look-alike letters in numbers read as digits and digit separators folded: for identifiers. */
  readonly folded: MappedText;
  /** How many ASCII digits the folded text holds (at least as many as `normalized`): detectors that need more skip the field. */
  readonly digits: number;
}

export function prepareText(original: string): PreparedText {
  const normalized = foldLookalikeLetters(normalizeText(original));
  const folded = foldDigitSeparators(foldLookalikeDigits(joinSpelledLetters(normalized)));
  let digits = 0;
  // Counted on the folded text: it has every digit of `normalized` plus look-alike letters read as digits.
  const t = folded.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return { original, normalized, folded, digits };
}
