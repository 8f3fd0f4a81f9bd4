import { ALNUM, Detector, FieldContext, OFF, Signal, bounded, signalAt } from './detector';

/**
 * DEA registration number: a registrant-type letter, a second letter (the
 * surname initial or 9), seven digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
 * Identifies prescribers, not patients: off by default.
 */
export function isValidDea(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-HJ-MPR-UX][A-Z9]\d{7}$/.test(v)) return false;
  const d = v.slice(2).split('').map(Number);
  const check = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return check % 10 === d[6];
}

const DEA = /[a-z][a-z9]\d{7}/gi;

export const dea: Detector = {
  meta: {
    id: 'dea',
    role: 'identifier',
    defaultLevels: OFF,
    messages: { found: 'a DEA registration number' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 7) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of bounded(DEA, n.text, ALNUM, ALNUM)) {
      if (isValidDea(m[0])) out.push(signalAt(n, m.index, m.index + m[0].length, 'dea', 'identifier', 'found'));
    }
    return out;
  },
};
