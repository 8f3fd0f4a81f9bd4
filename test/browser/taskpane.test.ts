import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Message } from '../../src/engine';
import { ARTIFACTS, Harness, ROOT, axe as axeAt, browserAvailable, startHarness } from '../support/browser';

/**
 * The BUILT task pane in real headless Chromium (Debian's chromium package,
 * driven by playwright-core; nothing downloads a browser). office.js is never
 * fetched: the request for it is answered with the fake mailbox from
 * test/support, so the pane talks to the same fake the handler tests use.
 */
const describeBrowser = browserAvailable('taskpane.html') ? describe : describe.skip;

const fakeBundle = buildSync({
  entryPoints: [join(ROOT, 'test', 'support', 'fake-office.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'PhiFake',
  platform: 'browser',
}).outputFiles[0].text;

let h: Harness;
let base: string;
beforeAll(async () => {
  if (!browserAvailable('taskpane.html')) return;
  h = await startHarness();
  base = h.base;
}, 60000);
afterAll(async () => h?.close());
const axe = (page: Page) => axeAt(page, base);

interface PaneOptions {
  message: Message;
  faults?: Record<string, string>;
  themeBackground?: string;
  initializationContext?: string;
  mailboxVersion?: number;
}

/** Opens the pane with a fake mailbox holding `message`; the fake is window.__fake. */
async function openPane(opts: PaneOptions): Promise<Page> {
  const page = await h.browser.newPage({ viewport: { width: 380, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Any other outside request would be a leak: the pane may only talk to its own host.
  // (Registered first: Playwright tries the most recently added route first.)
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `${fakeBundle}\nwindow.__fake = PhiFake.createFakeOffice(${JSON.stringify({ ...opts, storage: {} })});\nwindow.Office = window.__fake.globals.Office;\nwindow.OfficeRuntime = window.__fake.globals.OfficeRuntime;`,
    }),
  );
  await page.goto(`${base}/taskpane.html`);
  Object.assign(page, { errors, outside });
  return page;
}

/** The pane's polite live region says `text`. */
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

const live = (page: Page) => page.evaluate(() => (window as unknown as { __fake: { state: { message: Message; attachments: { name: string }[]; body: string } } }).__fake.state);

const MRN_AND_FILE: Message = {
  subject: 'RE: MRN 00451782 - consent before OR',
  to: [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }],
  cc: [],
  bcc: [],
  attachments: [{ name: 'image001.png' }, { name: 'Quill_Ada_CT_report.pdf' }],
  senderAddress: 'me@examplehealth.org',
};

describeBrowser('task pane in headless Chromium', () => {
  test('shows findings for an MRN in the subject and a patient name in a file name, highlighted in place', async () => {
    const page = await openPane({ message: MRN_AND_FILE });
    await page.getByRole('heading', { name: /Subject/ }).waitFor();
    await page.getByRole('heading', { name: /Attachments/ }).waitFor();
    expect(await page.locator('mark').allTextContents()).toEqual(['MRN 00451782', 'Quill_Ada']);
    expect(await page.getByText('Medical record number').count()).toBe(1);
    expect(await page.getByText('Patient name together with health information').count()).toBe(1);
    await page.getByRole('button', { name: 'Rename to "attachment-1.pdf"' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-findings.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    expect((page as unknown as { outside: string[] }).outside).toEqual([]);
    await page.close();
  }, 60000);

  test('each fix changes the item, and the pane returns to all clear; Undo restores', async () => {
    const page = await openPane({ message: MRN_AND_FILE });
    await page.getByRole('button', { name: 'Replace with "[MRN removed]"' }).click();
    await status(page, 'Subject replaced.');
    expect((await live(page)).message.subject).toBe('RE: [MRN removed] - consent before OR');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Replace with "[MRN removed]"' }).waitFor();
    expect((await live(page)).message.subject).toBe('RE: MRN 00451782 - consent before OR');

    await page.getByRole('button', { name: 'Move to body' }).click();
    await page.getByText('Moved to the body. The part of the subject that holds the finding (12 characters) is now at the top of the body. Undo leaves the body as it is.').waitFor();
    const afterMove = await live(page);
    expect(afterMove.message.subject).toBe('RE: consent before OR');
    expect(afterMove.body).toContain('MRN 00451782');

    await page.getByRole('button', { name: 'Rename to "attachment-1.pdf"' }).click();
    await page.getByText('All clear').waitFor();
    expect((await live(page)).attachments.map((a) => a.name)).toEqual(['image001.png', 'attachment-1.pdf']);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-all-clear.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60000);

  test('recipient fixes: the bare address, and everyone to Bcc for mass disclosure', async () => {
    const message: Message = {
      ...MRN_AND_FILE,
      subject: 'Cardiac rehab schedule change',
      attachments: [],
      to: [
        { displayName: 'Bea Ortiz (cardiac pt)', emailAddress: 'bea.ortiz@gmail.com' },
        { displayName: 'Cal Reyes', emailAddress: 'cal.reyes@yahoo.com' },
        { displayName: 'Dee Park', emailAddress: 'dee.park@icloud.com' },
      ],
    };
    const page = await openPane({ message });
    await page.getByRole('button', { name: 'Use the address only' }).click();
    await status(page, 'Display name removed.');
    expect((await live(page)).message.to[0]).toEqual({ displayName: 'bea.ortiz@gmail.com', emailAddress: 'bea.ortiz@gmail.com' });
    await page.getByRole('button', { name: 'Move all 3 to Bcc' }).click();
    await page.getByText('All clear').waitFor();
    const s = await live(page);
    expect(s.message.to).toEqual([]);
    // In the order they were in To.
    expect(s.message.bcc.map((r) => r.emailAddress)).toEqual(['bea.ortiz@gmail.com', 'cal.reyes@yahoo.com', 'dee.park@icloud.com']);
    await page.close();
  }, 60000);

  // Three problem fields: the subject, a recipient and two attachment names (all fictitious).
  const THREE_FIELDS: Message = {
    subject: 'RE: Pt Ada Quill - MRN 00451782 - consent before OR',
    to: [{ displayName: 'HIV Clinic Patients', emailAddress: 'hiv-clinic-patients@examplehealth.org' }, { displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }],
    cc: [],
    bcc: [],
    attachments: [{ name: 'Quill_Ada_CT_report.pdf' }, { name: 'agenda.docx' }, { name: 'Quill_Ada_MRI_report.pdf' }],
    senderAddress: 'me@examplehealth.org',
  };

  test.each([
    [380, 'taskpane-three-fields.png'],
    [320, 'taskpane-three-fields-320.png'],
  ])('three problem fields at %i px: every field, no sideways scrolling, distinct new names, axe clean', async (width, shot) => {
    const page = await openPane({ message: THREE_FIELDS });
    await page.setViewportSize({ width, height: 900 });
    for (const name of [/Subject/, /^To/, /Attachments/]) await page.getByRole('heading', { name }).waitFor();
    // Two patient file names are never offered the same new name.
    await page.getByRole('button', { name: 'Rename to "attachment-1.pdf"' }).waitFor();
    await page.getByRole('button', { name: 'Rename to "attachment-2.pdf"' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60000);

  test('item 1: an address that reveals health information offers Remove, says why Bcc does not help, and Remove clears it', async () => {
    const page = await openPane({ message: { ...THREE_FIELDS, subject: 'Support group flyer', to: THREE_FIELDS.to.slice(0, 1), attachments: [{ name: 'flyer.pdf' }] } });
    const to = page.getByRole('region', { name: /^To/ });
    await to.waitFor();
    expect(await to.getByRole('button').allTextContents()).toEqual(['Remove recipient']);
    await to.getByText(/^Bcc does not help here: the address itself reveals health information/).waitFor();
    // The recipient is shown once, not once per part.
    expect(await to.locator('p[aria-label^="Recipient"]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await to.getByRole('button', { name: 'Remove recipient' }).click();
    await page.getByText('All clear').waitFor();
    expect((await live(page)).message.to).toEqual([]);
    await page.close();
  }, 60000);

  test('item 2: a 308-character subject, Move to body: the whole sentence moves, the subject ends at a sentence, the pane says what moved', async () => {
    const subject =
      "Follow-up from Monday's multidisciplinary team meeting. Please review the attached notes before Friday and add anything missed. Dr. Lena Marsh will chair next week and asks that each team brings its updated caseload list. We also need to talk about the case of Robert Thompson and his worsening renal failure";
    expect(subject).toHaveLength(308);
    const page = await openPane({ message: { ...MRN_AND_FILE, subject, attachments: [] } });
    await page.getByRole('button', { name: 'Move to body' }).click();
    await page.getByText('Moved to the body. The part of the subject that holds the finding (86 characters) is now at the top of the body. This cannot be undone: Outlook does not take a subject over 255 characters back.').waitFor();
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await page.getByText('All clear').waitFor();
    const s = await live(page);
    expect(s.message.subject).toBe(subject.slice(0, subject.indexOf(' We also')));
    expect(s.body).toContain('<p>We also need to talk about the case of Robert Thompson and his worsening renal failure</p>');
    await page.close();
  }, 60000);

  test('item 5: after a fix focus goes to the next finding, then to the all-clear heading; the live region says what was done', async () => {
    const page = await openPane({ message: { ...THREE_FIELDS, to: THREE_FIELDS.to.slice(1), attachments: THREE_FIELDS.attachments.slice(0, 1) } });
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent}`);
    // Subject: a name, then an MRN; then the attachment.
    await page.getByRole('button', { name: 'Replace with "[patient]"' }).click();
    await status(page, 'Subject replaced.');
    await page.waitForFunction(() => document.activeElement?.id === 'finding-0');
    expect(await focused()).toBe('H3:Medical record number');
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await status(page, 'Removed from the subject.');
    await page.waitForFunction(() => document.activeElement?.id === 'finding-0');
    expect(await focused()).toBe('H3:Patient name together with health information');
    await page.getByRole('button', { name: 'Rename to "attachment-1.pdf"' }).click();
    await status(page, 'Attachment renamed.');
    await page.waitForFunction(() => document.activeElement?.id === 'all-clear');
    expect(await focused()).toBe('H2:All clear');
    // The next Tab goes on from there (the Undo button), not back to the top of the pane.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('BUTTON:Undo');
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60000);

  test('item 5: Tab passes through the pane once, in reading order, one stop per control', async () => {
    const page = await openPane({ message: THREE_FIELDS });
    await page.getByRole('heading', { name: /Attachments/ }).waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return 'BODY';
        // Reading order: every earlier stop must precede this one in the document.
        const all = Array.from(document.querySelectorAll('*'));
        return `${all.indexOf(e)}|${e.textContent}`;
      });
      if (here === 'BODY' || stops.includes(here)) break;
      stops.push(here);
    }
    const order = stops.map((x) => Number(x.split('|')[0]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(stops.map((x) => x.split('|')[1])).toEqual([
      'Why?',
      'Replace with "[patient]"',
      'Remove',
      'Move to body',
      'Replace with "[MRN removed]"',
      'Remove',
      'Move to body',
      'Why?',
      'Remove recipient',
      'Why?',
      'Rename to "attachment-1.pdf"',
      'Rename to "attachment-2.pdf"',
    ]);
    await page.close();
  }, 60000);

  test('item 5: a renamed attachment keeps its place in the list', async () => {
    const page = await openPane({ message: THREE_FIELDS });
    await page.getByRole('button', { name: 'Rename to "attachment-1.pdf"' }).click();
    await status(page, 'Attachment renamed.');
    expect((await live(page)).attachments.map((a) => a.name)).toEqual(['attachment-1.pdf', 'agenda.docx', 'Quill_Ada_MRI_report.pdf']);
    await page.close();
  }, 60000);

  test('works with the keyboard alone', async () => {
    const page = await openPane({ message: { ...MRN_AND_FILE, attachments: [] } });
    const button = page.getByRole('button', { name: 'Replace with "[MRN removed]"' });
    await button.waitFor();
    for (let i = 0; i < 12 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('All clear').waitFor();
    expect((await live(page)).message.subject).toBe('RE: [MRN removed] - consent before OR');
    await page.close();
  }, 60000);

  test('opened from the Smart Alerts button, focus goes to the field that stopped the send', async () => {
    const context = JSON.stringify({ source: 'smart-alert', findings: [{ field: 'attachments', index: 1, start: 0, end: 9, detectorId: 'identity+health', action: 'block' }] });
    const page = await openPane({ message: MRN_AND_FILE, initializationContext: context });
    const heading = page.getByRole('heading', { name: /Attachments/ });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'h-attachments');
    await page.close();
  }, 60000);

  test('a client without Mailbox 1.8 gets a clear sentence, not an error', async () => {
    const page = await openPane({ message: MRN_AND_FILE, mailboxVersion: 7 });
    await page.getByText('This version of Outlook is too old for PHI Guard. Update Outlook, or ask IT.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60000);

  test('follows a dark Outlook theme', async () => {
    const page = await openPane({ message: MRN_AND_FILE, themeBackground: '#1f1f1f' });
    await page.getByRole('heading', { name: /Subject/ }).waitFor();
    const bg = await page.locator('.fui-FluentProvider').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-dark.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60000);

  test('when the item cannot be read: what failed, and Retry works once Outlook answers', async () => {
    const page = await openPane({ message: MRN_AND_FILE, faults: { 'to.getAsync': 'fail' } });
    await page.getByText(/PHI Guard could not read this message \(to: to\.getAsync failed\)/).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => (window as unknown as { __fake: { setFault(n: string, f: undefined): void } }).__fake.setFault('to.getAsync', undefined));
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: /Subject/ }).waitFor();
    await page.close();
  }, 60000);

  test('one item-handler registration per event kind for the whole pane session; one recipients change, one re-read; removed on close', async () => {
    const page = await openPane({ message: { ...MRN_AND_FILE, subject: 'Supplies', attachments: [] } });
    await page.getByText('All clear').waitFor();
    type Fake = { state: { message: Message; calls: string[]; itemHandlerRegistrations: string[] }; fireItemEvent(t: string): void; itemHandlerCount(t: string): number };
    const reads = () => page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.state.calls.filter((c) => c === 'to.getAsync').length);
    const before = await reads();
    await page.evaluate(() => {
      const f = (window as unknown as { __fake: Fake }).__fake;
      f.state.message.to.push({ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' });
      f.fireItemEvent('olkRecipientsChanged');
    });
    await page.getByRole('heading', { name: /To/ }).waitFor();
    await page.waitForTimeout(300);
    expect((await reads()) - before).toBe(1);
    // A fix changes the pane's state several times (busy, verdict, undo): no new registration.
    await page.getByRole('button', { name: 'Use the address only' }).click();
    await page.getByText('All clear').waitFor();
    const registered = await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.state.itemHandlerRegistrations);
    const perKind = registered.reduce<Record<string, number>>((n, t) => ({ ...n, [t]: (n[t] ?? 0) + 1 }), {});
    expect(perKind).toEqual({ olkRecipientsChanged: 1, olkAttachmentsChanged: 1 });
    // Closing the pane removes them.
    const left = await page.evaluate(() => {
      window.dispatchEvent(new Event('pagehide'));
      const f = (window as unknown as { __fake: Fake }).__fake;
      return [f.itemHandlerCount('olkRecipientsChanged'), f.itemHandlerCount('olkAttachmentsChanged')];
    });
    expect(left).toEqual([0, 0]);
    await page.close();
  }, 60000);

  test('recipients changed while the pane is open: it re-scans', async () => {
    const page = await openPane({ message: { ...MRN_AND_FILE, subject: 'Supplies', attachments: [] } });
    await page.getByText('All clear').waitFor();
    await page.evaluate(() => {
      const f = (window as unknown as { __fake: { state: { message: Message }; fireItemEvent(t: string): void } }).__fake;
      f.state.message.to.push({ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' });
      f.fireItemEvent('olkRecipientsChanged');
    });
    await page.getByRole('heading', { name: /To/ }).waitFor();
    await page.close();
  }, 60000);
});
