import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Issue 16, finding 13: the add-in's host is one setting. A production build
 * (PHI_GUARD_HOST set) writes the web files and the production manifest for the
 * same host and refuses a host the handler would reach as localhost;
 * build-manifest refuses a host other than the one the web files were built for.
 */
const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, 'webpack.config.js');
const BUILD_MANIFEST = join(ROOT, 'scripts', 'build-manifest.js');

/** Loads webpack.config.js with PHI_GUARD_HOST as given (undefined: unset) and builds the configuration. */
function configWith(host: string | undefined): unknown {
  const saved = process.env.PHI_GUARD_HOST;
  if (host === undefined) delete process.env.PHI_GUARD_HOST;
  else process.env.PHI_GUARD_HOST = host;
  try {
    let config: unknown;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded afresh per environment
      const factory = require(CONFIG) as (env: object, argv: object) => unknown;
      config = factory({}, { mode: 'production' });
    });
    return config;
  } finally {
    if (saved === undefined) delete process.env.PHI_GUARD_HOST;
    else process.env.PHI_GUARD_HOST = saved;
  }
}

describe('a production build refuses a host its handler would reach as localhost', () => {
  test.each([
    ['https://localhost:3000'],
    ['https://localhost'],
    ['https://LOCALHOST:3000/'],
    ['https://127.0.0.1:3000'],
    ['https://127.1.2.3'],
    ['https://[::1]:3000'],
    ['https://0.0.0.0'],
    ['https://addin.localhost'],
    [''],
    ['http://phi-guard.example.org'],
    ['https://phi-guard.example.org/addin'],
  ])('PHI_GUARD_HOST=%j', (host) => {
    expect(() => configWith(host)).toThrow(/PHI_GUARD_HOST/);
  });

  test('a real host is accepted; without PHI_GUARD_HOST the build is a development build', () => {
    expect(() => configWith('https://phi-guard.example.org')).not.toThrow();
    expect(() => configWith(undefined)).not.toThrow();
  });
});

describe('npm run build:manifest checks the host the web files were built for', () => {
  const fakeWeb = (origin: string): string => {
    const web = join(mkdtempSync(join(tmpdir(), 'phi-guard-web-')), 'web');
    mkdirSync(join(web, '.well-known'), { recursive: true });
    writeFileSync(join(web, '.well-known', 'microsoft-officeaddins-allowed.json'), JSON.stringify({ allowed: [`${origin}/commands.js`] }));
    return web;
  };
  const manifest = (...args: string[]) => {
    const out = join(mkdtempSync(join(tmpdir(), 'phi-guard-manifest-')), 'manifest.xml');
    const r = spawnSync(process.execPath, [BUILD_MANIFEST, ...args, '--out', out], { encoding: 'utf8', cwd: ROOT });
    return { ...r, out, written: existsSync(out) };
  };

  test('a --host other than the built one is refused', () => {
    const r = manifest('--web', fakeWeb('https://phi-guard.example.org'), '--host', 'https://other.example.org');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--host https:\/\/other\.example\.org does not match .*https:\/\/phi-guard\.example\.org/);
    expect(r.written).toBe(false);
  });

  test('web files built for localhost (a development build) get no production manifest', () => {
    const r = manifest('--web', fakeWeb('https://localhost:3000'), '--host', 'https://phi-guard.example.org');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/built for https:\/\/localhost:3000/);
    expect(r.written).toBe(false);
  });

  test('the development build in dist/web: no production manifest from it (the reviewer\'s case)', () => {
    const built = join(ROOT, 'dist', 'web', '.well-known', 'microsoft-officeaddins-allowed.json');
    if (!existsSync(built) || !readFileSync(built, 'utf8').includes('https://localhost:3000/')) return;
    const r = manifest('--host', 'https://phi-guard.example.org');
    expect(r.status).toBe(2);
    expect(r.written).toBe(false);
  });

  test('the matching host, or none (taken from the build), writes it', () => {
    const web = fakeWeb('https://phi-guard.example.org');
    for (const args of [['--host', 'https://phi-guard.example.org'], []]) {
      const r = manifest('--web', web, ...args);
      expect(r.status).toBe(0);
      const xml = readFileSync(r.out, 'utf8');
      expect(xml).not.toContain('localhost');
      expect(xml).toContain('<bt:Url id="RuntimeJs.Url" DefaultValue="https://phi-guard.example.org/commands.js"/>');
    }
  });
});

describe('one build writes the web files and the manifest for the same host', () => {
  test('PHI_GUARD_HOST=https://phi-guard.example.org: the handler, the well-known file and the manifest all name it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'phi-guard-build-'));
    type Config = Record<string, unknown> & { name: string; dependencies?: string[]; entry: Record<string, unknown>; output: { path: string } };
    const configs = configWith('https://phi-guard.example.org') as unknown as Config[];
    // The handler's own compilation (the file that fetches policy.json, the well-known file and the
    // manifest), into a temporary folder.
    const config = configs.find((c) => c.name === 'handler')!;
    expect(Object.keys(config.entry)).toEqual(['commands']);
    delete config.dependencies;
    config.output = { ...config.output, path: join(out, 'web') };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's Node API, as the build uses it
    const webpack = require('webpack') as (c: unknown, cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: string): string }) => void) => void;
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => (err ? reject(err) : stats!.hasErrors() ? reject(new Error(stats!.toString('errors-only'))) : resolve())),
    );
    const handler = readFileSync(join(out, 'web', 'commands.js'), 'utf8');
    expect(handler).toContain('https://phi-guard.example.org');
    expect(handler).not.toMatch(/localhost:3000/);
    expect(JSON.parse(readFileSync(join(out, 'web', '.well-known', 'microsoft-officeaddins-allowed.json'), 'utf8'))).toEqual({ allowed: ['https://phi-guard.example.org/commands.js'] });
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<bt:Url id="RuntimeJs.Url" DefaultValue="https://phi-guard.example.org/commands.js"/>');
    expect(xml).toMatch(/SendMode="SoftBlock"/);
  }, 240000);
});
