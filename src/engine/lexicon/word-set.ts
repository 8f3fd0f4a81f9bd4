import { decodeFrontCodedWith, pairExpander } from './front-coding';

/** A word list as the engine reads it: membership, and every word for the tests and the build tools. */
export interface WordSet {
  has(word: string): boolean;
  forEach(each: (word: string) => void): void;
}

/** A list as scripts/build-lexicons.js writes it: front-coded with digit markers, then byte-pair encoded. */
export interface PackedList {
  readonly text: string;
  readonly merges: string;
}

/** The marker of an entry that shares nothing with the one before: in a sorted list, the first of its initial. */
const INITIAL_MARK = '0';

/**
 * One packed list cut by initial. The build never merges the marker "0" into a pair, so the encoded text
 * splits on it natively into one run per initial, each decodable alone. The handler's cold first send
 * decodes only the initials its message asks about (a typical message: 8 of 26) instead of the whole
 * twenty-thousand-name lexicon: decoding is most of that cost, before the JIT warms up.
 */
class PackedIndex {
  private runs: Map<string, string> | undefined;
  private readonly decoded = new Map<string, ReadonlySet<string>>();
  private expand: ((text: string) => string) | undefined;

  constructor(private readonly list: PackedList) {}

  /** The words of one initial, decoded on first need. */
  wordsOf(initial: string): ReadonlySet<string> | undefined {
    const done = this.decoded.get(initial);
    if (done) return done;
    const run = this.index().get(initial);
    if (run === undefined) return undefined;
    const words = new Set(decodeFrontCodedWith(INITIAL_MARK + this.expander()(run), 48, 57));
    this.decoded.set(initial, words);
    return words;
  }

  initials(): IterableIterator<string> {
    return this.index().keys();
  }

  private expander(): (text: string) => string {
    this.expand ??= pairExpander(this.list.merges);
    return this.expand;
  }

  private index(): Map<string, string> {
    if (!this.runs) {
      this.runs = new Map();
      const expand = this.expander();
      // The text opens with the marker: the first piece is empty.
      for (const run of this.list.text.split(INITIAL_MARK)) if (run !== '') this.runs.set(expand(run[0])[0], run);
    }
    return this.runs;
  }
}

/** The union of packed lists, read by initial (a name in both census lists is packed once and read into both sets). */
export class PackedWords implements WordSet {
  private readonly parts: readonly PackedIndex[];
  /** Per initial, the words of every part (one set: a look-up is one hash, as a plain set's). */
  private readonly byInitial = new Map<string, ReadonlySet<string> | null>();

  constructor(lists: readonly PackedIndex[]) {
    this.parts = lists;
  }

  has(word: string): boolean {
    const initial = word[0];
    if (initial === undefined) return false;
    let words = this.byInitial.get(initial);
    if (words === undefined) this.byInitial.set(initial, (words = this.wordsOf(initial)));
    return words !== null && words.has(word);
  }

  private wordsOf(initial: string): ReadonlySet<string> | null {
    const sets = this.parts.map((p) => p.wordsOf(initial)).filter((s): s is ReadonlySet<string> => s !== undefined);
    if (sets.length <= 1) return sets[0] ?? null;
    const union = new Set<string>();
    for (const s of sets) s.forEach((w) => union.add(w));
    return union;
  }

  forEach(each: (word: string) => void): void {
    const seen = new Set<string>();
    for (const p of this.parts)
      for (const initial of p.initials())
        p.wordsOf(initial)?.forEach((w) => {
          if (!seen.has(w)) {
            seen.add(w);
            each(w);
          }
        });
  }
}

/** The words of packed lists; each list is indexed and decoded once, however many sets read it. */
export function packedWords(...lists: readonly PackedList[]): PackedWords {
  return new PackedWords(lists.map(indexOf));
}

const indexes = new Map<PackedList, PackedIndex>();
function indexOf(list: PackedList): PackedIndex {
  let i = indexes.get(list);
  if (!i) indexes.set(list, (i = new PackedIndex(list)));
  return i;
}
