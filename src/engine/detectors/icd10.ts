import { ALNUM, CONTEXT_ONLY, Detector, FieldContext, LETTER, Signal, bounded, oneOf, signalAt } from './detector';

/**
 * ICD-10-CM diagnosis codes as health context: a letter (every letter A-Z is
 * a chapter today; U since U07.1 in 2020), a digit, a digit or one of the few
 * letter categories (C4A, C7A, C7B, D3A, M1A, O9A, Z3A), then a dot and 1-4
 * characters, X being the placeholder before a 7th character (S62.5X0A).
 * Without the dot only after "dx", "ICD", "diagnosis": "E11" alone is more
 * often a room or a form than a code, and a code without a person is not ePHI.
 */
const LETTER_CATEGORIES = new Set(['C4A', 'C7A', 'C7B', 'D3A', 'M1A', 'O9A', 'Z3A']);
const DOTTED = /([a-z]\d[0-9ab])\.([0-9a-z]{1,4})(?![0-9a-z])/gi;
const UNDOTTED = /(?:dx|icd(?:-?10)?(?:-cm)?|diagnosis|diag)[\s:#-]{1,3}([a-z]\d[0-9ab][0-9a-z]{0,4})(?![0-9a-z]|\.[0-9a-z])/gi;
const ALNUM_OR_DOT = oneOf('.', ALNUM);

export function isIcd10Code(code: string): boolean {
  const c = code.replace('.', '').toUpperCase();
  if (!/^[A-Z]\d[0-9AB][0-9A-Z]{0,4}$/.test(c)) return false;
  const category = c.slice(0, 3);
  if (/[AB]$/.test(category) && !LETTER_CATEGORIES.has(category)) return false;
  // The 7th character follows X placeholders; a 7-character code must end in a letter or digit, fine.
  return true;
}

export const icd10: Detector = {
  meta: {
    id: 'icd10',
    role: 'health',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a diagnosis code' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 1) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of bounded(DOTTED, n.text, ALNUM_OR_DOT, ALNUM)) {
      // Codes are written in capitals, and their subdivision carries a digit (Z79.4, S06.A0XA): letters
      // alone after the dot are a file extension ("T12.xlsx", "E11.PDF") or an abbreviation.
      if (isIcd10Code(m[1] + m[2]) && m[1] === m[1].toUpperCase() && /\d/.test(m[2])) {
        out.push(signalAt(n, m.index, m.index + m[0].length, 'icd10', 'health', 'found', { category: 'condition' }));
      }
    }
    for (const m of bounded(UNDOTTED, n.text, LETTER, ALNUM)) {
      if (isIcd10Code(m[1])) {
        const start = m.index + m[0].length - m[1].length;
        out.push(signalAt(n, start, start + m[1].length, 'icd10', 'health', 'found', { category: 'condition' }));
      }
    }
    return out;
  },
};
