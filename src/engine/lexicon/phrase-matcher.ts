import { Token, tokenize } from '../text/tokenize';

export interface PhraseMatch {
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
  readonly value: string;
}

/**
 * Lower-case ASCII words with single spaces: the tokenizer's keys are the words themselves, so the
 * handler's cold first send need not tokenize the thousands of English terms (a test checks that
 * both ways give the same keys for every term).
 */
export const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/;
const PHRASE_INITIAL = /^[a-z0-9]/;

/** A phrase-matcher entry: the phrase and its value, and its words as token keys when the caller has them. */
export type PhraseEntry<V> = readonly [string, V] | readonly [string, V, readonly string[]];

interface Phrase<V> {
  readonly words: readonly string[];
  readonly value: V;
  readonly phrase: string;
  readonly rank: number;
  /** Order of addition, for ties. */
  readonly seq: number;
}

interface Pending<V> {
  readonly entry: PhraseEntry<V>;
  readonly rank: number;
  readonly seq: number;
}

/**
 * Multi-word phrase lookup over tokens, longest match first. Entries wait, cut by their first character, until a
 * token starting with that character is looked up: the handler's cold first send then keys and sorts only the
 * phrases its message can match (a typical message starts its words with a dozen letters), not the ten thousand
 * terms of the health matcher.
 */
export class PhraseMatcher<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();
  private readonly pending = new Map<string, Pending<V>[]>();
  /** Initials whose phrases are keyed. */
  private readonly read = new Set<string>();
  private added = 0;

  /** Entries may carry their words already as token keys (languages/match.ts does, for load time). */
  constructor(entries: Iterable<PhraseEntry<V>>, rank = 0) {
    this.add(entries, rank);
  }

  /**
   * More entries. Of two phrases of one length starting with the same word, the lower rank wins, then the one
   * added first: the health matcher adds the languages' terms merged later (languages/match.ts) with their own
   * rank, so they win and lose against the others as if they had been there from the start.
   */
  add(entries: Iterable<PhraseEntry<V>>, rank = 0): void {
    const touched = new Set<string>();
    for (const entry of entries) {
      const p = { entry, rank, seq: this.added++ };
      // Waiting by the first character of the first word: the phrase's own when it opens with a letter or a digit
      // (a phrase keyed otherwise moves to its key's bucket when read), else keyed now.
      const first = entry.length > 2 ? (entry[2] as readonly string[])[0] ?? '' : PHRASE_INITIAL.test(entry[0]) ? entry[0] : '';
      if (first !== '') this.wait(first[0], p, touched);
      else this.place(p, touched);
    }
    this.sort(touched);
  }

  private wait(initial: string, p: Pending<V>, touched: Set<string>): void {
    // A bucket already read takes its phrases at once (reading it emptied its waiting list for good).
    if (this.read.has(initial)) this.place(p, touched);
    else {
      const list = this.pending.get(initial) ?? [];
      list.push(p);
      this.pending.set(initial, list);
    }
  }

  /** Keys and sorts the phrases waiting under `initial` (a phrase may start with another key: it moves there). */
  private readBucket(initial: string): void {
    const waiting = this.pending.get(initial);
    this.read.add(initial);
    if (waiting === undefined) return;
    this.pending.delete(initial);
    const touched = new Set<string>();
    for (const p of waiting) this.place(p, touched);
    this.sort(touched);
  }

  /** Keys a phrase into its key's list, or into its key's waiting list while that bucket is unread. */
  private place(p: Pending<V>, touched: Set<string>): void {
    const [phrase, value] = p.entry;
    // Keys as the tokenizer makes them: "hba1c" is the tokens hba, 1, c in a field.
    const words = p.entry.length > 2 ? (p.entry[2] as string[]) : PLAIN_WORDS.test(phrase) ? phrase.split(' ') : tokenize(phrase).map((t) => t.key);
    if (words.length === 0) return;
    const initial = words[0][0];
    if (!this.read.has(initial)) return this.wait(initial, p, touched);
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value, phrase, rank: p.rank, seq: p.seq });
    this.byFirst.set(words[0], list);
    touched.add(words[0]);
  }

  private sort(touched: Set<string>): void {
    touched.forEach((w) => this.byFirst.get(w)?.sort((a, b) => b.words.length - a.words.length || a.rank - b.rank || a.seq - b.seq));
  }

  /** A key's phrases: a key with phrases is in a read bucket; any other reads its bucket if it waits. */
  private listOf(key: string): readonly Phrase<V>[] | undefined {
    const list = this.byFirst.get(key);
    if (list !== undefined || this.pending.size === 0 || !this.pending.has(key[0])) return list;
    this.readBucket(key[0]);
    return this.byFirst.get(key);
  }

  /** The longest phrase starting at token `i`, or undefined. */
  matchAt(tokens: readonly Token[], i: number): { to: number; value: V; phrase: string } | undefined {
    const list = this.listOf(tokens[i].key);
    if (!list) return undefined;
    for (const { words, value, phrase } of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].key === words[k];
      if (ok) return { to: i + words.length, value, phrase };
    }
    return undefined;
  }

  /** All non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[]): { from: number; to: number; value: V; phrase: string }[] {
    const out: { from: number; to: number; value: V; phrase: string }[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push({ from: i, ...m });
        i = m.to;
      } else i++;
    }
    return out;
  }
}
