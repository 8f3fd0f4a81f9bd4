/**
 * Front-coded word lists (scripts/build-lexicons.js): each entry is a marker character that says how many
 * characters it shares with the entry before it, then the rest. The name lexicons mark with a digit
 * ("0" = none shared, up to "9"); the clinical vocabulary and the language lexicons, whose entries hold
 * digits, with a capital letter ("A" = none shared, up to "Z").
 *
 * The decoders run once, cold, in the handler's first send: they cut the text with one native regular
 * expression match instead of a loop over its characters (many times faster before the JIT warms up).
 */
export function decodeFrontCodedWith(encoded: string, zero: number, last: number): string[] {
  const out: string[] = [];
  let prev = '';
  for (const entry of runsFrom(encoded, zero, last)) {
    prev = prev.slice(0, entry.charCodeAt(0) - zero) + entry.slice(1);
    out.push(prev);
  }
  return out;
}

const u = (c: number): string => '\\u' + ('000' + c.toString(16)).slice(-4);

/** The text cut before each character from `first` to `last` (char codes): runs that start with one. */
export function runsFrom(text: string, first: number, last: number): string[] {
  const range = `${u(first)}-${u(last)}`;
  return text.match(new RegExp(`[${range}][^${range}]*`, 'g')) ?? [];
}

/**
 * Undoes the byte-pair encoding of scripts/build-lexicons.js: `merges` is symbol + the two symbols
 * it stands for, in the order they were made (a pair holds only characters of the text or earlier
 * symbols).
 */
export function expandPairs(text: string, merges: string): string {
  return pairExpander(merges)(text);
}

/** expandPairs for many texts with one table. */
export function pairExpander(merges: string): (text: string) => string {
  const full = new Map<string, string>();
  let symbols = '';
  for (let i = 0; i < merges.length; i += 3) {
    const a = merges[i + 1];
    const b = merges[i + 2];
    full.set(merges[i], (full.get(a) ?? a) + (full.get(b) ?? b));
    symbols += u(merges.charCodeAt(i));
  }
  if (symbols === '') return (text) => text;
  const symbol = new RegExp(`[${symbols}]`, 'g');
  return (text) => text.replace(symbol, (c) => full.get(c) as string);
}
