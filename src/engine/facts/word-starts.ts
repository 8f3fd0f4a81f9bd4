import type { FieldContext } from '../detectors/detector';

/**
 * Where a keyword may start in a text: its first one and two characters, in lower case, at every place not right
 * after an ASCII letter (in a script written without spaces that is every place). The keyword detectors match a
 * keyword only after a character that is no letter (bounded(..., ALNUM) or bounded(..., LETTER)), so a detector whose keywords start with none of these cannot
 * match, and need not compile and run its regular expression: most fields name no identifier, and the handler's
 * cold first send compiles some sixty such expressions otherwise. Computed once per field and text.
 */
export interface WordStarts {
  /** Character codes, and pairs of them as first * 65536 + second (numbers: no string is made per place). */
  readonly one: ReadonlySet<number>;
  readonly two: ReadonlySet<number>;
}

const A = 97;
const Z = 122;

export function wordStartsOf(ctx: FieldContext, which: 'normalized' | 'folded'): WordStarts {
  const memo = (ctx.memo.wordStarts ??= {});
  const done = memo[which];
  if (done) return done;
  const text = loweredOf(ctx, which);
  const one = new Set<number>();
  const two = new Set<number>();
  let before = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (before < A || before > Z) {
      one.add(c);
      if (i + 1 < text.length) two.add(c * 65536 + text.charCodeAt(i + 1));
    }
    before = c;
  }
  return (memo[which] = { one, two });
}

/**
 * The literal opening of keywords written as regular-expression sources: up to two characters before any pattern
 * syntax, in lower case ("mrn" -> "mr", "s[eé]curit" -> "s"). Undefined when a keyword opens with a pattern, or an
 * alternation may match with no keyword at all: then no place can be ruled out.
 */
export function keywordOpenings(sources: readonly string[]): readonly string[] | undefined {
  const out = new Set<string>();
  for (const s of sources) {
    const m = /^[^\\[\](){}|?*+.^$\s]{1,2}/.exec(s);
    // A one-character keyword, or a quantifier right after the second character ("ab?c"), leaves one character.
    const literal = m === null ? '' : /^[?*{]/.test(s.slice(m[0].length)) ? m[0].slice(0, -1) : m[0];
    if (literal === '') return undefined;
    out.add(literal.toLowerCase());
  }
  return [...out];
}

/** A keyword of `openings` may start somewhere in the text. */
export function mayOpenWith(starts: WordStarts, openings: readonly string[] | undefined): boolean {
  return openings === undefined || openings.some((o) => (o.length === 1 ? starts.one.has(o.charCodeAt(0)) : starts.two.has(o.charCodeAt(0) * 65536 + o.charCodeAt(1))));
}

/** The field's text in lower case, once per field and text. */
function loweredOf(ctx: FieldContext, which: 'normalized' | 'folded'): string {
  const memo = (ctx.memo.lowered ??= {});
  return (memo[which] ??= ctx.text[which].text.toLowerCase());
}

/**
 * The letters every match of each keyword must hold: its runs of ASCII letters and digits outside any group or
 * class and not made optional by a quantifier ("health[\\s._-]*card" -> health, card; "chi[\\s._-]*(?:no|nr)" -> chi;
 * "mr[\\s._-]*#" -> mr). A detector whose keywords each need a run the field lacks cannot match there, though a word
 * may open as a keyword does ("northwind-health.org" opens as "health card" does, and holds no "card"). Undefined
 * when some keyword holds no such run (or an alternation at its top): then no field can be ruled out.
 */
export function keywordLiterals(sources: readonly string[]): readonly (readonly string[])[] | undefined {
  const out: string[][] = [];
  for (const s of sources) {
    const runs = requiredRuns(s);
    if (runs === undefined || runs.length === 0) return undefined;
    out.push(runs);
  }
  return out;
}

/** Some keyword of `literals` has every one of its runs in the field's text. */
export function mayContain(ctx: FieldContext, which: 'normalized' | 'folded', literals: readonly (readonly string[])[] | undefined): boolean {
  return literals === undefined || holdsLiterals(loweredOf(ctx, which), literals);
}

/** The same test on a text already in lower case. */
export function holdsLiterals(lowered: string, literals: readonly (readonly string[])[] | undefined): boolean {
  return literals === undefined || literals.some((runs) => runs.every((r) => lowered.includes(r)));
}

const PLAIN = /^[a-z0-9]$/i;

/** The required runs of one keyword's source, or undefined where its top level alternates. */
function requiredRuns(source: string): string[] | undefined {
  const runs: string[] = [];
  let run = '';
  const end = (): void => {
    if (run !== '') runs.push(run.toLowerCase());
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '|') return undefined;
    if (PLAIN.test(c)) {
      const q = source[i + 1];
      // "ab?c": the "b" may be absent; "ab+": "b" at least once, the run ends after it.
      if (q === '?' || q === '*' || q === '{') {
        end();
        i = afterQuantifier(source, i + 1);
        continue;
      }
      run += c;
      i++;
      if (q === '+') {
        end();
        i = afterQuantifier(source, i);
      }
      continue;
    }
    end();
    if (c === '\\') i = afterQuantifier(source, i + (source[i + 1] === 'u' ? 6 : source[i + 1] === 'x' ? 4 : 2));
    else if (c === '[') i = afterQuantifier(source, closing(source, i, '[', ']') + 1);
    else if (c === '(') i = afterQuantifier(source, closing(source, i, '(', ')') + 1);
    else i = afterQuantifier(source, i + 1);
  }
  end();
  return runs;
}

/** The index of the bracket closing the one at `from` (nested groups, escapes and classes inside skipped). */
function closing(source: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (open === '(' && c === '[') {
      i = closing(source, i, '[', ']');
      continue;
    }
    if (c === open && (open === '(' || i === from)) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return source.length;
}

/** Past a quantifier at `i` ("?", "*", "+", "{m,n}", each perhaps lazy), or `i` itself when there is none. */
function afterQuantifier(source: string, i: number): number {
  let k = i;
  if (source[k] === '?' || source[k] === '*' || source[k] === '+') k++;
  else if (source[k] === '{') k = source.indexOf('}', k) + 1 || source.length;
  if (k > i && source[k] === '?') k++;
  return k;
}
