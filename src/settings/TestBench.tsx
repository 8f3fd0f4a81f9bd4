import * as React from 'react';
import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { Finding, Message, Policy, scanMessage } from '../engine';
import { fieldValue, ruleLabel } from '../shared/fields';
import { describeEntry } from './AllowEntries';
import { BenchInput, benchMessage, suppressedFindings } from './bench';
import { useStyles } from './layout';

/** Fictitious samples; the last shows an allow entry at work once "Marisol Vega" is allowed. */
export const SAMPLES: Record<string, BenchInput> = {
  'MRN in the subject': { subject: 'MRN 00451782 - consent needs re-signing', recipients: 'Perioperative Services <periop@examplehealth.org>', attachments: '' },
  'Patient file name': { subject: 'Records for tumor board', recipients: 'Dr. Ada Colleague <a.colleague@examplehealth.org>', attachments: 'Thackeray_Rosalind_pathology.pdf' },
  'Mass disclosure': { subject: 'Cardiac rehab schedule change', recipients: 'Bea Ortiz <bea.ortiz@gmail.com>\nCal Reyes <cal.reyes@yahoo.com>\nDee Park <dee.park@icloud.com>', attachments: '' },
  'Provider NPI (off by default)': { subject: 'New provider onboarding, NPI 1234567893', recipients: 'Clinic Leads <leads@examplehealth.org>', attachments: '' },
  'Staff name (false alarm)': { subject: 'Coverage: Marisol Vega for the diabetes education class', recipients: 'Diabetes Education <diabetes-ed@examplehealth.org>', attachments: '' },
};

const FIELD_WORDS: Record<Finding['field'], string> = { subject: 'subject', to: 'To', cc: 'Cc', bcc: 'Bcc', attachments: 'attachment name' };

function Where(props: { message: Message; f: Finding }): React.ReactElement {
  const styles = useStyles();
  const value = fieldValue(props.message, props.f);
  return (
    <>
      {ruleLabel(props.f)} in {FIELD_WORDS[props.f.field]} — <mark className={styles.mark}>{value.slice(props.f.start, props.f.end)}</mark>
    </>
  );
}

export function TestBench(props: { policy?: Policy }): React.ReactElement {
  const styles = useStyles();
  const [bench, setBench] = React.useState(SAMPLES['MRN in the subject']);
  const message = benchMessage(bench);
  const { policy } = props;
  const verdict = policy ? scanMessage(message, policy) : undefined;
  const suppressed = policy && verdict ? suppressedFindings(message, policy, verdict) : [];
  return (
    <>
      <div className={styles.row}>
        {Object.keys(SAMPLES).map((k) => (
          <Button key={k} size="small" onClick={() => setBench(SAMPLES[k])}>
            {k}
          </Button>
        ))}
      </div>
      <Field label="Subject">
        <Input value={bench.subject} onChange={(_, d) => setBench({ ...bench, subject: d.value })} />
      </Field>
      <Field label="To (one per line: Name <address>)">
        <Textarea value={bench.recipients} onChange={(_, d) => setBench({ ...bench, recipients: d.value })} />
      </Field>
      <Field label="Attachment names (one per line)">
        <Textarea value={bench.attachments} onChange={(_, d) => setBench({ ...bench, attachments: d.value })} />
      </Field>
      <div aria-live="polite">
        {verdict ? (
          <>
            <Text weight="semibold" data-testid="bench-verdict">
              Verdict: {verdict.action === 'block' ? 'Block' : verdict.action === 'warn' ? 'Warn' : 'Allow'}
            </Text>
            <ul className={styles.list}>
              {verdict.findings.map((f, i) => (
                <li key={i}>
                  {f.action}: <Where message={message} f={f} />
                </li>
              ))}
            </ul>
            {suppressed.length > 0 && (
              <>
                <Text weight="semibold">Suppressed by allow entries</Text>
                <ul className={styles.list} data-testid="bench-suppressed">
                  {suppressed.map((s, i) => (
                    <li key={i}>
                      {s.finding.action} without them: <Where message={message} f={s.finding} />; {s.together ? 'by these entries together' : s.entries.length > 1 ? 'by each of' : 'by'} {s.entries.map((e) => describeEntry(policy!.org.allow[e])).join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <Text>Fix the problems in the policy to try it.</Text>
        )}
      </div>
    </>
  );
}
