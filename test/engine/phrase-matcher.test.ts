import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PhraseEntry, PhraseMatcher } from '../../src/engine/lexicon';
import { HEALTH_TERMS } from '../../src/engine/lexicon/health-terms';
import { clinicalVocabulary } from '../../src/engine/lexicon/clinical';
import { languageTermEntries } from '../../src/engine/lexicon/languages/match';
import { Token, tokenize } from '../../src/engine/text/tokenize';

/**
 * The phrase matcher keys its phrases one first character at a time, on the first look-up of a token starting with
 * it. It must answer exactly as a matcher that keys everything at once: this reference, the matcher as it was.
 */
class EagerMatcher<V> {
  private readonly byFirst = new Map<string, { words: readonly string[]; value: V; phrase: string }[]>();
  constructor(entries: readonly PhraseEntry<V>[]) {
    for (const e of entries) {
      const words = e.length > 2 ? (e[2] as readonly string[]) : tokenize(e[0]).map((t) => t.key);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value: e[1], phrase: e[0] });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  findAll(tokens: readonly Token[]): { from: number; to: number; value: V; phrase: string }[] {
    const out: { from: number; to: number; value: V; phrase: string }[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = (this.byFirst.get(tokens[i].key) ?? []).find((p) => i + p.words.length <= tokens.length && p.words.every((w, k) => tokens[i + k].key === w));
      if (m) {
        out.push({ from: i, to: i + m.words.length, value: m.value, phrase: m.phrase });
        i += m.words.length;
      } else i++;
    }
    return out;
  }
}

function healthEntries(): PhraseEntry<string>[] {
  const out: PhraseEntry<string>[] = [];
  for (const [cat, list] of Object.entries(HEALTH_TERMS)) for (const t of list) out.push([t, cat]);
  const clinical = clinicalVocabulary();
  for (const rec of [clinical.plain, clinical.needsSupport]) for (const [cat, list] of Object.entries(rec)) for (const t of list) out.push([t, cat]);
  for (const e of languageTermEntries()) out.push(e);
  return out;
}

const FIXTURES = join(__dirname, '..', 'fixtures');
function subjects(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.jsonl')).sort().slice(0, 60)) {
    for (const line of readFileSync(join(FIXTURES, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const m = (JSON.parse(line) as { message?: { subject?: string; attachments?: { name: string }[] } }).message;
      if (m?.subject) out.push(m.subject);
      for (const a of m?.attachments ?? []) out.push(a.name);
    }
  }
  return out;
}

test('the lazy matcher finds exactly what the eager one finds, on the health terms and thousands of fields', () => {
  const entries = healthEntries();
  const lazy = new PhraseMatcher(entries);
  const eager = new EagerMatcher(entries);
  const texts = subjects();
  expect(texts.length).toBeGreaterThan(5000);
  const differ = texts.filter((t) => {
    const tokens = tokenize(t);
    return JSON.stringify(lazy.findAll(tokens)) !== JSON.stringify(eager.findAll(tokens));
  });
  expect(differ).toEqual([]);
});

test('a phrase whose first key starts with another character than the phrase is found under its key', () => {
  const m = new PhraseMatcher<string>([['(hiv) test', 'x'], ['éclampsia', 'y'], ['ab-cd', 'z']]);
  expect(m.findAll(tokenize('HIV test today')).map((f) => f.value)).toEqual(['x']);
  expect(m.findAll(tokenize('eclampsia')).map((f) => f.value)).toEqual(['y']);
  expect(m.findAll(tokenize('AB CD')).map((f) => f.value)).toEqual(['z']);
});

test('ties: of one length, the lower rank wins, then the phrase added first, whenever each was added', () => {
  const m = new PhraseMatcher<string>([['chest pain', 'first']], 0);
  m.add([['chest pain', 'extra']], 2);
  expect(m.findAll(tokenize('chest pain'))[0].value).toBe('first');
  // Read the bucket, then add a phrase of a lower rank: it wins, as if it had been there from the start.
  m.add([['chest pain', 'language']], 1);
  expect(m.findAll(tokenize('chest pain'))[0].value).toBe('first');
  const n = new PhraseMatcher<string>([['chest pain', 'extra']], 2);
  expect(n.findAll(tokenize('chest pain'))[0].value).toBe('extra');
  n.add([['chest pain', 'language']], 1);
  expect(n.findAll(tokenize('chest pain'))[0].value).toBe('language');
  // A longer phrase wins over any rank.
  n.add([['chest pain radiating', 'long']], 2);
  expect(n.findAll(tokenize('chest pain radiating'))[0].value).toBe('long');
});
