import { CONTEXT_ONLY, Detector, FieldContext, Signal, signalAt } from './detector';
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
    role: 'health',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'health information' },
  },
  find(ctx: FieldContext): Signal[] {
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const m of personHealthOf(ctx)) {
      const evidence = m.workplace ? 'health.workplace' : m.needsSupport ? 'health.needs-support' : m.byEnding ? `health.ending.${m.category}` : `health.${m.category}`;
      // Results at work are any work's ("Strike vote results - THANK YOU"): mass disclosure does not read them as
      // a message about care (a unit or a topic at work still is: "Balance class for fall prevention").
      const use = m.workplace ? { workplace: true, ...(RESULTS.has(m.phrase) ? { needsSupport: 'everyday' as const } : {}) } : m.needsSupport ? { needsSupport: m.needsSupport } : {};
      // A term found inside a word (Chinese, Japanese, Korean) has its own offsets (languages/match.ts).
      const start = m.start ?? ctx.tokens[m.from].start;
      const end = m.end ?? ctx.tokens[m.to - 1].end;
      out.push(signalAt(n, start, end, 'health-context', 'health', 'found', { category: m.category, evidence, ...use }));
    }
    return out;
  },
};

const RESULTS = new Set(['results', 'result']);
