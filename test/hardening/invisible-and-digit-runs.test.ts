import { Message, defaultPolicy, prepareText, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/**
 * Issue 16, finding 8: invisible characters inside a number, and a long run of
 * separated digit groups, must not hide an identifier. All numbers fictitious.
 */
const policy = defaultPolicy();
const subject = (s: string): Message => msg({ subject: s });
const rulesOf = (m: Message) => scanMessage(m, policy).findings.map((f) => `${f.field}:${f.detectorId}:${f.action}`);

// Each is invisible (Default_Ignorable_Code_Point, Cc or Cf) or renders as a blank.
const INVISIBLE: [string, number][] = [
  ['variation selector 1', 0xfe00],
  ['variation selector 16', 0xfe0f],
  ['variation selector 17 (supplement)', 0xe0100],
  ['variation selector 256', 0xe01ef],
  ['combining grapheme joiner', 0x034f],
  ['Khmer vowel inherent Aq', 0x17b4],
  ['Khmer vowel inherent Aa', 0x17b5],
  ['Mongolian free variation selector one', 0x180b],
  ['Mongolian vowel separator', 0x180e],
  ['Braille pattern blank', 0x2800],
  ['NUL', 0x0000],
  ['C0 control (escape)', 0x001b],
  ['C0 control (unit separator)', 0x001f],
  ['DEL', 0x007f],
  ['C1 control (next line)', 0x0085],
  ['C1 control (string terminator)', 0x009c],
  ['Hangul filler', 0x3164],
  ['tag character', 0xe0041],
  ['zero-width space', 0x200b],
  ['invisible times', 0x2062],
];

describe('invisible characters inside a number are removed (finding 8)', () => {
  test.each(INVISIBLE.map(([name, cp]) => [`${name} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, cp] as const))('%s inside an MRN', (_name, cp) => {
    const c = String.fromCodePoint(cp);
    expect(rulesOf(subject(`MRN 0045${c}1782`))).toContain('subject:mrn:block');
    expect(rulesOf(subject(`SSN 536-22-44${c}17`))).toContain('subject:ssn:block');
  });

  test('several different invisible characters at once, and in a file name', () => {
    const s = 'MRN 0\u0000045\ufe0f17\u{e0100}8\u034f2';
    expect(rulesOf(subject(s))).toContain('subject:mrn:block');
    expect(rulesOf(msg({ attachments: [{ name: `Consent_MRN_0045\u17b41782.pdf` }] }))).toContain('attachments:mrn:block');
  });

  test.each([
    ['inside the keyword', 'M\u034fR\ufe0fN 00451782'],
    ['a combining mark on a digit', 'MRN 0045\u03321782'],
    ['a keycap digit', 'MRN 0045\ufe0f\u20e31782'],
    ['a line separator between the digit groups', 'MRN 0045\u20281782'],
    ['an ideographic space between the digit groups', 'MRN 0045\u30001782'],
    ['NEL between the digit groups', 'MRN 0045\u00851782'],
  ])('the same kind: %s', (_why, text) => {
    expect(rulesOf(subject(text))).toContain('subject:mrn:block');
  });

  test('the same kind: in a recipient display name and address', () => {
    const rules = rulesOf(msg({ to: [{ displayName: 'HIV\u0000 clinic patients', emailAddress: 'hiv\ufe0f-patients@gmail.com' }] }));
    expect(rules.some((r) => r.startsWith('to:recipient-health'))).toBe(true);
  });

  test('the finding still points at what the user typed', () => {
    const s = 'MRN 0045\ufe0f1782 consent';
    const f = scanMessage(subject(s), policy).findings.find((x) => x.detectorId === 'mrn');
    expect(f).toBeDefined();
    expect(s.slice(f!.start, f!.end)).toBe('MRN 0045\ufe0f1782');
  });

  test('control characters that are spaces (tab, line feed) still separate words', () => {
    expect(prepareText('Staff\tmeeting\nmoved').normalized.text).toBe('Staff meeting moved');
  });

  test('every Default_Ignorable_Code_Point, Cc and Cf character is removed (the table is derived, not a hand list)', () => {
    const ignorable = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/u;
    // Tab, line feed and the other controls that are White_Space read as spaces instead.
    const spaces = /\p{White_Space}/u;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!ignorable.test(c) || spaces.test(c)) continue;
      if (prepareText(`1${c}2`).normalized.text !== '12') missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });
});

describe('a long run of separated digit groups does not hide an identifier it contains (finding 8)', () => {
  test.each([
    ['trailing groups of three', 'MRN 00451782 555 555 555 555 5'],
    ['thirteen single digits after it', `MRN 00451782 ${'1 '.repeat(13)}`],
    ['thirty single digits after it', `MRN 00451782 ${'1 '.repeat(30)}`],
    ['dotted groups after it', 'MRN 00451782.555.555.555.555.5'],
    ['the number itself split, then more groups', 'MRN 0045 1782 555 555 555 555 5'],
  ])('%s', (_why, text) => {
    expect(rulesOf(subject(text))).toContain('subject:mrn:block');
  });

  test('an SSN followed by a long run of digit groups', () => {
    expect(rulesOf(subject('SSN 536-22-4417 555 555 555 555 5'))).toContain('subject:ssn:block');
  });

  test('ordinary numbers are still not identifiers', () => {
    expect(rulesOf(subject('Invoice totals 555 555 555 555 5 for Q3'))).toEqual([]);
  });
});
