import { defaultPolicy, scanMessage } from '../../src/engine';
import { applyFix, recipientsAfter, renameBlocker } from '../../src/office/fixes';
import { readComposeItem } from '../../src/office/read-item';
import { moveAllToBcc, neutralName, planSubjectFix } from '../../src/taskpane/view-model';
import { createFakeOffice } from '../support/fake-office';
import { msg, personal } from '../support/messages';

const policy = defaultPolicy();

async function current(fake: ReturnType<typeof createFakeOffice>) {
  const r = await readComposeItem(fake.env, 1000);
  if (!r.ok) throw new Error(r.error);
  return { ...r.value.message, attachments: r.value.attachments };
}

describe('subject fixes', () => {
  test('replace with a placeholder, then undo', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'RE: MRN 00451782 - consent' }) });
    const before = await current(fake);
    const f = scanMessage(before, policy).findings[0];
    const plan = planSubjectFix(before.subject, f, 'placeholder');
    const r = await applyFix(fake.env, { kind: 'subject', subject: plan.subject }, before);
    expect(r.ok).toBe(true);
    expect(fake.state.message.subject).toBe('RE: [MRN removed] - consent');
    expect(scanMessage(fake.state.message, policy).action).toBe('allow');
    if (!r.ok || !r.value.undo) throw new Error('no undo');
    await applyFix(fake.env, r.value.undo, await current(fake));
    expect(fake.state.message.subject).toBe('RE: MRN 00451782 - consent');
  });

  test('move to the body keeps what the user typed (HTML-escaped), and says Undo leaves it there', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'Pt <Ada> Quill - MRN 00451782' }) });
    const before = await current(fake);
    const f = scanMessage(before, policy).findings.find((x) => x.detectorId === 'mrn')!;
    const plan = planSubjectFix(before.subject, f, 'move');
    const r = await applyFix(fake.env, { kind: 'subject', subject: plan.subject, prependToBody: plan.toBody.join('\n\n'), moved: plan.moved }, before);
    expect(fake.state.message.subject).toBe('Pt <Ada> Quill');
    expect(r.ok && r.value.note).toBe('The part of the subject that holds the finding (12 characters) is now at the top of the body. Undo leaves the body as it is.');
    expect(fake.state.body).toBe('<p>MRN 00451782</p><p>Body</p>');
  });

  test('a 308-character subject: the fix sets a subject Outlook accepts, and the body gets every word the subject lost (issue 17 item 2)', async () => {
    const subject =
      "Follow-up from Monday's multidisciplinary team meeting. Please review the attached notes before Friday and add anything missed. Dr. Lena Marsh will chair next week and asks that each team brings its updated caseload list. We also need to talk about the case of Robert Thompson and his worsening renal failure";
    for (const mode of ['placeholder', 'move'] as const) {
      const fake = createFakeOffice({ message: msg({ subject }), bodyType: 'text' });
      fake.edit({ body: 'Hello.' });
      const before = await current(fake);
      const f = scanMessage(before, policy).findings.find((x) => x.field === 'subject')!;
      const plan = planSubjectFix(before.subject, f, mode);
      const r = await applyFix(fake.env, { kind: 'subject', subject: plan.subject, prependToBody: plan.toBody.join('\n\n'), moved: plan.moved }, before);
      expect(r.ok).toBe(true);
      expect(fake.state.message.subject).toBe(subject.slice(0, subject.indexOf(' We also')));
      const moved = mode === 'move' ? 'We also need to talk about the case of Robert Thompson and his worsening renal failure' : 'We also need to talk about the case of [patient] and his worsening renal failure';
      expect(fake.state.body).toBe(`${moved}\n\nHello.`);
      expect(scanMessage(fake.state.message, policy).findings).toEqual([]);
      // Outlook would refuse the original back: no Undo is offered, and the user is told.
      expect(r.ok && r.value.undo).toBeUndefined();
      expect(r.ok && r.value.note).toMatch(/ is now at the top of the body\. This cannot be undone: Outlook does not take a subject over 255 characters back\.$/);
    }
  });

  test('Outlook refuses a subject over 255 characters: the failure is reported, the subject left as it was', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'MRN 00451782' }) });
    const r = await applyFix(fake.env, { kind: 'subject', subject: 'x'.repeat(256) }, await current(fake));
    expect(r).toEqual({ ok: false, error: 'subject: The subject is longer than 255 characters.' });
    expect(fake.state.message.subject).toBe('MRN 00451782');
  });

  test('a failing subject API is reported, not thrown', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'MRN 00451782' }), faults: { 'subject.setAsync': 'throw' } });
    const r = await applyFix(fake.env, { kind: 'subject', subject: 'x' }, await current(fake));
    expect(r).toEqual({ ok: false, error: 'subject: subject.setAsync exploded' });
  });
});

describe('recipient fixes', () => {
  test('mass disclosure: moving everyone to Bcc clears the finding; undo restores', async () => {
    const fake = createFakeOffice({ message: msg({ subject: 'Cardiac rehab schedule change', to: personal(3) }) });
    const before = await current(fake);
    const lists = moveAllToBcc(before, [0, 1, 2].map((index) => ({ field: 'to' as const, index })));
    const r = await applyFix(fake.env, { kind: 'recipients', to: lists.to, cc: lists.cc, bcc: lists.bcc }, before);
    expect(r.ok).toBe(true);
    expect(fake.state.message.to).toEqual([]);
    // In the order they were (issue 17 item 5).
    expect(fake.state.message.bcc.map((x) => x.emailAddress)).toEqual(['person0@gmail.com', 'person1@gmail.com', 'person2@gmail.com']);
    expect(scanMessage(fake.state.message, policy).action).toBe('allow');
    if (!r.ok || !r.value.undo) throw new Error('no undo');
    await applyFix(fake.env, r.value.undo, await current(fake));
    expect(fake.state.message.to.map((x) => x.emailAddress)).toEqual(['person0@gmail.com', 'person1@gmail.com', 'person2@gmail.com']);
  });

  test('bare address replaces a display name that carries health information', () => {
    const lists = { to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }], cc: [], bcc: [] };
    expect(recipientsAfter(lists, 'to', 0, 'use-bare-address').to).toEqual([{ displayName: 'ada.quill@gmail.com', emailAddress: 'ada.quill@gmail.com' }]);
    expect(recipientsAfter(lists, 'to', 0, 'remove-recipient').to).toEqual([]);
    expect(lists.to).toHaveLength(1);
  });
});

describe('attachment rename', () => {
  test('content re-added under a neutral name, original removed, scan clean; undo renames back', async () => {
    const fake = createFakeOffice({ message: msg({ attachments: [{ name: 'image001.png' }, { name: 'Quill_Ada_MRN00451782.pdf' }] }) });
    const before = await current(fake);
    const content = fake.state.attachments[1].content;
    const name = neutralName(before.attachments[1].name, before.attachments.map((a) => a.name));
    const r = await applyFix(fake.env, { kind: 'rename-attachment', id: 'att1', name }, before);
    expect(r.ok).toBe(true);
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['image001.png', 'attachment-1.pdf']);
    expect(fake.state.attachments[1].content).toBe(content);
    expect(scanMessage(fake.state.message, policy).action).toBe('allow');
    if (!r.ok || !r.value.undo) throw new Error('no undo');
    await applyFix(fake.env, r.value.undo, await current(fake));
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['image001.png', 'Quill_Ada_MRN00451782.pdf']);
  });

  test('a renamed attachment keeps its place in the list, and so does Undo (issue 17 item 5)', async () => {
    const fake = createFakeOffice({ message: msg({ attachments: [{ name: 'agenda.docx' }, { name: 'Quill_Ada_MRN00451782.pdf' }, { name: 'image001.png' }, { name: 'minutes.pdf' }] }) });
    const contents = fake.state.attachments.map((a) => a.content);
    const r = await applyFix(fake.env, { kind: 'rename-attachment', id: 'att1', name: 'attachment-1.pdf' }, await current(fake));
    expect(r.ok && r.value.note).toBeUndefined();
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['agenda.docx', 'attachment-1.pdf', 'image001.png', 'minutes.pdf']);
    expect(fake.state.attachments.map((a) => a.content)).toEqual(contents);
    if (!r.ok || !r.value.undo) throw new Error('no undo');
    await applyFix(fake.env, r.value.undo, await current(fake));
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['agenda.docx', 'Quill_Ada_MRN00451782.pdf', 'image001.png', 'minutes.pdf']);
  });

  test('a file after it that cannot be re-attached (a cloud link) stays put, and the user is told where the renamed one went', async () => {
    const fake = createFakeOffice({ message: msg({ attachments: [{ name: 'Quill_Ada_MRN00451782.pdf' }, { name: 'shared-link.docx' }] }), attachmentDetails: [{}, { attachmentType: 'cloud' }] });
    const r = await applyFix(fake.env, { kind: 'rename-attachment', id: 'att0', name: 'attachment-1.pdf' }, await current(fake));
    expect(r.ok && r.value.note).toBe('Outlook put the renamed file at the end of the list.');
    expect(fake.state.attachments.map((a) => [a.name, a.attachmentType])).toEqual([
      ['shared-link.docx', 'cloud'],
      ['attachment-1.pdf', 'file'],
    ]);
  });

  test('if removing the original fails, the new copy is taken out again', async () => {
    const fake = createFakeOffice({ message: msg({ attachments: [{ name: 'Quill_Ada_MRN00451782.pdf' }] }), faults: { removeAttachmentAsync: 'fail' } });
    const r = await applyFix(fake.env, { kind: 'rename-attachment', id: 'att0', name: 'attachment-1.pdf' }, await current(fake));
    expect(r.ok).toBe(false);
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['Quill_Ada_MRN00451782.pdf', 'attachment-1.pdf']);
    // the fake fails every removal; in Outlook the clean-up removal would normally succeed
  });

  test.each([
    [{ isInline: true }, /picture in the message body/],
    [{ attachmentType: 'cloud' as const }, /cloud file/],
    [{ attachmentType: 'item' as const }, /Outlook item/],
    [{ size: 26 * 1024 * 1024 }, /larger than 25 MB/],
  ])('%j cannot be renamed here, and the user is told how to do it by hand', (detail, why) => {
    const a = { id: 'x', name: 'Quill_Ada.pdf', size: 1000, isInline: false, attachmentType: 'file', ...detail };
    expect(renameBlocker(a, { isSetSupported: () => true })).toMatch(why);
  });

  test('clients without Mailbox 1.8 get the manual route', () => {
    expect(renameBlocker({ id: 'x', name: 'a.pdf' }, { isSetSupported: () => false })).toMatch(/cannot rename attachments from an add-in/);
  });
});
