import type { Message } from '../engine';
import { describeTooLong, fieldsTooLong } from '../engine/checked-scan';
import { describeProblems, parseMessage } from '../engine/message-schema';
import { Result, callAsync } from './async';
import type { AttachmentDetailsLike, EmailAddressDetailsLike, HostEnv } from './host';

export { MAX_FIELD_LENGTH } from '../engine/checked-scan';

/** The engine's message, plus the attachments as Office lists them (with ids, for fixes). */
export interface ComposeRead {
  message: Message;
  attachments: AttachmentDetailsLike[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * What the host returned, reduced to the properties the engine reads but with
 * their types untouched: the message schema (src/engine/message-schema.ts)
 * decides whether they are what Office.js promises. Anything that is not a list
 * or an object is passed on as it is, so the schema refuses it.
 */
export function hostMessage(values: { subject: unknown; to: unknown; cc: unknown; bcc: unknown; attachments: unknown; senderAddress: unknown }): Record<string, unknown> {
  const recipients = (list: unknown): unknown =>
    Array.isArray(list) ? list.map((r) => (isObject(r) ? { displayName: r.displayName, emailAddress: r.emailAddress } : r)) : list;
  const attachments = Array.isArray(values.attachments)
    ? values.attachments.map((a) => (isObject(a) ? { name: a.name, ...(a.size !== undefined ? { size: a.size } : {}), ...(a.isInline !== undefined ? { isInline: a.isInline } : {}) } : a))
    : values.attachments;
  return { subject: values.subject, to: recipients(values.to), cc: recipients(values.cc), bcc: recipients(values.bcc), attachments, senderAddress: values.senderAddress };
}

/**
 * Checks what the host returned against the message schema and the engine's
 * input caps. A wrong type or an over-long field is a failed read (the caller
 * applies the policy's fail mode), never an empty field scanned as clean. The
 * error names the field and the kind of problem, never the text.
 */
export function toComposeMessage(values: Parameters<typeof hostMessage>[0]): Result<Message> {
  const parsed = parseMessage(hostMessage(values));
  if (!parsed.ok) return { ok: false, error: `unexpected data from Outlook: ${describeProblems(parsed.problems)}` };
  const tooLong = fieldsTooLong(parsed.message);
  if (tooLong.length > 0) return { ok: false, error: describeTooLong(tooLong[0]) };
  return { ok: true, value: parsed.message };
}

/**
 * Reads the compose item into the engine's message. Any field that cannot be
 * read, has the wrong type or is too long to check makes the whole read fail:
 * scanning half a message would let exactly the unread field through.
 */
export async function readComposeItem(env: HostEnv, timeoutMs: number): Promise<Result<ComposeRead>> {
  const item = env.item;
  if (!item) return { ok: false, error: 'no compose item' };
  const [subject, to, cc, bcc, attachments] = await Promise.all([
    callAsync<string>(env, 'subject', (cb) => item.subject.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'to', (cb) => item.to.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'cc', (cb) => item.cc.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'bcc', (cb) => item.bcc.getAsync(cb), timeoutMs),
    item.getAttachmentsAsync
      ? callAsync<AttachmentDetailsLike[]>(env, 'attachments', (cb) => item.getAttachmentsAsync!(cb), timeoutMs)
      : Promise.resolve<Result<AttachmentDetailsLike[]>>({ ok: false, error: 'attachments: Mailbox 1.8 not supported' }),
  ]);
  for (const r of [subject, to, cc, bcc, attachments]) if (!r.ok) return r;
  if (!subject.ok || !to.ok || !cc.ok || !bcc.ok || !attachments.ok) return { ok: false, error: 'unreachable' };
  const message = toComposeMessage({ subject: subject.value, to: to.value, cc: cc.value, bcc: bcc.value, attachments: attachments.value, senderAddress: env.userEmail });
  if (!message.ok) return message;
  return { ok: true, value: { message: message.value, attachments: Array.isArray(attachments.value) ? attachments.value : [] } };
}
