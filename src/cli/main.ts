import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Action, DETECTORS, FieldGroup, Finding, MASS_DISCLOSURE_META, Policy, defaultPolicy, groupOf, parsePolicyJson } from '../engine';
import { describeSyntaxError } from '../engine/json-position';
import { DETECTOR_DOCS } from '../engine/detectors/detector-docs';
import { fieldValue } from '../shared/fields';
import { CheckedScan, scanWithinLimits } from '../engine/checked-scan';
import { Evaluator } from './evaluate';
import { InputRecord, fileRecords, findInputs, stdinRecords } from './inputs';
import { policyCommand } from './policy-command';

const HELP = `phi-guard: find ePHI in the unencrypted parts of an e-mail (subject, recipients, attachment names)

Usage:
  phi-guard scan [FILE|DIR...] scan messages (JSONL, one JSON message, or .eml; a directory: every such file in it);
                               no FILE or "-" reads stdin
      --json                   one JSON result per line: {id, action, findings:[{field,index,start,end,detectorId,action,strength,evidence}]}
      --show-text              also print the matched text (off by default: keep ePHI off screens and logs)
      --policy FILE            use this policy.json instead of the built-in default policy
      --summary                only the totals: messages blocked / warned, and per rule and field (what-if before rollout)
  phi-guard eval CORPUS.jsonl  precision / recall / F1 per field group against the corpus labels
      --policy FILE
      --json                   the figures as JSON
  phi-guard rules              the rules, what each finds, and their levels (subject / recipients / attachments)
      --policy FILE            show the levels of this policy instead of the default
  phi-guard policy check FILE  validate a policy.json and list what it changes against the default
  phi-guard policy init [DIR]  write the default policy.json and POLICY-README.md (what each option means)
      --force                  overwrite existing files
  phi-guard policy export --exchange   PowerShell for Exchange mail flow rules (subject, attachment names, x-phi-guard)
      --policy FILE            the policy to export (default: the built-in default policy)
      --action A               reject (default; NDR names the privacy contact), redirect, or encrypt
      --review-mailbox ADDR    where --action redirect sends messages
      --report-to ADDR         incident reports for warned sends
      --scope all|external     every message (default) or only those to outside recipients
      --test                   rules in Audit mode: they log, they do not act
      --out FILE               write to FILE instead of standard output
  phi-guard policy export --purview    Microsoft Purview custom sensitive information types (XML)
  phi-guard help

Bad input (a line that is not JSON, a field of the wrong type, an unreadable file or folder, a pipe,
an unsupported mail format) is reported on stderr with its file, line and column, never its text, and
skipped; everything else is still scanned. A message with a field too long to check (over 10,000
characters) is not scanned: the policy's fail mode gives its verdict.

Exit status: 0 when everything was read and checked (whatever the verdicts), 1 when some input could not
be read or checked, 2 for a usage error or an invalid policy file (nothing is scanned then).`;

class UsageError extends Error {}

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Resolves when the output has room again (backpressure on a slow pipe); absent: never waits. */
  drain?: () => Promise<void> | undefined;
}

const STDOUT: Out = {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  drain: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : undefined),
};

async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (!path) return defaultPolicy();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read policy ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const parsed = parsePolicyJson(text, undefined, describeSyntaxError);
  if (!parsed.ok) {
    throw new UsageError(`invalid policy ${path}; nothing was scanned:\n${parsed.errors.map((e) => `  ${e.path || '(top)'}: ${e.message}`).join('\n')}`);
  }
  return parsed.policy;
}

/**
 * Files, folders (every .eml/.jsonl/.json inside) or stdin, one record at a
 * time: nothing is held but the record being scanned, so input of any length
 * runs in constant memory. Progress on stderr for long runs.
 */
async function* readAll(args: string[], io: Out): AsyncGenerator<InputRecord> {
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) {
    yield* stdinRecords();
    return;
  }
  let files = 0;
  for (const a of args) {
    if (a === '-') {
      yield* stdinRecords();
      continue;
    }
    for await (const found of findInputs(a, (s) => io.err(`phi-guard: ${s}`))) {
      if (found.kind === 'problem') {
        yield { ok: false, source: found.source, error: found.error };
        continue;
      }
      yield* fileRecords(found.path);
      if (++files % 1000 === 0) io.err(`phi-guard: read ${files} files...`);
    }
  }
}

const GROUPS: FieldGroup[] = ['subject', 'recipients', 'attachments'];

/**
 * The what-if summary: how many messages the policy would block or warn, and
 * per rule in how many messages it fires in each field group (a message counts
 * once per rule and group, however many findings it has there).
 */
function printSummary(io: Out, total: number, byAction: Record<Action, number>, byRule: Map<string, Record<FieldGroup, number>>, bad: number, notChecked: number, policyName: string): void {
  const share = (n: number) => (total ? ` (${((100 * n) / total).toFixed(1)}%)` : '');
  const unchecked = notChecked ? `; ${notChecked} not checked (a field too long to check: the fail mode decided)` : '';
  io.out(`${total} message(s) scanned with policy "${policyName}": ${byAction.block} blocked${share(byAction.block)}, ${byAction.warn} warned${share(byAction.warn)}, ${byAction.allow} allowed${unchecked}${bad ? `; ${bad} input(s) could not be read` : ''}`);
  if (byRule.size === 0) return;
  io.out('messages by rule and field:');
  io.out(`  ${'rule'.padEnd(18)} ${GROUPS.map((g) => g.padStart(11)).join(' ')} ${'total'.padStart(7)}`);
  const rows = [...byRule.entries()].map(([rule, n]) => ({ rule, n, sum: GROUPS.reduce((a, g) => a + n[g], 0) })).sort((a, b) => b.sum - a.sum || a.rule.localeCompare(b.rule));
  for (const { rule, n, sum } of rows) io.out(`  ${rule.padEnd(18)} ${GROUPS.map((g) => String(n[g]).padStart(11)).join(' ')} ${String(sum).padStart(7)}`);
}

function where(f: Finding): string {
  const idx = f.index !== undefined ? `[${f.index}]` : '';
  const part = f.part === 'displayName' ? '.name' : f.part === 'emailAddress' ? '.address' : '';
  return `${f.field}${idx}${part}`;
}

async function scanCommand(args: string[], io: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'show-text': { type: 'boolean' }, policy: { type: 'string' }, summary: { type: 'boolean' } },
  });
  const policy = await loadPolicy(values.policy);
  let bad = 0;
  let notChecked = 0;
  const byAction: Record<Action, number> = { block: 0, warn: 0, allow: 0 };
  const byRule = new Map<string, Record<FieldGroup, number>>();
  for await (const r of readAll(positionals, io)) {
    await io.drain?.();
    if (!r.ok) {
      bad++;
      io.err(`phi-guard: ${r.source}: ${r.error} (skipped)`);
      continue;
    }
    const checked: CheckedScan = scanWithinLimits(r.message, policy);
    byAction[checked.action]++;
    if (!checked.checked) {
      // Too long to check: the fail mode's verdict, and the reason (never the text).
      notChecked++;
      if (values.summary) continue;
      if (values.json) io.out(JSON.stringify({ id: r.id, action: checked.action, notChecked: checked.reason, findings: [] }));
      else io.out(`${checked.action.toUpperCase().padEnd(5)}  ${r.id}  not checked: ${checked.reason}; the policy's fail mode decides`);
      continue;
    }
    const v = checked.verdict;
    const seen = new Set<string>();
    for (const f of v.findings) {
      const group = groupOf(f.field);
      if (seen.has(`${f.detectorId} ${group}`)) continue;
      seen.add(`${f.detectorId} ${group}`);
      const row = byRule.get(f.detectorId) ?? { subject: 0, recipients: 0, attachments: 0 };
      row[group]++;
      byRule.set(f.detectorId, row);
    }
    if (values.summary) continue;
    if (values.json) {
      io.out(JSON.stringify({
        id: r.id,
        action: v.action,
        findings: v.findings.map((f) => ({ field: f.field, ...(f.index !== undefined ? { index: f.index } : {}), ...(f.part ? { part: f.part } : {}), start: f.start, end: f.end, detectorId: f.detectorId, action: f.action, strength: f.strength, evidence: f.evidence, ...(values['show-text'] ? { text: fieldValue(r.message, f).slice(f.start, f.end) } : {}) })),
      }));
      continue;
    }
    io.out(`${v.action.toUpperCase().padEnd(5)}  ${r.id}`);
    for (const f of v.findings) {
      const text = values['show-text'] ? `  "${fieldValue(r.message, f).slice(f.start, f.end)}"` : '';
      io.out(`       ${f.action.padEnd(5)} ${where(f).padEnd(20)} ${f.detectorId.padEnd(18)} ${String(f.start).padStart(3)}-${String(f.end).padEnd(3)}${text}`);
      io.out(`             ${f.explanation}`);
      io.out(`             ${f.strength} evidence: ${f.evidence.join(', ')}`);
    }
  }
  if (!values.json || values.summary) {
    if (!values.summary) io.out('');
    printSummary(io, byAction.block + byAction.warn + byAction.allow, byAction, byRule, bad, notChecked, policy.name ?? 'unnamed');
  }
  return bad || notChecked ? 1 : 0;
}

const pct = (x: number): string => x.toFixed(3);

async function evalCommand(args: string[], io: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { policy: { type: 'string' }, json: { type: 'boolean' } } });
  if (positionals.length === 0) throw new UsageError('eval needs a labelled corpus file (JSONL with "expect")');
  const policy = await loadPolicy(values.policy);
  const evaluator = new Evaluator(policy);
  let bad = 0;
  for await (const r of readAll(positionals, io)) {
    if (!r.ok) {
      bad++;
      io.err(`phi-guard: ${r.source}: ${r.error} (skipped)`);
      continue;
    }
    if (!r.expect) continue;
    const checked = scanWithinLimits(r.message, policy);
    if (!checked.checked) {
      bad++;
      io.err(`phi-guard: ${r.source}: not checked: ${checked.reason} (skipped)`);
      continue;
    }
    evaluator.add(r, checked.verdict);
  }
  const e = evaluator.result();
  const status = bad ? 1 : 0;
  if (values.json) {
    io.out(JSON.stringify(e, null, 2));
    return status;
  }
  io.out(`${e.messages} labelled message(s) from ${positionals.join(', ')}`);
  io.out('group        precision  recall     F1   TP  FP  FN   TN  not scored');
  for (const [g, s] of Object.entries(e.groups)) {
    // Nothing scored in a group: no figure, rather than a perfect-looking 1.000.
    const scored = s.tp + s.fp + s.fn + s.tn > 0;
    const fig = (x: number) => (scored ? pct(x) : '-');
    io.out(`${g.padEnd(12)} ${fig(s.precision).padStart(9)} ${fig(s.recall).padStart(7)} ${fig(s.f1).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(4)} ${String(s.skipped).padStart(6)}`);
  }
  if (e.misses.length) {
    io.out('');
    io.out('misses:');
    for (const m of e.misses) {
      const what = m.expected === 'flag' ? `expected flag (${m.kinds.join(', ') || 'no kinds given'}), not flagged` : `expected clean, flagged by ${m.rules.join(', ')} [evidence: ${m.evidence.join(', ')}]`;
      io.out(`  ${m.id.padEnd(10)} ${m.group.padEnd(12)} ${what}`);
    }
  }
  return status;
}

async function rulesCommand(args: string[], io: Out): Promise<number> {
  const { values } = parseArgs({ args, options: { policy: { type: 'string' } } });
  const policy = await loadPolicy(values.policy);
  const levels = (l: { subject: string; recipients: string; attachments: string }) => `${l.subject.padEnd(5)} / ${l.recipients.padEnd(5)} / ${l.attachments.padEnd(5)}`;
  io.out('Rules that report on their own          subject / recipients / attachments');
  for (const d of DETECTORS.filter((x) => x.meta.role === 'identifier')) {
    io.out(`  ${d.meta.id.padEnd(18)} ${levels(policy.rules[d.meta.id])}   ${DETECTOR_DOCS[d.meta.id].description}`);
  }
  io.out(`  ${'identity+health'.padEnd(18)} ${levels(policy.combinations.identityWithHealth)}   A person (below) together with health context (below) in the same field.`);
  io.out(`  ${MASS_DISCLOSURE_META.id.padEnd(18)} ${'-'.padEnd(5)} / ${policy.combinations.massDisclosure.padEnd(5)} / ${'-'.padEnd(5)}   ${DETECTOR_DOCS[MASS_DISCLOSURE_META.id].description} Threshold: ${policy.org.massDisclosureThreshold}.`);
  io.out('');
  io.out('Most severe action by strength of evidence   subject / recipients / attachments');
  io.out(`  ${'high'.padEnd(18)} ${levels(policy.strengthLevels.high)}   Strong identifiers, a marked DOB, an age over 89, a full name with health information.`);
  io.out(`  ${'medium'.padEnd(18)} ${levels(policy.strengthLevels.medium)}   A lone name, a phone or address with health information, recipient findings, split identifiers.`);
  io.out('');
  io.out('Context (reported only through identity+health)');
  for (const d of DETECTORS.filter((x) => x.meta.role !== 'identifier')) io.out(`  ${d.meta.id.padEnd(18)} ${d.meta.role.padEnd(8)}  ${DETECTOR_DOCS[d.meta.id].description}`);
  return 0;
}

export async function main(argv: string[], io: Out = STDOUT): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'eval':
        return await evalCommand(rest, io);
      case 'rules':
        return await rulesCommand(rest, io);
      case 'policy':
        return await policyCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`phi-guard: ${(e as Error).message}`);
      if (!(e instanceof UsageError)) io.err('run "phi-guard help" for usage');
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
