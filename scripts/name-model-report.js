#!/usr/bin/env node

// Held-out figures of the name-likeness model, as the engine computes them: the
// committed src/engine/lexicon/name-model.generated.ts scored by
// src/engine/names/name-likeness.ts (transpiled from source), on the words that
// scripts/build-name-model.js held out of training (same split, by hash).
//
//   node scripts/name-model-report.js            Markdown tables (docs/name-model.md)
//
// Name recall: held-out names by origin (faker locale groups, the US Census, cspell),
// by script, and the whole locales never seen in training, one row each. Only names
// that are not in the training set at all and not also an ordinary word count.
// False-name rate: held-out test words of each not-name class (the validation half
// set the thresholds and is not counted here).
'use strict';
const path = require('path');
const m = require('./build-name-model.js');

const { nameLikeness, NAME_LIKELY, NAME_VERY_LIKELY, LONE_UNKNOWN_LIKENESS } = m.loadEngineModule(path.join(m.ROOT, 'src/engine/names/name-likeness.ts'));
const { nameLexicon } = m.loadEngineModule(path.join(m.ROOT, 'src/engine/lexicon/index.ts'));

const THRESHOLDS = [
  ['0', 0],
  ['LONE_UNKNOWN_LIKENESS', LONE_UNKNOWN_LIKENESS],
  ['NAME_LIKELY', NAME_LIKELY],
  ['NAME_VERY_LIKELY', NAME_VERY_LIKELY],
];
const pct = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '-');
const row = (cells) => `| ${cells.join(' | ')} |`;

function table(title, groups, scoreOf) {
  const lines = [`**${title}**`, '', row(['group', 'words', ...THRESHOLDS.map(([n, t]) => `≥ ${n} (${t})`)]), row(['---', '---:', ...THRESHOLDS.map(() => '---:')])];
  for (const [name, keys] of groups) {
    const scores = keys.map(scoreOf);
    lines.push(row([name, String(keys.length), ...THRESHOLDS.map(([, t]) => pct(scores.filter((s) => s >= t).length, scores.length))]));
  }
  return lines.join('\n');
}

function main() {
  const { test } = m.split();
  const lex = nameLexicon();
  const inLexicon = (k) => lex.given.has(k) || lex.surname.has(k) || lex.other.has(k) || lex.ambiguous.has(k);
  const held = new Set(m.HELD_OUT_LOCALES);

  const byOrigin = new Map();
  const byScript = new Map();
  const add = (map, g, k) => {
    if (!map.has(g)) map.set(g, []);
    map.get(g).push(k);
  };
  for (const e of test.names) {
    const seen = e.origins.filter((o) => !held.has(o));
    const groups = new Set(seen.length ? seen.map(m.originGroup) : e.origins.map((o) => `${o} (locale not trained)`));
    for (const g of groups) add(byOrigin, g, e.key);
    add(byScript, m.scriptOf(e.key), e.key);
  }
  const originRows = [...byOrigin].sort((a, b) => (a[0].includes('not trained') === b[0].includes('not trained') ? a[0].localeCompare(b[0]) : a[0].includes('not trained') ? 1 : -1));
  const all = test.names.map((e) => e.key);
  originRows.push(['**all held-out names**', all]);
  originRows.push(['**not in the engine name lists**', all.filter((k) => !inLexicon(k))]);

  const negTest = test.negatives.filter((e) => e.part === 'test');
  const negRows = m.NEG_CLASSES.map((c) => [c, negTest.filter((e) => e.cls === c && !e.heldLocale).map((e) => e.key)]);
  negRows.push(['places and words of the locales not trained', negTest.filter((e) => e.heldLocale).map((e) => e.key)]);
  const notCommon = negTest.filter((e) => e.cls === 'english' && !lex.common.has(e.key)).map((e) => e.key);
  negRows.push(['english, not in the engine common-word list', notCommon]);

  const out = [
    table('Name recall on held-out names, by origin (share scoring at or above each threshold)', originRows, nameLikeness),
    '',
    table('Name recall on held-out names, by script', [...byScript].sort((a, b) => b[1].length - a[1].length), nameLikeness),
    '',
    table('False-name rate on held-out not-names (test half)', negRows, nameLikeness),
  ];
  console.log(out.join('\n'));
}

main();
