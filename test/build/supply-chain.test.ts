import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Supply chain and page hardening, on the BUILT web files: no eval or
 * new Function anywhere (so a strict Content-Security-Policy holds), the
 * ES2016 handler and engine bundles never touch globalThis, every page
 * carries a strict CSP, and every production dependency has a permissive
 * licence.
 */
const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
if (process.env.CI && !existsSync(join(WEB, 'commands.js'))) throw new Error('dist/web is not built');
const built = existsSync(join(WEB, 'commands.js'));
const describeBuilt = built ? describe : describe.skip;
const files = (ext: string) => (built ? readdirSync(WEB).filter((f) => f.endsWith(ext)) : []);

describeBuilt('built web files', () => {
  test.each(files('.js'))('%s has no eval, new Function or Function(...)', (f) => {
    const src = readFileSync(join(WEB, f), 'utf8');
    expect(src).not.toMatch(/(?<![\w$.])eval\(|\bnew Function\b|(?<![\w$.])Function\(/);
  });

  test.each(['commands.js', 'engine.js'])('%s (ES2016 runtime) does not rely on globalThis', (f) => {
    expect(readFileSync(join(WEB, f), 'utf8')).not.toContain('globalThis');
  });

  test.each(files('.html'))('%s has a strict Content-Security-Policy', (f) => {
    const html = readFileSync(join(WEB, f), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    const scripts: string[] = directives['script-src'] ?? directives['default-src'];
    expect(scripts.filter((s) => s !== "'self'" && s !== "'none'" && s !== 'https://appsforoffice.microsoft.com')).toEqual([]);
    expect(directives['connect-src'] ?? directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });
});

describe('production dependencies', () => {
  test('every package that can ship has a permissive licence', () => {
    const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { dependencies?: Record<string, Dep> };
    interface Dep {
      dependencies?: Record<string, Dep>;
    }
    const names = new Set<string>();
    const walk = (deps: Record<string, Dep> | undefined) => {
      for (const [name, d] of Object.entries(deps ?? {})) {
        if (names.has(name)) continue;
        names.add(name);
        walk(d.dependencies);
      }
    };
    walk(tree.dependencies);
    expect(names.size).toBeGreaterThan(5);
    const ALLOWED = /^\(?(?:MIT|MIT-0|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD)(?:\s+(?:OR|AND)\s+(?:MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD))*\)?$/;
    const bad: string[] = [];
    for (const name of names) {
      const pkgFile = join(ROOT, 'node_modules', name, 'package.json');
      if (!existsSync(pkgFile)) continue; // optional platform packages not installed here
      const license = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { license?: string }).license ?? 'none';
      if (!ALLOWED.test(license)) bad.push(`${name}: ${license}`);
    }
    expect(bad).toEqual([]);
  }, 60000);
});
