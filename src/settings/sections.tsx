import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { DETECTORS, MASS_DISCLOSURE_META, Policy, PolicyError, ruleWords } from '../engine';
import { DETECTOR_DOCS } from '../engine/detectors/detector-docs';
import { AllowEntries } from './AllowEntries';
import { LevelSelect, ListField } from './controls';
import { LevelTableView, RULE_ROWS, STRENGTH_ROWS } from './LevelTables';
import { useStyles } from './layout';
import { MrnFormats, errorAt } from './MrnFormats';
import type { Action, ListKey, TextKey } from './state';

/** What every section is drawn from. */
export interface SectionProps {
  policy: Policy;
  errors: PolicyError[];
  narrow: boolean;
  dispatch: React.Dispatch<Action>;
}

interface ListSpec {
  key: ListKey;
  label: string;
  hint?: string;
}
interface TextSpec {
  key: TextKey;
  label: string;
  path: string;
  value: (p: Policy) => string;
}

const DOMAIN_LISTS: ListSpec[] = [
  { key: 'internalDomains', label: 'Internal domains (empty: the sender\'s domain)' },
  { key: 'baaDomains', label: 'BAA partner domains (count as internal)' },
  { key: 'personalDomains', label: 'Personal mail providers' },
];
const WORD_LISTS: ListSpec[] = [
  { key: 'allowTerms', label: 'Never health words, in any message', hint: 'This weakens detection in every message: prefer an allow entry (a phrase, limited to one rule and field).' },
  { key: 'extraHealthTerms', label: 'Extra health words' },
];
/** The keyword-anchored rules whose keywords an organisation may extend (org.extraKeywords). */
const KEYWORD_RULES = DETECTORS.flatMap((d) => (d.meta.keywords ? [{ rule: d.meta.keywords.optionsKey, words: ruleWords(d.meta.id, 'found') }] : []));
const TEXTS: TextSpec[] = [
  { key: 'privacyContact', label: 'Privacy office contact, shown in every block message', path: 'behaviour.privacyContact', value: (p) => p.behaviour.privacyContact },
  { key: 'block', label: 'First sentence when a message is blocked (empty: PHI Guard\'s wording)', path: 'behaviour.messages.block', value: (p) => p.behaviour.messages.block },
  { key: 'warn', label: 'First sentence when a message gets a warning (empty: PHI Guard\'s wording)', path: 'behaviour.messages.warn', value: (p) => p.behaviour.messages.warn },
];

function Lists(props: SectionProps & { specs: ListSpec[] }): React.ReactElement {
  return (
    <>
      {props.specs.map((s) => (
        <ListField key={s.key} label={s.label} hint={s.hint} value={props.policy.org[s.key]} error={errorAt(props.errors, `org.${s.key}`)} onChange={(value) => props.dispatch({ type: 'setList', key: s.key, value })} />
      ))}
    </>
  );
}

function Hint(props: { children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.hint}>
      {props.children}
    </Text>
  );
}

/** The editor's sections, in order: each a heading and what it draws. */
export const SECTIONS: { id: string; title: string; Body: (p: SectionProps) => React.ReactElement }[] = [
  {
    id: 'rules',
    title: 'Rules',
    Body: (p) => <LevelTableView caption="The level of each rule in each field group: off, warn (the user may send anyway) or block." head="Rule" rows={RULE_ROWS} {...p} />,
  },
  {
    id: 'strength',
    title: 'Strength of evidence',
    Body: (p) => (
      <>
        <Hint>The most severe action for each strength of evidence. High: strong identifiers, a marked date of birth, an age over 89, a full name with health information. Medium: a lone name, a phone number or address with health information, recipients, identifiers split across fields. A rule set to a milder level above stays milder.</Hint>
        <LevelTableView caption="The most severe action for each strength in each field group." head="Strength" rows={STRENGTH_ROWS} {...p} />
      </>
    ),
  },
  { id: 'ids', title: 'Identifiers: your MRN formats', Body: (p) => <MrnFormats {...p} /> },
  { id: 'allow', title: 'Allow entries', Body: (p) => <AllowEntries {...p} /> },
  { id: 'domains', title: 'Domains', Body: (p) => <Lists {...p} specs={DOMAIN_LISTS} /> },
  {
    id: 'recipients',
    title: 'Recipients',
    Body: ({ policy, errors, dispatch }) => (
      <>
        <Field label="Mass disclosure: how many external personal addresses in To/Cc" validationMessage={errorAt(errors, 'org.massDisclosureThreshold')}>
          <Input type="number" value={String(policy.org.massDisclosureThreshold)} onChange={(_, d) => dispatch({ type: 'setThreshold', value: Number(d.value) })} />
        </Field>
        <Field label="Mass disclosure level">
          <LevelSelect label="Mass disclosure level" value={policy.combinations.massDisclosure} onChange={(level) => dispatch({ type: 'setMassDisclosure', level })} />
        </Field>
        <Hint>{DETECTOR_DOCS[MASS_DISCLOSURE_META.id].description}</Hint>
      </>
    ),
  },
  {
    id: 'words',
    title: 'Words',
    Body: (p) => (
      <>
        <Lists {...p} specs={WORD_LISTS} />
        {KEYWORD_RULES.map(({ rule, words }) => (
          <ListField key={rule} label={`Extra keywords before ${words}`} value={p.policy.org.extraKeywords[rule] ?? []} error={errorAt(p.errors, `org.extraKeywords.${rule}`)} onChange={(value) => p.dispatch({ type: 'setKeywords', rule, value })} />
        ))}
      </>
    ),
  },
  {
    id: 'behaviour',
    title: 'Behaviour',
    Body: ({ policy, errors, dispatch }) => (
      <>
        <Field label="When PHI Guard cannot check a message">
          <RadioGroup value={policy.behaviour.failMode} onChange={(_, d) => dispatch({ type: 'setFailMode', value: d.value as 'allow' | 'block' })}>
            <Radio value="allow" label="Let it go out, marked x-phi-guard: error (default)" />
            <Radio value="block" label="Stop it and tell the user" />
          </RadioGroup>
        </Field>
        {TEXTS.map((t) => (
          <Field key={t.key} label={t.label} validationMessage={errorAt(errors, t.path)}>
            <Input value={t.value(policy)} onChange={(_, d) => dispatch({ type: 'setText', key: t.key, value: d.value })} />
          </Field>
        ))}
      </>
    ),
  },
];
