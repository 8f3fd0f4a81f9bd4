import fc from 'fast-check';
import { ALNUM, bounded } from '../../src/engine/detectors/detector';
import { checkAdminPattern, printPatternTree, readAdminPattern } from '../../src/engine/policy/authoring';
import { MAX_BACKTRACKING_STEPS, PatternAtom, PatternTerm, PatternTree, analyzeSafePattern, compileOrgPattern } from '../../src/engine/policy/safe-pattern';

/**
 * Issue 16, finding 1: the proof that organisation MRN patterns are safe.
 *
 * 1. Equivalence: the on-send handler reads admin patterns with a small
 *    recogniser (safe-pattern.ts); policy check and the settings pane also
 *    read them with regexpp, a full ECMAScript parser, mapped onto the same
 *    subset (authoring.ts). On every string the generators make (random
 *    regex syntax, subset-shaped patterns, and one-character mutations of
 *    them), both accept or both refuse, and accepted patterns have the same
 *    tree. So the handler accepts exactly what regexpp says is in the subset,
 *    and reads it as JavaScript will.
 * 2. Linear time: every accepted pattern from a generator biased towards the
 *    worst case (overlapping variable counts up to the limits, alternation,
 *    broad classes) runs as the MRN detector runs it (global, case-insensitive,
 *    restarting after a match refused at a word boundary) over hostile inputs
 *    of 1-10 KB within a time bound per character.
 */

// ---- 1. Equivalence ------------------------------------------------------

/** Agreement of the two readings; returns whether the pattern was accepted. */
function agree(p: string): boolean {
  const small = analyzeSafePattern(p);
  const full = readAdminPattern(p);
  if (small.ok !== full.ok) throw new Error(`disagree on ${JSON.stringify(p)}: subset ${small.ok ? 'accepts' : `refuses (${small.problem})`}, regexpp ${full.ok ? 'accepts' : `refuses (${full.problem})`}`);
  if (small.ok && full.ok) {
    const a = printPatternTree(small.tree);
    const b = printPatternTree(full.tree);
    if (a !== b) throw new Error(`different trees for ${JSON.stringify(p)}: ${a} vs ${b}`);
    // and what both accept, the runtime accepts too
    new RegExp(`(?:${p})`, 'gi');
  }
  return small.ok;
}

const SYNTAX = ['[', ']', '^', '-', '\\', 'd', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'k', '1', '0', '8', 'c', 'x', 'u', 'p', 'n', 't', '(', '(?:', '(?=', '(?!', '(?<', '(?i:', '?', ':', '=', '!', '<', '>', ')', '{', '}', ',', '2', '3', '32', '33', '{1,3}', '{0,2}', '{2}', '{,2}', '{3,}', '|', '*', '+', '.', '$', 'a', 'Z', ' ', '/', '\u0001', '\u2028', '\u0085', 'é', '\ud83d', '\ude00', '\\-', '\\]', '\\[', '\\{', '\\.', '\\/', '\\b', '\\d', '[]', '[^]', '[^', 'a-z', 'z-a'];
const randomSyntax = fc.array(fc.constantFrom(...SYNTAX), { minLength: 1, maxLength: 14 }).map((t) => t.join(''));

const ATOMS = ['\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '.', 'a', 'X', '7', '-', '\\-', ' ', '\\.', '#', '/', '[0-9]', '[A-Z]', '[a-z0-9]', '[^\\s]', '[\\d\\-]', '[0-9A-F]', '[^X]', '[\\w ]', '[.]', '[\\]]', '[{}]', '[$^]', '[a^]', '[\\--/]'];
const small = fc.integer({ min: 0, max: 6 });
const quantifier = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constant('?') },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 32 }).map((n) => `{${n}}`) },
  { weight: 3, arbitrary: fc.tuple(small, small).map(([a, b]) => `{${Math.min(a, b)},${Math.max(a, b) || 1}}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 32 })).map(([a, b]) => `{${Math.min(a, b)},${Math.max(a, b)}}`) },
);
const term = fc.tuple(fc.constantFrom(...ATOMS), quantifier).map(([a, q]) => a + q);
const sequence = fc.array(term, { minLength: 1, maxLength: 5 }).map((t) => t.join(''));
const group = fc.array(sequence, { minLength: 1, maxLength: 3 }).map((a) => `(?:${a.join('|')})`);
const part = fc.oneof({ weight: 8, arbitrary: term }, { weight: 2, arbitrary: group }, { weight: 1, arbitrary: fc.constantFrom('^', '$', '\\b', '\\B') });
const subsetShaped = fc.array(fc.array(part, { minLength: 1, maxLength: 6 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
const mutated = fc.tuple(subsetShaped, fc.nat(), fc.constantFrom(...SYNTAX), fc.constantFrom('insert', 'delete', 'replace')).map(([p, at, s, op]) => {
  const i = at % (p.length + 1);
  return op === 'insert' ? p.slice(0, i) + s + p.slice(i) : op === 'delete' ? p.slice(0, i) + p.slice(i + 1) : p.slice(0, i) + s + p.slice(i + 1);
});

describe('the on-send recogniser and regexpp read admin patterns the same way', () => {
  test.each([
    ['random regex syntax', randomSyntax, 20000],
    ['subset-shaped patterns', subsetShaped, 5000],
    ['one-character mutations of them', mutated, 10000],
  ] as const)('%s', (_what, arb, numRuns) => {
    let accepted = 0;
    fc.assert(
      fc.property(arb, (p) => {
        if (agree(p)) accepted++;
      }),
      { numRuns, seed: 20261116 },
    );
    console.info(`equivalence, ${_what}: ${numRuns} strings, ${accepted} accepted by both, ${numRuns - accepted} refused by both, 0 disagreements`);
    expect(accepted).toBeGreaterThan(_what === 'random regex syntax' ? 50 : 500);
  }, 120000);

  test('checkAdminPattern (policy check, settings) and the on-send check agree on the issue\'s patterns', () => {
    for (const p of ['[]|(\\d+)+$]', '[]|((\\w| )+)+$]', '\\d{0,32}\\d{0,32}\\d{0,32}\\d{0,32}X']) {
      expect(checkAdminPattern(p)).toBeDefined();
      expect(agree(p)).toBe(false);
    }
  });
});

// ---- 2. Linear time -------------------------------------------------------

/** A character each atom matches, for building hostile inputs. */
const CANDIDATES = ['7', 'a', 'A', 'X', ' ', '-', '.', '#', '/', ']', '{', '^', '$', 'é', '_'];
function sampleOf(atom: PatternAtom): string {
  const re = new RegExp(`^(?:${printPatternTree({ alternatives: [[{ kind: 'repeat', atom, min: 1, max: 1 }]] })})$`, 'i');
  return CANDIDATES.find((c) => re.test(c)) ?? 'a';
}
function atomsOf(terms: readonly PatternTerm[], out: PatternAtom[] = []): PatternAtom[] {
  for (const t of terms) {
    if (t.kind === 'repeat') out.push(t.atom);
    else if (t.kind === 'group') t.alternatives.forEach((a) => atomsOf(a, out));
  }
  return out;
}
/** The longest text of the first alternatives: each count at its maximum. */
function witness(terms: readonly PatternTerm[]): string {
  return terms.map((t) => (t.kind === 'repeat' ? sampleOf(t.atom).repeat(t.max) : t.kind === 'group' ? witness(t.alternatives[0]) : '')).join('');
}
const fill = (unit: string, length: number) => (unit.length ? unit.repeat(Math.ceil(length / unit.length)).slice(0, length) : 'a'.repeat(length));

function hostileInputs(tree: PatternTree, sizes: number[], seed: number): { kind: string; text: string }[] {
  const atoms = tree.alternatives.map((a) => atomsOf(a)).reduce((x, y) => x.concat(y), []);
  const alphabet = [...new Set(atoms.map(sampleOf))];
  const w = tree.alternatives.map(witness).sort((a, b) => b.length - a.length)[0];
  let s = seed >>> 0;
  const rnd = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const [k1, k2, k3, k4, k5] = sizes;
  return [
    // a run of the character most atoms match: every start position backtracks through every count
    { kind: 'run', text: fill(alphabet[0], k1) },
    // the longest match minus its last character, again and again: each attempt fails at the very end
    { kind: 'pump', text: fill(w.slice(0, -1) || alphabet[0], k2) },
    { kind: 'pump+#', text: fill(`${w.slice(0, -1)}#`, k3) },
    { kind: 'alphabet', text: Array.from({ length: k4 }, () => alphabet[rnd(alphabet.length)]).join('') },
    { kind: 'digits', text: Array.from({ length: k5 }, () => String(rnd(10))).join('') },
  ];
}

/** The MRN detector's loop over one text (detectors/mrn.ts), timed. */
function timeMs(re: RegExp, text: string): number {
  const t0 = process.hrtime.bigint();
  for (const m of bounded(re, text, ALNUM, ALNUM)) if (m[0].length === 0) break;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Worst time per KB allowed: a 255-character subject stays under a millisecond per format. */
const BOUND_MS_PER_KB = 4;

// Biased towards the worst case: overlapping classes and variable counts up to the limits.
const OVERLAPPING = ['\\d', '[0-9]', '\\w', '[0-9A-Z]', '.', '[^X]', '\\S', '[\\d\\-]', '7'];
const hostileTerm = fc.tuple(fc.constantFrom(...OVERLAPPING), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 32 })).map(([a, x, y]) => `${a}{${Math.min(x, y)},${Math.max(x, y)}}`);
const hostileSeq = fc.tuple(fc.array(fc.oneof({ weight: 3, arbitrary: hostileTerm }, { weight: 1, arbitrary: term }), { minLength: 1, maxLength: 4 }), fc.constantFrom('', 'X', '#', '\\b', '$', '-\\d')).map(([t, end]) => t.join('') + end);
const hostilePattern = fc.oneof(
  { weight: 3, arbitrary: hostileSeq },
  { weight: 1, arbitrary: fc.array(hostileSeq, { minLength: 2, maxLength: 3 }).map((a) => a.join('|')) },
  { weight: 1, arbitrary: fc.tuple(hostileSeq, fc.array(hostileSeq, { minLength: 2, maxLength: 3 })).map(([a, g]) => `${a}(?:${g.join('|')})`) },
  { weight: 1, arbitrary: subsetShaped },
);

describe('every accepted admin pattern runs in linear time', () => {
  test(`hostile inputs of 1-10 KB: at most ${BOUND_MS_PER_KB} ms per KB`, () => {
    let generated = 0;
    let accepted = 0;
    let inputs = 0;
    let bytes = 0;
    let worst = { perKb: 0, pattern: '', kind: '', kb: 0, steps: 0 };
    let nearLimit = 0;
    fc.assert(
      fc.property(hostilePattern, fc.array(fc.integer({ min: 1024, max: 10240 }), { minLength: 5, maxLength: 5 }), fc.nat(), (p, sizes, seed) => {
        generated++;
        const r = analyzeSafePattern(p);
        if (!r.ok) return;
        accepted++;
        if (r.cost.steps > MAX_BACKTRACKING_STEPS / 2) nearLimit++;
        const re = compileOrgPattern(p);
        for (const input of hostileInputs(r.tree, sizes, seed)) {
          inputs++;
          bytes += input.text.length;
          const kb = input.text.length / 1024;
          let ms = timeMs(re, input.text);
          // a slow reading is measured twice more (GC, other processes); the best counts
          if (ms / kb > BOUND_MS_PER_KB / 4) ms = Math.min(ms, timeMs(re, input.text), timeMs(re, input.text));
          if (ms / kb > worst.perKb) worst = { perKb: ms / kb, pattern: p, kind: input.kind, kb, steps: r.cost.steps };
          if (ms / kb > BOUND_MS_PER_KB) throw new Error(`${p} took ${(ms / kb).toFixed(2)} ms per KB on a ${input.kind} input of ${kb.toFixed(1)} KB`);
        }
      }),
      { numRuns: 1000, seed: 20261116 },
    );
    console.info(
      `admin-pattern linear time: ${generated} patterns generated, ${accepted} accepted (${nearLimit} above half the step limit), ${inputs} hostile inputs tried (1-10 KB, ${(bytes / 1048576).toFixed(1)} MB in all); ` +
        `worst ${worst.perKb.toFixed(3)} ms per KB (${worst.pattern}, ${worst.kind} input of ${worst.kb.toFixed(1)} KB, ${worst.steps} steps per position); bound ${BOUND_MS_PER_KB} ms per KB`,
    );
    expect(accepted).toBeGreaterThan(200);
    expect(nearLimit).toBeGreaterThan(10);
  }, 300000);

  test('time grows linearly: the worst accepted shape costs the same per KB at 1 KB and at 10 KB', () => {
    // Near the limit: 16 x 2 choices of overlapping digits, then a character that never comes.
    const p = '\\d{1,16}\\d{1,2}X';
    const r = analyzeSafePattern(p);
    if (!r.ok) throw new Error(r.problem);
    expect(r.cost.steps).toBeLessThanOrEqual(MAX_BACKTRACKING_STEPS);
    const re = compileOrgPattern(p);
    const perKb = (kb: number) => Math.min(...[0, 1, 2].map(() => timeMs(re, '7'.repeat(kb * 1024)) / kb));
    const one = perKb(1);
    const ten = perKb(10);
    console.info(`${p} (${r.cost.steps} steps per position): ${one.toFixed(3)} ms per KB at 1 KB, ${ten.toFixed(3)} ms per KB at 10 KB`);
    expect(ten).toBeLessThan(BOUND_MS_PER_KB);
    expect(ten).toBeLessThan(Math.max(one * 3, 0.05));
  });
});
