/**
 * The slice of Office.js PHI Guard uses, typed structurally so that the same
 * code runs against the real `Office` and against test/support's fake mailbox.
 * src/office/globals.ts checks at compile time that Office.MessageCompose
 * (@types/office-js) fits these types.
 */
export interface AsyncResultLike<T> {
  /** 'succeeded' or 'failed' at run time (@types/office-js declares Office.AsyncResultStatus as a numeric enum). */
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { name?: string; message?: string; code?: number };
}
export type Callback<T> = (r: AsyncResultLike<T>) => void;

export interface EmailAddressDetailsLike {
  displayName: string;
  emailAddress: string;
  recipientType?: string;
}
export interface AttachmentDetailsLike {
  id: string;
  name: string;
  size?: number;
  isInline?: boolean;
  attachmentType?: string;
}

export interface RecipientsLike {
  getAsync(cb: Callback<EmailAddressDetailsLike[]>): void;
  setAsync?(recipients: { displayName: string; emailAddress: string }[], cb: Callback<void>): void;
}

export interface ComposeItemLike {
  subject: { getAsync(cb: Callback<string>): void; setAsync?(v: string, cb: Callback<void>): void };
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  body?: {
    getTypeAsync?(cb: Callback<string>): void;
    prependAsync?(data: string, options: { coercionType: string }, cb: Callback<void>): void;
  };
  getAttachmentsAsync?(cb: Callback<AttachmentDetailsLike[]>): void;
  getAttachmentContentAsync?(id: string, cb: Callback<{ format: string; content: string }>): void;
  addFileAttachmentFromBase64Async?(base64: string, name: string, options: { isInline?: boolean }, cb: Callback<string>): void;
  removeAttachmentAsync?(id: string, cb: Callback<void>): void;
  internetHeaders?: { setAsync(headers: Record<string, string>, cb: Callback<void>): void };
  notificationMessages?: {
    replaceAsync(key: string, message: Office.NotificationMessageDetails, cb: Callback<void>): void;
    removeAsync(key: string, cb: Callback<void>): void;
  };
}

/** Office.MailboxEvent as the handlers use it (Smart Alerts and the compose-time events). */
export interface SendEventLike {
  completed(options?: Office.SmartAlertsEventCompletedOptions): void;
}

/** What a handler needs from its surroundings; commands.ts builds it from the globals. */
export interface HostEnv {
  item: ComposeItemLike | undefined;
  userEmail: string | undefined;
  isSetSupported(name: string, version: string): boolean;
  storage: { getItem(key: string): Promise<string | null>; setItem(key: string, value: string): Promise<void> } | undefined;
  fetch: ((url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>) | undefined;
  /** https://host[:port] the add-in is served from (set at build time). */
  origin: string;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
