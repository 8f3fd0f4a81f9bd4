import { Finding, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { applyFix } from '../../src/office/fixes';
import { readComposeItem } from '../../src/office/read-item';
import { SAMPLES } from '../../src/simulator/samples';
import { PlannedFix, paneView } from '../../src/taskpane/view-model';
import { createFakeOffice } from '../support/fake-office';
import { msg, personal } from '../support/messages';

/**
 * Issue 17 item 1: a suggested fix must clear its finding, or not be offered.
 * Every fix the pane offers, on every sample and on messages that need each
 * kind of fix, is applied to the fake mailbox through applyFix (as the pane
 * does); the next scan of the item must no longer report what it was offered
 * for, and report nothing that was not there before.
 */
const policy = defaultPolicy();

const MESSAGES: [string, Message][] = [
  ...SAMPLES.map((s) => [`sample: ${s.label}`, s.message] as [string, Message]),
  ['identifier and name in the subject', msg({ subject: 'RE: Pt Ada Quill - MRN 00451782 - consent before OR' })],
  ['phone with health words', msg({ subject: 'Call 555-201-3344 re dialysis results' })],
  ['an exposed personal address whose name has a condition', msg({ subject: 'Cardiac rehab schedule change', to: [{ displayName: 'Bea Ortiz (cardiac pt)', emailAddress: 'bea.ortiz@gmail.com' }, ...personal(2)] })],
  ['display name with a condition', msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }], cc: [{ displayName: 'Bea Ortiz (cardiac pt)', emailAddress: 'bea.ortiz@examplehealth.org' }] })],
  ['a bare address that names a condition', msg({ to: [{ displayName: 'hiv-clinic-patients@examplehealth.org', emailAddress: 'hiv-clinic-patients@examplehealth.org' }] })],
  ['mass disclosure across To and Cc', msg({ subject: 'Cardiac rehab schedule change', to: personal(2), cc: personal(2, 'yahoo.com') })],
  ['two patient file names', msg({ attachments: [{ name: 'Quill_Ada_CT_report.pdf' }, { name: 'agenda.docx' }, { name: 'Quill_Ada_MRI_report.pdf' }] })],
];

/** Where a finding is, by what it is about rather than its position (a fix may move a recipient). */
function about(m: Message, f: Finding): string {
  if (f.field === 'subject') return `subject|${f.detectorId}|${m.subject.slice(f.start, f.end)}`;
  if (f.field === 'attachments') return `attachments|${f.detectorId}|${m.attachments[f.index ?? 0].name.slice(f.start, f.end)}`;
  return `recipient|${f.detectorId}|${f.part}|${m[f.field][f.index ?? 0].emailAddress}`;
}

interface Case {
  name: string;
  message: Message;
  fix: PlannedFix;
  /** What the fix is offered for. */
  targets: Finding[];
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [name, message] of MESSAGES) {
    const verdict = scanMessage(message, policy);
    const groups = paneView({ message, attachments: message.attachments.map((a, i) => ({ id: `att${i}`, name: a.name, size: a.size })), verdict, policy, env: { isSetSupported: () => true } });
    const offered = groups.flatMap((g) => [...g.fixes, ...g.items.flatMap((i) => i.rows.flatMap((r) => r.fixes))]);
    for (const fix of offered) {
      expect(fix.clears.length).toBeGreaterThan(0);
      // What the fix is offered for, by where it is in the message as scanned.
      const targets = fix.clears.map((c) => verdict.findings.find((f) => f === c)!);
      out.push({ name: `${name}: ${fix.label}`, message, fix, targets });
    }
  }
  return out;
}

const ALL = cases();

test('every kind of fix is exercised', () => {
  const kinds = new Set(ALL.map((c) => c.fix.id.replace(/^.*-\d+-/, '').replace(/^mass-bcc$/, 'move-all-to-bcc')));
  expect([...kinds].sort()).toEqual(['move', 'move-all-to-bcc', 'move-to-bcc', 'placeholder', 'remove', 'remove-recipient', 'rename', 'use-bare-address']);
});

test.each(ALL.map((c) => [c.name, c] as const))('%s: applied to the mailbox, the next scan no longer reports it', async (_name, c) => {
  const fake = createFakeOffice({ message: JSON.parse(JSON.stringify(c.message)) as Message });
  const before = await readComposeItem(fake.env, 1000);
  if (!before.ok) throw new Error(before.error);
  const r = await applyFix(fake.env, c.fix.step, { ...before.value.message, attachments: before.value.attachments });
  expect(r.ok).toBe(true);
  const after = await readComposeItem(fake.env, 1000);
  if (!after.ok) throw new Error(after.error);
  const was = scanMessage(before.value.message, policy).findings.map((f) => about(before.value.message, f));
  const now = scanMessage(after.value.message, policy).findings.map((f) => about(after.value.message, f));
  const count = (list: string[], k: string) => list.filter((x) => x === k).length;
  for (const t of c.targets) {
    const k = about(c.message, t);
    expect([k, count(now, k)]).toEqual([k, count(was, k) - c.targets.filter((x) => about(c.message, x) === k).length]);
  }
  for (const k of new Set(now)) expect([k, count(now, k) <= count(was, k)]).toEqual([k, true]);
});
