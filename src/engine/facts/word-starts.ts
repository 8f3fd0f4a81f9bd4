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
  const text = ctx.text[which].text.toLowerCase();
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
