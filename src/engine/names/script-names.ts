import * as lists from './script-names.generated';
import { decodeFrontCodedWith, pairExpander } from '../lexicon/front-coding';

/**
 * Personal names in scripts the Latin-name lexicons cannot read (spec: "ePHI
 * counts in any language and any script"): Chinese, Korean, Japanese,
 * Cyrillic (Russian, Ukrainian, Mongolian), Arabic, Hebrew, Devanagari and
 * Ethiopic. Precision first: each script has a closed list of common
 * surnames or given names and a rule for where a name starts and stops;
 * anything unsure is left out.
 *
 * The lists are in script-name-lists.ts (written by the PHI Guard team from
 * general knowledge of common names; no third-party list), packed for the
 * bundles; docs/name-model.md describes them. Lookups fold as the engine does
 * where a script has variants (Cyrillic ё/й, Arabic alef and taa marbuta
 * forms, Hebrew and Arabic vowel points).
 *
 * ES2016: no regex look-behind, no Unicode property escapes; the scans are
 * linear in the text.
 */

export type NameScript = 'han' | 'hangul' | 'kana' | 'cyrillic' | 'arabic' | 'hebrew' | 'devanagari' | 'ethiopic';

export interface ScriptName {
  /** UTF-16 offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 'kana' is Japanese (family names are written in kanji; the cue is Japanese). */
  readonly script: NameScript;
  /** 'full': given name and family name (or surname + given in CJK, or initials); 'lone': one part. */
  readonly strength: 'full' | 'lone';
}

// ---------------------------------------------------------------- lists
// The lists (script-name-lists.ts, the one source, with what each holds) are packed into
// script-names.generated.ts by scripts/build-lexicons.js and decoded on the first text that has a
// character of these scripts. KO_SUFFIXES keeps its order (the first suffix that fits is taken);
// the other lists come back sorted (the rules only ask whether a word is in them).
let ZH_SURNAMES: ReadonlySet<string>;
let ZH_COMPOUND_SURNAMES: ReadonlySet<string>;
let ZH_GIVEN: ReadonlySet<string>;
let ZH_STOP: ReadonlySet<string>;
let ZH_TITLES: ReadonlySet<string>;
let ZH_NOT_NAMES: ReadonlySet<string>;
let JA_FAMILY: ReadonlySet<string>;
let JA_HONORIFICS: readonly string[];
let JA_GIVEN_FINAL: ReadonlySet<string>;
let KO_SURNAMES: ReadonlySet<string>;
let KO_GIVEN: ReadonlySet<string>;
let KO_COMPOUND_SURNAMES: ReadonlySet<string>;
let KO_SUFFIXES: readonly string[];
let KO_NOT_NAMES: ReadonlySet<string>;
let RU_GIVEN: ReadonlySet<string>;
let RU_GIVEN_AMBIGUOUS: ReadonlySet<string>;
let RU_PATRONYMIC_ENDINGS: readonly string[];
let RU_SURNAME_ENDINGS: readonly string[];
let RU_NOT_SURNAME_STEMS: readonly string[];
let AR_GIVEN: ReadonlySet<string>;
let AR_LINKS: ReadonlySet<string>;
let AR_NOT_FAMILY: ReadonlySet<string>;
let AR_ROYAL: ReadonlySet<string>;
let AR_STOP: ReadonlySet<string>;
let HE_GIVEN: ReadonlySet<string>;
let HE_SURNAMES: ReadonlySet<string>;
let HE_AMBIGUOUS: ReadonlySet<string>;
let HI_GIVEN: ReadonlySet<string>;
let HI_SURNAMES: ReadonlySet<string>;
let HI_AMBIGUOUS: ReadonlySet<string>;
let AM_NAMES: ReadonlySet<string>;
let AM_AMBIGUOUS: ReadonlySet<string>;
let AM_NAME_PREFIXES: readonly string[];
let MN_GIVEN: ReadonlySet<string>;
let MN_AMBIGUOUS: ReadonlySet<string>;
let MN_NAME_ENDINGS: readonly string[];
let MN_PATRONYMIC_ENDINGS: readonly string[];
let MN_NOT_PATRONYMIC: ReadonlySet<string>;
let decoded = false;

function decodeLists(): void {
  const expand = pairExpander(lists.merges);
  /** A list of single characters is written as they are; any other is front-coded (A = nothing shared ... Z = 25 characters). */
  const list = (packed: string): string[] => {
    const text = expand(packed);
    const mark = text.charCodeAt(0);
    return mark >= 65 && mark <= 90 ? decodeFrontCodedWith(text, 65, 90) : text.split('');
  };
  const set = (packed: string): Set<string> => new Set(list(packed));
  ZH_SURNAMES = set(lists.ZH_SURNAMES);
  ZH_COMPOUND_SURNAMES = set(lists.ZH_COMPOUND_SURNAMES);
  ZH_GIVEN = set(lists.ZH_GIVEN);
  ZH_STOP = set(lists.ZH_STOP);
  ZH_TITLES = set(lists.ZH_TITLES);
  ZH_NOT_NAMES = set(lists.ZH_NOT_NAMES);
  JA_FAMILY = set(lists.JA_FAMILY);
  JA_HONORIFICS = list(lists.JA_HONORIFICS);
  JA_GIVEN_FINAL = set(lists.JA_GIVEN_FINAL);
  KO_SURNAMES = set(lists.KO_SURNAMES);
  KO_GIVEN = set(lists.KO_GIVEN);
  KO_COMPOUND_SURNAMES = set(lists.KO_COMPOUND_SURNAMES);
  KO_SUFFIXES = list(lists.KO_SUFFIXES);
  KO_NOT_NAMES = set(lists.KO_NOT_NAMES);
  RU_GIVEN = set(lists.RU_GIVEN);
  RU_GIVEN_AMBIGUOUS = set(lists.RU_GIVEN_AMBIGUOUS);
  RU_PATRONYMIC_ENDINGS = list(lists.RU_PATRONYMIC_ENDINGS);
  RU_SURNAME_ENDINGS = list(lists.RU_SURNAME_ENDINGS);
  RU_NOT_SURNAME_STEMS = list(lists.RU_NOT_SURNAME_STEMS);
  AR_GIVEN = set(lists.AR_GIVEN);
  AR_LINKS = set(lists.AR_LINKS);
  AR_NOT_FAMILY = set(lists.AR_NOT_FAMILY);
  AR_ROYAL = set(lists.AR_ROYAL);
  AR_STOP = set(lists.AR_STOP);
  HE_GIVEN = set(lists.HE_GIVEN);
  HE_SURNAMES = set(lists.HE_SURNAMES);
  HE_AMBIGUOUS = set(lists.HE_AMBIGUOUS);
  HI_GIVEN = set(lists.HI_GIVEN);
  HI_SURNAMES = set(lists.HI_SURNAMES);
  HI_AMBIGUOUS = set(lists.HI_AMBIGUOUS);
  AM_NAMES = set(lists.AM_NAMES);
  AM_AMBIGUOUS = set(lists.AM_AMBIGUOUS);
  AM_NAME_PREFIXES = list(lists.AM_NAME_PREFIXES);
  MN_GIVEN = set(lists.MN_GIVEN);
  MN_AMBIGUOUS = set(lists.MN_AMBIGUOUS);
  MN_NAME_ENDINGS = list(lists.MN_NAME_ENDINGS);
  MN_PATRONYMIC_ENDINGS = list(lists.MN_PATRONYMIC_ENDINGS);
  MN_NOT_PATRONYMIC = set(lists.MN_NOT_PATRONYMIC);
  decoded = true;
}

/** The decoded lists by name, for the test that they hold the source's words. */
export function scriptNameLists(): Record<string, ReadonlySet<string> | readonly string[]> {
  if (!decoded) decodeLists();
  return { ZH_SURNAMES, ZH_COMPOUND_SURNAMES, ZH_GIVEN, ZH_STOP, ZH_TITLES, ZH_NOT_NAMES, JA_FAMILY, JA_HONORIFICS, JA_GIVEN_FINAL, KO_SURNAMES, KO_GIVEN, KO_COMPOUND_SURNAMES, KO_SUFFIXES, KO_NOT_NAMES, RU_GIVEN, RU_GIVEN_AMBIGUOUS, RU_PATRONYMIC_ENDINGS, RU_SURNAME_ENDINGS, RU_NOT_SURNAME_STEMS, AR_GIVEN, AR_LINKS, AR_NOT_FAMILY, AR_ROYAL, AR_STOP, HE_GIVEN, HE_SURNAMES, HE_AMBIGUOUS, HI_GIVEN, HI_SURNAMES, HI_AMBIGUOUS, AM_NAMES, AM_AMBIGUOUS, AM_NAME_PREFIXES, MN_GIVEN, MN_AMBIGUOUS, MN_NAME_ENDINGS, MN_PATRONYMIC_ENDINGS, MN_NOT_PATRONYMIC };
}

// ---------------------------------------------------------------- scanning
type Kind = 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'hebrew' | 'devanagari' | 'ethiopic' | 'other';

function kindOf(c: number): Kind {
  if (c < 0x0400) return 'other';
  if (c <= 0x052f) return 'cyrillic';
  if (c >= 0x0591 && c <= 0x05f4) return c === 0x05be ? 'other' : 'hebrew';
  if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) return 'arabic';
  if (c >= 0x0900 && c <= 0x097f) return c === 0x0964 || c === 0x0965 || (c >= 0x0966 && c <= 0x096f) ? 'other' : 'devanagari';
  if (c >= 0x1100 && c <= 0x11ff) return 'hangul';
  if (c >= 0x1200 && c <= 0x137f) return c >= 0x1360 && c <= 0x137c ? 'other' : 'ethiopic';
  if (c >= 0x3040 && c <= 0x30ff) return c === 0x30fb ? 'other' : 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return 'han';
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul';
  if (c >= 0x3130 && c <= 0x318f) return 'hangul';
  return 'other';
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Maximal runs of one script's characters. */
function wordsOf(text: string, kind: Kind): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (kindOf(text.charCodeAt(i)) !== kind) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && kindOf(text.charCodeAt(j)) === kind) j++;
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** Two words belong to one name when only a space, underscore, dot or hyphen separates them. */
function joined(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && /^[ _.\-\u3000]+$/.test(gap);
}

function startsWithAny(text: string, at: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let n = 1; n <= maxLength && at + n <= text.length; n++) if (words.has(text.slice(at, at + n))) return true;
  return false;
}
function endsWithAny(text: string, at: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let n = 1; n <= maxLength && at - n >= 0; n++) if (words.has(text.slice(at - n, at))) return true;
  return false;
}

const isHan = (text: string, i: number): boolean => i >= 0 && i < text.length && kindOf(text.charCodeAt(i)) === 'han';
const isKana = (text: string, i: number): boolean => i >= 0 && i < text.length && kindOf(text.charCodeAt(i)) === 'kana';

/** Japanese: a common family name with an honorific, or followed by a given name. */
function findJapanese(text: string, out: ScriptName[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text, i) || (isHan(text, i - 1) && !endsWithAny(text, i, ZH_STOP, 3))) continue;
    let family = '';
    for (let n = 3; n >= 1 && !family; n--) if (JA_FAMILY.has(text.slice(i, i + n))) family = text.slice(i, i + n);
    if (!family) continue;
    let k = i + family.length;
    const honorificAt = (p: number): boolean => JA_HONORIFICS.some((h) => text.slice(p, p + h.length) === h);
    if (honorificAt(k)) {
      out.push({ start: i, end: k, script: 'kana', strength: 'lone' });
      i = k - 1;
      continue;
    }
    if (text[k] === ' ' || text[k] === '\u3000') k++;
    // A given name: one to three kanji ending in a typical last character, or kana before an honorific.
    let g = k;
    while (g < text.length && g - k < 3 && isHan(text, g) && !honorificAt(g)) g++;
    if (g > k && (!isHan(text, g) || honorificAt(g)) && JA_GIVEN_FINAL.has(text[g - 1])) {
      out.push({ start: i, end: g, script: 'kana', strength: 'full' });
      i = g - 1;
      continue;
    }
    g = k;
    while (g < text.length && g - k < 4 && isKana(text, g) && !honorificAt(g)) g++;
    if (g - k >= 2 && honorificAt(g)) {
      out.push({ start: i, end: g, script: 'kana', strength: 'full' });
      i = g - 1;
    }
  }
}

/** "石家庄", "张家口": a surname, 家 and a third character is as often a town as a person. */
const PLACE_NAME_MIDDLE = '家';
/** "沈阳市", "华东区": a place's last character (city, district, county, province, town, port, road, park, cup). */
const PLACE_SUFFIXES = '市区县省镇港路园杯';

/**
 * Chinese: surname + one or two given-name characters, standing between
 * boundaries (not Chinese, or a health word, title or particle), or a lone
 * surname before a title ("张先生").
 */
function findChinese(text: string, out: ScriptName[], taken: (i: number) => boolean): void {
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text, i) || taken(i)) continue;
    // Japanese context (kana around) is not Chinese.
    if (isKana(text, i - 1)) continue;
    if (isHan(text, i - 1) && !endsWithAny(text, i, ZH_STOP, 3)) continue;
    if (startsWithAny(text, i, ZH_NOT_NAMES, 3)) continue;
    let s = 0;
    if (ZH_COMPOUND_SURNAMES.has(text.slice(i, i + 2))) s = 2;
    else if (ZH_SURNAMES.has(text[i])) s = 1;
    if (!s) continue;
    const g = i + s;
    if (startsWithAny(text, g, ZH_TITLES, 2)) {
      out.push({ start: i, end: g, script: 'han', strength: 'lone' });
      i = g - 1;
      continue;
    }
    const boundaryAt = (p: number): boolean => !isHan(text, p) || startsWithAny(text, p, ZH_STOP, 3);
    let end = 0;
    for (let n = 2; n >= 1 && !end; n--) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = ZH_GIVEN.has(text[g + k] ?? '') && !startsWithAny(text, g + k, ZH_STOP, 3);
      if (ok && boundaryAt(g + n) && !isKana(text, g + n)) end = g + n;
    }
    if (end) {
      out.push({ start: i, end, script: 'han', strength: 'full' });
      i = end - 1;
      continue;
    }
    // "伤口护理_郑国栋_0703": three characters standing alone (not Chinese on either side), a surname and a
    // common given-name character first, are a name whatever the last one is; less sure, so 'lone'.
    const alone = !isHan(text, i - 1) && isHan(text, g + 1) && !isHan(text, g + 2) && !isKana(text, g + 2);
    if (s === 1 && alone && ZH_GIVEN.has(text[g]) && text[g] !== PLACE_NAME_MIDDLE && !PLACE_SUFFIXES.includes(text[g + 1]) && !startsWithAny(text, g + 1, ZH_STOP, 3) && !startsWithAny(text, i, ZH_NOT_NAMES, 3)) {
      out.push({ start: i, end: g + 2, script: 'han', strength: 'lone' });
      i = g + 1;
    }
  }
}

/** Korean: a word of a surname syllable and one or two more, with 님 / 씨 / 환자 glued or not. */
function findKorean(text: string, out: ScriptName[]): void {
  for (const w of wordsOf(text, 'hangul')) {
    let core = w.text;
    for (const suffix of KO_SUFFIXES) {
      if (core.length > suffix.length && core.slice(-suffix.length) === suffix) {
        core = core.slice(0, -suffix.length);
        break;
      }
    }
    if (core.length < 2 || core.length > 4) continue;
    const compound = KO_COMPOUND_SURNAMES.has(core.slice(0, 2));
    if (core.length === 4 ? !compound : !KO_SURNAMES.has(core[0]) && !compound) continue;
    let ok = true;
    for (let k = compound ? 2 : 1; k < core.length && ok; k++) ok = KO_GIVEN.has(core[k]);
    for (let n = 2; n <= core.length && ok; n++) ok = !KO_NOT_NAMES.has(core.slice(0, n));
    if (!ok) continue;
    // Two syllables are a name or a word as often as not ("권리", rights): a full name only with an
    // honorific or a patient word glued on, or three syllables.
    const marked = core.length < w.text.length;
    out.push({ start: w.start, end: w.start + core.length, script: 'hangul', strength: core.length >= 3 || marked ? 'full' : 'lone' });
  }
}

/** Cyrillic lookups fold ё to е and й to и, as the engine's keys do. */
const foldCyrillic = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/й/g, 'и');
const endsWith = (s: string, endings: readonly string[]): boolean => endings.some((e) => s.length > e.length && s.slice(-e.length) === e);

type CyrKind = 'given' | 'ambiguous' | 'patronymic' | 'surname' | 'initial' | 'capital' | undefined;

function cyrillicKind(w: Word): CyrKind {
  const first = w.text[0];
  const capital = first !== first.toLowerCase();
  if (!capital) return undefined;
  if (w.text.length === 1) return 'initial';
  const key = foldCyrillic(w.text);
  if (RU_GIVEN.has(key)) return 'given';
  if (RU_GIVEN_AMBIGUOUS.has(key)) return 'ambiguous';
  if (endsWith(key, RU_PATRONYMIC_ENDINGS)) return 'patronymic';
  // All capitals of three letters or fewer are abbreviations (УЗИ, МРТ, ЭКГ).
  if (w.text.length <= 3 && w.text === w.text.toUpperCase()) return undefined;
  // Mongolian genitives ("Эмнэлгийн", of the hospital; "Монголын", "Сүхбаатарын талбай") are no Russian surnames.
  if (key.slice(-3) === 'иин' || MN_NOT_PATRONYMIC.has(key) || (/[өү]/.test(key) && MN_PATRONYMIC_ENDINGS.some((e) => key.slice(-e.length) === e))) return 'capital';
  if (key.length >= 5 && endsWith(key, RU_SURNAME_ENDINGS) && key.indexOf('ческ') < 0 && !RU_NOT_SURNAME_STEMS.some((s) => key.slice(0, s.length) === s)) return 'surname';
  return 'capital';
}

/**
 * Words for a patient and lay titles in Russian and Ukrainian, folded: the capitalised word right after one is a
 * name whatever its ending ("пацієнтка Бондар", "госпожа Ким").
 */
const CYRILLIC_TITLES = new Set(['господин', 'госпожа', 'пан', 'пані', 'пани']);
const CYRILLIC_CUES = new Set([...CYRILLIC_TITLES, 'пациент', 'пациентка', 'пациента', 'пациентке', 'пациенту', 'пациентки', 'пациентку', 'пациентом', 'пациенткои', 'пацієнт', 'пацієнтка', 'пацієнта', 'пацієнтки', 'пацієнтці', 'пацієнтку', 'пацієнтом', 'больнои', 'больная', 'больного', 'хвории', 'хвора', 'хворого', 'хворої', 'хворои']);

/** A Mongolian given name: listed, or a capitalised word ending in a name's last element ("Батболд", "Оюунцэцэг"). */
function mongolianGiven(w: Word): boolean {
  if (w.text.length < 3 || w.text[0] === w.text[0].toLowerCase()) return false;
  const key = foldCyrillic(w.text);
  return MN_GIVEN.has(key) || MN_NAME_ENDINGS.some((e) => key.length >= e.length + 2 && key.slice(-e.length) === e);
}

/**
 * Mongolian names: a given name after a patronymic in the genitive ("Батын Энхтуяа", "Цэрэнгийн
 * Оюунчимэг") or after its initial ("Ц.Энхтуяа", "Б. Ганбаатар"), and a listed given name alone. A
 * hyphenated given name ("Бат-Эрдэнэ") is one. Returns the indices of the words taken, which the
 * Russian rules then leave alone ("Батын" has a Russian surname's ending).
 */
function findMongolian(text: string, words: readonly Word[], out: ScriptName[]): Set<number> {
  const taken = new Set<number>();
  const capital = (w: Word): boolean => w.text[0] !== w.text[0].toLowerCase();
  /** The end (exclusive) of a given name starting at k, with a hyphenated second part, or 0. */
  const givenEnd = (k: number): number => {
    if (k >= words.length) return 0;
    const next = words[k + 1];
    // "Бат-Эрдэнэ": two parts, judged as one word.
    if (next !== undefined && text.slice(words[k].end, next.start) === '-' && capital(next) && mongolianGiven({ start: words[k].start, end: next.end, text: words[k].text + next.text })) return k + 2;
    return mongolianGiven(words[k]) ? k + 1 : 0;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!capital(w)) continue;
    const next = words[k + 1];
    const key = foldCyrillic(w.text);
    const initial = w.text.length === 1 && text[w.end] === '.';
    const patronymic = key.length >= 4 && MN_PATRONYMIC_ENDINGS.some((e) => key.slice(-e.length) === e) && !MN_NOT_PATRONYMIC.has(key);
    if ((initial || patronymic) && next !== undefined && joined(text, w, next)) {
      const end = givenEnd(k + 1);
      if (end > 0) {
        out.push({ start: w.start, end: words[end - 1].end, script: 'cyrillic', strength: 'full' });
        for (let t = k; t < end; t++) taken.add(t);
        k = end - 1;
        continue;
      }
    }
    if (MN_GIVEN.has(key) && !MN_AMBIGUOUS.has(key) && !(k > 0 && joined(text, words[k - 1], w) && capital(words[k - 1]))) {
      const end = givenEnd(k);
      // Alone: not beside another capitalised word, which the Russian rules read.
      if (words[end] === undefined || !joined(text, words[end - 1], words[end]) || !capital(words[end])) {
        out.push({ start: w.start, end: words[end - 1].end, script: 'cyrillic', strength: 'lone' });
        for (let t = k; t < end; t++) taken.add(t);
        k = end - 1;
      }
    }
  }
  return taken;
}

/** Cyrillic: given names, patronymics and surnames by their endings, with initials; Mongolian names first. */
function findCyrillic(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'cyrillic');
  const mongolian = findMongolian(text, words, out);
  const kinds = words.map((w, k) => (mongolian.has(k) ? undefined : cyrillicKind(w)));
  const titledAt = new Set<number>();
  for (let k = 1; k < words.length; k++) {
    const cue = foldCyrillic(words[k - 1].text);
    if (kinds[k] !== 'capital' || !CYRILLIC_CUES.has(cue) || !joined(text, words[k - 1], words[k])) continue;
    // A word for a patient only where it opens the field or a part of it: "Школа пациента Диабет" is a course.
    if (!CYRILLIC_TITLES.has(cue) && !opensField(text, words[k - 1].start)) continue;
    kinds[k] = 'surname';
    if (CYRILLIC_TITLES.has(cue)) titledAt.add(k);
  }
  const named = (k: CyrKind): boolean => k === 'given' || k === 'patronymic' || k === 'ambiguous';
  const nameWord = (k: CyrKind): boolean => named(k) || k === 'surname';
  let i = 0;
  while (i < words.length) {
    if (!kinds[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && kinds[j] && j - i < 5 && joined(text, words[j - 1], words[j])) j++;
    const run = kinds.slice(i, j);
    const push = (a: number, b: number, strength: 'full' | 'lone'): void => {
      out.push({ start: words[i + a].start, end: words[i + b - 1].end, script: 'cyrillic', strength });
    };
    // A given name or patronymic with another name word or a plain capitalised word
    // right beside it: "Ольга Петрова", "Петрова Ольга Ивановна", "Анна Кац".
    const first = run.findIndex(named);
    if (first >= 0) {
      let a = first;
      let b = first + 1;
      while (a > 0 && (nameWord(run[a - 1]) || run[a - 1] === 'initial' || (run[a - 1] === 'capital' && a === first))) a--;
      while (b < run.length && (nameWord(run[b]) || run[b] === 'initial' || (run[b] === 'capital' && b === first + 1))) b++;
      const words2 = run.slice(a, b).filter((k) => k !== 'initial').length;
      if (words2 >= 2) push(a, b, 'full');
      else if (run[first] === 'given' || run.slice(a, b).some((k) => k === 'initial')) push(a, b, run.slice(a, b).some((k) => k === 'initial') ? 'full' : 'lone');
      i += b;
      continue;
    }
    // A surname by its ending, with initials ("Смирнова А.", "И. И. Иванов") or alone.
    const s = run.indexOf('surname');
    if (s >= 0) {
      let a = s;
      let b = s + 1;
      while (a > 0 && run[a - 1] === 'initial') a--;
      while (b < run.length && run[b] === 'initial') b++;
      push(a, b, b - a > 1 || titledAt.has(i + s) ? 'full' : 'lone');
      i += b;
      continue;
    }
    i = j;
  }
}

/** Arabic lookups: no vowel marks or tatweel; alef forms as ا, taa marbuta as ه, alef maqsura as ي. */
function foldArabic(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    const ch = s[i];
    r += ch === 'أ' || ch === 'إ' || ch === 'آ' ? 'ا' : ch === 'ة' ? 'ه' : ch === 'ى' ? 'ي' : ch;
  }
  return r;
}

/** Lay titles and words for a patient in Arabic and Persian, folded as foldArabic folds them. */
/** Jobs after a title in Arabic and Persian, folded: the title is then a colleague's ("خانم پرستار", "السيد المدير"). */
const ARABIC_SCRIPT_JOBS = new Set(['المدير', 'مدير', 'الدكتور', 'دكتور', 'الطبيب', 'الممرض', 'الممرضه', 'الاستاذ', 'المهندس', 'الرئيس', 'مدیر', 'دکتر', 'پرستار', 'مهندس', 'استاد']);
/** The word at `start` opens the field or a part of it (after a dash, a colon, a bar, a bracket or a comma). */
function opensField(text: string, start: number): boolean {
  return /(?:^|[-\u2013\u2014:|(،,])\s*$/.test(text.slice(0, start));
}
const ARABIC_SCRIPT_TITLES = new Set(['السيد', 'السيده', 'آقای', 'اقاي', 'اقای', 'خانم']);
const ARABIC_SCRIPT_CUES = new Set([...ARABIC_SCRIPT_TITLES, 'المريض', 'المريضه', 'مريض', 'مريضه', 'بیمار', 'بيمار']);

/** Arabic: a given name with a family name (ال…), name particles (عبد ال…، بن، بنت، آل، أبو). */
function findArabic(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'arabic');
  const keys = words.map((w) => foldArabic(w.text));
  const spaced = (a: number, b: number): boolean => b < words.length && /^[ \u00a0_]{1,2}$/.test(text.slice(words[a].end, words[b].start));
  const familyLike = (k: number): boolean => keys[k].length >= 4 && keys[k].slice(0, 2) === 'ال' && !AR_NOT_FAMILY.has(keys[k]) && !AR_STOP.has(keys[k]);
  /** A name unit at k: its end index (exclusive) in words, or 0. */
  const unit = (k: number): number => {
    const key = keys[k];
    if (key === 'عبد' && spaced(k, k + 1) && keys[k + 1].slice(0, 2) === 'ال') return k + 2;
    if (AR_GIVEN.has(key) || (key.slice(0, 5) === 'عبدال' && key.length > 5)) return k + 1;
    return 0;
  };
  // After a lay title or a word for a patient ("السيدة النجار", "بیمار زهرا احمدی"), one or two words are a name.
  // A word for a patient only where it opens the field or a part of it: "حقوق المريض عربي" (patient rights, Arabic)
  // is a document about patients.
  const cueAt = (k: number): boolean => ARABIC_SCRIPT_TITLES.has(keys[k]) || (ARABIC_SCRIPT_CUES.has(keys[k]) && opensField(text, words[k].start));
  let i = 0;
  while (i < words.length) {
    // "السيد المدير الطبي": a job after the title is a colleague's post, not a name.
    if (i > 0 && cueAt(i - 1) && spaced(i - 1, i) && !AR_STOP.has(keys[i]) && !ARABIC_SCRIPT_CUES.has(keys[i]) && !ARABIC_SCRIPT_JOBS.has(keys[i])) {
      const two = spaced(i, i + 1) && (unit(i + 1) > 0 || familyLike(i + 1) || (unit(i) > 0 && !AR_STOP.has(keys[i + 1])));
      // A title and a surname is a full name, as in English ("Mrs. Quill"); a patient word and one word, a lone name.
      out.push({ start: words[i].start, end: words[two ? i + 1 : i].end, script: 'arabic', strength: two || ARABIC_SCRIPT_TITLES.has(keys[i - 1]) ? 'full' : 'lone' });
      i += two ? 2 : 1;
      continue;
    }
    let j = unit(i);
    const linkFirst = AR_LINKS.has(keys[i]) && keys[i] !== 'بن' && keys[i] !== 'ابن' && keys[i] !== 'بنت';
    if (!j && linkFirst && spaced(i, i + 1) && !AR_STOP.has(keys[i + 1])) {
      // آل X (a family) or أبو X (father of X) alone.
      out.push({ start: words[i].start, end: words[i + 1].end, script: 'arabic', strength: 'lone' });
      i += 2;
      continue;
    }
    if (!j || (i > 0 && AR_ROYAL.has(keys[i - 1]))) {
      i = Math.max(i + 1, j);
      continue;
    }
    let parts = 1;
    for (;;) {
      if (!spaced(j - 1, j)) break;
      const next = unit(j);
      if (next) {
        j = next;
        parts++;
      } else if (AR_LINKS.has(keys[j]) && spaced(j, j + 1) && !AR_STOP.has(keys[j + 1])) {
        j = unit(j + 1) || j + 2;
        parts++;
      } else if (familyLike(j)) {
        j++;
        parts++;
        break;
      } else break;
    }
    out.push({ start: words[i].start, end: words[j - 1].end, script: 'arabic', strength: parts >= 2 ? 'full' : 'lone' });
    i = j;
  }
}

/** Hebrew vowel points and cantillation marks are not part of the lookup. */
function foldHebrew(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x05d0 || c > 0x05ea) continue;
    r += s[i];
  }
  return r;
}

/**
 * Hebrew, Devanagari, Ethiopic: listed given names and surnames; two listed
 * names together are a full name, one alone a lone name (unless it is also
 * an everyday word).
 */
function findListed(
  text: string,
  out: ScriptName[],
  script: 'hebrew' | 'devanagari' | 'ethiopic',
  fold: (s: string) => string,
  given: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
  ambiguous: ReadonlySet<string>,
  prefixes: readonly string[] = [],
): void {
  const words = wordsOf(text, script);
  const keys = words.map((w) => fold(w.text));
  // A name built on a prefix ("ገብረመድህን") needs two more characters after it.
  const prefixed = (key: string): boolean => prefixes.some((p) => key.length >= p.length + 2 && key.startsWith(p));
  const listed = (k: number): boolean => given.has(keys[k]) || surnames.has(keys[k]) || prefixed(keys[k]);
  let i = 0;
  while (i < words.length) {
    if (!listed(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && j - i < 3 && listed(j) && joined(text, words[j - 1], words[j])) j++;
    const hasSurname = keys.slice(i, j).some((k) => surnames.has(k));
    const full = j - i >= 2 && (hasSurname || script === 'ethiopic' || j - i >= 3 || keys.slice(i, j).every((k) => given.has(k)));
    if (full) out.push({ start: words[i].start, end: words[j - 1].end, script, strength: 'full' });
    // A word known only by its prefix may be an inflected word ('ተስፋችን', our hope): only inside a full name.
    else if (j - i === 1 && !ambiguous.has(keys[i]) && (given.has(keys[i]) || surnames.has(keys[i]))) out.push({ start: words[i].start, end: words[i].end, script, strength: 'lone' });
    i = j;
  }
}

const identity = (s: string): string => s;
const EMPTY = new Set<string>();

/** Quick test: does the text have any character of a script this module reads? */
function hasOtherScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0400 && kindOf(text.charCodeAt(i)) !== 'other') return true;
  return false;
}

/**
 * Likely personal names in non-Latin scripts, left to right, with UTF-16
 * offsets into `text`. Each span carries its script and a strength hint:
 * 'full' for given + family name, 'lone' for one part.
 */
export function findScriptNames(text: string): ScriptName[] {
  if (!hasOtherScript(text)) return [];
  if (!decoded) decodeLists();
  const out: ScriptName[] = [];
  findJapanese(text, out);
  const japanese = out.slice();
  findChinese(text, out, (i) => japanese.some((n) => i >= n.start && i < n.end));
  findKorean(text, out);
  findCyrillic(text, out);
  findArabic(text, out);
  findListed(text, out, 'hebrew', foldHebrew, HE_GIVEN, HE_SURNAMES, HE_AMBIGUOUS);
  findListed(text, out, 'devanagari', identity, HI_GIVEN, HI_SURNAMES, HI_AMBIGUOUS);
  findListed(text, out, 'ethiopic', identity, AM_NAMES, EMPTY, AM_AMBIGUOUS, AM_NAME_PREFIXES);
  return out.sort((a, b) => a.start - b.start);
}
