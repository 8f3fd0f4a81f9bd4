import type { Message } from '../../src/engine';

/**
 * A small typed fake of the Office.js mailbox surface PHI Guard uses, with
 * fault injection. Reusable by the handler tests (in a vm context) and, later,
 * by the task pane's browser tests.
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
  | 'notificationMessages.removeAsync';

export interface FakeOptions {
  message: Message;
  /** Highest Mailbox requirement set the fake client supports, as a minor version (default 15, i.e. 1.15). */
  mailboxVersion?: number;
  faults?: Partial<Record<Api, Fault>>;
  /** OfficeRuntime.storage contents at start; undefined: no OfficeRuntime at all. */
  storage?: Record<string, string>;
  /** How policy.json requests are answered; undefined: no fetch in the runtime. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /** Real time per fake millisecond (default 1; 0.01 makes a 3,500 ms timeout take 35 ms, for hang tests). */
  timeScale?: number;
}

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
}

export interface FakeState {
  headers: Record<string, string>;
  /** Header values in the order they were set. */
  headerWrites: string[];
  notifications: Map<string, { type: string; message: string; icon?: string; persistent?: boolean }>;
  storage: Map<string, string>;
  fetched: string[];
  calls: string[];
}

export interface FakeOffice {
  /** Globals for a vm context: Office, OfficeRuntime, fetch, setTimeout, clearTimeout. */
  globals: Record<string, unknown>;
  state: FakeState;
  handlers: Map<string, (event: unknown) => void>;
  /** Fires a registered handler; resolves with every completed() call made within `waitMs`. */
  fire(name: string, waitMs?: number): Promise<Record<string, unknown>[]>;
  // resolves 20 ms after the first completed() call (to catch a second one), or after waitMs
}

export function createFakeOffice(opts: FakeOptions): FakeOffice {
  const scale = opts.timeScale ?? 1;
  const state: FakeState = { headers: {}, headerWrites: [], notifications: new Map(), storage: new Map(Object.entries(opts.storage ?? {})), fetched: [], calls: [] };
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
        }
      }, 0);
    };
  }
  const details = (list: Message['to']) => list.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress, recipientType: 'other' }));

  const item: Record<string, unknown> = {
    subject: { getAsync: api('subject.getAsync', () => m.subject) },
    to: { getAsync: api('to.getAsync', () => details(m.to)) },
    cc: { getAsync: api('cc.getAsync', () => details(m.cc)) },
    bcc: { getAsync: api('bcc.getAsync', () => details(m.bcc)) },
    getAttachmentsAsync: api('getAttachmentsAsync', () => m.attachments.map((a, i) => ({ id: `att${i}`, name: a.name, size: a.size ?? 1000, isInline: a.isInline ?? false, attachmentType: 'file' }))),
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
    delete item.getAttachmentsAsync;
    delete item.internetHeaders;
  }

  const Office = {
    context: {
      mailbox: { item, userProfile: { emailAddress: m.senderAddress ?? 'me@examplehealth.org' } },
      requirements: { isSetSupported: (name: string, v: string) => name === 'Mailbox' && String(v).split('.')[0] === '1' && minor(v) <= version },
    },
    actions: { associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn) },
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
      const event = {
        completed: (options?: Record<string, unknown>) => {
          completions.push(options ?? {});
          // keep listening a little longer to catch a second call
          if (settle) clearTimeout(settle);
          settle = setTimeout(resolve, 20);
        },
      };
      handler(event);
      setTimeout(resolve, waitMs);
    });
    return completions;
  }

  return { globals, state, handlers, fire };
}
