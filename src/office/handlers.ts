import { scanMessage } from '../engine';
import { OFFICE_CALL_TIMEOUT_MS, callAsync } from './async';
import { showNotifications } from './notifications';
import type { HostEnv, SendEventLike } from './host';
import { LoadedPolicy, cachedPolicy, defaultLoadedPolicy, refreshPolicy } from './policy-source';
import { readComposeItem } from './read-item';
import { CompletionPlan, HEADER_NAME, HeaderValue, HostCapabilities, SendCheck, planSend, uncheckedHeader } from './send-plan';

/** The send handler decides by this time: a verdict, or the fail mode. */
export const HANDLER_TIMEOUT_MS = 3500;
/**
 * ...and completes by this time whatever the header write is doing: Outlook
 * says "taking longer than expected" at 5 s.
 */
export const COMPLETE_BY_MS = 4500;
export { OFFICE_CALL_TIMEOUT_MS };
export { CANCEL_LABEL, HEADER_NAME, PANE_COMMAND_ID } from './send-plan';

/** Wraps event.completed so that it runs exactly once, whatever path gets there first. */
function once(event: SendEventLike): (options?: Office.SmartAlertsEventCompletedOptions) => boolean {
  let done = false;
  return (options) => {
    if (done) return false;
    done = true;
    try {
      event.completed(options);
    } catch {
      // nothing more can be done; the flag still stops a second call
    }
    return true;
  };
}

/** Sets x-phi-guard (Mailbox 1.8). Never throws; false when the header could not be written. */
async function setHeader(env: HostEnv, value: HeaderValue): Promise<boolean> {
  try {
    const headers = env.item?.internetHeaders;
    if (!headers || !env.isSetSupported('Mailbox', '1.8')) return false;
    const r = await callAsync<void>(env, 'internetHeaders', (cb) => headers.setAsync({ [HEADER_NAME]: value }, cb), OFFICE_CALL_TIMEOUT_MS);
    return r.ok;
  } catch {
    return false;
  }
}

const NO_CAPS: HostCapabilities = { paneButton: false, markdown: false };

function capabilities(env: Pick<HostEnv, 'isSetSupported'>): HostCapabilities {
  return { paneButton: env.isSetSupported('Mailbox', '1.14'), markdown: env.isSetSupported('Mailbox', '1.15') };
}

/**
 * Applies exactly one completion plan: the first one offered. Its header is
 * written, then event.completed is called with its options. `finish` completes
 * at once with the plan in hand (adopting `fallback` if there is none), for
 * when the header write itself is what is slow.
 */
function completer(event: SendEventLike, env: HostEnv) {
  const complete = once(event);
  let adopted: CompletionPlan | undefined;
  let applied: Promise<void> | undefined;
  const apply = (plan: CompletionPlan): Promise<void> => {
    if (!applied) {
      adopted = plan;
      applied = setHeader(env, plan.header).then(() => {
        complete(plan.completion);
      });
    }
    return applied;
  };
  const finish = (fallback: () => CompletionPlan): void => {
    void apply(fallback());
    complete(adopted!.completion);
  };
  return { apply, finish };
}

/**
 * OnMessageSend (Smart Alerts), in one pass: read, scan, plan, apply. Always
 * calls event.completed exactly once, after writing the plan's final header:
 * with the verdict, or by the policy's fail mode on an error, an unreadable
 * item or the handler's own deadline (HANDLER_TIMEOUT_MS; COMPLETE_BY_MS
 * bounds the header write after it). The send path never waits on the network.
 */
export async function onSend(event: SendEventLike, env: HostEnv): Promise<void> {
  const done = completer(event, env);
  let loaded: LoadedPolicy = defaultLoadedPolicy();
  let caps: HostCapabilities = NO_CAPS;
  // Planning must not throw (a timer's throw would leave the event open): a check the policy cannot
  // plan becomes an internal error under the same policy, then under the built-in default.
  const plan = (check: SendCheck): CompletionPlan => {
    try {
      return planSend(check, loaded.policy, loaded.version, caps);
    } catch {
      try {
        return planSend({ kind: 'internal-error' }, loaded.policy, loaded.version, NO_CAPS);
      } catch {
        return planSend({ kind: 'internal-error' }, defaultLoadedPolicy().policy, 'default', NO_CAPS);
      }
    }
  };
  const deadline = env.setTimeout(() => void done.apply(plan({ kind: 'timed-out' })), HANDLER_TIMEOUT_MS);
  const stop = env.setTimeout(() => done.finish(() => plan({ kind: 'timed-out' })), COMPLETE_BY_MS);
  try {
    caps = capabilities(env);
    loaded = await cachedPolicy(env);
    const read = await readComposeItem(env, OFFICE_CALL_TIMEOUT_MS);
    await done.apply(plan(read.ok ? { kind: 'checked', verdict: scanMessage(read.value.message, loaded.policy) } : { kind: 'unreadable' }));
  } catch {
    await done.apply(plan({ kind: 'internal-error' }));
  } finally {
    env.clearTimeout(deadline);
    env.clearTimeout(stop);
  }
}

/**
 * Compose-time: one notification per field group, replaced or cleared. Writes
 * no header: a verdict is only what the send handler wrote as the message left
 * (issue 16: a compose-time "clean" outlived the draft and switched off the
 * Exchange backstop).
 */
async function refreshCompose(env: HostEnv, loaded: LoadedPolicy): Promise<void> {
  const read = await readComposeItem(env, OFFICE_CALL_TIMEOUT_MS);
  if (!read.ok) return;
  await showNotifications(env, scanMessage(read.value.message, loaded.policy));
}

async function completeAfter(event: SendEventLike, env: HostEnv, work: () => Promise<unknown>): Promise<void> {
  const complete = once(event);
  const timer = env.setTimeout(() => complete(), HANDLER_TIMEOUT_MS);
  try {
    await work();
  } catch {
    // compose-time checks are advisory: the send handler decides
  } finally {
    env.clearTimeout(timer);
    complete();
  }
}

/** OnMessageRecipientsChanged / OnMessageAttachmentsChanged. */
export function onComposeChanged(event: SendEventLike, env: HostEnv): Promise<void> {
  return completeAfter(event, env, async () => refreshCompose(env, await cachedPolicy(env)));
}

/**
 * OnNewMessageCompose: mark the draft "unchecked" (replacing any header it
 * came with, from a resent or copied message), fetch and cache the org policy
 * (the send path never fetches), then check for the notifications.
 */
export function onNewCompose(event: SendEventLike, env: HostEnv): Promise<void> {
  return completeAfter(event, env, async () => {
    const cached = await cachedPolicy(env);
    // In parallel: a slow header call must not eat the policy fetch's time.
    await Promise.all([setHeader(env, uncheckedHeader(cached.version)), refreshPolicy(env)]);
    await refreshCompose(env, await cachedPolicy(env));
  });
}
