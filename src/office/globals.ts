import type { HostEnv } from './host';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Office: any;
declare const OfficeRuntime: any;
/** Set by webpack's DefinePlugin from the build's host option. */
declare const __ADDIN_ORIGIN__: string;

/**
 * The HostEnv over the real Office globals, shared by the event handlers and
 * the task pane. Read when called (not at load): in the JavaScript-only runtime
 * the item exists only while an event is being handled.
 */
export function hostEnvFromGlobals(): HostEnv {
  const ctx = typeof Office !== 'undefined' ? Office.context : undefined;
  const mailbox = ctx ? ctx.mailbox : undefined;
  const requirements = ctx ? ctx.requirements : undefined;
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
