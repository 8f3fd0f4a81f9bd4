import { BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, NONE, Signal, bounded, signalAt } from './detector';

/**
 * URLs that carry patient data in their path or query ("...chart?mrn=00991917",
 * "?patientId=", "/patients/12345"). Links leak through referrers, proxies
 * and logs. The identifier inside is also reported by its own detector; this
 * one names the link itself so the fix ("share the link in the body") fits.
 */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2000}/gi;
const MAYBE_URL = /https?:|www\./i;
const PATIENT_PARAM = /(?:[?&;/]|^)(?:mrn|mr|patient(?:_?id)?|pat_?id|pid|dob|ssn|member(?:_?id)?|acct|account|fin|csn|encounter(?:_?id)?|enc(?:_?id)?|chart|patients)[=/]\w/i;

export const url: Detector = {
  meta: {
    id: 'url',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a link containing patient identifiers' },
  },
  find(ctx: FieldContext): Signal[] {
    const n = ctx.text.normalized;
    if (!MAYBE_URL.test(n.text)) return [];
    const out: Signal[] = [];
    for (const m of bounded(URL, n.text, NONE)) {
      const q = m[0].search(/[/?]/);
      const rest = q < 0 ? '' : m[0].slice(q);
      if (PATIENT_PARAM.test(rest)) out.push(signalAt(n, m.index, m.index + m[0].length, 'url', 'identifier', 'found'));
    }
    return out;
  },
};
