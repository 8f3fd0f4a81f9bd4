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
