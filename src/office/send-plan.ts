import { Policy, Verdict, groupOf } from '../engine';
import { alertMarkdown, alertText, paneContext } from './alert-text';

/**
 * The send path's decision, as one pure function: from what the handler
 * learned about the message (a verdict, or why there is none), the policy and
 * what the client supports, to a completion plan: the x-phi-guard header value
 * and the event.completed options. The handler (handlers.ts) applies exactly
 * one plan: it writes the plan's header, then completes. Every plan carries a
 * final header value, so every path that completes writes one.
 */

export const HEADER_NAME = 'x-phi-guard';
/** The task pane button's Control id in manifest.xml: the Smart Alerts dialog opens it. */
export const PANE_COMMAND_ID = 'phiGuardPaneButton';
export const CANCEL_LABEL = 'Fix in PHI Guard';

/**
 * A header value the send handler wrote as it completed: `clean`, `warn` or
 * `block` with the rule ids, or `error`. Only planSend makes one.
 */
export type FinalHeader = string & { readonly __final: true };
/** `unchecked`: what compose-time code may write. Says the add-in has not checked this send. */
export type UncheckedHeader = string & { readonly __unchecked: true };
export type HeaderValue = FinalHeader | UncheckedHeader;

/** What the send handler learned: a verdict, or why it has none. */
export type SendCheck =
  | { kind: 'checked'; verdict: Verdict }
  /** An Office read failed, threw or never answered, or there is no item. */
  | { kind: 'unreadable' }
  /** The handler itself threw. */
  | { kind: 'internal-error' }
  /** The handler's own deadline came first. */
  | { kind: 'timed-out' };

/** What the client supports, read once from Office.context.requirements. */
export interface HostCapabilities {
  /** Mailbox 1.14: the dialog's button opens the task pane (cancelLabel, commandId, contextData). */
  paneButton: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

/** Office.SmartAlertsEventCompletedOptions, as PHI Guard uses it. */
export type SendCompletion =
  | { allowEvent: true }
  | {
      allowEvent: false;
      errorMessage: string;
      errorMessageMarkdown?: string;
      cancelLabel?: string;
      commandId?: string;
      contextData?: string;
      sendModeOverride?: 'promptUser';
    };

export interface CompletionPlan {
  /** Written before event.completed: the verdict, or `error` when there is none. */
  header: FinalHeader;
  completion: SendCompletion;
}

const REASONS: Record<Exclude<SendCheck['kind'], 'checked'>, string> = {
  unreadable: 'the message could not be read',
  'internal-error': 'an internal error',
  'timed-out': 'timed out',
};

/** Header value: state, rule ids by field group, policy version. Rule ids only, never text. */
function finalHeader(verdict: Verdict | undefined, policyVersion: string): FinalHeader {
  const state = !verdict ? 'error' : verdict.action === 'allow' ? 'clean' : verdict.action;
  const rules = verdict ? [...new Set(verdict.findings.map((f) => `${groupOf(f.field)}.${f.detectorId}`))].sort() : [];
  return `${state}${rules.length ? `; rules=${rules.join(',')}` : ''}; policy=${policyVersion}` as FinalHeader;
}

/** Compose time: "the add-in has this draft open and has not checked its send". Never a verdict. */
export function uncheckedHeader(policyVersion: string): UncheckedHeader {
  return `unchecked; policy=${policyVersion}` as UncheckedHeader;
}

/** The completion plan for a send. Pure: no Office, no clock. */
export function planSend(check: SendCheck, policy: Policy, policyVersion: string, caps: HostCapabilities): CompletionPlan {
  if (check.kind !== 'checked') {
    return { header: finalHeader(undefined, policyVersion), completion: failureCompletion(policy, REASONS[check.kind]) };
  }
  return { header: finalHeader(check.verdict, policyVersion), completion: verdictCompletion(check.verdict, policy, caps) };
}

/** The policy's fail mode: allow (the header says `error`), or stop with a message that says why. */
function failureCompletion(policy: Policy, reason: string): SendCompletion {
  if (policy.behaviour.failMode === 'allow') return { allowEvent: true };
  const contact = policy.behaviour.privacyContact ? ` If it keeps happening, contact ${policy.behaviour.privacyContact}.` : '';
  return {
    allowEvent: false,
    errorMessage: `PHI Guard could not check this message (${reason}), and your organisation asks that it is checked before sending. Try Send again.${contact}`.slice(0, 500),
  };
}

/** The dialog for a verdict, using 1.14/1.15 features only where supported. */
function verdictCompletion(verdict: Verdict, policy: Policy, caps: HostCapabilities): SendCompletion {
  if (verdict.action === 'allow') return { allowEvent: true };
  const textOpts = { action: verdict.action, canOpenPane: caps.paneButton, privacyContact: policy.behaviour.privacyContact, lead: policy.behaviour.messages[verdict.action] };
  const completion: SendCompletion = { allowEvent: false, errorMessage: alertText(verdict, textOpts) };
  if (caps.markdown) completion.errorMessageMarkdown = alertMarkdown(verdict, textOpts);
  if (caps.paneButton) {
    completion.cancelLabel = CANCEL_LABEL;
    completion.commandId = PANE_COMMAND_ID;
    completion.contextData = paneContext(verdict);
  }
  // Warn: the user may send anyway (Smart Alerts "Send Anyway"); the header records the choice.
  if (verdict.action === 'warn') completion.sendModeOverride = 'promptUser';
  return completion;
}
