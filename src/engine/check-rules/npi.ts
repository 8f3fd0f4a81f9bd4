/**
 * National Provider Identifier: 10 digits, first 1 or 2, last a Luhn check
 * digit computed over the prefix 80840 + the first nine digits (CMS). NPIs
 * identify clinicians, not patients. Read by the NPI detector and by the
 * keyword identifiers (a number the field calls an NPI is not a member's).
 */
export function isValidNpi(value: string): boolean {
  if (!/^[12]\d{9}$/.test(value)) return false;
  // A body of one repeated digit (1111111112) passes the check digit but is a placeholder.
  if (/^(\d)\1{8}/.test(value)) return false;
  const digits = '80840' + value;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
