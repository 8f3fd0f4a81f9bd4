import type { Policy } from './schema';

/** One difference between two policies, at a dotted path ("rules.mrn.subject"). */
export interface PolicyChange {
  path: string;
  from: unknown;
  to: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function walk(a: unknown, b: unknown, path: string, out: PolicyChange[]): void {
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).concat(Object.keys(b).filter((k) => !(k in a)));
    for (const k of keys) walk(a[k], b[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, from: a, to: b });
}

/** What `to` changes against `from` (usually the default policy), in a stable order. */
export function diffPolicy(from: Policy, to: Policy): PolicyChange[] {
  const out: PolicyChange[] = [];
  walk(from, to, '', out);
  return out;
}

const show = (v: unknown): string => {
  if (v === undefined) return '(not set)';
  if (Array.isArray(v)) {
    if (v.length === 0) return '(none)';
    // MRN formats by name; allow entries by their text, with the rule and field group they are limited to.
    const items = v.map((x) => (isObject(x) ? ((x.name as string) ?? (typeof x.text === 'string' ? `"${x.text}"${x.rule || x.group ? ` (${[x.rule, x.group].filter(Boolean).join(', ')})` : ''}` : JSON.stringify(x))) : String(x)));
    return items.length > 6 ? `${items.slice(0, 6).join(', ')} and ${items.length - 6} more` : items.join(', ');
  }
  return typeof v === 'string' ? (v === '' ? '(empty)' : v) : JSON.stringify(v);
};

/** One readable line per change, for the CLI and the settings pane. */
export function describeChange(c: PolicyChange): string {
  if (Array.isArray(c.from) && Array.isArray(c.to)) {
    const before = new Set(c.from.map((x) => JSON.stringify(x)));
    const after = new Set(c.to.map((x) => JSON.stringify(x)));
    const added = c.to.filter((x) => !before.has(JSON.stringify(x)));
    const removed = c.from.filter((x) => !after.has(JSON.stringify(x)));
    const parts = [added.length ? `adds ${show(added)}` : '', removed.length ? `removes ${show(removed)}` : ''].filter(Boolean);
    return `${c.path}: ${parts.join('; ') || 'reordered'}`;
  }
  return `${c.path}: ${show(c.from)} -> ${show(c.to)}`;
}
