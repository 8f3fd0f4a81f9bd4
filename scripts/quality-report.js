#!/usr/bin/env node
'use strict';
/**
 * One table of quality figures over every labelled corpus at hand, and the
 * share of real non-health traffic (the Enron subjects) that is flagged and
 * blocked. Uses the built CLI (npm run build:cli).
 *
 *   node scripts/quality-report.js [--json] [--list-real] [EXTRA.jsonl ...]
 *   PHI_GUARD_DIST=/path/to/other/dist node scripts/quality-report.js   (the same table for another build)
 *
 * --list-real prints each flagged real message: id, action, rule and evidence
 * ids (and, with --show-text, the subject: real public-corpus text, never copied
 * into the repository except as quoted in docs/benchmarks.md).
 */
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
// PHI_GUARD_DIST: another build to compare with (e.g. a copy of dist/ from an earlier commit).
const dist = process.env.PHI_GUARD_DIST || path.join(root, 'dist');
const { defaultPolicy, scanMessage } = require(path.join(dist, 'engine'));
const { evaluate } = require(path.join(dist, 'cli', 'evaluate'));
const { parseJsonLines } = require(path.join(dist, 'cli', 'inputs'));

const args = process.argv.slice(2);
const json = args.includes('--json');
const listReal = args.includes('--list-real');
const showText = args.includes('--show-text');
const extra = args.filter((a) => !a.startsWith('--'));

const shared = path.join(root, '..', 'shared', 'corpus');
const corpora = [
  path.join(shared, 'dev.jsonl'),
  path.join(shared, 'dev-extra.jsonl'),
  path.join(shared, 'dev-3.jsonl'),
  ...fs.readdirSync(path.join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(root, 'test', 'fixtures', f)),
  ...extra,
].filter((p) => fs.existsSync(p));

const policy = defaultPolicy();
const rows = [];
for (const file of corpora) {
  const records = parseJsonLines(fs.readFileSync(file, 'utf8'), file);
  const result = evaluate(records, policy);
  let blocked = 0;
  let warned = 0;
  for (const r of records) {
    if (!r.ok) continue;
    const v = scanMessage(r.message, policy);
    if (v.action === 'block') blocked++;
    else if (v.action === 'warn') warned++;
  }
  rows.push({ corpus: path.basename(file), messages: result.messages, groups: result.groups, blocked, warned, misses: result.misses });
}

const realFile = path.join(shared, 'real', 'enron-dev.jsonl');
let real;
if (fs.existsSync(realFile)) {
  const records = parseJsonLines(fs.readFileSync(realFile, 'utf8'), realFile).filter((r) => r.ok);
  const flagged = [];
  let blocked = 0;
  for (const r of records) {
    const v = scanMessage(r.message, policy);
    if (v.action === 'allow') continue;
    if (v.action === 'block') blocked++;
    flagged.push({ id: r.id, action: v.action, rules: [...new Set(v.findings.map((f) => `${f.field}:${f.detectorId}${f.evidence ? '[' + f.evidence.join(',') + ']' : ''}`))], subject: r.message.subject });
  }
  real = { messages: records.length, flagged: flagged.length, blocked, list: flagged };
}

if (json) {
  console.log(JSON.stringify({ corpora: rows, real }, null, 2));
  process.exit(0);
}
const f3 = (x) => x.toFixed(3);
console.log('corpus                         msgs  subject P/R    recipients P/R  attachments P/R  blocked warned');
for (const r of rows) {
  const g = r.groups;
  console.log(
    `${r.corpus.padEnd(30)} ${String(r.messages).padStart(5)}  ${f3(g.subject.precision)}/${f3(g.subject.recall)}  ${f3(g.recipients.precision)}/${f3(g.recipients.recall)}    ${f3(g.attachments.precision)}/${f3(g.attachments.recall)}     ${String(r.blocked).padStart(5)} ${String(r.warned).padStart(6)}`,
  );
}
if (real) {
  const pct = (n) => ((100 * n) / real.messages).toFixed(2) + '%';
  console.log(`\nreal (enron-dev): ${real.messages} messages, flagged ${real.flagged} (${pct(real.flagged)}), blocked ${real.blocked} (${pct(real.blocked)})`);
  if (listReal) for (const f of real.list) console.log(`  ${f.id} ${f.action} ${f.rules.join(' ')}${showText ? '  | ' + f.subject : ''}`);
}
