import { checkSafePattern, defaultPolicy, parsePolicy, parsePolicyJson, DETECTORS } from '../../src/engine';

describe('parsePolicy', () => {
  test('a file with only the version is the default policy', () => {
    const r = parsePolicy({ schemaVersion: 1 });
    expect(r).toEqual({ ok: true, policy: defaultPolicy() });
  });

  test('what a file says replaces the default; the rest stays', () => {
    const r = parsePolicy({ schemaVersion: 1, rules: { mrn: { subject: 'warn', recipients: 'warn', attachments: 'warn' } }, org: { internalDomains: ['Example.ORG'] } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.policy.rules.mrn.subject).toBe('warn');
    expect(r.policy.rules.ssn.subject).toBe('block');
    expect(r.policy.org.internalDomains).toEqual(['example.org']);
    expect(r.policy.org.personalDomains).toContain('gmail.com');
  });

  test.each([
    [{ schemaVersion: 1, rules: { mrn: { subject: 'stop', recipients: 'warn', attachments: 'warn' } } }, 'rules.mrn.subject'],
    [{ schemaVersion: 1, rules: { mrn: { subject: 'warn', recipients: 'often' } } }, 'rules.mrn.recipients'],
    [{ schemaVersion: 1, rules: { nope: { subject: 'warn', recipients: 'warn', attachments: 'warn' } } }, 'rules.nope'],
    [{ schemaVersion: 1, rules: { 'person-name': { subject: 'warn', recipients: 'warn', attachments: 'warn' } } }, 'rules.person-name'],
    [{ schemaVersion: 1, org: { massDisclosureThreshold: 1 } }, 'org.massDisclosureThreshold'],
    [{ schemaVersion: 1, org: { internalDomains: ['not a domain'] } }, 'org.internalDomains.0'],
    [{ schemaVersion: 1, org: { mrnFormats: [{ name: 'x', pattern: '(a+)+' }] } }, 'org.mrnFormats.0.pattern'],
    [{ schemaVersion: 1, org: { mrnFormats: [{ name: 'x', pattern: 'E\\d{7}', examples: ['E123'] }] } }, 'org.mrnFormats.0.examples.0'],
    [{ schemaVersion: 1, behaviour: { failMode: 'maybe' } }, 'behaviour.failMode'],
    [{ schemaVersion: 1, behaviour: { messages: { block: 'x'.repeat(161) } } }, 'behaviour.messages.block'],
    [{ schemaVersion: 1, surprise: true }, 'surprise'],
    [{ schemaVersion: 2 }, 'schemaVersion'],
    [{}, 'schemaVersion'],
    [[], ''],
  ])('rejects %j at %s', (input, path) => {
    const r = parsePolicy(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  test('a partial level object is completed from the default', () => {
    const r = parsePolicy({ schemaVersion: 1, rules: { mrn: { subject: 'warn' } } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.policy.rules.mrn).toEqual({ subject: 'warn', recipients: 'warn', attachments: 'block' });
  });

  test('JSON syntax errors are reported like schema errors', () => {
    const r = parsePolicyJson('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^not valid JSON/);
  });

  test('the default policy covers every identifier detector and implements the spec levels', () => {
    const p = defaultPolicy();
    for (const d of DETECTORS.filter((x) => x.meta.role === 'identifier')) expect(p.rules[d.meta.id]).toBeDefined();
    for (const id of ['ssn', 'mrn', 'member-id', 'mbi', 'hicn', 'account-number', 'accession-number', 'dob', 'age-over-89']) {
      expect(p.rules[id]).toEqual({ subject: 'block', recipients: 'warn', attachments: 'block' });
    }
    expect(p.rules.npi).toEqual({ subject: 'off', recipients: 'off', attachments: 'off' });
    expect(p.rules.dea).toEqual({ subject: 'off', recipients: 'off', attachments: 'off' });
    expect(p.combinations.identityWithHealth).toEqual({ subject: 'block', recipients: 'warn', attachments: 'block' });
  });
});

describe('checkSafePattern (admin MRN formats)', () => {
  test.each(['E\\d{7}', '[A-Z]{2}\\d{6,8}', 'MR-?\\d{8}', '(?:MRN|MR)\\d{6}', '\\d{3}-\\d{4}'])('accepts %s', (p) => {
    expect(checkSafePattern(p)).toBeUndefined();
  });
  test.each([
    ['(a+)+', /non-capturing/],
    ['(?:a+)+', /unbounded/],
    ['\\d*', /unbounded/],
    ['\\d{2,}', /malformed or unbounded/],
    ['(?:\\d{2}){3}', /repeated group/],
    ['(\\d{6})', /non-capturing/],
    ['(?<=x)\\d{6}', /non-capturing/],
    ['(?:a)\\1', /back-references/],
    ['\\d{40}', /above 32/],
    ['\\d{5,3}', /must not be smaller/],
    ['x'.repeat(201), /longer than 200/],
    ['[abc', /not closed/],
    ['(?:abc', /not closed/],
    ['abc)', /no matching/],
    ['', /empty/],
    ['\\p{L}{3}', /not allowed/],
  ])('rejects %s', (p, why) => {
    expect(checkSafePattern(p)).toMatch(why);
  });
});
