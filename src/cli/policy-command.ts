import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DETECTORS, MASS_DISCLOSURE_META, defaultPolicy, parsePolicyJson } from '../engine';
import { describeChange, diffPolicy } from '../engine/policy/diff';
import { describeSyntaxError } from '../engine/json-position';
import { DETECTOR_DOCS } from '../engine/detectors/detector-docs';
import { parsePolicyJsonForAuthoring, policyNotes } from '../engine/policy/authoring';
import type { Policy } from '../engine';
import { ExchangePatternError } from './exchange/pattern';
import { PurviewExportError, purviewRulePackage } from './exchange/purview';
import { BackstopAction, exchangeScript } from './exchange/transport-rules';

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The sibling README `policy init` writes: what each option means. */
export function policyReadme(): string {
  const rules = DETECTORS.filter((d) => d.meta.role === 'identifier')
    .map((d) => `| \`${d.meta.id}\` | ${d.meta.defaultLevels.subject} / ${d.meta.defaultLevels.recipients} / ${d.meta.defaultLevels.attachments} | ${DETECTOR_DOCS[d.meta.id].description} |`)
    .join('\n');
  return `# policy.json: the organisation policy for PHI Guard

Put \`policy.json\` at the root of the host that serves the add-in
(\`https://<your add-in host>/policy.json\`). Outlook fetches it when a user
starts a new message and caches it; the send check never waits for it. Check a
file before publishing it:

    npx phi-guard policy check policy.json

Every option may be left out: what a file does not say comes from the built-in
default policy. Levels are \`off\`, \`warn\` (the user may send anyway; the
choice is recorded in the x-phi-guard header) or \`block\`.

## name and revision

\`name\` appears in each message's x-phi-guard header (\`policy=<name>\`) and
in the generated Exchange rules: give your policy its own name with a date or
version ("Northwind 2026-11"). \`policy check\` warns when a file differs from
the default but keeps the default's name. \`revision\` (a whole number from 1)
is raised by the settings pane each time it exports a changed policy.

## rules: one entry per rule, a level per field group

| rule | default (subject / recipients / attachments) | finds |
| --- | --- | --- |
${rules}

## combinations

- \`identityWithHealth\`: a person (name, initials, unmarked birth date, phone,
  personal e-mail) together with health context in the same field. Levels per
  field group, default block / warn / block.
- \`massDisclosure\`: ${DETECTOR_DOCS[MASS_DISCLOSURE_META.id].description} One level, default warn.

## strengthLevels

Every finding has a strength of evidence, and \`strengthLevels\` sets the most
severe action for each strength per field group (the rule's own level still
applies when it is milder).

- \`high\`: strong identifiers (SSN, MRN, member ID, MBI...), a marked date of
  birth, an age over 89, and a full name ("Ada Quill", "Quill, Ada", "Mrs.
  Quill") or initials with a birth date together with health information.
  Default block / block / block (that is, no cap).
- \`medium\`: a lone given name or surname, a phone number, personal e-mail or
  street address together with health information; recipient findings; mass
  disclosure; identifiers split across two fields. Default warn / warn / warn,
  so the user can still send after reading the warning. Set a group to
  \`block\` for the strictest setting, or \`off\` to ignore medium evidence.

## org

- \`internalDomains\`: your own domains. Empty: the sender's domain.
- \`baaDomains\`: partners under a business associate agreement; their
  addresses count as internal for mass disclosure.
- \`personalDomains\`: consumer mail providers (gmail.com, ...).
- \`massDisclosureThreshold\`: how many external personal addresses in To/Cc
  make a mass disclosure (2-500, default 3).
- \`mrnFormats\`: your MRN formats, \`{ "name", "pattern", "examples" }\`. The
  pattern is a regular expression in a safe subset, because it runs on every
  send: literal characters, \`.\`, \\\\d \\\\w \\\\s (and \\\\D \\\\W \\\\S), classes like
  \`[A-Z]\` or \`[^\\s]\` (never empty, never \`[^]\`), \`^ $ \\b\`, counts \`?\`
  \`{n}\` \`{m,n}\` on one character or class with n <= 32 (no \`*\`, \`+\`,
  \`{m,}\`), non-capturing groups \`(?:a|b)\` that are not repeated, no capture
  groups, back-references or look-arounds. Escape \`] { } -\` and other syntax
  characters written as themselves (\`\\]\`, \`\\-\`). The upper bounds of all
  counts add up to at most 64, variable counts in a row may not multiply into
  more than 256 backtracking steps per position (\`\\d{0,32}\\d{0,32}\` is
  refused; \`\\d{8}\` is fine), the pattern cannot match empty text, and it has
  at most 200 characters. Examples must match. \`policy check\` shows how many
  of a built-in sample of ordinary business subjects (purchase orders,
  invoices, tickets) each pattern would flag, and warns when any.
- \`allowTerms\`: words never treated as health words, in any message (a
  product called "Echo"). This weakens detection everywhere: prefer \`allow\`.
- \`allow\`: allow entries for false alarms, each \`{ "text", "kind", "rule",
  "group" }\`. What PHI Guard finds inside the text (whole words, any case) is
  not reported: a phrase ("MRI scheduling": MRI still counts elsewhere), a
  staff member's or a place's name ("Sidney", a town). \`kind\` is \`phrase\`,
  \`staff\` or \`place\` (for your records); \`rule\` (a rule id above or
  \`identity+health\`) and \`group\` (\`subject\`, \`recipients\` or
  \`attachments\`) limit the entry to one rule and one field group. A staff
  name entry also hides mail about that person's own health: scope it.
- \`extraHealthTerms\`: health words to add (a local programme name).
- \`extraKeywords\`: extra keywords per keyword rule (\`ssn\`, \`mrn\`,
  \`member-id\`, \`account-number\`, \`accession-number\`), e.g.
  \`{ "mrn": ["unit no"] }\`.

## Limits

A file may not exceed 1,000,000 characters. At most 20 \`mrnFormats\` (10
examples each, 100 characters per example), 1,000 domains in each domain
list, 5,000 \`allowTerms\`, 2,000 \`allow\` entries, 2,000 \`extraHealthTerms\`, 50 \`extraKeywords\` per
rule; words and keywords have 2-80 characters, names at most 80. No text may
contain control characters, tabs or line breaks, and unknown options are
errors.

## behaviour

- \`failMode\`: \`allow\` (default: mail goes out when the add-in cannot check,
  marked \`x-phi-guard: error\`) or \`block\`.
- \`privacyContact\`: shown in every block message, e.g. "Privacy Office, x4100".
- \`messages\`: \`{ "block": "...", "warn": "..." }\`, the first sentence of the
  Send dialog (at most 160 characters each); empty keeps PHI Guard's wording.
`;
}

export async function policyCommand(args: string[], io: Out): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const { positionals } = parseArgs({ args: rest, allowPositionals: true });
    if (positionals.length !== 1) {
      io.err('phi-guard: policy check needs one file: phi-guard policy check policy.json');
      return 2;
    }
    let text: string;
    try {
      text = await readFile(positionals[0], 'utf8');
    } catch (e) {
      io.err(`phi-guard: cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      return 2;
    }
    // The authoring check: every MRN pattern is also read by regexpp (a full ECMAScript parser).
    const parsed = parsePolicyJsonForAuthoring(text);
    if (!parsed.ok) {
      io.err(`${positionals[0]} is not a valid policy:`);
      for (const e of parsed.errors) io.err(`  ${e.path || '(top)'}: ${e.message}`);
      return 2;
    }
    const changes = diffPolicy(defaultPolicy(), parsed.policy);
    const revision = parsed.policy.revision ? `, revision ${parsed.policy.revision}` : '';
    io.out(`${positionals[0]} is a valid policy (schema version ${parsed.policy.schemaVersion}): "${parsed.policy.name ?? ''}"${revision}.`);
    if (changes.length === 0) io.out('It is the same as the built-in default policy.');
    else {
      io.out(`Against the built-in default policy it changes ${changes.length} setting(s):`);
      for (const c of changes) io.out(`  ${describeChange(c)}`);
    }
    // How broad each MRN format is: the share of built-in ordinary business subjects it would flag.
    for (const n of policyNotes(parsed.policy)) {
      if (n.level === 'warning') io.err(`warning: ${n.path} ${n.message}`);
      else io.out(`${n.path} ${n.message}`);
    }
    return 0;
  }
  if (sub === 'export') return exportCommand(rest, io);
  if (sub === 'init') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: 'boolean' } } });
    const dir = positionals[0] ?? '.';
    const files = { 'policy.json': JSON.stringify(defaultPolicy(), null, 2) + '\n', 'POLICY-README.md': policyReadme() };
    const existing = Object.keys(files).filter((f) => existsSync(join(dir, f)));
    if (existing.length && !values.force) {
      io.err(`phi-guard: ${existing.map((f) => join(dir, f)).join(' and ')} already exist; nothing written (use --force to overwrite)`);
      return 2;
    }
    await mkdir(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    io.out(`wrote ${join(dir, 'policy.json')} (the default policy) and ${join(dir, 'POLICY-README.md')} (what each option means)`);
    return 0;
  }
  io.err('phi-guard: policy needs "check FILE" or "init [DIR]"');
  return 2;
}

const EXPORT_USAGE = `usage: phi-guard policy export --exchange [--policy FILE] [--action reject|redirect|encrypt] [--review-mailbox ADDRESS]
                                [--report-to ADDRESS] [--scope all|external] [--test] [--out FILE]
       phi-guard policy export --purview [--policy FILE] [--out FILE]`;

async function loadPolicyFile(path: string | undefined, io: Out): Promise<Policy | undefined> {
  if (!path) return defaultPolicy();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    io.err(`phi-guard: cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return undefined;
  }
  const parsed = parsePolicyJson(text, undefined, describeSyntaxError);
  if (!parsed.ok) {
    io.err(`${path} is not a valid policy; nothing exported:`);
    for (const e of parsed.errors) io.err(`  ${e.path || '(top)'}: ${e.message}`);
    return undefined;
  }
  return parsed.policy;
}

/**
 * policy export: the server-side backstop from the same policy as the add-in.
 * Exit 0: written; 1: written, but some organisation formats could not be
 * expressed (named on stderr and in the script); 2: nothing written.
 */
async function exportCommand(args: string[], io: Out): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        exchange: { type: 'boolean' },
        purview: { type: 'boolean' },
        policy: { type: 'string' },
        action: { type: 'string', default: 'reject' },
        'review-mailbox': { type: 'string' },
        'report-to': { type: 'string' },
        scope: { type: 'string', default: 'all' },
        test: { type: 'boolean' },
        out: { type: 'string' },
      },
    }));
  } catch (e) {
    io.err(`phi-guard: ${(e as Error).message}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (Boolean(values.exchange) === Boolean(values.purview)) {
    io.err(`phi-guard: choose one of --exchange or --purview\n${EXPORT_USAGE}`);
    return 2;
  }
  if (!['reject', 'redirect', 'encrypt'].includes(values.action!)) {
    io.err(`phi-guard: --action must be reject, redirect or encrypt (got "${values.action}")`);
    return 2;
  }
  if (!['all', 'external'].includes(values.scope!)) {
    io.err(`phi-guard: --scope must be all or external (got "${values.scope}")`);
    return 2;
  }
  const policy = await loadPolicyFile(values.policy, io);
  if (!policy) return 2;
  let text: string;
  let refused: string[] = [];
  try {
    if (values.purview) text = purviewRulePackage(policy);
    else {
      const r = exchangeScript(policy, { action: values.action as BackstopAction, reviewMailbox: values['review-mailbox'], reportTo: values['report-to'], scope: values.scope as 'all' | 'external', test: Boolean(values.test) });
      text = r.script;
      refused = r.refused;
    }
  } catch (e) {
    if (!(e instanceof ExchangePatternError) && !(e instanceof PurviewExportError)) throw e;
    io.err(`phi-guard: ${e.message}; nothing exported`);
    return 2;
  }
  if (values.out) {
    await writeFile(values.out, text);
    io.err(`phi-guard: wrote ${values.out}`);
  } else io.out(text.replace(/\n$/, ''));
  for (const r of refused) io.err(`phi-guard: not exported (Exchange cannot express it): ${r}`);
  return refused.length ? 1 : 0;
}
