import { COMBINATION_ID, Field, FieldGroup, Finding, Message, Policy, Recipient, Verdict, groupOf, placeholderFor, scanMessage } from '../engine';
import type { FixStep } from '../office/fixes';
import { SUBJECT_SET_MAX, recipientsAfter, renameBlocker } from '../office/fixes';
import type { AttachmentDetailsLike, HostEnv } from '../office/host';
import { fieldValue, ruleLabel, sentenceCase } from '../shared/fields';

/**
 * What the task pane shows, computed without React or Office so that it can
 * be tested on its own: findings grouped by field, the field value cut into
 * highlighted and plain segments, and the fixes each finding offers, planned
 * here and checked here. A fix is offered only when applying it to the message
 * and scanning again shows that it clears what it is offered for and brings
 * nothing new (issue 17: "Use the address only" and "Move to Bcc" were offered
 * where they changed nothing).
 */
export interface Segment {
  text: string;
  /** Set when highlighted. */
  finding?: number;
}

export interface PlannedFix {
  /** Unique in the pane (React key). */
  id: string;
  /** The button. */
  label: string;
  /** Announced when it is done, and shown with Undo: "Subject replaced". */
  done: string;
  step: FixStep;
  primary: boolean;
  /** The findings it was checked to clear (applied to the message and scanned again). */
  clears: Finding[];
}

/** One thing to fix: a finding in the subject, or a recipient or attachment with its findings. */
export interface FindingRow {
  /** Stable across re-scans while the problem is there. */
  key: string;
  /** Its place among all the pane's rows, from 0: after a fix, focus goes to the row now in that place. */
  position: number;
  /** The rules in plain words, capitalised ("Medical record number"). */
  rules: string[];
  action: 'block' | 'warn';
  fixes: PlannedFix[];
  /** Why a fix the user might expect is not offered, or how to fix it by hand. */
  advice?: string;
}

export interface FieldView {
  field: Field;
  index?: number;
  /** What the value is, for its accessible name: "Subject", "Recipient", "File name". */
  kind: string;
  /** The value as the user typed it, cut into plain and highlighted parts. */
  segments: Segment[];
  rows: FindingRow[];
}

export interface GroupView {
  field: Field;
  title: string;
  why: string;
  action: 'block' | 'warn';
  /** Fixes for the whole field ("Move all 3 to Bcc"). */
  fixes: PlannedFix[];
  items: FieldView[];
}

/** What the pane plans from. */
export interface PaneInput {
  message: Message;
  /** As Office lists them (ids for the fixes), in the message's order. */
  attachments: AttachmentDetailsLike[];
  verdict: Verdict;
  policy: Policy;
  /** Whether this Outlook can rename attachments (Mailbox 1.8). */
  env: Pick<HostEnv, 'isSetSupported'>;
}

const TITLES: Record<Field, string> = { subject: 'Subject', to: 'To', cc: 'Cc', bcc: 'Bcc', attachments: 'Attachments' };
const WHY: Record<FieldGroup, string> = {
  subject: 'Subjects are never encrypted: they show in notifications, previews and logs.',
  recipients: 'Recipient names and addresses are visible to everyone on the message and are never encrypted.',
  attachments: 'File names are never encrypted: they show in previews, indexes and download prompts.',
};
const MASS = 'mass-disclosure';

/** Cuts `value` at the findings' spans; overlapping spans merge into one highlight. */
export function highlight(value: string, findings: Pick<Finding, 'start' | 'end'>[]): Segment[] {
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

// One implementation of each shared helper (src/shared/fields.ts); re-exported for the pane's modules.
export { fieldValue, ruleLabel };
const capitalise = sentenceCase;

// ------------------------------------------------------------ placeholders

/** A person's detail found with health information: the placeholder names what was there. */
const COMBINATION_PLACEHOLDERS: Record<string, string> = {
  found: '[patient]',
  initials: '[patient]',
  probable: '[date removed]',
  phone: '[phone removed]',
  'personal-email': '[e-mail removed]',
  'street-address': '[address removed]',
  split: '[details removed]',
};
const DETECTOR_PLACEHOLDERS: Record<string, string> = {
  'person-name': '[patient]',
  phone: '[phone removed]',
  'personal-email': '[e-mail removed]',
  'street-address': '[address removed]',
  icd10: '[diagnosis code removed]',
};

/** The neutral text that replaces a finding's span: it fits what was found (a phone number is never "[patient]"). */
export function placeholder(f: Pick<Finding, 'detectorId' | 'messageId'>): string {
  if (f.detectorId === COMBINATION_ID) return COMBINATION_PLACEHOLDERS[f.messageId] ?? '[details removed]';
  if (f.detectorId === 'dob' && f.messageId === 'probable') return '[date removed]';
  return DETECTOR_PLACEHOLDERS[f.detectorId] ?? placeholderFor(f.detectorId);
}

// ---------------------------------------------------------------- subject fixes

const PREFIX = /^ *(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv)(?:\[\d{1,3}\])? ?: *)+/i;

export type SubjectMode = 'placeholder' | 'remove' | 'move';

export interface SubjectPlan {
  subject: string;
  /** Text for the top of the body, in the order it stood in the subject (empty: the body is not touched). */
  toBody: string[];
  /** What moved into the body, in words and without the text itself, for the user: "The part ... is now at the top of the body." */
  moved?: string;
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
  while (out.length > 0 && isSeparator(out[0])) out.shift();
  return out.join(' ');
}

/** Short words a full stop follows without ending the sentence ("Dr. Quill", "A. Quill"). */
const ABBREVIATION = /^(?:[a-z]|dr|mr|mrs|ms|mx|st|pt|jr|sr|prof|no|vs|approx|dept|appt)$/i;

/**
 * The subject after its prefix, cut into sentences and clauses: a full stop,
 * question or exclamation mark before a capital or a digit (not after an
 * abbreviation), a semicolon, a colon, or a dash, bar or slash between spaces.
 * Returns [start, end) spans in the subject, trimmed, never empty. Linear.
 */
export function subjectClauses(subject: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const push = (start: number, end: number) => {
    while (start < end && subject[start] === ' ') start++;
    while (end > start && subject[end - 1] === ' ') end--;
    if (end > start) out.push([start, end]);
  };
  let start = from;
  for (let i = from; i < subject.length; i++) {
    const c = subject[i];
    const next = subject[i + 1];
    if ((c === ';' || c === ':') && (next === ' ' || next === undefined)) {
      push(start, c === ';' ? i + 1 : i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?') && next === ' ' && /[A-Z0-9]/.test(subject[i + 2] ?? '')) {
      const word = subject.slice(subject.lastIndexOf(' ', i - 1) + 1, i);
      if (c !== '.' || !ABBREVIATION.test(word)) {
        push(start, i + 1);
        start = i + 1;
      }
    } else if (c === ' ' && next !== undefined && '-|/\u2013\u2014'.includes(next) && subject[i + 2] === ' ') {
      push(start, i);
      start = i + 2;
      i += 1;
    }
  }
  push(start, subject.length);
  return out;
}

/**
 * Keeps a subject within Outlook's 255 characters: cut after the last whole
 * sentence or clause that fits (when that keeps at least half the limit), else
 * between words. The rest is returned to move, never dropped.
 */
export function fitSubject(subject: string, keep = 0): { subject: string; overflow: string } {
  if (subject.length <= SUBJECT_SET_MAX) return { subject, overflow: '' };
  const ends = subjectClauses(subject, keep).map(([, e]) => e).filter((e) => e <= SUBJECT_SET_MAX);
  let cut = ends.length && ends[ends.length - 1] >= SUBJECT_SET_MAX / 2 ? ends[ends.length - 1] : subject.lastIndexOf(' ', SUBJECT_SET_MAX);
  // One word longer than the limit: cut inside it (the rest still moves to the body).
  if (cut <= keep) cut = SUBJECT_SET_MAX;
  return { subject: subject.slice(0, cut).trimEnd(), overflow: subject.slice(cut).trim() };
}

const chars = (n: number) => `${n} character${n === 1 ? '' : 's'}`;

/**
 * Plans a subject fix for one finding. `placeholder` replaces the finding's
 * span with a placeholder that fits it, `remove` takes the span out, `move`
 * takes the whole sentence or clause that holds it into the body. Keeps
 * RE:/FW: prefixes and tidies the separators left behind. Nothing typed is
 * lost: a subject still over Outlook's 255 characters is cut between words and
 * its end moves to the body as well.
 */
export function planSubjectFix(subject: string, f: Pick<Finding, 'start' | 'end' | 'detectorId' | 'messageId'>, mode: SubjectMode): SubjectPlan {
  const start = Math.max(0, Math.min(f.start, subject.length));
  const end = Math.max(start, Math.min(f.end, subject.length));
  const prefix = (PREFIX.exec(subject) ?? [''])[0];
  const keepPrefix = prefix.length > 0 && start >= prefix.length;
  const head = keepPrefix ? prefix : '';
  const rest = keepPrefix ? subject.slice(prefix.length) : subject;
  const offset = keepPrefix ? prefix.length : 0;

  let body: string;
  let sentence = '';
  let sentenceFirst = true;
  if (mode === 'move') {
    const clauses = subjectClauses(subject, offset).filter(([s, e]) => e > start && s < end);
    const from = clauses.length ? clauses[0][0] : start;
    const to = clauses.length ? clauses[clauses.length - 1][1] : end;
    sentence = subject.slice(from, to);
    const after = subject.slice(to).trim();
    sentenceFirst = after.length > 0;
    body = tidy(`${subject.slice(offset, from)} ${after}`);
    // Nothing left: a placeholder keeps the subject from going blank.
    if (!body) body = placeholder(f);
  } else {
    body = rest.slice(0, start - offset) + (mode === 'placeholder' ? placeholder(f) : '') + rest.slice(end - offset);
    if (mode === 'remove') body = tidy(body);
  }
  const fitted = fitSubject((head + body).trimEnd(), head.length);
  const toBody = sentence ? (sentenceFirst ? [sentence, fitted.overflow] : [fitted.overflow, sentence]) : [fitted.overflow];
  const moved: string[] = [];
  if (sentence) moved.push(`the part of the subject that holds the finding (${chars(sentence.length)})`);
  if (fitted.overflow) moved.push(`the end of the subject (${chars(fitted.overflow.length)}), which did not fit Outlook's ${SUBJECT_SET_MAX}-character limit,`);
  return {
    subject: fitted.subject,
    toBody: toBody.filter(Boolean),
    moved: moved.length ? `${capitalise(moved.join(' and '))} ${moved.length > 1 ? 'are' : 'is'} now at the top of the body.` : undefined,
  };
}

// ------------------------------------------------------------- attachment fixes

/** A neutral file name that keeps the extension and does not collide with the others. */
export function neutralName(name: string, others: Iterable<string>): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 8 && /^\.[a-z0-9]{1,7}$/i.test(name.slice(dot)) ? name.slice(dot).toLowerCase() : '';
  const taken = new Set([...others].map((o) => o.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = `attachment-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

// -------------------------------------------------------------- recipient fixes

export type RecipientFix = 'move-to-bcc' | 'remove-recipient' | 'use-bare-address';
type Lists = { to: Recipient[]; cc: Recipient[]; bcc: Recipient[] };

/** The recipient lists with every exposed To/Cc recipient moved to Bcc, in the order they stood (To first, then Cc). */
export function moveAllToBcc(lists: Lists, exposed: { field: 'to' | 'cc'; index: number }[]): Lists {
  const moving = (field: 'to' | 'cc', i: number) => exposed.some((e) => e.field === field && e.index === i);
  return {
    to: lists.to.filter((_, i) => !moving('to', i)),
    cc: lists.cc.filter((_, i) => !moving('cc', i)),
    bcc: [...lists.bcc, ...lists.to.filter((_, i) => moving('to', i)), ...lists.cc.filter((_, i) => moving('cc', i))],
  };
}

const sameAddress = (r: Recipient) => !r.displayName.trim() || r.displayName.trim().toLowerCase() === r.emailAddress.trim().toLowerCase();

// ------------------------------------------------------------ checking a fix

/** What a finding is about, independent of where a fix moves it: counted before and after. */
function findingKey(message: Message, f: Finding): string {
  if (f.field === 'subject') return `subject|${f.detectorId}|${message.subject.slice(f.start, f.end).toLowerCase()}`;
  if (f.field === 'attachments') return `attachments|${f.detectorId}|${fieldValue(message, f).slice(f.start, f.end).toLowerCase()}`;
  const r = message[f.field][f.index ?? 0];
  return `recipient|${f.detectorId}|${f.part ?? ''}|${(r?.emailAddress ?? '').toLowerCase()}`;
}

function countKeys(message: Message, findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const k = findingKey(message, f);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The message as it would be after a fix (a renamed attachment keeps its place: applyFix sees to it). */
export function messageAfter(message: Message, attachments: AttachmentDetailsLike[], step: FixStep): Message {
  switch (step.kind) {
    case 'subject':
      return { ...message, subject: step.subject };
    case 'recipients':
      return { ...message, to: step.to, cc: step.cc, bcc: step.bcc };
    case 'rename-attachment': {
      const at = attachments.findIndex((a) => a.id === step.id);
      return { ...message, attachments: message.attachments.map((a, i) => (i === at ? { ...a, name: step.name } : a)) };
    }
  }
}

/**
 * Which of `targets` applying `step` clears (the scan after it has fewer of
 * each); none when it would bring a finding that was not there before.
 */
export function clearedBy(input: Pick<PaneInput, 'message' | 'attachments' | 'verdict' | 'policy'>, step: FixStep, targets: Finding[]): Finding[] {
  const after = messageAfter(input.message, input.attachments, step);
  const before = countKeys(input.message, input.verdict.findings);
  const now = countKeys(after, scanMessage(after, input.policy).findings);
  for (const [k, n] of now) if (n > (before.get(k) ?? 0)) return [];
  return targets.filter((t) => {
    const k = findingKey(input.message, t);
    return (now.get(k) ?? 0) < (before.get(k) ?? 0);
  });
}

/** True when applying `step` clears every one of `targets` and brings nothing new. */
export function fixClears(input: Pick<PaneInput, 'message' | 'attachments' | 'verdict' | 'policy'>, step: FixStep, targets: Finding[]): boolean {
  return clearedBy(input, step, targets).length === targets.length;
}

// ------------------------------------------------------------ the whole pane

const BCC_DOES_NOT_HELP = 'Bcc does not help here: the address itself reveals health information, and a Bcc address is still stored and sent unencrypted. Remove it, and reach these people another way.';
const FIX_BY_HAND = 'No one-click fix clears this. Edit it in the message yourself.';

function subjectRows(input: PaneInput, findings: Finding[]): FindingRow[] {
  const seen = new Map<string, number>();
  return findings.map((f, i) => {
    const base = findingKey(input.message, f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const plans: [SubjectMode, string, string][] = [
      ['placeholder', `Replace with "${placeholder(f)}"`, 'Subject replaced'],
      ['remove', 'Remove', 'Removed from the subject'],
      ['move', 'Move to body', 'Moved to the body'],
    ];
    const fixes: PlannedFix[] = [];
    for (const [mode, label, done] of plans) {
      const plan = planSubjectFix(input.message.subject, f, mode);
      const step: FixStep = { kind: 'subject', subject: plan.subject, ...(plan.toBody.length ? { prependToBody: plan.toBody.join('\n\n'), moved: plan.moved } : {}) };
      if (!fixClears(input, step, [f])) continue;
      fixes.push({ id: `subject-${i}-${mode}`, label, done, step, primary: fixes.length === 0, clears: [f] });
    }
    return { key: `${base}|${n}`, position: 0, rules: [capitalise(ruleLabel(f))], action: f.action, fixes, advice: fixes.length ? undefined : FIX_BY_HAND };
  });
}

function recipientRow(input: PaneInput, field: 'to' | 'cc' | 'bcc', index: number, findings: Finding[]): FindingRow {
  const m = input.message;
  const r = m[field][index];
  const lists = { to: m.to, cc: m.cc, bcc: m.bcc };
  const candidates: [RecipientFix, string, string][] = [
    ['use-bare-address', 'Use the address only', 'Display name removed'],
    ['move-to-bcc', 'Move to Bcc', 'Moved to Bcc'],
    ['remove-recipient', 'Remove recipient', 'Recipient removed'],
  ];
  const fixes: PlannedFix[] = [];
  for (const [fix, label, done] of candidates) {
    if (fix === 'use-bare-address' && (!r || sameAddress(r))) continue;
    if (fix === 'move-to-bcc' && field === 'bcc') continue;
    const step: FixStep = { kind: 'recipients', ...recipientsAfter(lists, field, index, fix) };
    // A recipient may have two findings (a name with a condition, and an exposed personal address):
    // a fix is offered when it clears at least one of them and brings nothing new.
    const clears = clearedBy(input, step, findings);
    if (clears.length === 0) continue;
    fixes.push({ id: `${field}-${index}-${fix}`, label, done, step, primary: fixes.length === 0, clears });
  }
  const addressReveals = findings.some((f) => f.part === 'emailAddress' && f.detectorId !== MASS);
  const bccWouldHelp = fixes.some((f) => f.id.endsWith('move-to-bcc'));
  return {
    key: `${field}|${(r?.emailAddress ?? '').toLowerCase()}|${index}`,
    position: 0,
    rules: [...new Set(findings.map((f) => capitalise(ruleLabel(f))))],
    action: findings.some((f) => f.action === 'block') ? 'block' : 'warn',
    fixes,
    advice: addressReveals && !bccWouldHelp ? BCC_DOES_NOT_HELP : fixes.length ? undefined : FIX_BY_HAND,
  };
}

function recipientSegments(r: Recipient, findings: Finding[]): Segment[] {
  const address = findings.filter((f) => f.part !== 'displayName');
  const name = findings.filter((f) => f.part === 'displayName');
  // A bare recipient (Outlook shows the address as the name): once, with every highlight.
  if (sameAddress(r)) return highlight(r.emailAddress, r.displayName.trim() ? [...address, ...name] : address);
  return [...highlight(r.displayName, name), { text: ' <' }, ...highlight(r.emailAddress, address), { text: '>' }];
}

/** Findings grouped by field in the order Subject, To, Cc, Bcc, Attachments, with the fixes that clear them. */
export function paneView(input: PaneInput): GroupView[] {
  const { message, verdict } = input;
  const groups: GroupView[] = [];
  const flaggedAttachments = new Set(verdict.findings.filter((f) => f.field === 'attachments').map((f) => f.index ?? 0));
  // New names for every flagged attachment at once, so that two are never offered the same one.
  const taken = new Set(input.attachments.map((a) => a.name));
  const newNames = new Map<number, string>();
  for (const i of [...flaggedAttachments].sort((a, b) => a - b)) {
    const name = neutralName(input.attachments[i]?.name ?? '', taken);
    taken.add(name);
    newNames.set(i, name);
  }

  for (const field of ['subject', 'to', 'cc', 'bcc', 'attachments'] as Field[]) {
    const fs = verdict.findings.filter((f) => f.field === field);
    if (fs.length === 0) continue;
    const items: FieldView[] = [];
    const groupFixes: PlannedFix[] = [];
    if (field === 'subject') {
      items.push({ field, kind: 'Subject', segments: highlight(message.subject, fs), rows: subjectRows(input, fs) });
    } else {
      const indexes = [...new Set(fs.map((f) => f.index ?? 0))].sort((a, b) => a - b);
      for (const index of indexes) {
        const mine = fs.filter((f) => (f.index ?? 0) === index);
        if (field === 'attachments') {
          const a = input.attachments[index];
          const blocker = a ? renameBlocker(a, input.env) : 'The attachment is no longer there.';
          const name = newNames.get(index) ?? 'attachment';
          const step: FixStep = { kind: 'rename-attachment', id: a?.id ?? '', name };
          const fixes: PlannedFix[] = !blocker && fixClears(input, step, mine) ? [{ id: `attachments-${index}-rename`, label: `Rename to "${name}"`, done: 'Attachment renamed', step, primary: true, clears: mine }] : [];
          items.push({
            field,
            index,
            kind: 'File name',
            segments: highlight(message.attachments[index]?.name ?? '', mine),
            rows: [{ key: `attachments|${a?.id ?? index}`, position: 0, rules: [...new Set(mine.map((f) => capitalise(ruleLabel(f))))], action: mine.some((f) => f.action === 'block') ? 'block' : 'warn', fixes, advice: blocker ?? (fixes.length ? undefined : FIX_BY_HAND) }],
          });
        } else {
          const r = message[field][index];
          items.push({ field, index, kind: 'Recipient', segments: r ? recipientSegments(r, mine) : [{ text: '' }], rows: [recipientRow(input, field, index, mine)] });
        }
      }
    }
    if (field === 'to' || field === 'cc') {
      const exposed = verdict.findings.filter((f) => f.detectorId === MASS && (f.field === 'to' || f.field === 'cc'));
      // Once, on the first field that has them.
      if (exposed.length > 1 && fs.some((f) => f.detectorId === MASS) && !groups.some((g) => g.fixes.some((x) => x.id === 'mass-bcc'))) {
        const step: FixStep = { kind: 'recipients', ...moveAllToBcc({ to: message.to, cc: message.cc, bcc: message.bcc }, exposed.map((f) => ({ field: f.field as 'to' | 'cc', index: f.index ?? 0 }))) };
        if (fixClears(input, step, exposed)) groupFixes.push({ id: 'mass-bcc', label: `Move all ${exposed.length} to Bcc`, done: `${exposed.length} recipients moved to Bcc`, step, primary: true, clears: exposed });
      }
    }
    groups.push({ field, title: TITLES[field], why: WHY[groupOf(field)], action: fs.some((f) => f.action === 'block') ? 'block' : 'warn', fixes: groupFixes, items });
  }
  let position = 0;
  for (const g of groups) for (const item of g.items) for (const row of item.rows) row.position = position++;
  return groups;
}

/** Every row in the order the pane shows them: where focus goes after a fix. */
export function rowKeys(groups: GroupView[]): string[] {
  return groups.flatMap((g) => g.items.flatMap((i) => i.rows.map((r) => r.key)));
}
