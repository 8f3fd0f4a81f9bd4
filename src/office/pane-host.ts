import { composeItem, hostEnvFromGlobals } from './globals';
import type { HostEnv } from './host';

/** The item events the pane follows (Office.EventType.RecipientsChanged, AttachmentsChanged). */
export const ITEM_EVENTS = ['olkRecipientsChanged', 'olkAttachmentsChanged'] as const;
export type ItemEventKind = (typeof ITEM_EVENTS)[number];

/** What the task pane needs from Outlook beyond the handlers' HostEnv. */
export interface PaneHost extends HostEnv {
  /** Read mode, an old client or no Outlook at all: the pane says so instead of failing. */
  unsupported?: string;
  /**
   * Registers one handler per item event (RecipientsChanged, AttachmentsChanged)
   * and returns what removes them. The pane calls it once per session
   * (src/taskpane/use-office.ts).
   */
  subscribeItemEvents(fn: (kind: ItemEventKind) => void): () => void;
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
    void Office.onReady(() => {
      clearTimeout(timer);
      finish();
    });
  });
}

/**
 * The item as the pane sees it: Office.MessageCompose in compose mode. In read
 * mode Office.js gives a MessageRead, whose subject is a string: `unsupported`
 * below tells the two apart before anything else touches the item.
 */
type PaneItem = Office.MessageCompose & Partial<Pick<Office.MessageCompose, 'addHandlerAsync' | 'removeHandlerAsync' | 'getInitializationContextAsync'>>;

function buildPaneHost(): PaneHost {
  const ctx: Office.Context | undefined = typeof Office !== 'undefined' ? Office.context : undefined;
  const mailbox = ctx?.mailbox;
  const item = mailbox?.item as PaneItem | undefined;
  let unsupported: string | undefined;
  if (!mailbox) unsupported = 'PHI Guard runs inside Outlook. Open it from a message you are writing.';
  else if (!item || !item.subject || typeof item.subject.getAsync !== 'function') unsupported = 'PHI Guard checks messages you are writing. Open it from a new message, a reply or a forward.';
  else if (!ctx?.requirements?.isSetSupported?.('Mailbox', '1.8')) unsupported = 'This version of Outlook is too old for PHI Guard. Update Outlook, or ask IT.';
  const bg = ctx?.officeTheme?.bodyBackgroundColor;
  const contrast = typeof window !== 'undefined' && window.matchMedia?.('(forced-colors: active)').matches;
  const env = hostEnvFromGlobals();
  return {
    ...env,
    item: composeItem(unsupported ? undefined : item),
    unsupported,
    subscribeItemEvents(fn) {
      if (unsupported || !item?.addHandlerAsync) return () => undefined;
      const added: ItemEventKind[] = [];
      for (const kind of ITEM_EVENTS) {
        try {
          item.addHandlerAsync(kind, () => fn(kind), () => undefined);
          added.push(kind);
        } catch {
          // older clients: the pane still re-reads on focus and on its interval
        }
      }
      return () => {
        for (const kind of added) {
          try {
            // Outlook removes every handler of this type that this add-in registered on the item.
            item.removeHandlerAsync?.(kind, () => undefined);
          } catch {
            // the item has gone (the pane is closing): nothing left to remove
          }
        }
      };
    },
    initializationContext() {
      return new Promise((resolve) => {
        if (unsupported || !item?.getInitializationContextAsync) {
          resolve(undefined);
          return;
        }
        try {
          item.getInitializationContextAsync((r) => resolve(String(r.status) === 'succeeded' ? r.value : undefined));
        } catch {
          resolve(undefined);
        }
      });
    },
    theme: contrast ? 'contrast' : luminance(bg) < 0.4 ? 'dark' : 'light',
  };
}
