import { domainName } from '../detectors/domains';
import { RECRUITING_CUES } from '../lexicon/context-words';

/**
 * Facts about the sender's own organisation and mailbox, read from the sender's address.
 */

/**
 * A provider whose name says what it treats ("ironwoodkidney.com", "harborlight-bh.org",
 * "cedarline-dialysis.org", "clearpath-recovery.org", "apexinfusionrx.com", "sunnyside-aba.com": applied behaviour
 * analysis, a therapy for autism, as its own part of the name, not "saba.edu"): everyone it writes to about their care has that
 * condition or treatment. Several personal addresses in To or Cc on its mail disclose it, whatever the
 * subject (spec item 5). A general hospital's or clinic's name says nothing of the kind.
 */
// Home health agencies, rehabilitation and skilled nursing facilities too ("marigoldhomehealth.com", "pinebrookrehab.org"):
// the people they write to about care are their patients and residents, or those patients' families.
// Those only as the name's end ("homecareersacademy", "rehabequipmentco", "prehabfitness" are none).
const TREATMENT_NAME = /dialysis|kidney|renal|nephro|oncolog|cancer|tumou?r|chemo|infusion|behaviou?ral|mentalhealth|psych|recovery|addiction|detox|sober|methadone|opioid|hiv|fertility|ivf|hospice|transplant|eatingdisorder|dementia|memorycare|autism|(?:homehealth|homecare|(?:^|[^p])rehab|skillednursing|nursinghome)(?:$|-)|bh$|(?:^|-)aba(?:-|$)|abatherapy/;

/**
 * A treatment programme's own mailbox at any provider ("prep.navigator@", "iop-group@", "methadone.clinic@"): the
 * words of its local part name a treatment whose patients it writes to.
 */
const PROGRAMME_MAILBOX_WORDS = new Set(['iop', 'methadone', 'suboxone', 'buprenorphine', 'hiv', 'dialysis', 'hemodialysis', 'chemo', 'infusion', 'oncology', 'transplant', 'hospice', 'oud']);
/**
 * The words a programme's patient-facing mailbox adds to the programme's: nothing else ("infusion.pharmacy@",
 * "transplant.research@", "chemo.billing@" are offices). "prep" is also a kitchen's or a sterile supply's preparation:
 * HIV prevention only beside a clinical role ("prep.navigator@", "prep.clinic@"; not "prep.kitchen.team@").
 */
const PROGRAMME_ROLES = new Set(['navigator', 'navigation', 'clinic', 'program', 'programme', 'group', 'groups', 'nurse', 'nurses', 'rn', 'intake', 'coordinator', 'care', 'services']);
const PREP_ROLES = new Set(['navigator', 'navigation', 'clinic', 'program', 'programme', 'nurse', 'rn']);
export function isTreatmentProgrammeMailbox(address: string): boolean {
  const words = address.lastIndexOf('@') > 0 ? localWords(address) : [];
  if (words.includes('prep')) return words.every((w) => w === 'prep' || PREP_ROLES.has(w)) && words.some((w) => PREP_ROLES.has(w));
  return words.some((w) => PROGRAMME_MAILBOX_WORDS.has(w)) && words.every((w) => PROGRAMME_MAILBOX_WORDS.has(w) || PROGRAMME_ROLES.has(w));
}

/**
 * An office's own mailbox (human resources, payroll, IT, or a jobs, volunteer or giving mailbox: recruitingSender):
 * its mail to personal addresses is the staff's business.
 */
const OFFICE_MAILBOX_WORDS = new Set(['hr', 'payroll', 'benefits', 'it', 'helpdesk', 'finance', 'accounting', 'marketing']);
export function officeMailbox(address: string): boolean {
  const words = localWords(address);
  return words.some((w) => RECRUITING_WORDS.has(w)) || (address.lastIndexOf('@') > 0 && words.some((w) => OFFICE_MAILBOX_WORDS.has(w)));
}

export function isTreatmentProgrammeDomain(domain: string): boolean {
  return TREATMENT_NAME.test(domainName(domain));
}

/** A sender at a veterinary practice ("dr.holm@thistledownvets.com"): its patients are animals. */
export function isVeterinaryDomain(domain: string): boolean {
  return VETERINARY_DOMAIN.test(domainName(domain));
}
const VETERINARY_DOMAIN = /^vets?(?![a-z])|vets?$|veterinar|animal|petcare|equine/;

/**
 * A recipient that is a veterinary practice by its display name or its domain ("Cedar Paws Veterinary", "Fernbrook
 * Animal Hospital", "...animalclinic.com"). Stricter than a sender's domain: "vets" alone may be veterans.
 */
export function isVeterinaryPractice(displayName: string, domain: string): boolean {
  return VETERINARY_PRACTICE.test(displayName) || VETERINARY_PRACTICE.test(domain);
}
const VETERINARY_PRACTICE = /veterinar|animal\s?(?:hospital|clinic|care)|pet\s?(?:hospital|clinic)|vet\s?clinic|equine/i;

const RECRUITING_WORDS = new Set(RECRUITING_CUES.filter((w) => !w.includes(' ')));

/** The sender is a jobs, volunteer or giving mailbox ("volunteers@", "careers@"): its mail is not to patients. */
export function recruitingSender(address: string): boolean {
  return localWords(address).some((w) => RECRUITING_WORDS.has(w));
}

/** The words of an address's local part, in lower case ("prep.navigator@..." -> prep, navigator). */
function localWords(address: string): string[] {
  return address.slice(0, address.lastIndexOf('@')).toLowerCase().split(/[^a-z]+/).filter(Boolean);
}
