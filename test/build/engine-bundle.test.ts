import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';

/**
 * The engine bundle must run in Outlook's JavaScript-only runtime on classic
 * Windows builds before 2403, which accept ES2016 only. `npm test` builds it
 * first (pretest); here it is parsed as ES2016 and run in a context holding
 * nothing but the ECMAScript globals.
 */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'engine.js');

describe('dist/web/engine.js', () => {
  const src = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : '';

  test('exists (built by npm run build:web)', () => {
    expect(src.length).toBeGreaterThan(1000);
  });

  test('parses as ES2016, regular expressions included', () => {
    expect(() => acorn.parse(src, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  test('builds no ES2018 regex at run time either (\\p{...}, look-behind, named groups in RegExp strings)', () => {
    // acorn checks regex literals; patterns passed to new RegExp() as strings are checked here.
    expect(src).not.toMatch(/\\p\{|\\P\{/);
    expect(src).not.toMatch(/\(\?<[=!A-Z]/i);
  });

  test('has no eval or new Function (a strict Content-Security-Policy works)', () => {
    expect(src).not.toMatch(/\beval\(|new Function\(/);
  });

  test('runs with only ECMAScript globals and finds an MRN', () => {
    const context = vm.createContext({});
    vm.runInContext(src, context);
    const result = vm.runInContext(
      `var e = this.PhiGuardEngine; JSON.stringify(e.scanMessage({ subject: 'MRN 00451782', to: [], cc: [], bcc: [], attachments: [] }, e.defaultPolicy()))`,
      context,
    );
    expect(JSON.parse(result)).toMatchObject({ action: 'block', findings: [{ detectorId: 'mrn', start: 0, end: 12 }] });
  });
});
