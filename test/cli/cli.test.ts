import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'messages.jsonl');
const EML = join(ROOT, 'test', 'fixtures', 'clinic-referral.eml');


function tmp(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'phi-guard-'));
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('phi-guard scan', () => {
  test('what-if: a directory of exported .eml files with --summary prints only totals per rule and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phi-guard-export-'));
    mkdirSync(join(dir, 'week1'));
    copyFileSync(EML, join(dir, 'week1', 'a.eml'));
    writeFileSync(join(dir, 'b.eml'), 'Subject: Staff rota for December\r\nTo: team@examplehealth.org\r\n\r\nRota attached.\r\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a message');
    const r = await cli('scan', '--summary', dir);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('2 message(s) scanned with policy "PHI Guard default policy": 1 blocked (50.0%), 0 warned (0.0%), 1 allowed');
    expect(lines[1]).toBe('messages by rule and field:');
    expect(lines[2].trim().split(/ +/)).toEqual(["rule", "subject", "recipients", "attachments", "total"]);
    // no per-message lines, and never the text
    expect(r.out).not.toMatch(/^(BLOCK|ALLOW)/m);
    expect(r.out).not.toContain('a.eml');
  });

  test('the summary counts a message once per rule and field group', async () => {
    const twoMrns = JSON.stringify({ subject: 'MRN 00451782 and MRN 00451783', to: [], cc: [], bcc: [], attachments: [{ name: 'MRN 00451784.pdf' }] });
    const r = await cli('scan', '--summary', tmp('m.jsonl', twoMrns + '\n'));
    expect(r.out.split("\n").map((l) => l.trim().split(/ +/).join(" "))).toContain("mrn 1 0 1 2");
  });

  test('prints a readable verdict per message and a summary, without the matched text', async () => {
    const r = await cli('scan', EXAMPLES);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^BLOCK\s+mrn-in-subject$/m);
    expect(r.out).toMatch(/^ALLOW\s+clean-staff$/m);
    expect(r.out).toContain('The subject contains a medical record number.');
    expect(r.out).toMatch(/7 message\(s\) scanned with policy "PHI Guard default policy": 3 blocked \(42.9%\), 2 warned \(28.6%\), 2 allowed/);
    expect(r.out).not.toContain('00451782');
    expect(r.out).not.toContain('Pemberton');
  });

  test('--show-text prints the matched text', async () => {
    const r = await cli('scan', '--show-text', EXAMPLES);
    expect(r.out).toContain('"MRN 00451782"');
  });

  test('--json prints one result per line with positions and rule ids', async () => {
    const r = await cli('scan', '--json', EXAMPLES);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[1]).toEqual({ id: 'mrn-in-subject', action: 'block', findings: [{ field: 'subject', start: 0, end: 12, detectorId: 'mrn', action: 'block', strength: 'high', evidence: ['mrn.found'] }] });
    expect(r.out).not.toContain('00451782');
  });

  test('reads .eml files with a MIME parser', async () => {
    const r = await cli('scan', '--json', EML);
    const v = JSON.parse(r.out);
    expect(v.id).toBe('clinic-referral.eml');
    expect(v.action).toBe('block');
    expect(v.findings.map((f: { field: string; detectorId: string }) => `${f.field}:${f.detectorId}`)).toEqual([
      'subject:identity+health',
      'subject:mrn',
      'to:recipient-health',
      'attachments:identity+health',
    ]);
  });

  test('a bad line is reported with file and line number; the other messages are still scanned', async () => {
    const file = tmp('mixed.jsonl', ['{"id":"a","message":{"subject":"MRN 00451782"}}', '{not json', '', '{"id":"c","subject":"Lunch"}', '{"id":"d","message":{"subject":42}}'].join('\n'));
    const r = await cli('scan', '--json', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${file.replace(/[\\/.]/g, '\\$&')}:2:2: not valid JSON .*\\(skipped\\)`));
    expect(r.err).toMatch(/:5: message\.subject: expected text/);
    expect(r.out.split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  test('a missing file is an error for that file only', async () => {
    const r = await cli('scan', '--json', '/nonexistent/x.jsonl', EXAMPLES);
    expect(r.code).toBe(1);
    expect(r.err).toContain('/nonexistent/x.jsonl: no such file');
    expect(r.out.split('\n')).toHaveLength(7);
  });

  test('an invalid policy is rejected with its errors and nothing is scanned', async () => {
    const policy = tmp('policy.json', JSON.stringify({ schemaVersion: 1, rules: { mrn: { subject: 'stop' } }, org: { mrnFormats: [{ name: 'x', pattern: '(?:a+)+' }] } }));
    const r = await cli('scan', '--policy', policy, EXAMPLES);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/invalid policy .*nothing was scanned/);
    expect(r.err).toContain('rules.mrn.subject');
    expect(r.err).toContain('org.mrnFormats.0.pattern');
  });

  test('a valid policy changes the verdict', async () => {
    const policy = tmp('policy.json', JSON.stringify({ schemaVersion: 1, rules: { mrn: { subject: 'warn' } } }));
    const r = await cli('scan', '--json', '--policy', policy, EXAMPLES);
    expect(JSON.parse(r.out.split('\n')[1]).action).toBe('warn');
  });

  test('usage errors exit 2 with a hint', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const r = await cli('scan', '--nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('phi-guard help');
    expect((await cli('help')).out).toContain('phi-guard scan');
  });
});

describe('phi-guard rules', () => {
  test('lists every rule with its levels, following the policy', async () => {
    const r = await cli('rules');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}mrn\s+block \/ warn {2}\/ block/m);
    expect(r.out).toMatch(/^ {2}npi\s+off {3}\/ off {3}\/ off/m);
    expect(r.out).toContain('person-name');
    const policy = tmp('policy.json', JSON.stringify({ schemaVersion: 1, rules: { npi: { subject: 'warn' } } }));
    expect((await cli('rules', '--policy', policy)).out).toMatch(/^ {2}npi\s+warn {2}\/ off/m);
  });
});

describe('phi-guard policy', () => {
  test('check: a valid file, and what it changes against the default', async () => {
    const policy = tmp('policy.json', JSON.stringify({ schemaVersion: 1, rules: { npi: { subject: 'warn' } }, behaviour: { privacyContact: 'Privacy Office x4100' } }));
    const r = await cli('policy', 'check', policy);
    expect(r.code).toBe(0);
    expect(r.out).toContain('is a valid policy (schema version 1)');
    expect(r.out).toContain('changes 2 setting(s)');
    expect(r.out).toContain('rules.npi.subject: off -> warn');
    expect(r.out).toContain('behaviour.privacyContact: (empty) -> Privacy Office x4100');
  });
  test('check: each error at its path, exit 2', async () => {
    const policy = tmp('policy.json', JSON.stringify({ schemaVersion: 1, org: { massDisclosureThreshold: 0, mrnFormats: [{ name: 'x', pattern: '\\d+' }] } }));
    const r = await cli('policy', 'check', policy);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/org\.massDisclosureThreshold: /);
    expect(r.err).toMatch(/org\.mrnFormats\.0\.pattern: unsafe or invalid pattern: unbounded repetition/);
  });
  test('init: writes the default policy and its README, and will not overwrite them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phi-guard-init-'));
    const r = await cli('policy', 'init', dir);
    expect(r.code).toBe(0);
    expect((await cli('policy', 'check', join(dir, 'policy.json'))).out).toContain('same as the built-in default policy');
    const readme = readFileSync(join(dir, 'POLICY-README.md'), 'utf8');
    for (const id of ['ssn', 'mrn', 'member-id', 'npi', 'failMode', 'mrnFormats']) expect(readme).toContain(id);
    expect((await cli('policy', 'init', dir)).code).toBe(2);
    expect((await cli('policy', 'init', dir, '--force')).code).toBe(0);
  });
});

describe('phi-guard eval', () => {
  test('prints precision, recall and F1 per field group, then the misses', async () => {
    const r = await cli('eval', join(ROOT, 'test', 'fixtures', 'labelled-messages.jsonl'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^group\s+precision\s+recall\s+F1/m);
    expect(r.out).toMatch(/^subject\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/m);
    expect(r.out).toMatch(/^recipients\s/m);
    expect(r.out).toMatch(/^attachments\s/m);
  });
  test('--json gives the figures as data', async () => {
    const r = await cli('eval', '--json', join(ROOT, 'test', 'fixtures', 'labelled-messages.jsonl'));
    const e = JSON.parse(r.out);
    expect(e.messages).toBe(50);
    expect(Object.keys(e.groups)).toEqual(['subject', 'recipients', 'attachments']);
  });
  test('needs a corpus', async () => {
    expect((await cli('eval')).code).toBe(2);
  });
  test('a false alarm names the rule and the evidence pattern ids that fired, never the text', async () => {
    const line = (id: string, subject: string) => JSON.stringify({ id, message: { subject, to: [], cc: [], bcc: [], attachments: [] }, expect: { subject: 'clean', recipients: 'clean', attachments: 'clean' } });
    const corpus = tmp('fa.jsonl', [line('fa1', 'Ada Quill - abnormal CT'), line('fa2', 'Boudreaux echo moved')].join('\n') + '\n');
    const r = await cli('eval', corpus);
    expect(r.out).toMatch(/fa1\s+subject\s+expected clean, flagged by identity\+health \[evidence: name\.full, health\.condition, health\.test\]/);
    expect(r.out).toMatch(/fa2\s+subject\s+expected clean, flagged by identity\+health \[evidence: name\.lone, health\.test\]/);
    expect(r.out).not.toMatch(/Quill|Boudreaux/);
  });
});

describe('the installed bin', () => {
  const bin = join(ROOT, 'bin', 'phi-guard.js');
  test('reads stdin when no file is given', () => {
    const out = execFileSync(process.execPath, [bin, 'scan', '--json'], { input: '{"subject":"SSN 401-12-7788"}\n', encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ action: 'block', findings: [{ detectorId: 'ssn' }] });
  });
  test('exits non-zero on unreadable input', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', '/nonexistent.jsonl'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
  });
});
