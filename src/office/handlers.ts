import { Policy, Verdict, defaultPolicy, scanMessage } from '../engine';
import { alertMarkdown, alertText, headerValue, paneContext } from './alert-text';
import { OFFICE_CALL_TIMEOUT_MS, callAsync } from './async';
import { showNotifications } from './notifications';
import type { HostEnv, SendEventLike } from './host';
import { LoadedPolicy, cachedPolicy, refreshPolicy } from './policy-source';
import { readComposeItem } from './read-item';

/** Outlook says "taking longer than expected" at 5 s: the handler decides well before. */
export const HANDLER_TIMEOUT_MS = 3500;
export { OFFICE_CALL_TIMEOUT_MS };
export const HEADER_NAME = 'x-phi-guard';
/** The task pane button's Control id in manifest.xml: the Smart Alerts dialog opens it. */
export const PANE_COMMAND_ID = 'phiGuardPaneButton';
export const CANCEL_LABEL = 'Fix in PHI Guard';

/** Wraps event.completed so that it runs exactly once, whatever path gets there first. */
function once(event: SendEventLike): (options?: Record<string, unknown>) => boolean {
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

async function setHeader(env: HostEnv, value: string): Promise<boolean> {
  const headers = env.item?.internetHeaders;
  if (!headers || !env.isSetSupported('Mailbox', '1.8')) return false;
  const r = await callAsync<void>(env, 'internetHeaders', (cb) => headers.setAsync({ [HEADER_NAME]: value }, cb), OFFICE_CALL_TIMEOUT_MS);
  return r.ok;
}

function failureOptions(policy: Policy, reason: string): Record<string, unknown> {
  if (policy.behaviour.failMode === 'allow') return { allowEvent: true };
  const contact = policy.behaviour.privacyContact ? ` If it keeps happening, contact ${policy.behaviour.privacyContact}.` : '';
  return {
    allowEvent: false,
    errorMessage: `PHI Guard could not check this message (${reason.slice(0, 120)}), and your organisation asks that it is checked before sending. Try Send again.${contact}`.slice(0, 500),
  };
}

/**
 * OnMessageSend (Smart Alerts). Always calls event.completed exactly once:
 * with the verdict, or by the policy's fail mode on an error, an unreadable
 * item or the handler's own timeout. The send path never waits on the network.
 */
export async function onSend(event: SendEventLike, env: HostEnv): Promise<void> {
  const complete = once(event);
  let policy: Policy = defaultPolicy();
  let version = 'default';
  // Once the verdict is known it stands, even if a later best-effort call (the header) hangs.
  let decided: Record<string, unknown> | undefined;
  const timer = env.setTimeout(() => complete(decided ?? failureOptions(policy, 'timed out')), HANDLER_TIMEOUT_MS);
  try {
    const loaded = await cachedPolicy(env);
    policy = loaded.policy;
    version = loaded.version;
    const read = await readComposeItem(env, OFFICE_CALL_TIMEOUT_MS);
    if (!read.ok) {
      if (policy.behaviour.failMode === 'allow') await setHeader(env, headerValue(undefined, version));
      complete(failureOptions(policy, 'the message could not be read'));
      return;
    }
    const verdict = scanMessage(read.value.message, policy);
    decided = sendOptions(verdict, policy, env);
    await setHeader(env, headerValue(verdict, version));
    complete(decided);
  } catch {
    if (decided) {
      complete(decided);
      return;
    }
    if (policy.behaviour.failMode === 'allow') await setHeader(env, headerValue(undefined, version));
    complete(failureOptions(policy, 'an internal error'));
  } finally {
    env.clearTimeout(timer);
  }
}

/** event.completed options for a verdict, using 1.14/1.15 features only where supported. */
export function sendOptions(verdict: Verdict, policy: Policy, env: Pick<HostEnv, 'isSetSupported'>): Record<string, unknown> {
  if (verdict.action === 'allow') return { allowEvent: true };
  const canOpenPane = env.isSetSupported('Mailbox', '1.14');
  const textOpts = { action: verdict.action, canOpenPane, privacyContact: policy.behaviour.privacyContact, lead: policy.behaviour.messages[verdict.action] };
  const options: Record<string, unknown> = { allowEvent: false, errorMessage: alertText(verdict, textOpts) };
  if (env.isSetSupported('Mailbox', '1.15')) options.errorMessageMarkdown = alertMarkdown(verdict, textOpts);
  if (canOpenPane) {
    options.cancelLabel = CANCEL_LABEL;
    options.commandId = PANE_COMMAND_ID;
    options.contextData = paneContext(verdict);
  }
  // Warn: the user may send anyway (Smart Alerts "Send Anyway"); the header records the choice.
  if (verdict.action === 'warn') options.sendModeOverride = 'promptUser';
  return options;
}

/** Compose-time: one notification per field group, replaced or cleared; the header kept current. */
async function refreshCompose(env: HostEnv, loaded: LoadedPolicy): Promise<Verdict | undefined> {
  const read = await readComposeItem(env, OFFICE_CALL_TIMEOUT_MS);
  if (!read.ok) return undefined;
  const verdict = scanMessage(read.value.message, loaded.policy);
  await showNotifications(env, verdict);
  await setHeader(env, headerValue(verdict, loaded.version));
  return verdict;
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

/** OnNewMessageCompose: fetch and cache the org policy (the send path never fetches), then check. */
export function onNewCompose(event: SendEventLike, env: HostEnv): Promise<void> {
  return completeAfter(event, env, async () => {
    await refreshPolicy(env);
    await refreshCompose(env, await cachedPolicy(env));
  });
}
