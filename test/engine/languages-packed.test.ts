import { LANGUAGES } from '../../src/engine/lexicon/languages';
import { languageLexicons } from '../../src/engine/lexicon/languages/lexicons';
import { languageTermEntries } from '../../src/engine/lexicon/languages/match';
import type { LanguageLexicon } from '../../src/engine/lexicon/languages/types';

/**
 * The engine reads the language lexicons from languages.generated.ts (packed by
 * scripts/build-lexicons.js), not from the modules in lexicon/languages/, which are the one
 * source. Decoded, they must hold exactly the source's words, list by list. The packing sorts
 * every list whose readers treat it as a set; the birth-date keywords keep their order
 * (detectors/date-of-birth.ts tries keywords of one length in the order written).
 */
const ORDERED = new Set(['dobKeywords', 'dobAfter']);

const listsOf = (l: LanguageLexicon): Record<string, readonly string[]> => {
  const out: Record<string, readonly string[]> = {};
  for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[]) out[`terms.${cat}`] = l.terms[cat] ?? [];
  for (const key of Object.keys(l) as (keyof LanguageLexicon)[]) if (key !== 'code' && key !== 'match' && key !== 'terms' && key !== 'lowerCaseOnly') out[key] = l[key] as readonly string[];
  return out;
};

const decoded = languageLexicons();

test('the same languages in the same order, with their code, match mode and lower-case flag', () => {
  expect(decoded.map((l) => [l.code, l.match, l.lowerCaseOnly === true])).toEqual(LANGUAGES.map((l) => [l.code, l.match, l.lowerCaseOnly === true]));
  expect(decoded.filter((l) => l.lowerCaseOnly === true).map((l) => l.code)).toEqual(['zho', 'kor']);
});

describe.each(LANGUAGES.map((l, i) => [l.code, l, i] as const))('%s', (_code, source, i) => {
  const want = listsOf(source);
  const got = listsOf(decoded[i]);

  test('the same lists (a list left out stays left out)', () => {
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  });

  test.each(Object.keys(want).map((k) => [k]))('%s: the same words', (key) => {
    if (ORDERED.has(key)) expect(got[key]).toEqual(want[key]);
    else expect(got[key]).toEqual([...want[key]].sort());
  });
});

test('decoded once: every call returns the same lexicons', () => {
  expect(languageLexicons()).toBe(decoded);
});

// The phrase matcher tries entries of one first word and length in the order given, so sorting a
// list could change which of two entries with the same token keys it reports ("a1c", "a 1 c"):
// no two entries share their token keys.
test('no two language entries of the phrase matcher share their token keys', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [phrase, , words] of languageTermEntries()) {
    const key = words.join(' ');
    const other = seen.get(key);
    if (other !== undefined) clashes.push(`${other} / ${phrase}`);
    else seen.set(key, phrase);
  }
  expect(clashes).toEqual([]);
});
