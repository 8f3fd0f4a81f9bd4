import * as React from 'react';
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Finding, Message, Recipient, placeholderFor } from '../engine';
import type { PaneHost } from '../office/pane-host';
import { Applied, FixStep, applyFix, recipientsAfter, renameBlocker } from '../office/fixes';
import type { AttachmentDetailsLike } from '../office/host';
import { usePaneScan } from './use-scan';
import { FieldView, GroupView, groupFindings, neutralName, planSubjectFix, recipientFixes, ruleLabel } from './view-model';

const useStyles = makeStyles({
  root: { padding: '12px 14px 24px', display: 'flex', flexDirection: 'column', rowGap: '12px' },
  group: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '10px 12px' },
  groupHead: { display: 'flex', alignItems: 'center', columnGap: '8px', margin: 0, fontSize: tokens.fontSizeBase400 },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-word', margin: '6px 0', padding: '4px 6px', background: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  mark: { background: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  finding: { margin: '6px 0 10px', display: 'flex', flexDirection: 'column', rowGap: '6px' },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  why: { color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
});

function Title(): React.ReactElement {
  return <h1 className={useStyles().title}>PHI Guard</h1>;
}

interface Undo {
  step: FixStep;
  label: string;
  note?: string;
}

export function App({ host }: { host: PaneHost }): React.ReactElement {
  const styles = useStyles();
  const { state, rescan } = usePaneScan(host);
  const [busy, setBusy] = React.useState(false);
  const [undo, setUndo] = React.useState<Undo | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [focusField, setFocusField] = React.useState<string | undefined>();

  // Opened from the Smart Alerts button: start on the field that stopped the send.
  React.useEffect(() => {
    if (host.unsupported) return;
    let live = true;
    void host.initializationContext().then((ctx) => {
      if (!ctx || !live) return;
      try {
        const data = JSON.parse(ctx) as { findings?: { field: string }[] };
        if (data.findings?.length) setFocusField(data.findings[0].field);
      } catch {
        // not ours
      }
    });
    return () => {
      live = false;
    };
  }, [host]);

  async function run(step: FixStep, label: string, current: { message: Message; attachments: AttachmentDetailsLike[] }) {
    setBusy(true);
    setFailure(undefined);
    const r = await applyFix(host, step, { ...current.message, attachments: current.attachments });
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error);
      return;
    }
    const applied: Applied = r.value;
    setUndo(applied.undo ? { step: applied.undo, label, note: applied.note } : undefined);
    await rescan();
  }

  async function undoLast(current: { message: Message; attachments: AttachmentDetailsLike[] }) {
    if (!undo) return;
    const step = undo.step;
    setUndo(undefined);
    await run(step, 'Undo', current);
    setUndo(undefined);
  }

  if (state.kind === 'unsupported') {
    return (
      <main className={styles.root}>
        <Title />
        <MessageBar intent="info">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (state.kind === 'loading') {
    return (
      <main className={styles.root}>
        <Title />
        <Spinner label="Checking this message..." />
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className={styles.root}>
        <Title />
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Could not check</MessageBarTitle>
            {state.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void rescan()}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    );
  }

  const groups = groupFindings(state.message, state.verdict);
  const current = { message: state.message, attachments: state.attachments };
  return (
    <main className={styles.root} aria-busy={busy}>
      <Title />
      {undo && (
        <MessageBar intent="success">
          <MessageBarBody>
            {undo.label} done.{undo.note ? ` ${undo.note}` : ''}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void undoLast(current)}>
              Undo
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>That fix did not work</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" label="Applying the fix..." />}
      {groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>All clear</MessageBarTitle>
            The subject, recipients and file names carry no patient information. The body and the attachments&apos; contents can.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p">
          {state.verdict.action === 'block' ? 'This message cannot be sent as it is.' : 'Check these before sending.'} Each fix takes one click.
        </Text>
      )}
      {groups.map((g) => (
        <GroupCard key={g.field} group={g} focusOnMount={focusField === g.field} busy={busy} current={current} onFix={(step, label) => void run(step, label, current)} />
      ))}
    </main>
  );
}

function GroupCard(props: {
  group: GroupView;
  focusOnMount: boolean;
  busy: boolean;
  current: { message: Message; attachments: AttachmentDetailsLike[] };
  onFix: (step: FixStep, label: string) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { group } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (props.focusOnMount) heading.current?.focus();
  }, [props.focusOnMount]);
  const helpAnchor = group.field === 'attachments' ? 'attachments' : group.field === 'subject' ? 'subject' : 'recipients';
  const mass = group.items.flatMap((i) => i.findings).filter((f) => f.detectorId === 'mass-disclosure');
  return (
    <section className={styles.group} aria-labelledby={`h-${group.field}`}>
      <h2 id={`h-${group.field}`} className={styles.groupHead} tabIndex={-1} ref={heading}>
        {group.title}
        <Badge appearance="filled" color={group.action === 'block' ? 'danger' : 'warning'}>
          {group.action === 'block' ? 'Blocks sending' : 'Warning'}
        </Badge>
      </h2>
      <Text as="p" size={200} className={styles.why}>
        {group.why}{' '}
        <Link href={`help.html#${helpAnchor}`} target="_blank">
          Why?
        </Link>
      </Text>
      {mass.length > 1 && (
        <div className={styles.fixes}>
          <Button
            appearance="primary"
            disabled={props.busy}
            onClick={() => {
              let lists = { to: props.current.message.to, cc: props.current.message.cc, bcc: props.current.message.bcc };
              const exposed = mass.map((f) => ({ field: f.field as 'to' | 'cc', index: f.index ?? 0 })).sort((a, b) => b.index - a.index);
              for (const e of exposed) lists = recipientsAfter(lists, e.field, e.index, 'move-to-bcc');
              props.onFix({ kind: 'recipients', ...lists }, `Moved ${mass.length} recipients to Bcc`);
            }}
          >
            Move all {mass.length} to Bcc
          </Button>
        </div>
      )}
      {group.items.map((item) => (
        <ItemView key={`${item.index ?? ''}-${item.part ?? ''}`} item={item} {...props} />
      ))}
    </section>
  );
}

function ItemView(props: { item: FieldView; busy: boolean; current: { message: Message; attachments: AttachmentDetailsLike[] }; onFix: (step: FixStep, label: string) => void }): React.ReactElement {
  const styles = useStyles();
  const { item } = props;
  return (
    <div>
      <p className={styles.value} aria-label={`${item.part === 'emailAddress' ? 'Address' : item.field === 'attachments' ? 'File name' : item.field === 'subject' ? 'Subject' : 'Name'} with the problem highlighted`}>
        {item.segments.map((s, i) =>
          s.finding === undefined ? (
            <span key={i}>{s.text}</span>
          ) : (
            <mark key={i} className={styles.mark}>
              {s.text}
            </mark>
          ),
        )}
      </p>
      {item.findings.map((f, i) => (
        <div key={i} className={styles.finding}>
          <Text weight="semibold">{capitalise(ruleLabel(f))}</Text>
          <div className={styles.fixes}>{fixButtons(f, item, props)}</div>
        </div>
      ))}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fixButtons(f: Finding, item: FieldView, props: { busy: boolean; current: { message: Message; attachments: AttachmentDetailsLike[] }; onFix: (step: FixStep, label: string) => void }): React.ReactNode {
  const { message, attachments } = props.current;
  if (f.field === 'subject') {
    const replaced = planSubjectFix(message.subject, f, 'placeholder');
    const removed = planSubjectFix(message.subject, f, 'remove');
    const placeholder = placeholderFor(f.detectorId);
    return (
      <>
        <Button appearance="primary" disabled={props.busy} onClick={() => props.onFix({ kind: 'subject', subject: replaced.subject }, `Replaced with "${placeholder}"`)}>
          Replace with &quot;{placeholder}&quot;
        </Button>
        <Button disabled={props.busy} onClick={() => props.onFix({ kind: 'subject', subject: removed.subject }, 'Removed from the subject')}>
          Remove
        </Button>
        <Button disabled={props.busy} onClick={() => props.onFix({ kind: 'subject', subject: removed.subject, prependToBody: removed.removed }, 'Moved to the body')}>
          Move to body
        </Button>
      </>
    );
  }
  if (f.field === 'attachments') {
    const a = attachments[f.index ?? 0];
    if (!a) return null;
    const blocker = renameBlocker(a, { isSetSupported: () => true });
    if (blocker) return <Text size={200}>{blocker}</Text>;
    const name = neutralName(a.name, attachments.map((x) => x.name));
    return (
      <Button appearance="primary" disabled={props.busy} onClick={() => props.onFix({ kind: 'rename-attachment', id: a.id, name }, `Renamed to "${name}"`)}>
        Rename to &quot;{name}&quot;
      </Button>
    );
  }
  const field = f.field as 'to' | 'cc' | 'bcc';
  const labels = { 'move-to-bcc': 'Move to Bcc', 'remove-recipient': 'Remove recipient', 'use-bare-address': 'Use the address only' } as const;
  return recipientFixes(f).map((fix, i) => (
    <Button
      key={fix}
      appearance={i === 0 ? 'primary' : 'secondary'}
      disabled={props.busy}
      onClick={() => {
        const lists = recipientsAfter({ to: message.to, cc: message.cc, bcc: message.bcc }, field, item.index ?? 0, fix);
        props.onFix({ kind: 'recipients', ...lists } as { kind: 'recipients'; to: Recipient[]; cc: Recipient[]; bcc: Recipient[] }, labels[fix]);
      }}
    >
      {labels[fix]}
    </Button>
  ));
}
