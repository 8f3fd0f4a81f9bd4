import * as React from 'react';
import { Message, Policy, Verdict, scanMessage } from '../engine';
import type { AttachmentDetailsLike } from '../office/host';
import type { PaneHost } from '../office/pane-host';
import { cachedPolicy } from '../office/policy-source';
import { readComposeItem } from '../office/read-item';
import { showNotifications } from '../office/notifications';
import { RESCAN_INTERVAL_MS, RescanReason, useOfficeSubscriptions } from './use-office';

export type PaneState =
  | { kind: 'loading' }
  | { kind: 'unsupported'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; message: Message; attachments: AttachmentDetailsLike[]; verdict: Verdict; policy: Policy };

const READ_TIMEOUT_MS = 5000;

/**
 * Reads and scans the compose item whenever Outlook or the window says it may
 * have changed. Reads never overlap: a change that arrives during a read asks
 * for one more read after it, however many arrive. The policy is read once per
 * pane session (the cached one the send handler uses).
 */
export function usePaneScan(host: PaneHost): { state: PaneState; rescan: () => Promise<void> } {
  const [state, setState] = React.useState<PaneState>(host.unsupported ? { kind: 'unsupported', text: host.unsupported } : { kind: 'loading' });
  const policy = React.useRef<Policy | undefined>(undefined);
  const running = React.useRef<Promise<void> | undefined>(undefined);
  const again = React.useRef(false);
  const lastKey = React.useRef('');
  const lastRead = React.useRef(0);

  const readOnce = React.useCallback(async (): Promise<void> => {
    lastRead.current = Date.now();
    if (!policy.current) policy.current = (await cachedPolicy(host)).policy;
    const p = policy.current;
    const read = await readComposeItem(host, READ_TIMEOUT_MS);
    if (!read.ok) {
      lastKey.current = '';
      setState({ kind: 'error', text: `PHI Guard could not read this message (${read.error}).` });
      return;
    }
    const { message, attachments } = read.value;
    const verdict = scanMessage(message, p);
    // Only re-render when something changed: the interval must not flicker the pane.
    const key = JSON.stringify([message, attachments.map((a) => a.id), verdict]);
    if (key === lastKey.current) return;
    lastKey.current = key;
    setState({ kind: 'ready', message, attachments, verdict, policy: p });
    // A fix here raises no Outlook event for the subject: keep the compose info bars current.
    void showNotifications(host, verdict);
  }, [host]);

  /** One read now, or one more after the read in progress. Resolves when the item has been read as it is now. */
  const rescan = React.useCallback((): Promise<void> => {
    if (host.unsupported) return Promise.resolve();
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      try {
        do {
          again.current = false;
          await readOnce();
        } while (again.current);
      } catch {
        lastKey.current = '';
        setState({ kind: 'error', text: 'PHI Guard could not check this message (an internal error).' });
      } finally {
        running.current = undefined;
      }
    })();
    running.current = run;
    return run;
  }, [host, readOnce]);

  useOfficeSubscriptions(host, (why: RescanReason) => {
    // The interval is a safety net for the subject: skip it when something else has just read the item.
    if (why === 'interval' && Date.now() - lastRead.current < RESCAN_INTERVAL_MS - 250) return;
    void rescan();
  });

  return { state, rescan };
}
