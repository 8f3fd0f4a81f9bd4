import { AllowEntry, Finding, Message, Policy, Verdict, foldAllowText, scanMessage } from '../engine';
import { parseAddressLine } from '../shared/address-line';
import { lines } from './lines';

/** The test bench's message: what the admin typed, with fictitious defaults for the rest. */
export interface BenchInput {
  subject: string;
  recipients: string;
  attachments: string;
}

export function benchMessage(b: BenchInput): Message {
  return { subject: b.subject, to: parseAddressLine(b.recipients), cc: [], bcc: [], attachments: lines(b.attachments).map((name) => ({ name })), senderAddress: 'admin@examplehealth.org' };
}

export interface Suppressed {
  /** The finding the policy would make without its allow entries. */
  finding: Finding;
  /** The entries (indexes into org.allow) that suppress it, each on its own... */
  entries: number[];
  /** ...or only together (two phrases that each hold one of its health words). */
  together: boolean;
}

const keyOf = (f: Finding): string => [f.field, f.index, f.part, f.start, f.end, f.detectorId, f.messageId].join('|');

/** The policy with other allow entries, kept per policy so the engine's per-policy caches are reused. */
const variants = new WeakMap<Policy, Map<string, Policy>>();
function withAllow(p: Policy, allow: AllowEntry[], key: string): Policy {
  let m = variants.get(p);
  if (!m) variants.set(p, (m = new Map()));
  let v = m.get(key);
  if (!v) m.set(key, (v = { ...p, org: { ...p.org, allow } }));
  return v;
}

/**
 * Which allow entry suppressed which finding: the findings the policy makes
 * without its allow entries that it does not make with them, each credited
 * to the entries that remove it alone (only entries whose text is in the
 * message are tried).
 */
export function suppressedFindings(message: Message, policy: Policy, verdict: Verdict): Suppressed[] {
  const allow = policy.org.allow;
  if (allow.length === 0) return [];
  const kept = new Set(verdict.findings.map(keyOf));
  const gone = scanMessage(message, withAllow(policy, [], 'none')).findings.filter((f) => !kept.has(keyOf(f)));
  if (gone.length === 0) return [];
  const text = foldAllowText([message.subject, ...message.to.map((r) => `${r.displayName}\n${r.emailAddress}`), ...message.attachments.map((a) => a.name)].join('\n'));
  const present = allow.flatMap((e, i) => (text.indexOf(foldAllowText(e.text)) >= 0 ? [i] : []));
  const removedBy = present.map((i) => {
    const alone = scanMessage(message, withAllow(policy, [allow[i]], String(i))).findings;
    const still = new Set(alone.map(keyOf));
    return { i, removes: (f: Finding) => !still.has(keyOf(f)) };
  });
  return gone.map((finding) => {
    const by = removedBy.filter((r) => r.removes(finding)).map((r) => r.i);
    return { finding, entries: by.length ? by : present, together: by.length === 0 };
  });
}
