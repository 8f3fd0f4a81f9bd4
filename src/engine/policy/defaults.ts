import { DETECTORS } from '../detectors';
import { DEFAULT_PERSONAL_DOMAINS } from '../detectors/domains';
import { POLICY_SCHEMA_VERSION, Policy } from './schema';

/**
 * The default policy implements shared/spec/what-to-flag.md:
 * strong identifiers, marked birth dates, ages over 89 and a person together
 * with health context block in the subject and attachment names and warn in
 * recipients, but only where the evidence is strong (a full name, not a lone
 * given name or a phone number: those warn, see strengthLevels); recipients that reveal health information and mass disclosure
 * warn; provider identifiers (NPI, DEA) are off.
 */
export function defaultPolicy(): Policy {
  const rules: Policy['rules'] = {};
  for (const d of DETECTORS) {
    if (d.meta.role === 'identifier') rules[d.meta.id] = { ...d.meta.defaultLevels };
  }
  return {
    schemaVersion: POLICY_SCHEMA_VERSION,
    name: 'PHI Guard default policy',
    rules,
    combinations: {
      identityWithHealth: { subject: 'block', recipients: 'warn', attachments: 'block' },
      massDisclosure: 'warn',
    },
    strengthLevels: {
      high: { subject: 'block', recipients: 'block', attachments: 'block' },
      medium: { subject: 'warn', recipients: 'warn', attachments: 'warn' },
    },
    org: {
      internalDomains: [],
      baaDomains: [],
      personalDomains: [...DEFAULT_PERSONAL_DOMAINS],
      massDisclosureThreshold: 3,
      mrnFormats: [],
      allowTerms: [],
      allow: [],
      extraHealthTerms: [],
      extraKeywords: {},
    },
    behaviour: {
      failMode: 'allow',
      privacyContact: '',
      messages: { block: '', warn: '' },
    },
  };
}
