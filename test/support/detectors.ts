import { Detector, FieldKind, defaultPolicy } from '../../src/engine';
import type { DetectorOptions } from '../../src/engine/detectors';
import { prepareText } from '../../src/engine/text/normalize';
import { tokenize } from '../../src/engine/text/tokenize';

export const DEFAULT_OPTIONS: DetectorOptions = {
  mrnFormats: [],
  extraKeywords: {},
  extraHealthTerms: [],
  allowTerms: [],
  personalDomains: defaultPolicy().org.personalDomains,
};

/** Runs one detector over one field value; returns the matched original substrings by role. */
export function run(detector: Detector, text: string, kind: FieldKind = 'subject', options: DetectorOptions = DEFAULT_OPTIONS) {
  const prepared = prepareText(text);
  const ctx = { kind, text: prepared, tokens: tokenize(prepared.normalized.text, { splitCamel: kind === 'attachment' || kind === 'emailAddress' }), options, memo: {} };
  return detector.find(ctx).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

export interface Case {
  text: string;
  kind?: FieldKind;
  /** Substrings the detector must report (in order of start). */
  found?: string[];
  /** Role to look at (default: the detector's own). */
  role?: 'identifier' | 'identity' | 'health';
  why?: string;
}

/**
 * ESLint RuleTester-style tables: every `valid` text yields no signal of the
 * detector's role, every `invalid` text yields exactly the listed spans.
 */
export function detectorTable(detector: Detector, table: { valid: (string | Case)[]; invalid: Case[] }): void {
  describe(detector.meta.id, () => {
    const role = (c: Case) => c.role ?? detector.meta.role;
    test.each(table.valid.map((v) => (typeof v === 'string' ? { text: v } : v)))('not reported: $text', (c: Case) => {
      const got = run(detector, c.text, c.kind).filter((s) => s.role === role(c));
      expect(got.map((s) => s.text)).toEqual([]);
    });
    test.each(table.invalid)('reported: $text', (c: Case) => {
      const got = run(detector, c.text, c.kind).filter((s) => s.role === role(c)).sort((a, b) => a.start - b.start);
      expect(got.map((s) => s.text)).toEqual(c.found);
    });
  });
}
