import type { Detector } from './detector';
import { accessionNumber } from './accession-number';
import { accountNumber } from './account-number';
import { ageOver89 } from './age-over-89';
import { personalEmail, phone } from './contact';
import { dateOfBirth } from './date-of-birth';
import { dea } from './dea';
import { healthContext } from './health-context';
import { hicn } from './hicn';
import { icd10 } from './icd10';
import { internationalId } from './international-id';
import { mbi } from './mbi';
import { memberId } from './member-id';
import { mrn } from './mrn';
import { npi } from './npi';
import { personName } from './person-name';
import { recipientHealth } from './recipient-health';
import { ssn } from './ssn';
import { streetAddress } from './street-address';
import { url } from './url';

/** Every field detector, in the order findings are reported. */
export const DETECTORS: readonly Detector[] = [
  ssn,
  mrn,
  memberId,
  mbi,
  hicn,
  internationalId,
  accountNumber,
  accessionNumber,
  dateOfBirth,
  ageOver89,
  url,
  recipientHealth,
  npi,
  dea,
  personName,
  phone,
  personalEmail,
  streetAddress,
  healthContext,
  icd10,
];

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(DETECTORS.map((d) => [d.meta.id, d]));

export * from './detector';
export { MASS_DISCLOSURE_META } from './mass-disclosure';
