#!/usr/bin/env node
'use strict';
// PHI Guard engine benchmark: prints figures, asserts nothing (speed is measured here,
// not in tests). Run with `npm run bench` (builds first). All text is fictitious.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const DIST = path.join(__dirname, '..', 'dist');
const { scanMessage, defaultPolicy } = require(path.join(DIST, 'engine'));
const policy = defaultPolicy();

const now = () => process.hrtime.bigint();
function measure(fn, { iterations, warmup }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = now();
    fn();
    times[i] = Number(now() - t0) / 1000; // microseconds
  }
  times.sort();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p99: at(0.99), iterations };
}
const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} us`);

const { message, typicalAt } = require('./messages');
const cleanAt = (v) => message(`Staff meeting moved to 3pm on Thursday - agenda and minutes, ref ${v}`, 5, 3, v);
const TYPICAL_SUBJECT = typicalAt(0).subject;
/** Runs fn over fresh values each time: a pool of distinct messages, never reused. */
function fresh(make, count) {
  const pool = Array.from({ length: count }, (_, i) => make(i + 1));
  let k = 0;
  return () => scanMessage(pool[k++ % pool.length], policy);
}

function repeatTo(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
// Text built to stress each stage: digit folding, spelled-out keywords, names, dates, keyword values.
const ADVERSARIAL = {
  'spaced digits': '1 2 3 4 5 6 7 8 9 0 ',
  'keyword chains': 'MRN MRN: # MRN-acct 12-',
  'spelled letters': 'M R N S S N D O B ',
  'capitalised words': 'Ada Quill Rosalind Thackeray Baptiste, Kenji ',
  'date-like': '12/12/12/12-1961-04-',
  'zero-width + full-width': 'MRN\u200B０\u200B１\u200B２\u200B',
  'dashes and dots': '1-.-1-.-1.-.',
  'one long word': 'a',
};

function row(label, r) {
  console.log(`  ${label.padEnd(44)} median ${fmt(r.median).padStart(10)}   p99 ${fmt(r.p99).padStart(10)}   (${r.iterations} runs)`);
}

console.log('PHI Guard engine benchmark');
console.log(`  node ${process.version}, ${require('os').cpus()[0].model}, ${require('os').cpus().length} cores\n`);

// Cold start: a fresh process loads the engine and runs its first scan (lexicons decode then).
const cold = execFileSync(process.execPath, ['-e', `
  const t0 = process.hrtime.bigint();
  const e = require(${JSON.stringify(path.join(DIST, 'engine'))});
  const t1 = process.hrtime.bigint();
  e.scanMessage(${JSON.stringify(typicalAt(1))}, e.defaultPolicy());
  const t2 = process.hrtime.bigint();
  const t3 = process.hrtime.bigint();
  e.scanMessage(${JSON.stringify(typicalAt(2))}, e.defaultPolicy());
  const t4 = process.hrtime.bigint();
  console.log(JSON.stringify({ load: Number(t1 - t0) / 1e6, first: Number(t2 - t1) / 1e6, second: Number(t4 - t3) / 1e6 }));
`], { encoding: 'utf8' });
const c = JSON.parse(cold);
console.log('Cold start (fresh process)');
console.log(`  load engine ${c.load.toFixed(1)} ms, first scan ${c.first.toFixed(1)} ms (decodes lexicons), second scan ${c.second.toFixed(2)} ms\n`);

console.log('Per message (after warm-up; every run scans values the engine has not seen, unless marked cached)');
row('typical: 80-char subject, 5 recipients, 3 files', measure(fresh(typicalAt, 5500), { iterations: 5000, warmup: 500 }));
row('typical, clean', measure(fresh(cleanAt, 5500), { iterations: 5000, warmup: 500 }));
const typicalAgain = typicalAt(0);
row('typical, re-scan of unchanged fields (cached)', measure(() => scanMessage(typicalAgain, policy), { iterations: 5000, warmup: 500 }));
row('large: 1,000 recipients + 100 attachments', measure(fresh((v) => message(TYPICAL_SUBJECT, 1000, 100, v), 110), { iterations: 100, warmup: 10 }));
let worst = { label: '', median: 0 };
for (const [label, unit] of Object.entries(ADVERSARIAL)) {
  const body = repeatTo(unit, 100 * 1024);
  const r = measure(fresh((v) => message(`${v} ${body}`, 1, 0, v), 20), { iterations: 15, warmup: 2 });
  row(`adversarial 100 KB subject: ${label}`, r);
  if (r.median > worst.median) worst = { label, median: r.median };
}
console.log(`  worst adversarial case: ${worst.label} (${fmt(worst.median)} median)\n`);

console.log('Growth (median, fresh values; a linear engine keeps time per unit flat)');
for (const n of [1, 10, 100, 1000]) {
  const runs = n >= 1000 ? 50 : 300;
  const r = measure(fresh((v) => message('Staff meeting', n, 0, v), runs + 10), { iterations: runs, warmup: 10 });
  console.log(`  ${String(n).padStart(5)} recipients   ${fmt(r.median).padStart(10)}   ${fmt(r.median / n).padStart(10)} per recipient`);
}
for (const kb of [1, 10, 100]) {
  const mixed = repeatTo('Pt Ada Quill MRN 0045 1782 DOB 3/14/58 CT ', kb * 1024);
  const runs = kb >= 100 ? 15 : 60;
  const r = measure(fresh((v) => message(`${v} ${mixed}`, 1, 0, v), runs + 5), { iterations: runs, warmup: 3 });
  console.log(`  ${String(kb).padStart(5)} KB subject   ${fmt(r.median).padStart(10)}   ${fmt(r.median / kb).padStart(10)} per KB`);
}

// The send handler's own work, without Office calls: scan, dialog text, header value.
const { planSend } = require(path.join(DIST, 'office', 'send-plan'));
const everySet = { paneButton: true, markdown: true };
function handlerWork(m) {
  const verdict = scanMessage(m, policy);
  return planSend({ kind: 'checked', verdict }, policy, 'default', everySet);
}
const workPool = Array.from({ length: 5500 }, (_, i) => typicalAt(100000 + i));
let workNext = 0;
console.log('\nSend handler (own work, Office calls excluded)');
row('scan + dialog text + header, typical message', measure(() => handlerWork(workPool[workNext++ % workPool.length]), { iterations: 5000, warmup: 500 }));

// Cold start of the built handler file as Outlook loads it: in a fresh Node process (Outlook gives the
// handler a fresh runtime, not one holding this benchmark's heap), evaluate it in a new vm context
// (ECMAScript globals, timers and a minimal Office whose calls answer at once), then the first send.
// bench/handler-cold-start.js does one run; the median of seven processes is reported.
async function handlerColdStart() {
  const file = path.join(DIST, 'web', 'commands.js');
  if (!fs.existsSync(file)) return undefined;
  const { execFileSync } = require('child_process');
  const runs = [];
  for (let run = 0; run < 7; run++) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'handler-cold-start.js'), file, String(200000 + run)], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const b = fs.readFileSync(file);
  return { kb: b.length / 1024, gz: zlib.gzipSync(b).length / 1024, load: med('load'), firstSend: med('firstSend') };
}

handlerColdStart().then((h) => {
  if (h) {
    console.log(`\nHandler bundle (dist/web/commands.js): ${h.kb.toFixed(1)} KB minified, ${h.gz.toFixed(1)} KB gzipped (budget 300 KB)`);
    console.log(`  cold start in a fresh process: evaluate ${h.load.toFixed(1)} ms, first send ${h.firstSend.toFixed(1)} ms (median of 7 processes; budget 80 ms)`);
  } else console.log('\nHandler bundle not built (npm run build:web)');
  const bundle = path.join(DIST, 'web', 'engine.js');
  if (fs.existsSync(bundle)) {
    const b = fs.readFileSync(bundle);
    console.log(`Engine bundle (engine + lexicons, minified): ${(b.length / 1024).toFixed(1)} KB, ${(zlib.gzipSync(b).length / 1024).toFixed(1)} KB gzipped`);
  } else {
    console.log('Engine bundle not built (npm run build:web)');
  }
});
