import { clinicalVocabulary } from '../../src/engine/lexicon/clinical';
import { CLINICAL_NEEDS_SUPPORT, CLINICAL_NEEDS_SUPPORT_BY_CATEGORY, CLINICAL_VOCABULARY } from '../../src/engine/lexicon/clinical-vocabulary';
import { HEALTH_TERMS, HealthCategory } from '../../src/engine/lexicon/health-terms';
import { nameLexicon } from '../../src/engine/lexicon';
import { foldKey, tokenize } from '../../src/engine/text/tokenize';

/**
 * The clinical vocabulary (issue 15, item 4) before it is merged into the
 * matcher: new terms only, never an everyday word or a name as a plain entry,
 * and written as the matcher's keys. scripts/check-vocabulary.js runs the
 * stricter false-alarm checks (20,000 English words, real business subjects).
 */
const categories = Object.keys(HEALTH_TERMS) as HealthCategory[];
const plain: [HealthCategory, string][] = categories.flatMap((c) => CLINICAL_VOCABULARY[c].map((e) => [c, e] as [HealthCategory, string]));
const support: [HealthCategory, string][] = categories.flatMap((c) => CLINICAL_NEEDS_SUPPORT_BY_CATEGORY[c].map((e) => [c, e] as [HealthCategory, string]));
/** A phrase as the matcher sees it: token keys ("hba1c" and "hba 1 c" are the same phrase). */
const keysOf = (phrase: string): string => tokenize(phrase).map((t) => t.key).join(' ');

test('the same categories as HEALTH_TERMS', () => {
  expect(Object.keys(CLINICAL_VOCABULARY).sort()).toEqual([...categories].sort());
  expect(Object.keys(CLINICAL_NEEDS_SUPPORT_BY_CATEGORY).sort()).toEqual([...categories].sort());
});

test('CLINICAL_NEEDS_SUPPORT is the words of CLINICAL_NEEDS_SUPPORT_BY_CATEGORY', () => {
  expect([...CLINICAL_NEEDS_SUPPORT]).toEqual(support.map(([, e]) => e));
});

test('every entry is in folded-key form', () => {
  const bad = [...plain, ...support].filter(([, e]) => {
    if (!/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(e) || foldKey(e) !== e) return true;
    // Tokens are the words and numbers of the entry, nothing dropped or split off ("s p", "phq 9", "her2").
    const tokens = tokenize(e);
    return tokens.length === 0 || tokens.map((t) => t.key).join('') !== e.replace(/ /g, '');
  });
  expect(bad).toEqual([]);
});

test('no entry duplicates a HEALTH_TERMS entry', () => {
  const existing = new Set(categories.flatMap((c) => HEALTH_TERMS[c].map(keysOf)));
  expect([...plain, ...support].filter(([, e]) => existing.has(keysOf(e)))).toEqual([]);
});

test('no entry appears twice (in one category or across categories and lists)', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [c, e] of [...plain, ...support]) {
    const k = keysOf(e);
    if (seen.has(k)) twice.push(`${e} (${seen.get(k)} and ${c})`);
    else seen.set(k, c);
  }
  expect(twice).toEqual([]);
});

test('no plain single-word entry is a common English word or a name', () => {
  const lex = nameLexicon();
  const ordinary = plain.filter(([, e]) => {
    const keys = keysOf(e).split(' ');
    if (keys.length !== 1) return false;
    const w = keys[0];
    return lex.common.has(w) || lex.ambiguous.has(w) || lex.given.has(w) || lex.surname.has(w) || lex.other.has(w);
  });
  expect(ordinary).toEqual([]);
});

test('the needs-support words are the ambiguous ones named in the issue', () => {
  for (const w of ['depo', 'port', 'pod', 'si', 'ms', 'als', 'aka', 'pca']) expect(CLINICAL_NEEDS_SUPPORT).toContain(w);
});

test('their unambiguous phrases are plain entries', () => {
  const all = new Set(plain.map(([, e]) => e));
  for (const p of ['depo provera', 'depo shot', 'port a cath', 'postoperative day', 'suicidal ideation', 'above knee amputation', 'pca pump'])
    expect(all).toContain(p);
});

test('the engine reads exactly the vocabulary written here (clinical.generated.ts is not stale)', () => {
  const sorted = (rec: Readonly<Record<string, readonly string[]>>) => Object.keys(rec).map((k) => [k, [...new Set(rec[k])].sort()]);
  expect(sorted(clinicalVocabulary().plain)).toEqual(sorted(CLINICAL_VOCABULARY));
  expect(sorted(clinicalVocabulary().needsSupport)).toEqual(sorted(CLINICAL_NEEDS_SUPPORT_BY_CATEGORY));
});
