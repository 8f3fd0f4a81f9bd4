import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { ALLOW_KINDS, AllowEntry, FieldGroup, POLICY_LIMITS, Policy, PolicyError } from '../engine';
import { ruleLabel } from '../shared/fields';
import { GROUPS, GROUP_TITLES } from './controls';
import { ALLOW_RULES, AllowKind, allowEntriesFromCsv } from './csv';
import { ruleTitle } from './LevelTables';
import { useStyles } from './layout';
import { errorAt } from './MrnFormats';
import type { Action } from './state';
import { FileButton } from './FileButton';

export const KIND_TITLES: Record<AllowKind, string> = { phrase: 'Phrase', staff: 'Staff name', place: 'Place name' };
/** How an entry reads in the test bench and lists: "Marisol Vega" (staff name; patient name together with health information, subject only). */
export function describeEntry(e: AllowEntry): string {
  const scope = [e.rule ? ruleLabel({ detectorId: e.rule, messageId: 'found' }) : '', e.group ? `${GROUP_TITLES[e.group].toLowerCase()} only` : ''].filter(Boolean).join(', ');
  return `“${e.text}” (${e.kind ? KIND_TITLES[e.kind].toLowerCase() : 'entry'}${scope ? `; ${scope}` : ''})`;
}

const SHOWN = 30;

export function AllowEntries(props: { policy: Policy; errors: PolicyError[]; dispatch: React.Dispatch<Action> }): React.ReactElement {
  const styles = useStyles();
  const { dispatch } = props;
  const entries = props.policy.org.allow;
  const [filter, setFilter] = React.useState('');
  const [all, setAll] = React.useState(false);
  const [csvKind, setCsvKind] = React.useState<AllowKind>('place');
  const [report, setReport] = React.useState<{ file: string; added: number; problems: string[] } | undefined>();

  async function importCsv(file: File) {
    const r = allowEntriesFromCsv(await file.text(), csvKind, entries);
    if (r.entries.length) dispatch({ type: 'addAllow', entries: r.entries });
    setReport({ file: file.name, added: r.entries.length, problems: r.problems });
  }

  const matching = entries.map((e, i) => ({ e, i })).filter(({ e }) => !filter || e.text.toLowerCase().includes(filter.toLowerCase()));
  const shown = all ? matching : matching.slice(0, SHOWN);
  return (
    <>
      <Text size={200} className={styles.hint}>
        For false alarms. What PHI Guard finds inside an entry&apos;s text (whole words, any case) is not reported: a phrase such as “MRI scheduling” stops MRI counting as health information there only, a place or staff name stops counting as a patient. Limit an entry to one rule and field group where you can: a staff name also hides mail about that person&apos;s own health. The test bench shows which entry suppressed which finding.
      </Text>
      <div className={styles.row}>
        <Button onClick={() => dispatch({ type: 'addAllow', entries: [{ text: '', kind: 'phrase' }] })}>Add an allow entry</Button>
        <Field label="CSV rows without a kind are">
          <Select value={csvKind} onChange={(_, d) => setCsvKind(d.value as AllowKind)}>
            {ALLOW_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_TITLES[k]}s
              </option>
            ))}
          </Select>
        </Field>
        <FileButton label="Import names from CSV" accept=".csv,text/csv" ariaLabel="Import allow entries from a CSV file" testId="allow-csv" onFile={(file) => void importCsv(file)} />
      </div>
      {report && (
        <MessageBar intent={report.problems.length ? 'warning' : 'success'} data-testid="allow-csv-report">
          <MessageBarBody>
            {report.file}: {report.added} {report.added === 1 ? 'entry' : 'entries'} added{report.problems.length ? `; ${report.problems.length} row(s) left out:` : '.'}
            {report.problems.length > 0 && (
              <ul className={styles.list}>
                {report.problems.slice(0, 10).map((p) => (
                  <li key={p}>{p}</li>
                ))}
                {report.problems.length > 10 && <li>and {report.problems.length - 10} more</li>}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {entries.length > SHOWN && (
        <Field label="Find an entry">
          <Input value={filter} onChange={(_, d) => setFilter(d.value)} />
        </Field>
      )}
      <Text size={200}>
        {entries.length} of at most {POLICY_LIMITS.allow} entries{filter ? `; ${matching.length} match` : ''}.
      </Text>
      {shown.map(({ e, i }) => (
        <AllowEntryRow key={i} index={i} entry={e} error={errorAt(props.errors, `org.allow.${i}`)} dispatch={dispatch} />
      ))}
      {matching.length > shown.length && (
        <div>
          <Button onClick={() => setAll(true)}>Show all {matching.length} entries</Button>
        </div>
      )}
    </>
  );
}

function AllowEntryRow(props: { index: number; entry: AllowEntry; error?: string; dispatch: React.Dispatch<Action> }): React.ReactElement {
  const styles = useStyles();
  const { entry, index, dispatch } = props;
  const set = (patch: Partial<AllowEntry>) => {
    const next: AllowEntry = { ...entry, ...patch };
    // An empty choice means "any": the key is left out of the file.
    if (!next.rule) delete next.rule;
    if (!next.group) delete next.group;
    dispatch({ type: 'setAllow', index, entry: next });
  };
  return (
    <div role="group" aria-label={`Allow entry ${index + 1}`} className={styles.row} data-testid={`allow-${index}`}>
      <Field label="Text" validationMessage={props.error}>
        <Input value={entry.text} onChange={(_, d) => set({ text: d.value })} />
      </Field>
      <Field label="Kind">
        <Select value={entry.kind ?? 'phrase'} onChange={(_, d) => set({ kind: d.value as AllowKind })}>
          {ALLOW_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_TITLES[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Rule">
        <Select value={entry.rule ?? ''} onChange={(_, d) => set({ rule: (d.value || undefined) as AllowEntry['rule'] })}>
          <option value="">Any rule</option>
          {ALLOW_RULES.map((r) => (
            <option key={r} value={r}>
              {ruleTitle(r)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Field group">
        <Select value={entry.group ?? ''} onChange={(_, d) => set({ group: (d.value || undefined) as FieldGroup | undefined })}>
          <option value="">Any field</option>
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {GROUP_TITLES[g]}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => dispatch({ type: 'removeAllow', index })}>Remove</Button>
    </div>
  );
}
