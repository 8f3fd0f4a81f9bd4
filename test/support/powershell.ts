/**
 * Just enough of PowerShell's tokenizer to check a generated script: where its
 * strings begin and end, what they contain, and what is code or comment.
 *
 * Faithful to PowerShell where it matters for injection (Tokenizer.cs in
 * PowerShell/PowerShell): a single-quoted string ends at any of ' U+2018 U+2019
 * U+201A U+201B unless the next character is also one of them (then the pair is
 * one literal quote, the second character); double-quoted strings end at " U+201C
 * U+201D U+201E, with ` escapes and doubled quotes; # starts a comment running to
 * the end of the line (CR or LF); <# ... #> is a block comment; @' and @" at a
 * line end open here-strings (the generator never writes them, so they are
 * reported as errors). Expressions of the form ('lit' + [char]0xNNNN + 'lit')
 * are folded into one string value, since that is how the exporter writes
 * characters outside printable ASCII.
 */
export const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
export const DOUBLE_QUOTES = '"\u201C\u201D\u201E';

export type PsToken =
  | { kind: 'string'; value: string }
  | { kind: 'expandable'; raw: string }
  | { kind: 'comment'; text: string }
  | { kind: 'newline' }
  | { kind: 'code'; text: string };

const PUNCT = '(){}[],;=+@';

export function tokenize(script: string): PsToken[] {
  const out: PsToken[] = [];
  let i = 0;
  const n = script.length;
  let code = '';
  const flush = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  while (i < n) {
    const c = script[i];
    if (SINGLE_QUOTES.includes(c)) {
      flush();
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated single-quoted string');
        const ch = script[i];
        if (SINGLE_QUOTES.includes(ch)) {
          if (i + 1 < n && SINGLE_QUOTES.includes(script[i + 1])) {
            value += script[i + 1];
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      out.push({ kind: 'string', value });
    } else if (DOUBLE_QUOTES.includes(c)) {
      flush();
      const start = i;
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated double-quoted string');
        const ch = script[i];
        if (ch === '`') {
          i += 2;
          continue;
        }
        if (DOUBLE_QUOTES.includes(ch)) {
          if (i + 1 < n && DOUBLE_QUOTES.includes(script[i + 1])) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      out.push({ kind: 'expandable', raw: script.slice(start, i) });
    } else if (c === '<' && script[i + 1] === '#') {
      flush();
      const end = script.indexOf('#>', i + 2);
      if (end < 0) throw new Error('unterminated block comment');
      out.push({ kind: 'comment', text: script.slice(i, end + 2) });
      i = end + 2;
    } else if (c === '#') {
      flush();
      let end = i;
      while (end < n && script[end] !== '\n' && script[end] !== '\r') end++;
      out.push({ kind: 'comment', text: script.slice(i, end) });
      i = end;
    } else if (c === '\n' || c === '\r') {
      flush();
      out.push({ kind: 'newline' });
      i += c === '\r' && script[i + 1] === '\n' ? 2 : 1;
    } else if (c === '@' && (SINGLE_QUOTES.includes(script[i + 1]) || DOUBLE_QUOTES.includes(script[i + 1])) && /^[ \t]*[\r\n]/.test(script.slice(i + 2))) {
      throw new Error(`here-string at ${i}`);
    } else if (c === ' ' || c === '\t') {
      flush();
      i++;
    } else if (c === '`') {
      throw new Error(`backtick escape outside a string at ${i}`);
    } else if (PUNCT.includes(c) && !(c === '[' && /^\[char\]0x[0-9A-F]{4}/i.test(script.slice(i)))) {
      flush();
      out.push({ kind: 'code', text: c });
      i++;
    } else if (c === '[') {
      flush();
      const m = /^\[char\]0x[0-9A-F]{4}/i.exec(script.slice(i))!;
      out.push({ kind: 'code', text: m[0] });
      i += m[0].length;
    } else {
      code += c;
      i++;
    }
  }
  flush();
  return foldStringExpressions(out);
}

const CHAR = /^\[char\]0x([0-9A-F]{4})$/i;

/** ('a' + [char]0x2019 + 'b') becomes one string token 'a\u2019b'. Anything else is left as it is. */
function foldStringExpressions(tokens: PsToken[]): PsToken[] {
  const out: PsToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'code' && t.text === '(' && tokens[i + 1]?.kind === 'string') {
      let value = (tokens[i + 1] as { value: string }).value;
      let j = i + 2;
      let ok = false;
      for (;;) {
        const op = tokens[j];
        if (op?.kind === 'code' && op.text === ')') {
          ok = j > i + 2;
          break;
        }
        if (!(op?.kind === 'code' && op.text === '+')) break;
        const operand = tokens[j + 1];
        if (operand?.kind === 'string') value += operand.value;
        else if (operand?.kind === 'code' && CHAR.test(operand.text)) value += String.fromCharCode(parseInt(CHAR.exec(operand.text)![1], 16));
        else break;
        j += 2;
      }
      if (ok) {
        out.push({ kind: 'string', value });
        i = j;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** The script's shape: code, comments and expandable strings as written, every string value as <str>. */
export function skeleton(tokens: PsToken[]): string[] {
  return tokens.map((t) => (t.kind === 'string' ? '<str>' : t.kind === 'newline' ? '\n' : t.kind === 'code' ? t.text : t.kind === 'comment' ? t.text : t.raw));
}

export const stringValues = (tokens: PsToken[]): string[] => tokens.flatMap((t) => (t.kind === 'string' ? [t.value] : []));
export const comments = (tokens: PsToken[]): string[] => tokens.flatMap((t) => (t.kind === 'comment' ? [t.text] : []));
