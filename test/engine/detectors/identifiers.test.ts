import { ssn } from '../../../src/engine/detectors/ssn';
import { ssnRejection } from '../../../src/engine/check-rules/ssn';
import { mbi, isMbi } from '../../../src/engine/detectors/mbi';
import { hicn } from '../../../src/engine/detectors/hicn';
import { npi } from '../../../src/engine/detectors/npi';
import { isValidNpi } from '../../../src/engine/check-rules/npi';
import { dea, isValidDea } from '../../../src/engine/detectors/dea';
import { detectorTable } from '../../support/detectors';

// All numbers here are made up; valid ones are constructed to pass the check rules.

detectorTable(ssn, {
  valid: [
    { text: '000-12-3456', why: 'area 000 is never issued' },
    { text: '666-12-3456', why: 'area 666 is never issued' },
    { text: '912-34-5678', why: 'area 9xx without a keyword' },
    { text: '401-00-7788', why: 'group 00' },
    { text: '401-12-0000', why: 'serial 0000' },
    { text: '078-05-1120', why: 'the 1938 wallet-card sample' },
    { text: '219-09-9999', why: 'the 1962 pamphlet sample' },
    { text: '123-45-6789', why: 'the textbook sample' },
    { text: '401-12.7788', why: 'mixed delimiters' },
    { text: '401127788', why: 'nine bare digits without a keyword (claim and order numbers look the same)' },
    { text: 'Order 448-21-8433 shipped', why: 'the word in front says what the number is' },
    { text: 'Part no. 512-44-3881 backordered' },
    { text: 'PO# 300-45-8757 - beds' },
    { text: 'Call me at 614-555-0128', why: 'a phone number' },
    { text: 'ZIP 24735-1240' },
    { text: 'SSN last 4 0022', why: 'four digits are not an SSN' },
    { text: 'SSN masking on face sheets - go-live 6/9' },
    { text: 'SSN field update - ticket 931204417 closed', why: 'two words between the keyword and the number' },
  ],
  invalid: [
    { text: 'SS_card_913-08-4421.jpg', kind: 'attachment', found: ['SS_card_913-08-4421'], why: 'the card named with its number' },
    { text: '401-12-7788', found: ['401-12-7788'] },
    { text: 'Guarantor SSN 048 93 5677 corrected', found: ['048 93 5677'] },
    { text: 'SSN 784.68.7687 for collections', found: ['784.68.7687'] },
    { text: 'ss# 357503337 missing', found: ['ss# 357503337'] },
    { text: 'social security no. 202386194 - guarantor', found: ['social security no. 202386194'] },
    { text: 'Quill_Ada_SSN169036170.pdf', kind: 'attachment', found: ['SSN169036170'] },
    { text: 'S S N  5 3 1 - 7 7 - 2 0 9 4  for claim', found: ['S S N  5 3 1 - 7 7 - 2 0 9 4'] },
    { text: 'SSN ４０１-１２-７７８８', found: ['４０１-１２-７７８８'], why: 'full-width digits' },
    { text: 'SSN 401\u200B12\u200B7788', found: ['SSN 401\u200B12\u200B7788'], why: 'zero-width spaces inside' },
    { text: 'SSN 912-34-5678 on W-7', found: ['SSN 912-34-5678'], why: 'ITIN range counts with a keyword' },
    { text: 'Order 448-21-8433, SSN 448-21-8433', found: ['448-21-8433'], why: 'only the second one' },
    { text: 'Intake sheet SSN wrong - 931-20-4417 should end 4471', found: ['SSN wrong - 931-20-4417'], why: 'one short word between the keyword and the number' },
    { text: 'SSN on the intake form is off - should read 927-31-0458', found: ['927-31-0458'], why: 'the printed shape a few words after the keyword, 9xx too' },
    { text: 'SSN audit closed, ticket 927-31-0458', found: [], why: "a look-alike's label after the keyword says what the number is" },
    { text: 'Callback re 927-31-0458', found: [], why: 'the 9xx range without the keyword is not an SSN' },
    { text: 'SSN typo - should be 927-31-0458', found: ['927-31-0458'], why: 'a look-alike word inside another word is no label' },
    { text: 'SSN corrected per Medicaid case worker - 927-31-0458', found: ['927-31-0458'], why: 'a word of the field, not a label right before the number' },
  ],
});

describe('ssnRejection (SSA issuing rules)', () => {
  test.each([
    ['000123456', 'area never issued'],
    ['666123456', 'area never issued'],
    ['950123456', 'area 900-999 never issued'],
    ['401007788', 'group 00'],
    ['401120000', 'serial 0000'],
    ['078051120', 'well-known sample number'],
    ['777777777', 'all digits the same'],
    ['40112778', 'not nine digits'],
  ])('%s: %s', (digits, reason) => expect(ssnRejection(digits)).toBe(reason));
  test('valid numbers pass, and 9xx passes when ITINs are allowed', () => {
    expect(ssnRejection('401127788')).toBeUndefined();
    expect(ssnRejection('912345678', true)).toBeUndefined();
  });
});

detectorTable(mbi, {
  valid: [
    { text: '1SG4-TE5-MK73', why: 'S is excluded' },
    { text: '1EG4-LE5-MK73', why: 'L is excluded' },
    { text: '1EG4-TE5-OK73', why: 'O is excluded' },
    { text: '1EG4-TE5-MI73', why: 'I is excluded' },
    { text: '1BG4-TE5-MK73', why: 'B is excluded' },
    { text: '1EG4-ZE5-MK73', why: 'Z is excluded' },
    { text: '0EG4-TE5-MK73', why: 'the first character is 1-9' },
    { text: '1EG4TE5MK7', why: 'too short' },
    { text: '1EG4TE5MK734', why: 'too long' },
    { text: '1Eg4Te5Mk73', why: 'mixed case is not how anyone writes one' },
    { text: 'KB5033118', why: 'a Windows update' },
    { text: '1EG4 TE5-MK73', why: 'a space and a dash: the same separator is typed both times' },
  ],
  invalid: [
    { text: 'MBI 5EG4-TE5-MK72 not matching', found: ['5EG4-TE5-MK72'] },
    { text: 'FW: 3AJ4CG0JF08 encounter rejects', found: ['3AJ4CG0JF08'] },
    { text: 're: 7gh2-kp4-wx61', found: ['7gh2-kp4-wx61'], why: 'lower case is upper-cased' },
    { text: 'mbi 7tr2 ex4 ua61 for SOC tmrw', found: ['7tr2 ex4 ua61'], why: 'spaces typed where the card prints dashes' },
  ],
});

test('isMbi follows the CMS layout', () => {
  expect(isMbi('1EG4-TE5-MK73')).toBe(true);
  expect(isMbi('1EG4TE5MK73')).toBe(true);
  expect(isMbi('1EG4TE5MK7S')).toBe(false);
  expect(isMbi('1EG4 TE5 MK73')).toBe(true);
});

detectorTable(hicn, {
  valid: [
    { text: '401127788A', why: 'no keyword' },
    { text: 'Medicare 401127788Q', why: 'Q is not a beneficiary code' },
    { text: 'HICN 000127788A', why: 'the SSN part is invalid' },
  ],
  invalid: [
    { text: 'medicare # 401127788C1', found: ['medicare # 401127788C1'] },
    { text: 'HICN 401127788A to MBI crosswalk failed', found: ['HICN 401127788A'] },
  ],
});

detectorTable(npi, {
  valid: ['1234567890', '3234567893', '123456789', '12345678934'],
  invalid: [
    { text: 'NPI 1234567893', found: ['1234567893'], why: 'CMS example: base 123456789 -> check 3' },
    { text: '1234-567-893', found: ['1234-567-893'] },
  ],
});

test('NPI Luhn uses the 80840 prefix, not plain Luhn', () => {
  expect(isValidNpi('1234567893')).toBe(true);
  // 1234567897 passes plain Luhn over ten digits but not the NPI rule.
  expect(isValidNpi('1234567897')).toBe(false);
});

detectorTable(dea, {
  valid: ['AP5836728', 'AP583672', 'ZZ5836727', 'DEA 222 form'],
  invalid: [{ text: 'DEA AP5836727 renewal', found: ['AP5836727'], why: '(5+3+7) + 2*(8+6+2) = 47 -> 7' }],
});

test('DEA check digit', () => {
  expect(isValidDea('AP5836727')).toBe(true);
  expect(isValidDea('AP5836720')).toBe(false);
  expect(isValidDea('ap5836727')).toBe(true);
});
