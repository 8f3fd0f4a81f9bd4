import { Detector, FieldContext, Signal, signalAt } from './detector';
import { patientGroupMatcher, staffMatcher } from '../lexicon';
import { findHealthTerms } from './health-context';

/**
 * A recipient whose display name or address reveals health information about
 * the recipient: "Ada Quill (dialysis pt)", "hiv-support-group@...",
 * "IVF Patients 2025". Specialties and encounter words are ignored here: a
 * clinician "(Cardiology)" or "Radiology Reading Room" is not a patient.
 * Staff lists ("Dialysis Unit Staff", "oncology-rn@") are left alone.
 */
/** Written in Title Case after a staff member's name, these are departments: "Sato, Irene (Surgery)". */
const DEPARTMENTS = new Set(['surgery', 'anesthesia', 'dialysis', 'infusion', 'rehab', 'rehabilitation', 'radiation', 'transplant', 'hospice', 'palliative', 'therapy', 'physical therapy', 'wound care', 'chemotherapy', 'detox']);
const REVEALING = new Set(['condition', 'medication', 'procedure', 'patient']);

export const recipientHealth: Detector = {
  meta: {
    id: 'recipient-health',
    description: 'A recipient display name or address that names a condition, treatment or patient status.',
    role: 'identifier',
    defaultLevels: { subject: 'off', recipients: 'warn', attachments: 'off' },
    messages: { found: 'health information about the recipient' },
    example: 'Ada Quill (dialysis pt) <ada.q@example.com>',
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind !== 'displayName' && ctx.kind !== 'emailAddress') return [];
    let tokens = ctx.tokens;
    if (ctx.kind === 'emailAddress') {
      const at = tokens.findIndex((t) => t.gap.includes('@'));
      tokens = at < 0 ? tokens : tokens.slice(0, at); // the domain is the organisation's, not the person's
    }
    const terms = findHealthTerms(tokens, ctx.options.extraHealthTerms, ctx.options.allowTerms).filter(
      (h) => REVEALING.has(h.category) && !(DEPARTMENTS.has(h.phrase) && tokens[h.from].case === 'title'),
    );
    const groups = patientGroupMatcher.findAll(tokens);
    if (terms.length === 0 && !groups.some((g) => g.phrase === 'recovery' || g.phrase === 'alumni')) return [];
    if (staffMatcher.findAll(tokens).length > 0) return [];
    // "Patient Access", "Member Services" without a condition are departments: a patient word
    // alone counts only for one person ("Pt - Ada Quill") or a group of patients.
    const onlyPatientWord = terms.every((h) => h.category === 'patient');
    const isGroupAddress = groups.length > 0;
    if (onlyPatientWord && terms.length > 0) {
      const plural = terms.some((h) => /s$/.test(h.phrase));
      if (!plural && ctx.kind === 'emailAddress') return [];
    }
    if (terms.length === 0 && !isGroupAddress) return [];
    const first = terms.length > 0 ? terms[0] : { from: groups[0].from, to: groups[0].to };
    const last = terms.length > 0 ? terms[terms.length - 1] : first;
    const n = ctx.text.normalized;
    return [signalAt(n, tokens[first.from].start, tokens[last.to - 1].end, 'recipient-health', 'identifier', 'found')];
  },
};
