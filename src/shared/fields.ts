import { ruleWords } from '../engine/messages';
import type { Finding, Message } from '../engine/types';

/**
 * Helpers every surface shares (task pane, settings pane, CLI): pure, no DOM,
 * Office or Node. One implementation each.
 */

/** The string a finding's span points into: the subject, an attachment name, or a recipient's name or address. */
export function fieldValue(message: Message, f: Pick<Finding, 'field' | 'index' | 'part'>): string {
  if (f.field === 'subject') return message.subject;
  if (f.field === 'attachments') return message.attachments[f.index ?? 0]?.name ?? '';
  const r = message[f.field][f.index ?? 0];
  return r ? (f.part === 'emailAddress' ? r.emailAddress : r.displayName) : '';
}

/** The rule in plain words, without an article ("medical record number"). */
export function ruleLabel(f: Pick<Finding, 'detectorId' | 'messageId'>): string {
  return ruleWords(f.detectorId, f.messageId).replace(/^(a|an) /, '');
}

/** "Medical record number": the first letter in capitals, the rest as written (MRN, NPI stay). */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
