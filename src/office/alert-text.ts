import { Finding, FieldGroup, Verdict, groupOf, ruleWords } from '../engine';

/** Smart Alerts limits (Office.SmartAlertsEventCompletedOptions). */
export const ERROR_MESSAGE_MAX = 500;
export const CANCEL_LABEL_MAX = 20;
export const NOTIFICATION_TEXT_MAX = 150;

const WHERE: Record<FieldGroup, string> = { subject: 'The subject', recipients: 'A recipient', attachments: 'An attachment name' };
const FIX: Record<FieldGroup, string> = {
  subject: 'Remove it; the body can carry it.',
  recipients: 'Use Bcc or the bare address.',
  attachments: 'Rename the file.',
};

/** One sentence per field group and rule, in the order of severity. Never the matched text. */
export function sentences(verdict: Verdict): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const sorted = [...verdict.findings].sort((a, b) => (a.action === b.action ? 0 : a.action === 'block' ? -1 : 1));
  for (const f of sorted) {
    const g = groupOf(f.field);
    const key = `${g}|${f.detectorId}|${f.messageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = ruleWords(f.detectorId, f.messageId);
    out.push(f.detectorId === 'mass-disclosure' ? `Several personal addresses can see each other on a health-related message. Move them to Bcc.` : `${WHERE[g]} contains ${what}. ${FIX[g]}`);
  }
  return out;
}

function fit(parts: string[], max: number, tail: string): string {
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const next = text ? `${text} ${parts[i]}` : parts[i];
    const more = parts.length - i - 1;
    const reserve = (more > 0 ? ` (+${more} more)` : '').length + (tail ? tail.length + 1 : 0);
    if (next.length + reserve > max) {
      text = `${text} (+${parts.length - i} more)`;
      break;
    }
    text = next;
  }
  const full = tail ? `${text} ${tail}` : text;
  return full.length > max ? full.slice(0, max - 1) + '\u2026' : full;
}

/** The Smart Alerts dialog text: makes sense with or without the button that opens the pane. */
export interface AlertOptions {
  action: 'block' | 'warn';
  canOpenPane: boolean;
  privacyContact: string;
  /** The organisation's own first sentence (policy behaviour.messages), if any. */
  lead?: string;
}

export function alertText(verdict: Verdict, opts: AlertOptions): string {
  const lead = opts.lead || (opts.action === 'block' ? 'PHI Guard stopped this message:' : 'PHI Guard found possible patient information:');
  const tail = [
    opts.canOpenPane ? 'Select "Fix in PHI Guard" for one-click fixes.' : 'Open PHI Guard from the ribbon for one-click fixes.',
    opts.privacyContact ? `Questions: ${opts.privacyContact}.` : '',
  ].filter(Boolean).join(' ');
  return fit([lead, ...sentences(verdict)], ERROR_MESSAGE_MAX, tail);
}

/** The same as Markdown (Mailbox 1.15): a bulleted list. */
export function alertMarkdown(verdict: Verdict, opts: AlertOptions): string {
  const lead = opts.lead ? `**${opts.lead}**` : opts.action === 'block' ? '**PHI Guard stopped this message.**' : '**PHI Guard found possible patient information.**';
  const items = sentences(verdict).map((s) => `- ${s}`);
  const tail = opts.canOpenPane ? 'Select **Fix in PHI Guard** for one-click fixes.' : 'Open PHI Guard from the ribbon for one-click fixes.';
  const contact = opts.privacyContact ? `\n\nQuestions: ${opts.privacyContact}.` : '';
  let md = `${lead}\n\n${items.join('\n')}\n\n${tail}${contact}`;
  while (md.length > ERROR_MESSAGE_MAX && items.length > 1) {
    items.pop();
    md = `${lead}\n\n${items.join('\n')}\n- (more in the pane)\n\n${tail}${contact}`;
  }
  return md.length > ERROR_MESSAGE_MAX ? md.slice(0, ERROR_MESSAGE_MAX - 1) + '\u2026' : md;
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
