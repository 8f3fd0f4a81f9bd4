import { mrn } from '../../../src/engine/detectors/mrn';
import { memberId } from '../../../src/engine/detectors/member-id';
import { accountNumber } from '../../../src/engine/detectors/account-number';
import { accessionNumber } from '../../../src/engine/detectors/accession-number';
import { compileOrgPattern } from '../../../src/engine';
import { DEFAULT_OPTIONS, detectorTable, run } from '../../support/detectors';

detectorTable(mrn, {
  valid: [
    'RE: Accession numbering format change',
    'MRN field validation change in registration',
    { text: 'MRN 1234', why: 'too few digits' },
    { text: '健身房会员号 88412093 续费', why: "a gym's membership" },
    { text: 'Tổng số thành viên 12500 người', why: 'the number of members, not a member number' },
    { text: 'INC1412696 - printer jamming', why: 'a ticket number without a keyword' },
    { text: 'Med rec reconciliation policy', why: 'medication reconciliation, no number' },
    { text: 'chart 4 of 12', why: '"chart" needs a marker or a long number' },
    { text: 'PO 55120934 and 55120987 - duplicate invoices', why: 'two numbers without chart-merge words' },
    { text: 'Duplicate charts in the scanning queue - 14 items', why: 'merge words without record numbers' },
    { text: 'MRN merge cutover 20260112 / 20260115', why: 'dates written as digits are no charts' },
    { text: '保険者番号 31140027 の変更届', why: "the insurer's own number (保険者番号), not the insured's" },
    { text: 'номер карты пациента: отчёт 2023 2024 2025', why: 'years in a row are no card groups' },
  ],
  invalid: [
    { text: 'chart nums 7730215 - merge?', found: ['chart nums 7730215'], why: 'a plural marker word' },
    { text: 'ADT^A08 rejected: PID-3 00482913 missing PID-7', found: ['PID-3 00482913'], why: "HL7's patient identifier field" },
    { text: 'Cartella clinica n. 2231907 - richiesta copia', found: ['Cartella clinica n. 2231907'], why: 'the Italian number marker' },
    { text: 'NPI mismatch - MRN 2004817732', found: ['MRN 2004817732'], why: 'a strong keyword keeps its number in a field that speaks of NPIs' },
    { text: 'MRN 00451782 - consent needs re-signing', found: ['MRN 00451782'] },
    { text: 'mrn:00337063 transfusion reaction', found: ['mrn:00337063'] },
    { text: 'MR# 86158650 d/c summary not signed', found: ['MR# 86158650'] },
    { text: 'Med Rec # 21141310 missing H&P', found: ['Med Rec # 21141310'] },
    { text: 'RE: chart # 00279588 - coding query', found: ['chart # 00279588'] },
    { text: 'patient # 1494619 - no armband', found: ['patient # 1494619'] },
    { text: 'Duplicate medical record number 7689483 / 9006460', found: ['medical record number 7689483 / 9006460'], why: 'short separators fold; the span covers both' },
    { text: 'M R N  6 3 5 1 3 7 7 9 wrong DOB', found: ['M R N  6 3 5 1 3 7 7 9'], why: 'spelled-out keyword, spaced digits' },
    { text: 'M.R.N. 63513779', found: ['M.R.N. 63513779'] },
    { text: 'MRN ００６８９１４６ wrong label', found: ['MRN ００６８９１４６'], why: 'full-width digits' },
    { text: 'mrn 4004\u200B2610 scanned', found: ['mrn 4004\u200B2610'], why: 'zero-width space inside' },
    { text: 'MRN74623385_discharge_summary.pdf', kind: 'attachment', found: ['MRN74623385'] },
    { text: 'MedRec_47106746_records.pdf', kind: 'attachment', found: ['MedRec_47106746'] },
    { text: 'https://ehr.example.org/chart?mrn=00991917&view=results', found: ['mrn=00991917'] },
    { text: 'EMPI 731004582 - two identities, please review', found: ['EMPI 731004582'], why: 'enterprise patient index' },
    { text: '71200455 / 71200981 same patient? please merge', found: ['71200455', '71200981'], why: 'bare record numbers with chart-merge words' },
    { text: 'Chart merge: 5530871 into 5530918', found: ['5530871', '5530918'] },
    { text: 'dup MRNs? 7720395 / 7720418 - pls review', found: ['7720395', '7720418'], why: 'duplicate record numbers named by their keyword' },
    { text: '환자번호(MRN) 6620418 오더 누락', found: ['MRN) 6620418'], why: 'a keyword in parentheses before its value' },
    { text: 'Epikriz_hasta_no_30558172.pdf', kind: 'attachment', found: ['hasta_no_30558172'], why: 'a Turkish patient word with its marker' },
    { text: 'Ontslagbrief_patnr_5512-7730.pdf', kind: 'attachment', found: ['patnr_5512-7730'], why: 'Dutch patient number' },
    { text: 'Entlassbrief_Fallnr_55120934.pdf', kind: 'attachment', found: ['Fallnr_55120934'], why: 'German case number' },
    { text: 'Lettera_dimissione_cartella_2025-004417.pdf', kind: 'attachment', found: ['cartella_2025-004417'], why: 'Italian chart number' },
    { text: 'Fomu_mgonjwa_namba_AB-55190.pdf', kind: 'attachment', found: ['mgonjwa_namba_AB-55190'], why: 'Swahili patient word and marker' },
    { text: 'pt MRN 00617254 - wound dehiscence', found: ['MRN 00617254'], why: 'a patient word before another keyword does not take its value' },
    { text: 'Patient SSN 912-40-7731 on the consent', kind: 'subject', found: [], why: 'the SSN is its own detector\'s' },
    { text: 'Mã số hồ sơ bệnh án 6604418 cần sửa', found: ['sơ bệnh án 6604418'], why: 'a label inside a longer label (Vietnamese)' },
    { text: 'Выписка, № истории болезни 30917/25', found: ['истории болезни 30917/25'], why: 'the case history in the genitive after "№"' },
    { text: 'полис ОМС 4410 2297 6603 1185 не найден', found: ['полис ОМС 4410 2297 6603 1185'], why: 'a policy number printed in groups of four' },
    { text: 'رقم حساب المريض 7730512 - خطأ', found: ['رقم حساب المريض 7730512'], why: "an Arabic patient's account number" },
    { text: 'UHID 31120047718 - duplicate registration', found: ['UHID 31120047718'], why: "an Indian hospital's record number" },
    { text: 'बीमा सदस्य संख्या KX-55120937 गलत', found: ['बीमा सदस्य संख्या KX-55120937'], why: "a Hindi insurance member's number" },
  ],
});

describe('organisation MRN formats', () => {
  const options = { ...DEFAULT_OPTIONS, mrnFormats: [{ name: 'Example MRN', regex: compileOrgPattern('E\\d{7}') }] };
  test('match without a keyword, bounded by non-alphanumerics', () => {
    expect(run(mrn, 'Quill, Ada (E7051713) - pending troponin', 'subject', options).map((s) => s.text)).toEqual(['E7051713']);
    expect(run(mrn, 'XE7051713 and E70517139', 'subject', options)).toEqual([]);
  });
  test('are not used when the policy has none', () => {
    expect(run(mrn, 'Quill, Ada (E7051713)')).toEqual([]);
  });
});

detectorTable(memberId, {
  valid: ['Member advisory council - diabetes program', 'Subscriber services hours', { text: 'D&O insurance renewal - policy DO-5520-1184', why: "the organisation's own commercial insurance" }, { text: 'Client ID 3355 - invoice', why: 'client is not a keyword' }, 'Cardholder agreement for the corporate card', { text: 'MCD 2024 annual report', why: 'the abbreviation needs its marker' }, { text: 'Payer ID change: Ridgeback Health Plan now 55210', why: 'the "no" of "now" is no marker' }, { text: 'Cyber liability policy CYB-0412-2026 - questionnaire due', why: "the organisation's own cyber insurance" }, { text: 'Property policy no. 4471-CP-09 - flood rider', why: "the organisation's own property insurance" }, { text: 'Policy_v2026-03-14.pdf', why: 'a date-stamped version' }],
  invalid: [
    { text: 'Medicaid_ID_card_back_QR7730215044.jpg', found: ['Medicaid_ID_card_back_QR7730215044'], why: "a scanned card's side between the keyword and the value" },
    { text: 'Medicaid ID typo on the 834: MCD# 52019937104', found: ['MCD# 52019937104'], why: 'Medicaid abbreviated, with its marker' },
    { text: 'MCD_ID_card_front_TK55120937.jpg', kind: 'attachment', found: ['MCD_ID_card_front_TK55120937'], why: 'Medicaid abbreviated before its ID word' },
    { text: 'dead link https://portal.quillbrookhp.org/mbr/QBH308114095/eob', found: ['mbr/QBH308114095'], why: 'a member ID as a segment of a URL path' },
    { text: 'Eligibility: member ID XKM40028113-01 - termed?', found: ['member ID XKM40028113-01'] },
    { text: 'Third party liability questionnaire - Member ID W884120931', found: ['Member ID W884120931'], why: "a member's subrogation, not the organisation's own policy" },
    { text: 'RE: Subscriber # 20242803303 - COB update', found: ['Subscriber # 20242803303'] },
    { text: 'FW: member id: sph 007 993 413 0', found: ['member id: sph 007 993 413 0'] },
    { text: 'Medicaid ID 262317445 - retro eligibility', found: ['Medicaid ID 262317445'] },
    { text: 'Ridgeback Health Plan no. 55210884 - EOB', found: ['Plan no. 55210884'], why: 'a plan keyword with its marker' },
    { text: 'Recipient ID 2817851978 - NEMT denied', found: ['Recipient ID 2817851978'] },
    { text: 'grievance - mbr id w2774 0918 appeal', found: ['mbr id w2774 0918'] },
    { text: 'MemberIDcard_62219205203.png', kind: 'attachment', found: ['MemberIDcard_62219205203'] },
    { text: 'Appeal_Quill_MemberID_SDA423150597.pdf', kind: 'attachment', found: ['MemberID_SDA423150597'] },
    { text: 'Subscr ID QRT 4410 9921 - COB question', found: ['Subscr ID QRT 4410 9921'], why: 'abbreviated subscriber, spaced value' },
    { text: 'Rx reject: cardholder ID WNX00417729', found: ['cardholder ID WNX00417729'], why: 'pharmacy cardholder ID is the member ID' },
  ],
});

detectorTable(accountNumber, {
  valid: [
    { text: 'PV1-19 field mapping spec v3 review', why: "HL7's visit-number field named without a value" },
    { text: 'Vendor W-9 - acct 44120-8', why: 'vendor accounts are short; hospital accounts run 7+ digits' },
    { text: 'Internet svc acct 4410-2291 - outage credit', why: "a utility's or a carrier's account is the organisation's own" },
    { text: 'Brightline Cable acct 5512-0934 - lounge TV down', why: "a cable firm's account is the organisation's own" },
    { text: 'Acct 66120934 (Harwick Linen) past due', why: 'a trade word before a closing bracket' },

    { text: 'Cafeteria payroll deduction - account 0061934 refund', why: "an employee's payroll deduction account" },
    { text: 'Visit 2 of 3 scheduled', why: '"visit" needs a marker or a long number' },
    'Account locked after password reset',
    { text: 'Claim #20250311 for the roof repair', why: 'a claim with no care or health-plan words' },
    { text: 'Claim 4410028811 - vehicle damage estimate', why: 'an insurance claim that is not a health plan\'s' },
    { text: 'Account rev2024-11-04 reconciliation', why: 'a revision date stamp' },
    { text: 'Acct v2.1 mapping', why: 'a version' },
    { text: 'Remittance_statement_30418852_Q3.pdf', kind: 'attachment', why: 'a statement without care words: any supplier sends one' },
    { text: 'Statement 71140098 - broker commission', why: 'nor a commission statement' },
    { text: 'Customer acct 71140098 with the linen supplier past due', why: "the organisation's own account with a supplier" },
    { text: 'Vendor account 5512-0093 on credit hold' },
    { text: 'Acct 8830-21947 (Quarry Surgical Supply) - credit memo for returned staplers', why: 'a supplier named by its trade anywhere in the field' },
    { text: 'Account #5519-3307 past due 30 days - Wrenfield Linen', why: 'a linen service\'s account' },
    { text: 'Tollbridge acct 4418-22093 contract renewal', why: 'patients\' accounts get no contract renewals' },
    { text: 'Wholesaler 340B acct 512-0098 vs WAC', why: "a wholesaler's account" },
  ],
  invalid: [
    { text: 'remit_PtAcct_30918842.pdf', kind: 'attachment', found: ['PtAcct_30918842'], why: 'the patient account glued in an export' },
    { text: 'Acct 44120987 - Ines Okafor - Harbor Diagnostics', found: ['Acct 44120987'], why: "a trade that bills patients for their care is no supplier's" },
    { text: 'Acct 55120934 refund - Bayside Ambulance', found: ['Acct 55120934'], why: "an ambulance firm's account is a patient's" },
    { text: 'Acct 44120987 - Ines Cable, balance', found: ['Acct 44120987'], why: "Cable as a surname: a cable firm's account names its bill or service" },
    { text: "ADT A03 rejected: PV1-19 55120934 not on file", found: ["PV1-19 55120934"], why: "HL7's visit-number field" },
    { text: 'Acct# 3196484990 - self-pay plan', found: ['Acct# 3196484990'] },
    { text: 'Acct 44102291 - Medicaid app, need electric bill for proof of address', found: ['Acct 44102291'], why: 'a utility bill as proof of address does not make the account a utility' },
    { text: 'RE: FIN# 9394983852 - wrong payer', found: ['FIN# 9394983852'] },
    { text: 'RE: CSN 6076976498 missing charges', found: ['CSN 6076976498'] },
    { text: 'HAR 8029147415 - charge correction', found: ['HAR 8029147415'] },
    { text: 'Visit # V00079504707 - late entry', found: ['Visit # V00079504707'] },
    { text: 'visit_20240318-0042_summary.pdf', kind: 'attachment', found: ['visit_20240318-0042'] },
    { text: 'Acct_40982413_UB04.pdf', kind: 'attachment', found: ['Acct_40982413'] },
    { text: 'Claim # 6120034471 denied - EOB attached', found: ['Claim # 6120034471'], why: 'a claim beside health-plan words' },
    { text: 'Workers comp claim #55102233 - return to work note', found: ['claim #55102233'] },
    { text: 'statement 60417728 - pt says copay was charged twice', found: ['statement 60417728'], why: 'a statement beside patient and plan words needs no marker' },
    { text: 'Claim 5120093347 denied, dx not covered', found: ['Claim 5120093347'] },
    { text: 'HAR 55120392 - OR supplies missing from the bill', found: ['HAR 55120392'], why: 'supplies charged to an account are a patient\'s' },
    { text: 'Acct 66120934 - supplies billed to pt twice', found: ['Acct 66120934'], why: 'a supply word beside a patient word: care wins' },
    { text: 'Your acct 77120488 balance after insurance', found: ['acct 77120488'] },
    { text: 'CSN 4410293 - supply charge not on the bill', found: ['CSN 4410293'], why: "a patient's encounter number, whatever the field says" },
    { text: 'Acct 44120988 - Ames Medical Supply - Mrs. Pham', found: ['Acct 44120988'], why: 'a lay title names the patient' },
    { text: 'Acct 6612094 - supply charges for knee replacement', found: ['Acct 6612094'], why: 'supply charges in lower case are billed to a patient' },
  ],
});

detectorTable(accessionNumber, {
  valid: [{ text: 'GenBank accession OR551207 - isolates submitted', why: 'a sequence database accession' }, 'Specimen stability table v7', 'Q3-2024 results', { text: 'A-201_Infusion_Suite.pdf', kind: 'attachment' }, { text: 'Recall: LOT S24-0917 quarantined', why: 'a lot number' }],
  invalid: [
    { text: 'Specimen ID 25-MB-70399 - unlabeled tube', found: ['Specimen ID 25-MB-70399'] },
    { text: 'acc# M25-60078 - add-on lipase', found: ['acc# M25-60078'] },
    { text: 'Accn Q7730415528 clotted - recollect', found: ['Accn Q7730415528'], why: "the laboratory systems' abbreviation" },
    { text: 'Re: Accession CP25-302453 - hemolyzed', found: ['Accession CP25-302453'] },
    { text: 'SP24-09981_Quill.pdf', kind: 'attachment', found: ['SP24-09981'], why: 'year-prefixed pathology case format' },
  ],
});
