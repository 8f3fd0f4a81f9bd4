import { DETECTORS, DETECTORS_BY_ID, DetectorOptions, FieldContext, FieldKind, Signal } from './detectors';
import { MASS_DISCLOSURE_META, exposedRecipients } from './detectors/mass-disclosure';
import { topicMatcher } from './lexicon';
import { Policy } from './policy/schema';
import { compileOrgPattern } from './policy/safe-pattern';
import { prepareText } from './text/normalize';
import { tokenize } from './text/tokenize';
import { Action, Field, Finding, Fix, Level, Message, Verdict, groupOf } from './types';
import { COMBINATION_ID, explain, placeholderFor } from './messages';

/** Per-policy work done once: compiled org patterns and detector options. */
const prepared = new WeakMap<Policy, DetectorOptions>();
function optionsFor(policy: Policy): DetectorOptions {
  let o = prepared.get(policy);
  if (!o) {
    o = {
      mrnFormats: policy.org.mrnFormats.map((f) => ({ name: f.name, regex: compileOrgPattern(f.pattern) })),
      extraKeywords: policy.org.extraKeywords,
      extraHealthTerms: policy.org.extraHealthTerms.map((t) => t.toLowerCase()),
      allowTerms: policy.org.allowTerms.map((t) => t.toLowerCase()),
      personalDomains: policy.org.personalDomains,
    };
    prepared.set(policy, o);
  }
  return o;
}

/** Runs every detector over one field value. Exported for the CLI and tests. */
export function analyzeField(value: string, kind: FieldKind, options: DetectorOptions): { ctx: FieldContext; signals: Signal[] } {
  const text = prepareText(value);
  const tokens = tokenize(text.normalized.text, { splitCamel: kind === 'attachment' || kind === 'emailAddress' });
  const ctx: FieldContext = { kind, text, tokens, options };
  const signals: Signal[] = [];
  for (const d of DETECTORS) signals.push(...d.find(ctx));
  return { ctx, signals };
}

interface FieldRef {
  field: Field;
  index?: number;
  part?: 'displayName' | 'emailAddress';
  kind: FieldKind;
  value: string;
}

function fieldsOf(message: Message): FieldRef[] {
  const refs: FieldRef[] = [{ field: 'subject', kind: 'subject', value: message.subject ?? '' }];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    (message[field] ?? []).forEach((r, index) => {
      refs.push({ field, index, part: 'displayName', kind: 'displayName', value: r.displayName ?? '' });
      refs.push({ field, index, part: 'emailAddress', kind: 'emailAddress', value: r.emailAddress ?? '' });
    });
  }
  (message.attachments ?? []).forEach((a, index) => refs.push({ field: 'attachments', index, kind: 'attachment', value: a.name ?? '' }));
  return refs;
}

function fixFor(ref: FieldRef, detectorId: string): Fix {
  if (ref.field === 'subject') return { kind: 'replace-span', placeholder: placeholderFor(detectorId) };
  if (ref.field === 'attachments') return { kind: 'rename-attachment' };
  if (detectorId === MASS_DISCLOSURE_META.id) return { kind: 'move-to-bcc' };
  return ref.part === 'displayName' ? { kind: 'use-bare-address' } : { kind: 'remove-recipient' };
}

const RANK: Record<Level, number> = { off: 0, warn: 1, block: 2 };

/**
 * Scans a message being composed. Deterministic and linear in the size of
 * the message. Findings carry positions into the original field strings and
 * rule ids, never a copy of the text.
 */
export function scanMessage(message: Message, policy: Policy): Verdict {
  const options = optionsFor(policy);
  const findings: Finding[] = [];
  let messageHasHealth = false;

  for (const ref of fieldsOf(message)) {
    if (ref.value.length === 0) continue;
    const { ctx, signals } = analyzeField(ref.value, ref.kind, options);
    const group = groupOf(ref.field);
    const local: Finding[] = [];
    const add = (s: Signal, detectorId: string, level: Level, messageId: string): void => {
      if (level === 'off') return;
      local.push({
        field: ref.field,
        ...(ref.index !== undefined ? { index: ref.index } : {}),
        ...(ref.part ? { part: ref.part } : {}),
        start: s.start,
        end: s.end,
        detectorId,
        action: level,
        messageId,
        explanation: explain(ref.field, detectorId, messageId),
        fix: fixFor(ref, detectorId),
      });
    };

    for (const s of signals) {
      if (s.role !== 'identifier') continue;
      add(s, s.detectorId, policy.rules[s.detectorId]?.[group] ?? 'off', s.messageId);
    }

    const health = signals.filter((s) => s.role === 'health');
    if (health.length > 0 && (ref.kind === 'subject' || ref.kind === 'attachment')) messageHasHealth = true;
    const topical = topicMatcher.findAll(ctx.tokens).length > 0;
    const level = policy.combinations.identityWithHealth[group];
    for (const s of signals) {
      if (s.role !== 'identity') continue;
      if (s.weak && topical) continue;
      // The health word must be somewhere else than the name itself.
      if (!health.some((h) => h.end <= s.start || h.start >= s.end)) continue;
      add(s, COMBINATION_ID, level, s.detectorId === 'person-name' ? s.messageId : s.detectorId);
    }
    findings.push(...dedupe(local));
  }

  const exposed = exposedRecipients(message, {
    internalDomains: policy.org.internalDomains,
    baaDomains: policy.org.baaDomains,
    personalDomains: policy.org.personalDomains,
    threshold: policy.org.massDisclosureThreshold,
  });
  const massLevel = policy.combinations.massDisclosure;
  if (messageHasHealth && massLevel !== 'off') {
    for (const e of exposed) {
      const address = message[e.field][e.index].emailAddress;
      findings.push({
        field: e.field,
        index: e.index,
        part: 'emailAddress',
        start: 0,
        end: address.length,
        detectorId: MASS_DISCLOSURE_META.id,
        action: massLevel,
        messageId: 'found',
        explanation: explain(e.field, MASS_DISCLOSURE_META.id, 'found'),
        fix: { kind: 'move-to-bcc' },
      });
    }
  }

  const worst = findings.reduce<Level>((acc, f) => (RANK[f.action] > RANK[acc] ? f.action : acc), 'off');
  const action: Action = worst === 'off' ? 'allow' : worst;
  return { action, findings };
}

/** Overlapping findings in one field: keep the more severe, then the earlier-listed detector. */
function dedupe(list: Finding[]): Finding[] {
  const order = (id: string): number => (id === COMBINATION_ID ? 1000 : DETECTORS.findIndex((d) => d.meta.id === id));
  const sorted = [...list].sort((a, b) => RANK[b.action] - RANK[a.action] || order(a.detectorId) - order(b.detectorId) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const same = kept.some((k) => k.part === f.part && k.start < f.end && f.start < k.end);
    if (!same) kept.push(f);
  }
  return kept.sort((a, b) => (a.part ?? '').localeCompare(b.part ?? '') || a.start - b.start);
}

export { DETECTORS_BY_ID };
