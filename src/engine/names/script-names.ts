import * as lists from './script-names.generated';
import { decodeFrontCodedWith, pairExpander } from '../lexicon/front-coding';
import { LANGUAGE_TOPIC_WORDS, isLanguageTermWord, substringEntryAt } from '../lexicon/languages/match';
import { isMark } from '../text/chars';
import { tokenize } from '../text/tokenize';

/**
 * Personal names in scripts the Latin-name lexicons cannot read (spec: "ePHI
 * counts in any language and any script"): Chinese, Korean, Japanese,
 * Cyrillic (Russian, Ukrainian, Mongolian), Arabic, Hebrew, Devanagari, Bengali,
 * Ethiopic, Greek, Armenian, Georgian, Tamil, Thai, Lao, Khmer and Burmese.
 * Precision first: each script has a closed list of common surnames or given
 * names, surname endings, or the titles a name follows, and a rule for where
 * a name starts and stops; anything unsure is left out.
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

export type NameScript =
  | 'han'
  | 'hangul'
  | 'kana'
  | 'cyrillic'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'telugu'
  | 'ethiopic'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'tamil'
  | 'thai'
  | 'lao'
  | 'khmer'
  | 'myanmar';

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
let KO_ORG_HEADS: ReadonlySet<string>;
let RU_GIVEN: ReadonlySet<string>;
let RU_GIVEN_AMBIGUOUS: ReadonlySet<string>;
let RU_PATRONYMIC_ENDINGS: readonly string[];
let RU_SURNAME_ENDINGS: readonly string[];
let RU_SURNAME_CASE_ENDINGS: readonly string[];
let RU_NOT_SURNAME_STEMS: readonly string[];
let AR_GIVEN: ReadonlySet<string>;
let AR_LINKS: ReadonlySet<string>;
let AR_NOT_FAMILY: ReadonlySet<string>;
let AR_ROYAL: ReadonlySet<string>;
let AR_STOP: ReadonlySet<string>;
let AR_ADDRESS: ReadonlySet<string>;
let HE_GIVEN: ReadonlySet<string>;
let HE_SURNAMES: ReadonlySet<string>;
let HE_AMBIGUOUS: ReadonlySet<string>;
let HI_GIVEN: ReadonlySet<string>;
let HI_SURNAMES: ReadonlySet<string>;
let HI_AMBIGUOUS: ReadonlySet<string>;
let BN_GIVEN: ReadonlySet<string>;
let BN_SURNAMES: ReadonlySet<string>;
let BN_AMBIGUOUS: ReadonlySet<string>;
let PA_GIVEN: ReadonlySet<string>;
let PA_SURNAMES: ReadonlySet<string>;
let PA_AMBIGUOUS: ReadonlySet<string>;
let GU_GIVEN: ReadonlySet<string>;
let GU_SURNAMES: ReadonlySet<string>;
let GU_AMBIGUOUS: ReadonlySet<string>;
let TE_GIVEN: ReadonlySet<string>;
let TE_SURNAMES: ReadonlySet<string>;
let TE_AMBIGUOUS: ReadonlySet<string>;
let AM_NAMES: ReadonlySet<string>;
let AM_AMBIGUOUS: ReadonlySet<string>;
let AM_NAME_PREFIXES: readonly string[];
let EL_GIVEN: ReadonlySet<string>;
let EL_AMBIGUOUS: ReadonlySet<string>;
let EL_SURNAME_ENDINGS: readonly string[];
let EL_TITLES: ReadonlySet<string>;
let EL_STAFF: ReadonlySet<string>;
let EL_PLACE_HEADS: ReadonlySet<string>;
let HY_GIVEN: ReadonlySet<string>;
let HY_AMBIGUOUS: ReadonlySet<string>;
let HY_SURNAME_ENDINGS: readonly string[];
let HY_NOT_SURNAMES: ReadonlySet<string>;
let HY_TITLES: ReadonlySet<string>;
let HY_STAFF: ReadonlySet<string>;
let HY_PLACE_HEADS: readonly string[];
let KA_GIVEN: ReadonlySet<string>;
let KA_AMBIGUOUS: ReadonlySet<string>;
let KA_SURNAME_ENDINGS: readonly string[];
let KA_WEAK_ENDINGS: readonly string[];
let KA_NOT_SURNAMES: ReadonlySet<string>;
let KA_TITLES: ReadonlySet<string>;
let KA_STAFF: ReadonlySet<string>;
let KA_PLACE_HEADS: ReadonlySet<string>;
let MN_GIVEN: ReadonlySet<string>;
let MN_AMBIGUOUS: ReadonlySet<string>;
let MN_NAME_ENDINGS: readonly string[];
let MN_PATRONYMIC_ENDINGS: readonly string[];
let MN_NOT_PATRONYMIC: ReadonlySet<string>;
let TH_TITLES: readonly string[];
let TH_PATIENT_WORDS: readonly string[];
let TH_NOT_TITLES: readonly string[];
let TH_STAFF: readonly string[];
let TH_STOPS: readonly string[];
let LO_TITLES: readonly string[];
let LO_PATIENT_WORDS: readonly string[];
let LO_NOT_TITLES: readonly string[];
let LO_STAFF: readonly string[];
let LO_STOPS: readonly string[];
let KM_TITLES: readonly string[];
let KM_PATIENT_WORDS: readonly string[];
let KM_NOT_TITLES: readonly string[];
let KM_STAFF: readonly string[];
let KM_STOPS: readonly string[];
let MY_TITLES: readonly string[];
let MY_NOT_TITLES: readonly string[];
let MY_STAFF: readonly string[];
let MY_STOPS: readonly string[];
let TA_TITLES: ReadonlySet<string>;
let TA_PATIENT_WORDS: ReadonlySet<string>;
let TA_STAFF: readonly string[];
let TA_STOPS: ReadonlySet<string>;
let ET_TITLES: readonly string[];
let EL_PATIENT_WORDS: ReadonlySet<string>;
let HY_PATIENT_WORDS: ReadonlySet<string>;
let KA_PATIENT_WORDS: ReadonlySet<string>;
let TH_LONE_TITLES: readonly string[];
let KM_LONE_TITLES: readonly string[];
let MY_LONE_TITLES: readonly string[];
let THAI: Cues;
let LAO: Cues;
let KHMER: Cues;
let BURMESE: Cues;
let TA_PLACE_HEADS: ReadonlySet<string>;
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
  KO_ORG_HEADS = set(lists.KO_ORG_HEADS);
  RU_GIVEN = set(lists.RU_GIVEN);
  RU_GIVEN_AMBIGUOUS = set(lists.RU_GIVEN_AMBIGUOUS);
  RU_PATRONYMIC_ENDINGS = list(lists.RU_PATRONYMIC_ENDINGS);
  RU_SURNAME_ENDINGS = list(lists.RU_SURNAME_ENDINGS);
  RU_SURNAME_CASE_ENDINGS = list(lists.RU_SURNAME_CASE_ENDINGS);
  RU_NOT_SURNAME_STEMS = list(lists.RU_NOT_SURNAME_STEMS);
  AR_GIVEN = arabicSet(list(lists.AR_GIVEN));
  AR_LINKS = arabicSet(list(lists.AR_LINKS));
  AR_NOT_FAMILY = arabicSet(list(lists.AR_NOT_FAMILY));
  AR_ROYAL = arabicSet(list(lists.AR_ROYAL));
  AR_STOP = arabicSet(list(lists.AR_STOP));
  AR_ADDRESS = arabicSet(list(lists.AR_ADDRESS));
  HE_GIVEN = set(lists.HE_GIVEN);
  HE_SURNAMES = set(lists.HE_SURNAMES);
  HE_AMBIGUOUS = set(lists.HE_AMBIGUOUS);
  HI_GIVEN = set(lists.HI_GIVEN);
  HI_SURNAMES = set(lists.HI_SURNAMES);
  HI_AMBIGUOUS = set(lists.HI_AMBIGUOUS);
  BN_GIVEN = set(lists.BN_GIVEN);
  BN_SURNAMES = set(lists.BN_SURNAMES);
  BN_AMBIGUOUS = set(lists.BN_AMBIGUOUS);
  PA_GIVEN = set(lists.PA_GIVEN);
  PA_SURNAMES = set(lists.PA_SURNAMES);
  PA_AMBIGUOUS = set(lists.PA_AMBIGUOUS);
  GU_GIVEN = set(lists.GU_GIVEN);
  GU_SURNAMES = set(lists.GU_SURNAMES);
  GU_AMBIGUOUS = set(lists.GU_AMBIGUOUS);
  TE_GIVEN = set(lists.TE_GIVEN);
  TE_SURNAMES = set(lists.TE_SURNAMES);
  TE_AMBIGUOUS = set(lists.TE_AMBIGUOUS);
  AM_NAMES = set(lists.AM_NAMES);
  AM_AMBIGUOUS = set(lists.AM_AMBIGUOUS);
  AM_NAME_PREFIXES = list(lists.AM_NAME_PREFIXES);
  EL_GIVEN = set(lists.EL_GIVEN);
  EL_AMBIGUOUS = set(lists.EL_AMBIGUOUS);
  EL_SURNAME_ENDINGS = list(lists.EL_SURNAME_ENDINGS);
  EL_TITLES = set(lists.EL_TITLES);
  EL_STAFF = set(lists.EL_STAFF);
  EL_PLACE_HEADS = set(lists.EL_PLACE_HEADS);
  HY_GIVEN = set(lists.HY_GIVEN);
  HY_AMBIGUOUS = set(lists.HY_AMBIGUOUS);
  HY_SURNAME_ENDINGS = list(lists.HY_SURNAME_ENDINGS);
  HY_NOT_SURNAMES = set(lists.HY_NOT_SURNAMES);
  HY_TITLES = set(lists.HY_TITLES);
  HY_STAFF = set(lists.HY_STAFF);
  HY_PLACE_HEADS = list(lists.HY_PLACE_HEADS);
  KA_GIVEN = set(lists.KA_GIVEN);
  KA_AMBIGUOUS = set(lists.KA_AMBIGUOUS);
  KA_SURNAME_ENDINGS = list(lists.KA_SURNAME_ENDINGS);
  KA_WEAK_ENDINGS = list(lists.KA_WEAK_ENDINGS);
  KA_NOT_SURNAMES = set(lists.KA_NOT_SURNAMES);
  KA_TITLES = set(lists.KA_TITLES);
  KA_STAFF = set(lists.KA_STAFF);
  KA_PLACE_HEADS = set(lists.KA_PLACE_HEADS);
  MN_GIVEN = set(lists.MN_GIVEN);
  MN_AMBIGUOUS = set(lists.MN_AMBIGUOUS);
  MN_NAME_ENDINGS = list(lists.MN_NAME_ENDINGS);
  MN_PATRONYMIC_ENDINGS = list(lists.MN_PATRONYMIC_ENDINGS);
  MN_NOT_PATRONYMIC = set(lists.MN_NOT_PATRONYMIC);
  TH_TITLES = list(lists.TH_TITLES);
  TH_PATIENT_WORDS = list(lists.TH_PATIENT_WORDS);
  TH_NOT_TITLES = list(lists.TH_NOT_TITLES);
  TH_STAFF = list(lists.TH_STAFF);
  TH_STOPS = list(lists.TH_STOPS);
  LO_TITLES = list(lists.LO_TITLES);
  LO_PATIENT_WORDS = list(lists.LO_PATIENT_WORDS);
  LO_NOT_TITLES = list(lists.LO_NOT_TITLES);
  LO_STAFF = list(lists.LO_STAFF);
  LO_STOPS = list(lists.LO_STOPS);
  KM_TITLES = list(lists.KM_TITLES);
  KM_PATIENT_WORDS = list(lists.KM_PATIENT_WORDS);
  KM_NOT_TITLES = list(lists.KM_NOT_TITLES);
  KM_STAFF = list(lists.KM_STAFF);
  KM_STOPS = list(lists.KM_STOPS);
  MY_TITLES = list(lists.MY_TITLES);
  MY_NOT_TITLES = list(lists.MY_NOT_TITLES);
  MY_STAFF = list(lists.MY_STAFF);
  MY_STOPS = list(lists.MY_STOPS);
  TA_TITLES = set(lists.TA_TITLES);
  TA_PATIENT_WORDS = set(lists.TA_PATIENT_WORDS);
  TA_STAFF = list(lists.TA_STAFF);
  TA_STOPS = set(lists.TA_STOPS);
  TA_PLACE_HEADS = set(lists.TA_PLACE_HEADS);
  ET_TITLES = list(lists.ET_TITLES);
  EL_PATIENT_WORDS = set(lists.EL_PATIENT_WORDS);
  HY_PATIENT_WORDS = set(lists.HY_PATIENT_WORDS);
  KA_PATIENT_WORDS = set(lists.KA_PATIENT_WORDS);
  TH_LONE_TITLES = list(lists.TH_LONE_TITLES);
  KM_LONE_TITLES = list(lists.KM_LONE_TITLES);
  MY_LONE_TITLES = list(lists.MY_LONE_TITLES);
  THAI = cuesOf(TH_TITLES, TH_LONE_TITLES, TH_PATIENT_WORDS, TH_NOT_TITLES, TH_STAFF, TH_STOPS, true, false);
  LAO = cuesOf(LO_TITLES, [], LO_PATIENT_WORDS, LO_NOT_TITLES, LO_STAFF, LO_STOPS, true, false);
  KHMER = cuesOf(KM_TITLES, KM_LONE_TITLES, KM_PATIENT_WORDS, KM_NOT_TITLES, KM_STAFF, KM_STOPS, true, false);
  BURMESE = cuesOf(MY_TITLES, MY_LONE_TITLES, [], MY_NOT_TITLES, MY_STAFF, MY_STOPS, false, true);
  decoded = true;
}

/** The decoded lists by name, for the test that they hold the source's words. */
export function scriptNameLists(): Record<string, ReadonlySet<string> | readonly string[]> {
  if (!decoded) decodeLists();
  return {
    ZH_SURNAMES, ZH_COMPOUND_SURNAMES, ZH_GIVEN, ZH_STOP, ZH_TITLES, ZH_NOT_NAMES, JA_FAMILY, JA_HONORIFICS, JA_GIVEN_FINAL, KO_SURNAMES, KO_GIVEN, KO_COMPOUND_SURNAMES, KO_SUFFIXES, KO_NOT_NAMES, KO_ORG_HEADS, RU_GIVEN, RU_GIVEN_AMBIGUOUS, RU_PATRONYMIC_ENDINGS, RU_SURNAME_ENDINGS, RU_SURNAME_CASE_ENDINGS, RU_NOT_SURNAME_STEMS, AR_GIVEN, AR_LINKS, AR_NOT_FAMILY, AR_ROYAL, AR_STOP, AR_ADDRESS, HE_GIVEN, HE_SURNAMES, HE_AMBIGUOUS, HI_GIVEN, HI_SURNAMES, HI_AMBIGUOUS, BN_GIVEN, BN_SURNAMES, BN_AMBIGUOUS, PA_GIVEN, PA_SURNAMES, PA_AMBIGUOUS, GU_GIVEN, GU_SURNAMES, GU_AMBIGUOUS, TE_GIVEN, TE_SURNAMES, TE_AMBIGUOUS, AM_NAMES, AM_AMBIGUOUS, AM_NAME_PREFIXES,
    EL_GIVEN, EL_AMBIGUOUS, EL_SURNAME_ENDINGS, EL_TITLES, EL_STAFF, EL_PLACE_HEADS, HY_GIVEN, HY_AMBIGUOUS, HY_SURNAME_ENDINGS, HY_NOT_SURNAMES, HY_TITLES, HY_STAFF, HY_PLACE_HEADS, KA_GIVEN, KA_AMBIGUOUS, KA_SURNAME_ENDINGS, KA_WEAK_ENDINGS, KA_NOT_SURNAMES, KA_TITLES, KA_STAFF, KA_PLACE_HEADS, MN_GIVEN, MN_AMBIGUOUS, MN_NAME_ENDINGS, MN_PATRONYMIC_ENDINGS, MN_NOT_PATRONYMIC, TH_TITLES, TH_PATIENT_WORDS, TH_NOT_TITLES, TH_STAFF, TH_STOPS, LO_TITLES, LO_PATIENT_WORDS, LO_NOT_TITLES, LO_STAFF, LO_STOPS, KM_TITLES, KM_PATIENT_WORDS, KM_NOT_TITLES, KM_STAFF, KM_STOPS, MY_TITLES, MY_NOT_TITLES, MY_STAFF, MY_STOPS, TA_TITLES, TA_PATIENT_WORDS, TA_STAFF, TA_STOPS, ET_TITLES, EL_PATIENT_WORDS, HY_PATIENT_WORDS, KA_PATIENT_WORDS, TH_LONE_TITLES, KM_LONE_TITLES, MY_LONE_TITLES, TA_PLACE_HEADS,
  };
}

// ---------------------------------------------------------------- scanning
type Kind = NameScript | 'other';

function kindOf(c: number): Kind {
  if (c < 0x0370) return 'other';
  // Greek less its numeral signs and punctuation (NFKC turns the question mark and ano teleia into ; and ·).
  if (c < 0x0400) return c === 0x0374 || c === 0x0375 || c === 0x037e || c === 0x0387 ? 'other' : 'greek';
  if (c <= 0x052f) return 'cyrillic';
  // Armenian letters (U+0531-0556, U+0560-0588), not its punctuation (U+0559-055F, U+0589).
  if (c <= 0x058f) return (c >= 0x0531 && c <= 0x0556) || (c >= 0x0560 && c <= 0x0588) ? 'armenian' : 'other';
  if (c >= 0x0591 && c <= 0x05f4) return c === 0x05be ? 'other' : 'hebrew';
  if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) return 'arabic';
  if (c >= 0x0900 && c <= 0x097f) return c === 0x0964 || c === 0x0965 || (c >= 0x0966 && c <= 0x096f) ? 'other' : 'devanagari';
  // Bengali less its digits, currency and number signs (U+09E6-09FB).
  if (c >= 0x0980 && c <= 0x09ff) return c >= 0x09e6 && c <= 0x09fb ? 'other' : 'bengali';
  // Gurmukhi less its digits (U+0A66-0A6F).
  if (c >= 0x0a00 && c <= 0x0a7f) return c >= 0x0a66 && c <= 0x0a6f ? 'other' : 'gurmukhi';
  // Gujarati less its digits (U+0AE6-0AEF) and the rupee sign.
  if (c >= 0x0a80 && c <= 0x0aff) return (c >= 0x0ae6 && c <= 0x0af1) ? 'other' : 'gujarati';
  // Tamil letters and signs; its digits and number signs (from U+0BE6) are not.
  if (c >= 0x0b80 && c <= 0x0bff) return c >= 0x0be6 ? 'other' : 'tamil';
  // Telugu less its digits and fraction signs (from U+0C66).
  if (c >= 0x0c00 && c <= 0x0c7f) return c >= 0x0c66 ? 'other' : 'telugu';
  // Thai less paiyannoi (ฯ, an abbreviation mark), the baht sign, fongman, the digits and the end marks.
  if (c >= 0x0e00 && c <= 0x0e7f) return c === 0x0e2f || c === 0x0e3f || c >= 0x0e4f ? 'other' : 'thai';
  if (c >= 0x0e80 && c <= 0x0eff) return c === 0x0eaf || (c >= 0x0ed0 && c <= 0x0ed9) ? 'other' : 'lao';
  // Myanmar less its digits and punctuation (၊ ။ and the genitive sign ၏).
  if (c >= 0x1000 && c <= 0x109f) return (c >= 0x1040 && c <= 0x104f) || (c >= 0x1090 && c <= 0x1099) ? 'other' : 'myanmar';
  if (c >= 0x10a0 && c <= 0x10ff) return c === 0x10fb ? 'other' : 'georgian';
  if (c >= 0x1100 && c <= 0x11ff) return 'hangul';
  if (c >= 0x1200 && c <= 0x137f) return c >= 0x1360 && c <= 0x137c ? 'other' : 'ethiopic';
  // Khmer less its punctuation (។ ៕ ៖ ...) and digits.
  if (c >= 0x1780 && c <= 0x17ff) return (c >= 0x17d4 && c <= 0x17d6) || (c >= 0x17d8 && c <= 0x17db) || c >= 0x17e0 ? 'other' : 'khmer';
  if (c >= 0x1c90 && c <= 0x1cbf) return 'georgian';
  if (c >= 0x1f00 && c <= 0x1fff) return 'greek';
  if (c >= 0x2d00 && c <= 0x2d2f) return 'georgian';
  if (c >= 0x3040 && c <= 0x30ff) return c === 0x30fb ? 'other' : 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return 'han';
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul';
  if (c >= 0x3130 && c <= 0x318f) return 'hangul';
  if ((c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f)) return 'myanmar';
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

/** Honorifics a Japanese clinic writes after a patient's or a client's name. */
const PERSON_HONORIFICS = ['様', 'さま', 'さん', '殿'];
/**
 * Last kanji of a role (長 chief, 者 the one in charge, 師 technician, 医, 官, 員, 士) or of an organisation or a place
 * (局, 所, 院, 部, 科, 社, 店, 室, 課, 係, 設, 会, 館, 園): before an honorific they address an office, not a patient.
 */
const ROLE_OR_PLACE_FINALS = new Set('長者師医官員士局所院部科社店室課係設会館園'.split(''));
/** Japanese: a common family name with an honorific, or followed by a given name. */
function findJapanese(text: string, out: ScriptName[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text, i) || (isHan(text, i - 1) && !endsWithAny(text, i, ZH_STOP, 3))) continue;
    // "森本健二様", "小野寺さん": a run of two to four kanji right before the honorific a clinic writes after a patient's or
    // a client's name (様, さま, さん, 殿; not 先生, a doctor's) is a name whatever the family-name list holds. 様 is a kanji
    // itself, so the name is the run before the first honorific that ends the run: not a word that opens with the
    // honorific's character ("申請様式", an application form).
    let run = i + 2;
    let honorific: string | undefined;
    for (; run <= i + 4 && isHan(text, run - 1); run++) {
      honorific = PERSON_HONORIFICS.find((h) => text.slice(run, run + h.length) === h && !isHan(text, run + h.length));
      if (honorific !== undefined) break;
    }
    // Not a role's or an organisation's noun before it (事務長殿, 担当者様, 検査技師さん, 調剤薬局様, 保健所様): its last kanji says so.
    if (honorific !== undefined && isHan(text, i + 1) && !ROLE_OR_PLACE_FINALS.has(text[run - 1])) {
      out.push({ start: i, end: run, script: 'kana', strength: run - i >= 3 ? 'full' : 'lone' });
      i = run - 1;
      continue;
    }
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

/** Case particles glued after a Korean noun ("치과의", "정형외과에서"). */
const KO_PARTICLE_AFTER = /(?:에서|으로|[의에은는을를이가로])$/;

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
    if (!ok || KO_NOT_NAMES.has(core)) continue;
    // A shorter word at the start ("이동", a move, in "이동훈") makes three syllables a name only with an honorific or a
    // patient word glued on or right after ("이동훈님", "이동훈 환자"); alone, or after "환자", they may be the longer word
    // ("이동식", mobile: "환자 이동식 침대 점검").
    let prefixWord = false;
    for (let n = 2; n < core.length && !prefixWord; n++) prefixWord = KO_NOT_NAMES.has(core.slice(0, n));
    const patientAfter = /^\s*환자/.test(text.slice(w.end, w.end + 4));
    if (prefixWord && !(core.length === 3 && (core.length < w.text.length || patientAfter))) continue;
    // "송림 내과": before a clinic's head, two syllables unmarked are the practice's name (three may be a patient's full
    // name before the clinic that sees them: "박지영 내과 검사 결과").
    const nextWord = /^\s*([\uac00-\ud7a3]+)/.exec(text.slice(w.end));
    if (core.length === 2 && w.text.length === 2 && nextWord !== null && KO_ORG_HEADS.has(nextWord[1].replace(KO_PARTICLE_AFTER, '').replace(/의원$/, ''))) continue;
    // Two syllables are a name or a word as often as not ("권리", rights): a full name only with an
    // honorific or a patient word glued on, or three syllables.
    const marked = core.length < w.text.length;
    out.push({ start: w.start, end: w.start + core.length, script: 'hangul', strength: core.length >= 3 || marked ? 'full' : 'lone' });
  }
}

/** Cyrillic lookups fold ё to е and й to и, as the engine's keys do. */
const foldCyrillic = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/й/g, 'и');
const endsWith = (s: string, endings: readonly string[]): boolean => endings.some((e) => s.length > e.length && s.slice(-e.length) === e);

/** 'oblique': a surname's ending in an oblique case, a name only beside another name word, an initial or a cue. */
type CyrKind = 'given' | 'ambiguous' | 'patronymic' | 'surname' | 'oblique' | 'initial' | 'capital' | undefined;

function cyrillicKind(w: Word, mongolianText: boolean): CyrKind {
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
  // Mongolian genitives ("Эмнэлгийн", of the hospital; "Монголын", "Сүхбаатарын талбай"; in Mongolian text, any
  // word in -ын or -ин: "Гэмтэл Согог Судлалын Үндэсний Төв", a research centre) are no Russian surnames.
  if (key.slice(-3) === 'иин' || MN_NOT_PATRONYMIC.has(key) || (/[өү]/.test(key) && MN_PATRONYMIC_ENDINGS.some((e) => key.slice(-e.length) === e))) return 'capital';
  if (mongolianText && (key.slice(-2) === 'ын' || key.slice(-2) === 'ин')) return 'capital';
  const everyday = key.indexOf('ческ') >= 0 || RU_NOT_SURNAME_STEMS.some((s) => key.slice(0, s.length) === s);
  if (key.length >= 5 && endsWith(key, RU_SURNAME_ENDINGS) && !everyday) return 'surname';
  if (key.length >= 6 && endsWith(key, RU_SURNAME_CASE_ENDINGS) && !everyday) return 'oblique';
  return 'capital';
}

/**
 * Words for a patient and lay titles in Russian and Ukrainian, folded: the capitalised word right after one is a
 * name whatever its ending ("пацієнтка Бондар", "госпожа Ким").
 */
const CYRILLIC_TITLES = new Set(['господин', 'госпожа', 'пан', 'пані', 'пани', 'пана', 'пану', 'панові']);
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
  // Mongolian text has letters Russian and Ukrainian lack (ө, ү).
  const mongolianText = /[өү]/i.test(text);
  const kinds = words.map((w, k) => (mongolian.has(k) ? undefined : cyrillicKind(w, mongolianText)));
  const titledAt = new Set<number>();
  for (let k = 1; k < words.length; k++) {
    const cue = foldCyrillic(words[k - 1].text);
    if ((kinds[k] !== 'capital' && kinds[k] !== 'oblique') || !CYRILLIC_CUES.has(cue) || !joined(text, words[k - 1], words[k])) continue;
    // A word for a patient only where it opens the field or a part of it: "Школа пациента Диабет" is a course.
    if (!CYRILLIC_TITLES.has(cue) && !opensField(text, words[k - 1].start)) continue;
    kinds[k] = 'surname';
    if (CYRILLIC_TITLES.has(cue)) titledAt.add(k);
  }
  const named = (k: CyrKind): boolean => k === 'given' || k === 'patronymic' || k === 'ambiguous';
  const nameWord = (k: CyrKind): boolean => named(k) || k === 'surname' || k === 'oblique';
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
    // A surname by its ending, with initials ("Смирнова А.", "И. И. Иванов") or alone; in an oblique case only with
    // initials ("для Кузнецовой Н.").
    const s = run.findIndex((k) => k === 'surname' || k === 'oblique');
    if (s >= 0) {
      let a = s;
      let b = s + 1;
      while (a > 0 && run[a - 1] === 'initial') a--;
      while (b < run.length && run[b] === 'initial') b++;
      if (run[s] === 'surname' || b - a > 1) push(a, b, b - a > 1 || titledAt.has(i + s) ? 'full' : 'lone');
      i += b;
      continue;
    }
    i = j;
  }
}

/**
 * Persian and Urdu letters that are Arabic letters in another form: Persian and Urdu yeh (ی, ې, ے) as ي, keheh (ک) as
 * ك, heh goal and heh with yeh (ہ, ۀ, ۃ, ە) as ه. "علی" and "علي" are one name (Ali) however the keyboard wrote it.
 */
const ARABIC_LETTER_FORMS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ک': 'ك', 'ہ': 'ه', 'ۀ': 'ه', 'ۃ': 'ه', 'ە': 'ه' };

/**
 * Arabic-script lookups: no vowel marks or tatweel; alef forms as ا, taa marbuta as ه, alef maqsura as ي, and the
 * Persian and Urdu letter forms as their Arabic letters (ARABIC_LETTER_FORMS). Every list is folded the same way.
 */
export function foldArabic(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    r += ARABIC_LETTER_FORMS[s[i]] ?? s[i];
  }
  return r;
}
const arabicSet = (words: readonly string[]): Set<string> => new Set(words.map(foldArabic));

/** Jobs after a title in Arabic and Persian: the title is then a colleague's ("خانم پرستار", "السيد المدير"). */
const ARABIC_SCRIPT_JOBS = arabicSet(['المدير', 'مدير', 'الدكتور', 'دكتور', 'الطبيب', 'الممرض', 'الممرضه', 'الاستاذ', 'المهندس', 'الرئيس', 'مدیر', 'دکتر', 'پرستار', 'مهندس', 'استاد']);
/** The word at `start` opens the field or a part of it (after a dash, a colon, a bar, a bracket or a comma). */
function opensField(text: string, start: number): boolean {
  return /(?:^|[-\u2013\u2014:|(،,])\s*$/.test(text.slice(0, start));
}
/** Lay titles in Arabic and Persian, and with them the words for a patient. */
const ARABIC_SCRIPT_TITLES = arabicSet(['السيد', 'السيده', 'آقای', 'خانم']);
const ARABIC_SCRIPT_CUES = arabicSet([...ARABIC_SCRIPT_TITLES, 'المريض', 'المريضه', 'مريض', 'مريضه', 'بیمار', 'بيمار']);

/**
 * A family name made from a given name with the nisba ending -i (Persian and Urdu "کریمی" from کریم, "حسینی" from حسین,
 * "رضایی" from رضا; Arabic "الحسيني" has the article too): a name after a given name or a title. Only from a listed
 * given name: the same ending makes everyday adjectives (فوری urgent, پزشکی medical, برای for).
 */
function nisbaOfGivenName(key: string): boolean {
  if (key.length < 4 || key[key.length - 1] !== 'ي') return false;
  const stem = key.slice(0, -1);
  return AR_GIVEN.has(stem) || ((stem.endsWith('ي') || stem.endsWith('ئ')) && AR_GIVEN.has(stem.slice(0, -1)));
}

/** Arabic: a given name with a family name (ال…, or the nisba of a given name), name particles (عبد ال…، بن، بنت، آل، أبو). */
function findArabic(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'arabic');
  const keys = words.map((w) => foldArabic(w.text));
  const spaced = (a: number, b: number): boolean => b < words.length && /^[ \u00a0_]{1,2}$/.test(text.slice(words[a].end, words[b].start));
  const familyLike = (k: number): boolean => (keys[k].length >= 4 && keys[k].slice(0, 2) === 'ال' && !AR_NOT_FAMILY.has(keys[k]) && !AR_STOP.has(keys[k])) || nisbaOfGivenName(keys[k]);
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
  // "بیمار گرامی رضا احمدی": after a word for a patient, a word of address is skipped; the name may follow it.
  const patientCueAt = (k: number): boolean => k >= 0 && ARABIC_SCRIPT_CUES.has(keys[k]) && !ARABIC_SCRIPT_TITLES.has(keys[k]) && opensField(text, words[k].start);
  const addressed = (k: number): boolean => k > 0 && AR_ADDRESS.has(keys[k]) && patientCueAt(k - 1) && spaced(k - 1, k);
  const cueBefore = (k: number): boolean => k > 0 && spaced(k - 1, k) && ((cueAt(k - 1) && !addressed(k)) || addressed(k - 1));
  let i = 0;
  while (i < words.length) {
    // "السيد المدير الطبي": a job after the title is a colleague's post, not a name.
    if (cueBefore(i) && !AR_STOP.has(keys[i]) && !ARABIC_SCRIPT_CUES.has(keys[i]) && !ARABIC_SCRIPT_JOBS.has(keys[i])) {
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
 * Hebrew, Devanagari, Bengali, Ethiopic: listed given names and surnames; two listed
 * names together are a full name, one alone a lone name (unless it is also
 * an everyday word).
 */
function findListed(
  text: string,
  out: ScriptName[],
  script: 'hebrew' | 'devanagari' | 'bengali' | 'gurmukhi' | 'gujarati' | 'telugu' | 'ethiopic',
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

/** Bengali lookups: NFKC, as the lists are written (য় is য with nukta whether typed as one character or two). */
const foldBengali = (s: string): string => s.normalize('NFKC');

/** Gujarati lookups: without the "-ben" (sister) or "-bhai" (brother) that Gujarati glues to a given name ("હંસાબેન", "રમેશભાઈ"). */
const foldGujarati = (s: string): string => (s.length > 4 ? s.replace(/(?:બેન|ભાઈ|ભાઇ)$/, '') : s);

// ---------------------------------------------------------------- Greek, Armenian, Georgian

/** Greek lookups: lower case, no tonos or dialytika (Γιώργος -> γιωργος); a final sigma stays ς. */
const foldGreek = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
/** Armenian and Georgian lookups: lower case (Georgian Mtavruli capitals lower to Mkhedruli). */
const lower = (s: string): string => s.toLowerCase();
const capitalised = (w: Word): boolean => w.text[0] !== w.text[0].toLowerCase();
/** The ending of `key` in `endings` with at least `before` characters before it, if any. */
function endingOf(key: string, endings: readonly string[], before: number): string | undefined {
  for (const e of endings) if (key.length >= e.length + before && key.slice(-e.length) === e) return e;
  return undefined;
}
/** A Latin clinician's title right before a name: "Dr. Παπαδάκη", "Dr Պետրոսյան". */
const LATIN_DOCTOR_BEFORE = /(?:^|[^A-Za-z])(?:Dr|Drs|Prof)\.?\s{0,2}$/;

/** The words of a cased script (Greek, Armenian, Georgian) and what stands before each. */
interface Cased {
  words: Word[];
  keys: string[];
  /** Right after a lay title ("κ.", "պարոն", "ბატონი"), not a clinician's. */
  titled: (k: number) => boolean;
  /** Right after a word for a patient ("ασθενής", "հիվանդ", "პაციენტი"). */
  patient: (k: number) => boolean;
  /** Right after a clinician's title, a staff word or a place head: a colleague or a place, not a patient. */
  barred: (k: number) => boolean;
}

function cased(text: string, kind: Kind, fold: (s: string) => string, titles: ReadonlySet<string>, patients: ReadonlySet<string>, staff: ReadonlySet<string>, places: ReadonlySet<string>): Cased {
  const words = wordsOf(text, kind);
  const keys = words.map((w) => fold(w.text));
  const after = (k: number, set: ReadonlySet<string>): boolean => k > 0 && set.has(keys[k - 1]) && joined(text, words[k - 1], words[k]);
  return {
    words,
    keys,
    titled: (k) => after(k, titles) && !after(k - 1, staff),
    patient: (k) => after(k, patients),
    // A place's head one word or two before ("Ιατρείο Ευαγγελίας Παπαδοπούλου", a doctor's practice).
    barred: (k) => after(k, staff) || after(k, places) || (after(k - 1, places) && joined(text, words[k - 1], words[k])) || (after(k, titles) && after(k - 1, staff)) || LATIN_DOCTOR_BEFORE.test(text.slice(Math.max(0, words[k].start - 8), words[k].start)),
  };
}

/**
 * Names of a cased script (Greek, Armenian): runs of up to three joined name words (a surname by its
 * ending, a listed given name, an initial "Γ."), a given name or a title with a capitalised word
 * beside it, or a capitalised word after a title or a word for a patient. A title or two name words
 * make a full name; a surname, a given name that is no everyday word, or a capitalised word after a
 * word for a patient alone, a lone one.
 */
function findCased(text: string, out: ScriptName[], script: NameScript, c: Cased, surname: (k: number) => boolean, given: (k: number) => boolean, ambiguous: (k: number) => boolean, placeAfter: (end: number) => boolean): void {
  const { words } = c;
  const initial = (k: number): boolean => words[k].text.length === 1 && capitalised(words[k]) && text[words[k].end] === '.';
  const nameWord = (k: number): boolean => initial(k) || surname(k) || given(k);
  const plainCapital = (k: number): boolean => k < words.length && capitalised(words[k]) && words[k].text.length >= 3 && !nameWord(k) && !isLanguageTermWord(words[k].text);
  let i = 0;
  while (i < words.length) {
    const cue = (c.titled(i) || c.patient(i)) && capitalised(words[i]) && !initial(i) && !isLanguageTermWord(words[i].text);
    if (!cue && !nameWord(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && j - i < 3 && nameWord(j) && joined(text, words[j - 1], words[j])) j++;
    // "Ελένη Καραγιάννη", "κα Ελένη Μαυρογένη": a given name or a title and a capitalised word beside it.
    if (j === i + 1 && (given(i) || cue) && plainCapital(j) && joined(text, words[i], words[j])) j++;
    let parts = 0;
    let hasSurname = false;
    for (let t = i; t < j; t++) {
      if (!initial(t)) parts++;
      if (surname(t)) hasSurname = true;
    }
    if (parts === 0 || c.barred(i) || placeAfter(j)) {
      i = j;
      continue;
    }
    const full = c.titled(i) || parts >= 2 || (hasSurname && parts < j - i);
    if (full) out.push({ start: words[i].start, end: words[j - 1].end, script, strength: 'full' });
    else if (hasSurname || cue || (given(i) && !ambiguous(i))) out.push({ start: words[i].start, end: words[j - 1].end, script, strength: 'lone' });
    i = j;
  }
}

/**
 * Greek: a surname by its ending (-πουλος, -ίδης, -άκης, -άδης, -όγλου and their feminine and genitive
 * forms), a listed given name, or a capitalised word after a title ("κα Σταθοπούλου", "κ. Ράλλης").
 * Not after a clinician's title ("Δρ.", "γιατρός") nor a place's head ("Νοσοκομείο Αγία Σοφία").
 */
function findGreek(text: string, out: ScriptName[]): void {
  const c = cased(text, 'greek', foldGreek, EL_TITLES, EL_PATIENT_WORDS, EL_STAFF, EL_PLACE_HEADS);
  // Not a word of the ambiguous names: "Κυριακή" (Sunday) ends like a surname (-άκη).
  const surname = (k: number): boolean => capitalised(c.words[k]) && !EL_AMBIGUOUS.has(c.keys[k]) && endingOf(c.keys[k], EL_SURNAME_ENDINGS, 3) !== undefined;
  const given = (k: number): boolean => capitalised(c.words[k]) && EL_GIVEN.has(c.keys[k]);
  findCased(text, out, 'greek', c, surname, given, (k) => EL_AMBIGUOUS.has(c.keys[k]), () => false);
}

/**
 * Armenian: a surname in -յան (Western -եան, also -յանց) with its cases, a listed given name, or a
 * capitalised word after a title ("տիկին Հակոբյան"). Not a place's adjective in -յան ("Երեւանյան"),
 * a genitive in -ության ("Հանրապետության", of the Republic), nor a surname that names an
 * organisation, a street or a saint ("Միքայելյան ինստիտուտ", "Սբ. Գրիգոր").
 */
function findArmenian(text: string, out: ScriptName[]): void {
  const c = cased(text, 'armenian', lower, HY_TITLES, HY_PATIENT_WORDS, HY_STAFF, new Set(HY_PLACE_HEADS));
  // Not the genitive of a noun in -ություն ("Առողջապահության", of health care), which ends in -յան too.
  const surname = (k: number): boolean => capitalised(c.words[k]) && !HY_NOT_SURNAMES.has(c.keys[k]) && c.keys[k].indexOf('ությ') < 0 && endingOf(c.keys[k], HY_SURNAME_ENDINGS, 2) !== undefined;
  const given = (k: number): boolean => capitalised(c.words[k]) && HY_GIVEN.has(c.keys[k]);
  // "Միքայելյան բժշկական կենտրոն": a place's head among the two words after the name.
  const placeAfter = (end: number): boolean => {
    for (let k = end; k < end + 2 && k < c.words.length && joined(text, c.words[k - 1], c.words[k]); k++) if (HY_PLACE_HEADS.some((h) => c.keys[k].slice(0, h.length) === h)) return true;
    return false;
  };
  findCased(text, out, 'armenian', c, surname, given, (k) => HY_AMBIGUOUS.has(c.keys[k]), placeAfter);
}

/** Case endings a Georgian name takes ("ნინოს", "გიორგის", "დავითმა"): the given-name list holds the bare forms. */
const GEORGIAN_CASES = ['ისთვის', 'თან', 'ით', 'ის', 'მა', 'მ', 'ს'];

/**
 * Georgian (no letter case): a surname in -შვილი or -ძე, in any case, which no common word ends in
 * (kin words in -შვილი aside: a grandchild, a cousin); a listed given name with a surname in those or
 * in the endings common words share too (-ია, -ავა, -უა, -ანი, -ური, -ელი); a name after a title
 * ("ქალბატონი ნინო", "ბატონ ბერიძეს"). Not a street, an avenue or an organisation named after one
 * ("ჭავჭავაძის გამზირი", "ჟვანიას სახელობის").
 */
function findGeorgian(text: string, out: ScriptName[]): void {
  const c = cased(text, 'georgian', lower, KA_TITLES, KA_PATIENT_WORDS, KA_STAFF, EMPTY);
  const { words, keys } = c;
  const givenKey = (k: number): string | undefined => {
    const key = keys[k];
    if (KA_GIVEN.has(key)) return key;
    for (const e of GEORGIAN_CASES) {
      if (key.length <= e.length + 1 || key.slice(-e.length) !== e) continue;
      const stem = key.slice(0, -e.length);
      if (KA_GIVEN.has(stem)) return stem;
      if (KA_GIVEN.has(stem + 'ი')) return stem + 'ი';
    }
    return undefined;
  };
  const given = (k: number): boolean => givenKey(k) !== undefined;
  const strong = (k: number): boolean => {
    const e = endingOf(keys[k], KA_SURNAME_ENDINGS, 0);
    // Two letters before -შვილ-, three before -ძ-: "სიძე" (a son-in-law) is a word.
    return e !== undefined && !KA_NOT_SURNAMES.has(keys[k]) && keys[k].length - e.length >= (e[0] === 'შ' ? 2 : 3);
  };
  const weak = (k: number): boolean => endingOf(keys[k], KA_WEAK_ENDINGS, 3) !== undefined && !isLanguageTermWord(words[k].text);
  const abbreviatedTitle = (k: number): boolean => /(?:^|[^\u10a0-\u10ff])[ბქ]-ნი?\.?\s{1,2}$/.test(text.slice(Math.max(0, words[k].start - 6), words[k].start));
  const placeAfter = (k: number): boolean => k < words.length && KA_PLACE_HEADS.has(keys[k]) && joined(text, words[k - 1], words[k]);
  const initial = (k: number): boolean => words[k].text.length === 1 && text[words[k].end] === '.';
  const next = (k: number): boolean => k + 1 < words.length && joined(text, words[k], words[k + 1]);
  let i = 0;
  while (i < words.length) {
    const titled = c.titled(i) || abbreviatedTitle(i);
    let end = 0;
    let strength: 'full' | 'lone' = 'lone';
    if (given(i) && next(i) && (strong(i + 1) || weak(i + 1))) [end, strength] = [i + 2, 'full'];
    else if (strong(i) && next(i) && given(i + 1)) [end, strength] = [i + 2, 'full'];
    else if (initial(i) && next(i) && strong(i + 1)) [end, strength] = [i + 2, 'full'];
    else if ((titled || c.patient(i)) && (given(i) || strong(i) || weak(i))) [end, strength] = [next(i) && (strong(i + 1) || weak(i + 1)) ? i + 2 : i + 1, titled ? 'full' : 'lone'];
    else if (strong(i)) end = i + 1;
    else if (given(i) && !KA_AMBIGUOUS.has(givenKey(i) as string)) end = i + 1;
    if (end === 0 || c.barred(i) || placeAfter(end)) {
      i = Math.max(i + 1, end);
      continue;
    }
    if (end - i === 2) strength = 'full';
    out.push({ start: words[i].start, end: words[end - 1].end, script: 'georgian', strength });
    i = end;
  }
}

// ---------------------------------------------------------------- Thai, Lao, Khmer, Burmese, Tamil

/**
 * The lists of a script without letter case or name lists, where a name is known by what comes before
 * it: a lay title ("คุณ", "ທ້າວ", "លោកស្រី", "ဦး") or a word for a patient.
 */
interface Cues {
  /** Titles and words for a patient, and which is which. */
  cues: readonly string[];
  titles: ReadonlySet<string>;
  /** Titles also said for "you" or "he": one word after them is a lone name (after the others, a full one, as "Mr." + a surname). */
  loneTitles: ReadonlySet<string>;
  /** Words that start with a title but are none ("คุณภาพ" quality, "ဦးနှောက်" the brain). */
  notTitles: readonly string[];
  /** Staff and clinicians: a title right after one of these ("พยาบาล คุณสมศรี") names a colleague. */
  staff: readonly string[];
  /** Particles, greetings, days: never the start of a name, and a name stops before them. */
  stops: readonly string[];
  /** A surname may follow as a second word (Thai, Lao, Khmer; not Burmese). */
  surnames: boolean;
  /** A name glued to what follows may stop at a health word ("ဦးအောင်ကျော်သွေးစစ်"); else it must end its word. */
  stopsAtTerms: boolean;
}

function cuesOf(titles: readonly string[], lone: readonly string[], patients: readonly string[], notTitles: readonly string[], staff: readonly string[], stops: readonly string[], surnames: boolean, stopsAtTerms: boolean): Cues {
  return { cues: titles.concat(patients), titles: new Set(titles), loneTitles: new Set(lone), notTitles, staff, stops, surnames, stopsAtTerms };
}

/** The longest name part after a title in a script without spaces: past it, the words after a title are a sentence. */
const MAX_UNSPACED_NAME = 20;

/** The longest of `list` that starts at `at` in `s`. */
function startingAt(s: string, at: number, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of list) if (s.startsWith(w, at) && (best === undefined || w.length > best.length)) best = w;
  return best;
}

/**
 * A name in a script written without spaces between words (Thai, Lao, Khmer, Burmese): after a title,
 * the rest of its word or the next word, up to the end of the word (Burmese: or a health word or a
 * particle), then for Thai, Lao and Khmer a surname as the next word. After a word for a patient, a
 * given name and a surname are needed ("ผู้ป่วย สมชาย ใจดี"; "ผู้ป่วยใน" is an inpatient).
 */
function findCued(text: string, out: ScriptName[], script: 'thai' | 'lao' | 'khmer' | 'myanmar', cues: Cues): void {
  const words = wordsOf(text, script);
  /** The end of a name part starting at `from` in w, 0 when none does; a part glued to more text only where `cut` allows. */
  const part = (w: Word, from: number, cut: boolean): number => {
    const s = w.text;
    if (from >= s.length || isMark(s[from]) || substringEntryAt(s, from) > 0 || startingAt(s, from, cues.stops) !== undefined || startingAt(s, from, cues.cues) !== undefined) return 0;
    let p = from + 1;
    for (; p < s.length && p - from <= MAX_UNSPACED_NAME; p++) {
      if (isMark(s[p])) continue;
      if (substringEntryAt(s, p) > 0 || (p - from >= 2 && startingAt(s, p, cues.stops) !== undefined)) break;
    }
    return p - from > MAX_UNSPACED_NAME || p - from < 2 || (p < s.length && !cut) ? 0 : p;
  };
  const spaced = (a: Word, b: Word | undefined): b is Word => b !== undefined && /^ {1,2}$/.test(text.slice(a.end, b.start));
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // Cues in a row ("ผู้ป่วยนายสมชาย", a patient, Mr Somchai): the last title is the name's.
    let at = 0;
    let title: string | undefined;
    for (;;) {
      const cue = startingAt(w.text, at, cues.cues);
      if (cue === undefined || isMark(w.text[at + cue.length]) || startingAt(w.text, at, cues.notTitles) !== undefined) break;
      if (cues.titles.has(cue)) title = cue;
      at += cue.length;
    }
    if (at === 0) continue;
    // A title right after a clinician or another staff word ("พยาบาล คุณสมศรี") is a colleague's.
    const prev = words[k - 1];
    if (prev !== undefined && spaced(prev, w) && cues.staff.some((s) => prev.text.slice(-s.length) === s)) continue;
    // The given name: the rest of this word, or the next word.
    let first = k;
    let from = at;
    if (at === w.text.length) {
      if (!spaced(w, words[k + 1])) continue;
      first = k + 1;
      from = 0;
    }
    const end = part(words[first], from, cues.stopsAtTerms);
    if (end === 0) continue;
    let last = first;
    let lastEnd = end;
    const second = words[first + 1];
    if (cues.surnames && end === words[first].text.length && spaced(words[first], second)) {
      const e2 = part(second, 0, true);
      if (e2 > 0) [last, lastEnd] = [first + 1, e2];
    }
    if (title === undefined && last === first) continue;
    const strength = last !== first || (title !== undefined && !cues.loneTitles.has(title)) ? 'full' : 'lone';
    out.push({ start: words[first].start + from, end: words[last].start + lastEnd, script, strength });
    k = last;
  }
}

/**
 * Tamil (written with spaces): the words after a title ("திரு. க. முருகன்", "திருமதி லக்ஷ்மி") or after
 * a word for a patient (two name words needed), with the initials of a father's name ("க."). A word of
 * the health lexicon or a stop word ends the name; an organisation's or a street's head after it
 * ("மருத்துவமனை", a hospital) makes it no patient's.
 */
function findTamil(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'tamil');
  const gapOk = (a: Word, b: Word | undefined): boolean => b !== undefined && /^(?:\. ?| {1,2})$/.test(text.slice(a.end, b.start));
  // An initial: one letter, with or without its vowel sign, and a dot.
  const initial = (w: Word): boolean => w.text.length <= 2 && text[w.end] === '.';
  const nameWord = (w: Word): boolean => w.text.length >= 2 && !TA_STOPS.has(w.text) && !TA_TITLES.has(w.text) && !TA_PATIENT_WORDS.has(w.text) && !TA_PLACE_HEADS.has(w.text) && !isLanguageTermWord(w.text);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const titled = TA_TITLES.has(w.text);
    if (!titled && !TA_PATIENT_WORDS.has(w.text)) continue;
    const before = trimEnd(text.slice(Math.max(0, w.start - 24), w.start), '.');
    if (LATIN_DOCTOR_BEFORE.test(text.slice(Math.max(0, w.start - 8), w.start)) || TA_STAFF.some((s) => before.slice(-s.length) === s)) continue;
    let j = k + 1;
    let parts = 0;
    while (j < words.length && j - k <= 4 && gapOk(words[j - 1], words[j]) && (initial(words[j]) || nameWord(words[j]))) {
      if (!initial(words[j])) parts++;
      j++;
    }
    // "திரு. முருகன் மருத்துவமனை": a hospital, a clinic, a street named after the man.
    const place = j < words.length && gapOk(words[j - 1], words[j]) && TA_PLACE_HEADS.has(words[j].text);
    if (parts === 0 || (!titled && j - k - 1 < 2) || place) continue;
    out.push({ start: words[k + 1].start, end: words[j - 1].end, script: 'tamil', strength: 'full' });
    k = j - 1;
  }
}

/** `s` without the white space and the characters of `extra` at its end (linear, unlike a trailing regex). */
function trimEnd(s: string, extra: string): string {
  let end = s.length;
  while (end > 0 && (/\s/.test(s[end - 1]) || extra.indexOf(s[end - 1]) >= 0)) end--;
  return s.slice(0, end);
}

let TOPIC_WORDS: ReadonlySet<string> | undefined;
/** A teaching or event word of the patients' languages in the text (lexicon/languages topicWords: a lecture, a seminar, a leaflet). */
function teaching(text: string): boolean {
  TOPIC_WORDS ??= new Set(LANGUAGE_TOPIC_WORDS);
  const topics = TOPIC_WORDS;
  return tokenize(text).some((t) => topics.has(t.key));
}

const isEthiopic = (s: string, i: number): boolean => i >= 0 && kindOf(s.charCodeAt(i)) === 'ethiopic';
/** Amharic prepositions of one letter that glue to the next word: ለ (for), ከ (from), የ (of), በ (by, at). */
const ET_PREPOSITIONS = new Set(['ለ', 'ከ', 'የ', 'በ']);

/**
 * Amharic and Tigrinya: the word after a lay title ("አቶ", "ኣቶ", "ወ/ሮ"), with the father's name after
 * it, is a full name, listed or not; names the lists found already are left as they are.
 */
function findEthiopicTitled(text: string, out: ScriptName[]): void {
  // A name the lists found alone ("ከበደ") is the one after the title: it is taken again, whole.
  const lone = (w: Word): number => out.findIndex((n) => n.start === w.start && n.end === w.end && n.strength === 'lone');
  const free = (w: Word): boolean => !isLanguageTermWord(w.text) && (lone(w) >= 0 || !out.some((n) => n.start < w.end && w.start < n.end));
  const words = wordsOf(text, 'ethiopic');
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const head = text.slice(Math.max(0, w.start - 8), w.start);
    const trimmed = trimEnd(head, '_');
    // The title may carry a preposition glued before it ("ለአቶ ...", for Mr. ...): one letter, itself set apart.
    const titleAt = (t: string): boolean => {
      const before = trimmed.length - t.length - 1;
      return trimmed.slice(-t.length) === t && (!isEthiopic(trimmed, before) || (ET_PREPOSITIONS.has(trimmed[before]) && !isEthiopic(trimmed, before - 1)));
    };
    if (trimmed.length === head.length || !ET_TITLES.some(titleAt) || !free(w)) continue;
    const n = words[k + 1];
    const two = n !== undefined && /^ {1,2}$/.test(text.slice(w.end, n.start)) && free(n);
    for (const x of two ? [w, n] : [w]) if (lone(x) >= 0) out.splice(lone(x), 1);
    out.push({ start: w.start, end: two ? n.end : w.end, script: 'ethiopic', strength: 'full' });
    if (two) k++;
  }
}

const identity = (s: string): string => s;
const EMPTY = new Set<string>();

/** Quick test: does the text have any character of a script this module reads? */
function hasOtherScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0370 && kindOf(text.charCodeAt(i)) !== 'other') return true;
  return false;
}

/**
 * Likely personal names in non-Latin scripts, left to right, with UTF-16
 * offsets into `text`. Each span carries its script and a strength hint:
 * 'full' for given + family name, 'lone' for one part.
 */
/** A word of address in a Persian, Arabic or Urdu letter (AR_ADDRESS: "گرامی", "المحترمة"), for the caseless-script rules. */
export function isScriptAddressWord(word: string): boolean {
  if (!decoded) decodeLists();
  return AR_ADDRESS.has(foldArabic(word));
}

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
  findListed(text, out, 'bengali', foldBengali, BN_GIVEN, BN_SURNAMES, BN_AMBIGUOUS);
  findListed(text, out, 'gurmukhi', identity, PA_GIVEN, PA_SURNAMES, PA_AMBIGUOUS);
  findListed(text, out, 'gujarati', foldGujarati, GU_GIVEN, GU_SURNAMES, GU_AMBIGUOUS);
  findListed(text, out, 'telugu', identity, TE_GIVEN, TE_SURNAMES, TE_AMBIGUOUS);
  findListed(text, out, 'ethiopic', identity, AM_NAMES, EMPTY, AM_AMBIGUOUS, AM_NAME_PREFIXES);
  const spaced = out.length;
  findEthiopicTitled(text, out);
  findGreek(text, out);
  findArmenian(text, out);
  findGeorgian(text, out);
  findTamil(text, out);
  // "ლექცია დიაბეტზე - ნინო ბერიძე": beside a lecture, a seminar or a leaflet the name is its presenter's.
  if (out.length > spaced && teaching(text)) out.splice(spaced);
  findCued(text, out, 'thai', THAI);
  findCued(text, out, 'lao', LAO);
  findCued(text, out, 'khmer', KHMER);
  findCued(text, out, 'myanmar', BURMESE);
  return out.sort((a, b) => a.start - b.start);
}
