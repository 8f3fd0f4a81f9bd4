import { ALNUM, CONTEXT_ONLY, DIGIT, Detector, FieldContext, Signal, bounded, signalAt } from './detector';

/**
 * A street address or PO box typed into a subject or file name ("5308
 * Lakeview Ct", "PO Box 4411"). Like a phone number it points at a person
 * (identity) and is flagged only with health context in the same field:
 * "Open house Sunday, 2214 Lakeview Ave" is not ePHI, "SOC visit 5308
 * Lakeview Ct - needs wound vac" is. Weak: topic words ("campus map",
 * "lease") cancel it, because clinics and offices have addresses too.
 *
 * "Dr" is left out of the suffixes: "Clinic 2 with Dr Patel" is a doctor.
 * An address next to a facility word ("Suite 200", "new MOB at", "lease")
 * is an organisation's, not a patient's.
 */
const SUFFIX = '(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|ct|way|place|pl|terrace|terr|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq)';
const STREET = new RegExp(`\\d{1,6}[a-z]? +(?:[nsew]\\.? +)?(?:(?:\\d{1,3}(?:st|nd|rd|th)|[a-z]{2,20}) +){1,3}${SUFFIX}\\.?`, 'gi');
const PO_BOX = /p\.? ?o\.? +box +\d{1,6}/gi;
/** Words that join a number to a street suffix in ordinary sentences ("2 on the Way"). */
const FACILITY_WORDS: { [w: string]: true } = { suite: true, ste: true, building: true, bldg: true, campus: true, office: true, offices: true, lease: true, parking: true, mob: true, clinic: true, hospital: true, center: true, centre: true, pharmacy: true, headquarters: true, hq: true, warehouse: true, garage: true, site: true, location: true, relocation: true, relocating: true };
const NOT_STREET_WORDS: { [w: string]: true } = { at: true, the: true, on: true, in: true, for: true, to: true, with: true, and: true, by: true, of: true, per: true, via: true, or: true, from: true };


export const streetAddress: Detector = {
  meta: {
    id: 'street-address',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a street address' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'emailAddress' || ctx.text.digits === 0) return [];
    if (ctx.tokens.some((t) => FACILITY_WORDS[t.key])) return [];
    const n = ctx.text.normalized;
    // File names separate words with _ and -: read them as spaces (same length, same offsets).
    const text = ctx.kind === 'attachment' ? n.text.replace(/[_-]/g, ' ') : n.text;
    const out: Signal[] = [];
    for (const m of bounded(STREET, text, ALNUM, ALNUM)) {
      const words = m[0].split(/ +/).slice(1, -1);
      if (words.some((w) => NOT_STREET_WORDS[w.toLowerCase()])) continue;
      out.push(signalAt(n, m.index, m.index + m[0].length, 'street-address', 'identity', 'found', { weak: true }));
    }
    for (const m of bounded(PO_BOX, text, ALNUM, DIGIT)) out.push(signalAt(n, m.index, m.index + m[0].length, 'street-address', 'identity', 'found', { weak: true }));
    return out;
  },
};
