import { CONTEXT_ONLY, Detector, FieldContext, Signal, signalAt } from './detector';
import { HEALTH_SUBSTRINGS, HealthCategory, PhraseMatcher, UPPER_ONLY, defaultHealthMatcher, healthMatcher, nameLexicon, topicMatcher } from '../lexicon';
import { healthCategoryByEnding } from '../lexicon/health-morphology';
import type { Token } from '../text/tokenize';

/**
 * Health context: conditions, medications, tests and results, procedures,
 * encounters (admit, discharge, referral), payer events (prior auth, denial),
 * patient words ("pt", "resident", "member") and specialties. Never a finding
 * alone ("Diabetes education fair" is fine): the scanner combines it with an
 * identity in the same field.
 */
const cache = new Map<string, PhraseMatcher<HealthCategory>>();
function matcherFor(extra: readonly string[]): PhraseMatcher<HealthCategory> {
  if (extra.length === 0) return defaultHealthMatcher();
  const key = extra.join('\u0000');
  let m = cache.get(key);
  if (!m) {
    if (cache.size > 8) cache.clear();
    m = healthMatcher(extra);
    cache.set(key, m);
  }
  return m;
}

export interface HealthMatch {
  from: number;
  to: number;
  category: HealthCategory;
  phrase: string;
  /** Found by its medical ending rather than a list. */
  byEnding?: boolean;
}

/** Health phrases among tokens, honouring the upper-case-only short terms and the allow-list. */
export function findHealthTerms(tokens: readonly Token[], extra: readonly string[], allow: readonly string[]): HealthMatch[] {
  const out: HealthMatch[] = [];
  for (const m of matcherFor(extra).findAll(tokens)) {
    if (allow.length > 0 && allow.indexOf(m.phrase) >= 0) continue;
    if (m.to - m.from === 1 && UPPER_ONLY.has(m.phrase) && tokens[m.from].case !== 'upper') continue;
    // "r/o", "d/c", "f/u": the two letters must be joined by a slash or nothing.
    if (m.to - m.from === 2 && m.phrase.length === 3 && !['/', ''].includes(tokens[m.from + 1].gap)) continue;
    out.push({ from: m.from, to: m.to, category: m.value, phrase: m.phrase });
  }
  return withEndings(tokens, out, allow);
}

/**
 * Words the lists do not hold but whose medical ending says what they are
 * ("preeclampsia", "pembrolizumab"): never an everyday word or a known name.
 */
function withEndings(tokens: readonly Token[], found: HealthMatch[], allow: readonly string[]): HealthMatch[] {
  let lex: ReturnType<typeof nameLexicon> | undefined;
  let out: HealthMatch[] | undefined;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < found.length && found[next].to <= i) next++;
    if (next < found.length && found[next].from <= i) continue;
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const category = healthCategoryByEnding(t.key);
    if (category === undefined || allow.indexOf(t.key) >= 0) continue;
    lex ??= nameLexicon();
    if (lex.common.has(t.key) || lex.given.has(t.key) || lex.surname.has(t.key) || lex.other.has(t.key) || lex.ambiguous.has(t.key)) continue;
    (out ??= found.slice()).push({ from: i, to: i + 1, category, phrase: t.key, byEnding: true });
  }
  return out ? out.sort((a, b) => a.from - b.from) : found;
}

/** The field's health terms, computed once and shared by the detectors that need them. */
export function healthTermsOf(ctx: FieldContext): HealthMatch[] {
  if (ctx.memo.health === undefined) ctx.memo.health = findHealthTerms(ctx.tokens, ctx.options.extraHealthTerms, ctx.options.allowTerms);
  return ctx.memo.health as HealthMatch[];
}

/** For each token: is it part of a topic phrase ("grand rounds", "update")? Null when none is. */
export function topicTokensOf(ctx: FieldContext): boolean[] | null {
  if (ctx.memo.topics === undefined) {
    const found = topicMatcher.findAll(ctx.tokens);
    let t: boolean[] | null = null;
    if (found.length > 0) {
      t = new Array<boolean>(ctx.tokens.length).fill(false);
      for (const m of found) for (let i = m.from; i < m.to; i++) t[i] = true;
    }
    ctx.memo.topics = t;
  }
  return ctx.memo.topics;
}

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
    for (const m of healthTermsOf(ctx)) {
      out.push(signalAt(n, ctx.tokens[m.from].start, ctx.tokens[m.to - 1].end, 'health-context', 'health', 'found', { category: m.category, evidence: m.byEnding ? `health.ending.${m.category}` : `health.${m.category}` }));
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
