import { Message, defaultPolicy, scanMessage } from '../../src/engine';
import { type FixStep, SUBJECT_SET_MAX } from '../../src/office/fixes';
import { GroupView, fitSubject, highlight, moveAllToBcc, neutralName, paneView, placeholder, planSubjectFix, ruleLabel, subjectClauses } from '../../src/taskpane/view-model';
import { msg, personal } from '../support/messages';

const policy = defaultPolicy();

/** The pane's view of a message, as the task pane plans it (attachment ids as the fake mailbox gives them). */
function view(m: Message): GroupView[] {
  return paneView({ message: m, attachments: m.attachments.map((a, i) => ({ id: `att${i}`, name: a.name })), verdict: scanMessage(m, policy), policy, env: { isSetSupported: () => true } });
}
const labels = (g: GroupView) => g.items.map((i) => i.rows.map((r) => r.fixes.map((f) => f.label)));

describe('paneView', () => {
  test('groups by field in pane order, with highlighted segments of the original text', () => {
    const m = msg({
      subject: 'Pt Ada Quill - MRN 00451782',
      to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }],
      attachments: [{ name: 'image001.png' }, { name: 'Quill_Ada_CT.pdf' }],
    });
    const groups = view(m);
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
    expect(groups[0].items[0].rows.map((r) => r.rules)).toEqual([['Patient name together with health information'], ['Medical record number']]);
    expect(groups[2].items[0].index).toBe(1);
    expect(groups[1].why).toMatch(/visible to everyone/);
    // Every row has its place, in the order shown: focus returns there after a fix.
    expect(groups.flatMap((g) => g.items.flatMap((i) => i.rows.map((r) => r.position)))).toEqual([0, 1, 2, 3]);
  });

  test('a clean message has no groups', () => {
    expect(view(msg({ subject: 'Staff meeting' }))).toEqual([]);
  });

  test('ruleLabel drops the article', () => {
    const f = scanMessage(msg({ subject: 'MRN 00451782' }), policy).findings[0];
    expect(ruleLabel(f)).toBe('medical record number');
  });
});

describe('item 1: a fix is offered only where it clears its finding', () => {
  test('an address that itself reveals health information: Remove only, and why Bcc does not help', () => {
    // The "Warn only" sample: a list whose name and address both name a condition.
    const groups = view(msg({ subject: 'Support group flyer', to: [{ displayName: 'HIV Clinic Patients', emailAddress: 'hiv-clinic-patients@examplehealth.org' }] }));
    expect(groups).toHaveLength(1);
    const [item] = groups[0].items;
    // One recipient, shown once, with one row (not one per part).
    expect(groups[0].items).toHaveLength(1);
    expect(item.rows).toHaveLength(1);
    expect(item.rows[0].fixes.map((f) => f.label)).toEqual(['Remove recipient']);
    expect(item.rows[0].advice).toMatch(/^Bcc does not help here: the address itself reveals health information/);
  });

  test('a bare recipient (the address as its name, as Outlook shows it) is shown once, with no "Use the address only"', () => {
    const bare = 'hiv-clinic-patients@examplehealth.org';
    const groups = view(msg({ to: [{ displayName: bare, emailAddress: bare }] }));
    const [item] = groups[0].items;
    expect(item.segments.map((s) => s.text).join('')).toBe(bare);
    expect(labels(groups[0])).toEqual([[['Remove recipient']]]);
  });

  test('a display name that carries health information: the bare address clears it; Bcc does not (Bcc names are flagged too), so it is not offered', () => {
    const groups = view(msg({ to: [{ displayName: 'Ada Quill (dialysis pt)', emailAddress: 'ada.quill@gmail.com' }] }));
    expect(labels(groups[0])).toEqual([[['Use the address only', 'Remove recipient']]]);
    expect(groups[0].items[0].rows[0].advice).toBeUndefined();
  });

  test('mass disclosure: Bcc clears it, one at a time or all at once', () => {
    const groups = view(msg({ subject: 'Cardiac rehab schedule change', to: personal(3) }));
    expect(groups[0].fixes.map((f) => f.label)).toEqual(['Move all 3 to Bcc']);
    expect(labels(groups[0])).toEqual([[['Move to Bcc', 'Remove recipient']], [['Move to Bcc', 'Remove recipient']], [['Move to Bcc', 'Remove recipient']]]);
  });

  test('a recipient with two findings: each fix is offered for what it clears', () => {
    const groups = view(msg({ subject: 'Cardiac rehab schedule change', to: [{ displayName: 'Bea Ortiz (cardiac pt)', emailAddress: 'bea.ortiz@gmail.com' }, ...personal(2)] }));
    const [row] = groups[0].items[0].rows;
    expect(row.rules).toEqual(['Health information about the recipient', expect.stringMatching(/personal/i)]);
    expect(row.fixes.map((f) => [f.label, f.clears.map((c) => c.detectorId)])).toEqual([
      ['Use the address only', ['recipient-health']],
      ['Move to Bcc', ['mass-disclosure']],
      ['Remove recipient', ['recipient-health', 'mass-disclosure']],
    ]);
  });

  test.each(['RE: MRN 00451782 - consent before OR', 'Call 555-201-3344 re dialysis results', 'Robert Thompson renal failure follow-up'])('%s: every subject fix offered leaves a clean subject', (subject) => {
    const groups = view(msg({ subject }));
    const [row] = groups[0].items[0].rows;
    expect(row.fixes.map((f) => f.label.replace(/ ".*"/, ''))).toEqual(['Replace with', 'Remove', 'Move to body']);
    for (const fix of row.fixes) {
      const after = msg({ subject: (fix.step as Extract<FixStep, { kind: 'subject' }>).subject });
      expect(scanMessage(after, policy).findings).toEqual([]);
    }
  });
});

describe('item 2: subject fixes never lose text', () => {
  // 308 characters, the finding in the last sentence (every name is fictitious).
  const LONG =
    "Follow-up from Monday's multidisciplinary team meeting. Please review the attached notes before Friday and add anything missed. Dr. Lena Marsh will chair next week and asks that each team brings its updated caseload list. We also need to talk about the case of Robert Thompson and his worsening renal failure";
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const finding = () => scanMessage(msg({ subject: LONG }), policy).findings.find((f) => f.field === 'subject')!;

  test('the sample is the one in the issue', () => {
    expect(LONG).toHaveLength(308);
    expect(LONG.slice(finding().start, finding().end)).toBe('Robert Thompson');
  });

  test.each(['placeholder', 'remove', 'move'] as const)('%s: within 255 characters, no word cut, every other word in the subject or the body', (mode) => {
    const f = finding();
    const plan = planSubjectFix(LONG, f, mode);
    expect(plan.subject.length).toBeLessThanOrEqual(SUBJECT_SET_MAX);
    const original = words(LONG);
    // Whole words only: the subject is the original's first words (a cut never lands inside one).
    expect(original.slice(0, words(plan.subject).length)).toEqual(words(plan.subject));
    const kept = [...words(plan.subject), ...plan.toBody.flatMap(words)];
    const expected = mode === 'move' ? original : words(LONG.slice(0, f.start) + (mode === 'placeholder' ? placeholder(f) : '') + LONG.slice(f.end));
    expect(kept.sort()).toEqual(expected.sort());
    expect(plan.moved).toMatch(/ now at the top of the body\.$/);
  });

  test('move takes the whole sentence that holds the finding, not only the name', () => {
    const plan = planSubjectFix(LONG, finding(), 'move');
    expect(plan.toBody).toEqual(['We also need to talk about the case of Robert Thompson and his worsening renal failure']);
    expect(plan.subject).toBe(LONG.slice(0, LONG.indexOf(' We also')));
    expect(plan.moved).toBe('The part of the subject that holds the finding (86 characters) is now at the top of the body.');
  });

  test('replace over the limit: the subject ends at a whole sentence, the rest moves and the user is told how much', () => {
    const plan = planSubjectFix(LONG, finding(), 'placeholder');
    expect(plan.subject.endsWith('updated caseload list.')).toBe(true);
    expect(plan.toBody).toEqual(['We also need to talk about the case of [patient] and his worsening renal failure']);
    expect(plan.moved).toBe("The end of the subject (80 characters), which did not fit Outlook's 255-character limit, is now at the top of the body.");
  });

  test('a short subject: placeholder and remove leave the body alone; move takes the clause', () => {
    const mrn = { start: 0, end: 12, detectorId: 'mrn', messageId: 'found' };
    expect(planSubjectFix('MRN 00451782 - consent', mrn, 'placeholder')).toEqual({ subject: '[MRN removed] - consent', toBody: [], moved: undefined });
    expect(planSubjectFix('MRN 00451782 - consent', mrn, 'remove').subject).toBe('consent');
    expect(planSubjectFix('MRN 00451782 - consent', mrn, 'move')).toMatchObject({ subject: 'consent', toBody: ['MRN 00451782'] });
    const s = 'Pt Ada Quill, DOB 3/14/58 - abnormal CT';
    const name = { start: 3, end: 12, detectorId: 'identity+health', messageId: 'found' };
    expect(planSubjectFix(s, name, 'remove').subject).toBe('Pt - DOB 3/14/58 - abnormal CT');
    expect(planSubjectFix(s, name, 'placeholder').subject).toBe('Pt [patient], DOB 3/14/58 - abnormal CT');
  });

  test('keeps RE:/FW: prefixes', () => {
    const s = 'RE: FW: MRN 00451782 consent';
    const mrn = { start: 8, end: 20, detectorId: 'mrn', messageId: 'found' };
    expect(planSubjectFix(s, mrn, 'remove').subject).toBe('RE: FW: consent');
    expect(planSubjectFix('Re[2]: MRN 00451782', { ...mrn, start: 7, end: 19 }, 'remove').subject).toBe('Re[2]:');
    expect(planSubjectFix('RE: MRN 00451782 - consent before OR', { ...mrn, start: 4, end: 16 }, 'move')).toMatchObject({ subject: 'RE: consent before OR', toBody: ['MRN 00451782'] });
  });

  test('a word longer than the limit moves whole; a subject that is one such word is cut at the limit, and the rest still moves', () => {
    const long = 'MRN 1 ' + 'x'.repeat(300);
    const plan = planSubjectFix(long, { start: 0, end: 5, detectorId: 'mrn', messageId: 'found' }, 'placeholder');
    expect(plan).toMatchObject({ subject: '[MRN removed]', toBody: ['x'.repeat(300)] });
    const word = fitSubject('y'.repeat(300));
    expect(word.subject).toHaveLength(SUBJECT_SET_MAX);
    expect(word.subject + word.overflow).toBe('y'.repeat(300));
  });

  test('clauses: sentences, semicolons, colons and spaced dashes; not abbreviations or decimals', () => {
    const cut = (s: string) => subjectClauses(s, 0).map(([a, b]) => s.slice(a, b));
    expect(cut('Seen by Dr. Quill today. Dose 2.5 mg; recheck - Friday: ward 4')).toEqual(['Seen by Dr. Quill today.', 'Dose 2.5 mg;', 'recheck', 'Friday', 'ward 4']);
    expect(cut('follow-up A. Quill re CT')).toEqual(['follow-up A. Quill re CT']);
    expect(fitSubject('short')).toEqual({ subject: 'short', overflow: '' });
  });
});

describe('item 5: names, order and placeholders', () => {
  test('two flagged attachments are never offered the same new name, nor one already attached', () => {
    const groups = view(msg({ attachments: [{ name: 'attachment-1.pdf' }, { name: 'Quill_Ada_CT_report.pdf' }, { name: 'Quill_Ada_MRI_report.pdf' }] }));
    expect(labels(groups[0])).toEqual([[['Rename to "attachment-2.pdf"']], [['Rename to "attachment-3.pdf"']]]);
  });

  test('"Move all to Bcc" keeps the recipients\' order (To first, then Cc)', () => {
    const to = personal(2);
    const cc = personal(4, 'yahoo.com');
    const lists = moveAllToBcc({ to, cc, bcc: [] }, [{ field: 'cc', index: 3 }, { field: 'to', index: 1 }, { field: 'cc', index: 0 }, { field: 'to', index: 0 }]);
    expect(lists.bcc.map((r) => r.emailAddress)).toEqual(['person0@gmail.com', 'person1@gmail.com', 'person0@yahoo.com', 'person3@yahoo.com']);
    expect(lists.cc.map((r) => r.emailAddress)).toEqual(['person1@yahoo.com', 'person2@yahoo.com']);
    const groups = view(msg({ subject: 'Cardiac rehab schedule change', to: personal(3) }));
    const step = groups[0].fixes[0].step as Extract<FixStep, { kind: 'recipients' }>;
    expect(step.bcc.map((r) => r.emailAddress)).toEqual(['person0@gmail.com', 'person1@gmail.com', 'person2@gmail.com']);
  });

  test.each([
    ['Call 555-201-3344 re dialysis results', '[phone removed]'],
    ['MRN 00451782 - consent', '[MRN removed]'],
    ['Robert Thompson renal failure follow-up', '[patient]'],
  ])('%s: the placeholder fits the finding (%s)', (subject, expected) => {
    const groups = view(msg({ subject }));
    expect(groups[0].items[0].rows[0].fixes[0].label).toBe(`Replace with "${expected}"`);
  });

  test('placeholder never offers "[patient]" for a phone number, an address or a date', () => {
    expect(placeholder({ detectorId: 'identity+health', messageId: 'phone' })).toBe('[phone removed]');
    expect(placeholder({ detectorId: 'identity+health', messageId: 'street-address' })).toBe('[address removed]');
    expect(placeholder({ detectorId: 'identity+health', messageId: 'personal-email' })).toBe('[e-mail removed]');
    expect(placeholder({ detectorId: 'identity+health', messageId: 'probable' })).toBe('[date removed]');
    expect(placeholder({ detectorId: 'dob', messageId: 'found' })).toBe('[DOB removed]');
  });
});

describe('highlight', () => {
  const f = (start: number, end: number) => ({ start, end });
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

test('neutralName keeps the extension and avoids the other names', () => {
  expect(neutralName('Quill_Ada_CT_report.PDF', [])).toBe('attachment-1.pdf');
  expect(neutralName('Quill_Ada_CT_report.pdf', ['attachment-1.pdf', 'ATTACHMENT-2.PDF'])).toBe('attachment-3.pdf');
  expect(neutralName('no-extension', [])).toBe('attachment-1');
  expect(neutralName('weird.name.with spaces', [])).toBe('attachment-1');
});
