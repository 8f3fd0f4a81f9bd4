import * as v from 'valibot';
import type { Attachment, Message, Recipient } from './types';

/**
 * The one message-shape schema: every entry point (the CLI's JSONL and .eml
 * readers, the on-send handler and the task pane through src/office/read-item.ts)
 * checks what it was given with it before the engine sees it. A value of the
 * wrong type is bad input, never an empty field: scanning `{"attachments": {...}}`
 * as "no attachments" would pass exactly the field that was not read.
 *
 * Accepted: the shape Office.js returns in compose mode,
 * `{ subject, to, cc, bcc: [{displayName, emailAddress}], attachments: [{name, size?, isInline?}], senderAddress? }`,
 * and in files also a recipient as a bare address or `{name, address}`, an
 * attachment as a bare name or `{filename}`. A field that is absent or null is
 * empty (it hides nothing). Unknown keys are refused (a misspelt "subjet" would
 * otherwise leave the subject unscanned), except the properties Office.js adds
 * to recipients and attachments.
 *
 * Problems are reported by path and kind only, never with the input's text.
 */

const TEXT = 'expected text';

const text = (): v.GenericSchema<unknown, string | null | undefined> => v.nullish(v.string(TEXT));

/** A plain object (valibot's object schemas also take arrays). */
const isPlainObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

const RecipientObjectSchema = v.pipe(
  v.strictObject(
    {
      displayName: text(),
      emailAddress: text(),
      /** postal-mime's and mbox tools' spelling. */
      name: text(),
      address: text(),
      /** Office.js adds these; they carry no text PHI Guard reads. */
      recipientType: v.optional(v.unknown()),
      appointmentResponse: v.optional(v.unknown()),
    },
    'expected a recipient {displayName, emailAddress}',
  ),
  v.check((r) => [r.displayName, r.emailAddress, r.name, r.address].some((x) => typeof x === 'string'), 'a recipient needs a displayName or an emailAddress'),
  v.check((r) => !(typeof r.displayName === 'string' && typeof r.name === 'string'), 'give displayName or name, not both'),
  v.check((r) => !(typeof r.emailAddress === 'string' && typeof r.address === 'string'), 'give emailAddress or address, not both'),
  v.transform((r): Recipient => ({ displayName: r.displayName ?? r.name ?? '', emailAddress: r.emailAddress ?? r.address ?? '' })),
);

const RECIPIENT = 'expected a recipient: an address or {displayName, emailAddress}';
/** A bare address is read as `{emailAddress}`; anything else must be a recipient object. */
export const RecipientSchema = v.pipe(
  v.unknown(),
  v.transform((x) => (typeof x === 'string' ? { emailAddress: x } : x)),
  v.check(isPlainObject, RECIPIENT),
  RecipientObjectSchema,
);

const AttachmentObjectSchema = v.pipe(
  v.strictObject(
    {
      name: text(),
      filename: text(),
      size: v.optional(v.pipe(v.number('expected a number of bytes'), v.finite('expected a number of bytes'), v.minValue(0, 'expected a number of bytes'))),
      isInline: v.optional(v.boolean('expected true or false')),
      /** Office.js adds these; they carry no text PHI Guard reads. */
      id: v.optional(v.unknown()),
      attachmentType: v.optional(v.unknown()),
      contentType: v.optional(v.unknown()),
      url: v.optional(v.unknown()),
      contentId: v.optional(v.unknown()),
    },
    'expected an attachment {name, size?, isInline?}',
  ),
  v.check((a) => 'name' in a || 'filename' in a, 'an attachment needs a name'),
  v.check((a) => !(typeof a.name === 'string' && typeof a.filename === 'string'), 'give name or filename, not both'),
  v.transform((a): Attachment => {
    const out: Attachment = { name: a.name ?? a.filename ?? '' };
    if (a.size !== undefined) out.size = a.size;
    if (a.isInline !== undefined) out.isInline = a.isInline;
    return out;
  }),
);

const ATTACHMENT = 'expected an attachment: a file name or {name, size?, isInline?}';
/** A bare file name is read as `{name}`; anything else must be an attachment object. */
export const AttachmentSchema = v.pipe(
  v.unknown(),
  v.transform((x) => (typeof x === 'string' ? { name: x } : x)),
  v.check(isPlainObject, ATTACHMENT),
  AttachmentObjectSchema,
);

const list = <T>(item: v.GenericSchema<unknown, T>, what: string) => v.nullish(v.array(item, `expected a list of ${what}`));

/** The keys a message may have. */
export const MESSAGE_KEYS = ['subject', 'to', 'cc', 'bcc', 'attachments', 'senderAddress'] as const;

const MESSAGE = 'expected a message object {subject, to, cc, bcc, attachments}';
export const MessageSchema = v.pipe(
  v.unknown(),
  v.check(isPlainObject, MESSAGE),
  v.strictObject(
    {
      subject: text(),
      to: list(RecipientSchema, 'recipients'),
      cc: list(RecipientSchema, 'recipients'),
      bcc: list(RecipientSchema, 'recipients'),
      attachments: list(AttachmentSchema, 'attachments'),
      senderAddress: text(),
    },
    MESSAGE,
  ),
  v.transform((m): Message => {
    const out: Message = { subject: m.subject ?? '', to: m.to ?? [], cc: m.cc ?? [], bcc: m.bcc ?? [], attachments: m.attachments ?? [] };
    if (m.senderAddress) out.senderAddress = m.senderAddress;
    return out;
  }),
);

/** One problem with a message's shape: where (keys and indexes only) and what is wrong. */
export interface ShapeProblem {
  /** e.g. "to[2].displayName", "attachments"; "" for the message itself. */
  path: string;
  problem: string;
}

export type MessageParse = { ok: true; message: Message } | { ok: false; problems: ShapeProblem[] };

function pathOf(issue: v.BaseIssue<unknown>): { path: string; unknownKey: boolean } {
  let path = '';
  let unknownKey = false;
  const items = issue.path ?? [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as { type: string; key: unknown };
    // A key the schema does not know is the input's own text: report where it is, not what it says.
    if (issue.expected === 'never' && i === items.length - 1 && item.type === 'object') {
      unknownKey = true;
      break;
    }
    if (typeof item.key === 'number') path += `[${item.key}]`;
    else path += path ? `.${String(item.key)}` : String(item.key);
  }
  return { path, unknownKey };
}

function knownKeys(path: string): string {
  if (/^(?:to|cc|bcc)\[\d+\]$/.test(path)) return 'a recipient has displayName and emailAddress';
  if (/^attachments\[\d+\]$/.test(path)) return 'an attachment has name, size and isInline';
  return `a message has ${MESSAGE_KEYS.join(', ')}`;
}

/** Turns valibot issues into problems that name a path and a kind, never the input's text. */
export function shapeProblems(issues: readonly v.BaseIssue<unknown>[]): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  const seen: { [k: string]: boolean } = {};
  for (const issue of issues) {
    const { path, unknownKey } = pathOf(issue);
    // Our own messages only: valibot's default ones quote the value received.
    const own = issue.message.indexOf('Invalid') !== 0 && issue.message.indexOf('received') < 0;
    const problem = unknownKey ? `unknown field (${knownKeys(path)})` : own ? issue.message : `expected ${issue.expected ?? 'another value'}`;
    const key = `${path}\u0000${problem}`;
    if (seen[key]) continue;
    seen[key] = true;
    out.push({ path, problem });
  }
  return out;
}

/** Checks and converts a message; on failure every problem, by path. */
export function parseMessage(input: unknown): MessageParse {
  const r = v.safeParse(MessageSchema, input);
  if (r.success) return { ok: true, message: r.output };
  return { ok: false, problems: shapeProblems(r.issues) };
}

/** "to[0].displayName: expected text; attachments: expected a list of attachments" */
export function describeProblems(problems: readonly ShapeProblem[], prefix = ''): string {
  return problems.map((p) => `${prefix && p.path ? `${prefix}.` : prefix}${p.path}${p.path || prefix ? ': ' : ''}${p.problem}`).join('; ');
}
