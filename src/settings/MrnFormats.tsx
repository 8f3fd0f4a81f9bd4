import * as React from 'react';
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { MrnFormat, Policy, PolicyError, compileOrgPattern } from '../engine';
import { checkAdminPattern, describeBreadth, patternBreadth } from '../engine/policy/authoring';
import { useStyles } from './layout';
import { Action, isIncomplete } from './state';

export const errorAt = (errors: PolicyError[], prefix: string): string | undefined => errors.find((e) => e.path === prefix || e.path.startsWith(prefix + '.'))?.message;

export function MrnFormats(props: { policy: Policy; errors: PolicyError[]; dispatch: React.Dispatch<Action> }): React.ReactElement {
  const styles = useStyles();
  const { dispatch } = props;
  return (
    <>
      <Text size={200} className={styles.hint}>
        A safe regular expression: letters, digits, classes like [A-Z], \d, and counts like {'{6,8}'} (at most 32). No *, + or repeated groups, and escape ] {'{'} {'}'} and - written as themselves: they could slow down every send. Each pattern shows how many ordinary business subjects it would flag. A format with no pattern yet is a draft: it is left out of the policy until it has one.
      </Text>
      {props.policy.org.mrnFormats.map((f, i) => (
        <MrnFormatRow key={i} index={i} format={f} errors={props.errors} onChange={(format) => dispatch({ type: 'setMrnFormat', index: i, format })} onRemove={() => dispatch({ type: 'removeMrnFormat', index: i })} />
      ))}
      <div>
        <Button onClick={() => dispatch({ type: 'addMrnFormat' })}>Add an MRN format</Button>
      </div>
    </>
  );
}

function MrnFormatRow(props: { index: number; format: MrnFormat; errors: PolicyError[]; onChange: (f: MrnFormat) => void; onRemove: () => void }): React.ReactElement {
  const styles = useStyles();
  const { format, index } = props;
  const incomplete = isIncomplete(format);
  const problem = incomplete ? undefined : checkAdminPattern(format.pattern);
  const breadth = React.useMemo(() => (incomplete || problem ? undefined : patternBreadth(format.pattern)), [incomplete, problem, format.pattern]);
  const [sample, setSample] = React.useState('');
  let sampleResult = '';
  if (!incomplete && !problem && sample) {
    const re = compileOrgPattern(format.pattern);
    re.lastIndex = 0;
    const m = re.exec(sample);
    sampleResult = m ? `matches "${m[0]}"` : 'does not match';
  }
  return (
    <div className={styles.section} role="group" aria-label={`MRN format ${index + 1}: ${format.name}`}>
      {incomplete && (
        <div>
          <Badge color="informative" data-testid={`pattern-incomplete-${index}`}>
            Incomplete: not in the policy until it has a pattern
          </Badge>
        </div>
      )}
      <div className={styles.row}>
        <Field label="Name" validationMessage={errorAt(props.errors, `org.mrnFormats.${index}.name`)}>
          <Input value={format.name} onChange={(_, d) => props.onChange({ ...format, name: d.value })} />
        </Field>
        <Field label="Pattern" validationMessage={problem ? <span data-testid={`pattern-problem-${index}`}>{problem}</span> : errorAt(props.errors, `org.mrnFormats.${index}.pattern`) ?? errorAt(props.errors, `org.mrnFormats.${index}.examples`)}>
          <Input value={format.pattern} onChange={(_, d) => props.onChange({ ...format, pattern: d.value })} />
        </Field>
        <Button onClick={props.onRemove}>Remove</Button>
      </div>
      {breadth && (
        <MessageBar intent={breadth.flagged > 0 ? 'warning' : 'info'} data-testid={`pattern-breadth-${index}`}>
          <MessageBarBody>
            On a built-in sample of ordinary business subjects (purchase orders, invoices, tickets, phone numbers, dates), this pattern {describeBreadth(breadth)}
            {breadth.flagged > 0 ? <>, for example “{breadth.examples[0]}”. It would block such mail; make it more specific (a prefix, a fixed length).</> : '.'}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label="Try a sample" validationState={sampleResult ? (sampleResult.startsWith('matches') ? 'success' : 'warning') : 'none'} validationMessage={sampleResult || undefined}>
        <Input value={sample} onChange={(_, d) => setSample(d.value)} />
      </Field>
    </div>
  );
}
