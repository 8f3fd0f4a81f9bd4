import { Finding, FieldGroup, Verdict, groupOf, ruleWords } from '../engine';

/** Smart Alerts limits (Office.SmartAlertsEventCompletedOptions). */
export const ERROR_MESSAGE_MAX = 500;
export const CANCEL_LABEL_MAX = 20;
export const NOTIFICATION_TEXT_MAX = 150;

const WHERE: Record<FieldGroup, string> = { subject: 'The subject', recipients: 'A recipient', attachments: 'An attachment name' };
const COUNTED: Record<FieldGroup, string> = { subject: 'finding', recipients: 'recipient', attachments: 'attachment name' };

/**
 * One line per field group, in the order Subject, recipients, attachment names,
 * each rule named once: "Subject: a medical record number, a patient name
 * together with health information." Recipients and attachment names are
 * counted ("2 attachment names: ..."). The short form keeps only the field and
 * the count ("2 attachment names."). Never the matched text.
 */
export function fieldLines(verdict: Verdict): { full: string; short: string }[] {
  const out: { full: string; short: string }[] = [];
  for (const g of ['subject', 'recipients', 'attachments'] as FieldGroup[]) {
    const fs = verdict.findings.filter((f) => groupOf(f.field) === g);
    if (!fs.length) continue;
    const rules: string[] = [];
    const where: string[] = [];
    for (const f of fs) {
      const w = ruleWords(f.detectorId, f.messageId).replace(/^one of several /, 'several ');
      if (rules.indexOf(w) < 0) rules.push(w);
      if (where.indexOf(f.field + f.index) < 0) where.push(f.field + f.index);
    }
    const n = g === 'subject' ? fs.length : where.length;
    const count = `${n} ${COUNTED[g]}${n > 1 ? 's' : ''}`;
    out.push(g === 'subject' ? { full: `Subject: ${rules.join(', ')}.`, short: `Subject: ${count}.` } : { full: `${count}: ${rules.join(', ')}.`, short: `${count}.` });
  }
  return out;
}

/**
 * The field lines in `frame` (the text around them) within `max`: lines are
 * cut to their short form, the longest recipients or attachments line first and
 * the subject's last, until they fit, so every field stays named.
 */
function fitLines(verdict: Verdict, max: number, frame: (lines: string[]) => string): string {
  const lines = fieldLines(verdict);
  const cut = lines.map(() => false);
  const text = () => frame(lines.map((l, i) => (cut[i] ? l.short : l.full)));
  const weight = (l: { full: string; short: string }) => (l.short.indexOf('Subject') === 0 ? 0 : l.full.length);
  let t = text();
  while (t.length > max) {
    let next = -1;
    lines.forEach((l, i) => {
      if (!cut[i] && (next < 0 || weight(l) > weight(lines[next]))) next = i;
    });
    if (next < 0) break;
    cut[next] = true;
    t = text();
  }
  // Only an organisation's own very long first sentence gets here.
  return t.length > max ? t.slice(0, max - 1) + '\u2026' : t;
}

/** The Smart Alerts dialog text: makes sense with or without the button that opens the pane. */
export interface AlertOptions {
  action: 'block' | 'warn';
  canOpenPane: boolean;
  privacyContact: string;
  /** The organisation's own first sentence (policy behaviour.messages), if any. */
  lead?: string;
}

const OPEN_PANE = 'Open PHI Guard from the ribbon for one-click fixes.';

export function alertText(verdict: Verdict, opts: AlertOptions): string {
  const lead = opts.lead || (opts.action === 'block' ? 'PHI Guard stopped this message.' : 'PHI Guard found possible patient information.');
  const tail = (opts.canOpenPane ? 'Select "Fix in PHI Guard" for one-click fixes.' : OPEN_PANE) + (opts.privacyContact ? ` Questions: ${opts.privacyContact}.` : '');
  return fitLines(verdict, ERROR_MESSAGE_MAX, (lines) => [lead, ...lines, tail].join(' '));
}

/** The same as Markdown (Mailbox 1.15): one bullet per field. */
export function alertMarkdown(verdict: Verdict, opts: AlertOptions): string {
  const lead = opts.lead ? `**${opts.lead}**` : opts.action === 'block' ? '**PHI Guard stopped this message.**' : '**PHI Guard found possible patient information.**';
  const tail = (opts.canOpenPane ? 'Select **Fix in PHI Guard** for one-click fixes.' : OPEN_PANE) + (opts.privacyContact ? `\n\nQuestions: ${opts.privacyContact}.` : '');
  return fitLines(verdict, ERROR_MESSAGE_MAX, (lines) => `${lead}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${tail}`);
}

/** One notification per field group while composing: at most 150 characters. */
export function notificationText(group: FieldGroup, findings: Finding[]): string {
  const rules = [...new Set(findings.map((f) => ruleWords(f.detectorId, f.messageId)))];
  const text = `PHI Guard: ${WHERE[group].toLowerCase()} contains ${rules[0]}${rules.length > 1 ? ` and ${rules.length - 1} more` : ''}. The PHI Guard pane has the fix.`;
  return text.length > NOTIFICATION_TEXT_MAX ? text.slice(0, NOTIFICATION_TEXT_MAX - 1) + '\u2026' : text;
}

/** contextData for the task pane: where the findings are, not what they say. */
export function paneContext(verdict: Verdict): string {
  const findings = verdict.findings.slice(0, 40).map((f) => ({ field: f.field, index: f.index, part: f.part, start: f.start, end: f.end, detectorId: f.detectorId, action: f.action }));
  return JSON.stringify({ source: 'smart-alert', findings });
}
