/** A list typed one entry per line: trimmed, blank lines dropped. */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
