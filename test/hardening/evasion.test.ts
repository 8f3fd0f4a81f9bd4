import { Message, defaultPolicy, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/**
 * Tricks a hurried or careless sender might use (or that copy-paste produces),
 * which must still be caught. All names and numbers are fictitious.
 */
const policy = defaultPolicy();
const subject = (s: string): Message => msg({ subject: s });
const rulesOf = (m: Message) => scanMessage(m, policy).findings.map((f) => `${f.field}:${f.detectorId}:${f.action}`);

describe('evasion: still caught in the subject', () => {
  test.each([
    ['full-width digits', 'MRN ００４５１７８２ consent', 'subject:mrn:block'],
    ['Arabic-Indic digits', 'MRN ٠٠٤٥١٧٨٢ consent', 'subject:mrn:block'],
    ['zero-width characters inside a number', 'SSN 536\u200b-22\u200c-4417', 'subject:ssn:block'],
    ['zero-width character inside a name', 'Maria Lo\u200bpez CT results abnormal', 'subject:identity+health:block'],
    ['word joiner and soft hyphen inside a number', 'MRN 0045\u20601782\u00ad', 'subject:mrn:block'],
    ['digits spaced out', 'mrn 0 0 4 5 1 7 8 2', 'subject:mrn:block'],
    ['digits dotted', 'SSN 536.22.4417', 'subject:ssn:block'],
    ['O for 0 after a keyword', 'MRN: 0O451782', 'subject:mrn:block'],
    ['l for 1 after a keyword', 'SSN 536-22-44l7', 'subject:ssn:block'],
    ['I for 1 after a keyword', 'Member ID 77I4200913', 'subject:member-id:block'],
    ['keyword with dots', 'M.R.N. 00451782', 'subject:mrn:block'],
    ['keyword with dashes', 'M-R-N 00451782', 'subject:mrn:block'],
    ['keyword spelled out', 'S S N 536-22-4417', 'subject:ssn:block'],
    ['name in ALL CAPS next to a diagnosis', 'ADA QUILL - NEW DX BREAST CANCER', 'subject:identity+health:block'],
    // Medium evidence since the confidence tiers (a pair typed all in lower case, no cue): still caught, warned.
    ['name in lower case next to a diagnosis', 'maria lopez new dx breast cancer', 'subject:identity+health:warn'],
    ['name next to an upper-case test abbreviation', 'Maria Lopez CT results abnormal', 'subject:identity+health:block'],
    ['right-to-left override around a number', 'MRN \u202e28715400\u202c', 'subject:mrn:block'],
  ])('%s: %j', (_why, text, expected) => {
    expect(rulesOf(subject(text))).toContain(expected);
  });
});

describe('evasion: split across the subject and a file name is at least warned', () => {
  test('a name in the subject, the test in the file name', () => {
    expect(rulesOf(msg({ subject: 'Ada Quill', attachments: [{ name: 'CT_chest_report.pdf' }] }))).toEqual(['subject:identity+health:warn']);
  });
  test('the diagnosis in the subject, the name as the file name', () => {
    expect(rulesOf(msg({ subject: 'biopsy results attached', attachments: [{ name: 'Quill_Ada.pdf' }] }))).toEqual(['attachments:identity+health:warn']);
  });
  test('the keyword in the subject, the number as the file name', () => {
    expect(rulesOf(msg({ subject: 'Consent for MRN below', attachments: [{ name: '00451782.pdf' }] }))).toEqual(['attachments:mrn:warn']);
    expect(rulesOf(msg({ subject: 'Medicaid eligibility check - number attached', attachments: [{ name: '55120934.pdf' }] }))).toEqual(['attachments:member-id:warn']);
  });
  test('each half alone is clean, and unrelated halves are not joined', () => {
    expect(rulesOf(msg({ subject: 'Ada Quill' }))).toEqual([]);
    expect(rulesOf(msg({ attachments: [{ name: 'CT_chest_report.pdf' }] }))).toEqual([]);
    expect(rulesOf(msg({ subject: 'Invoice 20240318', attachments: [{ name: '00451782.pdf' }] }))).toEqual([]);
    // A number labelled as a purchase order, or a time range, is not a bare identifier.
    expect(rulesOf(msg({ subject: 'PO 5519027 - member ID card envelopes', attachments: [{ name: 'PO_5519027.pdf' }] }))).toEqual([]);
    // Nor is a protocol's or a grant's number: "MRN" as a column name beside it names no one.
    expect(rulesOf(msg({ subject: 'IRB 2024-118 data pull - fields list', attachments: [{ name: 'IRB2024-118_fields_MRN_template.xlsx' }] }))).toEqual([]);
    expect(rulesOf(msg({ subject: 'Member ID card redesign - committee notes', attachments: [{ name: 'Committee_Minutes_2025-03.docx' }] }))).toEqual([]);
    // A keyword before an organisation's word names a payer or a team, not a number.
    expect(rulesOf(msg({ subject: 'ERA not posting - Harbor Medicaid MCO, trace below', attachments: [{ name: 'ERA_4417720.txt' }] }))).toEqual([]);
    expect(rulesOf(msg({ subject: 'Member Services call volumes', attachments: [{ name: 'Queue_4417720.xlsx' }] }))).toEqual([]);
    expect(rulesOf(msg({ subject: 'Maintenance 2300-0100 Sat: patient ID lookup down', attachments: [{ name: 'Downtime_patient_ID_lookup.pdf' }] }))).toEqual([]);
    // A number written as a telephone number is a phone line, not a record's number.
    expect(rulesOf(msg({ subject: 'Medicaid outreach - new phone line 555-0119', attachments: [{ name: 'Medicaid_outreach_flyer.pdf' }] }))).toEqual([]);
    // A topic field ("education flyer") is not health about a person.
    expect(rulesOf(msg({ subject: 'Ada Quill', attachments: [{ name: 'diabetes_education_flyer.pdf' }] }))).toEqual([]);
  });
  test('a policy with the combination off reports no split finding either', () => {
    const off = defaultPolicy();
    off.combinations.identityWithHealth = { subject: 'off', recipients: 'off', attachments: 'off' };
    expect(scanMessage(msg({ subject: 'Ada Quill', attachments: [{ name: 'CT_chest_report.pdf' }] }), off).findings).toEqual([]);
  });
});
