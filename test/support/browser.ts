import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';

/** Shared by the browser tests: the built web files on 127.0.0.1, Debian's Chromium, axe-core. */
export const ROOT = join(__dirname, '..', '..');
export const WEB = join(ROOT, 'dist', 'web');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json' };

export function browserAvailable(page: string): boolean {
  const ok = existsSync(CHROMIUM) && existsSync(join(WEB, page));
  // CI installs Debian's chromium (.ci/run): there the browser tests must run.
  if (process.env.CI && !ok) throw new Error(`browser tests need ${CHROMIUM} and a built dist/web/${page}`);
  if (!ok) console.warn(`browser tests for ${page} NOT run: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return ok;
}

export interface Harness {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: Server = createServer((req, res) => {
    // axe-core for the accessibility checks, from the page's own origin so its CSP still holds
    if (req.url === '/__test/axe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(require.resolve('axe-core/axe.min.js')));
      return;
    }
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^[/\\]+/, '');
    const file = join(WEB, path || 'taskpane.html');
    if (!file.startsWith(WEB) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Violations reported by axe-core on the page as it is now. */
export async function axe(page: Page, base: string): Promise<string[]> {
  await page.addScriptTag({ url: `${base}/__test/axe.js` });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

/**
 * One built page's browser suite: `describeBrowser` skips its tests where the bundle or Chromium is
 * missing, and `harness()` is the harness the suite starts once and closes at the end.
 */
export function pageSuite(page: string): { describeBrowser: jest.Describe; harness: () => Harness } {
  const available = browserAvailable(page);
  let h: Harness | undefined;
  beforeAll(async () => {
    if (available) h = await startHarness();
  }, 60000);
  afterAll(async () => h?.close());
  return {
    describeBrowser: available ? describe : describe.skip,
    harness: () => {
      if (!h) throw new Error(`the ${page} harness is not running`);
      return h;
    },
  };
}
