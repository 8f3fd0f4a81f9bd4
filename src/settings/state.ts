import { AllowEntry, FieldGroup, Level, MrnFormat, Policy, PolicyError, defaultPolicy } from '../engine';
import { ParseResult } from '../engine/policy/parse';
import { parsePolicyForAuthoring } from '../engine/policy/authoring';

/**
 * The settings pane's state: the draft being edited and the baseline it is
 * compared with (the default policy, or the file last exported or imported).
 * Every edit is a typed action; the reducer copies only the path it changes.
 */
export type Baseline = { kind: 'default'; policy: Policy } | { kind: 'exported' | 'imported'; policy: Policy; file: string };

export interface SettingsState {
  draft: Policy;
  baseline: Baseline;
}

/** The three tables of levels: identifier rules, the person-with-health combination, the strength caps. */
export type LevelTable = { table: 'rules'; id: string } | { table: 'identityWithHealth' } | { table: 'strength'; strength: 'high' | 'medium' };

/** The lists edited as one entry per line. */
export type ListKey = 'internalDomains' | 'baaDomains' | 'personalDomains' | 'allowTerms' | 'extraHealthTerms';
export type TextKey = 'privacyContact' | 'block' | 'warn';

export type Action =
  | { type: 'setLevel'; row: LevelTable; group: FieldGroup; level: Level }
  | { type: 'setMassDisclosure'; level: Level }
  | { type: 'setThreshold'; value: number }
  | { type: 'setList'; key: ListKey; value: string[] }
  | { type: 'setKeywords'; rule: string; value: string[] }
  | { type: 'addMrnFormat' }
  | { type: 'setMrnFormat'; index: number; format: MrnFormat }
  | { type: 'removeMrnFormat'; index: number }
  | { type: 'addAllow'; entries: AllowEntry[] }
  | { type: 'setAllow'; index: number; entry: AllowEntry }
  | { type: 'removeAllow'; index: number }
  | { type: 'setFailMode'; value: 'allow' | 'block' }
  | { type: 'setText'; key: TextKey; value: string }
  | { type: 'setName'; value: string }
  | { type: 'imported'; policy: Policy; file: string }
  | { type: 'exported'; policy: Policy }
  | { type: 'reset' }
  | { type: 'discard' };

const OFF = { subject: 'off', recipients: 'off', attachments: 'off' } as const;

function setLevel(p: Policy, row: LevelTable, group: FieldGroup, level: Level): Policy {
  if (row.table === 'rules') return { ...p, rules: { ...p.rules, [row.id]: { ...(p.rules[row.id] ?? OFF), [group]: level } } };
  if (row.table === 'identityWithHealth') return { ...p, combinations: { ...p.combinations, identityWithHealth: { ...p.combinations.identityWithHealth, [group]: level } } };
  return { ...p, strengthLevels: { ...p.strengthLevels, [row.strength]: { ...p.strengthLevels[row.strength], [group]: level } } };
}

const org = (p: Policy, o: Partial<Policy['org']>): Policy => ({ ...p, org: { ...p.org, ...o } });
const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** What an edit does to the draft. */
export function editPolicy(p: Policy, a: Action): Policy {
  switch (a.type) {
    case 'setLevel':
      return setLevel(p, a.row, a.group, a.level);
    case 'setMassDisclosure':
      return { ...p, combinations: { ...p.combinations, massDisclosure: a.level } };
    case 'setThreshold':
      return org(p, { massDisclosureThreshold: a.value });
    case 'setList':
      return org(p, { [a.key]: a.value });
    case 'setKeywords':
      return org(p, { extraKeywords: { ...p.org.extraKeywords, [a.rule]: a.value } });
    case 'addMrnFormat':
      return org(p, { mrnFormats: [...p.org.mrnFormats, { name: `MRN format ${p.org.mrnFormats.length + 1}`, pattern: '', examples: [] }] });
    case 'setMrnFormat':
      return org(p, { mrnFormats: replaceAt(p.org.mrnFormats, a.index, a.format) });
    case 'removeMrnFormat':
      return org(p, { mrnFormats: without(p.org.mrnFormats, a.index) });
    case 'addAllow':
      return org(p, { allow: [...p.org.allow, ...a.entries] });
    case 'setAllow':
      return org(p, { allow: replaceAt(p.org.allow, a.index, a.entry) });
    case 'removeAllow':
      return org(p, { allow: without(p.org.allow, a.index) });
    case 'setFailMode':
      return { ...p, behaviour: { ...p.behaviour, failMode: a.value } };
    case 'setText':
      return a.key === 'privacyContact' ? { ...p, behaviour: { ...p.behaviour, privacyContact: a.value } } : { ...p, behaviour: { ...p.behaviour, messages: { ...p.behaviour.messages, [a.key]: a.value } } };
    case 'setName':
      return { ...p, name: a.value };
    default:
      return p;
  }
}

export function reducer(state: SettingsState, a: Action): SettingsState {
  switch (a.type) {
    case 'imported':
      return { draft: a.policy, baseline: { kind: 'imported', policy: a.policy, file: a.file } };
    case 'exported':
      // The draft keeps its incomplete rows and takes the name and revision the file was written with.
      return { draft: { ...state.draft, name: a.policy.name, revision: a.policy.revision }, baseline: { kind: 'exported', policy: a.policy, file: 'policy.json' } };
    case 'reset':
      // Starting again from the default: the default is then what the draft is compared with.
      return { draft: defaultPolicy(), baseline: { kind: 'default', policy: defaultPolicy() } };
    case 'discard':
      return { ...state, draft: state.baseline.policy };
    default:
      return { ...state, draft: editPolicy(state.draft, a) };
  }
}

export const initialState = (): SettingsState => ({ draft: defaultPolicy(), baseline: { kind: 'default', policy: defaultPolicy() } });

/** JSON with keys in a fixed order, so two policies compare by content. */
export function canonical(x: unknown): string {
  return JSON.stringify(x, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.keys(v)
          .sort()
          .reduce<Record<string, unknown>>((o, k) => ((o[k] = (v as Record<string, unknown>)[k]), o), {})
      : v,
  );
}

/** An MRN format row still being written (no pattern yet): shown as incomplete, left out of the policy. */
export const isIncomplete = (f: MrnFormat): boolean => f.pattern.trim() === '';
/** An allow entry just added, with no text yet: left out too. */
const isEmptyEntry = (e: AllowEntry): boolean => e.text.trim() === '';

export interface Checked {
  /** The policy as it would be exported, or undefined while it has errors. */
  policy?: Policy;
  errors: PolicyError[];
  /** Indexes of MRN format rows left out because they are incomplete. */
  incomplete: number[];
  /** How many allow entries are left out because they have no text yet. */
  emptyEntries: number;
}

/** The indexes of a list's items that are kept. */
const keptOf = <T>(list: readonly T[], drop: (x: T) => boolean): number[] => list.flatMap((x, i) => (drop(x) ? [] : [i]));

/**
 * The authoring check of the draft (MRN patterns also read by regexpp).
 * Rows still being written are drafts, not errors: they are left out, and
 * error paths keep the row numbers the admin sees.
 */
export function checkDraft(draft: Policy): Checked {
  const formats = keptOf(draft.org.mrnFormats, isIncomplete);
  const entries = keptOf(draft.org.allow, isEmptyEntry);
  const incomplete = draft.org.mrnFormats.flatMap((_, i) => (formats.indexOf(i) < 0 ? [i] : []));
  const emptyEntries = draft.org.allow.length - entries.length;
  const trimmed = incomplete.length || emptyEntries ? org(draft, { mrnFormats: formats.map((i) => draft.org.mrnFormats[i]), allow: entries.map((i) => draft.org.allow[i]) }) : draft;
  const r: ParseResult = parsePolicyForAuthoring(trimmed);
  if (r.ok) return { policy: r.policy, errors: [], incomplete, emptyEntries };
  const errors = r.errors.map((e) => ({
    ...e,
    path: e.path.replace(/^org\.(mrnFormats|allow)\.(\d+)/, (_, list: string, n: string) => `org.${list}.${(list === 'allow' ? entries : formats)[Number(n)]}`),
  }));
  return { errors, incomplete, emptyEntries };
}

const withoutRevision = (p: Policy): Policy => ({ ...p, revision: undefined });

/**
 * The file Export writes: the checked policy, its revision raised by one
 * when it differs (revision aside) from the baseline, so every published
 * change has its own number.
 */
export function exportable(checked: Policy, baseline: Baseline): Policy {
  const same = canonical(withoutRevision(checked)) === canonical(withoutRevision(baseline.policy));
  const revision = same ? baseline.policy.revision : (baseline.policy.revision ?? 0) + 1;
  return revision === undefined ? withoutRevision(checked) : { ...checked, revision };
}

export type Status = 'default' | 'exported' | 'imported' | 'draft';

/** The state named honestly: a draft, or the same as the default, the exported or the imported file. */
export function statusOf(checked: Checked, baseline: Baseline): Status {
  if (!checked.policy) return 'draft';
  return canonical(checked.policy) === canonical(baseline.policy) ? baseline.kind : 'draft';
}

export const STATUS_TEXT: Record<Status, string> = {
  default: 'Default policy, unchanged',
  exported: 'Matches exported file',
  imported: 'Matches imported file',
  draft: 'Draft, not published',
};
