import * as clinical from '../../src/engine/lexicon/clinical.generated';
import * as languages from '../../src/engine/lexicon/languages.generated';
import * as names from '../../src/engine/lexicon/names.generated';
import * as scriptNames from '../../src/engine/names/script-names.generated';
import { decodeFrontCodedWith, expandPairs, runsFrom } from '../../src/engine/lexicon/front-coding';
import { packedWords } from '../../src/engine/lexicon/word-set';

/**
 * The decoders of front-coding.ts cut the text with regular expressions (fast when cold); they must
 * give what a plain loop over the characters gives, on every generated list.
 */
function referenceFrontCoded(encoded: string, zero: number, last: number): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - zero;
    let j = i + 1;
    while (j < encoded.length && (encoded.charCodeAt(j) < zero || encoded.charCodeAt(j) > last)) j++;
    prev = prev.slice(0, shared) + encoded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

function referencePairs(text: string, merges: string): string {
  const table = new Map<string, string>();
  for (let i = 0; i < merges.length; i += 3) table.set(merges[i], merges.slice(i + 1, i + 3));
  const expand = (c: string): string => {
    const pair = table.get(c);
    return pair === undefined ? c : expand(pair[0]) + expand(pair[1]);
  };
  let out = '';
  for (let i = 0; i < text.length; i++) out += expand(text[i]);
  return out;
}

test.each(['given', 'surname', 'givenAndSurname', 'otherName', 'ambiguousName', 'commonWord'] as const)('names.generated.ts %s', (list) => {
  const { text, merges } = names[list];
  const expanded = expandPairs(text, merges);
  expect(expanded).toBe(referencePairs(text, merges));
  expect(decodeFrontCodedWith(expanded, 48, 57)).toEqual(referenceFrontCoded(expanded, 48, 57));
});

// The name sets decode one initial at a time (word-set.ts): they must hold exactly the words of the whole list.
test.each(['given', 'surname', 'givenAndSurname', 'otherName', 'ambiguousName', 'commonWord'] as const)('names.generated.ts %s read by initial', (list) => {
  const { text, merges } = names[list];
  // The marker of a new initial is never part of a merged pair, so the encoded text cuts on it.
  expect(merges).not.toContain('0');
  const whole = referenceFrontCoded(referencePairs(text, merges), 48, 57);
  const set = packedWords(names[list]);
  const read: string[] = [];
  set.forEach((w) => read.push(w));
  expect(read.sort()).toEqual([...new Set(whole)].sort());
  expect(whole.filter((w) => !set.has(w))).toEqual([]);
  // Not members: another list's entries cut short or lengthened, an empty word, a capital.
  const outside = whole.slice(0, 200).flatMap((w) => [w + 'qx', w.slice(0, 1) + 'zzzq']);
  expect(outside.filter((w) => set.has(w))).toEqual([]);
  expect(set.has('')).toBe(false);
  expect(set.has(whole[0].toUpperCase())).toBe(false);
});

test('two packed lists read as their union, each word once', () => {
  const union = packedWords(names.given, names.givenAndSurname);
  const words: string[] = [];
  union.forEach((w) => words.push(w));
  const expected = new Set([...referenceFrontCoded(expandPairs(names.given.text, names.given.merges), 48, 57), ...referenceFrontCoded(expandPairs(names.givenAndSurname.text, names.givenAndSurname.merges), 48, 57)]);
  expect(words.length).toBe(expected.size);
  expect(new Set(words)).toEqual(expected);
  expect([...expected].filter((w) => !union.has(w))).toEqual([]);
});

test('clinical.generated.ts', () => {
  for (const rec of [clinical.plain, clinical.needsSupport] as Record<string, string>[]) {
    for (const cat of Object.keys(rec)) expect(decodeFrontCodedWith(rec[cat], 65, 90)).toEqual(referenceFrontCoded(rec[cat], 65, 90));
  }
});

test('languages.generated.ts', () => {
  const tags = languages.categories.split(' ').length + languages.fields.split(' ').length;
  for (const [, , packed] of languages.languages) {
    const expanded = expandPairs(packed, languages.merges);
    expect(expanded).toBe(referencePairs(packed, languages.merges));
    const lists = runsFrom(expanded, languages.firstTag, languages.firstTag + tags - 1);
    expect(lists.join('')).toBe(expanded);
    for (const list of lists) expect(decodeFrontCodedWith(list.slice(1), 65, 90)).toEqual(referenceFrontCoded(list.slice(1), 65, 90));
  }
});

test('script-names.generated.ts', () => {
  const { merges, ...lists } = scriptNames as Record<string, string>;
  for (const name of Object.keys(lists)) {
    const expanded = expandPairs(lists[name], merges);
    expect(expanded).toBe(referencePairs(lists[name], merges));
    if (/^[A-Z]/.test(expanded)) expect(decodeFrontCodedWith(expanded, 65, 90)).toEqual(referenceFrontCoded(expanded, 65, 90));
  }
});

test('edge cases: nothing to decode, no merges, a marker alone', () => {
  expect(decodeFrontCodedWith('', 65, 90)).toEqual([]);
  expect(expandPairs('abc', '')).toBe('abc');
  expect(decodeFrontCodedWith('AabBC', 65, 90)).toEqual(['ab', 'a', 'a']);
  expect(runsFrom('', 65, 90)).toEqual([]);
});
