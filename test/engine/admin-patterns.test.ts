import { analyzeSafePattern, checkSafePattern, parsePolicy, parsePolicyJson } from '../../src/engine';

/**
 * Issue 16, finding 1: organisation MRN patterns that the old hand parser
 * misread (`[]` is an empty class in JavaScript, not the start of a class
 * holding "]"), or whose bounded quantifiers multiply into millions of
 * backtracking paths. Each must be refused wherever a policy is loaded.
 * The same patterns are tested in `phi-guard policy check`
 * (test/cli/policy-check-patterns.test.ts), the handler's loader
 * (test/office/policy-source.test.ts) and the settings pane
 * (test/browser/settings-patterns.test.ts).
 */
export const ISSUE_PATTERNS = ['[]|(\\d+)+$]', '[]|((\\w| )+)+$]', '\\d{0,32}\\d{0,32}\\d{0,32}\\d{0,32}X'];

describe('finding 1: admin MRN patterns from the issue', () => {
  test.each(ISSUE_PATTERNS)('the policy loader refuses %s', (pattern) => {
    const r = parsePolicyJson(JSON.stringify({ schemaVersion: 1, org: { mrnFormats: [{ name: 'NW', pattern }] } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('org.mrnFormats.0.pattern');
  });

  test.each(ISSUE_PATTERNS)('checkSafePattern refuses %s', (pattern) => {
    expect(checkSafePattern(pattern)).toBeDefined();
  });

  test.each([
    ['[]', /empty/],
    ['[^]', /\[\^\]|everything|empty/],
    ['[]a]', /empty/],
    ['E\\d{7}|[]', /empty/],
    ['a]b', /escape/],
    ['a{b', /escape/],
    ['\\d{0,32}\\d{0,32}', /backtrack|choices/],
    ['(?:a|b)?', /repeated group/],
    ['(?:\\d{2}){3}', /repeated group/],
    ['a|', /empty alternative/],
    ['(?:)', /empty/],
    ['\\d{0,8}', /match nothing|empty/],
    ['\\d{2}??', /lazy|quantifier/],
    ['(?=\\d)\\d{6}', /non-capturing|look/],
    ['(?!x)\\d{6}', /non-capturing|look/],
    ['\\8\\d{6}', /not allowed|escape/],
    ['\\0\\d{6}', /not allowed|escape/],
    ['\\cJ\\d{6}', /not allowed|escape/],
    ['[\\d-z]{6}', /range|escape/],
    ['[a-]{6}', /range|escape|-/],
    ['[z-a]{6}', /order|range/],
    ['\\b{2}\\d{6}', /nothing to repeat|quantifier/],
  ])('refuses %s', (pattern, why) => {
    expect(checkSafePattern(pattern)).toMatch(why);
  });

  test.each(['E\\d{7}', '[A-Z]{2}\\d{6,8}', 'MR-?\\d{8}', '(?:MRN|MR)\\d{6}', '\\d{3}-\\d{4}', 'NW\\d{8}', '[^\\s]{3}\\d{5}', 'E\\d{7}|F\\d{8}', '\\bK\\d{6}\\b', '[A-Z\\-]{2}\\d{6}', '^MRN\\d{6}$'])('accepts %s', (pattern) => {
    expect(checkSafePattern(pattern)).toBeUndefined();
  });

  test('a refused pattern leaves nothing half-applied', () => {
    const r = parsePolicy({ schemaVersion: 1, name: 'x', org: { mrnFormats: [{ name: 'ok', pattern: 'E\\d{7}' }, { name: 'NW', pattern: ISSUE_PATTERNS[0] }] } });
    expect(r.ok).toBe(false);
  });
});

describe('the cost model documented in docs/security.md', () => {
  test.each([
    ['E\\d{7}', 11],
    ['[A-Z]{1,3}\\d{4,10}', 78],
    ['\\d{1,3}-\\d{1,3}-\\d{1,4}', 156],
  ])('%s costs %d backtracking steps per position', (pattern, steps) => {
    const r = analyzeSafePattern(pattern);
    expect(r.ok && r.cost.steps).toBe(steps);
  });

  test('\\d{0,32} four times over has 33^4 ways per position and is refused for it', () => {
    expect(checkSafePattern(ISSUE_PATTERNS[2])).toMatch(/1185921 choices/);
  });
});

