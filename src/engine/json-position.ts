/**
 * Where JSON text stops being valid, without quoting it. `JSON.parse` errors
 * quote the text around the mistake ("Unexpected token 'J', ..."subject": Jane
 * Doe M"..."), which in a message file is the very text PHI Guard keeps off
 * screens and logs; and they do not always give a position. This scanner
 * follows RFC 8259 and reports the offset of the first character that cannot
 * continue a valid document, and what was expected there.
 */
export interface JsonSyntaxError {
  /** UTF-16 offset into the text. */
  offset: number;
  /** What the grammar expected at that point, in words (never the text found). */
  expected: string;
}

const WS = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const DIGIT = (c: number): boolean => c >= 0x30 && c <= 0x39;
const HEX = (c: number): boolean => DIGIT(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

class Fail {
  constructor(readonly offset: number, readonly expected: string) {}
}

/** The first syntax error in `text`, or undefined when it is one valid JSON value. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const skip = (): void => {
    while (i < n && WS(text.charCodeAt(i))) i++;
  };
  const fail = (expected: string): never => {
    throw new Fail(i, expected);
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++, i++) if (text.charCodeAt(i) !== word.charCodeAt(k)) fail(`"${word}"`);
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('a closing quote');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('an escaped control character');
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!HEX(text.charCodeAt(i + k))) fail('a \\u escape with four hex digits');
          i += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) i += 2;
        else fail('a valid escape');
        continue;
      }
      i++;
    }
  };
  const number = (): void => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (DIGIT(text.charCodeAt(i))) while (DIGIT(text.charCodeAt(i))) i++;
    else fail('a digit');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!DIGIT(text.charCodeAt(i))) fail('a digit');
      while (DIGIT(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!DIGIT(text.charCodeAt(i))) fail('a digit');
      while (DIGIT(text.charCodeAt(i))) i++;
    }
  };
  const member = (): void => {
    skip();
    if (text.charCodeAt(i) !== 0x22) fail('a property name in double quotes');
    string();
    skip();
    if (text.charCodeAt(i) !== 0x3a) fail('":"');
    i++;
  };
  // A loop with an explicit stack of open containers: deep nesting cannot overflow the call stack.
  const stack: number[] = [];
  try {
    let needValue = true;
    for (;;) {
      if (needValue) {
        skip();
        if (i >= n) fail('a value');
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
          i++;
          skip();
          if (text.charCodeAt(i) === (c === 0x7b ? 0x7d : 0x5d)) {
            i++;
          } else {
            stack.push(c);
            if (c === 0x7b) member();
            continue;
          }
        } else if (c === 0x22) string();
        else if (c === 0x2d || DIGIT(c)) number();
        else if (c === 0x74) literal('true');
        else if (c === 0x66) literal('false');
        else if (c === 0x6e) literal('null');
        else fail('a value');
        needValue = false;
      }
      if (stack.length === 0) break;
      // After a value inside a container: a comma and the next member or element, or the end of it.
      const top = stack[stack.length - 1];
      skip();
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        if (top === 0x7b) member();
        needValue = true;
      } else if (c === (top === 0x7b ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
      } else fail(top === 0x7b ? '"," or "}"' : '"," or "]"');
    }
    skip();
    if (i < n) fail('the end of the value');
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, expected: e.expected };
    throw e;
  }
}

/** 1-based line and column of a UTF-16 offset ("\n" ends a line; a "\r" before it is part of it). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** "not valid JSON at line 3, column 10 (expected a value)": where, and what was expected, never the text. */
export function describeSyntaxError(text: string): string {
  const e = jsonSyntaxError(text);
  const at = e ? lineColumn(text, e.offset) : undefined;
  return at && e ? `not valid JSON at line ${at.line}, column ${at.column} (expected ${e.expected})` : 'not valid JSON';
}
