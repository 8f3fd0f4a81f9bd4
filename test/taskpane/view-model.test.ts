import { defaultPolicy, scanMessage } from '../../src/engine';
import { SUBJECT_MAX, groupFindings, highlight, neutralName, planSubjectFix, recipientFixes, ruleLabel } from '../../src/taskpane/view-model';
import { msg, personal } from '../support/messages';

const policy = defaultPolicy();

describe('groupFindings', () => {
  test('groups by field in pane order, with highlighted segments of the original text', () => {
    const m = msg({
      subject: 'Pt Ada Quill - MRN 00451782',
      to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }],
      attachments: [{ name: 'image001.png' }, { name: 'Quill_Ada_CT.pdf' }],
    });
    const groups = groupFindings(m, scanMessage(m, policy));
    expect(groups.map((g) => [g.title, g.action])).toEqual([
      ['Subject', 'block'],
      ['To', 'warn'],
      ['Attachments', 'block'],
    ]);
    expect(groups[0].items[0].segments.map((s) => [s.text, s.finding !== undefined])).toEqual([
      ['Pt ', false],
      ['Ada Quill', true],
      [' - ', false],
      ['MRN 00451782', true],
    ]);
    expect(groups[2].items[0].index).toBe(1);
    expect(groups[1].why).toMatch(/visible to everyone/);
    expect(ruleLabel(groups[0].items[0].findings[1])).toBe('medical record number');
  });

  test('a clean message has no groups', () => {
    const m = msg({ subject: 'Staff meeting' });
    expect(groupFindings(m, scanMessage(m, policy))).toEqual([]);
  });
});

describe('highlight', () => {
  const f = (start: number, end: number) => ({ start, end }) as never;
  test.each([
    ['abcdef', [], [['abcdef', false]]],
    ['abcdef', [f(0, 6)], [['abcdef', true]]],
    ['abcdef', [f(1, 3), f(2, 5)], [['a', false], ['bc', true], ['de', true], ['f', false]]],
    ['abcdef', [f(4, 99)], [['abcd', false], ['ef', true]]],
    ['', [], [['', false]]],
  ])('%s with %j', (value, spans, expected) => {
    expect(highlight(value as string, spans as never).map((s) => [s.text, s.finding !== undefined])).toEqual(expected);
  });
});

describe('planSubjectFix', () => {
  const mrn = { start: 0, end: 12, detectorId: 'mrn' };
  test('placeholder keeps the rest as typed', () => {
    expect(planSubjectFix('MRN 00451782 - consent', mrn, 'placeholder')).toEqual({ subject: '[MRN removed] - consent', removed: 'MRN 00451782' });
  });
  test('remove tidies the separators left behind', () => {
    expect(planSubjectFix('MRN 00451782 - consent', mrn, 'remove').subject).toBe('consent');
    const s = 'Pt Ada Quill, DOB 3/14/58 - abnormal CT';
    expect(planSubjectFix(s, { start: 3, end: 12, detectorId: 'identity+health' }, 'remove').subject).toBe('Pt - DOB 3/14/58 - abnormal CT');
    expect(planSubjectFix(s, { start: 3, end: 12, detectorId: 'identity+health' }, 'placeholder').subject).toBe('Pt [patient], DOB 3/14/58 - abnormal CT');
  });
  test('keeps RE:/FW: prefixes', () => {
    const s = 'RE: FW: MRN 00451782 consent';
    expect(planSubjectFix(s, { start: 8, end: 20, detectorId: 'mrn' }, 'remove').subject).toBe('RE: FW: consent');
    expect(planSubjectFix('Re[2]: MRN 00451782', { start: 7, end: 19, detectorId: 'mrn' }, 'remove').subject).toBe('Re[2]:');
  });
  test('stays within the 255-character subject limit', () => {
    const long = 'MRN 1 ' + 'x'.repeat(250);
    const plan = planSubjectFix(long, { start: 0, end: 5, detectorId: 'mrn' }, 'placeholder');
    expect(plan.subject.length).toBe(SUBJECT_MAX);
    expect(plan.subject.startsWith('[MRN removed]')).toBe(true);
  });
});

test('neutralName keeps the extension and avoids the other names', () => {
  expect(neutralName('Quill_Ada_CT_report.PDF', [])).toBe('attachment-1.pdf');
  expect(neutralName('Quill_Ada_CT_report.pdf', ['attachment-1.pdf', 'ATTACHMENT-2.PDF'])).toBe('attachment-3.pdf');
  expect(neutralName('no-extension', [])).toBe('attachment-1');
  expect(neutralName('weird.name.with spaces', [])).toBe('attachment-1');
});

test('recipient fixes: bare address for names, Bcc for exposure', () => {
  const named = msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] });
  expect(recipientFixes(scanMessage(named, policy).findings[0])).toEqual(['use-bare-address', 'remove-recipient']);
  const exposed = msg({ subject: 'Cardiac rehab schedule change', to: personal(3) });
  expect(recipientFixes(scanMessage(exposed, policy).findings[0])).toEqual(['move-to-bcc', 'remove-recipient']);
});
