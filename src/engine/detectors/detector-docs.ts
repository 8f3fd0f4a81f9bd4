/**
 * What each detector reports, in one line, and a fictitious example it reports: for the settings
 * pane, the CLI and the policy documentation, and checked by one generic test (test/engine/
 * detectors/examples.test.ts). Kept apart from the detectors so that the Outlook event handler,
 * which needs only the detectors, does not carry them.
 */
export interface DetectorDoc {
  /** One line for the settings pane and the CLI. */
  readonly description: string;
  /** A fictitious example that the detector reports. */
  readonly example: string;
}

export const DETECTOR_DOCS: Readonly<Record<string, DetectorDoc>> = {
  'accession-number': {
    description: 'Laboratory accession or specimen number after a keyword, or in the year-prefixed case format (S24-01234).',
    example: 'Accession XP25-100482 - hemolyzed, recollect',
  },
  'account-number': {
    description: 'Patient account, financial (FIN/HAR), encounter (CSN) or visit number after a keyword; a claim number beside health-plan words.',
    example: 'Acct# 7700123456 - self-pay plan',
  },
  'age-over-89': {
    description: 'An age of 90 or more, written as an age ("92 yo", "aged 93", "94th birthday").',
    example: 'Mr. Quill (92 yo) - family meeting',
  },
  'phone': {
    description: 'Phone or fax number (identity: flagged with health context).',
    example: 'Callback 555-201-0199 re: biopsy results',
  },
  'personal-email': {
    description: 'A personal e-mail address typed into a subject or file name (identity: flagged with health context).',
    example: 'ada.quill@gmail.com - A1c results',
  },
  'dob': {
    description: 'Date of birth: a real date after DOB/born/date of birth; an old unmarked date counts with health context.',
    example: 'Quill, Ada DOB 6/16/73 labs',
  },
  'dea': {
    description: 'DEA registration number (check digit). Identifies prescribers: off by default.',
    example: 'DEA AP5836727 renewal on file',
  },
  'health-context': {
    description: 'Conditions, medications, tests, procedures, encounters and patient words (health context for the combination rule).',
    example: 'echo + stress test results',
  },
  'hicn': {
    description: 'Legacy Medicare HICN (SSN + beneficiary code) after a keyword.',
    example: 'HICN 401127788A to MBI crosswalk failed',
  },
  'icd10': {
    description: 'ICD-10-CM diagnosis code (health context: flagged with a person in the same field).',
    example: 'Denial - Quill, Ada - dx Z79.4 not supported',
  },
  'international-id': {
    description: 'A health or social insurance number of another country after its keyword, valid by its issuer\'s check rule (NHS and CHI, Canadian provincial health cards and SIN, Australian Medicare, carte Vitale NIR, codice fiscale and tessera sanitaria, CNS, KVNR, BSN, NI number, Aadhaar, PPSN).',
    example: 'NHS no 401 023 2137 - referral letter',
  },
  'mass-disclosure': {
    description: 'Several external personal addresses in To/Cc on a message with health context (use Bcc).',
    example: 'To: five patients\' personal addresses, Subject: Cardiac rehab schedule change',
  },
  'mbi': {
    description: 'Medicare Beneficiary Identifier in the CMS format (no keyword needed).',
    example: 'MBI 5EG4-TE5-MK72 not matching',
  },
  'member-id': {
    description: 'Health plan member, subscriber, beneficiary or Medicaid ID after a keyword.',
    example: 'Eligibility: member ID XKM40028113-01',
  },
  'mrn': {
    description: 'Medical record number after a keyword (MRN, MR#, Med Rec #, chart #, patient #), or in one of the organisation\'s own MRN formats.',
    example: 'MRN 00451782 - consent needs re-signing',
  },
  'npi': {
    description: 'National Provider Identifier (Luhn check with the 80840 prefix). Identifies clinicians: off by default.',
    example: 'New provider onboarding, NPI 1234567893',
  },
  'person-name': {
    description: 'A person\'s name (identity: flagged with health context in the same field). Clinicians with a title or credential are left out.',
    example: 'Pt Ada Quill - abnormal CT',
  },
  'recipient-health': {
    description: 'A recipient display name or address that names a condition, treatment or patient status, or a list of patients or programme participants.',
    example: 'Ada Quill (dialysis pt) <ada.q@example.com>',
  },
  'ssn': {
    description: 'US Social Security number: delimited and within SSA issuing rules, or nine digits after an SSN keyword.',
    example: 'Guarantor SSN 401-12-7788 corrected',
  },
  'street-address': {
    description: 'A street address or PO box (identity: flagged with health context).',
    example: 'SOC visit 5308 Lakeview Ct - needs wound vac',
  },
  'url': {
    description: 'A link whose address carries patient identifiers (mrn=, patientId=, /patients/...).',
    example: 'https://ehr.example.org/chart?mrn=00120034',
  },
};
