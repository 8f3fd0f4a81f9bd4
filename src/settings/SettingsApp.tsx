import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  COMBINATION_ID,
  DETECTORS,
  Level,
  MASS_DISCLOSURE_META,
  Message,
  Policy,
  PolicyError,
  compileOrgPattern,
  defaultPolicy,
  ruleWords,
  scanMessage,
} from '../engine';
import { checkAdminPattern, describeBreadth, parsePolicyForAuthoring, parsePolicyJsonForAuthoring, patternBreadth } from '../engine/policy/authoring';
import { describeChange, diffPolicy } from '../engine/policy/diff';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(280px, 2fr)', gap: '20px', padding: '16px 20px 40px', alignItems: 'start' },
  narrow: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '12px' },
  section: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 14px', display: 'flex', flexDirection: 'column', gap: '10px' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, color: tokens.colorBrandForeground1 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', textAlign: 'left' },
  hint: { color: tokens.colorNeutralForeground2 },
  sticky: { position: 'sticky', top: '12px', display: 'flex', flexDirection: 'column', gap: '16px' },
  mark: { background: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

const GROUPS = ['subject', 'recipients', 'attachments'] as const;
/** The keyword-anchored rules whose keywords an organisation may extend (policy org.extraKeywords), from each rule's keyword family. */
const KEYWORD_RULES: [string, string][] = DETECTORS.flatMap((d) => (d.meta.keywords ? [[d.meta.keywords.optionsKey, ruleWords(d.meta.id, 'found')] as [string, string]] : []));
/** A table head: the row label, then one column per field group. */
function GroupsHead({ first, cellClass }: { first: string; cellClass: string }): React.JSX.Element {
  return (
    <thead>
      <tr>
        <th className={cellClass}>{first}</th>
        {GROUPS.map((g) => (
          <th key={g} className={cellClass}>
            {g[0].toUpperCase() + g.slice(1)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
const lines = (s: string): string[] => s.split('\n').map((x) => x.trim()).filter(Boolean);
const errorAt = (errors: PolicyError[], prefix: string): string | undefined => errors.find((e) => e.path === prefix || e.path.startsWith(prefix + '.'))?.message;

const SAMPLES: Record<string, { subject: string; recipients: string; attachments: string }> = {
  'MRN in the subject': { subject: 'MRN 00451782 - consent needs re-signing', recipients: 'Perioperative Services <periop@examplehealth.org>', attachments: '' },
  'Patient file name': { subject: 'Records for tumor board', recipients: 'Dr. Ada Colleague <a.colleague@examplehealth.org>', attachments: 'Thackeray_Rosalind_pathology.pdf' },
  'Mass disclosure': { subject: 'Cardiac rehab schedule change', recipients: 'Bea Ortiz <bea.ortiz@gmail.com>\nCal Reyes <cal.reyes@yahoo.com>\nDee Park <dee.park@icloud.com>', attachments: '' },
  'Provider NPI (off by default)': { subject: 'New provider onboarding, NPI 1234567893', recipients: 'Clinic Leads <leads@examplehealth.org>', attachments: '' },
};

function parseRecipients(text: string): Message['to'] {
  return lines(text).map((l) => {
    const open = l.lastIndexOf('<');
    if (open >= 0 && l.endsWith('>')) return { displayName: l.slice(0, open).trim(), emailAddress: l.slice(open + 1, -1).trim() };
    return { displayName: '', emailAddress: l };
  });
}

export function SettingsApp({ narrow }: { narrow: boolean }): React.ReactElement {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Policy>(() => defaultPolicy());
  const [saved, setSaved] = React.useState<string>(() => JSON.stringify(defaultPolicy()));
  const [importErrors, setImportErrors] = React.useState<{ file: string; errors: PolicyError[] } | undefined>();
  const [bench, setBench] = React.useState(SAMPLES['MRN in the subject']);
  const fileInput = React.useRef<HTMLInputElement>(null);

  // The authoring check: MRN patterns are also read by regexpp, a full ECMAScript parser.
  const check = React.useMemo(() => parsePolicyForAuthoring(draft), [draft]);
  const errors = check.ok ? [] : check.errors;
  const effective = check.ok ? check.policy : undefined;
  const dirty = JSON.stringify(draft) !== saved;

  React.useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = (fn: (p: Policy) => void) =>
    setDraft((p) => {
      const next = JSON.parse(JSON.stringify(p)) as Policy;
      fn(next);
      return next;
    });

  // A native listener: the file chooser's change event, however the file was picked.
  React.useEffect(() => {
    const input = fileInput.current;
    if (!input) return;
    const onChange = () => {
      const file = input.files?.[0];
      if (file) void importFile(file);
      input.value = '';
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  });

  async function importFile(file: File) {
    const parsed = parsePolicyJsonForAuthoring(await file.text());
    if (!parsed.ok) {
      setImportErrors({ file: file.name, errors: parsed.errors });
      return;
    }
    setImportErrors(undefined);
    setDraft(parsed.policy);
    setSaved(JSON.stringify(parsed.policy));
  }

  function exportFile() {
    if (!effective) return;
    const blob = new Blob([JSON.stringify(effective, null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'policy.json';
    a.click();
    URL.revokeObjectURL(a.href);
    setSaved(JSON.stringify(draft));
  }

  const message: Message = { subject: bench.subject, to: parseRecipients(bench.recipients), cc: [], bcc: [], attachments: lines(bench.attachments).map((name) => ({ name })), senderAddress: 'admin@examplehealth.org' };
  const verdict = effective ? scanMessage(message, effective) : undefined;
  const changes = effective ? diffPolicy(defaultPolicy(), effective) : [];

  const editor = (
    <div className={styles.narrow}>
      <h1 className={styles.h1}>PHI Guard policy</h1>
      <Text className={styles.hint}>
        Edit the organisation policy, try it on the right, then export <code>policy.json</code> and place it at the root of the add-in&apos;s host.
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!effective} onClick={exportFile}>
          Export policy.json
        </Button>
        <Button onClick={() => fileInput.current?.click()}>Import policy.json</Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Import policy file" />
        <Button onClick={() => setDraft(defaultPolicy())}>Reset to defaults</Button>
        {dirty ? <Badge color="warning">Unsaved changes</Badge> : <Badge color="success">Saved</Badge>}
      </div>
      {importErrors && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{importErrors.file} was not imported</MessageBarTitle>
            Your current edits are unchanged.
            <ul>
              {importErrors.errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path || '(top)'}</code>: {e.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>This policy has {errors.length} problem(s), shown at their fields; it cannot be exported until they are fixed.</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="s-rules">
        <h2 id="s-rules" className={styles.h2}>
          Rules
        </h2>
        <table className={styles.table}>
          <GroupsHead first="Rule" cellClass={styles.cell} />
          <tbody>
            {DETECTORS.filter((d) => d.meta.role === 'identifier').map((d) => (
              <tr key={d.meta.id}>
                <td className={styles.cell}>
                  <Text weight="semibold">{ruleWords(d.meta.id, 'found').replace(/^(a|an) /, '')}</Text>
                  <br />
                  <Text size={200} className={styles.hint}>
                    {d.meta.description} Example: “{d.meta.example}”
                  </Text>
                </td>
                {GROUPS.map((g) => (
                  <td key={g} className={styles.cell}>
                    <LevelSelect label={`${d.meta.id} in ${g}`} value={draft.rules[d.meta.id]?.[g] ?? 'off'} onChange={(v) => update((p) => (p.rules[d.meta.id] = { ...(p.rules[d.meta.id] ?? { subject: 'off', recipients: 'off', attachments: 'off' }), [g]: v }))} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <td className={styles.cell}>
                <Text weight="semibold">patient name with health information</Text>
                <br />
                <Text size={200} className={styles.hint}>
                  A person (name, initials, birth date, phone) together with health context in one field.
                </Text>
              </td>
              {GROUPS.map((g) => (
                <td key={g} className={styles.cell}>
                  <LevelSelect label={`${COMBINATION_ID} in ${g}`} value={draft.combinations.identityWithHealth[g]} onChange={(v) => update((p) => (p.combinations.identityWithHealth[g] = v))} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <section className={styles.section} aria-labelledby="s-strength">
        <h2 id="s-strength" className={styles.h2}>
          Strength of evidence
        </h2>
        <Text size={200} className={styles.hint}>
          The most severe action for each strength of evidence. High: strong identifiers, a marked date of birth, an age over 89, a full name with health information. Medium: a lone name, a phone number or address with health information, recipients, identifiers split across fields. A rule set to a milder level above stays milder.
        </Text>
        <table className={styles.table}>
          <GroupsHead first="Strength" cellClass={styles.cell} />
          <tbody>
            {(['high', 'medium'] as const).map((strength) => (
              <tr key={strength}>
                <td className={styles.cell}>
                  <Text weight="semibold">{strength}</Text>
                </td>
                {GROUPS.map((g) => (
                  <td key={g} className={styles.cell}>
                    <LevelSelect label={`${strength} strength in ${g}`} value={draft.strengthLevels[strength][g]} onChange={(v) => update((p) => (p.strengthLevels[strength][g] = v))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={styles.section} aria-labelledby="s-ids">
        <h2 id="s-ids" className={styles.h2}>
          Identifiers: your MRN formats
        </h2>
        <Text size={200} className={styles.hint}>
          A safe regular expression: letters, digits, classes like [A-Z], \d, and counts like {'{6,8}'} (at most 32). No *, + or repeated groups, and escape ] {'{'} {'}'} and - written as themselves: they could slow down every send. Each pattern shows how many ordinary business subjects it would flag.
        </Text>
        {draft.org.mrnFormats.map((f, i) => (
          <MrnFormatRow key={i} index={i} format={f} errors={errors} onChange={(nf) => update((p) => (p.org.mrnFormats[i] = nf))} onRemove={() => update((p) => p.org.mrnFormats.splice(i, 1))} />
        ))}
        <div>
          <Button onClick={() => update((p) => p.org.mrnFormats.push({ name: `MRN format ${p.org.mrnFormats.length + 1}`, pattern: '', examples: [] }))}>Add an MRN format</Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="s-domains">
        <h2 id="s-domains" className={styles.h2}>
          Domains
        </h2>
        <ListField label="Internal domains (empty: the sender's domain)" value={draft.org.internalDomains} error={errorAt(errors, 'org.internalDomains')} onChange={(v) => update((p) => (p.org.internalDomains = v))} />
        <ListField label="BAA partner domains (count as internal)" value={draft.org.baaDomains} error={errorAt(errors, 'org.baaDomains')} onChange={(v) => update((p) => (p.org.baaDomains = v))} />
        <ListField label="Personal mail providers" value={draft.org.personalDomains} error={errorAt(errors, 'org.personalDomains')} onChange={(v) => update((p) => (p.org.personalDomains = v))} />
      </section>

      <section className={styles.section} aria-labelledby="s-recipients">
        <h2 id="s-recipients" className={styles.h2}>
          Recipients
        </h2>
        <Field label="Mass disclosure: how many external personal addresses in To/Cc" validationMessage={errorAt(errors, 'org.massDisclosureThreshold')}>
          <Input type="number" value={String(draft.org.massDisclosureThreshold)} onChange={(_, d) => update((p) => (p.org.massDisclosureThreshold = Number(d.value)))} />
        </Field>
        <Field label="Mass disclosure level">
          <LevelSelect label="mass disclosure level" value={draft.combinations.massDisclosure} onChange={(v) => update((p) => (p.combinations.massDisclosure = v))} />
        </Field>
        <Text size={200} className={styles.hint}>
          {MASS_DISCLOSURE_META.description}
        </Text>
      </section>

      <section className={styles.section} aria-labelledby="s-words">
        <h2 id="s-words" className={styles.h2}>
          Words
        </h2>
        <ListField label="Never health words (allow-list)" value={draft.org.allowTerms} error={errorAt(errors, 'org.allowTerms')} onChange={(v) => update((p) => (p.org.allowTerms = v))} />
        <ListField label="Extra health words" value={draft.org.extraHealthTerms} error={errorAt(errors, 'org.extraHealthTerms')} onChange={(v) => update((p) => (p.org.extraHealthTerms = v))} />
        {KEYWORD_RULES.map(([id, label]) => (
          <ListField key={id} label={`Extra keywords before ${label}`} value={draft.org.extraKeywords[id] ?? []} error={errorAt(errors, `org.extraKeywords.${id}`)} onChange={(v) => update((p) => (p.org.extraKeywords = { ...p.org.extraKeywords, [id]: v }))} />
        ))}
      </section>

      <section className={styles.section} aria-labelledby="s-behaviour">
        <h2 id="s-behaviour" className={styles.h2}>
          Behaviour
        </h2>
        <Field label="When PHI Guard cannot check a message">
          <RadioGroup value={draft.behaviour.failMode} onChange={(_, d) => update((p) => (p.behaviour.failMode = d.value as 'allow' | 'block'))}>
            <Radio value="allow" label="Let it go out, marked x-phi-guard: error (default)" />
            <Radio value="block" label="Stop it and tell the user" />
          </RadioGroup>
        </Field>
        <Field label="Privacy office contact, shown in every block message" validationMessage={errorAt(errors, 'behaviour.privacyContact')}>
          <Input value={draft.behaviour.privacyContact} onChange={(_, d) => update((p) => (p.behaviour.privacyContact = d.value))} />
        </Field>
        <Field label="First sentence when a message is blocked (empty: PHI Guard's wording)" validationMessage={errorAt(errors, 'behaviour.messages.block')}>
          <Input value={draft.behaviour.messages.block} onChange={(_, d) => update((p) => (p.behaviour.messages.block = d.value))} />
        </Field>
        <Field label="First sentence when a message gets a warning (empty: PHI Guard's wording)" validationMessage={errorAt(errors, 'behaviour.messages.warn')}>
          <Input value={draft.behaviour.messages.warn} onChange={(_, d) => update((p) => (p.behaviour.messages.warn = d.value))} />
        </Field>
        <Field label="Policy name (shown in the x-phi-guard header)">
          <Input value={draft.name ?? ''} onChange={(_, d) => update((p) => (p.name = d.value))} />
        </Field>
      </section>
    </div>
  );

  const side = (
    <div className={styles.sticky}>
      <section className={styles.section} aria-labelledby="s-bench">
        <h2 id="s-bench" className={styles.h2}>
          Test bench
        </h2>
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
              <ul>
                {verdict.findings.map((f, i) => {
                  const value = f.field === 'subject' ? message.subject : f.field === 'attachments' ? message.attachments[f.index ?? 0].name : message[f.field][f.index ?? 0][f.part ?? 'displayName'];
                  return (
                    <li key={i}>
                      {f.action}: {ruleWords(f.detectorId, f.messageId)} in {f.field} — <mark className={styles.mark}>{value.slice(f.start, f.end)}</mark>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <Text>Fix the problems in the policy to try it.</Text>
          )}
        </div>
      </section>
      <section className={styles.section} aria-labelledby="s-diff">
        <h2 id="s-diff" className={styles.h2}>
          Changes against the default policy
        </h2>
        {changes.length === 0 ? (
          <Text>None: this is the default policy.</Text>
        ) : (
          <ul data-testid="diff">
            {changes.map((c, i) => (
              <li key={i}>{describeChange(c)}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );

  return narrow ? (
    <main>
      {editor}
      <div className={styles.narrow}>{side}</div>
    </main>
  ) : (
    <main className={styles.page}>
      {editor}
      {side}
    </main>
  );
}

function LevelSelect(props: { label: string; value: Level; onChange: (v: Level) => void }): React.ReactElement {
  return (
    <Select aria-label={props.label} value={props.value} onChange={(_, d) => props.onChange(d.value as Level)}>
      <option value="off">Off</option>
      <option value="warn">Warn</option>
      <option value="block">Block</option>
    </Select>
  );
}

function ListField(props: { label: string; value: string[]; error?: string; onChange: (v: string[]) => void }): React.ReactElement {
  // Keep the text as typed (blank lines while typing); the policy gets the cleaned list.
  const [text, setText] = React.useState(props.value.join('\n'));
  React.useEffect(() => {
    if (lines(text).join('\n') !== props.value.join('\n')) setText(props.value.join('\n'));
  }, [props.value]);
  return (
    <Field label={props.label} hint="One per line" validationMessage={props.error}>
      <Textarea
        value={text}
        resize="vertical"
        onChange={(_, d) => {
          setText(d.value);
          props.onChange(lines(d.value));
        }}
      />
    </Field>
  );
}

function MrnFormatRow(props: { index: number; format: Policy['org']['mrnFormats'][number]; errors: PolicyError[]; onChange: (f: Policy['org']['mrnFormats'][number]) => void; onRemove: () => void }): React.ReactElement {
  const styles = useStyles();
  const { format } = props;
  const problem = format.pattern ? checkAdminPattern(format.pattern) : 'type a pattern';
  const breadth = React.useMemo(() => (problem ? undefined : patternBreadth(format.pattern)), [problem, format.pattern]);
  const [sample, setSample] = React.useState('');
  let sampleResult = '';
  if (!problem && sample) {
    const re = compileOrgPattern(format.pattern);
    re.lastIndex = 0;
    const m = re.exec(sample);
    sampleResult = m ? `matches "${m[0]}"` : 'does not match';
  }
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Field label="Name">
          <Input value={format.name} onChange={(_, d) => props.onChange({ ...format, name: d.value })} />
        </Field>
        <Field label="Pattern" validationMessage={problem && format.pattern ? <span data-testid={`pattern-problem-${props.index}`}>{problem}</span> : errorAt(props.errors, `org.mrnFormats.${props.index}`)}>
          <Input value={format.pattern} onChange={(_, d) => props.onChange({ ...format, pattern: d.value })} />
        </Field>
        <Button onClick={props.onRemove}>Remove</Button>
      </div>
      {breadth && (
        <MessageBar intent={breadth.flagged > 0 ? 'warning' : 'info'} data-testid={`pattern-breadth-${props.index}`}>
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
