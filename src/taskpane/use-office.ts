import * as React from 'react';
import type { ItemEventKind, PaneHost } from '../office/pane-host';

/** There is no subject-changed event: the pane also re-reads on focus and on this interval. */
export const RESCAN_INTERVAL_MS = 4000;

export type RescanReason = ItemEventKind | 'open' | 'focus' | 'interval';

/**
 * The pane's one subscription to Outlook and the window, for the whole pane
 * session: the item events (RecipientsChanged, AttachmentsChanged, registered
 * once and removed on unmount), window focus and a gentle interval. `onChange`
 * is called with the reason; a new `onChange` on a later render is used without
 * subscribing again (issue 17: re-registering on every state change piled up
 * handlers, and one recipients change caused three re-reads).
 */
export function useOfficeSubscriptions(host: PaneHost, onChange: (why: RescanReason) => void): void {
  const latest = React.useRef(onChange);
  React.useLayoutEffect(() => {
    latest.current = onChange;
  });
  React.useEffect(() => {
    if (host.unsupported) return;
    const call = (why: RescanReason) => latest.current(why);
    const unsubscribe = host.subscribeItemEvents(call);
    const onFocus = () => call('focus');
    window.addEventListener('focus', onFocus);
    const timer = setInterval(() => call('interval'), RESCAN_INTERVAL_MS);
    call('open');
    return () => {
      unsubscribe();
      window.removeEventListener('focus', onFocus);
      clearInterval(timer);
    };
  }, [host]);
}
