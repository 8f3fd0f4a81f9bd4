/**
 * Facts about the sender's own organisation, read from its mail domain.
 */

/**
 * A provider whose name says what it treats ("ironwoodkidney.com", "harborlight-bh.org",
 * "cedarline-dialysis.org", "clearpath-recovery.org"): everyone it writes to about their care has that
 * condition or treatment. Several personal addresses in To or Cc on its mail disclose it, whatever the
 * subject (spec item 5). A general hospital's or clinic's name says nothing of the kind.
 */
const TREATMENT_NAME = /dialysis|kidney|renal|nephro|oncolog|cancer|tumou?r|chemo|behaviou?ral|mentalhealth|psych|recovery|addiction|detox|sober|methadone|opioid|hiv|fertility|ivf|hospice|transplant|eatingdisorder|dementia|memorycare|(?:^|-)bh$|bh$/;

export function isTreatmentProgrammeDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  const name = labels.length >= 2 ? labels[labels.length - 2] : '';
  return TREATMENT_NAME.test(name);
}
