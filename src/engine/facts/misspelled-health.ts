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
 * The index holds the terms by first letter and length: a word within one edit of a term is at most one letter
 * longer or shorter, and only terms with the word's first letter are readings of it, so a word is compared with
 * the few dozen terms of its first letter and of its length and the two beside it, letter by letter and without
 * building a string. Built on first use, only when a field holds an unknown long word; holding the
 * terms and no list of their misspellings keeps a cold send from building ten thousand strings first.
 */
const MIN_LENGTH = 8;

interface Entry {
  readonly phrase: string;
  readonly category: HealthCategory;
}

type Index = ReadonlyMap<string, readonly Entry[]>;

/** Where the index keeps the terms of a first letter and a length. */
const bucketOf = (first: string, length: number): string => first + length;

/**
 * The terms of `lists` (by category) long enough to read misspelled, by first letter and length; a term in two
 * lists keeps its first category. With `first`, only the terms of that first letter (misspelledTerm builds the
 * letters a message needs, one at a time).
 */
export function misspellingIndex(lists: readonly Readonly<Record<string, readonly string[]>>[], first?: string): Index {
  const out = new Map<string, Entry[]>();
  const seen = new Set<string>(AMBIGUOUS_HEALTH);
  for (const list of lists) {
    for (const cat of Object.keys(list) as HealthCategory[]) {
      if (cat === 'patient' || cat === 'specialty' || cat === 'payer') continue;
      for (const phrase of list[cat]) {
        if ((first !== undefined && phrase[0] !== first) || phrase.length < MIN_LENGTH || seen.has(phrase) || !/^[a-z]+$/.test(phrase)) continue;
        seen.add(phrase);
        const at = bucketOf(phrase[0], phrase.length);
        const bucket = out.get(at);
        if (bucket) bucket.push({ phrase, category: cat });
        else out.set(at, [{ phrase, category: cat }]);
      }
    }
  }
  return out;
}

/**
 * One edit between `a` and `b`: a letter left out, added or changed, or two neighbours swapped. The letters the
 * two share at the start and at the end must leave one letter (or a swapped pair) between them.
 */
function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1 || a === b) return false;
  const shorter = Math.min(la, lb);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let j = 0;
  while (j < shorter - i && a.charCodeAt(la - 1 - j) === b.charCodeAt(lb - 1 - j)) j++;
  if (la !== lb) return i + j >= shorter;
  return i + j >= la - 1 || (i + j === la - 2 && a[i] === b[i + 1] && a[i + 1] === b[i]);
}

/**
 * The one term of the index with the word's first letter that the word misspells by one letter, or undefined:
 * none, more than one (a misspelling two terms share stays unread), or the word is a term itself.
 */
export function misspelledIn(idx: Index, key: string): Entry | undefined {
  if (key.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(key)) return undefined;
  let found: Entry | undefined;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    for (const e of idx.get(bucketOf(key[0], length)) ?? []) {
      if (e.phrase === key) return undefined;
      if (!oneEditApart(key, e.phrase)) continue;
      if (found !== undefined) return undefined;
      found = e;
    }
  }
  return found;
}

/** The index of each first letter read so far. */
const indexes = new Map<string, Index>();
let realWords: ReadonlySet<string> | undefined;

/**
 * The term a word of a message misspells by one letter, or undefined. English words one letter from a
 * term ("inflection", "injections") are words, not misspellings: scripts/build-lexicons.js lists those
 * of the SUBTLEX-US word list (lexicon/clinical.ts realWordsNearTerms).
 */
export function misspelledTerm(key: string): Entry | undefined {
  if (key.length < MIN_LENGTH - 1) return undefined;
  let index = indexes.get(key[0]);
  if (index === undefined) indexes.set(key[0], (index = misspellingIndex([HEALTH_TERMS, clinicalVocabulary().plain], key[0])));
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
/** The glued forms of each first letter read so far. */
const gluedByFirst = new Map<string, ReadonlyMap<string, Entry>>();
export function gluedTerm(key: string): Entry | undefined {
  let glued = gluedByFirst.get(key[0]);
  if (glued === undefined) {
    const out = new Map<string, Entry>();
    const everyday = new Set(AMBIGUOUS_HEALTH);
    for (const list of [HEALTH_TERMS, clinicalVocabulary().plain]) {
      for (const cat of Object.keys(list) as HealthCategory[]) {
        if (cat !== 'test' && cat !== 'condition' && cat !== 'procedure') continue;
        for (const phrase of list[cat]) {
          // "... health" names a service as often ("mentalhealth_first_aid_certificate"), and plans and devices are business.
          if (phrase[0] !== key[0] || !/^[a-z]+(?: [a-z]+)+$/.test(phrase) || everyday.has(phrase) || / (?:health|plan|program|concentrator|pump|machine|monitor|cuff)$/.test(phrase)) continue;
          const k = phrase.replace(/ /g, '');
          if (k.length >= MIN_LENGTH) out.set(k, { phrase, category: cat });
        }
      }
    }
    gluedByFirst.set(key[0], (glued = out));
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
