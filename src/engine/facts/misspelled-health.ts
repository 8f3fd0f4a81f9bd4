import { HEALTH_TERMS, HealthCategory } from '../lexicon/health-terms';
import { clinicalVocabulary, realWordsNearTerms } from '../lexicon/clinical';
import { AMBIGUOUS_HEALTH } from '../lexicon/context-words';
import type { NameLexicon } from '../lexicon';
import type { Token } from '../text/tokenize';

/**
 * Long clinical words misspelled by one letter ("mamogram", "diabetis",
 * "cretinine", "potasium"): one letter left out, added, changed or two
 * swapped. Only words of MIN_LENGTH letters or more, whose misspelling is no
 * other word: a shorter word is one letter from too many others ("stent",
 * "scent"). The first letter must be right (people misspell the middle of a
 * word), the token must not be a name or a common word, and a misspelling
 * that two terms share stays unread.
 *
 * The index holds each term and its one-letter deletions (the symmetric
 * deletion method): a word within one edit of a term shares a deletion with
 * it. Built on first use, only when a field holds an unknown long word.
 */
const MIN_LENGTH = 8;

interface Entry {
  readonly phrase: string;
  readonly category: HealthCategory;
}

type Index = ReadonlyMap<string, Entry | null>;

/** The index of the terms of `lists` (by category) long enough to read misspelled, with their deletions. */
export function misspellingIndex(lists: readonly Readonly<Record<string, readonly string[]>>[]): Index {
  const out = new Map<string, Entry | null>();
  const everyday = new Set(AMBIGUOUS_HEALTH);
  const add = (key: string, e: Entry): void => {
    const had = out.get(key);
    if (had === undefined) out.set(key, e);
    else if (had !== null && had.phrase !== e.phrase) out.set(key, null);
  };
  for (const list of lists) {
    for (const cat of Object.keys(list) as HealthCategory[]) {
      if (cat === 'patient' || cat === 'specialty' || cat === 'payer') continue;
      for (const phrase of list[cat]) {
        if (phrase.length < MIN_LENGTH || !/^[a-z]+$/.test(phrase) || everyday.has(phrase)) continue;
        const e = { phrase, category: cat };
        add(phrase, e);
        for (let i = 1; i < phrase.length; i++) add(phrase.slice(0, i) + phrase.slice(i + 1), e);
      }
    }
  }
  return out;
}

/**
 * One edit between `a` and `b`: a letter left out, added or changed, or two neighbours swapped. Shared deletions
 * also bring terms two edits away ("colonscopy" and "colposcopy" share "coloscopy"), which this tells apart.
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one term of the index a word misspells by one letter, or undefined (none, or more than one). */
export function misspelledIn(idx: Index, key: string): Entry | undefined {
  if (key.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(key)) return undefined;
  let found: Entry | undefined;
  let ambiguous = false;
  const consider = (e: Entry | null | undefined): void => {
    if (e === undefined || (e !== null && e.phrase === key)) return;
    // A term two edits away shares a deletion with the word but is no reading of it.
    if (e !== null && !oneEditApart(key, e.phrase)) return;
    // null: two terms share this misspelling; any ambiguity leaves the word unread.
    if (e === null || (found !== undefined && found.phrase !== e.phrase)) ambiguous = true;
    else found = e;
  };
  // A letter left out ("mamogram"): the word is one of a term's deletions.
  consider(idx.get(key));
  // A letter added, changed or two swapped: a deletion of the word is the term or one of its deletions.
  for (let i = 1; i < key.length; i++) consider(idx.get(key.slice(0, i) + key.slice(i + 1)));
  if (ambiguous || found === undefined) return undefined;
  return found.phrase[0] === key[0] && Math.abs(found.phrase.length - key.length) <= 1 ? found : undefined;
}

let index: Index | undefined;
let realWords: ReadonlySet<string> | undefined;

/**
 * The term a word of a message misspells by one letter, or undefined. English words one letter from a
 * term ("inflection", "injections") are words, not misspellings: scripts/build-lexicons.js lists those
 * of the SUBTLEX-US word list (lexicon/clinical.ts realWordsNearTerms).
 */
export function misspelledTerm(key: string): Entry | undefined {
  index ??= misspellingIndex([HEALTH_TERMS, clinicalVocabulary().plain]);
  realWords ??= new Set(realWordsNearTerms());
  return realWords.has(key) ? undefined : misspelledIn(index, key);
}

/**
 * File names glue the words of a term together in one case ("GRIFFITH_INGRID_BONEDENSITY.pdf",
 * "drugscreen_okonkwo.pdf", "HIPREPLACEMENT"), where camelCase would have split them: a multiword test,
 * condition or procedure of HEALTH_TERMS or the clinical vocabulary, written without its spaces, is that term.
 * Not encounters, plans, programmes, units or equipment, which are as often business ("actionplan_q3",
 * "laboranddelivery_schedule", "oxygenconcentrator_PM_log");
 * only glued forms of MIN_LENGTH letters or more, none with an everyday sense (AMBIGUOUS_HEALTH), and none that
 * is a word or a name itself (mayBeGlued).
 */
let glued: ReadonlyMap<string, Entry> | undefined;
export function gluedTerm(key: string): Entry | undefined {
  if (glued === undefined) {
    const out = new Map<string, Entry>();
    const everyday = new Set(AMBIGUOUS_HEALTH);
    for (const list of [HEALTH_TERMS, clinicalVocabulary().plain]) {
      for (const cat of Object.keys(list) as HealthCategory[]) {
        if (cat !== 'test' && cat !== 'condition' && cat !== 'procedure') continue;
        for (const phrase of list[cat]) {
          // "... health" names a service as often ("mentalhealth_first_aid_certificate"), and plans and devices are business.
          if (!/^[a-z]+(?: [a-z]+)+$/.test(phrase) || everyday.has(phrase) || / (?:health|plan|program|concentrator|pump|machine|monitor|cuff)$/.test(phrase)) continue;
          const k = phrase.replace(/ /g, '');
          if (k.length >= MIN_LENGTH) out.set(k, { phrase, category: cat });
        }
      }
    }
    glued = out;
  }
  return glued.get(key);
}

/** A token that may be a glued term: a long word that is no name and no common word. */
export function mayBeGlued(t: Token, lex: NameLexicon): boolean {
  return t.kind === 'word' && t.key.length >= MIN_LENGTH && noNameNorWord(t.key, lex);
}

/** A key that no name list and no list of common words holds. */
function noNameNorWord(k: string, lex: NameLexicon): boolean {
  return !lex.common.has(k) && !lex.given.has(k) && !lex.surname.has(k) && !lex.other.has(k) && !lex.ambiguous.has(k);
}

/** A token that may be a misspelled term: a long lower- or Title-case word that is no name and no common word. */
export function mayBeMisspelled(t: Token, lex: NameLexicon): boolean {
  return t.kind === 'word' && t.key.length >= MIN_LENGTH - 1 && t.case !== 'upper' && noNameNorWord(t.key, lex);
}
