import type { Recipient } from '../engine';
import { Result, callAsync } from './async';
import type { AttachmentDetailsLike, ComposeItemLike, HostEnv } from './host';

/**
 * One-click fixes applied to the compose item. Each returns what undoes it
 * (where the API allows), so the pane can offer Undo for the last fix.
 */
export const FIX_TIMEOUT_MS = 15000;
/** Office.Subject.setAsync takes subjects up to 255 characters. */
export const SUBJECT_SET_MAX = 255;
/** addFileAttachmentFromBase64Async takes files up to 25 MB. */
export const RENAME_MAX_BYTES = 25 * 1024 * 1024;

export type FixStep =
  /** `prependToBody`: paragraphs separated by blank lines; `moved`: what they are, in words, for the user. */
  | { kind: 'subject'; subject: string; prependToBody?: string; moved?: string }
  | { kind: 'recipients'; to: Recipient[]; cc: Recipient[]; bcc: Recipient[] }
  | { kind: 'rename-attachment'; id: string; name: string; isInline?: boolean };

export interface Applied {
  /** Applying `undo` reverts the fix; absent where the API cannot (text moved into the body stays). */
  undo?: FixStep;
  /** Said to the user when part of the fix cannot be undone. */
  note?: string;
  /** For renames: the new attachment's id. */
  newId?: string;
}

/** Why an attachment cannot be renamed here, in words for the user; undefined when it can. */
export function renameBlocker(a: AttachmentDetailsLike, env: Pick<HostEnv, 'isSetSupported'>): string | undefined {
  if (!env.isSetSupported('Mailbox', '1.8')) return 'This version of Outlook cannot rename attachments from an add-in. Save the file under a neutral name, attach it again and remove the original.';
  if (a.isInline) return 'This is a picture in the message body. Remove it, or save it under a neutral name and insert it again.';
  if (a.attachmentType && a.attachmentType !== 'file') {
    return a.attachmentType === 'cloud'
      ? 'This is a link to a cloud file: rename the file where it is stored (OneDrive or SharePoint), then attach the link again.'
      : 'This is an attached Outlook item: remove it and attach it again from a renamed copy.';
  }
  if ((a.size ?? 0) > RENAME_MAX_BYTES) return 'This file is larger than 25 MB, which add-ins cannot re-attach. Save it under a neutral name, attach it again and remove the original.';
  return undefined;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function applyFix(env: HostEnv, step: FixStep, current: { subject: string; to: Recipient[]; cc: Recipient[]; bcc: Recipient[]; attachments: AttachmentDetailsLike[] }): Promise<Result<Applied>> {
  const item = env.item;
  if (!item) return { ok: false, error: 'no compose item' };
  switch (step.kind) {
    case 'subject': {
      const setter = item.subject.setAsync;
      if (!setter) return { ok: false, error: 'this Outlook cannot change the subject' };
      let note: string | undefined;
      if (step.prependToBody) {
        const body = item.body;
        if (!body?.prependAsync) return { ok: false, error: 'this Outlook cannot write to the body' };
        const type = body.getTypeAsync ? await callAsync<string>(env, 'body type', (cb) => body.getTypeAsync!(cb), FIX_TIMEOUT_MS) : { ok: true as const, value: 'text' };
        const html = type.ok && type.value === 'html';
        const data = html ? step.prependToBody.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('') : `${step.prependToBody}\n\n`;
        const r = await callAsync<void>(env, 'body', (cb) => body.prependAsync!(data, { coercionType: html ? 'html' : 'text' }, cb), FIX_TIMEOUT_MS);
        if (!r.ok) return r;
        note = `${step.moved ?? 'The text is now at the top of the body.'} Undo leaves the body as it is.`;
      }
      const r = await callAsync<void>(env, 'subject', (cb) => setter.call(item.subject, step.subject, cb), FIX_TIMEOUT_MS);
      if (!r.ok) return r;
      // Outlook cannot set a subject over 255 characters, so the original of one that long cannot come back.
      if (current.subject.length > SUBJECT_SET_MAX) return { ok: true, value: { note: `${note ? `${note.replace(/ Undo leaves the body as it is\.$/, '')} ` : ''}This cannot be undone: Outlook does not take a subject over ${SUBJECT_SET_MAX} characters back.` } };
      return { ok: true, value: { undo: { kind: 'subject', subject: current.subject }, note } };
    }
    case 'recipients': {
      for (const field of ['to', 'cc', 'bcc'] as const) {
        const list = item[field];
        if (!list.setAsync) return { ok: false, error: 'this Outlook cannot change recipients' };
        const r = await callAsync<void>(env, field, (cb) => list.setAsync!(step[field].map((x) => ({ displayName: x.displayName, emailAddress: x.emailAddress })), cb), FIX_TIMEOUT_MS);
        if (!r.ok) return r;
      }
      return { ok: true, value: { undo: { kind: 'recipients', to: current.to, cc: current.cc, bcc: current.bcc } } };
    }
    case 'rename-attachment': {
      const original = current.attachments.find((a) => a.id === step.id);
      if (!original) return { ok: false, error: 'the attachment is no longer there' };
      const blocker = renameBlocker(original, env);
      if (blocker) return { ok: false, error: blocker };
      if (!item.getAttachmentContentAsync || !item.addFileAttachmentFromBase64Async || !item.removeAttachmentAsync) return { ok: false, error: 'this Outlook cannot rename attachments' };
      const added = await reattach(env, item as Reattachable, step.id, step.name);
      if (!added.ok) return added;
      // Outlook adds the new copy at the end of the list: re-attach the files that stood after it, in
      // their order, so that it keeps its place. Never at the cost of a file: one that cannot be
      // re-attached here (a cloud link, an Outlook item, over 25 MB) leaves the order as it is.
      const later = current.attachments.slice(current.attachments.indexOf(original) + 1).filter((a) => !a.isInline);
      let note: string | undefined;
      if (later.some((a) => renameBlocker(a, env))) note = 'Outlook put the renamed file at the end of the list.';
      else {
        for (const a of later) {
          const moved = await reattach(env, item as Reattachable, a.id, a.name);
          if (!moved.ok) {
            note = 'Outlook put the renamed file further down the list.';
            break;
          }
        }
      }
      return { ok: true, value: { newId: added.value, undo: { kind: 'rename-attachment', id: added.value, name: original.name }, note } };
    }
  }
}

type Reattachable = Required<Pick<ComposeItemLike, 'getAttachmentContentAsync' | 'addFileAttachmentFromBase64Async' | 'removeAttachmentAsync'>>;

/**
 * There is no rename API: reads a file attachment's content, adds it back
 * under `name` (at the end of the list), then removes the original. If the
 * original cannot be removed, the copy is taken out again: never two copies,
 * never none. Resolves with the new attachment's id.
 */
async function reattach(env: HostEnv, item: Reattachable, id: string, name: string): Promise<Result<string>> {
  const content = await callAsync<{ format: string; content: string }>(env, 'attachment content', (cb) => item.getAttachmentContentAsync(id, cb), FIX_TIMEOUT_MS);
  if (!content.ok) return content;
  if (content.value.format !== 'base64') return { ok: false, error: 'only file attachments can be renamed here' };
  const added = await callAsync<string>(env, 'add attachment', (cb) => item.addFileAttachmentFromBase64Async(content.value.content, name, { isInline: false }, cb), FIX_TIMEOUT_MS);
  if (!added.ok) return added;
  const removed = await callAsync<void>(env, 'remove attachment', (cb) => item.removeAttachmentAsync(id, cb), FIX_TIMEOUT_MS);
  if (!removed.ok) {
    await callAsync<void>(env, 'remove attachment', (cb) => item.removeAttachmentAsync(added.value, cb), FIX_TIMEOUT_MS);
    return removed;
  }
  return added;
}

/** Recipient lists after moving one recipient to Bcc, removing it, or stripping its display name. */
export function recipientsAfter(
  lists: { to: Recipient[]; cc: Recipient[]; bcc: Recipient[] },
  field: 'to' | 'cc' | 'bcc',
  index: number,
  fix: 'move-to-bcc' | 'remove-recipient' | 'use-bare-address',
): { to: Recipient[]; cc: Recipient[]; bcc: Recipient[] } {
  const next = { to: [...lists.to], cc: [...lists.cc], bcc: [...lists.bcc] };
  const r = next[field][index];
  if (!r) return next;
  if (fix === 'use-bare-address') {
    next[field][index] = { displayName: r.emailAddress, emailAddress: r.emailAddress };
    return next;
  }
  next[field].splice(index, 1);
  if (fix === 'move-to-bcc' && field !== 'bcc') next.bcc.push(r);
  return next;
}
