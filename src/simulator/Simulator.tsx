import * as React from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  Tooltip,
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Message } from '../engine';
import { FakeOffice, createFakeOffice } from './fake-office';
import { formatAddressLine, parseAddressLine } from '../shared/address-line';
import { SAMPLES, Sample } from './samples';

/**
 * The compose simulator (npm run demo): a compose window whose item is the
 * fake mailbox. The REAL handler bundle (commands.html in a hidden frame)
 * decides on Send; the REAL task pane sits beside it in a frame. Both reach
 * the fake through window.__phiSim (src/simulator/office-shim.ts).
 */
declare global {
  interface Window {
    /** `orgPolicy`: whether the demo server serves an organisation policy.json (office-shim.ts reads it). */
    __phiSim: { office: FakeOffice; orgPolicy: boolean };
  }
}

/** The policy the demo server was started with (/__sim/info.json): its file and its own name, or none. */
export interface SimPolicy {
  policy: string | null;
  name: string | null;
}

type SendResult =
  | { kind: 'checking' }
  | { kind: 'dialog'; options: Record<string, unknown> }
  | { kind: 'sent'; header?: string; overridden: boolean }
  | { kind: 'no-answer' };

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(420px, 1fr) 380px',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    // A narrow window (a phone, or a 320 px test): the compose form, then the pane below it.
    '@media (max-width: 820px)': { gridTemplateColumns: '1fr', gridTemplateRows: 'auto auto 80vh', height: 'auto' },
  },
  header: { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', padding: '8px 16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  compose: { overflowY: 'auto', padding: '16px', display: 'flex', flexDirection: 'column', gap: '10px' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1, minWidth: 0 },
  paneFrame: { flexGrow: 1, border: 'none', width: '100%' },
  row: { display: 'flex', gap: '8px', alignItems: 'end' },
  grow: { flexGrow: 1 },
  attachment: { display: 'flex', alignItems: 'center', gap: '8px', padding: '4px 8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  dialogText: { whiteSpace: 'pre-wrap', '& p': { margin: '0 0 8px' }, '& ul': { margin: '0 0 8px', paddingLeft: '20px' } },
  hidden: { display: 'none' },
});

function clone(m: Message): Message {
  return JSON.parse(JSON.stringify(m)) as Message;
}

function toBase64(bytes: ArrayBuffer): string {
  let s = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) s += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(s);
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export function Simulator(props: { policy: SimPolicy }): React.JSX.Element {
  const styles = useStyles();
  const [, setTick] = React.useState(0);
  const redraw = React.useCallback(() => setTick((t) => t + 1), []);
  const [compose, setCompose] = React.useState(0);
  const [paneLoad, setPaneLoad] = React.useState(0);
  const [result, setResult] = React.useState<SendResult | undefined>();
  /** The handler frame has loaded and registered its handlers (Outlook shows Send once the add-in is loaded). */
  const [handlersReady, setHandlersReady] = React.useState(false);
  /** Recipient lines being typed (until Enter or leaving the field); otherwise the item's own recipients show. */
  const [drafts, setDrafts] = React.useState<Partial<Record<'to' | 'cc' | 'bcc', string>>>({});
  const [newFile, setNewFile] = React.useState('');
  const storage = React.useRef<Record<string, string>>({});

  const [office, setOffice] = React.useState<FakeOffice | undefined>();
  const start = React.useCallback(
    (sample: Sample) => {
      // OfficeRuntime.storage outlives a message in Outlook (the cached policy): so here.
      const previous = window.__phiSim?.office;
      if (previous) for (const [k, v] of previous.state.storage) storage.current[k] = v;
      const fake = createFakeOffice({ message: clone(sample.message), storage: { ...storage.current }, bodyType: 'text', onChange: redraw });
      fake.edit({ body: sample.body });
      window.__phiSim = { office: fake, orgPolicy: props.policy.policy !== null };
      setOffice(fake);
      setDrafts({});
      setResult(undefined);
      setHandlersReady(false);
      setCompose((c) => c + 1);
      setPaneLoad((p) => p + 1);
    },
    [redraw, props.policy.policy],
  );
  React.useEffect(() => start(SAMPLES[0]), [start]);

  const m = office?.state.message;
  if (!office || !m) return <Spinner label="Starting the simulator" />;

  /** Launch events go to the real handler bundle, exactly as Outlook would raise them. */
  const raise = (handler: string, itemEvent?: string) => {
    if (itemEvent) office.fireItemEvent(itemEvent);
    office.fire(handler, 6000).then(redraw, () => undefined);
  };
  const commitRecipients = (field: 'to' | 'cc' | 'bcc') => {
    const draft = drafts[field];
    if (draft === undefined) return;
    setDrafts((d) => ({ ...d, [field]: undefined }));
    const next = parseAddressLine(draft);
    if (JSON.stringify(next) === JSON.stringify(m[field])) return;
    office.edit({ [field]: next });
    raise('onMessageRecipientsChangedHandler', 'olkRecipientsChanged');
    redraw();
  };
  const attach = (file: { name: string; size?: number; content?: string }) => {
    office.attach(file);
    raise('onMessageAttachmentsChangedHandler', 'olkAttachmentsChanged');
    redraw();
  };
  const pickFiles = async (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) {
      // Only the name and size matter to PHI Guard; content is kept for the rename fix.
      const content = f.size <= 5 * 1024 * 1024 ? toBase64(await f.arrayBuffer()) : undefined;
      attach({ name: f.name, size: f.size, content });
    }
  };
  const send = async () => {
    setResult({ kind: 'checking' });
    // Before the handler frame has loaded there is no handler yet: Outlook would say the add-in is unavailable.
    const completions = await office.fire('onMessageSendHandler', 6000).catch(() => []);
    const options = completions[0];
    if (!options) setResult({ kind: 'no-answer' });
    else if (options.allowEvent === false) setResult({ kind: 'dialog', options });
    else setResult({ kind: 'sent', header: office.state.headers['x-phi-guard'], overridden: false });
  };
  const openPaneWith = (contextData: unknown) => {
    office.setInitializationContext(typeof contextData === 'string' ? contextData : undefined);
    office.resetItemHandlers();
    setPaneLoad((p) => p + 1);
    setResult(undefined);
  };

  const notes = [...office.state.notifications.entries()];
  const dialog = result?.kind === 'dialog' ? result.options : undefined;
  const sendAnyway = () => setResult({ kind: 'sent', header: office.state.headers['x-phi-guard'], overridden: true });
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Text weight="semibold" size={400}>
          PHI Guard compose simulator
        </Text>
        <Badge appearance="tint" color={props.policy.policy ? 'brand' : 'informative'} data-testid="active-policy">
          {props.policy.policy ? `Active policy: ${props.policy.name ?? 'organisation policy'} (${props.policy.policy})` : 'Active policy: built-in default (no policy.json)'}
        </Badge>
        {/* For newcomers: where the policy is edited and what users are told. */}
        <nav aria-label="PHI Guard pages" style={{ display: 'flex', gap: '12px' }}>
          <Link href="/settings.html" target="_blank">
            Policy settings
          </Link>
          <Link href="/help.html" target="_blank">
            Help page
          </Link>
        </nav>
        <Text size={200}>Samples (fictitious):</Text>
        {SAMPLES.map((s) => (
          <Tooltip key={s.id} content={s.expect} relationship="description">
            <Button size="small" onClick={() => start(s)}>
              {s.label}
            </Button>
          </Tooltip>
        ))}
      </header>

      <main className={styles.compose} aria-label="New message">
        {notes.map(([key, n]) => (
          <MessageBar key={key} intent="info" data-notification={key}>
            <MessageBarBody>{n.message}</MessageBarBody>
          </MessageBar>
        ))}
        {result?.kind === 'sent' && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Sent (simulated)</MessageBarTitle>
              {result.overridden ? 'You chose Send Anyway. ' : ''}
              {result.header ? `Header x-phi-guard: ${result.header}` : 'No x-phi-guard header was set.'}
            </MessageBarBody>
          </MessageBar>
        )}
        {result?.kind === 'no-answer' && (
          <MessageBar intent="error">
            <MessageBarBody>The send handler did not answer (Outlook would report the add-in as unavailable).</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void send()} disabled={!handlersReady || result?.kind === 'checking'}>
            Send
          </Button>
          {result?.kind === 'checking' && <Spinner size="tiny" label="PHI Guard is checking your message..." />}
          {!handlersReady && <Spinner size="tiny" label="Loading PHI Guard..." />}
        </div>
        <Field label="From">
          <Input value={m.senderAddress ?? ''} readOnly />
        </Field>
        {(['to', 'cc', 'bcc'] as const).map((field) => (
          <Field key={field} label={field === 'to' ? 'To' : field === 'cc' ? 'Cc' : 'Bcc'} hint={field === 'to' ? 'Name <address>; separate with semicolons' : undefined}>
            <Input
              // What is being typed, else the item's recipients as they are now (a fix in the pane may have changed them).
              value={drafts[field] ?? formatAddressLine(m[field])}
              onChange={(_, d) => setDrafts({ ...drafts, [field]: d.value })}
              onBlur={() => commitRecipients(field)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commitRecipients(field);
              }}
            />
          </Field>
        ))}
        <Field label="Subject">
          <Input
            value={m.subject}
            onChange={(_, d) => {
              office.edit({ subject: d.value });
              redraw();
            }}
          />
        </Field>
        <Field label="Attachments">
          <div role="list" aria-label="Attachments">
            {office.state.attachments.length === 0 && <Text size={200}>No attachments.</Text>}
            {office.state.attachments.map((a) => (
              <div role="listitem" key={a.id} className={styles.attachment}>
                <Text className={styles.grow}>{a.name}</Text>
                <Text size={200}>{formatSize(a.size)}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Remove ${a.name}`}
                  onClick={() => {
                    office.detach(a.id);
                    raise('onMessageAttachmentsChangedHandler', 'olkAttachmentsChanged');
                    redraw();
                  }}
                >
                  Remove
                </Button>
              </div>
            ))}
          </div>
        </Field>
        <div className={styles.row}>
          <Field label="Attach a file by name" className={styles.grow}>
            <Input
              value={newFile}
              placeholder="e.g. Lab_results_March.pdf"
              onChange={(_, d) => setNewFile(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && newFile.trim()) {
                  attach({ name: newFile.trim() });
                  setNewFile('');
                }
              }}
            />
          </Field>
          <Button
            disabled={!newFile.trim()}
            onClick={() => {
              attach({ name: newFile.trim() });
              setNewFile('');
            }}
          >
            Attach
          </Button>
          <Button onClick={() => document.getElementById('sim-file-picker')?.click()}>Choose files...</Button>
          <input id="sim-file-picker" type="file" multiple className={styles.hidden} aria-label="Choose files to attach" onChange={(e) => void pickFiles(e.target.files)} />
        </div>
        <Field label="Message body (encrypted in transit and at rest: PHI Guard does not check it)">
          <Textarea
            resize="vertical"
            rows={8}
            value={office.state.body}
            onChange={(_, d) => {
              office.edit({ body: d.value });
              redraw();
            }}
          />
        </Field>
      </main>

      <aside className={styles.pane} aria-label="PHI Guard task pane">
        <iframe key={paneLoad} className={styles.paneFrame} title="PHI Guard task pane" src="/taskpane.html" />
      </aside>
      {/* The event-handler runtime: Outlook loads commands.html invisibly, and so do we. */}
      <iframe
        key={`commands-${compose}`}
        className={styles.hidden}
        title="PHI Guard event handlers"
        src="/commands.html"
        onLoad={() => {
          setHandlersReady(office.handlers.has('onMessageSendHandler'));
          raise('onNewMessageComposeHandler');
        }}
      />

      <SmartAlert options={dialog} onSendAnyway={sendAnyway} onOpenPane={() => openPaneWith(dialog?.contextData)} onClose={() => setResult(undefined)} />
    </div>
  );
}

/**
 * The Smart Alerts dialog as Outlook shows it for the handler's options: the
 * text, "Send Anyway" for a warning, and the button that does not send (its
 * label is cancelLabel, "Fix in PHI Guard", when it opens the pane; then a
 * plain "Don't Send" sits beside it). Focus starts on the button that does not
 * send, so Enter never sends a flagged message.
 */
function SmartAlert(props: { options: Record<string, unknown> | undefined; onSendAnyway: () => void; onOpenPane: () => void; onClose: () => void }): React.JSX.Element {
  const styles = useStyles();
  const options = props.options ?? {};
  const open = props.options !== undefined;
  const opensPane = Boolean(options.commandId);
  const first = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && props.onClose()} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>PHI Guard</DialogTitle>
          <DialogContent className={styles.dialogText} data-testid="smart-alert">
            {typeof options.errorMessageMarkdown === 'string' ? <Markdown text={options.errorMessageMarkdown} /> : String(options.errorMessage ?? '')}
          </DialogContent>
          <DialogActions fluid>
            <Button ref={first} appearance="primary" onClick={opensPane ? props.onOpenPane : props.onClose}>
              {opensPane ? String(options.cancelLabel ?? 'Fix in PHI Guard') : "Don't Send"}
            </Button>
            {opensPane && <Button onClick={props.onClose}>Don&apos;t Send</Button>}
            {options.sendModeOverride === 'promptUser' && <Button onClick={props.onSendAnyway}>Send Anyway</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * errorMessageMarkdown as Outlook shows it (Mailbox 1.15), for the subset the
 * handler writes: paragraphs, "- " bullets, **bold**.
 */
function Markdown(props: { text: string }): React.JSX.Element {
  const inline = (line: string) => line.split(/\*\*([^*]+)\*\*/).map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part));
  return (
    <>
      {props.text.split('\n\n').map((block, b) => {
        const lines = block.split('\n');
        return lines.every((l) => l.startsWith('- ')) ? (
          <ul key={b}>
            {lines.map((l, i) => (
              <li key={i}>{inline(l.slice(2))}</li>
            ))}
          </ul>
        ) : (
          <p key={b}>{inline(block)}</p>
        );
      })}
    </>
  );
}
