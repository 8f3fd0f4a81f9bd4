import { FieldGroup, Verdict, groupOf } from '../engine';
import { notificationText } from './alert-text';
import { OFFICE_CALL_TIMEOUT_MS, callAsync } from './async';
import type { HostEnv } from './host';

/** One notification per field group, so a fix in one group clears only its own bar. */
export const NOTIFICATION_KEYS: Record<FieldGroup, string> = {
  subject: 'phiGuard.subject',
  recipients: 'phiGuard.recipients',
  attachments: 'phiGuard.attachments',
};

/**
 * Makes the compose window's info bars match a verdict: replaced where a group
 * has findings, removed where it has none. Used by the compose-time handlers
 * and by the task pane after each re-scan (a fix there has no Outlook event).
 */
export async function showNotifications(env: HostEnv, verdict: Verdict): Promise<void> {
  const notes = env.item?.notificationMessages;
  if (!notes) return;
  for (const group of ['subject', 'recipients', 'attachments'] as FieldGroup[]) {
    const findings = verdict.findings.filter((f) => groupOf(f.field) === group);
    const key = NOTIFICATION_KEYS[group];
    if (findings.length > 0) {
      const message = { type: 'informationalMessage', message: notificationText(group, findings), icon: 'Icon.16', persistent: false };
      await callAsync<void>(env, 'notification', (cb) => notes.replaceAsync(key, message, cb), OFFICE_CALL_TIMEOUT_MS);
    } else {
      await callAsync<void>(env, 'notification', (cb) => notes.removeAsync(key, cb), OFFICE_CALL_TIMEOUT_MS);
    }
  }
}
