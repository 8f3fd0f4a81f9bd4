import Papa from 'papaparse';
import { ALLOW_KINDS, AllowEntry, COMBINATION_ID, DETECTORS, FieldGroup, POLICY_LIMITS, hasControlCharacter } from '../engine';

/**
 * Allow entries from a CSV file (a list of facility and department names, of
 * staff): the first column is the name; a header row may name the columns
 * text (or name), kind, rule and group, in any order. Rows are checked as the
 * policy checks them and reported by row number.
 */
export type AllowKind = (typeof ALLOW_KINDS)[number];
export const ALLOW_RULES: readonly string[] = [...DETECTORS.filter((d) => d.meta.role === 'identifier').map((d) => d.meta.id), COMBINATION_ID];
const GROUPS: readonly string[] = ['subject', 'recipients', 'attachments'];
const HEADS: Record<string, keyof AllowEntry> = { text: 'text', name: 'text', kind: 'kind', type: 'kind', rule: 'rule', group: 'group', field: 'group' };

export interface CsvImport {
  entries: AllowEntry[];
  /** "row 4: ..." for each row left out. */
  problems: string[];
}

const key = (e: AllowEntry): string => [e.text.toLowerCase(), e.rule ?? '', e.group ?? ''].join('\u0000');

export function allowEntriesFromCsv(csv: string, kind: AllowKind, existing: readonly AllowEntry[]): CsvImport {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  // A one-column list has no delimiter to detect: that is not a problem.
  const problems = parsed.errors.filter((e) => e.type !== 'Delimiter').map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const head = rows.length ? rows[0].map((c) => HEADS[c.trim().toLowerCase()]) : [];
  const hasHeader = head.indexOf('text') >= 0;
  const columns: (keyof AllowEntry | undefined)[] = hasHeader ? head : ['text'];
  const seen = new Set(existing.map(key));
  const entries: AllowEntry[] = [];
  rows.forEach((cells, r) => {
    if (hasHeader && r === 0) return;
    const row = `row ${r + 1}`;
    const e: Partial<Record<keyof AllowEntry, string>> = {};
    columns.forEach((c, i) => {
      const v = (cells[i] ?? '').trim();
      if (c && v) e[c] = v;
    });
    const text = e.text ?? '';
    const problem =
      text.length < 2 ? 'the name needs at least 2 characters'
      : text.length > POLICY_LIMITS.term ? `the name has more than ${POLICY_LIMITS.term} characters`
      : Object.keys(e).some((k) => hasControlCharacter(e[k as keyof AllowEntry] ?? '')) ? 'control characters, tabs or line breaks'
      : e.kind && ALLOW_KINDS.indexOf(e.kind as AllowKind) < 0 ? `kind must be ${ALLOW_KINDS.join(', ')}`
      : e.rule && ALLOW_RULES.indexOf(e.rule) < 0 ? `rule must be one of ${ALLOW_RULES.join(', ')}`
      : e.group && GROUPS.indexOf(e.group) < 0 ? `group must be ${GROUPS.join(', ')}`
      : undefined;
    if (problem) {
      problems.push(`${row}: ${problem}`);
      return;
    }
    const entry: AllowEntry = { text, kind: (e.kind as AllowKind | undefined) ?? kind, ...(e.rule ? { rule: e.rule as AllowEntry['rule'] } : {}), ...(e.group ? { group: e.group as FieldGroup } : {}) };
    if (seen.has(key(entry))) {
      problems.push(`${row}: already in the list`);
      return;
    }
    if (existing.length + entries.length >= POLICY_LIMITS.allow) {
      problems.push(`${row}: the policy holds at most ${POLICY_LIMITS.allow} allow entries`);
      return;
    }
    seen.add(key(entry));
    entries.push(entry);
  });
  return { entries, problems };
}
