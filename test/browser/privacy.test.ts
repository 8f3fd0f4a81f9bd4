import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { defaultPolicy, scanMessage } from '../../src/engine';
import { parseJsonLines } from '../../src/cli/inputs';
import { flaggedTexts, leaks } from '../support/flagged-text';
import { Harness, ROOT, browserAvailable, startHarness } from '../support/browser';

/**
 * Privacy of the task pane, in headless Chromium: one pane, every message of
 * the dev corpus put in the compose window in turn (as when the user switches
 * drafts). Whatever the pane writes outside its own screen (console, network
 * requests, localStorage / sessionStorage / cookies / IndexedDB, Office
 * storage, notifications, headers) must not contain the text it flags. The
 * pane SHOWS the text on screen; that is its job.
 */
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
if (process.env.CI && !existsSync(CORPUS)) throw new Error('needs ../shared/corpus/dev.jsonl');
const run = browserAvailable('taskpane.html') && existsSync(CORPUS);
const describeBrowser = run ? describe : describe.skip;

const fakeBundle = run
  ? buildSync({ entryPoints: [join(ROOT, 'test', 'support', 'fake-office.ts')], bundle: true, write: false, format: 'iife', globalName: 'PhiFake', platform: 'browser' }).outputFiles[0].text
  : '';

let h: Harness;
beforeAll(async () => {
  if (run) h = await startHarness();
}, 60000);
afterAll(async () => h?.close());

describeBrowser('privacy: the task pane over the dev corpus', () => {
  test('no flagged text leaves the screen', async () => {
    const records = parseJsonLines(readFileSync(CORPUS, 'utf8'), CORPUS).flatMap((r) => (r.ok ? [r] : []));
    const page = await h.browser.newPage({ viewport: { width: 380, height: 800 } });
    const console: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `${fakeBundle}\nwindow.__fake = PhiFake.createFakeOffice({ message: { subject: '', to: [], cc: [], bcc: [], attachments: [] }, storage: {} });\nwindow.Office = window.__fake.globals.Office;\nwindow.OfficeRuntime = window.__fake.globals.OfficeRuntime;`,
      }),
    );
    await page.goto(`${h.base}/taskpane.html`);
    await page.getByText('All clear').waitFor();

    const allTexts = new Set<string>();
    for (const r of records) {
      for (const t of flaggedTexts(r.message, scanMessage(r.message, defaultPolicy()))) allTexts.add(t);
      const reads = await page.evaluate(() => (window as unknown as { __fake: { state: { calls: string[] } } }).__fake.state.calls.filter((c) => c === 'getAttachmentsAsync').length);
      await page.evaluate((m) => {
        const fake = (window as unknown as { __fake: { replaceMessage(m: unknown): void; fireItemEvent(t: string): void } }).__fake;
        fake.replaceMessage(m);
        fake.fireItemEvent('olkRecipientsChanged');
      }, r.message);
      // The pane has read the new message once its attachments were read again.
      await page.waitForFunction((n) => (window as unknown as { __fake: { state: { calls: string[] } } }).__fake.state.calls.filter((c) => c === 'getAttachmentsAsync').length > n, reads);
    }
    await page.waitForTimeout(200);
    const stored = await page.evaluate(async () => {
      const f = (window as unknown as { __fake: { state: { storage: Map<string, string>; notifications: Map<string, { message: string }>; headerWrites: string[] } } }).__fake.state;
      const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
      return [
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        document.cookie,
        ...dbs,
        ...[...f.storage.entries()].map(([k, v]) => `${k}=${v}`),
        ...[...f.notifications.values()].map((n) => n.message),
        ...f.headerWrites,
      ];
    });
    const texts = [...allTexts];
    expect(texts.length).toBeGreaterThan(100);
    expect(leaks(texts, [...console, ...requests, ...stored])).toEqual([]);
    // Requests go to the pane's own host only (office.js is answered by the test).
    expect(requests.filter((u) => !u.includes(h.base) && !u.includes('appsforoffice.microsoft.com'))).toEqual([]);
    await page.close();
  }, 300000);
});
