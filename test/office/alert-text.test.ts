import { Finding, Verdict, defaultPolicy, scanMessage } from '../../src/engine';
import { ERROR_MESSAGE_MAX, alertMarkdown, alertText, fieldLines } from '../../src/office/alert-text';
import { msg, personal } from '../support/messages';

/**
 * Issue 17 item 3: the Smart Alerts text is one line per field group, each
 * rule named once, within the 500-character limit, and every affected field is
 * named however many findings there are (no "(+3 more)" that hides fields).
 */
const policy = defaultPolicy();
const opts = { action: 'block' as const, canOpenPane: true, privacyContact: 'Privacy Office x4100' };

// Many findings in every field group (all fictitious).
const MANY = msg({
  subject: 'RE: Pt Ada Quill DOB 03/14/1958 - MRN 00451782 - call 555-201-3344 re dialysis - acct 88123456 biopsy',
  to: [{ displayName: 'HIV Clinic Patients', emailAddress: 'hiv-clinic-patients@examplehealth.org' }, { displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }],
  cc: [...personal(4), { displayName: 'Oncology Patients', emailAddress: 'oncology-patients@examplehealth.org' }],
  attachments: [{ name: 'Quill_Ada_CT_report.pdf' }, { name: 'Quill_Ada_MRN00451782.pdf' }, { name: 'Vance_Oriel_MRI_knee.pdf' }, { name: 'Lab_Ada_Quill_DOB_03-14-1958.pdf' }],
});

test('the fixture has many findings in every field group', () => {
  const v = scanMessage(MANY, policy);
  const per = (g: string) => v.findings.filter((f) => (g === 'recipients' ? ['to', 'cc', 'bcc'].includes(f.field) : f.field === g)).length;
  expect(per('subject')).toBeGreaterThanOrEqual(3);
  expect(per('recipients')).toBeGreaterThanOrEqual(5);
  expect(per('attachments')).toBeGreaterThanOrEqual(4);
});

test.each([
  ['plain text', (v: Verdict) => alertText(v, opts)],
  ['Markdown', (v: Verdict) => alertMarkdown(v, opts)],
])('%s: every field named, nothing repeated, within 500 characters', (_kind, make) => {
  const text = make(scanMessage(MANY, policy));
  expect(text.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
  expect(text).toMatch(/Subject: /);
  expect(text).toMatch(/\b7 recipients[.:]/);
  expect(text).toMatch(/\b4 attachment names[.:]/);
  expect(text).not.toMatch(/more\)|\u2026/);
  expect(text).toContain('Questions: Privacy Office x4100.');
  // No sentence twice (the old text repeated "Remove it; the body can carry it." per rule).
  const sentences = text.split(/(?<=\.)\s+/).filter((s) => s.length > 3);
  expect(new Set(sentences).size).toBe(sentences.length);
});

test('one line per field group, each rule once, recipients and attachment names counted', () => {
  const v = scanMessage(msg({ subject: 'MRN 00451782 and MRN 00451783', to: personal(3), cc: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }], attachments: [{ name: 'Quill_Ada_CT.pdf' }, { name: 'Vance_Oriel_MRI.pdf' }] }), { ...policy, combinations: { ...policy.combinations, massDisclosure: 'warn' } });
  // mass disclosure needs a health-related message: the MRN makes it one
  expect(fieldLines(v).map((l) => l.full)).toEqual([
    'Subject: a medical record number.',
    expect.stringMatching(/^[34] recipients: /),
    '2 attachment names: a patient name together with health information.',
  ]);
  expect(fieldLines(v).map((l) => l.short)).toEqual(['Subject: 2 findings.', expect.stringMatching(/^[34] recipients\.$/), '2 attachment names.']);
});

test('when the lines do not fit, the longest recipients or attachments line is shortened first, the subject last', () => {
  const v = scanMessage(MANY, policy);
  const text = alertText(v, opts);
  expect(text).toMatch(/Subject: a patient name together with health information, a date of birth, a medical record number, /);
  expect(text).toMatch(/ 7 recipients\. 4 attachment names: a patient name together with health information, /);
});

test('an organisation\'s long first sentence: every line shortened, every field still named', () => {
  const v = scanMessage(MANY, policy);
  const long = 'Northwind Health policy: patient details belong in the message body, which is encrypted, never in the subject, the recipients or the file names. '.repeat(2);
  const text = alertText(v, { ...opts, lead: long.trim() });
  expect(text.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
  for (const field of [/Subject: \d+ findings?\./, /7 recipients\./, /4 attachment names[.:]/]) expect(text).toMatch(field);
});

test('a single finding reads as one plain sentence, with the way to the fixes', () => {
  const v: Verdict = scanMessage(msg({ subject: 'RE: MRN 00451782 - consent' }), policy);
  expect(v.findings.map((f: Finding) => f.detectorId)).toEqual(['mrn']);
  expect(alertText(v, { action: 'block', canOpenPane: false, privacyContact: '' })).toBe('PHI Guard stopped this message. Subject: a medical record number. Open PHI Guard from the ribbon for one-click fixes.');
  expect(alertMarkdown(v, { action: 'block', canOpenPane: true, privacyContact: '' })).toBe('**PHI Guard stopped this message.**\n\n- Subject: a medical record number.\n\nSelect **Fix in PHI Guard** for one-click fixes.');
});
