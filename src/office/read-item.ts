import type { Message, Recipient } from '../engine';
import { Result, callAsync } from './async';
import type { AttachmentDetailsLike, EmailAddressDetailsLike, HostEnv } from './host';

/** The engine's message, plus the attachments as Office lists them (with ids, for fixes). */
export interface ComposeRead {
  message: Message;
  attachments: AttachmentDetailsLike[];
}

const toRecipients = (list: EmailAddressDetailsLike[] | undefined): Recipient[] =>
  (list ?? []).map((r) => ({ displayName: r.displayName ?? '', emailAddress: r.emailAddress ?? '' }));

/**
 * Reads the compose item into the engine's message. Any field that cannot be
 * read makes the whole read fail: scanning half a message would let exactly
 * the unread field through.
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
  const details = attachments.value ?? [];
  return {
    ok: true,
    value: {
      message: {
        subject: typeof subject.value === 'string' ? subject.value : '',
        to: toRecipients(to.value),
        cc: toRecipients(cc.value),
        bcc: toRecipients(bcc.value),
        attachments: details.map((a) => ({ name: a.name ?? '', size: a.size, isInline: a.isInline })),
        senderAddress: env.userEmail,
      },
      attachments: details,
    },
  };
}
