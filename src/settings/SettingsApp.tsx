import * as React from 'react';
import { Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { keepsDefaultName } from '../engine/policy/authoring';
import { describeChange, diffPolicy } from '../engine/policy/diff';
import { defaultPolicy } from '../engine';
import { useNarrow, useStyles } from './layout';
import { SECTIONS, SectionProps } from './sections';
import { checkDraft, initialState, reducer, statusOf } from './state';
import { restoreDraft, saveDraft, storageWorks } from './storage';
import { TestBench } from './TestBench';
import { Toolbar } from './Toolbar';

/**
 * The settings pane: the organisation policy as a draft kept in this browser,
 * its sections drawn from one table (sections.tsx), a test bench and the
 * changes against the default. Works standalone in a browser and as a pane
 * from the ribbon; it needs nothing from Office.
 */
export function SettingsApp(): React.ReactElement {
  const styles = useStyles();
  const narrow = useNarrow();
  const [restored] = React.useState(restoreDraft);
  const [state, dispatch] = React.useReducer(reducer, undefined, () => (typeof restored === 'object' ? restored.state : initialState()));
  const [notice, setNotice] = React.useState(restored !== 'none');
  const [keeps] = React.useState(storageWorks);
  const checked = React.useMemo(() => checkDraft(state.draft), [state.draft]);
  const status = statusOf(checked, state.baseline);

  React.useEffect(() => {
    saveDraft(state);
  }, [state]);

  // Where this browser keeps no draft, leaving with unexported changes would lose them.
  React.useEffect(() => {
    if (keeps || status !== 'draft') return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [keeps, status]);

  const changes = checked.policy ? diffPolicy(defaultPolicy(), checked.policy) : [];
  const sectionProps: SectionProps = { policy: state.draft, errors: checked.errors, narrow, dispatch };
  const { draft } = state;

  const editor = (
    <div className={styles.column}>
      <h1 className={styles.h1}>PHI Guard policy</h1>
      <Text className={styles.hint}>
        Edit the organisation policy, try it on the test bench {narrow ? 'below' : 'on the right'}, then export <code>policy.json</code> and place it at the root of the add-in&apos;s host. Your draft is kept in this browser until you export it or discard it.
      </Text>
      {notice && restored === 'unreadable' && (
        <MessageBar intent="warning">
          <MessageBarBody>The draft kept in this browser could not be read; the pane starts from the default policy.</MessageBarBody>
        </MessageBar>
      )}
      {notice && typeof restored === 'object' && (
        <MessageBar intent="info" data-testid="restored">
          <MessageBarBody>Your draft was restored from this browser (last saved {new Date(restored.savedAt).toLocaleString()}).</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setNotice(false)}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!keeps && (
        <MessageBar intent="warning">
          <MessageBarBody>This browser does not keep drafts (storage is off): export before you leave.</MessageBarBody>
        </MessageBar>
      )}
      <Toolbar state={state} checked={checked} status={status} dispatch={dispatch} />
      {checked.errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>This policy has {checked.errors.length} problem(s), shown at their fields; it cannot be exported until they are fixed.</MessageBarBody>
        </MessageBar>
      )}
      {(checked.incomplete.length > 0 || checked.emptyEntries > 0) && (
        <MessageBar intent="info" data-testid="incomplete">
          <MessageBarBody>
            {[checked.incomplete.length ? `${checked.incomplete.length} MRN format(s) without a pattern` : '', checked.emptyEntries ? `${checked.emptyEntries} allow entr${checked.emptyEntries === 1 ? 'y' : 'ies'} without text` : ''].filter(Boolean).join(' and ')} will be left out of the exported policy until completed.
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="s-policy">
        <h2 id="s-policy" className={styles.h2}>
          Name and revision
        </h2>
        <Field
          label="Policy name (shown in the x-phi-guard header and the Exchange rules)"
          hint={checked.policy && keepsDefaultName(checked.policy) ? 'This policy differs from the default: give it its own name with a date or version. Export asks for one.' : 'Add a date or version, such as “Northwind 2026-11”.'}
        >
          <Input value={draft.name ?? ''} onChange={(_, d) => dispatch({ type: 'setName', value: d.value })} />
        </Field>
        <Text size={200} data-testid="revision">
          {draft.revision ? `Revision ${draft.revision}.` : 'No revision yet.'} Each export of a changed policy raises it by one.
        </Text>
      </section>

      {SECTIONS.map(({ id, title, Body }) => (
        <section key={id} className={styles.section} aria-labelledby={`s-${id}`}>
          <h2 id={`s-${id}`} className={styles.h2}>
            {title}
          </h2>
          <Body {...sectionProps} />
        </section>
      ))}
    </div>
  );

  const side = (
    <div className={narrow ? styles.column : styles.sticky}>
      <section className={styles.section} aria-labelledby="s-bench">
        <h2 id="s-bench" className={styles.h2}>
          Test bench
        </h2>
        <TestBench policy={checked.policy} />
      </section>
      <section className={styles.section} aria-labelledby="s-diff">
        <h2 id="s-diff" className={styles.h2}>
          Changes against the default policy
        </h2>
        {!checked.policy ? (
          <Text>Shown when the problems above are fixed.</Text>
        ) : changes.length === 0 ? (
          <Text>{status === 'draft' ? 'None: this draft is the same as the default policy.' : 'None: this is the default policy.'}</Text>
        ) : (
          <ul className={styles.list} data-testid="diff">
            {changes.map((c, i) => (
              <li key={i}>{describeChange(c)}</li>
            ))}
          </ul>
        )}
      </section>
      <nav className={styles.links} aria-label="More">
        <Link href="help.html">What users see: the help page</Link>
      </nav>
    </div>
  );

  return narrow ? (
    <main>
      {editor}
      {side}
    </main>
  ) : (
    <main className={styles.page}>
      {editor}
      {side}
    </main>
  );
}
