import { scanMessage } from './scan';
import type { Policy } from './policy';
import type { Action, Field, Message, Verdict } from './types';

/**
 * The engine's input caps. A field longer than MAX_FIELD_LENGTH is not scanned:
 * the message is reported as too long to check and the policy's fail mode
 * decides (allow, or block with "could not be checked"). No real field comes
 * near it (Outlook keeps subjects to 255 characters, an address has at most
 * 320, a file name 255), and below it the engine's time and memory are linear
 * (tested from 1 to 10 KB per field; peak memory about 100 bytes per character
 * of a field while it is scanned: docs/security.md, "Input caps").
 */
export const MAX_FIELD_LENGTH = 10000;

/** A field over the cap: where, and how long (never its text). */
export interface FieldTooLong {
  field: Field | 'senderAddress';
  index?: number;
  part?: 'displayName' | 'emailAddress';
  length: number;
}

/** Every field of the message longer than `max` UTF-16 code units. */
export function fieldsTooLong(m: Message, max: number = MAX_FIELD_LENGTH): FieldTooLong[] {
  const out: FieldTooLong[] = [];
  if (m.subject.length > max) out.push({ field: 'subject', length: m.subject.length });
  for (const field of ['to', 'cc', 'bcc'] as const) {
    m[field].forEach((r, index) => {
      if (r.displayName.length > max) out.push({ field, index, part: 'displayName', length: r.displayName.length });
      if (r.emailAddress.length > max) out.push({ field, index, part: 'emailAddress', length: r.emailAddress.length });
    });
  }
  m.attachments.forEach((a, index) => {
    if (a.name.length > max) out.push({ field: 'attachments', index, length: a.name.length });
  });
  if (m.senderAddress !== undefined && m.senderAddress.length > max) out.push({ field: 'senderAddress', length: m.senderAddress.length });
  return out;
}

const NAMES: { [k: string]: string } = { subject: 'the subject', to: 'a To recipient', cc: 'a Cc recipient', bcc: 'a Bcc recipient', attachments: 'an attachment name', senderAddress: 'the sender address' };

/** 12000 -> "12,000" (no locale: the same text everywhere). */
function thousands(x: number): string {
  const s = String(x);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
}

/** "the subject is too long to check (12,000 characters; the limit is 10,000)" */
export function describeTooLong(t: FieldTooLong, max: number = MAX_FIELD_LENGTH): string {
  const where = t.part === 'displayName' ? `${NAMES[t.field]}'s name` : t.part === 'emailAddress' ? `${NAMES[t.field]}'s address` : NAMES[t.field];
  return `${where}${t.index !== undefined ? ` (#${t.index + 1})` : ''} is too long to check (${thousands(t.length)} characters; the limit is ${thousands(max)})`;
}

export type CheckedScan =
  | { checked: true; action: Action; verdict: Verdict }
  /** Not scanned: `action` is the policy's fail mode. */
  | { checked: false; action: Action; tooLong: FieldTooLong[]; reason: string };

/** scanMessage behind the input caps: a field over the cap is not scanned, and the fail mode decides. */
export function scanWithinLimits(message: Message, policy: Policy): CheckedScan {
  const tooLong = fieldsTooLong(message);
  if (tooLong.length > 0) {
    return { checked: false, action: policy.behaviour.failMode === 'block' ? 'block' : 'allow', tooLong, reason: describeTooLong(tooLong[0]) };
  }
  const verdict = scanMessage(message, policy);
  return { checked: true, action: verdict.action, verdict };
}
