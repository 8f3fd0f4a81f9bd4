import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** Issue 16, finding 1, in `phi-guard policy check`: unsafe patterns refused, broad ones warned about. */
async function check(policy: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'phi-guard-pattern-'));
  const file = join(dir, 'policy.json');
  writeFileSync(file, JSON.stringify(policy));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['policy', 'check', file], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ISSUE_PATTERNS = ['[]|(\\d+)+$]', '[]|((\\w| )+)+$]', '\\d{0,32}\\d{0,32}\\d{0,32}\\d{0,32}X'];

describe('phi-guard policy check: organisation MRN patterns', () => {
  test.each(ISSUE_PATTERNS)('refuses %s (exit 2, the error at its path)', async (pattern) => {
    const r = await check({ schemaVersion: 1, org: { mrnFormats: [{ name: 'NW', pattern }] } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/org\.mrnFormats\.0\.pattern: /);
  });

  test('a pattern as broad as \\d{8} is accepted with a warning: the share of ordinary business subjects it flags', async () => {
    const r = await check({ schemaVersion: 1, org: { mrnFormats: [{ name: 'Bare eight digits', pattern: '\\d{8}' }] } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('is a valid policy');
    expect(r.err).toMatch(/warning: org\.mrnFormats\.0\.pattern \("Bare eight digits"\) flags \d+ of \d+ ordinary business subjects \(\d+(\.\d)?%\)/);
    expect(r.err).toMatch(/for example "/);
  });

  test('a specific pattern shows its share too, without a warning', async () => {
    const r = await check({ schemaVersion: 1, name: 'Northwind 2026-11', org: { mrnFormats: [{ name: 'Northwind MRN', pattern: 'NW\\d{8}', examples: ['NW00451782'] }] } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/org\.mrnFormats\.0\.pattern \("Northwind MRN"\) flags 0 of \d+ ordinary business subjects \(0(\.0)?%\)/);
    expect(r.err).not.toMatch(/warning/);
  });
});
