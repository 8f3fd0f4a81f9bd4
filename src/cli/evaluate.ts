import { FieldGroup, Policy, Verdict, groupOf, scanMessage } from '../engine';
import type { InputRecord } from './inputs';

export interface GroupScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  skipped: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  group: FieldGroup;
  expected: 'flag' | 'clean';
  kinds: string[];
  /** Rule ids that fired (for false positives). */
  rules: string[];
  /** Evidence pattern ids of those findings (ids, never text). */
  evidence: string[];
}

export interface Evaluation {
  messages: number;
  groups: Record<FieldGroup, GroupScore>;
  misses: Miss[];
}

const GROUPS: FieldGroup[] = ['subject', 'recipients', 'attachments'];

export function flaggedGroups(v: Verdict): Set<FieldGroup> {
  return new Set(v.findings.map((f) => groupOf(f.field)));
}

/** Precision and recall of "flagged" per field group against `expect` ("either" is not scored). */
export function evaluate(records: InputRecord[], policy: Policy): Evaluation {
  const counts = Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 }])) as Record<FieldGroup, { tp: number; fp: number; fn: number; tn: number; skipped: number }>;
  const misses: Miss[] = [];
  let messages = 0;
  for (const r of records) {
    if (!r.ok || !r.expect) continue;
    messages++;
    const verdict = scanMessage(r.message, policy);
    const flagged = flaggedGroups(verdict);
    for (const g of GROUPS) {
      const want = r.expect[g];
      const c = counts[g];
      if (want !== 'flag' && want !== 'clean') {
        c.skipped++;
        continue;
      }
      const got = flagged.has(g);
      if (want === 'flag' && got) c.tp++;
      else if (want === 'clean' && !got) c.tn++;
      else {
        if (want === 'flag') c.fn++;
        else c.fp++;
        const inGroup = verdict.findings.filter((f) => groupOf(f.field) === g);
        const rules = [...new Set(inGroup.map((f) => f.detectorId))];
        const evidence = [...new Set(inGroup.flatMap((f) => f.evidence))];
        misses.push({ id: r.id, group: g, expected: want, kinds: r.kinds ?? [], rules, evidence });
      }
    }
  }
  const groups = {} as Record<FieldGroup, GroupScore>;
  for (const g of GROUPS) {
    const c = counts[g];
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    groups[g] = { ...c, precision, recall, f1 };
  }
  return { messages, groups, misses };
}
