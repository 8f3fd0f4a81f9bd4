import { DETECTORS } from '../../src/engine';
import { analyzeField } from '../../src/engine/scan';
import { keywordSource } from '../../src/engine/detectors/detector';
import { keywordLiterals, keywordOpenings, mayContain, mayOpenWith, wordStartsOf } from '../../src/engine/facts/word-starts';

/**
 * The keyword detectors skip a field where none of their keywords can start (facts/word-starts.ts). A skip must
 * never hide a reading: every keyword, written in a field, must pass its own family's test.
 */
const options = { mrnFormats: [], extraKeywords: {}, extraHealthTerms: [], allowTerms: [], personalDomains: [] };
const startsIn = (text: string) => wordStartsOf(analyzeField(text, 'subject', options).ctx, 'folded');
const containedIn = (text: string, literals: ReturnType<typeof keywordLiterals>) => mayContain(analyzeField(text, 'subject', options).ctx, 'folded', literals);

test.each([
  [['mrn', 'med rec'], ['mr', 'me']],
  [['s[eé]curit[eé] sociale', 'cart[aã]o (?:do )?sus'], ['s', 'ca']],
  [['c f', 'n'], ['c', 'n']],
  [['ab?c'], ['a']],
  [['a?b'], undefined],
  [['(?:x|y)z'], undefined],
] as [string[], string[] | undefined][])('keywordOpenings(%j) is %j', (keywords, openings) => {
  const got = keywordOpenings(keywords.map((k) => k.replace(/ /g, '[\\s._-]*')));
  expect(got === undefined ? undefined : [...got].sort()).toEqual(openings === undefined ? undefined : [...openings].sort());
});

test.each([
  [['health card', 'hcn'], [['health', 'card'], ['hcn']]],
  [['chi (?:no|nr)'], [['chi']]],
  [['s[eé]curit[eé] sociale'], [['s', 'curit', 'sociale']]],
  [['mr#', 'med\\.? rec'], [['mr'], ['med', 'rec']]],
  [['ab?c', 'x+y'], [['a', 'c'], ['x', 'y']]],
  [['(?:x|y)'], undefined],
  [['a|b'], undefined],
] as [string[], string[][] | undefined][])('keywordLiterals(%j) is %j', (keywords, literals) => {
  expect(keywordLiterals(keywords.map((k) => k.replace(/ /g, '[\\s._-]*')))).toEqual(literals);
});

test('a field that opens as a keyword but lacks its letters is ruled out; one that holds them is not', () => {
  const literals = keywordLiterals(['health[\\s._-]*card', 'hcn']);
  expect(containedIn('Colleague <c.lee@northwind-health.org> - CT chest', literals)).toBe(false);
  expect(containedIn('HEALTH-CARD 4471902331', literals)).toBe(true);
  expect(containedIn('HCN: 4471902331', literals)).toBe(true);
  expect(containedIn('anything at all', undefined)).toBe(true);
});

test('a keyword glued to a number, after a digit, in capitals or in a script without spaces may start there', () => {
  expect(mayOpenWith(startsIn('Pt MRN#4471902 follow-up'), ['mr'])).toBe(true);
  expect(mayOpenWith(startsIn('scan_2024MRN4471902.pdf'), ['mr'])).toBe(true);
  expect(mayOpenWith(startsIn('病历号4471902'), ['号'])).toBe(true);
  expect(mayOpenWith(startsIn('Chairman 4471902'), ['ma'])).toBe(false);
  expect(mayOpenWith(startsIn('anything at all'), undefined)).toBe(true);
});

const families = DETECTORS.filter((d) => d.meta.keywords !== undefined);

test.each(families.map((d) => [d.meta.id, d]))('%s: every keyword, written in a field, passes its own test', (_id, d) => {
  const k = d.meta.keywords!;
  const all = [...k.keywords, ...k.keywordsNeedingMarker, ...(k.keywordsNeedingHealth ?? [])];
  const openings = keywordOpenings(all.map(keywordSource));
  const missed = all.filter((w) => !mayOpenWith(startsIn(`re: ${w.toUpperCase()} 44719023`), openings) || !mayOpenWith(startsIn(`x_${w}_44719023.pdf`), openings));
  expect(missed).toEqual([]);
  // Nor may the letters each keyword must hold rule out a field that names it.
  const literals = keywordLiterals(all.map(keywordSource));
  const lacking = all.filter((w) => !containedIn(`re: ${w.toUpperCase()} 44719023`, literals) || !containedIn(`x_${w}_44719023.pdf`, literals));
  expect(lacking).toEqual([]);
});
