import type { ComposeItemLike, HostEnv } from './host';

/** Set by webpack's DefinePlugin from the build's host option. */
declare const __ADDIN_ORIGIN__: string;

/**
 * The compose item as Office.js types it (@types/office-js), seen through the
 * slice PHI Guard uses. The assignment is the check: if our structural types in
 * host.ts drift from Office.js's, this stops compiling.
 */
export function composeItem(item: Office.MessageCompose | undefined): ComposeItemLike | undefined {
  return item;
}

/**
 * The HostEnv over the real Office globals, shared by the event handlers and
 * the task pane. Read when called (not at load): in the JavaScript-only runtime
 * the item exists only while an event is being handled.
 */
export function hostEnvFromGlobals(): HostEnv {
  const ctx: Office.Context | undefined = typeof Office !== 'undefined' ? Office.context : undefined;
  const mailbox = ctx ? ctx.mailbox : undefined;
  const requirements = ctx ? ctx.requirements : undefined;
  return {
    // In compose mode (the only mode PHI Guard's commands and pane run in) the item is a MessageCompose.
    item: composeItem(mailbox ? (mailbox.item as Office.MessageCompose | undefined) : undefined),
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
    fetch: typeof fetch !== 'undefined' ? (url: string) => fetch(url, { cache: 'no-cache' }) : undefined,
    origin: __ADDIN_ORIGIN__,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
}
