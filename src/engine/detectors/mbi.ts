import { ALNUM, BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, Signal, bounded, signalAt } from './detector';

/**
 * Medicare Beneficiary Identifier (CMS): 11 characters C A AN N A AN N A A N N,
 * where C is 1-9, N 0-9 and A a letter other than S, L, O, I, B, Z. Printed
 * cards put dashes after the 4th and 7th characters; people copying one type
 * a space there instead ("7tr2 ex4 ua61"), the same separator both times. The
 * layout is specific enough to flag without a keyword.
 */
const A = '[ac-hjkmnp-rt-y]';
const AN = '[ac-hjkmnp-rt-y0-9]';
const MBI = new RegExp(`[1-9]${A}${AN}\\d([ -]?)${A}${AN}\\d\\1${A}${A}\\d{2}`, 'gi');

export function isMbi(value: string): boolean {
  const v = value.replace(/[ -]/g, '').toUpperCase();
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(v);
}

export const mbi: Detector = {
  meta: {
    id: 'mbi',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a Medicare Beneficiary Identifier' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 5) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of bounded(MBI, n.text, ALNUM, ALNUM)) {
      // Mixed case ("1Eg4te5Mk73") is not how anyone writes one; all upper or all lower.
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      out.push(signalAt(n, m.index, m.index + m[0].length, 'mbi', 'identifier', 'found'));
    }
    return out;
  },
};
