import { CLINICIAN_TITLES, CREDENTIALS } from '../lexicon/people-words';
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
  /** Whether colleagues (namedAtWork) count: when the message speaks of care, not only of work. */
  colleagues: boolean;
}

/** Indices of exposed recipients by field, or an empty list below the threshold. */
export function exposedRecipients(message: Message, opts: DomainOptions): { field: 'to' | 'cc'; index: number }[] {
  const senderDomain = domainOf(message.senderAddress ?? '');
  const internal = opts.internalDomains.length ? opts.internalDomains : [senderDomain].filter(Boolean);
  const exposed: { field: 'to' | 'cc'; index: number }[] = [];
  const everyone = [...message.to, ...message.cc, ...message.bcc];
  const holders = new Map<string, number>();
  for (const r of everyone) {
    const d = domainOf(r.emailAddress);
    if (d) holders.set(d, (holders.get(d) ?? 0) + 1);
  }
  let known = 0;
  const own: { field: 'to' | 'cc'; index: number }[] = [];
  for (const field of ['to', 'cc'] as const) {
    message[field].forEach((r, index) => {
      const d = domainOf(r.emailAddress);
      if (!d || domainMatches(d, internal) || domainMatches(d, opts.baaDomains)) return;
      if (!opts.colleagues && namedAtWork(r.displayName)) return;
      if (isPersonalDomain(d, opts.personalDomains)) {
        exposed.push({ field, index });
        known++;
      } else if (holders.get(d) === 1 && d !== senderDomain && privatePersonAtOwnDomain(r.displayName, d)) own.push({ field, index });
    });
  }
  // A private person's address at a small provider no list holds (a rural cable or phone company's domain) is
  // personal too when the message already shows personal addresses: each such person at a domain nobody else on
  // the message shares, under .com or .net, with a plain name. Outside clinicians and vendors share their
  // organisation's domain, carry a title or a credential, or write from .org, .edu and .gov.
  if (known >= 1) exposed.push(...own);
  return exposed.length >= opts.threshold ? exposed : [];
}

/** Words of an organisation's domain name: a health, trade or business name, not a home provider's. */
const ORGANISATION_DOMAIN =
  /health|hosp|clinic|med|care|rx|pharm|lab|univ|college|school|law|legal|group|partners|associates|insur|plan|bank|gov|county|city|church|ortho|derm|peds|pediatr|neuro|cardio|surg|radiol|imaging|dent|vision|optic|therap|rehab|build|electric|plumb|construct|roof|analytic|stats|strateg|advis|consult|capital|cpa|tax|account|realty|design|tech|solution|system|market|studio|print|supply|bio|sci|eng|research|institute|foundation|fund/;
/**
 * Two or three capitalised words, with no title, credential, role or organisation word, at a domain that does not
 * carry one of the name's words (a practice or a firm of its own: "abrooks@brooksortho.com"): a private person.
 */
function privatePersonAtOwnDomain(displayName: string, domain: string): boolean {
  if (!/\.(?:com|net)$/.test(domain) || ORGANISATION_DOMAIN.test(domain) || displayName.includes('@')) return false;
  const words = displayName.trim().split(/\s+/);
  const name = domain.toLowerCase();
  if (words.some((w) => w.length >= 3 && name.includes(w.toLowerCase()))) return false;
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][a-z'\u00e0-\u024f-]+$/.test(w)) && !namedAtWork(displayName);
}

const TITLES = new Set(CLINICIAN_TITLES);
const CREDENTIAL_WORDS = new Set(CREDENTIALS);
/** Roles written in brackets after a name: a board's, a faculty's or a vendor's people, not a clinic's patients. */
const ROLE_IN_BRACKETS = /\((?:board|trustee|trustees|faculty|speaker|panelist|staff|vendor|committee|council member)\)/i;

/**
 * A display name that says who the person is at work: a clinician's title first ("Dr. Kofi Mensah"), a
 * credential after the name ("Ana Ruiz, RN") or a role in brackets ("Frank Ortiz (Board)"). On a message whose
 * health words all speak of work ("Speaker logistics - Diabetes Symposium") colleagues on their personal
 * addresses learn nothing about each other's health; on one about care ("Burnout recovery group") they do.
 */
function namedAtWork(displayName: string): boolean {
  if (displayName.includes('@')) return false;
  const words = displayName.toLowerCase().split(/[\s.,;:()[\]/-]+/).filter(Boolean);
  return (words.length > 1 && TITLES.has(words[0])) || words.slice(1).some((w) => CREDENTIAL_WORDS.has(w)) || ROLE_IN_BRACKETS.test(displayName);
}
