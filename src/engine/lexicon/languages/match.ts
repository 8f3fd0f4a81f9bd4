import type { HealthCategory } from '../health-terms';
import { Token, foldKey, tokenize } from '../../text/tokenize';
import { languageLexicons } from './lexicons';
import type { LanguageLexicon } from './types';

/**
 * Finding the terms of the language modules (languages/*.ts) among a field's
 * tokens, for facts/health.ts. Three ways, each linear in the text:
 *
 * - words: a term's words as consecutive token keys, in the engine's one
 *   phrase matcher with the English terms (lexicon/index.ts healthMatcher);
 * - stems and glued prefixes: before that matcher runs, a token whose key is
 *   a prefix + a registered word or stem + one of the language's endings is
 *   keyed by that word ("للمريضة" -> "مريض", "анализов" -> "анализ"): a few
 *   set look-ups per token, bounded by the longest prefix and ending;
 * - substrings (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese): inside
 *   each word of those scripts, at each position the longest term starting there
 *   (at most MAX_SUBSTRING look-ups per character), left to right without
 *   overlaps; an everyday word that holds a term (`ignore`: Thai "ตรวจสอบ", to
 *   check, holds "ตรวจ") is matched the same way and skipped.
 */

const CATEGORIES: readonly HealthCategory[] = ['condition', 'medication', 'test', 'procedure', 'encounter', 'payer', 'patient', 'specialty'];

/** A phrase as the matcher reads it: without the everyday mark "~", stems without their "*". */
const plain = (phrase: string): string => phrase.replace(/[*~]/g, '');

/** Without the everyday mark. */
const plain0 = (phrase: string): string => (phrase[0] === '~' ? phrase.slice(1) : phrase);

/**
 * A phrase's words folded as the tokenizer folds a word (keys written folded
 * stay as they are; Devanagari loses its vowel signs), then with the letters
 * the fold keeps also as typed without diacritics: Vietnamese đ as d, Turkish
 * dotless ı as i.
 */
export function variants(phrase: string): string[] {
  // Lower-case ASCII words are folded already (a third of the terms; the cold first send folds them all).
  return FOLDED_ASCII.test(phrase) ? [plain0(phrase)] : foldedVariants(phrase);
}

/** variants() the general way, for any phrase (test/engine/cold-shortcuts.test.ts compares the two). */
export function foldedVariants(phrase: string): string[] {
  const folded = plain0(phrase)
    .split(' ')
    .map((w) => (w.endsWith('*') ? foldKey(w.slice(0, -1)) + '*' : foldKey(w)))
    .join(' ');
  const out = [folded];
  const plainLetters = folded.replace(/đ/g, 'd').replace(/ı/g, 'i');
  if (plainLetters !== folded) out.push(plainLetters);
  return out;
}

const FOLDED_ASCII = /^~?[a-z*]+(?: [a-z*]+)*$/;

interface WordInfo {
  endings: Set<string> | null;
  prefixes: Set<string> | null;
}

interface Merged {
  /** Word-mode entries for the phrase matcher, with their words as token keys; first category wins (the tests keep one category per term). */
  entries: (readonly [string, HealthCategory, readonly string[]])[];
  /** Words of word-mode terms: how each may be inflected. */
  words: Map<string, WordInfo>;
  prefixFirst: Set<string>;
  prefixes: string[];
  maxEnding: number;
  /** Substring-mode terms, their workplace words (null) and the everyday words that hold a term (false). */
  substrings: Map<string, HealthCategory | null | false>;
  maxSubstring: number;
  /** Substring-mode terms written with a space ("발달 평가"), by their first word: [second word, term, category]. */
  spaced: Map<string, (readonly [string, string, HealthCategory])[]>;
  maxSpacedFirst: number;
  heads: Set<string>;
  links: Set<string>;
  /** Keys of terms of languages that count only in lower case (LanguageLexicon.lowerCaseOnly). */
  lowerOnly: Set<string>;
}

/**
 * The terms merge by script, on first need: Latin letters (with Vietnamese and the Latin extensions) when any
 * field is read, every other script only when a field holds one. Most mail is written in Latin letters, and the
 * handler's cold first send then folds and registers half the terms, not all of them. Folding keeps a term in
 * its group ("ł" to "l", Hangul to its jamo), and a token is looked up in the group of its key's first letter,
 * so a field finds exactly what the whole merge finds (test/engine/languages-merge.test.ts checks both).
 * Terms of the substring-mode scripts (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese) merge with the
 * other scripts whatever their first letter ("x光").
 */
export const LATIN = 0;
export const OTHER_SCRIPTS = 1;
type ScriptGroup = typeof LATIN | typeof OTHER_SCRIPTS;
/** The group of a term as written or of a token key: the script of its first letter (after the everyday mark "~"). */
export function scriptGroupOf(word: string): ScriptGroup {
  const c = word.charCodeAt(word[0] === '~' ? 1 : 0);
  return c > 0x024f && (c < 0x1e00 || c > 0x1eff) ? OTHER_SCRIPTS : LATIN;
}

let merged: Merged | undefined;
const mergedGroups = [false, false];
/** Terms of a language already seen, by key: the first category wins (the tests keep one category per term). */
const seen = new Set<string>();
/** The languages' stem and prefix sets, made once per language and shared by its words. */
const languageSets = new Map<LanguageLexicon, { endings: Set<string> | null; prefixes: Set<string> | null }>();

/** The merged lexicons with the group of `word` in them (Latin always). */
function languagesFor(word: string): Merged {
  return languagesOf(scriptGroupOf(word));
}

/** The merged lexicons with `group` in them (Latin always). */
function languagesOf(group: ScriptGroup): Merged {
  const m = mergeGroup(LATIN);
  return group === LATIN ? m : mergeGroup(OTHER_SCRIPTS);
}

/** Every group merged: for the build tools, the tests and the lists read whole. */
function allLanguages(): Merged {
  return languagesOf(OTHER_SCRIPTS);
}

/** The merge of the languages' terms of one group into the shared structures (once). */
function mergeGroup(group: ScriptGroup): Merged {
  const m = (merged ??= emptyMerge());
  if (mergedGroups[group]) return m;
  mergedGroups[group] = true;
  for (const lang of languageLexicons()) {
    if (lang.match === 'substrings') {
      if (group === OTHER_SCRIPTS) mergeSubstrings(m, lang);
      continue;
    }
    const sets = languageSets.get(lang) as { endings: Set<string> | null; prefixes: Set<string> | null };
    for (const cat of CATEGORIES) {
      for (const term of lang.terms[cat] ?? []) {
        if (scriptGroupOf(term) !== group) continue;
        for (const phrase of variants(term)) {
          const key = plain(phrase);
          if (!seen.has(key)) {
            seen.add(key);
            if (lang.lowerCaseOnly === true) m.lowerOnly.add(key);
            // Folded words are token keys already, unless digits or punctuation split them ("a1c": a, 1, c).
            m.entries.push([key, cat, SPLITS.test(key) ? tokenize(key).map((t) => t.key) : key.split(' ')]);
          }
          for (const w of phrase.split(' ')) registerWord(m.words, w, sets.endings, sets.prefixes);
        }
      }
    }
    for (const h of lang.workplaceHeads ?? []) if (scriptGroupOf(h) === group) for (const v of variants(h)) m.heads.add(v);
    for (const l of lang.linkingWords ?? []) if (scriptGroupOf(l) === group) for (const v of variants(l)) m.links.add(v);
  }
  if (group === OTHER_SCRIPTS) m.substrings.forEach((_, k) => (m.maxSubstring = Math.max(m.maxSubstring, k.length)));
  return m;
}

/** The structures, with what every group shares: the languages' endings and prefixes (a few hundred, cheap). */
function emptyMerge(): Merged {
  const prefixes = new Set<string>();
  let maxEnding = 0;
  for (const lang of languageLexicons()) {
    if (lang.match === 'substrings') continue;
    const endings = lang.endings ? new Set<string>() : null;
    for (const e of lang.endings ?? []) {
      for (const v of variants(e)) endings?.add(v);
      maxEnding = Math.max(maxEnding, e.length);
    }
    const ownPrefixes = lang.prefixes ? new Set(lang.prefixes.map(foldKey)) : null;
    ownPrefixes?.forEach((p) => prefixes.add(p));
    languageSets.set(lang, { endings, prefixes: ownPrefixes });
  }
  const prefixFirst = new Set<string>();
  prefixes.forEach((p) => prefixFirst.add(p[0]));
  // Longest prefix first: "بال" before "ب".
  const sorted = [...prefixes].sort((a, b) => b.length - a.length);
  return { entries: [], words: new Map(), prefixFirst, prefixes: sorted, maxEnding, substrings: new Map(), maxSubstring: 0, spaced: new Map(), maxSpacedFirst: 0, heads: new Set(), links: new Set(), lowerOnly: new Set() };
}

/** A substring-mode language's terms, workplace words and everyday words that hold a term. */
function mergeSubstrings(m: Merged, lang: LanguageLexicon): void {
  for (const cat of CATEGORIES)
    for (const t of lang.terms[cat] ?? []) {
      const term = plain(t);
      const space = term.indexOf(' ');
      if (space > 0) {
        const first = term.slice(0, space);
        if (!m.spaced.has(first)) m.spaced.set(first, []);
        m.spaced.get(first)?.push([term.slice(space + 1), term, cat]);
        m.maxSpacedFirst = Math.max(m.maxSpacedFirst, first.length);
      } else if (!m.substrings.has(term)) m.substrings.set(term, cat);
    }
  for (const w of lang.workplaceHeads ?? []) if (!m.substrings.has(w)) m.substrings.set(w, null);
  for (const w of lang.ignore ?? []) if (!m.substrings.has(w)) m.substrings.set(w, false);
}

function registerWord(words: Map<string, WordInfo>, w: string, endings: Set<string> | null, prefixes: Set<string> | null): void {
  const stem = w.endsWith('*');
  const key = stem ? w.slice(0, -1) : w;
  let info = words.get(key);
  if (!info) words.set(key, (info = { endings: null, prefixes: null }));
  // A language's sets are shared by its words; a word of two languages gets their union.
  if (stem && endings) info.endings = info.endings === null || info.endings === endings ? endings : union(info.endings, endings);
  if (prefixes) info.prefixes = info.prefixes === null || info.prefixes === prefixes ? prefixes : union(info.prefixes, prefixes);
}

/**
 * The union of two languages' endings or prefixes, made once per pair: a word several languages share meets the same
 * sets again and again while the group merges (a cold first send would otherwise build thousands of copies), and a
 * union met again with one of its parts is itself.
 */
const unions = new Map<Set<string>, Map<Set<string>, Set<string>>>();
function union(a: Set<string>, b: Set<string>): Set<string> {
  let withA = unions.get(a);
  if (withA === undefined) unions.set(a, (withA = new Map()));
  let out = withA.get(b);
  if (out === undefined) {
    const made = new Set<string>(a);
    b.forEach((x) => made.add(x));
    withA.set(b, made);
    unions.set(made, new Map([[a, made], [b, made]]));
    out = made;
  }
  return out;
}

/** Characters that split a folded word into more than one token (the terms hold no other non-letters: a test checks). */
const SPLITS = /[^\sa-z\x80-\uffff]/;

/** The word-mode terms of every language, as phrase-matcher entries with their token keys. */
export function languageTermEntries(): readonly (readonly [string, HealthCategory, readonly string[]])[] {
  return allLanguages().entries;
}

/**
 * The entries merged so far (Latin at least), in merge order: the health matcher takes these and, when a field
 * brings another script in (ensureLanguagesFor), the entries added after them.
 */
export function mergedLanguageEntries(): readonly (readonly [string, HealthCategory, readonly string[]])[] {
  return languagesOf(LATIN).entries;
}

/** The term (a matched phrase's key) counts only as typed in lower case: its language's romanisation (LanguageLexicon.lowerCaseOnly). */
export function lowerCaseOnlyTerm(key: string): boolean {
  return languagesOf(LATIN).lowerOnly.has(key);
}

/** Merges the group of every token's key before a field is read. */
export function ensureLanguagesFor(tokens: readonly Token[]): void {
  languagesOf(LATIN);
  if (mergedGroups[OTHER_SCRIPTS]) return;
  for (const t of tokens) if (scriptGroupOf(t.key) === OTHER_SCRIPTS) return void languagesOf(OTHER_SCRIPTS);
}

/**
 * The key a token is matched by: a registered word or stem when the token is
 * one of its inflected or prefixed forms, else the token's own key.
 */
export function languageKey(key: string): string {
  const m = languagesFor(key);
  if (m.words.has(key)) return key;
  const stripped = m.prefixFirst.has(key[0]) ? m.prefixes.filter((p) => key.length > p.length + 1 && key.slice(0, p.length) === p) : [];
  for (const p of ['', ...stripped]) {
    const rest = p === '' ? key : key.slice(p.length);
    if (p !== '') {
      const info = m.words.get(rest);
      if (info && info.prefixes && info.prefixes.has(p)) return rest;
    }
    for (let e = 1; e <= m.maxEnding && e < rest.length; e++) {
      const stem = rest.slice(0, rest.length - e);
      const info = m.words.get(stem);
      if (info && info.endings && info.endings.has(rest.slice(rest.length - e)) && (p === '' || (info.prefixes !== null && info.prefixes.has(p)))) return stem;
    }
  }
  return key;
}

/** The tokens keyed for the health matcher (languageKey); the same array when no key changes. */
export function languageKeys(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.key.length < 3) continue;
    const k = languageKey(t.key);
    if (k !== t.key) (out ??= tokens.slice())[i] = { ...t, key: k };
  }
  return out ?? tokens;
}

/** A term found inside a word: offsets into the normalized text. */
export interface ScriptMatch {
  from: number;
  to: number;
  start: number;
  end: number;
  category: HealthCategory;
  phrase: string;
  workplace?: boolean;
}

/** Han, kana, Hangul, Thai, Lao, Myanmar and Khmer: scripts whose terms are found as substrings. */
const SUBSTRING_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uac00-\ud7af\uf900-\ufaff]/;

/**
 * A colleague's own illness in Chinese, Japanese and Korean: a positive or confirmed test, sick leave, time off work ("이수진 간호사 코로나 확진 - 근무 제외", "刘护士 流感阳性 病假"). Beside it a job title or a staff word
 * names whose illness it is, not a clinician at work (the spec's staff member "back in the ICU after his fall"):
 * scriptTerms does not make the terms work, and person-name keeps a name before a job title.
 */
// Not 양성 as training or gender (양성 교육, 양성과정, 양성평등, 인력 양성), nor a laboratory's positive control (阳性对照), nor
// confirmed cases counted (확진자, 确诊病例), nor isolation, which is as often a room, a gown or a policy (격리 지침, 隔离区, 隔离衣).
export const SCRIPT_OWN_ILLNESS = /(?:^|[^력\s]|[^력]\s)양성(?!\s?(?:교육|과정|평등|프로그램|사업))|확진(?!자)|(?:^|[^발유질])병가|근무\s?제외|출근\s?불가|병결|阳性(?!对照)|陽性(?!対照|對照)|确诊(?!病例|人数)|確診(?!病例|人數)|病假|请假|請假|病欠|欠勤/;

/**
 * Substring-mode terms inside the words of those scripts, left to right,
 * longest first, without overlaps. A workplace or teaching word anywhere in
 * the field ("超声技师" ultrasound technician, "糖尿病讲座" diabetes lecture)
 * makes every such term about work, not a person's care.
 */
export function scriptTerms(tokens: readonly Token[], allow: readonly string[]): ScriptMatch[] {
  const out: ScriptMatch[] = [];
  let work = false;
  let m: Merged | undefined;
  // Characters of the next word already read as the second word of a spaced term.
  let carried = 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    if (t.kind !== 'word' || !SUBSTRING_SCRIPT.test(t.text)) {
      carried = 0;
      continue;
    }
    m ??= languagesOf(OTHER_SCRIPTS);
    // The lists are in lower case: "X光" is "x光" (ASCII only, so offsets stay those of the text).
    const s = t.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    let i = carried;
    carried = 0;
    while (i < s.length) {
      // A term written with a space ("발달 평가"): its first word ends this word, the next word starts with its second.
      const across = s.length - i <= m.maxSpacedFirst ? acrossSpace(m, tokens, ti, s.slice(i)) : undefined;
      if (across !== undefined) {
        const [second, term, category] = across;
        if (allow.indexOf(term) < 0) out.push({ from: ti, to: ti + 2, start: t.start + i, end: tokens[ti + 1].start + second.length, category, phrase: term });
        carried = second.length;
        break;
      }
      let len = Math.min(m.maxSubstring, s.length - i);
      for (; len > 0; len--) if (m.substrings.has(s.substr(i, len))) break;
      if (len === 0) {
        i++;
        continue;
      }
      const term = s.substr(i, len);
      const category = m.substrings.get(term);
      if (category === false) {
        i += len;
        continue;
      }
      if (category === null || category === undefined) work = true;
      else if (allow.indexOf(term) < 0) out.push({ from: ti, to: ti + 1, start: t.start + i, end: t.start + i + len, category, phrase: term });
      i += len;
    }
  }
  if (work && !tokens.some((t) => SCRIPT_OWN_ILLNESS.test(t.text))) for (const x of out) x.workplace = true;
  return out;
}

/** Between the two words of a spaced term: one space, or an underscore in a file name. */
const TERM_SPACE = /^[ _]$/;

/**
 * A spaced substring-mode term whose first word is `rest` (the end of word ti) and whose second word starts
 * the next word, separated by one space: [second word, term, category].
 */
function acrossSpace(m: Merged, tokens: readonly Token[], ti: number, rest: string): readonly [string, string, HealthCategory] | undefined {
  const options = m.spaced.get(rest);
  const next = tokens[ti + 1];
  if (options === undefined || next === undefined || next.kind !== 'word' || !TERM_SPACE.test(next.gap)) return undefined;
  const text = next.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  let best: readonly [string, string, HealthCategory] | undefined;
  for (const o of options) if (text.startsWith(o[0]) && (best === undefined || o[0].length > best[0].length)) best = o;
  return best;
}

/**
 * The length of the longest substring-mode entry (a term, a workplace word or an everyday word that
 * holds a term) starting at `i` in `s`, or 0: where a name written without spaces stops
 * (names/script-names.ts: "ဦးအောင်ကျော်သွေးစစ်" is a title, a name and a blood test).
 */
export function substringEntryAt(s: string, i: number): number {
  const m = languagesOf(OTHER_SCRIPTS);
  for (let len = Math.min(m.maxSubstring, s.length - i); len > 0; len--) if (m.substrings.has(s.substr(i, len))) return len;
  return 0;
}

/** A word of a word-mode language's terms (any word of a phrase, or an inflected form of a stem): never part of a name. */
export function isLanguageTermWord(word: string): boolean {
  const key = foldKey(word);
  return languagesFor(key).words.has(languageKey(key));
}

const CLAUSE_GAP = /^[\s_]*$/;

/**
 * A term already marked a workplace (scriptTerms), or a word-mode term right after a workplace head, or after a head and a
 * linking word ("unidad de diálisis", "técnico de rayos X", "oddział dializ",
 * "khoa xét nghiệm", "clínica de la diabetes"): a job, a department or a
 * programme. Heads of one or two words, at most two linking words; never
 * across punctuation.
 */
export function languageWorkplace(tokens: readonly Token[], term: { from: number; workplace?: boolean }): boolean {
  // Terms inside words were judged where they were found (scriptTerms).
  if (term.workplace === true) return true;
  const from = term.from;
  // The words it may read (the head, two linking words, the term): their scripts merged, not the whole field's
  // (asked once per term: a long field would be read once per term).
  let m = languagesOf(LATIN);
  for (let k = Math.max(0, from - 4); k <= from; k++) if (scriptGroupOf(tokens[k].key) === OTHER_SCRIPTS) m = languagesOf(OTHER_SCRIPTS);
  if (m.heads.size === 0) return false;
  const headEndsAt = (k: number): boolean => {
    const a = tokens[k];
    if (a === undefined || a.kind !== 'word') return false;
    if (m.heads.has(a.key)) return true;
    const b = tokens[k - 1];
    return b !== undefined && CLAUSE_GAP.test(a.gap) && m.heads.has(`${b.key} ${a.key}`);
  };
  if (!CLAUSE_GAP.test(tokens[from].gap)) return false;
  // Back over at most two linking words ("clínica de la diabetes"), then the head.
  let k = from - 1;
  for (let links = 0; ; links++) {
    if (headEndsAt(k)) return true;
    const link = tokens[k];
    if (links === 2 || link === undefined || !m.links.has(link.key) || !CLAUSE_GAP.test(link.gap)) return false;
    k--;
  }
}

/** Keys of the languages' lists as the matcher reports them (m.phrase): stems without "*", đ also as d. */
function keysOf(pick: (l: LanguageLexicon) => readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const l of languageLexicons()) for (const w of pick(l) ?? []) for (const v of l.match === 'words' ? variants(w) : [w]) out.push(plain(v));
  return out;
}

/** The terms of a language marked "~" (an everyday sense). */
export function everydayTerms(l: LanguageLexicon): string[] {
  const out: string[] = [];
  for (const cat of CATEGORIES) for (const t of l.terms[cat] ?? []) if (t[0] === '~') out.push(t.slice(1));
  return out;
}

/** Everyday-sense terms of every language (as AMBIGUOUS_HEALTH). */
export const LANGUAGE_EVERYDAY: readonly string[] = keysOf(everydayTerms);
/** Hospital units of every language (as UNIT_WORDS). */
export const LANGUAGE_UNITS: readonly string[] = keysOf((l) => l.units);
/** Staff-affairs cues of every word-mode language (as STAFF_CUES). */
export const LANGUAGE_STAFF_CUES: readonly string[] = keysOf((l) => (l.match === 'words' ? l.staffCues : undefined));
/** Teaching and event words of every word-mode language (as TOPIC_WORDS). */
export const LANGUAGE_TOPIC_WORDS: readonly string[] = keysOf((l) => (l.match === 'words' ? l.topicWords : undefined));
