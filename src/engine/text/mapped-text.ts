/**
 * A string derived from an original string, with an offset map back to it.
 *
 * Every character `i` of `text` came from the original range
 * `[starts[i], ends[i])`. A span `[s, e)` of `text` therefore maps back to
 * `[starts[s], ends[e - 1])`, which works for expansions (NFKC of "ﬁ" gives
 * two characters from one), contractions (a removed zero-width character
 * simply has no entry) and chains of derivations (see MappedTextBuilder).
 *
 * Most field values need no change at all, so the identity map is implicit:
 * `starts` and `ends` are absent and character i maps to [i, i + 1).
 */
export interface MappedText {
  readonly text: string;
  readonly starts?: Int32Array;
  readonly ends?: Int32Array;
  /** Length of the original string. */
  readonly originalLength: number;
}

export function identity(original: string): MappedText {
  return { text: original, originalLength: original.length };
}

export function startOf(mt: MappedText, i: number): number {
  return mt.starts ? mt.starts[i] : i;
}

export function endOf(mt: MappedText, i: number): number {
  return mt.ends ? mt.ends[i] : i + 1;
}

/** Map a span of the derived text back to the original string. */
export function toOriginal(mt: MappedText, start: number, end: number): { start: number; end: number } {
  if (mt.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, mt.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, mt.text.length));
  return { start: startOf(mt, s), end: endOf(mt, e - 1) };
}

/**
 * Accumulates a derived text piece by piece, each piece tagged with its
 * source range in the parent. While every piece is a one-to-one copy nothing
 * is stored; at the first change the copied prefix is materialised. When no
 * change happens at all, `build` returns the parent itself.
 */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array | undefined;
  private ends: Int32Array | undefined;
  private length = 0;

  constructor(private readonly parent: MappedText) {}

  /** Append `piece`, produced from the parent's `[from, to)`. */
  push(piece: string, from: number, to: number): void {
    const n = piece.length;
    if (this.starts === undefined) {
      if (n === 1 && to - from === 1 && from === this.length && piece.charCodeAt(0) === this.parent.text.charCodeAt(from)) {
        this.length++;
        return;
      }
      this.materialise(n);
    }
    if (n === 0) return;
    if (this.length + n > (this.starts as Int32Array).length) this.grow(this.length + n);
    const starts = this.starts as Int32Array;
    const ends = this.ends as Int32Array;
    const oStart = startOf(this.parent, from);
    const oEnd = endOf(this.parent, Math.max(from, to - 1));
    for (let k = 0; k < n; k++) {
      starts[this.length + k] = oStart;
      ends[this.length + k] = oEnd;
    }
    this.length += n;
    this.parts.push(piece);
  }

  /** The first change: store the unchanged prefix copied so far. */
  private materialise(extra: number): void {
    const capacity = Math.max(16, this.parent.text.length + extra + 8);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const p = this.parent;
    if (p.starts && p.ends) {
      starts.set(p.starts.subarray(0, this.length));
      ends.set(p.ends.subarray(0, this.length));
    } else {
      for (let i = 0; i < this.length; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
    }
    this.starts = starts;
    this.ends = ends;
    if (this.length > 0) this.parts = [this.parent.text.slice(0, this.length)];
  }

  private grow(min: number): void {
    const size = Math.max(min, (this.starts as Int32Array).length * 2);
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts as Int32Array);
    e.set(this.ends as Int32Array);
    this.starts = s;
    this.ends = e;
  }

  build(): MappedText {
    if (this.starts === undefined || this.ends === undefined) {
      // Only one-to-one copies: the parent itself, or its prefix if the input stopped early.
      return this.length === this.parent.text.length ? this.parent : { ...this.parent, text: this.parent.text.slice(0, this.length) };
    }
    return {
      text: this.parts.join(''),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
      originalLength: this.parent.originalLength,
    };
  }
}
