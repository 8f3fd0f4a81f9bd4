/**
 * ICD-10-CM code shape (CMS, ../shared/spec/identifier-rules.md): a letter, a digit, a digit or one of the few letter
 * categories (C4A, C7A, C7B, D3A, M1A, O9A, Z3A), then up to four characters, X being the placeholder before a 7th
 * character (S62.5X0A). Read by the ICD-10 detector and by recipient-health (a code in brackets after a name).
 */
const LETTER_CATEGORIES = new Set(['C4A', 'C7A', 'C7B', 'D3A', 'M1A', 'O9A', 'Z3A']);

export function isIcd10Code(code: string): boolean {
  const c = code.replace('.', '').toUpperCase();
  if (!/^[A-Z]\d[0-9AB][0-9A-Z]{0,4}$/.test(c)) return false;
  const category = c.slice(0, 3);
  if (/[AB]$/.test(category) && !LETTER_CATEGORIES.has(category)) return false;
  // The 7th character follows X placeholders; a 7-character code must end in a letter or digit, fine.
  return true;
}
