import { foldDigitSeparators, foldLookalikeLetters, joinSpelledLetters, normalizeText, prepareText } from '../../src/engine/text/normalize';
import { toOriginal } from '../../src/engine/text/mapped-text';
import { tokenize } from '../../src/engine/text/tokenize';
import { isLetterCp, isDecimalDigitCp, isFormatCp, isMarkCp } from '../../src/engine/text/chars';
import { foldChars, keywordAlternation } from '../../src/engine/text/language-keywords';

/** The original substring behind a span of a derived text. */
function back(original: string, mt: ReturnType<typeof normalizeText>, needle: string): string {
  const at = mt.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const o = toOriginal(mt, at, at + needle.length);
  return original.slice(o.start, o.end);
}

describe('normalizeText', () => {
  test.each([
    ['MRN ００６８９１４６', 'MRN 00689146', 'full-width digits (NFKC)'],
    ['mrn 4004\u200B2610', 'mrn 40042610', 'zero-width space removed'],
    ['A\u200DB\u2060C\uFEFFD\u00ADE', 'ABCDE', 'joiners, word joiner, BOM, soft hyphen'],
    ['\u202Eevil\u202C', 'evil', 'bidi overrides removed'],
    ['SSN \u0664\u0660\u0661-\u0661\u0662', 'SSN 401-12', 'Arabic-Indic digits'],
    ['\u096A\u0966\u0967', '401', 'Devanagari digits'],
    ['a\u2013b\u2014c\u2212d', 'a-b-c-d', 'dashes unified'],
    ['a\u00A0b\u3000c', 'a b c', 'spaces unified'],
    ['Zoe\u0308', 'Zoë', 'combining marks composed'],
    ['ﬁle', 'file', 'ligature expanded'],
    ['', '', 'empty'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  test('offsets map every normalized span back to what the user typed', () => {
    const original = 'MRN ００６８\u200B９１４６ today';
    const n = normalizeText(original);
    expect(back(original, n, '00689146')).toBe('００６８\u200B９１４６');
    expect(back(original, n, 'today')).toBe('today');
  });

  test('an expansion maps back to its single source character', () => {
    const n = normalizeText('ﬁle');
    expect(toOriginal(n, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(toOriginal(n, 1, 2)).toEqual({ start: 0, end: 1 });
  });

  test('astral characters and lone surrogates survive', () => {
    expect(normalizeText('a😀b').text).toBe('a😀b');
    expect(normalizeText('a\uD800b').text).toBe('a\uD800b');
  });
});

describe('foldDigitSeparators', () => {
  test.each([
    ['123 45 6789', '123456789'],
    ['123.45.6789', '123456789'],
    ['6 3 5 1 3 7 7 9', '63513779'],
    ['5 3 1 - 7 7 - 2 0 9 4', '531772094'],
    ['Room 12, 3 beds', 'Room 12, 3 beds'],
    ['12 -- 34', '12 -- 34'],
    ['MRN 12', 'MRN 12'],
  ])('%j -> %j', (input, expected) => {
    expect(foldDigitSeparators(normalizeText(input)).text).toBe(expected);
  });
});

describe('foldLookalikeLetters', () => {
  test.each([
    ['D0B 04/11/1961', 'DOB 04/11/1961', 'a zero between letters of a keyword'],
    ['MR\u0418 5530871', 'MRN 5530871', 'a Cyrillic letter in a Latin word'],
    ['J\u043ehn Smith', 'John Smith', 'a Cyrillic o in a Latin name'],
    ['\u041c\u0420\u0422 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442', '\u041c\u0420\u0422 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442', 'a Russian word stays Russian'],
    ['MBI 3KT7PW0RX52', 'MBI 3KT7PW0RX52', 'an identifier with other digits keeps its zero'],
    ['Q10 report', 'Q10 report', 'a zero after a digit'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(foldLookalikeLetters(normalizeText(input)).text).toBe(expected);
  });
  test('offsets still point at the original characters', () => {
    const original = 'Re: D0B 04/11/1961';
    expect(back(original, prepareText(original).normalized, 'DOB')).toBe('D0B');
  });
});

describe('joinSpelledLetters', () => {
  test.each([
    ['M R N 1', 'MRN 1'],
    ['M.R.N. 1', 'MRN. 1'],
    ['s s n', 'ssn'],
    ['a b test', 'a b test'],
    ['Z.D. DOB', 'Z.D. DOB'],
  ])('%j -> %j', (input, expected) => {
    expect(joinSpelledLetters(normalizeText(input)).text).toBe(expected);
  });
});

test('prepareText keeps both views mapped to the original', () => {
  const original = 'M R N  6 3 5 1';
  const p = prepareText(original);
  expect(p.folded.text).toBe('MRN  6351');
  const at = p.folded.text.indexOf('6351');
  const o = toOriginal(p.folded, at, at + 4);
  expect(original.slice(o.start, o.end)).toBe('6 3 5 1');
});

describe('tokenize', () => {
  const words = (s: string, splitCamel = false) => tokenize(s, { splitCamel }).map((t) => t.text);
  test('splits on separators and letter/digit boundaries', () => {
    expect(words('SmithJohn_MRN448812_path.pdf', true)).toEqual(['Smith', 'John', 'MRN', '448812', 'path', 'pdf']);
    expect(words('MRNReport', true)).toEqual(['MRN', 'Report']);
  });
  test("an acronym's plural is one word in capitals: its 's' starts no name", () => {
    expect(words('ED_utilizers_MRNs.xlsx', true)).toEqual(['ED', 'utilizers', 'MRNs', 'xlsx']);
    expect(tokenize('linelist_DOBs.xlsx', { splitCamel: true })[1].case).toBe('upper');
  });
  test('Latin letters glued to a word of a CJK script are two words', () => {
    expect(words('李雪梅_CT报告.pdf')).toEqual(['李雪梅', 'CT', '报告', 'pdf']);
    expect(words('MRI검사 결과')).toEqual(['MRI', '검사', '결과']);
    expect(words('Ünal_Ökçe')).toEqual(['Ünal', 'Ökçe']);
  });
  test('keeps name prefixes together in camelCase', () => {
    expect(words('McAllister_WC', true)).toEqual(['McAllister', 'WC']);
    expect(words('DeShawn McAllister')).toEqual(['DeShawn', 'McAllister']);
  });
  test('one lower-case letter before capitals is an acronym, not a camelCase boundary', () => {
    expect(words('Lauina_T_eGFR_trend.pdf', true)).toEqual(['Lauina', 'T', 'eGFR', 'trend', 'pdf']);
    expect(words('hCGPositive', true)).toEqual(['hCG', 'Positive']);
    expect(words('iPhone_photo', true)).toEqual(['i', 'Phone', 'photo']);
  });
  test('apostrophes: names keep them, possessives drop the s', () => {
    expect(words("O'Brien's labs")).toEqual(["O'Brien", 'labs']);
    expect(words("Mrs. Quill's potassium")).toEqual(['Mrs', 'Quill', 'potassium']);
  });
  test('keys are lower case without accents', () => {
    expect(tokenize('García-Márquez Sørensen').map((t) => t.key)).toEqual(['garcia', 'marquez', 'sorensen']);
  });
  test('cases', () => {
    expect(tokenize('Ada ADA ada McAda 王').map((t) => t.case)).toEqual(['title', 'upper', 'lower', 'title', 'none']);
  });
  test('gaps record what stood between tokens', () => {
    expect(tokenize('Quill, Ada').map((t) => t.gap)).toEqual(['', ', ']);
  });
});

test('generated Unicode tables agree with the platform on samples', () => {
  for (const c of ['a', 'Z', 'é', 'ж', '王', 'ß', 'ǅ']) expect(isLetterCp(c.codePointAt(0)!)).toBe(true);
  for (const c of ['1', ' ', '-', '😀', '٣']) expect(isLetterCp(c.codePointAt(0)!)).toBe(false);
  expect(isDecimalDigitCp(0x0663)).toBe(true);
  expect(isMarkCp(0x0301)).toBe(true);
  expect(isFormatCp(0x200b)).toBe(true);
  expect(isFormatCp(0x0041)).toBe(false);
});

describe('keywords of the patients\' languages', () => {
  const keyword = keywordAlternation(['no. de afiliado', 'nr. karty'], 'i', '', '');
  test.each(['Nº de afiliado', 'No de afiliado', 'no. de afiliado', 'NR KARTY', 'nr. karty'])('%s: an abbreviation\'s dot inside a keyword may be left out', (text) => {
    expect(keyword?.test(foldChars(normalizeText(text).text))).toBe(true);
  });
  test.each(['nombre de afiliado', 'no hay afiliado'])('%s: not the keyword', (text) => expect(keyword?.test(foldChars(text))).toBe(false));
});
