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

type Counts = { tp: number; fp: number; fn: number; tn: number; skipped: number };

/**
 * Precision and recall of "flagged" per field group against `expect` ("either"
 * or no label is not scored), one record at a time: a corpus of any length is
 * evaluated in constant memory (plus its misses).
 */
export class Evaluator {
  private readonly counts = Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 }])) as Record<FieldGroup, Counts>;
  private readonly misses: Miss[] = [];
  private messages = 0;

  constructor(private readonly policy: Policy) {}

  /** Scores one record (records without labels are ignored). Pass the verdict if it is already known. */
  add(r: InputRecord, verdict?: Verdict): void {
    if (!r.ok || !r.expect) return;
    this.messages++;
    const v = verdict ?? scanMessage(r.message, this.policy);
    const flagged = flaggedGroups(v);
    for (const g of GROUPS) {
      const want = r.expect[g];
      const c = this.counts[g];
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
        const inGroup = v.findings.filter((f) => groupOf(f.field) === g);
        const rules = [...new Set(inGroup.map((f) => f.detectorId))];
        const evidence = [...new Set(inGroup.flatMap((f) => f.evidence))];
        this.misses.push({ id: r.id, group: g, expected: want, kinds: r.kinds ?? [], rules, evidence });
      }
    }
  }

  result(): Evaluation {
    const groups = {} as Record<FieldGroup, GroupScore>;
    for (const g of GROUPS) {
      const c = this.counts[g];
      const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
      const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      groups[g] = { ...c, precision, recall, f1 };
    }
    return { messages: this.messages, groups, misses: this.misses };
  }
}

/** Precision and recall of "flagged" per field group against `expect` ("either" is not scored). */
export function evaluate(records: Iterable<InputRecord>, policy: Policy): Evaluation {
  const e = new Evaluator(policy);
  for (const r of records) e.add(r);
  return e.result();
}
