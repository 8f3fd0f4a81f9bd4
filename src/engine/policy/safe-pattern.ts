/**
 * Organisation MRN formats are regular expressions typed by an administrator
 * and run on every send, inside Outlook's on-send handler, where no timer can
 * interrupt a running regex. So an admin pattern must stay inside a small
 * subset whose matching cost per start position is a constant bounded by the
 * pattern alone (docs/security.md, "Organisation MRN patterns"):
 *
 * - literal characters (printable; no control characters), `.`, the escapes
 *   \d \D \w \W \s \S, escaped syntax characters (\. \( \[ \] \{ \} \- \/ ...),
 *   and character classes `[...]`, `[^...]` of those with ranges `a-z`;
 *   never an empty class `[]` or `[^]`, and never a bare `]`, `{` or `}`
 *   (escape them: JavaScript reads `[]` as an empty class, not as "]");
 * - the anchors `^` `$` \b \B;
 * - quantifiers `?`, `{n}` and `{m,n}` on a single character, class or escape,
 *   with n <= 32 (MAX_REPEAT): no `*`, `+`, `{m,}`, no lazy `??`;
 * - non-capturing groups `(?:a|b)` and `|`, never quantified: no quantifier
 *   is nested inside another, so no alternation is repeated;
 * - no capture groups, back-references, look-arounds or modifiers;
 * - no empty alternative, and never a pattern that can match empty text;
 * - at most 200 characters (MAX_PATTERN_LENGTH); the upper bounds of all
 *   quantifiers add up to at most 64 (MAX_REPETITION_BUDGET); and the
 *   backtracking work per start position (backtrackingSteps below) is at
 *   most MAX_BACKTRACKING_STEPS.
 *
 * This is a small recogniser of that subset, written for the ES2016 handler
 * bundle (it must stay small). At policy-check and settings time
 * `checkAdminPattern` (authoring.ts) also parses every pattern with
 * @eslint-community/regexpp, a full ECMAScript parser, and requires both to
 * read the same tree; test/hardening/admin-patterns.test.ts checks that the
 * two agree on every string a generator makes, and that every accepted
 * pattern runs in time linear in the text.
 */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_REPEAT = 32;
export const MAX_REPETITION_BUDGET = 64;
export const MAX_BACKTRACKING_STEPS = 256;

/** The escapes that stand for a set of characters: digits, word characters, white space and their complements. */
export type ClassEscape = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

export type ClassItem = { kind: 'char'; code: number } | { kind: 'range'; from: number; to: number } | { kind: 'escape'; name: ClassEscape };

/** One character of text: a literal, `.`, an escape like \d, or a class. */
export type PatternAtom = { kind: 'char'; code: number } | { kind: 'any' } | { kind: 'escape'; name: ClassEscape } | { kind: 'class'; negate: boolean; items: ClassItem[] };

export type PatternTerm =
  /** An atom repeated min..max times (1..1 when it has no quantifier). */
  | { kind: 'repeat'; atom: PatternAtom; min: number; max: number }
  | { kind: 'assertion'; name: 'start' | 'end' | 'word' | 'not-word' }
  | { kind: 'group'; alternatives: PatternTerm[][] };

/** The pattern as the subset reads it; authoring.ts builds the same tree from regexpp's AST. */
export interface PatternTree {
  alternatives: PatternTerm[][];
}

export interface PatternCost {
  /** The shortest text the pattern can match. */
  minLength: number;
  /** The sum of the upper bounds of all quantifiers. */
  repetition: number;
  /** The ways the pattern's quantifiers and alternatives can split one match. */
  choices: number;
  /** An upper bound on the backtracking steps per start position. */
  steps: number;
}

export type PatternAnalysis = { ok: true; tree: PatternTree; cost: PatternCost } | { ok: false; problem: string };

/** Syntax characters (and / -) that may be written escaped, outside and inside classes. */
const ESCAPABLE = '^$\\.*+?()[]{}|/-';
const CLASS_ESCAPES = 'dDwWsS';

/** C0 and C1 controls, line and paragraph separators, lone surrogate halves (astral characters in a non-Unicode regex). */
export function isUnsafeCharCode(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff);
}

class Refused {
  constructor(readonly problem: string) {}
}

const codeName = (code: number) => `U+${('000' + code.toString(16).toUpperCase()).slice(-4)}`;

/** A recursive-descent recogniser of the subset; it refuses anything else rather than guessing. */
class SubsetParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): PatternTree {
    const alternatives = this.disjunction();
    if (this.i < this.s.length) throw new Refused('a ) has no matching (');
    return { alternatives };
  }

  private fail(problem: string): never {
    throw new Refused(problem);
  }

  private disjunction(): PatternTerm[][] {
    const out = [this.alternative()];
    while (this.s[this.i] === '|') {
      this.i++;
      out.push(this.alternative());
    }
    return out;
  }

  private alternative(): PatternTerm[] {
    const terms: PatternTerm[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') terms.push(this.term());
    if (terms.length === 0) this.fail('an empty alternative (nothing before or after a |, or an empty group) matches empty text; remove it');
    return terms;
  }

  private startsQuantifier(): boolean {
    const c = this.s[this.i];
    return c === '?' || c === '*' || c === '+' || c === '{';
  }

  private term(): PatternTerm {
    const s = this.s;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return this.assertion(c === '^' ? 'start' : 'end', c);
    }
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) {
      this.i += 2;
      return this.assertion(s[this.i - 1] === 'b' ? 'word' : 'not-word', `\\${s[this.i - 1]}`);
    }
    if (c === '(') {
      if (s.slice(this.i, this.i + 3) !== '(?:') {
        if (s[this.i + 1] === '?' && '=!<'.indexOf(s[this.i + 2]) >= 0) this.fail('look-aheads and look-behinds are not allowed; only non-capturing groups (?:...)');
        this.fail('only non-capturing groups (?:...) are allowed (no capture groups, look-arounds or modifiers)');
      }
      this.i += 3;
      const alternatives = this.disjunction();
      if (s[this.i] !== ')') this.fail('a ( is not closed');
      this.i++;
      if (this.startsQuantifier()) this.fail('a repeated group can backtrack badly; repeat the characters inside it instead');
      return { kind: 'group', alternatives };
    }
    if (c === '?' || c === '*' || c === '+') this.fail(`the quantifier "${c}" at position ${this.i + 1} has nothing to repeat`);
    if (c === '{') {
      if (/^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) this.fail(`the quantifier at position ${this.i + 1} has nothing to repeat`);
      this.fail(`a { that does not start a {m,n} count must be escaped: write \\{ (position ${this.i + 1})`);
    }
    if (c === ']' || c === '}') this.fail(`a lone ${c} must be escaped: write \\${c} (position ${this.i + 1})`);
    const atom = this.atom();
    return this.quantified(atom);
  }

  private assertion(name: 'start' | 'end' | 'word' | 'not-word', written: string): PatternTerm {
    if (this.startsQuantifier()) this.fail(`${written} is a position, not a character: it has nothing to repeat`);
    return { kind: 'assertion', name };
  }

  private atom(): PatternAtom {
    const s = this.s;
    const c = s[this.i];
    if (c === '.') {
      this.i++;
      return { kind: 'any' };
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const e = this.escape(false);
      return e.kind === 'escape' ? e : { kind: 'char', code: e.code };
    }
    return { kind: 'char', code: this.literal() };
  }

  private literal(): number {
    const code = this.s.charCodeAt(this.i);
    if (isUnsafeCharCode(code)) this.fail(`the character ${codeName(code)} at position ${this.i + 1} is not allowed (control characters, line separators and characters outside the Basic Multilingual Plane)`);
    this.i++;
    return code;
  }

  /** At a backslash: a class escape or an escaped syntax character. */
  private escape(inClass: boolean): { kind: 'escape'; name: ClassEscape } | { kind: 'char'; code: number } {
    const e = this.s[this.i + 1];
    if (e === undefined) this.fail('the pattern ends with a lone backslash');
    this.i += 2;
    if (CLASS_ESCAPES.indexOf(e) >= 0) return { kind: 'escape', name: e as ClassEscape };
    if (ESCAPABLE.indexOf(e) >= 0) return { kind: 'char', code: e.charCodeAt(0) };
    if (/[1-9k]/.test(e)) this.fail('back-references are not allowed');
    if (/[pPux]/.test(e)) this.fail(`\\${e} escapes are not allowed; list the characters in [...]`);
    if (inClass && e === 'b') this.fail('\\b inside [...] means a backspace character and is not allowed');
    return this.fail(`the escape \\${e} is not allowed; write the character itself, or escape only syntax characters such as \\. \\( \\[ \\{ \\- \\/`);
  }

  private characterClass(): PatternAtom {
    const s = this.s;
    const open = this.i;
    this.i++;
    const negate = s[this.i] === '^';
    if (negate) this.i++;
    if (s[this.i] === ']') {
      this.fail(negate ? '[^] matches every character, line breaks included; write . or list the characters' : 'an empty class [] matches no character (JavaScript does not read []...] as a class holding "]"); write \\] for a literal ]');
    }
    const items: ClassItem[] = [];
    while (s[this.i] !== ']') {
      if (this.i >= s.length) this.fail(`a character class [ at position ${open + 1} is not closed`);
      const first = this.classAtom();
      if (s[this.i] !== '-') {
        items.push(first);
        continue;
      }
      // A "-" here must make a range between two single characters.
      if (first.kind === 'escape') this.fail(`a range cannot start at the class escape \\${first.name}; write \\- for a literal -`);
      this.i++;
      if (s[this.i] === ']' || this.i >= s.length) this.fail('a - at the end of a class must be escaped: write \\-');
      const last = this.classAtom();
      if (last.kind === 'escape') this.fail(`a range cannot end at the class escape \\${last.name}; write \\- for a literal -`);
      const from = (first as { code: number }).code;
      const to = (last as { code: number }).code;
      if (from > to) this.fail(`the range ${String.fromCharCode(from)}-${String.fromCharCode(to)} is out of order`);
      items.push({ kind: 'range', from, to });
    }
    this.i++;
    return { kind: 'class', negate, items };
  }

  private classAtom(): ClassItem {
    const c = this.s[this.i];
    if (c === '\\') return this.escape(true);
    if (c === '-') this.fail('a - in a class that does not make a range a-z must be escaped: write \\-');
    if (c === '[') this.fail('a [ inside a class must be escaped: write \\[');
    return { kind: 'char', code: this.literal() };
  }

  private quantified(atom: PatternAtom): PatternTerm {
    const s = this.s;
    const c = s[this.i];
    let min = 1;
    let max = 1;
    if (c === '*' || c === '+') this.fail(`unbounded repetition "${c}" is not allowed; use {m,n} with n at most ${MAX_REPEAT}`);
    if (c === '?') {
      this.i++;
      min = 0;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) this.fail(`a { that does not start a {m,n} count must be escaped: write \\{ (position ${this.i + 1})`);
      if (m[2] !== undefined && m[3] === '') this.fail(`a {m,n} quantifier at position ${this.i + 1} is malformed or unbounded; give an upper bound of at most ${MAX_REPEAT}`);
      min = Number(m[1]);
      max = Number(m[3] !== undefined ? m[3] : m[1]);
      if (max < min) this.fail('in {m,n}, n must not be smaller than m');
      if (max > MAX_REPEAT) this.fail(`repetition above ${MAX_REPEAT} is not allowed`);
      this.i += m[0].length;
    } else return { kind: 'repeat', atom, min, max };
    if (s[this.i] === '?') this.fail('lazy quantifiers (??, {m,n}?) are not allowed');
    if (this.startsQuantifier()) this.fail('a quantifier cannot follow another quantifier');
    return { kind: 'repeat', atom, min, max };
  }
}

interface SeqCost {
  min: number;
  repetition: number;
  choices: number;
  steps: number;
}

/**
 * The cost of a sequence of terms: depth-first backtracking enumerates each
 * term's ways once for every way of the terms before it, so
 * steps = sum over i of (product of choices of terms before i) x work of term i.
 * A repeat {m,n} has n - m + 1 ways and costs n + (n - m + 1) steps to try
 * them all (consume n characters, give them back one at a time); a group has
 * the sum of its alternatives' ways and costs the sum of their steps.
 */
function sequenceCost(terms: readonly PatternTerm[]): SeqCost {
  let min = 0;
  let repetition = 0;
  let choices = 1;
  let steps = 0;
  for (const t of terms) {
    let c: SeqCost;
    if (t.kind === 'assertion') c = { min: 0, repetition: 0, choices: 1, steps: 1 };
    else if (t.kind === 'repeat') {
      const ways = t.max - t.min + 1;
      c = { min: t.min, repetition: t.min === 1 && t.max === 1 ? 0 : t.max, choices: ways, steps: t.max + ways };
    } else c = alternativesCost(t.alternatives);
    min += c.min;
    repetition += c.repetition;
    steps += choices * c.steps;
    choices *= c.choices;
  }
  return { min, repetition, choices, steps };
}

function alternativesCost(alternatives: readonly PatternTerm[][]): SeqCost {
  let min = Infinity;
  let repetition = 0;
  let choices = 0;
  let steps = 0;
  for (const a of alternatives) {
    const c = sequenceCost(a);
    min = Math.min(min, c.min);
    repetition += c.repetition;
    choices += c.choices;
    steps += c.steps;
  }
  return { min, repetition, choices, steps };
}

/** The limits that do not depend on syntax, applied to a tree however it was read. */
export function assessPatternTree(tree: PatternTree): { ok: true; cost: PatternCost } | { ok: false; problem: string } {
  const c = alternativesCost(tree.alternatives);
  // Each leaf of the backtracking tree ends with one more check.
  const cost: PatternCost = { minLength: c.min, repetition: c.repetition, choices: c.choices, steps: c.steps + c.choices };
  let tooBig = false;
  const visit = (terms: readonly PatternTerm[]): void => {
    for (const t of terms) {
      if (t.kind === 'repeat' && t.max > MAX_REPEAT) tooBig = true;
      if (t.kind === 'group') t.alternatives.forEach(visit);
    }
  };
  tree.alternatives.forEach(visit);
  if (tooBig) return { ok: false, problem: `repetition above ${MAX_REPEAT} is not allowed` };
  if (cost.steps > MAX_BACKTRACKING_STEPS) {
    return {
      ok: false,
      problem: `the pattern could backtrack through ${cost.choices} choices (${cost.steps} steps) at each position, above the limit of ${MAX_BACKTRACKING_STEPS}: variable counts such as {0,32} in a row multiply; use fixed counts like {8} or fewer variable ones`,
    };
  }
  if (cost.repetition > MAX_REPETITION_BUDGET) {
    return { ok: false, problem: `the counts add up to ${cost.repetition}, above the budget of ${MAX_REPETITION_BUDGET} for the whole pattern; use smaller upper bounds or split it into separate formats` };
  }
  if (cost.minLength === 0) return { ok: false, problem: 'the pattern can match empty text (everything in it is optional), so it would match anywhere; make at least one part required' };
  return { ok: true, cost };
}

/** Reads an admin pattern with the subset recogniser and applies the limits. */
export function analyzeSafePattern(pattern: string): PatternAnalysis {
  if (pattern.length === 0) return { ok: false, problem: 'the pattern is empty' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, problem: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  let tree: PatternTree;
  try {
    tree = new SubsetParser(pattern).parse();
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
  const assessed = assessPatternTree(tree);
  if (!assessed.ok) return assessed;
  try {
    new RegExp(pattern);
  } catch (e) {
    return { ok: false, problem: `not a valid regular expression: ${(e as Error).message}` };
  }
  return { ok: true, tree, cost: assessed.cost };
}

/** Why a pattern is refused, or undefined when it is inside the safe subset. */
export function checkSafePattern(pattern: string): string | undefined {
  const r = analyzeSafePattern(pattern);
  return r.ok ? undefined : r.problem;
}

/**
 * Compiles a checked admin pattern for scanning: case-insensitive and global.
 * The check runs again here, so nothing reaches `new RegExp` unchecked, the
 * on-send handler's cached policy included. The MRN detector only accepts
 * matches bounded by non-alphanumerics, so "E\d{7}" does not match inside a
 * longer code.
 */
export function compileOrgPattern(pattern: string): RegExp {
  const problem = checkSafePattern(pattern);
  if (problem) throw new Error(`unsafe MRN format: ${problem}`);
  return new RegExp(`(?:${pattern})`, 'gi');
}
