/**
 * Event handlers (Smart Alerts and compose-time events). Built as ONE ES2016
 * file with no imports (classic Outlook on Windows runs it in a JavaScript-only
 * runtime: no DOM, no window, no localStorage). Thin: the logic is in
 * src/office/handlers.ts; this file only wires the globals.
 */
import type { HostEnv, SendEventLike } from '../office/host';
import { onComposeChanged, onNewCompose, onSend } from '../office/handlers';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Office: any;
declare const OfficeRuntime: any;
/** Set by webpack's DefinePlugin from the build's host option. */
declare const __ADDIN_ORIGIN__: string;

function hostEnv(): HostEnv {
  const mailbox = typeof Office !== 'undefined' && Office.context ? Office.context.mailbox : undefined;
  const requirements = typeof Office !== 'undefined' && Office.context ? Office.context.requirements : undefined;
  return {
    item: mailbox ? mailbox.item : undefined,
    userEmail: mailbox && mailbox.userProfile ? mailbox.userProfile.emailAddress : undefined,
    isSetSupported: (name, version) => {
      try {
        return Boolean(requirements && requirements.isSetSupported(name, version));
      } catch {
        return false;
      }
    },
    storage: typeof OfficeRuntime !== 'undefined' && OfficeRuntime.storage ? OfficeRuntime.storage : undefined,
    // no-cache: revalidate with the server, so a changed policy.json is seen on the next compose.
    fetch: typeof fetch !== 'undefined' ? (url: string) => (fetch as any)(url, { cache: 'no-cache' }) : undefined,
    origin: __ADDIN_ORIGIN__,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
}

function onMessageSendHandler(event: SendEventLike): void {
  void onSend(event, hostEnv());
}
function onMessageRecipientsChangedHandler(event: SendEventLike): void {
  void onComposeChanged(event, hostEnv());
}
function onMessageAttachmentsChangedHandler(event: SendEventLike): void {
  void onComposeChanged(event, hostEnv());
}
function onNewMessageComposeHandler(event: SendEventLike): void {
  void onNewCompose(event, hostEnv());
}

// At the top level, not inside Office.onReady: the JavaScript-only runtime calls
// handlers without running onReady first.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
  Office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
  Office.actions.associate('onMessageAttachmentsChangedHandler', onMessageAttachmentsChangedHandler);
  Office.actions.associate('onNewMessageComposeHandler', onNewMessageComposeHandler);
}
