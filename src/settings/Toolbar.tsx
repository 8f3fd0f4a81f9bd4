import * as React from 'react';
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { POLICY_LIMITS, Policy, PolicyError, hasControlCharacter } from '../engine';
import { DEFAULT_POLICY_NAME, keepsDefaultName, parsePolicyJsonForAuthoring } from '../engine/policy/authoring';
import { useStyles } from './layout';
import { Action, Checked, STATUS_TEXT, SettingsState, Status, exportable } from './state';
import { FileButton } from './FileButton';

/** A name an exported custom policy may have: its own, not the default's. */
export function nameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'Give the policy a name.';
  if (n === DEFAULT_POLICY_NAME) return 'This is the default policy\'s name; give yours its own.';
  if (n.length > POLICY_LIMITS.name || hasControlCharacter(n)) return `At most ${POLICY_LIMITS.name} characters, on one line.`;
  return undefined;
}

function download(policy: Policy): void {
  const blob = new Blob([JSON.stringify(policy, null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'policy.json';
  a.click();
  URL.revokeObjectURL(a.href);
}

type Confirm = 'reset' | 'discard' | undefined;
const CONFIRM: Record<'reset' | 'discard', { title: string; text: string; action: string }> = {
  reset: { title: 'Reset to the default policy?', text: 'Every setting returns to PHI Guard\'s default and the draft kept in this browser is replaced. Files you exported are not changed.', action: 'Reset to defaults' },
  discard: { title: 'Discard this draft?', text: 'The edits since the last export or import are lost, here and in this browser\'s copy of the draft.', action: 'Discard draft' },
};

export function Toolbar(props: { state: SettingsState; checked: Checked; status: Status; dispatch: React.Dispatch<Action> }): React.ReactElement {
  const styles = useStyles();
  const { state, checked, status, dispatch } = props;
  const [importErrors, setImportErrors] = React.useState<{ file: string; errors: PolicyError[] } | undefined>();
  const [confirm, setConfirm] = React.useState<Confirm>();
  const [naming, setNaming] = React.useState(false);
  const [name, setName] = React.useState('');

  function exportPolicy(policy: Policy) {
    const file = exportable(policy, state.baseline);
    download(file);
    dispatch({ type: 'exported', policy: file });
  }
  function onExport() {
    if (!checked.policy) return;
    if (keepsDefaultName(checked.policy)) {
      setName('');
      setNaming(true);
    } else exportPolicy(checked.policy);
  }
  async function importFile(file: File) {
    const parsed = parsePolicyJsonForAuthoring(await file.text());
    if (!parsed.ok) {
      setImportErrors({ file: file.name, errors: parsed.errors });
      return;
    }
    setImportErrors(undefined);
    dispatch({ type: 'imported', policy: parsed.policy, file: file.name });
  }

  const problem = nameProblem(name);
  return (
    <>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!checked.policy} onClick={onExport}>
          Export policy.json
        </Button>
        <FileButton label="Import policy.json" accept=".json,application/json" ariaLabel="Import policy file" testId="policy-file" onFile={(file) => void importFile(file)} />
        <Button onClick={() => setConfirm('reset')}>Reset to defaults</Button>
        {status === 'draft' && <Button onClick={() => setConfirm('discard')}>Discard draft</Button>}
        <Badge color={status === 'draft' ? 'warning' : 'success'} data-testid="status">
          {STATUS_TEXT[status]}
        </Badge>
      </div>
      {importErrors && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{importErrors.file} was not imported</MessageBarTitle>
            Your current edits are unchanged.
            <ul className={styles.list}>
              {importErrors.errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path || '(top)'}</code>: {e.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Confirmations and the name prompt sit inline under the buttons: no modal layer to trap or hide the pane. */}
      {confirm && (
        <Prompt title={CONFIRM[confirm].title}>
          <Text>{CONFIRM[confirm].text}</Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                dispatch({ type: confirm });
                setConfirm(undefined);
              }}
            >
              {CONFIRM[confirm].action}
            </Button>
            <Button onClick={() => setConfirm(undefined)}>Cancel</Button>
          </div>
        </Prompt>
      )}
      {naming && (
        <Prompt title="Name this policy">
          <form
            className={styles.column}
            style={{ padding: 0 }}
            onSubmit={(e) => {
              e.preventDefault();
              if (problem || !checked.policy) return;
              setNaming(false);
              exportPolicy({ ...checked.policy, name: name.trim() });
            }}
          >
            <Text>It differs from the default, so it needs its own name: the x-phi-guard header of every message, message trace and the Exchange rules show it. Add a date or version, such as “Northwind 2026-11”. Each export of a changed policy also raises its revision.</Text>
            <Field label="Policy name" validationMessage={name ? problem : undefined}>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <div className={styles.row}>
              <Button appearance="primary" type="submit" disabled={problem !== undefined}>
                Export
              </Button>
              <Button onClick={() => setNaming(false)}>Cancel</Button>
            </div>
          </form>
        </Prompt>
      )}
    </>
  );
}

/** A question under the toolbar: a labelled group that takes focus when it opens. */
function Prompt(props: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const id = React.useId();
  React.useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);
  return (
    <div ref={ref} role="group" aria-labelledby={id} className={styles.section} data-testid="prompt">
      <h2 id={id} className={styles.h3}>
        {props.title}
      </h2>
      {props.children}
    </div>
  );
}
