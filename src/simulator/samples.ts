import type { Message } from '../engine';

/** Sample messages for the compose simulator. Every name, number and address is fictitious. */
export interface Sample {
  id: string;
  label: string;
  /** What the default policy does with it, shown on the button's tooltip. */
  expect: string;
  message: Message;
  body: string;
}

const me = 'me@examplehealth.org';
const colleague = { displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' };

export const SAMPLES: Sample[] = [
  {
    id: 'clean',
    label: 'Clean',
    expect: 'Sends without a prompt.',
    message: { subject: 'Staff meeting moved to Thursday 2 pm', to: [{ displayName: 'Ward 4 Nurses', emailAddress: 'ward4-nurses@examplehealth.org' }], cc: [], bcc: [], attachments: [{ name: 'agenda.docx', size: 18000 }], senderAddress: me },
    body: 'Hi all,\nThe staff meeting moves to Thursday at 2 pm in room B12. Agenda attached.',
  },
  {
    id: 'mrn',
    label: 'MRN in subject',
    expect: 'Blocked: a medical record number in the subject.',
    message: { subject: 'RE: MRN 00451782 - consent before OR', to: [colleague], cc: [], bcc: [], attachments: [], senderAddress: me },
    body: 'Consent form is signed; please check the anaesthesia note before 7 am.',
  },
  {
    id: 'file',
    label: 'Patient file name',
    expect: 'Blocked: a patient name with a test in an attachment name.',
    message: { subject: 'CT report for your review', to: [{ displayName: 'Dr. Lena Marsh', emailAddress: 'l.marsh@examplehealth.org' }], cc: [], bcc: [], attachments: [{ name: 'Quill_Ada_CT_report.pdf', size: 240000 }, { name: 'image001.png', size: 4000 }], senderAddress: me },
    body: 'Report attached, as discussed on rounds.',
  },
  {
    id: 'mass',
    label: 'Mass disclosure in Cc',
    expect: 'Warned: several personal addresses can see each other on a health-related message.',
    message: {
      subject: 'Diabetes education class - new date',
      to: [{ displayName: 'Community Outreach', emailAddress: 'outreach@examplehealth.org' }],
      cc: [
        { displayName: 'Jo Brandt', emailAddress: 'jo.brandt72@gmail.com' },
        { displayName: 'Sam Ortiz', emailAddress: 'sortiz.home@yahoo.com' },
        { displayName: 'Lee Fontaine', emailAddress: 'leefontaine@outlook.com' },
        { displayName: 'Kim Achebe', emailAddress: 'kim.achebe@hotmail.com' },
      ],
      bcc: [],
      attachments: [],
      senderAddress: me,
    },
    body: 'The class on managing blood sugar moves to 12 March, 6 pm, main lobby.',
  },
  {
    id: 'several',
    label: 'Several fields',
    expect: 'Blocked: a patient name and an MRN in the subject, two patient file names; a recipient list that reveals a condition.',
    message: {
      subject: 'RE: Pt Ada Quill - MRN 00451782 - consent before OR',
      to: [colleague, { displayName: 'HIV Clinic Patients', emailAddress: 'hiv-clinic-patients@examplehealth.org' }],
      cc: [],
      bcc: [],
      attachments: [{ name: 'Quill_Ada_CT_report.pdf', size: 240000 }, { name: 'agenda.docx', size: 18000 }, { name: 'Quill_Ada_MRI_report.pdf', size: 310000 }],
      senderAddress: me,
    },
    body: 'Consent form attached with both reports; please check the anaesthesia note before 7 am.',
  },
  {
    id: 'warn',
    label: 'Warn only',
    expect: 'Warned: the recipient list name reveals a condition; Send Anyway is offered.',
    message: { subject: 'Support group flyer', to: [{ displayName: 'HIV Clinic Patients', emailAddress: 'hiv-clinic-patients@examplehealth.org' }], cc: [], bcc: [], attachments: [{ name: 'flyer.pdf', size: 90000 }], senderAddress: me },
    body: 'The spring flyer for the Tuesday support group is attached.',
  },
];
