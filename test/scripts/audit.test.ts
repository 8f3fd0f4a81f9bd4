import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Issue 16, finding 14: `npm run audit:prod` (scripts/audit.js) passes only when
 * the audit ran clean, or when the registry has no audit service at all (then
 * with a warning on every run). An audit that did not run for any other reason
 * fails; high or critical advisories fail. `npm` is a stand-in here that answers
 * as the real one does in each case.
 */
const AUDIT = join(__dirname, '..', '..', 'scripts', 'audit.js');

function fakeNpm(stdout: string, stderr = '', code = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-npm-'));
  writeFileSync(join(dir, 'out.txt'), stdout);
  writeFileSync(join(dir, 'err.txt'), stderr);
  const script = join(dir, 'npm');
  writeFileSync(script, `#!/bin/sh\n/bin/cat "${join(dir, 'out.txt')}"\n/bin/cat "${join(dir, 'err.txt')}" >&2\nexit ${code}\n`);
  chmodSync(script, 0o755);
  return dir;
}

function audit(path: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [AUDIT, ...args], { encoding: 'utf8', env: { PATH: path, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) } } });

// What npm 11 prints when the registry answers the audit endpoint with 405 (seen on this project's mirror).
const NO_SERVICE = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

describe('the registry has no audit service: green, with a warning every time', () => {
  test.each([
    ['405 Method Not Allowed', NO_SERVICE],
    ['404 Not Found', NO_SERVICE.replace(/405/g, '404').replace('Method Not Allowed', 'Not Found')],
    ['501 Not Implemented', NO_SERVICE.replace(/405/g, '501').replace('Method Not Allowed', 'Not Implemented')],
  ])('%s', (_why, out) => {
    const r = audit(fakeNpm(out, 'npm error audit endpoint returned an error\n', 1));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/WARNING: .*NOT CHECKED/);
  });

  test('in GitHub Actions the warning is an annotation', () => {
    const r = audit(fakeNpm(NO_SERVICE, '', 1), [], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(0);
    expect(r.out + r.err).toMatch(/^::warning title=npm audit not run::/m);
  });

  test('--strict fails it (for a release check against registry.npmjs.org)', () => {
    expect(audit(fakeNpm(NO_SERVICE, '', 1), ['--strict']).code).toBe(1);
  });
});

describe('the audit did not run for another reason: red (finding 14)', () => {
  test.each([
    ['the registry cannot be reached', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } }), 1],
    ['the connection is refused', JSON.stringify({ error: { code: 'ECONNREFUSED', summary: 'connect ECONNREFUSED 127.0.0.1:4873', detail: '' } }), 1],
    ['no lockfile', JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: '' } }), 1],
    ['an authentication failure', JSON.stringify({ message: '401 Unauthorized - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 401, error: { summary: '', detail: '' } }), 1],
    ['a server error', JSON.stringify({ message: '500 Internal Server Error - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 500, error: { summary: '', detail: '' } }), 1],
    ['output that is not JSON', 'npm ERR! something broke\n', 1],
    ['no output at all', '', 1],
    ['a report without counts', JSON.stringify({ auditReportVersion: 2 }), 0],
  ])('%s', (_why, out, code) => {
    const r = audit(fakeNpm(out, '', code));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/did not run/);
  });

  test('npm is not installed', () => {
    const r = audit(mkdtempSync(join(tmpdir(), 'no-npm-')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/did not run/);
  });
});

describe('the audit ran', () => {
  test('no high or critical advisory: green, with the counts', () => {
    const r = audit(fakeNpm(report({ moderate: 2, low: 1 }), '', 1));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 critical, 0 high, 2 moderate, 1 low/);
  });

  test.each([
    ['high', { high: 1 }],
    ['critical', { critical: 1 }],
  ])('a %s advisory: red, naming the package', (severity, counts) => {
    const r = audit(fakeNpm(report(counts, { 'left-pad': { severity, via: [{ title: 'Prototype pollution' }] } }), '', 1));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${severity}: left-pad (Prototype pollution)`);
  });
});
