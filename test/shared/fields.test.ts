import { COMBINATION_ID, Finding, Message } from '../../src/engine';
import { fieldValue, ruleLabel, sentenceCase } from '../../src/shared/fields';

/** The helpers the task pane, the settings pane and the CLI share (issue 17 item 15). */
const m: Message = {
  subject: 'MRN 00451782',
  to: [{ displayName: 'Ada Quill (dialysis)', emailAddress: 'ada.quill@gmail.com' }],
  cc: [],
  bcc: [{ displayName: 'Bea Ortiz', emailAddress: 'bea.ortiz@example.org' }],
  attachments: [{ name: 'notes.pdf' }, { name: 'Quill_Ada.pdf' }],
};

describe('fieldValue', () => {
  test.each([
    [{ field: 'subject' }, 'MRN 00451782'],
    [{ field: 'to', index: 0, part: 'displayName' }, 'Ada Quill (dialysis)'],
    [{ field: 'to', index: 0, part: 'emailAddress' }, 'ada.quill@gmail.com'],
    [{ field: 'bcc', index: 0, part: 'emailAddress' }, 'bea.ortiz@example.org'],
    [{ field: 'attachments', index: 1 }, 'Quill_Ada.pdf'],
    [{ field: 'cc', index: 3, part: 'displayName' }, ''],
    [{ field: 'attachments', index: 7 }, ''],
  ] as [Pick<Finding, 'field' | 'index' | 'part'>, string][])('%j is %j', (f, value) => {
    expect(fieldValue(m, f)).toBe(value);
  });
});

describe('rule labels', () => {
  test('without the article, and in sentence case for titles', () => {
    expect(ruleLabel({ detectorId: 'mrn', messageId: 'found' })).toBe('medical record number');
    expect(ruleLabel({ detectorId: 'age-over-89', messageId: 'found' })).toBe('age over 89');
    expect(ruleLabel({ detectorId: COMBINATION_ID, messageId: 'found' })).toBe('patient name together with health information');
    expect(sentenceCase(ruleLabel({ detectorId: 'npi', messageId: 'found' }))).toBe('Provider NPI');
  });
});
