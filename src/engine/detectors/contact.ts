import { CONTEXT_ONLY, DIGIT, Detector, FieldContext, Signal, bounded, oneOf, signalAt } from './detector';
import { domainMatches } from './domains';

/**
 * Phone and fax numbers, and personal e-mail addresses, typed into a subject
 * or file name. They point at a person (identity) and are flagged only with
 * health context: "Call me at 614-555-0100 re: contract" is not ePHI.
 */
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}/g;
const DIGIT_OR_DASH = oneOf('-', DIGIT);
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\b/;
const EMAIL = /[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})/gi;
const EMAIL_CHAR = oneOf('.+-_', (c) => c !== undefined && /^[a-z0-9]$/i.test(c));

export const phone: Detector = {
  meta: {
    id: 'phone',
    description: 'Phone or fax number (identity: flagged with health context).',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a phone number' },
    example: 'Callback 555-201-0199 re: biopsy results',
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'emailAddress' || ctx.text.digits < 10) return [];
    const n = ctx.text.normalized;
    // Toll-free numbers belong to organisations (an EAP line, a pharmacy), not to a patient.
    return [...bounded(PHONE, n.text, DIGIT_OR_DASH, DIGIT_OR_DASH)]
      .filter((m) => !TOLL_FREE.test(m[0]))
      .map((m) => signalAt(n, m.index, m.index + m[0].length, 'phone', 'identity', 'found'));
  },
};

export const personalEmail: Detector = {
  meta: {
    id: 'personal-email',
    description: 'A personal e-mail address typed into a subject or file name (identity: flagged with health context).',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a personal e-mail address' },
    example: 'ada.quill@example.com - A1c results',
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'emailAddress' || ctx.kind === 'displayName' || ctx.text.normalized.text.indexOf('@') < 0) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of bounded(EMAIL, n.text, EMAIL_CHAR, EMAIL_CHAR)) {
      if (domainMatches(m[1], ctx.options.personalDomains)) out.push(signalAt(n, m.index, m.index + m[0].length, 'personal-email', 'identity', 'found'));
    }
    return out;
  },
};
