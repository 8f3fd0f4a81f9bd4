import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { Message, Verdict, defaultPolicy, groupOf, scanMessage } from '../../src/engine';
import { parseJsonLines } from '../../src/cli/inputs';
import { Api, FakeOptions, createFakeOffice } from '../support/fake-office';
import { msg } from '../support/messages';

/**
 * The BUILT handler bundle (dist/web/commands.js, made by `npm test`'s
 * pretest) in a vm context holding only the ECMAScript globals, timers and a
 * fake Office: what classic Outlook's JavaScript-only runtime offers.
 */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'commands.js');
const src = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : '';

function load(opts: FakeOptions) {
  const fake = createFakeOffice(opts);
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(src, context);
  return fake;
}

const textOf = (m: Message, f: Verdict['findings'][number]) =>
  (f.field === 'subject' ? m.subject : f.field === 'attachments' ? m.attachments[f.index!].name : m[f.field][f.index!][f.part!]).slice(f.start, f.end);

describe('the handler file', () => {
  test('is one ES2016 script with no imports, eval or new Function', () => {
    expect(src.length).toBeGreaterThan(1000);
    const ast = acorn.parse(src, { ecmaVersion: 2016, sourceType: 'script' });
    expect(ast.type).toBe('Program');
    expect(src).not.toMatch(/\bimport\s*\(|\brequire\(|\beval\(|new Function\(/);
    expect(src).not.toMatch(/\\\\p\{|\(\?<[=!a-z]/i);
  });

  test('registers its handlers at load, without Office.onReady', () => {
    const fake = load({ message: msg() });
    expect([...fake.handlers.keys()].sort()).toEqual(['onMessageAttachmentsChangedHandler', 'onMessageRecipientsChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
  });

  test('loads without any Office global (nothing to register, nothing thrown)', () => {
    expect(() => vm.runInContext(src, vm.createContext({}))).not.toThrow();
  });
});

const SHARED = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
const corpus = existsSync(SHARED) ? parseJsonLines(readFileSync(SHARED, 'utf8'), SHARED).filter((r) => r.ok) : [];
const fixtures = parseJsonLines(readFileSync(join(__dirname, '..', 'fixtures', 'labelled-messages.jsonl'), 'utf8'), 'fixtures').filter((r) => r.ok);

describe('OnMessageSend over labelled messages', () => {
  const records = [...fixtures, ...corpus];
  test.each(records.map((r) => [r.ok ? r.id : '', r] as const))('%s', async (_id, r) => {
    if (!r.ok) throw new Error('unreadable fixture');
    const m = r.message;
    const expected = scanMessage(m, defaultPolicy());
    const fake = load({ message: m });
    const done = await fake.fire('onMessageSendHandler');
    expect(done).toHaveLength(1);
    const o = done[0];
    // the header records the outcome with rule ids only
    const header = fake.state.headers['x-phi-guard'];
    expect(header).toMatch(new RegExp(`^${expected.action === 'allow' ? 'clean' : expected.action}(; rules=[\\w.+,-]+)?; policy=default$`));
    for (const f of expected.findings) {
      const t = textOf(m, f);
      if (t.length >= 3) expect(header).not.toContain(t);
    }
    if (expected.action === 'allow') {
      expect(o).toEqual({ allowEvent: true });
      return;
    }
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBe(expected.action === 'warn' ? 'promptUser' : undefined);
    const text = o.errorMessage as string;
    expect(text.length).toBeLessThanOrEqual(500);
    expect((o.errorMessageMarkdown as string).length).toBeLessThanOrEqual(500);
    expect((o.cancelLabel as string).length).toBeLessThanOrEqual(20);
    expect(o.commandId).toBe('phiGuardPaneButton');
    // names each field group involved, one line each, whatever the length (issue 17 item 3)
    const groups = new Set(expected.findings.map((f) => groupOf(f.field)));
    const mentions = { subject: /Subject: /, recipients: / \d{1,4} recipients?[.:]/, attachments: / \d{1,4} attachment names?[.:]/ };
    for (const g of groups) expect(text).toMatch(mentions[g]);
    expect(text).not.toMatch(/more\)/);
    for (const f of expected.findings) {
      const t = textOf(m, f);
      if (t.length >= 3) {
        expect(text).not.toContain(t);
        expect(o.contextData as string).not.toContain(t);
      }
    }
  });
});

describe('OnMessageSend, by requirement set', () => {
  const mrn = msg({ subject: 'MRN 00451782 - consent' });
  test('1.12: a plain message, no button, no Markdown', async () => {
    const fake = load({ message: mrn, mailboxVersion: 12 });
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o).toEqual({ allowEvent: false, errorMessage: expect.stringContaining('PHI Guard stopped this message. Subject: a medical record number.') });
    expect(o.errorMessage).toContain('Open PHI Guard from the ribbon');
  });
  test('1.14: the button opens the task pane with the findings\' positions', async () => {
    const fake = load({ message: mrn, mailboxVersion: 14 });
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o).toMatchObject({ allowEvent: false, cancelLabel: 'Fix in PHI Guard', commandId: 'phiGuardPaneButton' });
    expect(o.errorMessageMarkdown).toBeUndefined();
    expect(JSON.parse(o.contextData as string)).toEqual({ source: 'smart-alert', findings: [{ field: 'subject', start: 0, end: 12, detectorId: 'mrn', action: 'block' }] });
  });
  test('1.15: Markdown as well', async () => {
    const fake = load({ message: mrn, mailboxVersion: 15 });
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o.errorMessageMarkdown).toContain('**PHI Guard stopped this message.**');
  });
  test('the organisation\'s own first sentence, from the cached policy', async () => {
    const policy = JSON.stringify({ schemaVersion: 1, behaviour: { messages: { block: 'Northwind policy: no patient details outside the body.' } } });
    const fake = load({ message: mrn, mailboxVersion: 15, storage: { 'phiGuard.policy.v1': policy } });
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o.errorMessage).toMatch(/^Northwind policy: no patient details outside the body\. Subject: a medical record number\./);
    expect(o.errorMessageMarkdown).toMatch(/^\*\*Northwind policy: no patient details outside the body\.\*\*/);
  });

  test('warn findings prompt the user (Send Anyway)', async () => {
    const fake = load({ message: msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] }) });
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(fake.state.headers['x-phi-guard']).toBe('warn; rules=recipients.recipient-health; policy=default');
  });
  test('a clean message is sent and the header says so', async () => {
    const fake = load({ message: msg({ subject: 'Staff meeting at 3' }) });
    expect(await fake.fire('onMessageSendHandler')).toEqual([{ allowEvent: true }]);
    expect(fake.state.headers['x-phi-guard']).toBe('clean; policy=default');
  });
});

describe('faults: the send handler always completes exactly once', () => {
  const m = msg({ subject: 'MRN 00451782' });
  const apis: Api[] = ['subject.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync', 'getAttachmentsAsync'];
  const blockPolicy = JSON.stringify({ schemaVersion: 1, name: 'strict', behaviour: { failMode: 'block', privacyContact: 'Privacy Office x4100' } });

  describe.each(apis)('%s', (api) => {
    test.each(['fail', 'throw', 'hang'] as const)('%s: fail mode allow (default) sends and marks the header', async (fault) => {
      const fake = load({ message: m, faults: { [api]: fault }, timeScale: 0.1 });
      const done = await fake.fire('onMessageSendHandler', 3000);
      expect(done).toEqual([{ allowEvent: true }]);
      expect(fake.state.headers['x-phi-guard']).toBe('error; policy=default');
    });
    test.each(['fail', 'throw', 'hang'] as const)('%s: fail mode block stops the send with a clear message', async (fault) => {
      const fake = load({ message: m, faults: { [api]: fault }, storage: { 'phiGuard.policy.v1': blockPolicy }, timeScale: 0.1 });
      const done = await fake.fire('onMessageSendHandler', 3000);
      expect(done).toHaveLength(1);
      expect(done[0].allowEvent).toBe(false);
      expect(done[0].errorMessage).toMatch(/could not check this message.*Privacy Office x4100/);
    });
  });

  test.each(['fail', 'throw', 'hang'] as const)('the header API %s: the verdict still stands', async (fault) => {
    const fake = load({ message: m, faults: { 'internetHeaders.setAsync': fault }, timeScale: 0.1 });
    const done = await fake.fire('onMessageSendHandler', 3000);
    expect(done).toHaveLength(1);
    expect(done[0].allowEvent).toBe(false);
  });

  test('no compose item at all: fail mode', async () => {
    const fake = createFakeOffice({ message: m });
    const office = fake.globals.Office as { context: { mailbox: { item?: unknown } } };
    delete office.context.mailbox.item;
    vm.runInContext(src, vm.createContext({ ...fake.globals }));
    expect(await fake.fire('onMessageSendHandler')).toEqual([{ allowEvent: true }]);
  });

  test('a client without Mailbox 1.8 (no attachment list): fail mode, nothing unscanned slips through silently', async () => {
    const fake = load({ message: m, mailboxVersion: 12 });
    // 1.12 implies 1.8 in real clients; here the fake removes the API to test the path
    const f2 = load({ message: m, mailboxVersion: 7 });
    expect((await fake.fire('onMessageSendHandler'))[0].allowEvent).toBe(false);
    expect(await f2.fire('onMessageSendHandler')).toEqual([{ allowEvent: true }]);
  });
});

describe('policy loading', () => {
  const org = { schemaVersion: 1, name: 'Northwind 2026-11', rules: { mrn: { subject: 'warn', recipients: 'warn', attachments: 'warn' } } };
  const respond = (status: number, body: string, delayMs = 0) => () =>
    new Promise<{ ok: boolean; status: number; text(): Promise<string> }>((resolve) => setTimeout(() => resolve({ ok: status >= 200 && status < 300, status, text: async () => body }), delayMs));
  const compose = msg({ subject: 'MRN 00451782' });

  test('OnNewMessageCompose fetches policy.json from the add-in origin and caches it; the send uses it', async () => {
    const fake = load({ message: compose, storage: {}, fetch: respond(200, JSON.stringify(org)) });
    expect(await fake.fire('onNewMessageComposeHandler')).toEqual([{}]);
    expect(fake.state.fetched).toEqual(['https://localhost:3000/policy.json']);
    expect(JSON.parse(fake.state.storage.get('phiGuard.policy.v1')!)).toEqual(org);
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o.sendModeOverride).toBe('promptUser');
    expect(fake.state.headers['x-phi-guard']).toBe('warn; rules=subject.mrn; policy=Northwind-2026-11');
  });

  test('the send handler never fetches', async () => {
    const fake = load({ message: compose, storage: {}, fetch: respond(200, JSON.stringify(org)) });
    await fake.fire('onMessageSendHandler');
    expect(fake.state.fetched).toEqual([]);
  });

  test.each([
    ['garbage', respond(200, '{"schemaVersion": 1, "rules": {"mrn": "loud"}}')],
    ['not JSON', respond(200, '<html>proxy login</html>')],
    ['a server error', respond(500, 'oops')],
    ['a host that never answers', () => new Promise<never>(() => undefined)],
    ['a slow host', respond(200, JSON.stringify({ schemaVersion: 1 }), 5000)],
  ])('%s keeps the previous good policy', async (_what, fetch) => {
    const good = JSON.stringify(org);
    // A tenth of Outlook's time: the handler's own 3.5 s deadline is then 350 ms, room for a first scan in a fresh
    // context on a loaded machine (at a hundredth, 35 ms, the send timed out now and then in CI).
    const fake = load({ message: compose, storage: { 'phiGuard.policy.v1': good }, fetch, timeScale: 0.1 });
    expect(await fake.fire('onNewMessageComposeHandler', 3000)).toEqual([{}]);
    expect(fake.state.storage.get('phiGuard.policy.v1')).toBe(good);
    expect((await fake.fire('onMessageSendHandler'))[0].sendModeOverride).toBe('promptUser');
  });

  test('a removed policy.json (404) rolls back to the default policy', async () => {
    const fake = load({ message: compose, storage: { 'phiGuard.policy.v1': JSON.stringify(org) }, fetch: respond(404, '') });
    await fake.fire('onNewMessageComposeHandler');
    const [o] = await fake.fire('onMessageSendHandler');
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBeUndefined();
    expect(fake.state.headers['x-phi-guard']).toBe('block; rules=subject.mrn; policy=default');
  });

  test('allow entries in a cached policy work in the built handler: the staff name sends, a patient beside it still blocks (issue 17 item 12)', async () => {
    const allowing = JSON.stringify({ schemaVersion: 1, name: 'Northwind 2026-12', revision: 2, org: { allow: [{ text: 'Marisol Vega', kind: 'staff', rule: 'identity+health', group: 'subject' }] } });
    const staff = 'Coverage: Marisol Vega for the diabetes education class';
    expect(scanMessage(msg({ subject: staff }), defaultPolicy()).action).toBe('block');
    const clean = load({ message: msg({ subject: staff }), storage: { 'phiGuard.policy.v1': allowing } });
    expect((await clean.fire('onMessageSendHandler'))[0].allowEvent).toBe(true);
    expect(clean.state.headers['x-phi-guard']).toBe('clean; policy=Northwind-2026-12');
    const patient = load({ message: msg({ subject: `${staff}: Ada Quill insulin pump` }), storage: { 'phiGuard.policy.v1': allowing } });
    expect((await patient.fire('onMessageSendHandler'))[0].allowEvent).toBe(false);
  });

  test('without OfficeRuntime.storage or fetch the built-in default applies', async () => {
    const fake = load({ message: compose });
    expect(await fake.fire('onNewMessageComposeHandler')).toEqual([{}]);
    expect((await fake.fire('onMessageSendHandler'))[0].allowEvent).toBe(false);
  });
});

describe('compose-time events', () => {
  test('recipients changed: one notification per field group, replaced and then cleared; no verdict header', async () => {
    const m = msg({ subject: 'Supplies Thursday', to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] });
    const fake = load({ message: m });
    expect(await fake.fire('onMessageRecipientsChangedHandler')).toEqual([{}]);
    const note = fake.state.notifications.get('phiGuard.recipients');
    expect(note).toMatchObject({ type: 'informationalMessage', persistent: false });
    expect(note!.message).toMatch(/^PHI Guard: a recipient contains health information about the recipient\. The PHI Guard pane has the fix\.$/);
    m.to = [{ displayName: '', emailAddress: 'ada.quill@gmail.com' }];
    await fake.fire('onMessageRecipientsChangedHandler');
    expect(fake.state.notifications.size).toBe(0);
    // Only the send handler writes a verdict (issue 16, finding 2).
    expect(fake.state.headerWrites).toEqual([]);
  });

  test('attachments changed: the attachment notification', async () => {
    const fake = load({ message: msg({ attachments: [{ name: 'Quill_Ada_MRN00451782.pdf' }] }) });
    await fake.fire('onMessageAttachmentsChangedHandler');
    expect(fake.state.notifications.get('phiGuard.attachments')!.message).toContain('an attachment name contains');
    expect([...fake.state.notifications.keys()]).toEqual(['phiGuard.attachments']);
  });

  test.each(['fail', 'throw', 'hang'] as const)('notification API %s: the event still completes once', async (fault) => {
    const fake = load({ message: msg({ subject: 'MRN 00451782' }), faults: { 'notificationMessages.replaceAsync': fault }, timeScale: 0.1 });
    expect(await fake.fire('onMessageRecipientsChangedHandler', 3000)).toEqual([{}]);
  });
});

/**
 * Issue 16, finding 2: the x-phi-guard header is a verdict only when the send
 * handler wrote it. Compose-time code writes no verdict (nothing, or
 * "unchecked"); every path of the send handler that completes writes the final
 * verdict or "error" before event.completed, the handler's own timeout included.
 */
describe('x-phi-guard: only the send handler writes a verdict', () => {
  const FINAL = /^(?:clean|warn|block)(?:; rules=[\w.+,-]+)?; policy=[\w.-]+$|^error; policy=[\w.-]+$/;
  const NOT_A_VERDICT = /^unchecked; policy=[\w.-]+$/;
  const blockPolicy = JSON.stringify({ schemaVersion: 1, name: 'strict', behaviour: { failMode: 'block' } });

  test.each([
    ['an empty new draft', msg({ to: [] })],
    ['a reply with a clean subject', msg({ subject: 'RE: Staff meeting at 3' })],
    ['a draft with an MRN in the subject', msg({ subject: 'MRN 00451782' })],
  ])('OnNewMessageCompose on %s writes no verdict', async (_what, m) => {
    const fake = load({ message: m, storage: {} });
    expect(await fake.fire('onNewMessageComposeHandler')).toEqual([{}]);
    for (const v of fake.state.headerWrites) expect(v).toMatch(NOT_A_VERDICT);
  });

  test.each(['onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler'])('%s writes no verdict', async (handler) => {
    const fake = load({ message: msg({ subject: 'Staff meeting at 3', attachments: [{ name: 'agenda.pdf' }] }) });
    expect(await fake.fire(handler)).toEqual([{}]);
    for (const v of fake.state.headerWrites) expect(v).toMatch(NOT_A_VERDICT);
  });

  test('a draft opened with the add-in and finished where it never runs carries no "clean"', async () => {
    const fake = load({ message: msg({ subject: 'Staff meeting at 3' }), storage: {} });
    await fake.fire('onNewMessageComposeHandler');
    await fake.fire('onMessageRecipientsChangedHandler');
    // ...then sent from Outlook mobile: whatever the header says now is what Exchange sees.
    expect(fake.state.headers['x-phi-guard'] ?? '').not.toMatch(/^(clean|warn)/);
  });

  test('the handler\'s own timeout (policy storage never answers) writes "error" before completing', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'Staff meeting at 3' }), storage: {}, timeScale: 0.1 });
    (fake.globals.OfficeRuntime as { storage: { getItem: () => Promise<string> } }).storage.getItem = () => new Promise<string>(() => undefined);
    vm.runInContext(src, vm.createContext({ ...fake.globals }));
    const done = await fake.fire('onMessageSendHandler', 3000);
    expect(done).toEqual([{ allowEvent: true }]);
    expect(fake.state.headers['x-phi-guard']).toBe('error; policy=default');
  });

  test('the timeout path completes even when the header write then hangs (Outlook warns at 5 s)', async () => {
    // Time scale 0.3, as in the fault matrix: at 0.1 the 0.5 s of Outlook's time between COMPLETE_BY_MS and the
    // warning is 50 ms of wall time, which a loaded CI machine's timer delay once used up (completed at 614 ms).
    const timeScale = 0.3;
    const fake = createFakeOffice({ message: msg({ subject: 'Staff meeting at 3' }), storage: {}, faults: { 'internetHeaders.setAsync': 'hang' }, timeScale });
    (fake.globals.OfficeRuntime as { storage: { getItem: () => Promise<string> } }).storage.getItem = () => new Promise<string>(() => undefined);
    vm.runInContext(src, vm.createContext({ ...fake.globals }));
    const started = Date.now();
    let completedAfter = Infinity;
    const handler = fake.handlers.get('onMessageSendHandler')!;
    fake.handlers.set('onMessageSendHandler', (event: unknown) =>
      handler({
        completed: (o?: Record<string, unknown>) => {
          completedAfter = Date.now() - started;
          (event as { completed(o?: Record<string, unknown>): void }).completed(o);
        },
      }),
    );
    const done = await fake.fire('onMessageSendHandler', 3000);
    expect(done).toEqual([{ allowEvent: true }]);
    expect(completedAfter).toBeLessThan(5000 * timeScale); // 5 s in Outlook's time
    expect(fake.state.calls).toContain('internetHeaders.setAsync');
  });

  test.each(['fail', 'throw', 'hang'] as const)('fail mode block, subject read %s: the draft is marked "error" too', async (fault) => {
    const fake = load({ message: msg({ subject: 'MRN 00451782' }), faults: { 'subject.getAsync': fault }, storage: { 'phiGuard.policy.v1': blockPolicy }, timeScale: 0.1 });
    const done = await fake.fire('onMessageSendHandler', 3000);
    expect(done).toHaveLength(1);
    expect(done[0].allowEvent).toBe(false);
    expect(fake.state.headers['x-phi-guard']).toBe('error; policy=strict');
  });

  test('a stale verdict from compose time or an earlier send is replaced on Send, before event.completed', async () => {
    const m = msg({ subject: 'MRN 00451782' });
    const fake = load({ message: m, storage: {} });
    await fake.fire('onNewMessageComposeHandler');
    expect((await fake.fire('onMessageSendHandler'))[0].allowEvent).toBe(false);
    expect(fake.state.headers['x-phi-guard']).toBe('block; rules=subject.mrn; policy=default');
    m.subject = 'Consent form';
    expect(await fake.fire('onMessageSendHandler')).toEqual([{ allowEvent: true }]);
    expect(fake.state.headers['x-phi-guard']).toBe('clean; policy=default');
    expect(fake.state.headerWrites.every((v) => FINAL.test(v) || NOT_A_VERDICT.test(v))).toBe(true);
  });

  // Every path that completes, over the fault matrix: the last header write before event.completed is final.
  const apis: Api[] = ['subject.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync', 'getAttachmentsAsync'];
  test.each(apis.flatMap((api) => (['fail', 'throw', 'hang'] as const).flatMap((fault) => [[api, fault, 'allow'], [api, fault, 'block']] as const)))(
    '%s %s, fail mode %s: a final header is written before completing',
    async (api, fault, mode) => {
      const storage: Record<string, string> = mode === 'block' ? { 'phiGuard.policy.v1': blockPolicy } : {};
      // A hung read ends at its call timeout; the header must then be written before COMPLETE_BY_MS. At timeScale
      // 0.1 that leaves 250 ms, which a cold scan on a loaded CI machine has used up (the completion timer was then
      // due before the header write's callback: a CI failure); 0.3 keeps the order under test with 750 ms. The same
      // for a read that fails or throws: its whole budget at 0.1 is 450 ms, and a cold first scan (the lexicons
      // decoded) on a loaded CI machine once took it (round 39); 0.3 gives 1,350 ms and tests the same order.
      const fake = load({ message: msg({ subject: 'MRN 00451782' }), faults: { [api]: fault }, storage, timeScale: 0.3 });
      let headerAtCompletion: string | undefined;
      const handler = fake.handlers.get('onMessageSendHandler')!;
      fake.handlers.set('onMessageSendHandler', (event: unknown) =>
        handler({
          completed: (o?: Record<string, unknown>) => {
            headerAtCompletion = fake.state.headers['x-phi-guard'];
            (event as { completed(o?: Record<string, unknown>): void }).completed(o);
          },
        }),
      );
      const done = await fake.fire('onMessageSendHandler', 3000);
      expect(done).toHaveLength(1);
      expect(headerAtCompletion).toMatch(/^error; policy=/);
    },
  );
});
