/**
 * Check rules of national health and social insurance numbers outside the US, as their issuers publish
 * them. Each takes the value with separators removed (digits, and letters in upper case) and says whether
 * it could have been issued. Pure functions; the detector (detectors/international-id.ts) decides where
 * a value is read at all.
 */

const digitsOf = (v: string): number[] => v.split('').map(Number);

/** Luhn (ISO/IEC 7812): Canada's SIN, Ontario's health number. */
export function luhn(v: string): boolean {
  if (!/^\d+$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    let d = Number(v[v.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A weighted sum of digits. */
const weighted = (d: readonly number[], weights: readonly number[]): number => weights.reduce((s, w, i) => s + w * d[i], 0);

/**
 * NHS number (England, Wales, Isle of Man) and Scotland's CHI number: ten digits, the first nine weighted
 * 10 down to 2; the tenth is 11 minus the sum modulo 11 (11 reads 0; 10 is never issued).
 */
export function isNhsNumber(v: string): boolean {
  if (!/^\d{10}$/.test(v)) return false;
  const d = digitsOf(v);
  const check = (11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return check !== 10 && check === d[9];
}

/** A CHI number's layout: it opens with the holder's birth date, DDMMYY. */
export const opensWithBirthDate = (v: string): boolean => validDayMonth(Number(v.slice(0, 2)), Number(v.slice(2, 4)));

/** CHI (Scotland): the NHS check over a number that opens with the holder's birth date. */
export function isChiNumber(v: string): boolean {
  return isNhsNumber(v) && opensWithBirthDate(v);
}

const validDayMonth = (day: number, month: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** British Columbia's Personal Health Number: ten digits opening with 9; digits 2-9 weighted 2,4,8,5,10,9,7,3; the tenth is 11 minus the sum modulo 11. */
export function isBcPhn(v: string): boolean {
  if (!/^9\d{9}$/.test(v)) return false;
  const d = digitsOf(v);
  const check = 11 - (weighted(d.slice(1), [2, 4, 8, 5, 10, 9, 7, 3]) % 11);
  return check < 10 && check === d[9];
}

/** Ontario health number: ten digits, the last a Luhn check digit (a two-letter version code may follow). */
export const isOntarioHealthNumber = (v: string): boolean => /^\d{10}$/.test(v) && luhn(v);

/**
 * Australian Medicare card number: ten digits (an 11th, the individual reference number, may follow);
 * the first is 2-6, the ninth is digits 1-8 weighted 1,3,7,9,1,3,7,9 modulo 10, the tenth the card's issue.
 */
export function isAuMedicare(v: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(v)) return false;
  const d = digitsOf(v);
  return weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8];
}

/** Remainder of a long decimal string modulo m, digit by digit (no BigInt in the ES2016 handler). */
function modOf(decimal: string, m: number): number {
  let r = 0;
  for (const c of decimal) r = (r * 10 + Number(c)) % m;
  return r;
}

/**
 * France's NIR (numéro de sécurité sociale, on the carte Vitale): sex (1 or 2), year, month, département
 * (2A and 2B read as 19 and 18 for the key), commune, order, then a two-digit key: 97 minus the
 * 13-digit number modulo 97.
 */
export function isFrenchNir(v: string): boolean {
  if (!/^[12]\d{4}(?:\d\d|2A|2B)\d{8}$/.test(v)) return false;
  const body = v.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - modOf(body, 97) === Number(v.slice(13));
}

// Italy's codice fiscale: characters in odd positions (1st, 3rd...) take these values, digits as A-J.
const FISCAL_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const fiscalIndex = (c: string): number => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65);

/**
 * Italy's codice fiscale (on the tessera sanitaria): six letters from the names, year, month letter, day
 * (plus 40 for women), the place's code, then a check letter: odd positions by a table, even ones by
 * value (digits 0-9, letters 0-25), the sum modulo 26 as a letter.
 */
export function isCodiceFiscale(v: string): boolean {
  if (!/^[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? FISCAL_ODD[fiscalIndex(v[i])] : fiscalIndex(v[i]);
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

/** Brazil's Cartão Nacional de Saúde: fifteen digits opening with 1, 2, 7, 8 or 9, weighted 15 down to 1, the sum divisible by 11. */
export function isBrazilCns(v: string): boolean {
  if (!/^[12789]\d{14}$/.test(v)) return false;
  const d = digitsOf(v);
  return weighted(d, [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/**
 * Germany's Krankenversichertennummer (KVNR): a letter and nine digits. The letter as two digits (A = 01)
 * and the next eight digits, weighted 1,2,1,2..., each product's digit sum added; the last digit is the
 * sum modulo 10.
 */
export function isGermanKvnr(v: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(v)) return false;
  const letter = v.charCodeAt(0) - 64;
  const d = digitsOf(`${letter < 10 ? '0' : ''}${letter}${v.slice(1, 9)}`);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    const p = d[i] * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === Number(v[9]);
}

/** The Netherlands' burgerservicenummer: nine digits weighted 9 down to 2, minus the last, divisible by 11 ("elfproef"). */
export function isDutchBsn(v: string): boolean {
  if (!/^\d{9}$/.test(v) || /^0+$/.test(v)) return false;
  const d = digitsOf(v);
  return (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]) % 11 === 0;
}

/** Canada's Social Insurance Number: nine digits, Luhn; none opens with 0 or 8. */
export const isCanadianSin = (v: string): boolean => /^[1-79]\d{8}$/.test(v) && luhn(v);

/**
 * UK National Insurance number: two letters, six digits, a suffix A-D. The first letter is never D, F, I,
 * Q, U or V, the second never D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not allocated.
 */
export function isUkNino(v: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v) && !/^(?:BG|GB|KN|NK|NT|TN|ZZ)/.test(v);
}

// Verhoeff's dihedral-group tables (multiplication and permutation).
const VERHOEFF_D = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432', '7659821043', '8765932104', '9876543210'];
const VERHOEFF_P = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'];

/** India's Aadhaar: twelve digits, the first 2-9, the last a Verhoeff check digit. */
export function isAadhaar(v: string): boolean {
  if (!/^[2-9]\d{11}$/.test(v)) return false;
  let c = 0;
  for (let i = 0; i < v.length; i++) c = Number(VERHOEFF_D[c][Number(VERHOEFF_P[i % 8][Number(v[v.length - 1 - i])])]);
  return c === 0;
}

/**
 * Ireland's PPS number: seven digits weighted 8 down to 2, and a check letter (the sum modulo 23, 0 as W);
 * a second letter, where there is one, adds 9 times its place in the alphabet (W as 0).
 */
export function isIrishPpsn(v: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(v);
  if (!m) return false;
  const second = m[3] === '' || m[3] === 'W' ? 0 : m[3].charCodeAt(0) - 64;
  const r = (weighted(digitsOf(m[1]), [8, 7, 6, 5, 4, 3, 2]) + 9 * second) % 23;
  return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === m[2];
}

/** Québec's RAMQ number: three letters of the surname, one of the given name, YYMMDD (month plus 50 for women), two digits. */
export function isQuebecRamq(v: string): boolean {
  const m = /^[A-Z]{4}\d\d(\d\d)(\d\d)\d\d$/.exec(v);
  if (!m) return false;
  const month = Number(m[1]) > 50 ? Number(m[1]) - 50 : Number(m[1]);
  return validDayMonth(Number(m[2]), month);
}
