import * as source from '../../src/engine/names/script-name-lists';
import { foldArabic, scriptNameLists } from '../../src/engine/names/script-names';

/**
 * script-names.ts reads its lists from script-names.generated.ts (packed by
 * scripts/build-lexicons.js), not from script-name-lists.ts, the one source. Decoded, every list
 * must hold exactly the source's words: the sets the same members, the lists read in order
 * (KO_SUFFIXES: the first suffix that fits is taken) the same words in the same order, the others
 * the same words sorted. The Arabic-script lists are read folded (Persian and Urdu letter forms as the
 * Arabic letters: foldArabic), so they hold the source's words so folded.
 */
const live = scriptNameLists();
const lists = source as unknown as Record<string, readonly string[]>;

test('every source list is read, and nothing else', () => {
  expect(Object.keys(live).sort()).toEqual(Object.keys(lists).sort());
});

test.each(Object.keys(lists).map((name) => [name]))('%s', (name) => {
  const got = live[name];
  const want = name.startsWith('AR_') ? lists[name].map(foldArabic) : lists[name];
  if (got instanceof Set) expect([...got].sort()).toEqual([...new Set(want)].sort());
  else if (name === 'KO_SUFFIXES') expect(got).toEqual(want);
  else expect(got).toEqual([...want].sort());
});

test('no entry holds white space: a word at the end of a line is a word like any other', () => {
  for (const [name, words] of Object.entries(lists)) for (const w of words) expect(`${name}: ${JSON.stringify(w)}`).not.toMatch(/\s"$|"\s|\\n/);
});
