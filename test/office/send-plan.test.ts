import { Policy, Verdict, defaultPolicy, scanMessage } from '../../src/engine';
import { CompletionPlan, HostCapabilities, SendCheck, planSend, uncheckedHeader } from '../../src/office/send-plan';
import { msg } from '../support/messages';

/**
 * The send path's completion planner, as a table: (what the handler learned,
 * the policy, the client's capabilities) -> (x-phi-guard value, event.completed
 * options). Pure: no Office, no timers.
 */
const policy = (over: Partial<Policy['behaviour']> = {}, name = 'v1'): Policy => {
  const p = defaultPolicy();
  p.behaviour = { ...p.behaviour, ...over };
  p.name = name;
  return p;
};
const allowMode = policy({ failMode: 'allow' });
const blockMode = policy({ failMode: 'block', privacyContact: 'Privacy Office x4100' });

const verdicts: Record<string, Verdict> = {
  clean: scanMessage(msg({ subject: 'Staff meeting at 3' }), defaultPolicy()),
  mrn: scanMessage(msg({ subject: 'MRN 00451782 - consent' }), defaultPolicy()),
  warn: scanMessage(msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] }), defaultPolicy()),
};
const NONE: HostCapabilities = { paneButton: false, markdown: false };
const PANE: HostCapabilities = { paneButton: true, markdown: false };
const ALL: HostCapabilities = { paneButton: true, markdown: true };

test('the fixtures are what the rows say', () => {
  expect([verdicts.clean.action, verdicts.mrn.action, verdicts.warn.action]).toEqual(['allow', 'block', 'warn']);
});

type Row = [string, SendCheck, Policy, HostCapabilities, string, Record<string, unknown>];
const rows: Row[] = [
  ['clean', { kind: 'checked', verdict: verdicts.clean }, allowMode, ALL, 'clean; policy=v1', { allowEvent: true }],
  ['clean, fail mode block (irrelevant)', { kind: 'checked', verdict: verdicts.clean }, blockMode, NONE, 'clean; policy=v1', { allowEvent: true }],
  ['block, Mailbox 1.12', { kind: 'checked', verdict: verdicts.mrn }, allowMode, NONE, 'block; rules=subject.mrn; policy=v1', { allowEvent: false, errorMessage: 'PHI Guard stopped this message. Subject: a medical record number. Open PHI Guard from the ribbon for one-click fixes.' }],
  ['block, 1.14: the button opens the pane', { kind: 'checked', verdict: verdicts.mrn }, allowMode, PANE, 'block; rules=subject.mrn; policy=v1', { allowEvent: false, errorMessage: expect.stringContaining('Select "Fix in PHI Guard"'), cancelLabel: 'Fix in PHI Guard', commandId: 'phiGuardPaneButton', contextData: expect.stringContaining('"source":"smart-alert"') }],
  ['block, 1.15: Markdown too', { kind: 'checked', verdict: verdicts.mrn }, allowMode, ALL, 'block; rules=subject.mrn; policy=v1', { allowEvent: false, errorMessage: expect.any(String), errorMessageMarkdown: expect.stringContaining('**PHI Guard stopped this message.**'), cancelLabel: 'Fix in PHI Guard', commandId: 'phiGuardPaneButton', contextData: expect.any(String) }],
  ['warn: Send Anyway', { kind: 'checked', verdict: verdicts.warn }, allowMode, NONE, 'warn; rules=recipients.recipient-health; policy=v1', { allowEvent: false, errorMessage: expect.stringContaining('PHI Guard found possible patient information. 1 recipient: health information about the recipient.'), sendModeOverride: 'promptUser' }],
  ['unreadable, fail mode allow', { kind: 'unreadable' }, allowMode, ALL, 'error; policy=v1', { allowEvent: true }],
  ['internal error, fail mode allow', { kind: 'internal-error' }, allowMode, NONE, 'error; policy=v1', { allowEvent: true }],
  ['timed out, fail mode allow', { kind: 'timed-out' }, allowMode, ALL, 'error; policy=v1', { allowEvent: true }],
  ['unreadable, fail mode block', { kind: 'unreadable' }, blockMode, ALL, 'error; policy=v1', { allowEvent: false, errorMessage: 'PHI Guard could not check this message (the message could not be read), and your organisation asks that it is checked before sending. Try Send again. If it keeps happening, contact Privacy Office x4100.' }],
  ['internal error, fail mode block', { kind: 'internal-error' }, blockMode, NONE, 'error; policy=v1', { allowEvent: false, errorMessage: expect.stringContaining('(an internal error)') }],
  ['timed out, fail mode block', { kind: 'timed-out' }, blockMode, PANE, 'error; policy=v1', { allowEvent: false, errorMessage: expect.stringContaining('(timed out)') }],
];

test.each(rows)('%s', (_what, check, p, caps, header, completion) => {
  const plan = planSend(check, p, 'v1', caps);
  expect(plan.header).toBe(header);
  expect(plan.completion).toEqual(completion);
});

describe('over every input', () => {
  const checks: SendCheck[] = [...Object.values(verdicts).map((verdict) => ({ kind: 'checked', verdict }) as const), { kind: 'unreadable' }, { kind: 'internal-error' }, { kind: 'timed-out' }];
  const all: [SendCheck, Policy, HostCapabilities, CompletionPlan][] = [];
  for (const c of checks) for (const p of [allowMode, blockMode, policy({ messages: { block: 'Northwind: no patient details outside the body.', warn: 'Check this.' } })]) for (const caps of [NONE, PANE, ALL]) all.push([c, p, caps, planSend(c, p, 'v1', caps)]);

  test('the header is always a final verdict or error, never "unchecked", with rule ids only', () => {
    for (const [, , , plan] of all) {
      expect(plan.header).toMatch(/^(clean|warn|block)(; rules=[a-z]+\.[\w+-]+(,[a-z]+\.[\w+-]+)*)?; policy=v1$|^error; policy=v1$/);
      expect(plan.header).not.toBe(uncheckedHeader('v1'));
    }
  });

  test('the header agrees with the completion: only "clean" and "error" (fail mode allow) send without a dialog', () => {
    for (const [c, p, , plan] of all) {
      const state = plan.header.split(';')[0];
      if (plan.completion.allowEvent) expect(state === 'clean' || (state === 'error' && p.behaviour.failMode === 'allow')).toBe(true);
      else {
        expect(['warn', 'block', 'error']).toContain(state);
        expect(plan.completion.errorMessage.length).toBeLessThanOrEqual(500);
        expect((plan.completion.errorMessageMarkdown ?? '').length).toBeLessThanOrEqual(500);
        expect(plan.completion.sendModeOverride === 'promptUser').toBe(state === 'warn');
      }
      if (c.kind !== 'checked') expect(state).toBe('error');
    }
  });

  test('pure: the same input gives the same plan, and the verdict is not changed', () => {
    const before = JSON.stringify(verdicts);
    for (const [c, p, caps, plan] of all) expect(planSend(c, p, 'v1', caps)).toEqual(plan);
    expect(JSON.stringify(verdicts)).toBe(before);
  });
});

test('compose time writes "unchecked", which no rule reads as a verdict', () => {
  expect(uncheckedHeader('Northwind-2026-11')).toBe('unchecked; policy=Northwind-2026-11');
});
