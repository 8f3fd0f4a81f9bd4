import { internationalId } from '../../../src/engine/detectors/international-id';
import * as rules from '../../../src/engine/check-rules/international-ids';
import { detectorTable } from '../../support/detectors';

// Every number here is made up. The check-rule vectors were worked out by hand from the issuers' published
// rules (the sums are in the comments), so a wrong weight or table fails here, not only in the detector.

describe('check rules of national health and social insurance numbers', () => {
  test.each([
    // NHS: 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11-2 = 9 (NHS Digital's own example)
    ['NHS', rules.isNhsNumber, '9434765919', '9434765918'],
    // CHI: 1*10+2*9+0+3*7+4*6+5*5+0+0+0 = 98; 98 mod 11 = 10; 11-10 = 1; opens with 12/03/45
    ['CHI', rules.isChiNumber, '1203450001', '3213450004'],
    // BC PHN: 8*2+7*4+6*8+0+0+0+0+0 = 92; 92 mod 11 = 4; 11-4 = 7
    ['BC PHN', rules.isBcPhn, '9876000007', '8876000007'],
    // Ontario: Luhn over the ten digits
    ['Ontario', rules.isOntarioHealthNumber, '4712030008', '4712030009'],
    // Australia: 2*1+9*3+5*7+3*9+0+0+0+0 = 91; 91 mod 10 = 1 (the ninth digit); the tenth is the issue number
    ['AU Medicare', rules.isAuMedicare, '2953000019', '2953000029'],
    // NIR: 97 - (1840575123000 mod 97) = 93
    ['NIR', rules.isFrenchNir, '184057512300093', '184057512300094'],
    // NIR in Corsica: 2A reads 19 for the key
    ['NIR 2A', rules.isFrenchNir, '284062A12345648', '284062A12345649'],
    // Codice fiscale: the widely printed specimen for a fictitious Mario Rossi
    ['codice fiscale', rules.isCodiceFiscale, 'RSSMRA85T10A562S', 'RSSMRA85T10A562T'],
    // CNS: 7*15+0+2*13+5*12+0+4*10+1*9+8*8+0+...+4*1 = 308 = 28*11
    ['CNS', rules.isBrazilCns, '702504180000004', '702504180000005'],
    // KVNR: A = 01; 0,1,1,2,3,4,5,6,7,8 weighted 1,2,...: 0+2+1+4+3+8+5+3+7+7 = 40; 40 mod 10 = 0
    ['KVNR', rules.isGermanKvnr, 'A123456780', 'A123456781'],
    // BSN: 1*9+1*8+1*7+2*6+2*5+2*4+3*3+3*2 - 3 = 66 = 6*11
    ['BSN', rules.isDutchBsn, '111222333', '111222334'],
    // SIN: Luhn; 0 and 8 open no issued number
    ['SIN', rules.isCanadianSin, '130692544', '046454286'],
    // Aadhaar: Verhoeff over twelve digits
    ['Aadhaar', rules.isAadhaar, '234123412346', '234123412347'],
    // PPSN: 1*8+2*7+3*6+4*5+5*4+6*3+7*2 = 112; 112 mod 23 = 20 = T
    ['PPSN', rules.isIrishPpsn, '1234567T', '1234567U'],
    // NINO: prefixes BG, GB, NK, KN, TN, NT, ZZ and the letters D F I Q U V are never allocated
    ['NINO', rules.isUkNino, 'AB123456C', 'GB123456A'],
    // RAMQ: month 62 is December for a woman; 13 is no month
    ['RAMQ', rules.isQuebecRamq, 'TREM55620812', 'TREM55130812'],
  ] as const)('%s', (_name, rule, good, bad) => {
    expect(rule(good)).toBe(true);
    expect(rule(bad)).toBe(false);
  });

  test('Luhn', () => {
    expect(rules.luhn('79927398713')).toBe(true);
    expect(rules.luhn('79927398710')).toBe(false);
  });
});

detectorTable(internationalId, {
  valid: [
    { text: 'Call NHS 111 tonight if worse', why: 'a phone line, not ten digits' },
    { text: 'chi nhánh 1203450001', why: 'Vietnamese "branch": CHI needs its number word' },
    { text: 'health card 4712030009', why: 'an ambiguous keyword and a failed check' },
    { text: 'BSN 111222334 cohort', why: 'BSN is also a nursing degree: the value must pass the check' },
    { text: 'Medicare 2953000029 rebate', why: 'a US programme too: the value must pass the Australian check' },
    { text: 'RSSMRA85T10A562T', why: 'no keyword and a wrong check letter' },
    { text: 'NHS no 943 476 59190', why: 'eleven digits' },
    { text: 'PO 9434765919 for the NHS supplies', why: 'the keyword after the number' },
    { text: 'NI number AB12345', why: 'too short' },
    { text: 'tessera 1234', why: 'too short for the card' },
    { text: 'NHI report 2024 - national health insurance', why: 'no value in the NHI layout' },
    { text: 'NHI QIO1234', why: 'I and O are never in an NHI number' },
    { text: 'IHI 8004 6081 2345 6782', why: "an individual's IHI opens 800360" },
  ],
  invalid: [
    { text: 'NHS no 943 476 5919 - referral', found: ['NHS no 943 476 5919'] },
    { text: 'NHS number 943-476-5918 recheck', found: ['NHS number 943-476-5918'], why: 'a named keyword: the layout is enough, a typo discloses too' },
    { text: 'CHI no 120345 0001 clinic letter', found: ['CHI no 120345 0001'] },
    { text: 'OHIP 4712-030-008-AB renewal', found: ['OHIP 4712-030-008-AB'] },
    { text: 'health card 4712030008 expired', found: ['health card 4712030008'] },
    { text: 'Personal Health Number 9876 000 007', found: ['Personal Health Number 9876 000 007'] },
    { text: 'Medicare card 2953 00001 9 - front.jpg', found: ['Medicare card 2953 00001 9'] },
    { text: 'carte_vitale_NIR_1 84 05 75 123 000 93.jpg', kind: 'attachment', found: ['NIR_1 84 05 75 123 000 93'] },
    { text: 'tessera_sanitaria_RSSMRA85T10A562S.jpg', kind: 'attachment', found: ['tessera_sanitaria_RSSMRA85T10A562S'] },
    { text: 'RSSMRA85T10A562S ricetta', found: ['RSSMRA85T10A562S'], why: 'layout and check letter, no keyword' },
    { text: 'Cartão SUS 702 5041 8000 0004', found: ['Cartão SUS 702 5041 8000 0004'] },
    { text: 'Versichertennummer A123456780 Kostenübernahme', found: ['Versichertennummer A123456780'] },
    { text: 'BSN 111222333 intake', found: ['BSN 111222333'] },
    { text: 'Social insurance number 130 692 544', found: ['Social insurance number 130 692 544'] },
    { text: 'NI No AB 12 34 56 C', found: ['NI No AB 12 34 56 C'] },
    { text: 'Aadhaar 2341 2341 2346 copy', found: ['Aadhaar 2341 2341 2346'] },
    { text: 'PPSN 1234567T form', found: ['PPSN 1234567T'] },
    { text: 'RAMQ TREM 5562 0812', found: ['RAMQ TREM 5562 0812'] },
    { text: 'NHI ZAC5361 - gout', found: ['NHI ZAC5361'], why: "New Zealand's NHI after its keyword, in its layout" },
    { text: 'NHI_ZKT41AB_referral.pdf', kind: 'attachment', found: ['NHI_ZKT41AB'], why: 'the newer layout, two digits and two letters' },
    { text: 'IHI 8003 6081 2345 6782 - medevac', found: ['IHI 8003 6081 2345 6782'], why: "Australia's individual healthcare identifier" },
  ],
});
