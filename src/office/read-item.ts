import type { Message, Recipient } from '../engine';
import { Result, callAsync } from './async';
import type { EmailAddressDetailsLike, HostEnv } from './host';

const toRecipients = (list: EmailAddressDetailsLike[] | undefined): Recipient[] =>
  (list ?? []).map((r) => ({ displayName: r.displayName ?? '', emailAddress: r.emailAddress ?? '' }));

/**
 * Reads the compose item into the engine's message. Any field that cannot be
 * read makes the whole read fail: scanning half a message would let exactly
 * the unread field through.
 */
export async function readComposeItem(env: HostEnv, timeoutMs: number): Promise<Result<Message>> {
  const item = env.item;
  if (!item) return { ok: false, error: 'no compose item' };
  const [subject, to, cc, bcc, attachments] = await Promise.all([
    callAsync<string>(env, 'subject', (cb) => item.subject.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'to', (cb) => item.to.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'cc', (cb) => item.cc.getAsync(cb), timeoutMs),
    callAsync<EmailAddressDetailsLike[]>(env, 'bcc', (cb) => item.bcc.getAsync(cb), timeoutMs),
    item.getAttachmentsAsync
      ? callAsync<{ name: string; size?: number; isInline?: boolean }[]>(env, 'attachments', (cb) => item.getAttachmentsAsync!(cb), timeoutMs)
      : Promise.resolve<Result<{ name: string; size?: number; isInline?: boolean }[]>>({ ok: false, error: 'attachments: Mailbox 1.8 not supported' }),
  ]);
  for (const r of [subject, to, cc, bcc, attachments]) if (!r.ok) return r;
  if (!subject.ok || !to.ok || !cc.ok || !bcc.ok || !attachments.ok) return { ok: false, error: 'unreachable' };
  return {
    ok: true,
    value: {
      subject: typeof subject.value === 'string' ? subject.value : '',
      to: toRecipients(to.value),
      cc: toRecipients(cc.value),
      bcc: toRecipients(bcc.value),
      attachments: (attachments.value ?? []).map((a) => ({ name: a.name ?? '', size: a.size, isInline: a.isInline })),
      senderAddress: env.userEmail,
    },
  };
}
