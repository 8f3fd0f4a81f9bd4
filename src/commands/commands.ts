/**
 * Event handlers (Smart Alerts and compose-time events). Built as ONE ES2016
 * file with no imports (classic Outlook on Windows runs it in a JavaScript-only
 * runtime: no DOM, no window, no localStorage). Thin: the logic is in
 * src/office/handlers.ts; this file only wires the globals.
 */
import { hostEnvFromGlobals as hostEnv } from '../office/globals';
import { onComposeChanged, onNewCompose, onSend } from '../office/handlers';

// Each handler passes Office.MailboxEvent (@types/office-js) where src/office expects its
// SendEventLike: the compiler checks that the two agree.
function onMessageSendHandler(event: Office.MailboxEvent): void {
  void onSend(event, hostEnv());
}
function onMessageRecipientsChangedHandler(event: Office.MailboxEvent): void {
  void onComposeChanged(event, hostEnv());
}
function onMessageAttachmentsChangedHandler(event: Office.MailboxEvent): void {
  void onComposeChanged(event, hostEnv());
}
function onNewMessageComposeHandler(event: Office.MailboxEvent): void {
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
