import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultPolicy, parsePolicyJson } from '../../src/engine';
import { ARTIFACTS, axe, pageSuite } from '../support/browser';

/** The BUILT settings pane, standalone in headless Chromium (admins use it outside Outlook too). */
const { describeBrowser, harness } = pageSuite('settings.html');

async function open(): Promise<Page> {
  const page = await harness().browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${harness().base}/settings.html`);
  await page.getByRole('heading', { name: 'PHI Guard policy' }).waitFor();
  Object.assign(page, { errors });
  return page;
}

const verdict = (page: Page) => page.getByTestId('bench-verdict').textContent();

/** Exports; a changed policy still called by the default's name is asked for its own (`name`). */
export async function exportPolicy(page: Page, name?: string): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export policy.json' }).click();
  if (name) {
    const dialog = page.getByRole('group', { name: 'Name this policy' });
    await dialog.getByRole('textbox', { name: 'Policy name' }).fill(name);
    await dialog.getByRole('button', { name: 'Export' }).click();
  }
  const download = await downloaded;
  const path = join(mkdtempSync(join(tmpdir(), 'phi-guard-export-')), 'policy.json');
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

describeBrowser('settings pane in headless Chromium', () => {
  test('changing a rule from block to warn changes the test bench verdict', async () => {
    const page = await open();
    expect(await verdict(page)).toBe('Verdict: Block');
    await page.getByLabel('Medical record number, in the subject').selectOption('warn');
    expect(await verdict(page)).toBe('Verdict: Warn');
    await page.getByText('rules.mrn.subject: block -> warn').waitFor();
    await page.getByText('Draft, not published').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'settings.png'), fullPage: true });
    expect(await axe(page, harness().base)).toEqual([]);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60000);

  test('strength of evidence: medium evidence warns by default; the admin can make it block', async () => {
    const page = await open();
    await page.getByRole('heading', { name: 'Strength of evidence' }).waitFor();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Boudreaux echo moved to Tuesday');
    expect(await verdict(page)).toBe('Verdict: Warn');
    await page.getByLabel('Medium strength, in the subject').selectOption('block');
    expect(await verdict(page)).toBe('Verdict: Block');
    await page.getByText('strengthLevels.medium.subject: warn -> block').waitFor();
    await page.getByLabel('High strength, in the subject').selectOption('warn');
    await page.getByRole('textbox', { name: 'Subject' }).fill('MRN 00451782 - consent');
    expect(await verdict(page)).toBe('Verdict: Warn');
    expect(await axe(page, harness().base)).toEqual([]);
    await page.close();
  }, 60000);

  test('adding an MRN format: unsafe patterns are refused, a safe one matches its sample and the test bench', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Add an MRN format' }).click();
    const pattern = page.getByRole('textbox', { name: 'Pattern' });
    await pattern.fill('NW\\d+');
    await page.getByText(/unbounded repetition/).waitFor();
    expect(await page.getByRole('button', { name: 'Export policy.json' }).isDisabled()).toBe(true);
    await pattern.fill('NW\\d{8}');
    await page.getByRole('textbox', { name: 'Try a sample' }).fill('chart NW00451782 scanned');
    await page.getByText('matches "NW00451782"').waitFor();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Quill, Ada (NW00451782) - consent');
    await page.getByText(/medical record number in your organisation's format in subject/).waitFor();
    expect(await verdict(page)).toBe('Verdict: Block');
    await page.close();
  }, 60000);

  test('importing an invalid file shows each error and keeps the current edit', async () => {
    const page = await open();
    await page.getByLabel('Provider NPI, in the subject').selectOption('warn');
    const bad = join(mkdtempSync(join(tmpdir(), 'phi-guard-bad-')), 'bad-policy.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, rules: { mrn: { subject: 'loud' } }, org: { massDisclosureThreshold: 0 } }));
    await page.getByTestId('policy-file').setInputFiles(bad);
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await alert.getByText('bad-policy.json was not imported').waitFor();
    expect(await alert.textContent()).toMatch(/rules\.mrn\.subject/);
    expect(await alert.textContent()).toMatch(/org\.massDisclosureThreshold/);
    expect(await page.getByLabel('Provider NPI, in the subject').inputValue()).toBe('warn');
    expect(await axe(page, harness().base)).toEqual([]);
    await page.close();
  }, 60000);

  test('export and re-import round-trip to the same policy; reset returns to the default', async () => {
    const page = await open();
    await page.getByLabel('DEA registration number, in attachment names').selectOption('block');
    await page.getByRole('textbox', { name: /Privacy office contact/ }).fill('Privacy Office x4100');
    await page.getByRole('textbox', { name: /Internal domains/ }).fill('northwind.example\nclinic.northwind.example');
    await page.getByRole('textbox', { name: /Extra keywords before a health plan member ID/ }).fill('plan no');
    const exported = await exportPolicy(page, 'Northwind 2026-11');
    const parsed = parsePolicyJson(exported);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.policy.rules.dea.attachments).toBe('block');
    expect(parsed.policy.org.internalDomains).toEqual(['northwind.example', 'clinic.northwind.example']);
    expect(parsed.policy.org.extraKeywords['member-id']).toEqual(['plan no']);
    await page.getByText('Matches exported file').waitFor();
    expect(parsed.policy.name).toBe('Northwind 2026-11');
    expect(parsed.policy.revision).toBe(1);

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('group', { name: 'Reset to the default policy?' }).getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByText('None: this is the default policy.').waitFor();
    const file = join(mkdtempSync(join(tmpdir(), 'phi-guard-rt-')), 'policy.json');
    writeFileSync(file, exported);
    await page.getByTestId('policy-file').setInputFiles(file);
    await page.getByText('behaviour.privacyContact: (empty) -> Privacy Office x4100').waitFor();
    expect(JSON.parse(await exportPolicy(page))).toEqual(parsed.policy);
    expect(parsed.policy).not.toEqual(defaultPolicy());
    await page.close();
  }, 60000);
});
