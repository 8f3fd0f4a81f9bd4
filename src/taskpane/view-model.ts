import { COMBINATION_ID, Field, FieldGroup, Finding, Message, Verdict, groupOf, placeholderFor, ruleWords } from '../engine';

/**
 * What the task pane shows, computed without React or Office so that it can
 * be tested on its own: findings grouped by field, the field value cut into
 * highlighted and plain segments, and the fixes each finding offers.
 */
export const SUBJECT_MAX = 255;

export interface Segment {
  text: string;
  /** Index into the group's findings when highlighted. */
  finding?: number;
}

export interface FieldView {
  field: Field;
  index?: number;
  part?: 'displayName' | 'emailAddress';
  /** The value as the user typed it. */
  value: string;
  segments: Segment[];
  findings: Finding[];
}

export interface GroupView {
  field: Field;
  title: string;
  why: string;
  action: 'block' | 'warn';
  items: FieldView[];
}

const TITLES: Record<Field, string> = { subject: 'Subject', to: 'To', cc: 'Cc', bcc: 'Bcc', attachments: 'Attachments' };
const WHY: Record<FieldGroup, string> = {
  subject: 'Subjects are never encrypted: they show in notifications, previews and logs.',
  recipients: 'Recipient names and addresses are visible to everyone on the message and are never encrypted.',
  attachments: 'File names are never encrypted: they show in previews, indexes and download prompts.',
};

/** Cuts `value` at the findings' spans; overlapping spans merge into one highlight. */
export function highlight(value: string, findings: Finding[]): Segment[] {
  const spans = findings
    .map((f, i) => ({ start: Math.max(0, f.start), end: Math.min(value.length, f.end), i }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push({ text: value.slice(at, start) });
    out.push({ text: value.slice(start, s.end), finding: s.i });
    at = s.end;
  }
  if (at < value.length || out.length === 0) out.push({ text: value.slice(at) });
  return out;
}

export function fieldValue(message: Message, f: Pick<Finding, 'field' | 'index' | 'part'>): string {
  if (f.field === 'subject') return message.subject;
  if (f.field === 'attachments') return message.attachments[f.index ?? 0]?.name ?? '';
  const r = message[f.field][f.index ?? 0];
  return r ? (f.part === 'emailAddress' ? r.emailAddress : r.displayName) : '';
}

/** Findings grouped by field in the order Subject, To, Cc, Bcc, Attachments; block before warn inside. */
export function groupFindings(message: Message, verdict: Verdict): GroupView[] {
  const order: Field[] = ['subject', 'to', 'cc', 'bcc', 'attachments'];
  const groups: GroupView[] = [];
  for (const field of order) {
    const fs = verdict.findings.filter((f) => f.field === field);
    if (fs.length === 0) continue;
    const byItem = new Map<string, Finding[]>();
    for (const f of fs) {
      const key = `${f.index ?? ''}|${f.part ?? ''}`;
      byItem.set(key, [...(byItem.get(key) ?? []), f]);
    }
    const items: FieldView[] = [...byItem.values()].map((list) => {
      const first = list[0];
      const value = fieldValue(message, first);
      return { field, index: first.index, part: first.part, value, segments: highlight(value, list), findings: list };
    });
    items.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    groups.push({
      field,
      title: TITLES[field],
      why: WHY[groupOf(field)],
      action: fs.some((f) => f.action === 'block') ? 'block' : 'warn',
      items,
    });
  }
  return groups;
}

/** The rule in plain words, for the pane ("medical record number"). */
export function ruleLabel(f: Finding): string {
  return ruleWords(f.detectorId, f.messageId).replace(/^(a|an) /, '');
}

// ---------------------------------------------------------------- subject fixes

const PREFIX = /^ *(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv)(?:\[\d{1,3}\])? ?: *)+/i;

export interface SubjectPlan {
  subject: string;
  /** The text taken out, for "move this to the body". */
  removed: string;
}

/**
 * Replaces (placeholder) or removes a finding's span in the subject. Keeps
 * RE:/FW: prefixes, tidies the separators left behind, and keeps within
 * Outlook's 255-character limit.
 */
export function planSubjectFix(subject: string, f: Pick<Finding, 'start' | 'end' | 'detectorId'>, mode: 'placeholder' | 'remove'): SubjectPlan {
  const start = Math.max(0, Math.min(f.start, subject.length));
  const end = Math.max(start, Math.min(f.end, subject.length));
  const removed = subject.slice(start, end);
  const prefix = (PREFIX.exec(subject) ?? [''])[0];
  const insert = mode === 'placeholder' ? placeholderFor(f.detectorId === COMBINATION_ID ? COMBINATION_ID : f.detectorId) : '';
  let rest = subject.slice(0, start) + insert + subject.slice(end);
  const hadPrefix = prefix.length > 0 && start >= prefix.length;
  let body = hadPrefix ? rest.slice(prefix.length) : rest;
  if (mode === 'remove') body = tidy(body);
  rest = ((hadPrefix ? prefix : '') + body).trimEnd();
  if (rest.length > SUBJECT_MAX) rest = rest.slice(0, SUBJECT_MAX);
  return { subject: rest, removed };
}

const SEPARATORS = '-,;:/|\u2013\u2014';
const isSeparator = (word: string): boolean => word.length > 0 && [...word].every((c) => SEPARATORS.includes(c));

/**
 * After removing a span: one space between words, a run of separators left
 * behind ("Pt , DOB") becomes one dash, none at either end. Word by word, so
 * it is linear on any input.
 */
function tidy(s: string): string {
  const out: string[] = [];
  for (const word of s.split(' ')) {
    if (word.length === 0) continue;
    if (isSeparator(word)) {
      if (out.length > 0 && !isSeparator(out[out.length - 1])) out.push('-');
      continue;
    }
    out.push(word);
  }
  while (out.length > 0 && isSeparator(out[out.length - 1])) out.pop();
  return out.join(' ');
}

// ------------------------------------------------------------- attachment fixes

/** A neutral file name that keeps the extension and does not collide with the others. */
export function neutralName(name: string, others: readonly string[]): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 8 && /^\.[a-z0-9]{1,7}$/i.test(name.slice(dot)) ? name.slice(dot).toLowerCase() : '';
  const taken = new Set(others.map((o) => o.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = `attachment-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

// -------------------------------------------------------------- recipient fixes

export type RecipientFix = 'move-to-bcc' | 'remove-recipient' | 'use-bare-address';

/** Which fixes a recipient finding offers, the recommended one first. */
export function recipientFixes(f: Finding): RecipientFix[] {
  if (f.detectorId === 'mass-disclosure') return ['move-to-bcc', 'remove-recipient'];
  if (f.part === 'displayName') return ['use-bare-address', 'remove-recipient'];
  return f.field === 'bcc' ? ['remove-recipient'] : ['move-to-bcc', 'remove-recipient'];
}
