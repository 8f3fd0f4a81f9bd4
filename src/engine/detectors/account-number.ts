import { BLOCK_SUBJECT_AND_FILES } from './detector';
import { keywordIdentifier } from './keyword-identifier';
import { BUSINESS_HEADS, HEALTH_NAMED_ORG_HEADS, INSTITUTION_HEADS, PATIENT_BILLING_TRADES } from '../lexicon/organisations';

/** Patient account, financial, encounter and visit numbers: keyword-anchored. */
export const accountNumber = keywordIdentifier({
  meta: {
    id: 'account-number',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a patient account or encounter number',
  },
  // HL7's fields name them too: PID-18 the patient account number, PV1-19 the visit number.
  // "PtAcct": the patient account glued in an export's file name ("835_remit_PtAcct_20077184.pdf").
  keywords: ['acct', 'account', 'patient account', 'patient acct', 'pt acct', 'ptacct', 'fin', 'har', 'csn', 'encounter', 'enc', 'guarantor account', 'billing account', 'pid 18', 'pv1 19'],
  keywordsNeedingMarker: ['visit', 'admission', 'episode', 'guarantor'],
  // A claim or a statement is a patient's only where the field speaks of care or a plan ("Claim # ... denied
  // - EOB", "statement 44120093 - copay"): banks, brokers and every supplier send statements too.
  keywordsNeedingHealth: ['claim', 'claim id', 'icn', 'statement'],
  optionsKey: 'account-number',
  // A ledger's or a bank's account is the organisation's own ("GL acct 6100-220-4410 posting error"), as is its account
  // with a business named by its trade or its company form ("Paxton Dental Supply acct 4471902", "Orrin Linen LLC acct").
  notAfter: ['customer', 'cust', 'vendor', 'supplier', 'distributor', 'wholesaler', 'wholesale', 'manufacturer', 'gl', 'general ledger', 'ledger', 'bank', 'checking', 'savings', 'merchant', 'payroll', 'escrow',
    'supply', 'supplies', 'inc', 'llc', 'corp', 'corporation', 'distributors', 'distribution', 'logistics'],
  // A utility's or a carrier's account ("Internet svc acct 4410-2291 - outage credit", "Brightline Cable acct") is the
  // organisation's own.
  // Not a utility bill: a Medicaid application asks for one as proof of address.
  // Nor an employee's payroll deduction account ("Parking payroll deduction - account 0048821").
  notInFieldWith: /\b(?:internet|broadband|wi ?fi|outage|cable tv|wireless|cell phone|cellular|telecom|isp|payroll deductions?)\b|\b[A-Z][a-z]+ Cable (?:acct|account|bill|tv|svc|service)\b/,
  // Nor, after the plain "acct" or "account", an account with a supplier named anywhere in the field by its trade, in its
  // name's capitals ("Acct 5512093 (Quarry Surgical Supply)", "Acct 4471-2290 past due - Wrenfield Linen"), or a
  // wholesaler's, a distributor's or a contract's ("wholesaler acct", "contract renewal"). Only where the field has no
  // health word at all and no lay title ("Acct 44120988 - Ames Medical Supply - Mrs. Pham" is a patient's); "supply
  // charges", "linen" in lower case are what a patient is billed for, and CSN, HAR or FIN are a patient's whatever
  // the field says.
  supplierField: namesSupplier,
  supplierKeywords: ['acct', 'account'],
  // Hospital account and encounter numbers run 7-12 digits; vendor and customer
  // accounts ("Sysco acct 44120-8") are often shorter.
  minDigits: 7,
});

/** A wholesaler, a distributor or a contract renewal, in any case. */
const SUPPLIER_WORDS = /\b(?:[Ww]holesalers?|[Dd]istributors?|[Cc]ontract renewal)\b/;
/**
 * A business's trade words (BUSINESS_HEADS: "Supply", "Linen", "Seafood"), in its name's Title Case; not the trades that
 * bill patients for their care ("Valley Medical", "Summit Diagnostics", "Valley Oxygen", "Bayside Ambulance"), whose
 * accounts are patients' (HEALTH_NAMED_ORG_HEADS, INSTITUTION_HEADS and PATIENT_BILLING_TRADES).
 */
const NOT_TRADES = new Set([...HEALTH_NAMED_ORG_HEADS, ...INSTITUTION_HEADS, ...PATIENT_BILLING_TRADES]);
const TRADES = new Set(BUSINESS_HEADS.filter((w) => !NOT_TRADES.has(w)));
const CAPITALISED = /^[A-Z][A-Za-z&'-]*$/;
const TITLE_CASE = /^[A-Z][a-z]+$/;
const WRAPPING = new Set(['(', ')', '"', "'", '.', ',', ';', ':', '!', '?']);
/** A word without the brackets, quotes and stops around it. */
function bare(w: string): string {
  let from = 0;
  let to = w.length;
  while (from < to && WRAPPING.has(w[from])) from++;
  while (to > from && WRAPPING.has(w[to - 1])) to--;
  return w.slice(from, to);
}
/**
 * The field names a supplier: a supplier's word, or a trade's word in Title Case right after a capitalised word
 * ("Quarry Surgical Supply", "Wrenfield Linen", "Blue Heron Seafood"; not "supply charges").
 */
function namesSupplier(text: string): boolean {
  if (SUPPLIER_WORDS.test(text)) return true;
  // Brackets and a closing stop around the name are no part of its words ("(Quarry Surgical Supply)").
  const words = text.split(/\s+/).map(bare);
  return words.some((w, k) => k > 0 && TITLE_CASE.test(w) && TRADES.has(w.toLowerCase()) && CAPITALISED.test(words[k - 1]));
}
