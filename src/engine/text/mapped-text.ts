/**
 * A string derived from an original string, with an offset map back to it.
 *
 * Every character `i` of `text` came from the original range
 * `[starts[i], ends[i])`. A span `[s, e)` of `text` therefore maps back to
 * `[starts[s], ends[e - 1])`, which works for expansions (NFKC of "ﬁ" gives
 * two characters from one), contractions (a removed zero-width character
 * simply has no entry) and chains of derivations (see `derive`).
 */
export interface MappedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Length of the original string. */
  readonly originalLength: number;
}

export function identity(original: string): MappedText {
  const starts: number[] = new Array<number>(original.length);
  const ends: number[] = new Array<number>(original.length);
  for (let i = 0; i < original.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: original, starts, ends, originalLength: original.length };
}

/** Map a span of the derived text back to the original string. */
export function toOriginal(mt: MappedText, start: number, end: number): { start: number; end: number } {
  if (mt.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, mt.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, mt.text.length));
  return { start: mt.starts[s], end: mt.ends[e - 1] };
}

/** Accumulates a derived text piece by piece, each piece tagged with its source range. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly parent: MappedText) {}

  /** Append `piece`, produced from the parent's `[from, to)`. */
  push(piece: string, from: number, to: number): void {
    if (piece.length === 0) return;
    const last = Math.max(from, to - 1);
    const oStart = this.parent.starts[from];
    const oEnd = this.parent.ends[last];
    this.parts.push(piece);
    for (let k = 0; k < piece.length; k++) {
      this.starts.push(oStart);
      this.ends.push(oEnd);
    }
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts,
      ends: this.ends,
      originalLength: this.parent.originalLength,
    };
  }
}
