import { CONTEXT_ONLY, Detector, FieldContext, Signal, matches, signalAt } from './detector';
import { domainMatches } from './domains';

/**
 * Phone and fax numbers, and personal e-mail addresses, typed into a subject
 * or file name. They point at a person (identity) and are flagged only with
 * health context: "Call me at 614-555-0100 re: contract" is not ePHI.
 */
const PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d-])/g;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})(?![\w-])/giu;

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
    if (ctx.kind === 'emailAddress') return [];
    const n = ctx.text.normalized;
    return [...matches(PHONE, n.text)].map((m) => signalAt(n, m.index, m.index + m[0].length, 'phone', 'identity', 'found'));
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
    if (ctx.kind === 'emailAddress' || ctx.kind === 'displayName') return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of matches(EMAIL, n.text)) {
      if (domainMatches(m[1], ctx.options.personalDomains)) out.push(signalAt(n, m.index, m.index + m[0].length, 'personal-email', 'identity', 'found'));
    }
    return out;
  },
};
