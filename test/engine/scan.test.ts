import { COMBINATION_ID, Message, Policy, defaultPolicy, parsePolicy, scanMessage } from '../../src/engine';
import { msg, personal } from '../support/messages';

const policy = defaultPolicy();
const scan = (m: Message, p: Policy = policy) => scanMessage(m, p);
const texts = (m: Message, p: Policy = policy) =>
  scan(m, p).findings.map((f) => {
    const value = f.field === 'subject' ? m.subject : f.field === 'attachments' ? m.attachments[f.index!].name : m[f.field][f.index!][f.part!];
    return [f.field, f.detectorId, value.slice(f.start, f.end), f.action];
  });

describe('scanMessage with the default policy', () => {
  test('a clean message is allowed with no findings', () => {
    expect(scan(msg({ subject: 'Lunch with Ada Quill on Friday' }))).toEqual({ action: 'allow', findings: [] });
    expect(scan(msg())).toEqual({ action: 'allow', findings: [] });
  });

  test('an MRN in the subject blocks, with a span, a rule id, plain words and a fix', () => {
    const v = scan(msg({ subject: 'MRN 00451782 - consent needs re-signing' }));
    expect(v.action).toBe('block');
    expect(v.findings).toEqual([
      {
        field: 'subject',
        start: 0,
        end: 12,
        detectorId: 'mrn',
        action: 'block',
        messageId: 'found',
        explanation: 'The subject contains a medical record number. Subjects are never encrypted; the message body can carry it.',
        strength: 'high',
        evidence: ['mrn.found'],
        fix: { kind: 'replace-span', placeholder: '[MRN removed]' },
      },
    ]);
  });

  describe('confidence tiers: block only on strong evidence', () => {
    const summary = (m: Message, p: Policy = policy) => scan(m, p).findings.map((f) => [f.detectorId, f.strength, f.action, f.evidence[0]]);
    test.each([
      ['Pt Ada Quill - abnormal CT', 'name.patient-word-full'],
      ['Ada Quill - abnormal CT', 'name.full'],
      ['Quill, Ada - MRI results', 'name.last-first'],
      ['Mrs. Quill - INR 4.2, hold warfarin', 'name.title'],
    ])('a full name, "Last, First" or title + surname with health blocks: %s', (subject, pattern) => {
      expect(summary(msg({ subject }))).toEqual([[COMBINATION_ID, 'high', 'block', pattern]]);
    });
    test.each([
      ['Boudreaux echo moved to Tuesday', 'name.lone'],
      ['pt Harold - potassium 6.1', 'name.patient-word'],
      ['Callback 614-555-0100 re: biopsy results', 'phone.number'],
    ])('a lone name or a phone with health warns (medium): %s', (subject, pattern) => {
      expect(summary(msg({ subject }))).toEqual([[COMBINATION_ID, 'medium', 'warn', pattern]]);
    });
    test('the evidence names the health pattern too, ids only', () => {
      const [f] = scan(msg({ subject: 'Pt Ada Quill - abnormal CT' })).findings;
      expect(f.evidence).toEqual(['name.patient-word-full', 'health.patient-word', 'health.patient', 'health.condition', 'health.test']);
      expect(f.evidence.join(' ')).not.toMatch(/Quill|CT/);
    });
    test('the policy sets the most severe action per strength and field group', () => {
      const strict = parsePolicy({ schemaVersion: 1, strengthLevels: { medium: { subject: 'block' } } });
      const lax = parsePolicy({ schemaVersion: 1, strengthLevels: { high: { subject: 'warn' } } });
      if (!strict.ok || !lax.ok) throw new Error('policy rejected');
      expect(scan(msg({ subject: 'Boudreaux echo moved to Tuesday' }), strict.policy).action).toBe('block');
      expect(scan(msg({ subject: 'MRN 00451782' }), lax.policy).action).toBe('warn');
      const off = parsePolicy({ schemaVersion: 1, strengthLevels: { medium: { subject: 'off' } } });
      if (!off.ok) throw new Error('policy rejected');
      expect(scan(msg({ subject: 'Boudreaux echo moved to Tuesday' }), off.policy).action).toBe('allow');
    });
    test('recipient findings and mass disclosure are medium', () => {
      const v = scan(msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] }));
      expect(v.findings.map((f) => f.strength)).toEqual(['medium']);
    });
  });

  test('spans point into the original string through Unicode evasions', () => {
    const m = msg({ subject: 'mrn ４００４\u200B２６１０ scanned' });
    expect(texts(m)).toEqual([['subject', 'mrn', 'mrn ４００４\u200B２６１０', 'block']]);
  });

  test('a name with health context blocks; either alone does not', () => {
    expect(texts(msg({ subject: 'Pt Ada Quill - abnormal CT' }))).toEqual([['subject', COMBINATION_ID, 'Ada Quill', 'block']]);
    expect(scan(msg({ subject: 'Ada Quill - lunch order' })).action).toBe('allow');
    expect(scan(msg({ subject: 'Abnormal CT workflow review' })).action).toBe('allow');
  });

  test('topic words cancel a lone surname, not a full name', () => {
    expect(scan(msg({ attachments: [{ name: 'Quill_Heart_Failure_Update_2025.pptx' }] })).action).toBe('allow');
    expect(scan(msg({ attachments: [{ name: 'Quill_Ada_Heart_Failure_Update_2025.pptx' }] })).action).toBe('block');
  });

  test('a marked date of birth blocks alone; an unmarked old date needs health context', () => {
    expect(texts(msg({ subject: 'DOB 04/12/1961 for the form' }))).toEqual([['subject', 'dob', 'DOB 04/12/1961', 'block']]);
    expect(scan(msg({ subject: 'Contract signed 04/12/1961' })).action).toBe('allow');
    expect(texts(msg({ subject: 'A.Q. 12.03.62 - fall on 3W' })).map((f) => f[1])).toContain(COMBINATION_ID);
  });

  test('an attachment name is scanned like the subject and fixed by renaming', () => {
    const v = scan(msg({ attachments: [{ name: 'image001.png' }, { name: 'Quill_Ada_CT_MRN-1146090670.pdf' }] }));
    expect(v.action).toBe('block');
    expect(v.findings.map((f) => [f.field, f.index, f.detectorId, f.fix?.kind])).toEqual([
      ['attachments', 1, COMBINATION_ID, 'rename-attachment'],
      ['attachments', 1, 'mrn', 'rename-attachment'],
    ]);
  });

  test('a recipient revealing health information warns, with the bare-address fix', () => {
    const m = msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] });
    const v = scan(m);
    expect(v.action).toBe('warn');
    expect(v.findings.map((f) => [f.field, f.index, f.part, f.detectorId, f.fix?.kind])).toEqual([
      ['to', 0, 'displayName', 'recipient-health', 'use-bare-address'],
    ]);
  });

  test('the worst finding decides the verdict', () => {
    const m = msg({
      subject: 'MRN 00451782',
      to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }],
    });
    expect(scan(m).action).toBe('block');
  });
});

describe('mass disclosure', () => {
  const health = 'Cardiac rehab schedule change';
  test('three personal addresses in To on a health-related message warn, one finding each', () => {
    const v = scan(msg({ subject: health, to: personal(3) }));
    expect(v.action).toBe('warn');
    expect(v.findings.map((f) => [f.field, f.index, f.detectorId, f.fix?.kind])).toEqual([
      ['to', 0, 'mass-disclosure', 'move-to-bcc'],
      ['to', 1, 'mass-disclosure', 'move-to-bcc'],
      ['to', 2, 'mass-disclosure', 'move-to-bcc'],
    ]);
  });
  test('below the threshold, in Bcc, or without health context it is fine', () => {
    expect(scan(msg({ subject: health, to: personal(2) })).action).toBe('allow');
    expect(scan(msg({ subject: health, to: [], bcc: personal(8) })).action).toBe('allow');
    expect(scan(msg({ subject: 'PTA meeting agenda', to: personal(8) })).action).toBe('allow');
  });
  test('To and Cc count together; internal and BAA domains do not count', () => {
    expect(scan(msg({ subject: health, to: personal(2), cc: personal(1, 'yahoo.com') })).action).toBe('warn');
    const p = parsePolicy({ schemaVersion: 1, org: { baaDomains: ['gmail.com'] } });
    if (!p.ok) throw new Error('policy');
    expect(scan(msg({ subject: health, to: personal(5) }), p.policy).action).toBe('allow');
  });
  test('a consumer provider counts under any country\'s domain, and a national provider by its name', () => {
    for (const domain of ['yahoo.co.uk', 'hotmail.fr', 'gmx.de', 'libero.it', 'naver.com', 'uol.com.br']) {
      expect(scan(msg({ subject: health, to: personal(2), cc: personal(1, domain) })).action).toBe('warn');
    }
    // An organisation whose name only contains a provider's ("orangeburg-clinic.org") is not one.
    expect(scan(msg({ subject: health, to: personal(2), cc: personal(1, 'orangeburg-clinic.org') })).action).toBe('allow');
  });
  test('group prenatal care and a lactation class in Spanish are health context', () => {
    for (const subject of ['CenteringPregnancy group moves to Wednesday 6pm', 'Recordatorio: clase de lactancia el martes']) {
      expect(scan(msg({ subject, to: personal(3) })).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
    }
  });
  test('donors and volunteers are not patients, unless the message speaks of their own care', () => {
    expect(scan(msg({ subject: 'Blood drive volunteers: CPR refresher Saturday', to: personal(4) })).action).toBe('allow');
    expect(scan(msg({ subject: 'Next steps in your donor evaluation (labs + CT)', to: personal(3) })).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  });
  test("the board's business goes to trustees, not patients", () => {
    expect(scan(msg({ subject: 'Board retreat agenda - future of OB services', to: personal(4) })).action).toBe('allow');
  });
  test('students of a simulation are learners, not patients', () => {
    expect(scan(msg({ subject: 'Sim lab Thursday - bring stethoscopes and scrubs', to: personal(4) })).action).toBe('allow');
    // Radiation oncology's CT simulation is a patient's planning scan.
    expect(scan(msg({ subject: 'Your CT simulation appointment - radiation oncology, bring meds list', to: personal(4) })).action).not.toBe('allow');
    expect(scan(msg({ subject: 'Lab results letters went out Thursday', to: personal(4) })).action).not.toBe('allow');
  });
  test('the threshold comes from the policy', () => {
    const p = parsePolicy({ schemaVersion: 1, org: { massDisclosureThreshold: 6 } });
    if (!p.ok) throw new Error('policy');
    expect(scan(msg({ subject: health, to: personal(5) }), p.policy).action).toBe('allow');
    expect(scan(msg({ subject: health, to: personal(6) }), p.policy).action).toBe('warn');
  });
});

describe('policy levels', () => {
  const withRule = (over: object) => {
    const p = parsePolicy({ schemaVersion: 1, ...over });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    return p.policy;
  };
  const m = msg({ subject: 'MRN 00451782 - consent' });
  test('block, warn and off per field group', () => {
    expect(scan(m, withRule({ rules: { mrn: { subject: 'warn', recipients: 'warn', attachments: 'block' } } })).action).toBe('warn');
    expect(scan(m, withRule({ rules: { mrn: { subject: 'off', recipients: 'warn', attachments: 'block' } } })).action).toBe('allow');
  });
  test('provider identifiers are off by default and can be switched on', () => {
    const npiMsg = msg({ subject: 'New provider onboarding, NPI 1234567893' });
    expect(scan(npiMsg).action).toBe('allow');
    expect(scan(npiMsg, withRule({ rules: { npi: { subject: 'warn', recipients: 'off', attachments: 'warn' } } })).action).toBe('warn');
  });
  test('the combination rule has its own levels', () => {
    const p = withRule({ combinations: { identityWithHealth: { subject: 'warn', recipients: 'warn', attachments: 'block' } } });
    expect(scan(msg({ subject: 'Pt Ada Quill - abnormal CT' }), p).action).toBe('warn');
  });
  test('organisation MRN formats, extra health terms and the allow-list', () => {
    const p = withRule({ org: { mrnFormats: [{ name: 'Example', pattern: 'E\\d{7}' }], extraHealthTerms: ['zorblax'], allowTerms: ['echo'] } });
    expect(scan(msg({ subject: 'Quill, Ada (E7051713)' }), p).action).toBe('block');
    expect(scan(msg({ subject: 'Ada Quill zorblax' }), p).action).toBe('block');
    expect(scan(msg({ subject: 'Ada Quill echo' }), p).action).toBe('allow');
    expect(scan(msg({ subject: 'Ada Quill echo' })).action).toBe('block');
  });
});

describe('properties the add-in relies on', () => {
  const m = msg({
    subject: 'Pt Ada Quill DOB 3/14/58 abnormal CT, MRN 00451782',
    attachments: [{ name: 'Quill_Ada_CT_report.pdf' }],
    to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }],
  });

  test('findings never carry the matched text', () => {
    const json = JSON.stringify(scan(m));
    for (const secret of ['Quill', '00451782', '3/14/58', 'dialysis']) expect(json).not.toContain(secret);
  });

  test('the same input gives the same verdict, and the input is not modified', () => {
    const copy = JSON.parse(JSON.stringify(m));
    const a = scan(m);
    const b = scan(m);
    expect(b).toEqual(a);
    expect(m).toEqual(copy);
  });

  test('every span lies inside its field string', () => {
    for (const f of scan(m).findings) {
      const value = f.field === 'subject' ? m.subject : f.field === 'attachments' ? m.attachments[f.index!].name : m[f.field][f.index!][f.part!];
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(value.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  test('missing and odd field values do not throw', () => {
    const odd = { subject: undefined, to: [{ displayName: undefined, emailAddress: 'x' }], cc: [], bcc: [], attachments: [{ name: undefined }] } as unknown as Message;
    expect(scan(odd).action).toBe('allow');
  });
});
