import { DETECTORS_BY_ID } from './detectors';
import { MASS_DISCLOSURE_META } from './detectors/mass-disclosure';
import type { Field } from './types';

/** The combination rule's detector id in findings. */
export const COMBINATION_ID = 'identity+health';

export const FIELD_NAMES: Record<Field, string> = {
  subject: 'The subject',
  to: 'A To recipient',
  cc: 'A Cc recipient',
  bcc: 'A Bcc recipient',
  attachments: 'An attachment name',
};

const COMBINATION_MESSAGES: Record<string, string> = {
  found: 'a patient name together with health information',
  initials: 'patient initials together with health information',
  probable: 'a birth date together with health information',
  phone: 'a phone number together with health information',
  'personal-email': 'a personal e-mail address together with health information',
  'street-address': 'a street address together with health information',
  split: 'a person\'s name or contact details, while another unencrypted field of this message carries health information',
};

const WHY: Record<Field, string> = {
  subject: 'Subjects are never encrypted; the message body can carry it.',
  to: 'Recipient names are visible to everyone on the message and are never encrypted.',
  cc: 'Recipient names are visible to everyone on the message and are never encrypted.',
  bcc: 'Recipient names are stored and relayed unencrypted.',
  attachments: 'File names are never encrypted; rename the file and keep the details inside it.',
};

/** What the rule found, in plain words, without the text itself. */
export function ruleWords(detectorId: string, messageId: string): string {
  if (detectorId === COMBINATION_ID) return COMBINATION_MESSAGES[messageId] ?? COMBINATION_MESSAGES.found;
  if (detectorId === MASS_DISCLOSURE_META.id) return MASS_DISCLOSURE_META.messages.found;
  const d = DETECTORS_BY_ID.get(detectorId);
  const found = d?.meta.messages.found ?? 'protected health information';
  // An identifier split across fields: this field has the number, another the keyword.
  if (messageId === 'split') return `a number that, with the keyword in another unencrypted field, reads as ${found}`;
  return d?.meta.messages[messageId] ?? found;
}

export function explain(field: Field, detectorId: string, messageId: string): string {
  if (detectorId === MASS_DISCLOSURE_META.id) {
    return `${FIELD_NAMES[field]} is ${ruleWords(detectorId, messageId)}. Move these recipients to Bcc.`;
  }
  return `${FIELD_NAMES[field]} contains ${ruleWords(detectorId, messageId)}. ${WHY[field]}`;
}

const PLACEHOLDERS: Record<string, string> = {
  ssn: '[SSN removed]',
  mrn: '[MRN removed]',
  'member-id': '[member ID removed]',
  mbi: '[MBI removed]',
  hicn: '[HICN removed]',
  'international-id': '[ID removed]',
  'account-number': '[account no. removed]',
  'accession-number': '[accession no. removed]',
  dob: '[DOB removed]',
  'age-over-89': '[age removed]',
  url: '[link removed]',
  npi: '[NPI removed]',
  dea: '[DEA no. removed]',
  [COMBINATION_ID]: '[patient]',
};

export function placeholderFor(detectorId: string): string {
  return PLACEHOLDERS[detectorId] ?? '[removed]';
}
