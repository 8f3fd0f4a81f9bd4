import { PLAIN_WORDS } from '../../src/engine/lexicon';
import { clinicalVocabulary } from '../../src/engine/lexicon/clinical';
import { HEALTH_TERMS } from '../../src/engine/lexicon/health-terms';
import { languageLexicons } from '../../src/engine/lexicon/languages/lexicons';
import { foldedVariants, variants } from '../../src/engine/lexicon/languages/match';
import { isMarkCp, stripMarks } from '../../src/engine/text/chars';
import { tokenize } from '../../src/engine/text/tokenize';

/**
 * Shortcuts taken for the handler's cold first send (fewer calls before the JIT warms up) must give
 * exactly what the general code gives, on every word the engine ships.
 */

/** stripMarks as it was: a loop over the code points, dropping each mark. */
function referenceStripMarks(s: string): string {
  let out = '';
  for (const c of s) if (!isMarkCp(c.codePointAt(0) as number)) out += c;
  return out;
}

function everyLanguageWord(): string[] {
  const out: string[] = [];
  for (const l of languageLexicons()) {
    for (const list of Object.values(l.terms)) out.push(...(list ?? []));
    for (const value of Object.values(l)) if (Array.isArray(value)) out.push(...(value as string[]));
  }
  return out;
}

test('stripMarks (one native replace) equals the per-character loop on every language word, folded', () => {
  const words = everyLanguageWord();
  expect(words.length).toBeGreaterThan(9000);
  let changed = 0;
  for (const w of words) {
    const nfd = w.normalize('NFD');
    expect(stripMarks(nfd)).toBe(referenceStripMarks(nfd));
    if (stripMarks(nfd) !== nfd) changed++;
  }
  // Many of them carry accents or vowel signs, so the comparison is not vacuous.
  expect(changed).toBeGreaterThan(500);
});

test('stripMarks: astral marks, lone surrogates, marks at the edges, nothing to strip', () => {
  const cases = ['e\u0301', '\u0301a', 'a\u{1D167}b', 'x\uD800y', '\uDC00\u0300', '', 'plain', 'ﾃｽﾄ\u3099', 'क्ष', 'ภาษาไทย'];
  for (const s of cases) expect(stripMarks(s)).toBe(referenceStripMarks(s));
  expect(stripMarks('Jose\u0301')).toBe('Jose');
  expect(stripMarks('a\u{1D167}b')).toBe('ab');
});

test('PLAIN_WORDS: the keys of every English term it accepts are its words, as the tokenizer makes them', () => {
  const terms: string[] = [];
  for (const list of Object.values(HEALTH_TERMS)) terms.push(...list);
  const clinical = clinicalVocabulary();
  for (const lists of [clinical.plain, clinical.needsSupport]) for (const list of Object.values(lists)) terms.push(...list);
  const plain = terms.filter((t) => PLAIN_WORDS.test(t));
  expect(plain.length).toBeGreaterThan(3000);
  for (const t of plain) expect(t.split(' ')).toEqual(tokenize(t).map((k) => k.key));
});

test('PLAIN_WORDS rejects what the tokenizer would split or fold differently', () => {
  for (const s of ['hba1c', 'x-ray', "crohn's", 'Mri', 'café', 'two  spaces', ' lead', 'trail ', '']) expect(PLAIN_WORDS.test(s)).toBe(false);
  expect(PLAIN_WORDS.test('chest pain')).toBe(true);
});

test('variants: the shortcut for lower-case ASCII terms gives what the general fold gives, on every language word', () => {
  const words = everyLanguageWord();
  let short = 0;
  for (const w of words) {
    expect(variants(w)).toEqual(foldedVariants(w));
    if (/^~?[a-z*]+(?: [a-z*]+)*$/.test(w)) short++;
  }
  expect(short).toBeGreaterThan(2000);
  for (const w of ['~clinic', 'analiz*', 'xét nghiệm', 'Ödem', 'đái tháo đường', 'kan basıncı']) expect(variants(w)).toEqual(foldedVariants(w));
});
