import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { POLICY_CACHE_KEY, cachedPolicy, refreshPolicy } from '../../src/office/policy-source';
import { createFakeOffice } from '../support/fake-office';
import { msg } from '../support/messages';

/**
 * Issue 16, finding 1, in the handler's policy loader: a policy.json with an
 * unsafe MRN pattern is refused when fetched, the last good policy stays in
 * force, and a cached copy that fails the check is never compiled.
 */
const ISSUE_PATTERNS = ['[]|(\\d+)+$]', '[]|((\\w| )+)+$]', '\\d{0,32}\\d{0,32}\\d{0,32}\\d{0,32}X'];
const good = JSON.stringify({ schemaVersion: 1, name: 'Northwind 2026-11', org: { mrnFormats: [{ name: 'NW', pattern: 'NW\\d{8}' }] } });
const bad = (pattern: string) => JSON.stringify({ schemaVersion: 1, name: 'Northwind 2026-12', org: { mrnFormats: [{ name: 'NW', pattern }] } });
const respond = (body: string) => async () => ({ ok: true, status: 200, text: async () => body });

describe('finding 1: the handler refuses unsafe admin patterns and keeps the last good policy', () => {
  test.each(ISSUE_PATTERNS)('fetched policy.json with %s is refused; the cached good policy stays', async (pattern) => {
    const fake = createFakeOffice({ message: msg(), storage: { [POLICY_CACHE_KEY]: good }, fetch: respond(bad(pattern)) });
    expect(await refreshPolicy(fake.env)).toBe('invalid');
    expect(fake.state.storage.get(POLICY_CACHE_KEY)).toBe(good);
    const loaded = await cachedPolicy(fake.env);
    expect(loaded.version).toBe('Northwind-2026-11');
    expect(loaded.policy.org.mrnFormats.map((f) => f.pattern)).toEqual(['NW\\d{8}']);
  });

  test.each(ISSUE_PATTERNS)('a cached policy with %s (written by an older version) is not used', async (pattern) => {
    const fake = createFakeOffice({ message: msg(), storage: { [POLICY_CACHE_KEY]: bad(pattern) } });
    const loaded = await cachedPolicy(fake.env);
    expect(loaded.source).toBe('default');
  });
});

/** The same through the BUILT handler (dist/web/commands.js), as Outlook runs it. */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'commands.js');
const describeBuilt = existsSync(BUNDLE) ? describe : describe.skip;
describeBuilt('finding 1 in the built handler bundle', () => {
  test('the handler carries the small subset recogniser, not regexpp or the authoring sample (bundle budget)', () => {
    const src = readFileSync(BUNDLE, 'utf8');
    expect(src).toContain('a repeated group can backtrack badly');
    expect(src).not.toContain('Unterminated character class');
    expect(src).not.toContain('PO 40051234');
  });

  test.each(ISSUE_PATTERNS)('OnNewMessageCompose refuses %s; Send is quick and uses the last good policy', async (pattern) => {
    const src = readFileSync(BUNDLE, 'utf8');
    const subject = `Staff meeting moved to 3pm ${'1'.repeat(28)}`;
    const fake = createFakeOffice({ message: msg({ subject: `${subject} NW00451782` }), storage: { [POLICY_CACHE_KEY]: good }, fetch: respond(bad(pattern)) });
    vm.runInContext(src, vm.createContext({ ...fake.globals }));
    expect(await fake.fire('onNewMessageComposeHandler')).toEqual([{}]);
    expect(fake.state.storage.get(POLICY_CACHE_KEY)).toBe(good);
    const t0 = Date.now();
    const [o] = await fake.fire('onMessageSendHandler');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(o.allowEvent).toBe(false);
    expect(fake.state.headers['x-phi-guard']).toMatch(/policy=Northwind-2026-11$/);
  }, 20000);
});
