import { CONTEXT_ONLY, Detector, FieldContext, Signal, signalAt } from './detector';
import { HEALTH_SUBSTRINGS } from '../lexicon';
import { personHealthOf } from '../facts/health';

/**
 * Health context: conditions, medications, tests and results, procedures,
 * encounters (admit, discharge, referral), payer events (prior auth, denial),
 * patient words ("pt", "resident", "member") and specialties. Never a finding
 * alone ("Diabetes education fair" is fine): the scanner combines it with an
 * identity in the same field.
 */
export const healthContext: Detector = {
  meta: {
    id: 'health-context',
    description: 'Conditions, medications, tests, procedures, encounters and patient words (health context for the combination rule).',
    role: 'health',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'health information' },
    example: 'echo + stress test results',
  },
  find(ctx: FieldContext): Signal[] {
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of personHealthOf(ctx)) {
      const evidence = m.workplace ? 'health.workplace' : m.needsSupport ? 'health.needs-support' : m.byEnding ? `health.ending.${m.category}` : `health.${m.category}`;
      const use = m.workplace ? { workplace: true } : m.needsSupport ? { needsSupport: m.needsSupport } : {};
      out.push(signalAt(n, ctx.tokens[m.from].start, ctx.tokens[m.to - 1].end, 'health-context', 'health', 'found', { category: m.category, evidence, ...use }));
    }
    // Substring terms are for scripts without spaces (CJK, and Cyrillic stems): skip plain ASCII.
    if (NON_ASCII.test(n.text)) this.findSubstrings(n, out);
    return out;
  },
  findSubstrings(n: FieldContext['text']['normalized'], out: Signal[]): void {
    const lower = n.text.toLowerCase();
    for (const term of Object.keys(HEALTH_SUBSTRINGS)) {
      const category = HEALTH_SUBSTRINGS[term];
      let at = lower.indexOf(term);
      while (at >= 0) {
        out.push(signalAt(n, at, at + term.length, 'health-context', 'health', 'found', { category, evidence: `health.script.${category}` }));
        at = lower.indexOf(term, at + term.length);
      }
    }
  },
} as Detector & { findSubstrings(n: FieldContext['text']['normalized'], out: Signal[]): void };
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
