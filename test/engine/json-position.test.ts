import fc from 'fast-check';
import { parsePolicyJson } from '../../src/engine';
import { parsePolicyJsonForAuthoring } from '../../src/engine/policy/authoring';
import { jsonSyntaxError, lineColumn } from '../../src/engine/json-position';

/** Issue 16, finding 10: JSON errors are located (line, column) without quoting the text. */
const parses = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

const EXPECTED = ['a value', 'a closing quote', 'an escaped control character', 'a \\u escape with four hex digits', 'a valid escape', 'a digit', '"true"', '"false"', '"null"', 'a property name in double quotes', '":"', '"," or "}"', '"," or "]"', 'the end of the value'];

describe('jsonSyntaxError agrees with JSON.parse', () => {
  test('valid documents have no error', () => {
    fc.assert(fc.property(fc.json(), (s) => jsonSyntaxError(s) === undefined), { numRuns: 2000 });
  });

  test('text from JSON\'s own alphabet: an error exactly when JSON.parse fails', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', 'e', 'E', '1', '0', '-', '+', '.', ' ', '\n', 'true', 'null', 'fals', '"x"', '\\u12', '\\u00e9', '\t', '\u0001', '1e5', '"k":');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), (s) => {
        const e = jsonSyntaxError(s);
        expect(e === undefined).toBe(parses(s));
        if (e) {
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThanOrEqual(s.length);
          // Words from a fixed list, never the text.
          expect(EXPECTED).toContain(e.expected);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('deep nesting does not overflow the stack', () => {
    expect(jsonSyntaxError('['.repeat(200000) + ']'.repeat(200000))).toBeUndefined();
    expect(jsonSyntaxError('['.repeat(200000))).toEqual({ offset: 200000, expected: 'a value' });
  });

  test('positions and line/column', () => {
    const text = '{\n  "subject": "x",\n  "to": [Jane]\n}';
    const e = jsonSyntaxError(text)!;
    expect(lineColumn(text, e.offset)).toEqual({ line: 3, column: 10 });
    expect(e.expected).toBe('a value');
  });
});

describe('policy files with a JSON syntax error', () => {
  const broken = '{\n  "schemaVersion": 1,\n  "name": Ada Quill\n}';
  test('the on-send parse says only "not valid JSON" (the locating scanner stays out of the handler bundle)', () => {
    expect(parsePolicyJson(broken)).toEqual({ ok: false, errors: [{ path: '', message: 'not valid JSON' }] });
  });
  test('the authoring parse (settings pane, policy check) names the line and column, never the text', () => {
    const r = parsePolicyJsonForAuthoring(broken);
    expect(r).toEqual({ ok: false, errors: [{ path: '', message: 'not valid JSON at line 3, column 11 (expected a value)' }] });
  });
});
