import { AST, RegExpParser } from '@eslint-community/regexpp';
import type { DetectorOptions, Signal } from '../detectors/detector';
import { analyzeField } from '../scan';
import { ORDINARY_BUSINESS_SUBJECTS } from './ordinary-subjects';
import { ParseResult, parsePolicy, parsePolicyJson } from './parse';
import { describeSyntaxError } from '../json-position';
import { Policy } from './schema';
import { defaultPolicy } from './defaults';
import { diffPolicy } from './diff';
import { ClassEscape, ClassItem, MAX_PATTERN_LENGTH, PatternAnalysis, PatternAtom, PatternTerm, PatternTree, analyzeSafePattern, assessPatternTree, compileOrgPattern, isUnsafeCharCode } from './safe-pattern';

/**
 * Checks for the people who write a policy: `phi-guard policy check` and the
 * settings pane. Not imported by the on-send handler (regexpp alone would add
 * about 52 KB to it); the handler runs the subset recogniser in
 * safe-pattern.ts, which must read every pattern exactly as regexpp does
 * (test/hardening/admin-patterns.test.ts).
 */

class Refused {
  constructor(readonly problem: string) {}
}
const refuse = (problem: string): never => {
  throw new Refused(problem);
};

/** Syntax characters (and / -) that may be written escaped; the same set as safe-pattern.ts. */
const ESCAPABLE = '^$\\.*+?()[]{}|/-';

function character(c: AST.Character, inClass: boolean): number {
  const raw = c.raw;
  if (raw.charAt(0) === '\\') {
    if (raw.length !== 2 || ESCAPABLE.indexOf(raw.charAt(1)) < 0) {
      if (/^\\[1-9]/.test(raw)) refuse('back-references are not allowed');
      refuse(`the escape ${raw} is not allowed; write the character itself, or escape only syntax characters such as \\. \\( \\[ \\{ \\- \\/`);
    }
  } else if (!inClass && (raw === ']' || raw === '{' || raw === '}')) refuse(`a lone ${raw} must be escaped: write \\${raw}`);
  else if (inClass && raw === '-') refuse('a - in a class that does not make a range a-z must be escaped: write \\-');
  else if (inClass && raw === '[') refuse('a [ inside a class must be escaped: write \\[');
  if (c.value > 0xffff || isUnsafeCharCode(c.value)) refuse('control characters, line separators and characters outside the Basic Multilingual Plane are not allowed');
  return c.value;
}

function escapeName(s: AST.EscapeCharacterSet): ClassEscape {
  const name = s.kind === 'digit' ? 'd' : s.kind === 'space' ? 's' : 'w';
  return (s.negate ? name.toUpperCase() : name) as ClassEscape;
}

function classItem(e: AST.CharacterClassElement): ClassItem {
  if (e.type === 'Character') return { kind: 'char', code: character(e, true) };
  if (e.type === 'CharacterClassRange') return { kind: 'range', from: character(e.min, true), to: character(e.max, true) };
  if (e.type === 'CharacterSet' && e.kind !== 'property') return { kind: 'escape', name: escapeName(e) };
  return refuse(`${e.raw} is not allowed inside a class`);
}

function atom(e: AST.Node): PatternAtom {
  if (e.type === 'Character') return { kind: 'char', code: character(e, false) };
  if (e.type === 'CharacterSet') {
    if (e.kind === 'any') return { kind: 'any' };
    if (e.kind === 'property') return refuse(`${e.raw.slice(0, 2)} escapes are not allowed; list the characters in [...]`);
    return { kind: 'escape', name: escapeName(e) };
  }
  if (e.type === 'CharacterClass') {
    if (e.unicodeSets) return refuse('set notation is not allowed');
    if (e.elements.length === 0) return refuse(e.negate ? '[^] matches every character, line breaks included; write . or list the characters' : 'an empty class [] matches no character; write \\] for a literal ]');
    return { kind: 'class', negate: e.negate, items: e.elements.map(classItem) };
  }
  return refuse(`${e.raw} is not allowed here`);
}

function element(e: AST.Element): PatternTerm {
  switch (e.type) {
    case 'Assertion':
      if (e.kind === 'start') return { kind: 'assertion', name: 'start' };
      if (e.kind === 'end') return { kind: 'assertion', name: 'end' };
      if (e.kind === 'word') return { kind: 'assertion', name: e.negate ? 'not-word' : 'word' };
      return refuse('look-aheads and look-behinds are not allowed; only non-capturing groups (?:...)');
    case 'Quantifier':
      if (e.element.type === 'Group' || e.element.type === 'CapturingGroup') return refuse('a repeated group can backtrack badly; repeat the characters inside it instead');
      if (e.element.type === 'Assertion') return refuse(`${e.element.raw} has nothing to repeat`);
      if (e.max === Infinity) return refuse('unbounded repetition (*, + or {m,}) is not allowed; use {m,n} with a small n');
      if (!e.greedy) return refuse('lazy quantifiers (??, {m,n}?) are not allowed');
      return { kind: 'repeat', atom: atom(e.element), min: e.min, max: e.max };
    case 'Group':
      if (e.modifiers) return refuse('modifiers (?i:...) are not allowed');
      return { kind: 'group', alternatives: e.alternatives.map(alternative) };
    case 'CapturingGroup':
      return refuse('only non-capturing groups (?:...) are allowed (no capture groups, look-arounds or modifiers)');
    case 'Backreference':
      return refuse('back-references are not allowed');
    default:
      return { kind: 'repeat', atom: atom(e), min: 1, max: 1 };
  }
}

function alternative(a: AST.Alternative): PatternTerm[] {
  if (a.elements.length === 0) refuse('an empty alternative (nothing before or after a |, or an empty group) matches empty text; remove it');
  return a.elements.map(element);
}

/**
 * Reads an admin pattern with regexpp, the ECMAScript parser ESLint uses, as
 * the handler's `new RegExp(pattern, 'gi')` reads it (Annex B, no u flag),
 * and maps its tree onto the safe subset, refusing anything outside it.
 */
export function readAdminPattern(pattern: string): PatternAnalysis {
  if (pattern.length === 0) return { ok: false, problem: 'the pattern is empty' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, problem: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ strict: false, ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: false, unicodeSets: false });
  } catch (e) {
    return { ok: false, problem: `not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')}` };
  }
  let tree: PatternTree;
  try {
    tree = { alternatives: ast.alternatives.map(alternative) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
  const assessed = assessPatternTree(tree);
  return assessed.ok ? { ok: true, tree, cost: assessed.cost } : assessed;
}

const hex = (c: number) => `\\u${('000' + c.toString(16)).slice(-4)}`;
function printItem(i: ClassItem): string {
  return i.kind === 'char' ? hex(i.code) : i.kind === 'range' ? `${hex(i.from)}-${hex(i.to)}` : `\\${i.name}`;
}
function printAtom(a: PatternAtom): string {
  if (a.kind === 'char') return hex(a.code);
  if (a.kind === 'any') return '.';
  if (a.kind === 'escape') return `\\${a.name}`;
  return `[${a.negate ? '^' : ''}${a.items.map(printItem).join('')}]`;
}
function printTerms(terms: readonly PatternTerm[]): string {
  return terms
    .map((t) => {
      if (t.kind === 'assertion') return { start: '^', end: '$', word: '\\b', 'not-word': '\\B' }[t.name];
      if (t.kind === 'group') return `(?:${t.alternatives.map(printTerms).join('|')})`;
      return `${printAtom(t.atom)}{${t.min},${t.max}}`;
    })
    .join('');
}
/** A pattern tree in one canonical spelling: two trees are the same pattern when they print the same. */
export function printPatternTree(tree: PatternTree): string {
  return tree.alternatives.map(printTerms).join('|');
}

/**
 * The authoring check of an admin pattern: regexpp's reading must be inside
 * the subset, and the on-send recogniser must accept it and read the same
 * tree (so what passes here passes in the handler, and means the same).
 */
export function checkAdminPattern(pattern: string): string | undefined {
  const full = readAdminPattern(pattern);
  if (!full.ok) return full.problem;
  const small = analyzeSafePattern(pattern);
  if (!small.ok) return `${small.problem} (refused by the on-send check)`;
  if (printPatternTree(full.tree) !== printPatternTree(small.tree)) return 'the on-send check reads this pattern differently from JavaScript; write it more plainly (and please report it)';
  return undefined;
}

export interface PatternBreadth {
  /** How many of the built-in ordinary business subjects the pattern would flag. */
  flagged: number;
  total: number;
  /** flagged / total. */
  share: number;
  /** Up to three of the flagged subjects (fictitious, built in). */
  examples: string[];
}

const OPTIONS: Omit<DetectorOptions, 'mrnFormats'> = { extraKeywords: {}, extraHealthTerms: [], allowTerms: [], personalDomains: [] };
const breadthCache = new Map<string, PatternBreadth>();

/**
 * The share of a built-in sample of ordinary business subjects (purchase
 * orders, invoices, tickets, phone numbers, dates) that an MRN pattern would
 * flag, found by the MRN detector itself. A pattern as broad as \d{8}
 * matches purchase orders: it is allowed, with this as a warning.
 * Undefined for a pattern the policy refuses.
 */
export function patternBreadth(pattern: string): PatternBreadth | undefined {
  if (checkAdminPattern(pattern) !== undefined) return undefined;
  const cached = breadthCache.get(pattern);
  if (cached) return cached;
  const options: DetectorOptions = { ...OPTIONS, mrnFormats: [{ name: 'breadth', regex: compileOrgPattern(pattern) }] };
  const isOrgFormat = (s: Signal) => s.detectorId === 'mrn' && s.messageId === 'orgFormat';
  const flaggedSubjects = ORDINARY_BUSINESS_SUBJECTS.filter((subject) => analyzeField(subject, 'subject', options).signals.some(isOrgFormat));
  const total = ORDINARY_BUSINESS_SUBJECTS.length;
  const result = { flagged: flaggedSubjects.length, total, share: flaggedSubjects.length / total, examples: flaggedSubjects.slice(0, 3) };
  if (breadthCache.size > 50) breadthCache.clear();
  breadthCache.set(pattern, result);
  return result;
}

/** "flags 12 of 202 ordinary business subjects (5.9%)". */
export function describeBreadth(b: PatternBreadth): string {
  const pct = (b.share * 100).toFixed(1).replace(/\.0$/, '');
  return `flags ${b.flagged} of ${b.total} ordinary business subjects (${pct}%)`;
}

export interface PolicyNote {
  /** Dotted path, e.g. "org.mrnFormats.0.pattern". */
  path: string;
  /** Warnings call for a look; notes are information. */
  level: 'warning' | 'note';
  message: string;
}

/** The name of the built-in default policy (policy files that leave out `name` get it too). */
export const DEFAULT_POLICY_NAME = defaultPolicy().name ?? '';

/** What `policy` changes against the default, leaving out its name and revision. */
export function customChanges(policy: Policy): number {
  return diffPolicy(defaultPolicy(), policy).filter((c) => c.path !== 'name' && c.path !== 'revision').length;
}

/**
 * A policy that differs from the default but is still called by the default's
 * name (or by none, which a file gets from the default): the x-phi-guard
 * header, message trace and the generated Exchange rules would call it the default.
 */
export function keepsDefaultName(policy: Policy): boolean {
  const name = (policy.name ?? '').trim();
  return (name === '' || name === DEFAULT_POLICY_NAME) && customChanges(policy) > 0;
}

/** What `policy check` and the settings pane say about a valid policy besides its changes: its name, each MRN format's breadth. */
export function policyNotes(policy: Policy): PolicyNote[] {
  const out: PolicyNote[] = [];
  if (keepsDefaultName(policy)) {
    out.push({ path: 'name', level: 'warning', message: `("${policy.name ?? ''}") is the default policy's name, but this policy differs from the default: the x-phi-guard header, message trace and the Exchange rules would call it the default. Give it a name of its own with a date or version ("Northwind 2026-11")` });
  }
  policy.org.mrnFormats.forEach((f, i) => {
    const b = patternBreadth(f.pattern);
    if (!b) return;
    const what = `("${f.name}") ${describeBreadth(b)}`;
    if (b.flagged === 0) out.push({ path: `org.mrnFormats.${i}.pattern`, level: 'note', message: what });
    else out.push({ path: `org.mrnFormats.${i}.pattern`, level: 'warning', message: `${what}, for example "${b.examples[0]}": it would block ordinary mail; make it more specific (a prefix such as NW, a fixed length)` });
  });
  return out;
}

/** parsePolicy with the authoring check of every MRN pattern (regexpp and the on-send recogniser). */
export function parsePolicyForAuthoring(input: unknown): ParseResult {
  return parsePolicy(input, checkAdminPattern);
}

/** parsePolicyJson with the authoring check of every MRN pattern; a syntax error says where it is. */
export function parsePolicyJsonForAuthoring(text: string): ParseResult {
  return parsePolicyJson(text, checkAdminPattern, describeSyntaxError);
}
