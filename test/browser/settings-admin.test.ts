import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { COMBINATION_ID, parsePolicyJson } from '../../src/engine';
import { ARTIFACTS, axe, pageSuite } from '../support/browser';

/** Issue 17 items 8-13 in the BUILT settings pane: drafts, reset, names, incomplete rows, allow entries, 320 px. */
const { describeBrowser, harness } = pageSuite('settings.html');

const WIDE = { width: 1280, height: 1000 };
const PANE = { width: 320, height: 900 };

/** One browser profile (local storage survives reloads within it). */
async function profile(viewport = WIDE): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await harness().browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${harness().base}/settings.html`);
  await page.getByRole('heading', { name: 'PHI Guard policy' }).waitFor();
  return { context, page, errors };
}

const status = (page: Page) => page.getByTestId('status').textContent();
const verdict = (page: Page) => page.getByTestId('bench-verdict').textContent();

async function exportPolicy(page: Page, name?: string): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export policy.json' }).click();
  if (name) {
    const prompt = page.getByRole('group', { name: 'Name this policy' });
    await prompt.getByRole('textbox', { name: 'Policy name' }).fill(name);
    await prompt.getByRole('button', { name: 'Export' }).click();
  }
  const path = join(mkdtempSync(join(tmpdir(), 'phi-guard-export-')), 'policy.json');
  await (await downloaded).saveAs(path);
  return readFileSync(path, 'utf8');
}

describeBrowser('settings pane: work is kept (items 8 and 9)', () => {
  test('a reload keeps the draft and says so; Discard draft (after asking) returns to the default', async () => {
    const { context, page, errors } = await profile();
    expect(await status(page)).toBe('Default policy, unchanged');
    await page.getByLabel('Medical record number, in the subject').selectOption('warn');
    await page.getByRole('textbox', { name: /Privacy office contact/ }).fill('Privacy Office x4100');
    expect(await status(page)).toBe('Draft, not published');
    await page.reload();
    await page.getByTestId('restored').waitFor();
    expect(await page.getByLabel('Medical record number, in the subject').inputValue()).toBe('warn');
    expect(await page.getByRole('textbox', { name: /Privacy office contact/ }).inputValue()).toBe('Privacy Office x4100');
    expect(await status(page)).toBe('Draft, not published');
    expect(await axe(page, harness().base)).toEqual([]);

    await page.getByRole('button', { name: 'Discard draft' }).click();
    const ask = page.getByRole('group', { name: 'Discard this draft?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByLabel('Medical record number, in the subject').inputValue()).toBe('warn');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await ask.getByRole('button', { name: 'Discard draft' }).click();
    expect(await page.getByLabel('Medical record number, in the subject').inputValue()).toBe('block');
    expect(await status(page)).toBe('Default policy, unchanged');
    await page.reload();
    await page.getByRole('heading', { name: 'PHI Guard policy' }).waitFor();
    expect(await page.getByLabel('Medical record number, in the subject').inputValue()).toBe('block');
    expect(errors).toEqual([]);
    await context.close();
  }, 90000);

  test('after an export the state is "Matches exported file", also after a reload; an edit makes it a draft again', async () => {
    const { context, page } = await profile();
    await page.getByLabel('Provider NPI, in the subject').selectOption('warn');
    await exportPolicy(page, 'Northwind 2026-11');
    expect(await status(page)).toBe('Matches exported file');
    await page.reload();
    await page.getByRole('heading', { name: 'PHI Guard policy' }).waitFor();
    expect(await status(page)).toBe('Matches exported file');
    await page.getByLabel('Provider NPI, in the subject').selectOption('block');
    expect(await status(page)).toBe('Draft, not published');
    await context.close();
  }, 90000);

  test('Reset to defaults asks first; afterwards the page says only that this is the default policy', async () => {
    const { context, page } = await profile();
    await page.getByLabel('Provider NPI, in the subject').selectOption('warn');
    await exportPolicy(page, 'Northwind 2026-11');
    await page.getByLabel('Provider NPI, in the subject').selectOption('block');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    const ask = page.getByRole('group', { name: 'Reset to the default policy?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByLabel('Provider NPI, in the subject').inputValue()).toBe('block');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await ask.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByText('None: this is the default policy.').waitFor();
    expect(await status(page)).toBe('Default policy, unchanged');
    const text = await page.locator('main').textContent();
    expect(text).not.toMatch(/Draft, not published|Unsaved changes|Discard draft/);
    await context.close();
  }, 90000);
});

describeBrowser('settings pane: a custom policy has its own name and revision (item 10)', () => {
  test('Export of a changed policy asks for a name, refuses the default one, and raises the revision on each changed export', async () => {
    const { context, page } = await profile();
    await page.getByLabel('Provider NPI, in the subject').selectOption('warn');
    await page.getByRole('button', { name: 'Export policy.json' }).click();
    const prompt = page.getByRole('group', { name: 'Name this policy' });
    const name = prompt.getByRole('textbox', { name: 'Policy name' });
    expect(await prompt.getByRole('button', { name: 'Export' }).isDisabled()).toBe(true);
    await name.fill('PHI Guard default policy');
    await prompt.getByText('This is the default policy\'s name; give yours its own.').waitFor();
    expect(await prompt.getByRole('button', { name: 'Export' }).isDisabled()).toBe(true);
    await prompt.getByRole('button', { name: 'Cancel' }).click();

    const first = parsePolicyJson(await exportPolicy(page, 'Northwind 2026-11'));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect([first.policy.name, first.policy.revision]).toEqual(['Northwind 2026-11', 1]);
    await page.getByTestId('revision').getByText('Revision 1.').waitFor();
    // Named now: the next export asks nothing; unchanged it keeps its revision, changed it gets the next.
    expect(JSON.parse(await exportPolicy(page)).revision).toBe(1);
    await page.getByLabel('DEA registration number, in the subject').selectOption('warn');
    const second = JSON.parse(await exportPolicy(page));
    expect([second.name, second.revision, second.rules.dea.subject]).toEqual(['Northwind 2026-11', 2, 'warn']);
    await context.close();
  }, 90000);
});

describeBrowser('settings pane: an MRN format being added is a draft row (item 11)', () => {
  test('an empty new row is shown as incomplete; Export and the test bench keep working; the exported file leaves it out', async () => {
    const { context, page } = await profile();
    await page.getByRole('button', { name: 'Add an MRN format' }).click();
    await page.getByTestId('pattern-incomplete-0').waitFor();
    await page.getByTestId('incomplete').getByText(/1 MRN format\(s\) without a pattern will be left out/).waitFor();
    expect(await page.getByText(/problem\(s\)/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export policy.json' }).isDisabled()).toBe(false);
    expect(await verdict(page)).toBe('Verdict: Block');
    const exported = JSON.parse(await exportPolicy(page));
    expect(exported.org.mrnFormats).toEqual([]);
    expect(await page.getByTestId('pattern-incomplete-0').count()).toBe(1);
    expect(await axe(page, harness().base)).toEqual([]);
    await context.close();
  }, 90000);
});

async function addAllowEntry(page: Page, text: string, kind: string, rule?: string, group?: string): Promise<void> {
  const before = await page.getByRole('group', { name: /^Allow entry \d+$/ }).count();
  await page.getByRole('button', { name: 'Add an allow entry' }).click();
  const entry = page.getByRole('group', { name: `Allow entry ${before + 1}` });
  await entry.getByRole('textbox', { name: 'Text' }).fill(text);
  await entry.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  if (rule) await entry.getByRole('combobox', { name: 'Rule' }).selectOption({ label: rule });
  if (group) await entry.getByRole('combobox', { name: 'Field group' }).selectOption({ label: group });
}

describeBrowser('settings pane: allow entries (item 12)', () => {
  for (const [label, viewport] of [['', WIDE], ['-320', PANE]] as const) {
    test(`a staff name scoped to one rule and field stops a false alarm; the test bench names the entry${label ? ' (320 px)' : ''}`, async () => {
      const { context, page, errors } = await profile(viewport);
      await page.getByRole('button', { name: 'Staff name (false alarm)' }).click();
      expect(await verdict(page)).toBe('Verdict: Block');
      await addAllowEntry(page, 'Marisol Vega', 'Staff name', 'Patient name together with health information', 'Subject');
      expect(await verdict(page)).toBe('Verdict: Allow');
      const suppressed = page.getByTestId('bench-suppressed');
      expect(await suppressed.textContent()).toBe('block without them: patient name together with health information in subject — Marisol Vega; by “Marisol Vega” (staff name; patient name together with health information, subject only)');
      // The same name with a patient's details beside it is still found.
      await page.getByRole('textbox', { name: 'Subject' }).fill('Coverage: Marisol Vega for the diabetes education class, MRN 00451782');
      expect(await verdict(page)).toBe('Verdict: Block');
      await page.getByRole('textbox', { name: 'Subject' }).fill('Coverage: Marisol Vega for the diabetes education class');
      await page.getByRole('heading', { name: 'Test bench' }).scrollIntoViewIfNeeded();
      await page.locator('section[aria-labelledby=s-bench]').screenshot({ path: join(ARTIFACTS, `settings-bench-allow${label}.png`) });
      expect(await axe(page, harness().base)).toEqual([]);
      expect(errors).toEqual([]);
      const exported = JSON.parse(await exportPolicy(page, 'Northwind 2026-12'));
      expect(exported.org.allow).toEqual([{ text: 'Marisol Vega', kind: 'staff', rule: COMBINATION_ID, group: 'subject' }]);
      await context.close();
    }, 90000);
  }

  test('place names imported from a CSV file; bad rows are listed by number and left out', async () => {
    const { context, page } = await profile();
    const csv = join(mkdtempSync(join(tmpdir(), 'phi-guard-csv-')), 'facilities.csv');
    writeFileSync(csv, 'name,kind\nSidney,place\n"Harbour Wing, Level 2",\nX,place\nSidney Outpatient Imaging,town\n');
    await page.getByTestId('allow-csv').setInputFiles(csv);
    const report = page.getByTestId('allow-csv-report');
    await report.getByText('facilities.csv: 2 entries added; 2 row(s) left out:').waitFor();
    expect(await report.textContent()).toContain('row 4: the name needs at least 2 characters');
    expect(await report.textContent()).toContain('row 5: kind must be phrase, staff, place');
    expect(await page.getByRole('group', { name: /^Allow entry \d+$/ }).count()).toBe(2);
    await page.getByRole('textbox', { name: 'Subject' }).fill('Sidney outpatient imaging - new CT install date');
    expect(await verdict(page)).toBe('Verdict: Allow');
    expect(await page.getByTestId('bench-suppressed').textContent()).toContain('by “Sidney” (place name)');
    await page.getByText('org.allow: adds "Sidney", "Harbour Wing, Level 2"').waitFor();
    await context.close();
  }, 90000);
});

describeBrowser('settings pane at 320 px, the width of an Outlook task pane (item 13)', () => {
  test('nothing scrolls sideways; the levels stack under each rule; controls have human names', async () => {
    const { context, page, errors } = await profile(PANE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.getByTestId('levels-rule').getAttribute('data-layout')).toBe('stacked');
    for (const name of ['Medical record number, in the subject', 'Medical record number, in recipients', 'Medical record number, in attachment names', 'Patient name together with health information, in the subject', 'High strength, in attachment names']) {
      expect(await page.getByRole('combobox', { name }).count()).toBe(1);
    }
    await page.getByText('try it on the test bench below').waitFor();
    await page.locator('section[aria-labelledby=s-rules]').screenshot({ path: join(ARTIFACTS, 'settings-rules-320.png') });
    expect(await axe(page, harness().base)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90000);

  test('the layout follows resizes without a reload', async () => {
    const { context, page } = await profile(WIDE);
    expect(await page.getByTestId('levels-rule').getAttribute('data-layout')).toBe('table');
    await page.getByText('try it on the test bench on the right').waitFor();
    await page.locator('section[aria-labelledby=s-rules]').screenshot({ path: join(ARTIFACTS, 'settings-rules.png') });
    await page.setViewportSize(PANE);
    await page.locator('[data-testid=levels-rule][data-layout=stacked]').waitFor();
    await page.getByText('try it on the test bench below').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize(WIDE);
    await page.locator('[data-testid=levels-rule][data-layout=table]').waitFor();
    await context.close();
  }, 90000);

  test('the list of personal mail providers can be seen and edited in full', async () => {
    const { context, page } = await profile(PANE);
    const box = page.getByRole('textbox', { name: 'Personal mail providers' });
    const count = (await box.inputValue()).split('\n').length;
    expect(count).toBeGreaterThan(20);
    const inner = () => box.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(await inner()).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Show all ${count} lines of personal mail providers` }).click();
    expect(await inner()).toBeLessThanOrEqual(1);
    await box.press('End');
    await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    await box.pressSequentially('\nmail.example-provider.org');
    await page.getByText(/org\.personalDomains: adds mail\.example-provider\.org/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  }, 90000);
});
