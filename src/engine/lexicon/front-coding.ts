/**
 * Front-coded word lists (scripts/build-lexicons.js): each entry is a marker character that says how many
 * characters it shares with the entry before it, then the rest. The name lexicons mark with a digit
 * ("0" = none shared, up to "9"); the clinical vocabulary, whose entries hold digits, with a capital
 * letter ("A" = none shared, up to "Z").
 */
export function decodeFrontCodedWith(encoded: string, zero: number, last: number): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - zero;
    let j = i + 1;
    while (j < encoded.length && (encoded.charCodeAt(j) < zero || encoded.charCodeAt(j) > last)) j++;
    prev = prev.slice(0, shared) + encoded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

/** Undoes the byte-pair encoding of scripts/build-lexicons.js. */
export function expandPairs(text: string, merges: string): string {
  const table = new Map<string, string>();
  for (let i = 0; i < merges.length; i += 3) table.set(merges[i], merges.slice(i + 1, i + 3));
  const memo = new Map<string, string>();
  const expand = (c: string): string => {
    const pair = table.get(c);
    if (pair === undefined) return c;
    let e = memo.get(c);
    if (e === undefined) {
      e = expand(pair[0]) + expand(pair[1]);
      memo.set(c, e);
    }
    return e;
  };
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) parts.push(expand(text[i]));
  return parts.join('');
}
