import type { Message } from '../../src/engine';
import { onSend } from '../../src/office/handlers';
import { readComposeItem } from '../../src/office/read-item';
import { createFakeOffice } from '../support/fake-office';
import { msg } from '../support/messages';

/**
 * Issue 16, finding 7 (handler and pane part): what the host returns is checked
 * against the message schema; a wrong type is a failed read (the policy's fail
 * mode), never an empty field scanned as clean. Finding 12: a field too long to
 * check is a failed read too.
 */
const odd = (over: Record<string, unknown>): Message => ({ ...msg(), ...over }) as unknown as Message;
const BLOCK_POLICY = JSON.stringify({ schemaVersion: 1, behaviour: { failMode: 'block' } });

describe('readComposeItem refuses what Office.js would never return (finding 7)', () => {
  test.each([
    ['a number as the subject', { subject: 448812 }],
    ['an object as the subject', { subject: { text: 'MRN 00451782' } }],
    ['an array as the subject', { subject: ['MRN 00451782'] }],
    ['a non-string display name', { cc: [{ displayName: 448812, emailAddress: 'a@b.org' }] }],
    ['a non-string address', { bcc: [{ displayName: 'Ada', emailAddress: ['a@b.org'] }] }],
    ['a non-string attachment name', { attachments: [{ name: 448812 }] }],
  ])('%s is a failed read', async (_why, over) => {
    const fake = createFakeOffice({ message: odd(over) });
    const r = await readComposeItem(fake.env, 1000);
    expect(r.ok).toBe(false);
    // The reason names the field, never the text.
    if (!r.ok) expect(r.error).not.toMatch(/448812|HIV|a@b\.org/);
  });

  // The fake mailbox turns list entries into objects; these answer as a broken host would.
  test.each([
    ['an object instead of the attachment list', 'attachments', { name: 'Smith_John_MRN448812.pdf' }],
    ['a string instead of the attachment list', 'attachments', 'Smith_John_MRN448812.pdf'],
    ['an object instead of the To list', 'to', { displayName: 'HIV clinic patients', emailAddress: 'hiv-patients@gmail.com' }],
    ['a number in the To list', 'to', [448812]],
    ['null in the Cc list', 'cc', [null]],
    ['a nested list in the Bcc list', 'bcc', [[{ displayName: 'HIV clinic patients', emailAddress: 'hiv-patients@gmail.com' }]]],
    ['a recipient with neither name nor address', 'to', [{ recipientType: 'other' }]],
  ])('%s is a failed read', async (_why, field, value) => {
    const fake = createFakeOffice({ message: msg() });
    const item = fake.env.item!;
    const answer = (cb: (r: { status: string; value: never }) => void) => cb({ status: 'succeeded', value: value as never });
    if (field === 'attachments') item.getAttachmentsAsync = answer;
    else item[field as 'to' | 'cc' | 'bcc'].getAsync = answer;
    const r = await readComposeItem(fake.env, 1000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).not.toMatch(/448812|HIV|hiv-patients/);
  });

  test('a field longer than the cap is a failed read (finding 12)', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'Staff meeting '.repeat(1000) }) });
    const r = await readComposeItem(fake.env, 1000);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/subject is too long to check/) });
  });

  test('a well-formed item still reads, with Office.js extras ignored', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'Lunch', attachments: [{ name: 'menu.pdf', size: 12, isInline: false }] }) });
    const r = await readComposeItem(fake.env, 1000);
    expect(r.ok && r.value.message).toEqual({
      subject: 'Lunch',
      to: [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }],
      cc: [],
      bcc: [],
      attachments: [{ name: 'menu.pdf', size: 12, isInline: false }],
      senderAddress: fake.env.userEmail,
    });
  });
});

describe('the send handler applies the fail mode to a wrongly typed item, never a clean verdict (finding 7)', () => {
  const item = odd({ subject: 448812 });

  test('fail mode block: the send stops and the user is told it could not be checked', async () => {
    const fake = createFakeOffice({ message: item, storage: { 'phiGuard.policy.v1': BLOCK_POLICY } });
    const completed: Office.SmartAlertsEventCompletedOptions[] = [];
    await onSend({ completed: (o) => completed.push(o ?? {}) }, fake.env);
    expect(completed).toHaveLength(1);
    expect(completed[0].allowEvent).toBe(false);
    expect(String(completed[0].errorMessage)).toMatch(/could not check/);
  });

  test('fail mode allow: sent, but the header says error, not clean', async () => {
    const fake = createFakeOffice({ message: item, storage: {} });
    const completed: Office.SmartAlertsEventCompletedOptions[] = [];
    await onSend({ completed: (o) => completed.push(o ?? {}) }, fake.env);
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(fake.state.headerWrites.join('\n')).not.toMatch(/^clean/m);
    expect(fake.state.headers['x-phi-guard']).toMatch(/^error/);
  });
});
