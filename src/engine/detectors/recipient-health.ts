import { Detector, FieldContext, Signal, signalAt } from './detector';
import { patientGroupMatcher, staffMatcher } from '../lexicon';
import { findHealthTerms, healthTermsOf } from './health-context';

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

/** Generic pharmacy words describe a service ("Pharmacy <rx@...>"), not the recipient's own treatment. */
const GENERIC = new Set(['rx', 'prescription', 'refill', 'medication', 'medications', 'meds', 'dose', 'dosing', 'mg', 'mcg', 'therapy', 'treatment']);

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
    const words = tokens.filter((t) => t.kind === 'word');
    if (words.length === 0 || staffMatcher.findAll(tokens).length > 0) return [];
    // A display name's terms are the field's, already found once; an address's are its local part's.
    const all = tokens === ctx.tokens ? healthTermsOf(ctx) : findHealthTerms(tokens, ctx.options.extraHealthTerms, ctx.options.allowTerms);
    // A mailbox named only after a service ("Therapy", "therapy@") is a department.
    if (all.length === 1 && all[0].to - all[0].from === words.length) return [];
    const groups = patientGroupMatcher.findAll(tokens);
    const isGroup = groups.length > 0 || all.some((h) => h.phrase === 'patients' || h.phrase === 'pts');
    const revealing = all.filter((h) => {
      if (GENERIC.has(h.phrase)) return false;
      if (DEPARTMENTS.has(h.phrase) && tokens[h.from].case === 'title') return false;
      // For a list of patients the specialty is what reveals ("Oncology Patients").
      if (h.category === 'specialty') return isGroup;
      if (h.category === 'patient') return !isGroup || h.phrase !== 'patients';
      return REVEALING.has(h.category);
    });
    // "Recovery Alumni": a recovery programme's alumni list reveals substance-use treatment.
    const recoveryGroup = groups.some((g) => g.phrase === 'recovery') && groups.some((g) => g.phrase !== 'recovery');
    if (revealing.length === 0 && !recoveryGroup) return [];
    const first = revealing[0] ?? groups[0];
    const last = revealing[revealing.length - 1] ?? groups[groups.length - 1];
    const n = ctx.text.normalized;
    return [signalAt(n, tokens[first.from].start, tokens[last.to - 1].end, 'recipient-health', 'identifier', 'found', { strength: 'medium' })];
  },
};
