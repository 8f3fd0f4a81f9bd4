import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, axe, pageSuite } from '../support/browser';

/** Issue 16, finding 1, in the BUILT settings pane: unsafe MRN patterns refused, broad ones warned about. */
const { describeBrowser, harness } = pageSuite('settings.html');

async function open(): Promise<Page> {
  const page = await harness().browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${harness().base}/settings.html`);
  await page.getByRole('heading', { name: 'PHI Guard policy' }).waitFor();
  return page;
}

const ISSUE_PATTERNS = ['[]|(\\d+)+$]', '[]|((\\w| )+)+$]', '\\d{0,32}\\d{0,32}\\d{0,32}\\d{0,32}X'];

describeBrowser('settings pane: organisation MRN patterns', () => {
  test('each pattern from issue 16 is refused as typed, and Export stays disabled', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Add an MRN format' }).click();
    const pattern = page.getByRole('textbox', { name: 'Pattern' });
    for (const p of ISSUE_PATTERNS) {
      await pattern.fill(p);
      await page.getByTestId('pattern-problem-0').waitFor();
      expect(await page.getByRole('button', { name: 'Export policy.json' }).isDisabled()).toBe(true);
    }
    await page.close();
  }, 60000);

  test('importing a policy.json with one of them is refused and the edit in progress is kept', async () => {
    const page = await open();
    for (const p of ISSUE_PATTERNS) {
      const file = join(mkdtempSync(join(tmpdir(), 'phi-guard-bad-pattern-')), 'unsafe-policy.json');
      writeFileSync(file, JSON.stringify({ schemaVersion: 1, org: { mrnFormats: [{ name: 'NW', pattern: p }] } }));
      await page.getByTestId('policy-file').setInputFiles(file);
      const alert = page.getByRole('alert');
      await alert.getByText('unsafe-policy.json was not imported').waitFor();
      expect(await alert.textContent()).toMatch(/org\.mrnFormats\.0\.pattern/);
      expect(await page.getByRole('textbox', { name: 'Pattern' }).count()).toBe(0);
    }
    await page.close();
  }, 60000);

  test('a broad pattern is accepted with the share of ordinary business subjects it would flag', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Add an MRN format' }).click();
    const pattern = page.getByRole('textbox', { name: 'Pattern' });
    await pattern.fill('\\d{8}');
    const breadth = page.getByTestId('pattern-breadth-0');
    await breadth.getByText(/flags \d+ of \d+ ordinary business subjects \(\d+(\.\d)?%\)/).waitFor();
    expect(await breadth.textContent()).toMatch(/for example/);
    expect(await page.getByRole('button', { name: 'Export policy.json' }).isDisabled()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'settings-broad-pattern.png'), fullPage: true });
    await pattern.fill('NW\\d{8}');
    await breadth.getByText(/flags 0 of \d+ ordinary business subjects/).waitFor();
    expect(await axe(page, harness().base)).toEqual([]);
    await page.close();
  }, 60000);
});
