/**
 * Event handlers (Smart Alerts and compose-time events). Built as ONE ES2016
 * file with no imports (classic Outlook on Windows runs it in a JavaScript-only
 * runtime: no DOM, no window, no localStorage). Thin: the logic is in
 * src/office/handlers.ts; this file only wires the globals.
 */
import type { SendEventLike } from '../office/host';
import { hostEnvFromGlobals as hostEnv } from '../office/globals';
import { onComposeChanged, onNewCompose, onSend } from '../office/handlers';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Office: any;

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
