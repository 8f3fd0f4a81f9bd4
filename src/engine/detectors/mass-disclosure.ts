import type { Message } from '../types';
import { domainMatches, domainOf, isPersonalDomain } from './domains';

/**
 * Mass disclosure: several external personal addresses visible to each other
 * in To/Cc on a message that carries health context ("Colonoscopy prep class"
 * to five patients' Gmail addresses). Each recipient learns the others' status;
 * the fix is Bcc. Message-level, so it is not a field detector.
 */
export const MASS_DISCLOSURE_META = {
  id: 'mass-disclosure',
  messages: { found: 'one of several personal addresses that can see each other on a health-related message' },
} as const;

export interface DomainOptions {
  internalDomains: readonly string[];
  baaDomains: readonly string[];
  personalDomains: readonly string[];
  threshold: number;
}

/** Indices of exposed recipients by field, or an empty list below the threshold. */
export function exposedRecipients(message: Message, opts: DomainOptions): { field: 'to' | 'cc'; index: number }[] {
  const internal = opts.internalDomains.length ? opts.internalDomains : [domainOf(message.senderAddress ?? '')].filter(Boolean);
  const exposed: { field: 'to' | 'cc'; index: number }[] = [];
  for (const field of ['to', 'cc'] as const) {
    message[field].forEach((r, index) => {
      const d = domainOf(r.emailAddress);
      if (!d || domainMatches(d, internal) || domainMatches(d, opts.baaDomains)) return;
      if (isPersonalDomain(d, opts.personalDomains)) exposed.push({ field, index });
    });
  }
  return exposed.length >= opts.threshold ? exposed : [];
}
