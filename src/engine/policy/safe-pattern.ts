/**
 * Organisation MRN formats are regular expressions typed by an administrator
 * and run on every send. A pattern with nested or unbounded repetition can
 * take exponential time on a crafted subject (ReDoS) and hang the send. So
 * admin patterns must stay inside a subset whose cost per start position is
 * a small constant:
 *
 * - literals, escapes (\d \D \w \W \s \S \b \B, escaped punctuation), `.`,
 *   character classes `[...]`, and the anchors `^` `$`;
 * - quantifiers `?`, `{n}` and `{m,n}` with n <= 32 (no `*`, `+` or `{m,}`);
 * - non-capturing groups `(?:...)` and alternation `|` only without a
 *   quantifier on the group;
 * - at most 200 characters.
 *
 * That is enough for every MRN format we have seen ("E\d{7}", "[A-Z]{2}\d{6,8}",
 * "MR-?\d{8}") and it also translates to Exchange's pattern subset.
 */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_REPEAT = 32;

export function checkSafePattern(pattern: string): string | undefined {
  if (pattern.length === 0) return 'the pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let depth = 0;
  let i = 0;
  let prevAtom: 'none' | 'atom' | 'group' | 'quantified' = 'none';
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === undefined) return 'the pattern ends with a lone backslash';
      if (/[1-9k]/.test(e)) return 'back-references are not allowed';
      if (/[pPux]/.test(e)) return `\\${e} escapes are not allowed; list the characters in [...]`;
      i += 2;
      prevAtom = 'atom';
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      if (j >= pattern.length) return 'a character class [ is not closed';
      i = j + 1;
      prevAtom = 'atom';
      continue;
    }
    if (c === '(') {
      if (pattern.slice(i, i + 3) !== '(?:') return 'only non-capturing groups (?:...) are allowed (no look-arounds or capture groups)';
      depth++;
      i += 3;
      prevAtom = 'none';
      continue;
    }
    if (c === ')') {
      if (depth === 0) return 'a ) has no matching (';
      depth--;
      i++;
      prevAtom = 'group';
      continue;
    }
    if (c === '*' || c === '+') return `unbounded repetition "${c}" is not allowed; use {m,n} with n at most ${MAX_REPEAT}`;
    if (c === '?' || c === '{') {
      if (prevAtom === 'none') return `the quantifier at position ${i + 1} has nothing to repeat`;
      if (prevAtom === 'group') return 'a repeated group can backtrack badly; repeat the characters inside it instead';
      if (prevAtom === 'quantified') return 'a quantifier cannot follow another quantifier';
      if (c === '{') {
        const m = /^\{(\d{1,3})(?:,(\d{1,3}))?\}/.exec(pattern.slice(i));
        if (!m) return `a {m,n} quantifier at position ${i + 1} is malformed or unbounded`;
        const hi = Number(m[2] ?? m[1]);
        if (hi > MAX_REPEAT) return `repetition above ${MAX_REPEAT} is not allowed`;
        if (m[2] !== undefined && Number(m[2]) < Number(m[1])) return 'in {m,n}, n must not be smaller than m';
        i += m[0].length;
      } else i++;
      prevAtom = 'quantified';
      continue;
    }
    i++;
    prevAtom = c === '|' || c === '^' || c === '$' ? 'none' : 'atom';
  }
  if (depth !== 0) return 'a ( is not closed';
  try {
    new RegExp(pattern);
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * Compiles a checked admin pattern for scanning: case-insensitive and global.
 * The MRN detector only accepts matches bounded by non-alphanumerics, so
 * "E\d{7}" does not match inside a longer code.
 */
export function compileOrgPattern(pattern: string): RegExp {
  const problem = checkSafePattern(pattern);
  if (problem) throw new Error(`unsafe MRN format: ${problem}`);
  return new RegExp(`(?:${pattern})`, 'gi');
}
