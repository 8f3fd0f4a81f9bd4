/**
 * Exchange mail flow rule patterns. Exchange Online does not run .NET or
 * JavaScript regular expressions in transport rules; it accepts a small
 * subset: literal characters, \d \D \w \W \s \S, `|`, `*`, `( )`, `^`, `$`
 * and a backslash before a special character. No character classes, no
 * `+`, `?`, `{m,n}`, `.`, look-arounds or word boundaries. Microsoft documents
 * a limit of 8 KB per rule and 20 KB for all pattern text in the tenant; it
 * documents no limit per pattern, so PHI Guard keeps each pattern within
 * MAX_EXCHANGE_PATTERN characters to leave room for the organisation's own rules.
 */
export const MAX_EXCHANGE_PATTERN = 255;
export const MAX_RULE_CHARS = 8192;
export const MAX_TENANT_PATTERN_CHARS = 20480;

const SPECIAL = '\\()|*^$.+?[]{}';
const ESCAPES = 'dDwWsS';

export class ExchangePatternError extends Error {}

/** Undefined when `p` is inside Exchange's subset, else what is not. */
export function checkExchangeSubset(p: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const e = p[i + 1];
      if (e === undefined) return 'ends with a lone backslash';
      if (!ESCAPES.includes(e) && !SPECIAL.includes(e) && !'-#:/ '.includes(e)) return `\\${e} is not an Exchange escape`;
      i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return 'unbalanced )';
    } else if ('.+?[]{}'.includes(c)) return `"${c}" is not in Exchange's pattern syntax`;
  }
  if (depth !== 0) return 'unbalanced (';
  if (p.length > MAX_EXCHANGE_PATTERN) return `${p.length} characters, more than ${MAX_EXCHANGE_PATTERN}`;
  return undefined;
}

/**
 * A JavaScript RegExp that matches as Exchange does: case-insensitive, \w as a
 * Unicode letter or decimal digit (so "_" is \W, as in file names), \d as any
 * decimal digit. Refuses anything outside the subset, so tests run exactly
 * what Exchange would be given.
 */
export function exchangeToRegExp(p: string): RegExp {
  const problem = checkExchangeSubset(p);
  if (problem) throw new ExchangePatternError(problem);
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const e = p[++i];
      out += e === 'w' ? '[\\p{L}\\p{Nd}]' : e === 'W' ? '[^\\p{L}\\p{Nd}]' : e === 'd' ? '\\p{Nd}' : e === 'D' ? '\\P{Nd}' : e === 's' || e === 'S' ? `\\${e}` : `\\${e}`.replace(/^\\([-#:/ ])$/, '$1');
    } else out += c;
  }
  return new RegExp(out, 'iu');
}

// ---- translation of the engine's safe MRN-format subset ----

type Atom =
  | { kind: 'lit'; c: string }
  | { kind: 'esc'; e: string }
  | { kind: 'dot' }
  | { kind: 'class'; items: string[]; negated: boolean }
  | { kind: 'group'; alts: Item[][] }
  | { kind: 'anchor'; a: string };
interface Item {
  atom: Atom;
  min: number;
  max: number;
}

function parse(p: string): Item[][] {
  let i = 0;
  const alternation = (): Item[][] => {
    const alts: Item[][] = [[]];
    while (i < p.length && p[i] !== ')') {
      if (p[i] === '|') {
        alts.push([]);
        i++;
        continue;
      }
      const atom = atomAt();
      let min = 1;
      let max = 1;
      if (p[i] === '?') {
        min = 0;
        i++;
      } else if (p[i] === '{') {
        const m = /^\{(\d+)(?:,(\d+))?\}/.exec(p.slice(i));
        if (!m) throw new ExchangePatternError('a repetition without bounds');
        min = Number(m[1]);
        max = m[2] === undefined ? min : Number(m[2]);
        i += m[0].length;
      }
      alts[alts.length - 1].push({ atom, min, max });
    }
    return alts;
  };
  const atomAt = (): Atom => {
    const c = p[i++];
    if (c === '\\') return { kind: 'esc', e: p[i++] };
    if (c === '.') return { kind: 'dot' };
    if (c === '^' || c === '$') return { kind: 'anchor', a: c };
    if (c === '(') {
      if (p.slice(i, i + 2) === '?:') i += 2;
      const alts = alternation();
      i++; // )
      return { kind: 'group', alts };
    }
    if (c === '[') {
      const negated = p[i] === '^';
      if (negated) i++;
      const items: string[] = [];
      while (i < p.length && p[i] !== ']') {
        if (p[i] === '\\') {
          items.push(`\\${p[i + 1]}`);
          i += 2;
        } else if (p[i + 1] === '-' && p[i + 2] !== undefined && p[i + 2] !== ']') {
          for (let code = p.charCodeAt(i); code <= p.charCodeAt(i + 2); code++) items.push(String.fromCharCode(code));
          i += 3;
        } else items.push(p[i++]);
      }
      i++; // ]
      return { kind: 'class', items, negated };
    }
    return { kind: 'lit', c };
  };
  const alts = alternation();
  if (i < p.length) throw new ExchangePatternError('unbalanced )');
  return alts;
}

const lit = (c: string): string => (SPECIAL.includes(c) ? `\\${c}` : c);

function emitAtom(a: Atom): string {
  switch (a.kind) {
    case 'lit':
      return lit(a.c);
    case 'esc':
      if (ESCAPES.includes(a.e)) return `\\${a.e}`;
      if (a.e === 'b' || a.e === 'B') throw new ExchangePatternError('word boundaries (\\b) have no equivalent in Exchange patterns');
      return lit(a.e);
    case 'dot':
      return '(\\S|\\s)';
    case 'anchor':
      return a.a;
    case 'group':
      return `(${a.alts.map(emitSeq).join('|')})`;
    case 'class': {
      if (a.negated) throw new ExchangePatternError('negated character classes ([^...]) have no equivalent in Exchange patterns');
      const set = [...new Set(a.items)];
      const digits = '0123456789'.split('');
      const hasAllDigits = digits.every((d) => set.includes(d));
      const rest = hasAllDigits ? set.filter((c) => !digits.includes(c)) : set;
      // Exchange matches without regard to case: [A-Za-z] needs one case only.
      const letters = [...new Set(rest.map((c) => (c.length === 1 ? c.toLowerCase() : c)))];
      const parts = [...(hasAllDigits ? ['\\d'] : []), ...letters.map((c) => (c.length === 1 ? lit(c) : c))];
      if (parts.length > 40) throw new ExchangePatternError(`a character class of ${parts.length} characters is too long to spell out`);
      return parts.length === 1 ? parts[0] : `(${parts.join('|')})`;
    }
  }
}

/** A sequence; an optional item ("-?", "{0,2}") joins its neighbour, because Exchange has no "?" and no empty alternative. */
function emitSeq(items: Item[]): string {
  const out: string[] = [];
  let pendingOptional: string[] | undefined;
  for (const item of items) {
    const unit = emitAtom(item.atom);
    const forms: string[] = [];
    for (let k = Math.max(item.max, 1); k >= Math.max(item.min, 1); k--) forms.push(unit.repeat(k));
    if (item.min === 0) {
      if (out.length > 0) {
        const prev = out.pop()!;
        out.push(`(${[...forms.map((f) => prev + f), prev].join('|')})`);
      } else if (pendingOptional) throw new ExchangePatternError('two optional parts in a row at the start');
      else pendingOptional = forms;
      continue;
    }
    let text = forms.length === 1 ? forms[0] : `(${forms.join('|')})`;
    if (pendingOptional) {
      text = `(${[...pendingOptional.map((f) => f + text), text].join('|')})`;
      pendingOptional = undefined;
    }
    out.push(text);
  }
  if (pendingOptional) throw new ExchangePatternError('a pattern that can match nothing');
  return out.join('');
}

/**
 * Translates an organisation MRN format (already inside the engine's safe
 * subset) into Exchange's syntax, or throws ExchangePatternError saying why
 * it cannot be expressed.
 */
export function translateSafePattern(pattern: string): string {
  // A \b at either end says what the (^|\W) ... (\W|$) wrapping below says anyway.
  let core = pattern;
  if (core.startsWith('\\b')) core = core.slice(2);
  if (core.endsWith('\\b') && !core.endsWith('\\\\b')) core = core.slice(0, -2);
  const alts = parse(core);
  const body = alts.length === 1 ? emitSeq(alts[0]) : `(${alts.map(emitSeq).join('|')})`;
  // Not inside a longer word or number: "(^|\W)" and "(\W|$)" stand in for look-arounds.
  const anchoredStart = body.startsWith('^');
  const anchoredEnd = body.endsWith('$') && !body.endsWith('\\$');
  const result = `${anchoredStart ? '' : '(^|\\W)'}${body}${anchoredEnd ? '' : '(\\W|$)'}`;
  const problem = checkExchangeSubset(result);
  if (problem) throw new ExchangePatternError(`translated, it is ${problem}`);
  return result;
}

// ---- the engine's keyword-anchored identifiers ----

/** Separators people put between the words of a keyword and before the number. */
const WORD_GAP = '(\\s|_|-|\\.)*';
// Separators and the filler words the engine allows ("member ID card #", "MRN no.").
const VALUE_GAP = '(\\s|_|-|\\.|:|#|=|no|num|nbr|number|id|card|is)*';
const MARKER = '(#|no|num|number|id)';

function keywordText(k: string): string {
  return k
    .split(' ')
    .map((w) => w.split('').map(lit).join(''))
    .join(WORD_GAP);
}

/**
 * Patterns for a keyword-anchored identifier: a keyword (or a keyword that
 * needs "#", "no" or "id" after it), separators, then at least `minDigits`
 * digits. Split into as many patterns as the length limit needs.
 */
export function keywordPatterns(keywords: readonly string[], needingMarker: readonly string[], minDigits: number, exactDigits = false): string[] {
  // The value as the engine reads it: an optional letter prefix ("KMH", "SDA", "V"), then at least
  // minDigits digits with at most one dash after the fourth ("7730-4412", "16940239-04").
  const value = minDigits > 4 && !exactDigits ? `\\w*\\d\\d\\d\\d(\\d|-\\d)${'\\d'.repeat(minDigits - 5)}` : '\\d'.repeat(minDigits);
  const alternatives = [...keywords.map(keywordText), ...needingMarker.map((k) => `${keywordText(k)}${WORD_GAP}${MARKER}`)];
  const wrap = (alts: string[]) => `(^|\\W)(${alts.join('|')})${VALUE_GAP}${value}`;
  const out: string[] = [];
  let current: string[] = [];
  for (const a of alternatives) {
    if (current.length && wrap([...current, a]).length > MAX_EXCHANGE_PATTERN) {
      out.push(wrap(current));
      current = [];
    }
    current.push(a);
  }
  if (current.length) out.push(wrap(current));
  for (const p of out) {
    const problem = checkExchangeSubset(p);
    if (problem) throw new ExchangePatternError(`keyword pattern ${problem}`);
  }
  return out;
}

// ---- identifiers defined by their format ----

const MBI_LETTER = '(a|c|d|e|f|g|h|j|k|m|n|p|q|r|t|u|v|w|x|y)';

/** SSN written with separators (SSA's area and group rules cannot be expressed; the add-in checks them). */
export const SSN_DELIMITED = '(^|\\W)\\d\\d\\d(-|\\s|\\.)\\d\\d(-|\\s|\\.)\\d\\d\\d\\d(\\W|$)';
/** Medicare Beneficiary Identifier, CMS layout: C A AN N A AN N A A N N (letters without S L O I B Z), plain or dashed 4-3-4. */
export const MBI_PLAIN = `(^|\\W)\\d${MBI_LETTER}\\w\\d${MBI_LETTER}\\w\\d${MBI_LETTER}${MBI_LETTER}\\d\\d(\\W|$)`;
export const MBI_DASHED = `(^|\\W)\\d${MBI_LETTER}\\w\\d-${MBI_LETTER}\\w\\d-${MBI_LETTER}${MBI_LETTER}\\d\\d(\\W|$)`;
