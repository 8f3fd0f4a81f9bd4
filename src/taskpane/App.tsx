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
import type { PaneHost } from '../office/pane-host';
import { FixStep, applyFix } from '../office/fixes';
import { usePaneScan } from './use-scan';
import { FieldView, GroupView, PlannedFix, paneView } from './view-model';

const useStyles = makeStyles({
  root: { padding: '12px 14px 24px', display: 'flex', flexDirection: 'column', rowGap: '12px' },
  group: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '10px 12px' },
  groupHead: { display: 'flex', alignItems: 'center', columnGap: '8px', margin: 0, fontSize: tokens.fontSizeBase400 },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-word', margin: '6px 0', padding: '4px 6px', background: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  mark: { background: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  finding: { margin: '6px 0 10px', display: 'flex', flexDirection: 'column', rowGap: '6px' },
  rule: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  why: { color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  allClear: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Read by screen readers, not shown.
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

function Title(): React.ReactElement {
  return <h1 className={useStyles().title}>PHI Guard</h1>;
}

/** The last fix applied: what it did, what undoes it, where it was. */
interface Applied {
  done: string;
  note?: string;
  undo?: FixStep;
  position: number;
}

export function App({ host }: { host: PaneHost }): React.ReactElement {
  const styles = useStyles();
  const { state, rescan } = usePaneScan(host);
  const [busy, setBusy] = React.useState(false);
  const [applied, setApplied] = React.useState<Applied | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const [focusField, setFocusField] = React.useState<string | undefined>();
  /** Set by a fix: the position of the row it fixed, where focus goes once the pane has re-read the item. */
  const focusAfterFix = React.useRef<number | undefined>(undefined);

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

  const groups = React.useMemo(() => (state.kind === 'ready' ? paneView({ ...state, env: host }) : []), [state, host]);

  // After a fix: focus the finding now in the fixed one's place (the next one), or the all-clear heading.
  React.useEffect(() => {
    const at = focusAfterFix.current;
    if (at === undefined || busy || state.kind !== 'ready') return;
    focusAfterFix.current = undefined;
    const count = groups.reduce((n, g) => n + g.items.reduce((k, i) => k + i.rows.length, 0), 0);
    document.getElementById(count > 0 ? `finding-${Math.min(at, count - 1)}` : 'all-clear')?.focus();
  }, [groups, busy, state.kind]);

  async function run(step: FixStep, done: string, position: number) {
    if (state.kind !== 'ready') return;
    setBusy(true);
    setFailure(undefined);
    setAnnouncement('');
    const r = await applyFix(host, step, { ...state.message, attachments: state.attachments });
    if (!r.ok) {
      setBusy(false);
      setFailure(r.error);
      return;
    }
    const undoing = done === 'Undone';
    setApplied(undoing ? undefined : { done, note: r.value.note, undo: r.value.undo, position });
    setAnnouncement(`${done}.`);
    focusAfterFix.current = position;
    await rescan();
    setBusy(false);
  }
  const onFix = (fix: PlannedFix, position: number) => void run(fix.step, fix.done, position);

  const live = (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      {announcement}
    </div>
  );

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
        {live}
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
        {live}
      </main>
    );
  }

  return (
    <main className={styles.root} aria-busy={busy}>
      <Title />
      {live}
      {applied && (
        <MessageBar intent="success">
          <MessageBarBody>
            {applied.done}.{applied.note ? ` ${applied.note}` : ''}
          </MessageBarBody>
          {applied.undo && (
            <MessageBarActions>
              <Button disabled={busy} onClick={() => applied.undo && void run(applied.undo, 'Undone', applied.position)}>
                Undo
              </Button>
            </MessageBarActions>
          )}
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
            <h2 id="all-clear" tabIndex={-1} className={styles.allClear}>
              All clear
            </h2>
            The subject, recipients and file names carry no patient information. The body and the attachments&apos; contents can.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p">
          {state.verdict.action === 'block' ? 'This message cannot be sent as it is.' : 'Check these before sending.'} Each fix takes one click.
        </Text>
      )}
      {groups.map((g) => (
        <GroupCard key={g.field} group={g} focusOnMount={focusField === g.field} busy={busy} onFix={onFix} />
      ))}
    </main>
  );
}

function GroupCard(props: { group: GroupView; focusOnMount: boolean; busy: boolean; onFix: (fix: PlannedFix, position: number) => void }): React.ReactElement {
  const styles = useStyles();
  const { group } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (props.focusOnMount) heading.current?.focus();
  }, [props.focusOnMount]);
  const helpAnchor = group.field === 'attachments' ? 'attachments' : group.field === 'subject' ? 'subject' : 'recipients';
  const first = group.items[0]?.rows[0]?.position ?? 0;
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
      {group.fixes.length > 0 && (
        <div className={styles.fixes}>
          {group.fixes.map((fix) => (
            <Button key={fix.id} appearance={fix.primary ? 'primary' : 'secondary'} disabled={props.busy} onClick={() => props.onFix(fix, first)}>
              {fix.label}
            </Button>
          ))}
        </div>
      )}
      {group.items.map((item) => (
        <ItemView key={`${item.field}-${item.index ?? ''}`} item={item} busy={props.busy} onFix={props.onFix} />
      ))}
    </section>
  );
}

function ItemView(props: { item: FieldView; busy: boolean; onFix: (fix: PlannedFix, position: number) => void }): React.ReactElement {
  const styles = useStyles();
  const { item } = props;
  return (
    <div>
      <p className={styles.value} aria-label={`${item.kind} with the problem highlighted`}>
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
      {item.rows.map((row) => (
        <div key={row.key} className={styles.finding}>
          <h3 id={`finding-${row.position}`} tabIndex={-1} className={styles.rule}>
            {row.rules.join('; ')}
          </h3>
          {row.advice && (
            <Text size={200} className={styles.why}>
              {row.advice}
            </Text>
          )}
          {row.fixes.length > 0 && (
            <div className={styles.fixes}>
              {row.fixes.map((fix) => (
                <Button key={fix.id} appearance={fix.primary ? 'primary' : 'secondary'} disabled={props.busy} onClick={() => props.onFix(fix, row.position)}>
                  {fix.label}
                </Button>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
