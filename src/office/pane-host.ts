import { hostEnvFromGlobals } from './globals';
import type { HostEnv } from './host';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Office: any;

/** What the task pane needs from Outlook beyond the handlers' HostEnv. */
export interface PaneHost extends HostEnv {
  /** Read mode, an old client or no Outlook at all: the pane says so instead of failing. */
  unsupported?: string;
  /** Calls back on RecipientsChanged and AttachmentsChanged while the pane is open. */
  onItemChanged(fn: () => void): void;
  /** contextData from a Smart Alerts "Fix in PHI Guard" button, where supported. */
  initializationContext(): Promise<string | undefined>;
  theme: 'light' | 'dark' | 'contrast';
}

function luminance(hex: string | undefined): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Waits for office.js (or reports that it is not there) and describes the host. */
export function connectPane(timeoutMs = 5000): Promise<PaneHost> {
  return new Promise((resolve) => {
    const finish = () => resolve(buildPaneHost());
    if (typeof Office === 'undefined' || !Office.onReady) {
      finish();
      return;
    }
    const timer = setTimeout(finish, timeoutMs);
    Office.onReady(() => {
      clearTimeout(timer);
      finish();
    });
  });
}

function buildPaneHost(): PaneHost {
  const ctx = typeof Office !== 'undefined' ? Office.context : undefined;
  const mailbox = ctx?.mailbox;
  const item = mailbox?.item;
  let unsupported: string | undefined;
  if (!mailbox) unsupported = 'PHI Guard runs inside Outlook. Open it from a message you are writing.';
  else if (!item || !item.subject || typeof item.subject.getAsync !== 'function') unsupported = 'PHI Guard checks messages you are writing. Open it from a new message, a reply or a forward.';
  else if (!ctx.requirements?.isSetSupported?.('Mailbox', '1.8')) unsupported = 'This version of Outlook is too old for PHI Guard. Update Outlook, or ask IT.';
  const theme = ctx?.officeTheme;
  const bg = theme?.bodyBackgroundColor as string | undefined;
  const contrast = typeof window !== 'undefined' && window.matchMedia?.('(forced-colors: active)').matches;
  return {
    ...hostEnvFromGlobals(),
    unsupported,
    onItemChanged(fn) {
      if (!item?.addHandlerAsync) return;
      for (const type of ['olkRecipientsChanged', 'olkAttachmentsChanged']) {
        try {
          item.addHandlerAsync(type, fn, () => undefined);
        } catch {
          // older clients: the pane still re-reads on focus and on its interval
        }
      }
    },
    initializationContext() {
      return new Promise((resolve) => {
        if (!item?.getInitializationContextAsync) {
          resolve(undefined);
          return;
        }
        try {
          item.getInitializationContextAsync((r: { status: string; value: string }) => resolve(r.status === 'succeeded' ? r.value : undefined));
        } catch {
          resolve(undefined);
        }
      });
    },
    theme: contrast ? 'contrast' : luminance(bg) < 0.4 ? 'dark' : 'light',
  };
}
