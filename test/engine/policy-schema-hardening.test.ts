import { POLICY_LIMITS, defaultPolicy, parsePolicy, parsePolicyJson } from '../../src/engine';

/**
 * Issue 16, findings 9, 3 (schema part) and 12 (policy part): every key of a
 * policy file is known, every string is free of control characters, every
 * list has a documented size limit.
 */
const rejectsAt = (json: string, path: string) => {
  const r = parsePolicyJson(json);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
};

describe('finding 9: unknown keys, __proto__ and constructor included, are refused everywhere', () => {
  // JSON text, not object literals: JSON.parse makes "__proto__" an own key, as a fetched file does.
  test.each([
    ['{"schemaVersion":1,"__proto__":{}}', '__proto__'],
    ['{"schemaVersion":1,"__proto__":{"name":"x"}}', '__proto__'],
    ['{"schemaVersion":1,"constructor":{}}', 'constructor'],
    ['{"schemaVersion":1,"prototype":{}}', 'prototype'],
    ['{"schemaVersion":1,"rules":{"__proto__":{"subject":"off"}}}', 'rules.__proto__'],
    ['{"schemaVersion":1,"rules":{"constructor":{"subject":"off","recipients":"off","attachments":"off"}}}', 'rules.constructor'],
    ['{"schemaVersion":1,"rules":{"mrn":{"subject":"warn","constructor":"off"}}}', 'rules.mrn.constructor'],
    ['{"schemaVersion":1,"combinations":{"__proto__":{"massDisclosure":"off"}}}', 'combinations.__proto__'],
    ['{"schemaVersion":1,"strengthLevels":{"high":{"__proto__":{}}}}', 'strengthLevels.high.__proto__'],
    ['{"schemaVersion":1,"org":{"__proto__":{}}}', 'org.__proto__'],
    ['{"schemaVersion":1,"org":{"constructor":1}}', 'org.constructor'],
    ['{"schemaVersion":1,"org":{"extraKeywords":{"__proto__":["unit no"]}}}', 'org.extraKeywords.__proto__'],
    ['{"schemaVersion":1,"org":{"extraKeywords":{"constructor":["unit no"]}}}', 'org.extraKeywords.constructor'],
    ['{"schemaVersion":1,"org":{"extraKeywords":{"mrnn":["unit no"]}}}', 'org.extraKeywords.mrnn'],
    ['{"schemaVersion":1,"org":{"mrnFormats":[{"name":"a","pattern":"E\\\\d{7}","constructor":{}}]}}', 'org.mrnFormats.0.constructor'],
    ['{"schemaVersion":1,"behaviour":{"__proto__":{"failMode":"block"}}}', 'behaviour.__proto__'],
    ['{"schemaVersion":1,"behaviour":{"messages":{"constructor":"x"}}}', 'behaviour.messages.constructor'],
  ])('%s is refused at %s', (json, path) => rejectsAt(json, path));

  test('a refused key does not leak into the prototype of the result or of Object', () => {
    parsePolicyJson('{"schemaVersion":1,"__proto__":{"polluted":true},"org":{"__proto__":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('known keyword rules are still accepted', () => {
    const r = parsePolicyJson('{"schemaVersion":1,"org":{"extraKeywords":{"mrn":["unit no"],"member-id":["plan no"]}}}');
    expect(r.ok).toBe(true);
  });
});

describe('finding 3 (schema part): control characters in any policy string are refused', () => {
  const BAD = ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029'];
  const places: [string, (s: string) => unknown][] = [
    ['name', (s) => ({ name: `Northwind${s}2026` })],
    ['behaviour.privacyContact', (s) => ({ behaviour: { privacyContact: `Privacy Office${s}x4100` } })],
    ['behaviour.messages.block', (s) => ({ behaviour: { messages: { block: `Stop.${s}Now.` } } })],
    ['behaviour.messages.warn', (s) => ({ behaviour: { messages: { warn: `Careful.${s}Now.` } } })],
    ['org.mrnFormats.0.name', (s) => ({ org: { mrnFormats: [{ name: `NW${s}MRN`, pattern: 'NW\\d{8}' }] } })],
    ['org.mrnFormats.0.pattern', (s) => ({ org: { mrnFormats: [{ name: 'NW', pattern: `NW${s}\\d{8}` }] } })],
    ['org.mrnFormats.0.examples.0', (s) => ({ org: { mrnFormats: [{ name: 'NW', pattern: 'NW\\d{8}', examples: [`NW00451782${s}`] }] } })],
    ['org.allowTerms.0', (s) => ({ org: { allowTerms: [`echo${s}`] } })],
    ['org.extraHealthTerms.0', (s) => ({ org: { extraHealthTerms: [`zorb${s}lax`] } })],
    ['org.extraKeywords.mrn.0', (s) => ({ org: { extraKeywords: { mrn: [`${s}unit no`] } } })],
    ['org.internalDomains.0', (s) => ({ org: { internalDomains: [`northwind.example${s}`] } })],
    ['org.personalDomains.0', (s) => ({ org: { personalDomains: [`${s}mail.example`] } })],
  ];
  const cases = places.flatMap(([path, make]) => BAD.map((c) => [path, `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, make(c)] as const));
  test.each(cases)('%s with %s', (path, _code, patch) => {
    const r = parsePolicy({ schemaVersion: 1, ...(patch as object) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  test('ordinary text with accents, quotes and symbols is fine', () => {
    const r = parsePolicy({ schemaVersion: 1, name: 'Hôpital Nord – 2026/11', behaviour: { privacyContact: "Privacy Office (O'Brien), x4100 ‘urgent’" } });
    expect(r.ok).toBe(true);
  });
});

describe('finding 12 (policy part): every list has a documented size limit', () => {
  const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
  const word = (i: number) => `term${i.toString(36)}`;
  const cases: [string, number, (n: number) => unknown][] = [
    ['org.allowTerms', POLICY_LIMITS.allowTerms, (n) => ({ org: { allowTerms: many(n, word) } })],
    ['org.extraHealthTerms', POLICY_LIMITS.extraHealthTerms, (n) => ({ org: { extraHealthTerms: many(n, word) } })],
    ['org.extraKeywords.mrn', POLICY_LIMITS.extraKeywords, (n) => ({ org: { extraKeywords: { mrn: many(n, word) } } })],
    ['org.internalDomains', POLICY_LIMITS.domains, (n) => ({ org: { internalDomains: many(n, (i) => `${word(i)}.example`) } })],
    ['org.baaDomains', POLICY_LIMITS.domains, (n) => ({ org: { baaDomains: many(n, (i) => `${word(i)}.example`) } })],
    ['org.personalDomains', POLICY_LIMITS.domains, (n) => ({ org: { personalDomains: many(n, (i) => `${word(i)}.example`) } })],
    ['org.mrnFormats', POLICY_LIMITS.mrnFormats, (n) => ({ org: { mrnFormats: many(n, (i) => ({ name: `F${i}`, pattern: `F${i}\\d{6}` })) } })],
    ['org.mrnFormats.0.examples', POLICY_LIMITS.examples, (n) => ({ org: { mrnFormats: [{ name: 'F', pattern: 'F\\d{6}', examples: many(n, (i) => `F${String(100000 + i)}`) }] } })],
  ];
  test.each(cases)('%s: %d entries are accepted, one more is refused', (path, limit, make) => {
    expect(limit).toBeGreaterThan(0);
    const at = parsePolicy({ schemaVersion: 1, ...(make(limit) as object) });
    if (!at.ok) throw new Error(JSON.stringify(at.errors.slice(0, 3)));
    const over = parsePolicy({ schemaVersion: 1, ...(make(limit + 1) as object) });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors.map((e) => e.path)).toContain(path);
  });

  test.each([
    ['name', { name: 'x'.repeat(POLICY_LIMITS.name + 1) }],
    ['org.mrnFormats.0.name', { org: { mrnFormats: [{ name: 'x'.repeat(POLICY_LIMITS.name + 1), pattern: 'E\\d{7}' }] } }],
    ['org.mrnFormats.0.examples.0', { org: { mrnFormats: [{ name: 'E', pattern: 'E\\d{7}', examples: [`E1234567 ${'x'.repeat(POLICY_LIMITS.example)}`] }] } }],
  ])('%s: a string over its limit is refused', (path, patch) => {
    const r = parsePolicy({ schemaVersion: 1, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  test('a policy file over the size limit is refused before it is parsed', () => {
    const r = parsePolicyJson(`{"schemaVersion":1,"name":"x"${' '.repeat(POLICY_LIMITS.fileCharacters)}}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/larger than/);
  });

  test('the default policy is within every limit', () => {
    expect(parsePolicy(defaultPolicy()).ok).toBe(true);
    expect(defaultPolicy().org.personalDomains.length).toBeLessThanOrEqual(POLICY_LIMITS.domains);
  });
});
