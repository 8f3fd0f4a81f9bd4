/** The compose item as the engine sees it: the same shape Office.js returns. */
export interface Recipient {
  displayName: string;
  emailAddress: string;
}

export interface Attachment {
  name: string;
  size?: number;
  isInline?: boolean;
}

export interface Message {
  subject: string;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  attachments: Attachment[];
  senderAddress?: string;
}

export type Field = 'subject' | 'to' | 'cc' | 'bcc' | 'attachments';
/** Policy levels are set per group: the three recipient fields share one. */
export type FieldGroup = 'subject' | 'recipients' | 'attachments';
export type Level = 'off' | 'warn' | 'block';
export type Action = 'block' | 'warn' | 'allow';
/**
 * How strong the evidence behind a finding is (spec: "Actions (by strength of
 * evidence)"). High: strong identifiers, a marked DOB or an age over 89, a full
 * name or initials with a DOB together with health information. Medium: a lone
 * given name or surname, a phone, personal e-mail or street address with health
 * information, recipient findings, identifiers split across fields. The policy
 * caps each strength's action per field group (`strengthLevels`).
 */
export type Strength = 'high' | 'medium';

export function groupOf(field: Field): FieldGroup {
  return field === 'subject' ? 'subject' : field === 'attachments' ? 'attachments' : 'recipients';
}

export type FixKind =
  | 'remove-span'
  | 'replace-span'
  | 'move-to-bcc'
  | 'remove-recipient'
  | 'use-bare-address'
  | 'rename-attachment';

export interface Fix {
  kind: FixKind;
  /** Neutral text that replaces the span, e.g. "[MRN removed]". */
  placeholder?: string;
}

export interface Finding {
  field: Field;
  /** Position in the recipient or attachment list; absent for the subject. */
  index?: number;
  /** For recipients: which string the span points into. */
  part?: 'displayName' | 'emailAddress';
  /** Span in the ORIGINAL field string (UTF-16 offsets). */
  start: number;
  end: number;
  detectorId: string;
  action: Exclude<Action, 'allow'>;
  /** Key of a message template in the detector's meta. */
  messageId: string;
  /** Plain words for the user; never contains the matched text. */
  explanation: string;
  /** Strength of the evidence; the policy caps the action by it. */
  strength: Strength;
  /**
   * Ids of the evidence patterns that made the finding (e.g. "name.full",
   * "health.test"): ids only, never text, so a miss or a false alarm names
   * the pattern behind it.
   */
  evidence: string[];
  fix?: Fix;
}

export interface Verdict {
  action: Action;
  findings: Finding[];
}
