import { BLOCK_SUBJECT_AND_FILES } from './detector';
import { keywordIdentifier } from './keyword-identifier';

/** Health plan member, subscriber, beneficiary and Medicaid IDs: keyword-anchored. */
export const memberId = keywordIdentifier({
  meta: {
    id: 'member-id',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a health plan member ID',
  },
  keywords: ['member', 'memberid', 'member id', 'mbr', 'mbr id', 'mem id', 'subscriber', 'subscriber id', 'beneficiary id', 'medicaid', 'medicaid id', 'recipient id', 'insurance id', 'policy number', 'policy no', 'cin', 'medi-cal', 'health plan id', 'subscr', 'subscr id', 'cardholder id', 'cardholder', 'enrollee id', 'mcd id'],
  // "MCD# 71003948552": Medicaid abbreviated, with its marker or a long number (MCD is also a ticker and a company).
  keywordsNeedingMarker: ['policy', 'plan', 'insurance', 'mcd'],
  optionsKey: 'member-id',
  // A union's, a club's or a loyalty programme's members pay dues and earn rewards; a health plan's do not.
  // The organisation's own commercial insurance (directors and officers, liability, property, cyber) has
  // policies, not members: "D&O renewal - policy DO-7741-0922", "Malpractice policy PL-2025-88123 renewal
  // binder", "Workers comp policy WC 912-44-1187", "Property policy no. 4471-CP-09 - flood rider". Not "third
  // party liability": a member's accident claim the health plan recovers (subrogation).
  notInFieldWith:
    /\b(?:dues|union|steward|rewards?|loyalty|gym|fitness club|locker|membership freeze|freeze request|d ?& ?o|umbrella policy|underwriters?|broker|workers'? ?comp(?:ensation)?|malpractice|(?:professional|general|cyber|excess|products?) liability|(?:property|cyber|flood|fleet|auto) (?:insurance|policy|coverage)|liability policy|property ?(?:&|and|\/) ?casualty|commercial property|flood rider|builders'? risk|binder)\b/i,
});
