import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { defaultPolicy, scanMessage } from '../../src/engine';
import { planSend } from '../../src/office/send-plan';
import { SAMPLES } from '../../src/simulator/samples';
import { ARTIFACTS, CHROMIUM, ROOT, browserAvailable } from '../support/browser';

/**
 * The compose simulator as a newcomer meets it: the real demo server
 * (scripts/serve.js --demo), the real handler bundle and task pane in their
 * frames, Debian's Chromium.
 */
const run = browserAvailable('commands.html');
const describeBrowser = run ? describe : describe.skip;

let server: ChildProcess;
let base: string;
let browser: Browser;

/** Starts the demo server on a free port and resolves with its printed URL. */
function startDemo(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js'), '--demo', '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /(http:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr!.on('data', (d) => (out += String(d)));
    child.on('exit', (code) => reject(new Error(`demo server exited (${code}): ${out}`)));
  });
}

beforeAll(async () => {
  if (!run) return;
  const demo = await startDemo();
  server = demo.child;
  base = demo.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}, 60000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }
});

async function openSimulator(width = 1280): Promise<{ page: Page; outside: string[]; errors: string[]; consoleErrors: string[]; failed: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 860 } });
  const outside: string[] = [];
  const errors: string[] = [];
  // What a newcomer sees in the developer console (every frame), and every answer that is a failure.
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.goto(base);
  await page.getByText('PHI Guard compose simulator').waitFor();
  return { page, outside, errors, consoleErrors, failed };
}

const pane = (page: Page) => page.frameLocator('iframe[title="PHI Guard task pane"]');

describeBrowser('compose simulator (npm run demo)', () => {
  test('MRN sample: Send is blocked with the handler\'s text; the pane fixes it; Send again passes', async () => {
    const { page, outside, errors } = await openSimulator();
    await page.getByRole('button', { name: 'MRN in subject' }).click();
    const subject = page.getByRole('textbox', { name: 'Subject' });
    expect(await subject.inputValue()).toBe('RE: MRN 00451782 - consent before OR');

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The dialog shows exactly what the handler decided for this message on the default policy.
    const sample = SAMPLES.find((s) => s.id === 'mrn')!;
    const expected = planSend({ kind: 'checked', verdict: scanMessage(sample.message, defaultPolicy()) }, defaultPolicy(), 'default', { paneButton: true, markdown: true }).completion as { errorMessageMarkdown?: string };
    // The simulator's client supports Mailbox 1.15: the dialog shows the Markdown, as Outlook would.
    const markdown = String(expected.errorMessageMarkdown);
    expect(markdown).toBe('**PHI Guard stopped this message.**\n\n- Subject: a medical record number.\n\nSelect **Fix in PHI Guard** for one-click fixes.');
    expect(await page.getByTestId('smart-alert').innerText()).toBe(markdown.replace(/\*\*/g, '').replace('- ', ''));
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(['Subject: a medical record number.']);
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await page.screenshot({ path: join(ARTIFACTS, 'simulator-blocked.png') });

    await dialog.getByRole('button', { name: 'Fix in PHI Guard' }).click();
    await pane(page).getByRole('button', { name: 'Replace with "[MRN removed]"' }).click();
    await pane(page).getByText('All clear').waitFor();
    expect(await subject.inputValue()).toBe('RE: [MRN removed] - consent before OR');
    // The pane clears Outlook's info bar for the fixed subject (no Outlook event would).
    await page.locator('[data-notification="phiGuard.subject"]').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Sent (simulated)').waitFor();
    expect(await page.getByText(/Header x-phi-guard: /).innerText()).toMatch(/x-phi-guard: clean; policy=default/);
    await page.screenshot({ path: join(ARTIFACTS, 'simulator-sent.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);

  test.each([
    [1280, 'simulator-dialog-grouped.png'],
    [320, 'simulator-dialog-grouped-320.png'],
  ])('item 3: several fields at %i px: the dialog has one line per field, each rule once, and fits the window', async (width, shot) => {
    const { page } = await openSimulator(width);
    await page.getByRole('button', { name: 'Several fields' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // One line per field group (the Markdown list Outlook shows with Mailbox 1.15).
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Subject: a patient name together with health information, a medical record number.',
      '1 recipient: health information about the recipient.',
      '2 attachment names: a patient name together with health information.',
    ]);
    expect(await dialog.getByRole('heading').count()).toBe(1);
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await page.screenshot({ path: join(ARTIFACTS, shot) });
    await page.close();
  }, 60000);

  test('item 4: focus starts on the fix, Enter opens the pane and never sends; Don\'t Send closes a block dialog', async () => {
    const { page } = await openSimulator();
    await page.getByRole('button', { name: 'Warn only' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const fix = dialog.getByRole('button', { name: 'Fix in PHI Guard' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Fix in PHI Guard');
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Fix in PHI Guard', "Don't Send", 'Send Anyway']);
    expect(await fix.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await pane(page).getByRole('button', { name: 'Remove recipient' }).waitFor();
    expect(await page.getByText('Sent (simulated)').count()).toBe(0);

    // A block: the plain button beside "Fix in PHI Guard" closes the dialog; nothing is sent and the pane stays as it was.
    await page.getByRole('button', { name: 'MRN in subject' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Fix in PHI Guard', "Don't Send"]);
    await dialog.getByRole('button', { name: "Don't Send" }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText('Sent (simulated)').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('RE: MRN 00451782 - consent before OR');
    await page.close();
  }, 60000);

  test('item 7: with the built-in default policy the header says so, and composing logs no error and no failed request', async () => {
    const { page, consoleErrors, failed, errors } = await openSimulator();
    expect(await page.getByTestId('active-policy').innerText()).toBe('Active policy: built-in default (no policy.json)');
    for (const sample of ['MRN in subject', 'Patient file name', 'Clean']) {
      await page.getByRole('button', { name: sample }).click();
      await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes('Loading PHI Guard'));
    }
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Sent (simulated)').waitFor();
    expect(await page.getByText(/Header x-phi-guard: /).innerText()).toMatch(/policy=default/);
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);

  test('warn-only sample offers Send Anyway; compose-time notifications come from the real handlers', async () => {
    const { page } = await openSimulator();
    await page.getByRole('button', { name: 'Mass disclosure in Cc' }).click();
    // OnNewMessageCompose ran in the handler frame and left an info bar for the recipients.
    await page.locator('[data-notification="phiGuard.recipients"]').waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await page.getByTestId('smart-alert').innerText()).toMatch(/4 recipients: several personal addresses that can see each other/);
    await dialog.getByRole('button', { name: 'Send Anyway' }).click();
    await page.getByText('You chose Send Anyway.').waitFor();
    await page.close();
  }, 60000);

  test('the header links to the policy settings and the help page, and both open (issue 17 item 14)', async () => {
    const { page } = await openSimulator();
    const nav = page.getByRole('navigation', { name: 'PHI Guard pages' });
    for (const [name, heading] of [['Policy settings', 'PHI Guard policy'], ['Help page', 'Why PHI Guard stopped your message']]) {
      const [opened] = await Promise.all([page.context().waitForEvent('page'), nav.getByRole('link', { name }).click()]);
      await opened.getByRole('heading', { name: heading }).waitFor();
      await opened.close();
    }
    await page.close();
  }, 60000);

  test('typing a patient file name as an attachment raises the attachments event and the pane shows it', async () => {
    const { page } = await openSimulator();
    await page.getByRole('textbox', { name: 'Attach a file by name' }).fill('Vance_Oriel_MRI_knee.pdf');
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.locator('[data-notification="phiGuard.attachments"]').waitFor();
    await pane(page).getByRole('heading', { name: /Attachments/ }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await page.getByTestId('smart-alert').innerText()).toMatch(/attachment/i);
    await page.close();
  }, 60000);
});
