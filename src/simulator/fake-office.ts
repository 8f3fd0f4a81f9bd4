import type { Message } from '../engine';

/**
 * A small typed fake of the Office.js mailbox surface PHI Guard uses, with
 * fault injection. Used by the handler tests (in a vm context), the task pane's
 * browser tests and the compose simulator (`npm run demo`).
 */
export type Fault = 'fail' | 'throw' | 'hang';
export type Api =
  | 'subject.getAsync'
  | 'to.getAsync'
  | 'cc.getAsync'
  | 'bcc.getAsync'
  | 'getAttachmentsAsync'
  | 'internetHeaders.setAsync'
  | 'notificationMessages.replaceAsync'
  | 'notificationMessages.removeAsync'
  | 'subject.setAsync'
  | 'recipients.setAsync'
  | 'body.prependAsync'
  | 'getAttachmentContentAsync'
  | 'addFileAttachmentFromBase64Async'
  | 'removeAttachmentAsync';

export interface FakeAttachment {
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  attachmentType: 'file' | 'item' | 'cloud';
  /** Base64 content for files. */
  content: string;
}

export interface FakeOptions {
  message: Message;
  /** Highest Mailbox requirement set the fake client supports, as a minor version (default 15, i.e. 1.15). */
  mailboxVersion?: number;
  faults?: Partial<Record<Api, Fault>>;
  /** OfficeRuntime.storage contents at start; undefined: no OfficeRuntime at all. */
  storage?: Record<string, string>;
  /** How policy.json requests are answered; undefined: no fetch in the runtime. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /** Attachment details beyond the message's names (type, size, content); by index. */
  attachmentDetails?: Partial<FakeAttachment>[];
  /** contextData the pane reads with getInitializationContextAsync (a Smart Alerts button). */
  initializationContext?: string;
  /** Outlook theme background, e.g. '#1f1f1f' for dark. */
  themeBackground?: string;
  /** Body type for prependAsync (default html). */
  bodyType?: 'html' | 'text';
  /** Called after every change the add-in makes to the item (a fix), so a host UI can redraw. */
  onChange?: () => void;
  /** Real time per fake millisecond (default 1; 0.01 makes a 3,500 ms timeout take 35 ms, for hang tests). */
  timeScale?: number;
}

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
}

export interface FakeState {
  /** The live item: fixes change it. */
  message: Message;
  attachments: FakeAttachment[];
  body: string;
  headers: Record<string, string>;
  /** Header values in the order they were set. */
  headerWrites: string[];
  notifications: Map<string, { type: string; message: string; icon?: string; persistent?: boolean }>;
  storage: Map<string, string>;
  fetched: string[];
  calls: string[];
  /** What getInitializationContextAsync returns (a Smart Alerts button sets it before opening the pane). */
  initializationContext?: string;
  /** Every item.addHandlerAsync call, by event type, in order (a pane session should register each type once). */
  itemHandlerRegistrations: string[];
}

export interface FakeOffice {
  /** Globals for a vm context: Office, OfficeRuntime, fetch, setTimeout, clearTimeout. */
  globals: Record<string, unknown>;
  state: FakeState;
  handlers: Map<string, (event: unknown) => void>;
  /** A HostEnv (src/office/host.ts) over this fake, for code under test in the test's own context. */
  env: import('../office/host').HostEnv;
  /** Fires the item events registered with item.addHandlerAsync. */
  fireItemEvent(type: string): void;
  setFault(name: Api, fault: Fault | undefined): void;
  /** The user attaches a file (as Outlook does; fire olkAttachmentsChanged yourself). */
  attach(file: { name: string; size?: number; content?: string }): FakeAttachment;
  /** The user removes an attachment. */
  detach(id: string): void;
  /** Forgets the item event handlers (a pane that was closed and opened again registers anew). */
  resetItemHandlers(): void;
  /** How many handlers are registered for an item event type now. */
  itemHandlerCount(type: string): number;
  /** Puts another message in the compose window (fire the item events yourself). */
  replaceMessage(message: Message): void;
  /** The user edits the compose window: subject, recipients or body (fire the item events yourself). */
  edit(change: Partial<Pick<Message, 'subject' | 'to' | 'cc' | 'bcc'>> & { body?: string }): void;
  /** What getInitializationContextAsync answers next (a Smart Alerts button opens the pane with it). */
  setInitializationContext(context: string | undefined): void;
  /** Fires a registered handler; resolves with every completed() call made within `waitMs`. */
  fire(name: string, waitMs?: number): Promise<Record<string, unknown>[]>;
  // resolves 20 ms after the first completed() call (to catch a second one), or after waitMs
}

/** Works in Node and in the browser (the task pane tests load this file into Chromium). */
function toBase64(s: string): string {
  if (typeof btoa === 'function') return btoa(s);
  return (globalThis as unknown as { Buffer: { from(x: string): { toString(e: string): string } } }).Buffer.from(s).toString('base64');
}

export function createFakeOffice(opts: FakeOptions): FakeOffice {
  const scale = opts.timeScale ?? 1;
  const attachments: FakeAttachment[] = opts.message.attachments.map((a, i) => ({
    id: `att${i}`,
    name: a.name,
    size: a.size ?? 1000,
    isInline: a.isInline ?? false,
    attachmentType: 'file',
    content: toBase64(`fictitious content of file ${i}`),
    ...(opts.attachmentDetails?.[i] ?? {}),
  }));
  let nextId = attachments.length;
  const state: FakeState = { message: opts.message, attachments, body: '<p>Body</p>', headers: {}, headerWrites: [], notifications: new Map(), storage: new Map(Object.entries(opts.storage ?? {})), fetched: [], calls: [], initializationContext: opts.initializationContext, itemHandlerRegistrations: [] };
  const handlers = new Map<string, (event: unknown) => void>();
  const m = opts.message;
  const version = opts.mailboxVersion ?? 15;
  const minor = (v: string) => Number(String(v).split('.')[1] ?? 0);

  function api<T>(name: Api, value: () => T, effect?: () => void) {
    return (...args: unknown[]): void => {
      const cb = args[args.length - 1] as (r: AsyncResult<T>) => void;
      state.calls.push(name);
      const fault = opts.faults?.[name];
      if (fault === 'throw') throw new Error(`${name} exploded`);
      if (fault === 'hang') return;
      setTimeout(() => {
        if (fault === 'fail') cb({ status: 'failed', value: undefined as T, error: { name: 'GenericError', message: `${name} failed`, code: 9020 } });
        else {
          if (effect) effect();
          cb({ status: 'succeeded', value: value() });
          if (effect) opts.onChange?.();
        }
      }, 0);
    };
  }
  let itemHandlers: { type: string; handler: () => void }[] = [];
  const syncNames = () => {
    m.attachments = state.attachments.map((a) => ({ name: a.name, size: a.size, isInline: a.isInline }));
  };
  const recipientsApi = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: api(`${field}.getAsync` as Api, () => details(m[field])),
    setAsync: (list: { displayName: string; emailAddress: string }[], cb: (r: AsyncResult<void>) => void) =>
      api<void>('recipients.setAsync', () => undefined, () => {
        m[field] = list.map((r) => ({ displayName: r.displayName ?? '', emailAddress: r.emailAddress }));
      })(list, cb),
  });
  const details = (list: Message['to']) => list.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress, recipientType: 'other' }));

  const item: Record<string, unknown> = {
    subject: {
      getAsync: api('subject.getAsync', () => m.subject),
      // Office.Subject.setAsync: "The string is limited to 255 characters" (longer fails, as in Outlook).
      setAsync: (v: string, cb: (r: AsyncResult<void>) => void) =>
        String(v).length > 255
          ? setTimeout(() => cb({ status: 'failed', value: undefined, error: { name: 'DataExceedsMaximumSize', message: 'The subject is longer than 255 characters.', code: 9030 } }), 0)
          : api<void>('subject.setAsync', () => undefined, () => (m.subject = v))(v, cb),
    },
    to: recipientsApi('to'),
    cc: recipientsApi('cc'),
    bcc: recipientsApi('bcc'),
    body: {
      getTypeAsync: (cb: (r: AsyncResult<string>) => void) => setTimeout(() => cb({ status: 'succeeded', value: opts.bodyType ?? 'html' }), 0),
      prependAsync: (data: string, o: unknown, cb: (r: AsyncResult<void>) => void) => api<void>('body.prependAsync', () => undefined, () => (state.body = data + state.body))(data, o, cb),
    },
    getAttachmentsAsync: api('getAttachmentsAsync', () => state.attachments.map(({ id, name, size, isInline, attachmentType }) => ({ id, name, size, isInline, attachmentType }))),
    getAttachmentContentAsync: (id: string, cb: (r: AsyncResult<{ format: string; content: string }>) => void) =>
      api('getAttachmentContentAsync', () => {
        const a = state.attachments.find((x) => x.id === id);
        if (!a) throw new Error('no such attachment');
        return { format: a.attachmentType === 'file' ? 'base64' : a.attachmentType === 'cloud' ? 'url' : 'eml', content: a.content };
      })(id, cb),
    addFileAttachmentFromBase64Async: (base64: string, name: string, o: { isInline?: boolean }, cb: (r: AsyncResult<string>) => void) => {
      const id = `att${nextId++}`;
      return api<string>('addFileAttachmentFromBase64Async', () => id, () => {
        state.attachments.push({ id, name, size: Math.floor((base64.length * 3) / 4), isInline: Boolean(o?.isInline), attachmentType: 'file', content: base64 });
        syncNames();
      })(base64, name, o, cb);
    },
    addHandlerAsync: (type: string, handler: () => void, cb?: (r: AsyncResult<void>) => void) => {
      itemHandlers.push({ type, handler });
      state.itemHandlerRegistrations.push(type);
      if (cb) setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
    },
    // As Outlook's item.removeHandlerAsync: removes every handler of that type.
    removeHandlerAsync: (type: string, cb?: (r: AsyncResult<void>) => void) => {
      itemHandlers = itemHandlers.filter((h) => h.type !== type);
      if (cb) setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
    },
    getInitializationContextAsync: (cb: (r: AsyncResult<string>) => void) =>
      setTimeout(() => cb(state.initializationContext ? { status: 'succeeded', value: state.initializationContext } : { status: 'failed', value: '', error: { name: 'NoContext', message: 'no context', code: 9001 } }), 0),
    removeAttachmentAsync: (id: string, cb: (r: AsyncResult<void>) => void) =>
      api<void>('removeAttachmentAsync', () => undefined, () => {
        state.attachments = state.attachments.filter((a) => a.id !== id);
        syncNames();
      })(id, cb),
    internetHeaders: {
      setAsync: (headers: Record<string, string>, cb: (r: AsyncResult<void>) => void) =>
        api<void>('internetHeaders.setAsync', () => undefined, () => {
          Object.assign(state.headers, headers);
          for (const v of Object.values(headers)) state.headerWrites.push(v);
        })(headers, cb),
    },
    notificationMessages: {
      replaceAsync: (key: string, message: { type: string; message: string }, cb: (r: AsyncResult<void>) => void) => {
        if (key.length > 32) throw new Error('key longer than 32 characters');
        if (message.message.length > 150) throw new Error('notification longer than 150 characters');
        return api<void>('notificationMessages.replaceAsync', () => undefined, () => {
          state.notifications.set(key, message);
          if (state.notifications.size > 5) throw new Error('more than 5 notifications');
        })(key, message, cb);
      },
      removeAsync: (key: string, cb: (r: AsyncResult<void>) => void) =>
        api<void>('notificationMessages.removeAsync', () => undefined, () => state.notifications.delete(key))(key, cb),
    },
  };
  if (version < 8) {
    for (const k of ['getAttachmentsAsync', 'internetHeaders', 'getAttachmentContentAsync', 'addFileAttachmentFromBase64Async']) delete item[k];
  }

  const Office = {
    context: {
      mailbox: { item, userProfile: { emailAddress: m.senderAddress ?? 'me@examplehealth.org' } },
      officeTheme: { bodyBackgroundColor: opts.themeBackground ?? '#ffffff' },
      requirements: { isSetSupported: (name: string, v: string) => name === 'Mailbox' && String(v).split('.')[0] === '1' && minor(v) <= version },
    },
    actions: { associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn) },
    onReady: (cb?: (info: { host: string; platform: string }) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const info = { host: 'Outlook', platform: 'OfficeOnline' };
          if (cb) cb(info);
          resolve(info);
        }, 0),
      ),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' }, ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } },
  };
  const OfficeRuntime = opts.storage === undefined ? undefined : {
    storage: {
      getItem: async (k: string) => (state.storage.has(k) ? (state.storage.get(k) as string) : null),
      setItem: async (k: string, v: string) => {
        state.storage.set(k, v);
      },
    },
  };
  const fetchFn = opts.fetch
    ? (url: string) => {
        state.fetched.push(url);
        return opts.fetch!(url);
      }
    : undefined;

  const globals: Record<string, unknown> = {
    Office,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, Math.max(0, ms * scale)),
    clearTimeout: (h: ReturnType<typeof setTimeout>) => clearTimeout(h),
  };
  if (OfficeRuntime) globals.OfficeRuntime = OfficeRuntime;
  if (fetchFn) globals.fetch = fetchFn;

  async function fire(name: string, waitMs = 6000): Promise<Record<string, unknown>[]> {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler registered for ${name}`);
    const completions: Record<string, unknown>[] = [];
    await new Promise<void>((resolve) => {
      let settle: ReturnType<typeof setTimeout> | undefined;
      // Cleared when done, so no timer outlives the call (test runners wait for open timers).
      const limit = setTimeout(done, waitMs);
      function done() {
        clearTimeout(limit);
        resolve();
      }
      const event = {
        completed: (options?: Record<string, unknown>) => {
          completions.push(options ?? {});
          // keep listening a little longer to catch a second call
          if (settle) clearTimeout(settle);
          settle = setTimeout(done, 20);
        },
      };
      handler(event);
    });
    return completions;
  }

  /** A HostEnv over this fake, for code that runs in the test's own context (the pane logic). */
  const env = {
    item: item as never,
    userEmail: m.senderAddress,
    isSetSupported: (name: string, v: string) => Office.context.requirements.isSetSupported(name, v),
    storage: OfficeRuntime?.storage,
    fetch: fetchFn,
    origin: 'https://localhost:3000',
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, Math.max(0, ms * scale)),
    clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };

  /** Fires the item events the pane registered for (RecipientsChanged, AttachmentsChanged). */
  const fireItemEvent = (type: string) => itemHandlers.filter((h) => h.type === type).forEach((h) => h.handler());
  /** Turns a fault on or off while the test runs (e.g. Outlook recovers, the user retries). */
  const setFault = (name: Api, fault: Fault | undefined) => {
    opts.faults = { ...(opts.faults ?? {}), [name]: fault };
  };

  const attach = (file: { name: string; size?: number; content?: string }): FakeAttachment => {
    const a: FakeAttachment = { id: `att${nextId++}`, name: file.name, size: file.size ?? 1000, isInline: false, attachmentType: 'file', content: file.content ?? toBase64('fictitious attachment content') };
    state.attachments.push(a);
    syncNames();
    return a;
  };
  const detach = (id: string) => {
    state.attachments = state.attachments.filter((a) => a.id !== id);
    syncNames();
  };
  const resetItemHandlers = () => {
    itemHandlers = [];
  };
  const itemHandlerCount = (type: string) => itemHandlers.filter((h) => h.type === type).length;
  const replaceMessage = (next: Message) => {
    Object.assign(m, JSON.parse(JSON.stringify(next)) as Message);
    state.attachments = [];
    for (const a of next.attachments) attach({ name: a.name, size: a.size });
  };

  const edit = (change: Partial<Pick<Message, 'subject' | 'to' | 'cc' | 'bcc'>> & { body?: string }) => {
    const { body, ...fields } = change;
    Object.assign(m, fields);
    if (body !== undefined) state.body = body;
  };
  const setInitializationContext = (context: string | undefined) => {
    state.initializationContext = context;
  };

  return { globals, state, handlers, fire, env, fireItemEvent, setFault, attach, detach, resetItemHandlers, itemHandlerCount, replaceMessage, edit, setInitializationContext };
}
