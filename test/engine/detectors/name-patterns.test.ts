import { NAME_PATTERNS, personName } from '../../../src/engine/detectors/person-name';
import { NAME_PATTERN_DOCS } from '../../../src/engine/detectors/name-pattern-docs';
import { run } from '../../support/detectors';

/**
 * gitleaks-style: every name pattern carries its own fictitious true and
 * false positive rows, checked here by one generic test. A valid row must be
 * reported by exactly that pattern; an invalid row must not be.
 */
const kindOf = (text: string) => (/\.[a-z]{3,4}$/.test(text) ? 'attachment' : 'subject');
const patternsIn = (text: string) =>
  run(personName, text, kindOf(text))
    .filter((s) => s.role === 'identity')
    .map((s) => s.evidence);

describe.each(NAME_PATTERNS.map((p) => [p.id, p] as const))('%s', (_id, pattern) => {
  const doc = NAME_PATTERN_DOCS[pattern.id];
  test('has a description and a strength', () => {
    expect(doc.description.length).toBeGreaterThan(10);
    expect(['high', 'medium']).toContain(pattern.strength);
  });
  const valid = doc?.examples.valid ?? [];
  const invalid = doc?.examples.invalid ?? [];
  if (valid.length) test.each(valid)('finds %s', (text) => expect(patternsIn(text)).toContain(pattern.id));
  if (invalid.length) test.each(invalid)('does not find %s', (text) => expect(patternsIn(text)).not.toContain(pattern.id));
});

test('every pattern has its description and rows, and every description a pattern', () => {
  const ids = NAME_PATTERNS.map((p) => p.id);
  expect(Object.keys(NAME_PATTERN_DOCS).filter((id) => id !== 'name.lower-pair').sort()).toEqual([...ids].sort());
});

test('pattern ids are unique', () => {
  const ids = NAME_PATTERNS.map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('weak patterns are never high strength', () => {
  for (const p of NAME_PATTERNS) if (p.weak) expect(p.strength).toBe('medium');
});
