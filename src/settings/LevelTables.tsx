import * as React from 'react';
import { Text } from '@fluentui/react-components';
import { COMBINATION_ID, DETECTORS, Levels, Policy } from '../engine';
import { DETECTOR_DOCS } from '../engine/detectors/detector-docs';
import { ruleLabel, sentenceCase } from '../shared/fields';
import { GROUPS, GROUP_TITLES, GROUP_WORDS, LevelSelect } from './controls';
import { useStyles } from './layout';
import type { Action, LevelTable } from './state';

/** One row of a table of levels: a title, what it covers, and a level per field group. */
export interface LevelRow {
  key: string;
  title: string;
  description?: string;
  row: LevelTable;
  levels: (p: Policy) => Levels;
}

const OFF: Levels = { subject: 'off', recipients: 'off', attachments: 'off' };

/** Rule titles in one style: sentence case, no article ("Medical record number"). */
export const ruleTitle = (detectorId: string): string => sentenceCase(ruleLabel({ detectorId, messageId: 'found' }));

export const RULE_ROWS: LevelRow[] = [
  ...DETECTORS.filter((d) => d.meta.role === 'identifier').map((d) => ({
    key: d.meta.id,
    title: ruleTitle(d.meta.id),
    description: `${DETECTOR_DOCS[d.meta.id].description} Example: “${DETECTOR_DOCS[d.meta.id].example}”`,
    row: { table: 'rules', id: d.meta.id } as LevelTable,
    levels: (p: Policy) => p.rules[d.meta.id] ?? OFF,
  })),
  {
    key: COMBINATION_ID,
    title: ruleTitle(COMBINATION_ID),
    description: 'A person (name, initials, birth date, phone) together with health context in one field.',
    row: { table: 'identityWithHealth' },
    levels: (p) => p.combinations.identityWithHealth,
  },
];

export const STRENGTH_ROWS: LevelRow[] = (['high', 'medium'] as const).map((strength) => ({
  key: strength,
  title: `${sentenceCase(strength)} strength`,
  row: { table: 'strength', strength },
  levels: (p: Policy) => p.strengthLevels[strength],
}));

/**
 * A table of levels: rows of rules, columns of field groups. Narrow (a task
 * pane), each row stacks its three levels under its title, so nothing needs
 * sideways scrolling.
 */
export function LevelTableView(props: { caption: string; head: string; rows: LevelRow[]; policy: Policy; narrow: boolean; dispatch: React.Dispatch<Action> }): React.ReactElement {
  const styles = useStyles();
  const { policy, dispatch } = props;
  const select = (r: LevelRow, g: (typeof GROUPS)[number]) => (
    <LevelSelect label={`${r.title}, ${GROUP_WORDS[g]}`} value={r.levels(policy)[g]} onChange={(level) => dispatch({ type: 'setLevel', row: r.row, group: g, level })} />
  );
  const about = (r: LevelRow) => (
    <>
      <Text weight="semibold" id={`level-${props.head}-${r.key}`}>
        {r.title}
      </Text>
      {r.description && (
        <Text size={200} className={styles.hint}>
          {r.description}
        </Text>
      )}
    </>
  );
  if (props.narrow) {
    return (
      <div data-testid={`levels-${props.head.toLowerCase()}`} data-layout="stacked">
        {props.rows.map((r) => (
          <div key={r.key} role="group" aria-labelledby={`level-${props.head}-${r.key}`} className={styles.stacked}>
            {about(r)}
            {GROUPS.map((g) => (
              <div key={g} className={styles.row}>
                <Text aria-hidden="true" style={{ minWidth: '9em' }}>
                  {GROUP_TITLES[g]}
                </Text>
                {select(r, g)}
              </div>
            ))}
          </div>
        ))}
      </div>
    );
  }
  return (
    <table className={styles.table} data-testid={`levels-${props.head.toLowerCase()}`} data-layout="table">
      <caption className={styles.hint} style={{ textAlign: 'left' }}>
        {props.caption}
      </caption>
      <thead>
        <tr>
          <th className={styles.cell}>{props.head}</th>
          {GROUPS.map((g) => (
            <th key={g} className={styles.cell}>
              {GROUP_TITLES[g]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <td className={styles.cell}>
              <div style={{ display: 'flex', flexDirection: 'column' }}>{about(r)}</div>
            </td>
            {GROUPS.map((g) => (
              <td key={g} className={styles.cell}>
                {select(r, g)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
