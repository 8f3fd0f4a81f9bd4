import { charAt, charBefore, isLetter, isMark } from './chars';

/**
 * Keywords of the patients' languages (lexicon/languages: birth-date labels, record-number labels)
 * found in a field's text. The language modules give their keys folded (marks removed, lower case);
 * the field is folded one character for one (foldChars: unlike the tokenizer's foldKey it keeps ß and
 * apostrophes, which would change its length), so a match's offsets are those of the text it was
 * folded from.
 */

/**
 * Text folded one character for one, so offsets stay those of the text:
 * lower case, a letter's marks removed ("Ngày" -> "ngay", "Й" -> "и", "Ł" -> "l"),
 * Greek final ς as σ (a capital Σ lowers to σ one character at a time), letters
 * that would fold to more than one character left as they are.
 */
export function foldChars(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    let f = c.normalize('NFD');
    if (f.length > 1 && isMark(f.slice(1, 2))) f = f[0];
    f = f === 'ł' || f === 'Ł' ? 'l' : f === 'ø' || f === 'Ø' ? 'o' : f;
    const lower = f.toLowerCase();
    out += f.length === 1 && lower.length === 1 ? (lower === 'ς' ? 'σ' : lower) : c;
  }
  return out;
}
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Letters of the spaced scripts in folded text (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali and Tamil with their signs, Georgian, Ge'ez). */
const SPACED_LETTER = 'a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u0587\\u0590-\\u05ff\\u0600-\\u06ff\\u0900-\\u09ff\\u0b80-\\u0bff\\u10a0-\\u10ff\\u1200-\\u137f\\u1c90-\\u1cbf';

/**
 * A keyword as a pattern: a space stands for up to two spaces, dots, dashes or
 * underscores; a final dot may be left out; a keyword that ends in a letter
 * does not run on into a word, so the next alternative is tried ("geb.datum"
 * is not "geb. dat" + "um").
 */
function keywordSource(k: string): string {
  // An abbreviation's dot inside a keyword may be left out too: "no. de afiliado" is also written "Nº de afiliado"
  // (the ordinal sign folds to "o") or "No de afiliado"; the gap after it admits the dot.
  const parts = foldChars(k).split(' ');
  const src = parts.map((w, x) => escapeRe(x < parts.length - 1 && w.length > 1 && w.endsWith('.') ? w.slice(0, -1) : w)).join('[\\s._-]{0,2}');
  const noRunOn = `(?![${SPACED_LETTER}])`;
  return src.slice(-2) === '\\.' ? `${src.slice(0, -2)}(?:\\.|${noRunOn})` : src + noRunOn;
}

/** One alternation, longest keyword first, or undefined when there is none. */
export function keywordAlternation(keywords: readonly string[], flags: string, before: string, after: string): RegExp | undefined {
  if (keywords.length === 0) return undefined;
  const sorted = keywords.slice().sort((a, b) => b.length - a.length);
  return new RegExp(`${before}(${sorted.map(keywordSource).join('|')})${after}`, flags);
}

/** A keyword that ends in a letter must not run on into a word ("生效" is not "生"; "nacidos" is not "nacido"). */
export const runsOn = (folded: string, end: number): boolean => isLetter(folded[end - 1]) && isLetter(charAt(folded, end));

/**
 * Keywords of the languages written with spaces (whole words) and without (found inside words), each split into
 * those in ASCII after folding and the others: most mail is ASCII, where the others cannot match and are skipped
 * (the languages of other scripts made one alternation several times slower on every field).
 */
export interface LanguageKeywords {
  spaced?: RegExp;
  unspaced?: RegExp;
  spacedOther?: RegExp;
  unspacedOther?: RegExp;
  /**
   * The spaced keywords' first letters, separators left out, at most PREFIX_LETTERS of them ("f nac" -> "fnac",
   * "fecha de nacimiento" -> "fech"): only where the text's letters open with one of them can a keyword start.
   */
  firstLetters?: ReadonlySet<string>;
}

const isAscii = (k: string): boolean => !NON_ASCII.test(foldChars(k));

export function languageKeywordPatterns(spaced: readonly string[], unspaced: readonly string[], after: string): LanguageKeywords {
  const ascii = (list: readonly string[], want: boolean): string[] => list.filter((k) => isAscii(k) === want);
  return {
    firstLetters: new Set(spaced.map((k) => lettersAt(foldChars(k), 0))),
    spaced: keywordAlternation(ascii(spaced, true), 'g', '', after),
    unspaced: keywordAlternation(ascii(unspaced, true), 'g', '', after),
    spacedOther: keywordAlternation(ascii(spaced, false), 'g', '', after),
    unspacedOther: keywordAlternation(ascii(unspaced, false), 'g', '', after),
  };
}

export interface KeywordMatch {
  index: number;
  /** The end of the separators after the keyword. */
  end: number;
  /** The keyword's own length. */
  length: number;
}

/**
 * A spaced script's keywords start a word: the alternation is tried only from a word start (a letter after no
 * letter) whose letters open as a keyword does, instead of at every character; with the languages' hundreds of
 * birth-date and record labels, trying them at every character was the largest single cost of a typical message.
 * The same matches as a scan of the whole text: at each start the first alternative that matches is taken or, if
 * it runs on into the word, none.
 */
function findAtWordStarts(folded: string, re: RegExp, firstLetters: ReadonlySet<string> | undefined, overlapping: boolean, out: KeywordMatch[]): void {
  // The pattern itself searches on from a word start: a match further on tells that no keyword starts before it, so
  // the word starts up to there are passed over; none at all ends the search.
  let from = 0;
  let pending: RegExpExecArray | null = null;
  for (let i = 0; i < folded.length; i++) {
    if (i < from || !isWordStart(folded, i)) continue;
    // The text's letters here open with a keyword's first letters ("FNac" with "f nac"; separators may be left out).
    if (firstLetters !== undefined && !opensWithOneOf(lettersAt(folded, i), firstLetters)) continue;
    if (pending === null || pending.index < i) {
      re.lastIndex = i;
      pending = re.exec(folded);
      if (pending === null) return;
    }
    if (pending.index > i) continue;
    const m = pending;
    if (runsOn(folded, i + m[1].length)) continue;
    out.push({ index: i, end: i + m[0].length, length: m[1].length });
    from = overlapping ? i + 1 : i + m[0].length;
  }
}
const isWordStart = (s: string, i: number): boolean => isLetter(s[i]) && !isLetter(charBefore(s, i));

/** The letters at each word start of a folded text (lettersAt), once per field for the many label sets that read it. */
function wordsOf(folded: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < folded.length; i++) if (isWordStart(folded, i)) out.add(lettersAt(folded, i));
  return out;
}

/**
 * Of many sets of patterns (one per language), those that can match a folded text: a set of spaced keywords only
 * where a word of the text opens with one of its keywords' first letters. The sets are indexed once by those
 * letters, so a field costs a lookup per word, not a pass per language.
 */
export function patternsFor(sets: readonly LanguageKeywords[], folded: string): LanguageKeywords[] {
  let index = prefixIndexes.get(sets);
  if (index === undefined) {
    const byPrefix = new Map<string, number[]>();
    const always: number[] = [];
    sets.forEach((p, at) => {
      if (p.unspaced || p.unspacedOther || p.firstLetters === undefined) always.push(at);
      else for (const f of p.firstLetters) byPrefix.set(f, [...(byPrefix.get(f) ?? []), at]);
    });
    index = { byPrefix, always };
    prefixIndexes.set(sets, index);
  }
  const chosen = new Set<number>(index.always);
  for (const w of wordsOf(folded)) for (let n = 1; n <= w.length; n++) for (const at of index.byPrefix.get(w.slice(0, n)) ?? []) chosen.add(at);
  return [...chosen].sort((a, b) => a - b).map((at) => sets[at]);
}
const prefixIndexes = new WeakMap<readonly LanguageKeywords[], { byPrefix: Map<string, number[]>; always: number[] }>();

/** Letters that are, or open with, one of a keyword's first letters. */
function opensWithOneOf(letters: string, firstLetters: ReadonlySet<string>): boolean {
  for (let n = 1; n <= letters.length; n++) if (firstLetters.has(letters.slice(0, n))) return true;
  return false;
}

const PREFIX_LETTERS = 4;
/**
 * The first PREFIX_LETTERS letters from `from`, past up to two other characters between them (a keyword's space
 * stands for up to two separators, or none): "f. nac" and "fnac" both give "fnac"; a line break ends them.
 */
function lettersAt(s: string, from: number): string {
  let out = '';
  let gap = 0;
  for (let k = from; k < s.length && out.length < PREFIX_LETTERS; k++) {
    if (isLetter(s[k])) {
      out += s[k];
      gap = 0;
    } else if (s[k] === '\n' || ++gap > 2) break;
  }
  return out;
}

/**
 * Keyword matches in the folded text; in spaced scripts only between word boundaries. With `overlapping`,
 * a keyword inside or after the start of another is found too: "Mã số hồ sơ bệnh án 5502817" holds "so ho so"
 * (its value is not next to it) and "so benh an", whose value is.
 */
export function findLanguageKeywords(folded: string, patterns: LanguageKeywords, overlapping = false): KeywordMatch[] {
  const out: KeywordMatch[] = [];
  const other = NON_ASCII.test(folded);
  const runs: [RegExp | undefined, boolean][] = [
    [patterns.spaced, true],
    [patterns.unspaced, false],
    [other ? patterns.spacedOther : undefined, true],
    [other ? patterns.unspacedOther : undefined, false],
  ];
  for (const [re, spaced] of runs) {
    if (!re) continue;
    if (spaced) {
      findAtWordStarts(folded, re, patterns.firstLetters, overlapping, out);
      continue;
    }
    // Scripts without spaces: a keyword anywhere inside a word.
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      out.push({ index: m.index, end: m.index + m[0].length, length: m[1].length });
      if (overlapping) re.lastIndex = m.index + 1;
    }
  }
  return out;
}
