import { ALNUM, BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, LETTER, Signal, bounded, signalAt } from './detector';
import { ssnRejection } from '../check-rules/ssn';

/**
 * Legacy Health Insurance Claim Number: the wage earner's 9-digit SSN plus a
 * 1-2 character beneficiary code (A, B, B2, C1, D, T...). Still printed on old
 * cards and in payer systems. Keyword-anchored (Medicare, HICN, HIC, claim number).
 */
const HICN = /(?:hicn|hic|medicare(?: claim)?(?: no| number| id| #)?|claim number)(?![a-z])[\s#:=._-]{0,4}(?:(?:no|number|num)\.?[\s#:=._-]{0,4})?(\d{9})([a-z]\d?)(?![a-z0-9])/gi;
const BENEFICIARY_CODE = /^(?:A|B\d?|C\d|D\d?|E\d?|F\d?|H[AB]?|J\d?|K\d?|M|T[ABC]?|W\d?)$/i;

export const hicn: Detector = {
  meta: {
    id: 'hicn',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a Medicare claim number (HICN)' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 9) return [];
    const f = ctx.text.folded;
    const out: Signal[] = [];
    for (const m of bounded(HICN, f.text, LETTER, ALNUM)) {
      if (!BENEFICIARY_CODE.test(m[2]) || ssnRejection(m[1], true) !== undefined) continue;
      out.push(signalAt(f, m.index, m.index + m[0].length, 'hicn', 'identifier', 'found'));
    }
    return out;
  },
};
