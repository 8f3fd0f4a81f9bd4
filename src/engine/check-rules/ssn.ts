/**
 * The Social Security Administration's issuing rules (shared/spec/identifier-rules.md),
 * read by the SSN detector and by the HICN detector (a HICN starts with an SSN).
 * SSA never issues area 000, 666 or 900-999, group 00 or serial 0000; a few
 * numbers are famous samples. With a keyword the 9xx range (ITINs) counts.
 */
const SAMPLES = new Set(['078051120', '219099999', '123456789']);

/** Why nine digits cannot be an SSN, or undefined when they can. */
export function ssnRejection(digits: string, allowItin = false): string | undefined {
  if (!/^\d{9}$/.test(digits)) return 'not nine digits';
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666') return 'area never issued';
  if (area[0] === '9' && !allowItin) return 'area 900-999 never issued';
  if (digits.slice(3, 5) === '00') return 'group 00';
  if (digits.slice(5) === '0000') return 'serial 0000';
  if (SAMPLES.has(digits)) return 'well-known sample number';
  if (/^(\d)\1{8}$/.test(digits)) return 'all digits the same';
  return undefined;
}
