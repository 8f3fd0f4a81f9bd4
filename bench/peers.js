#!/usr/bin/env node
/**
 * npm run bench:peers [-- CORPUS.jsonl ...] [--rounds N] [--out DIR]
 *
 * PHI Guard and the JavaScript PII detectors a team would otherwise pick
 * (bench/peers/), on the same labelled messages in one process: precision,
 * recall and F1 per field group, recall per kind of ePHI, and time per message
 * (after a warm-up pass, systems interleaved message by message, the order
 * rotated each round). Prints a table and writes results/peers.json and
 * results/peers.svg (git-ignored).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { messageFields } = require('./peers/fields');

const GROUPS = ['subject', 'recipients', 'attachments'];
const ROOT = path.join(__dirname, '..');

function parseArgs(argv) {
  const o = { corpora: [], rounds: 5, out: path.join(ROOT, 'results') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Math.max(1, Number(argv[++i]) || 0);
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench:peers [-- CORPUS.jsonl ...] [--rounds N] [--out DIR]');
      process.exit(0);
    } else o.corpora.push(path.resolve(a));
  }
  if (o.corpora.length === 0) o.corpora.push(path.join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl'));
  for (const c of o.corpora) {
    if (!fs.existsSync(c)) {
      console.error(`bench:peers: corpus not found: ${c}`);
      process.exit(2);
    }
  }
  return o;
}

function loadCorpus(file) {
  const out = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let rec;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        console.error(`bench:peers: ${file}:${i + 1}: not JSON (${e.message}); skipped`);
        return;
      }
      if (!rec.message || !rec.expect) {
        console.error(`bench:peers: ${file}:${i + 1}: needs "message" and "expect"; skipped`);
        return;
      }
      out.push({ id: rec.id ?? `${path.basename(file)}:${i + 1}`, fields: messageFields(rec.message), expect: rec.expect, kinds: rec.kinds ?? [] });
    });
  return out;
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
function scores(c) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Quality: one pass per system over the corpus (also the timing warm-up). */
function evaluate(system, records) {
  system.resetCache?.();
  const confusion = Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const kinds = {};
  for (const r of records) {
    const flagged = system.flag(r.fields);
    for (const g of GROUPS) {
      const want = r.expect[g];
      if (want !== 'flag' && want !== 'clean') continue;
      const c = confusion[g];
      const key = want === 'flag' ? (flagged[g] ? 'tp' : 'fn') : flagged[g] ? 'fp' : 'tn';
      c[key]++;
      if (want === 'flag') {
        for (const k of r.kinds) {
          kinds[k] ??= { positives: 0, caught: 0 };
          kinds[k].positives++;
          if (flagged[g]) kinds[k].caught++;
        }
      }
    }
  }
  return { groups: Object.fromEntries(GROUPS.map((g) => [g, scores(confusion[g])])), kinds };
}

/** Time per message: rounds x messages, systems interleaved and rotated, each call timed alone. */
function time(systems, records, rounds) {
  const samples = systems.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const s of systems) s.resetCache?.();
    records.forEach((r, i) => {
      for (let k = 0; k < systems.length; k++) {
        const idx = (i + round + k) % systems.length;
        const t0 = process.hrtime.bigint();
        systems[idx].flag(r.fields);
        samples[idx].push(Number(process.hrtime.bigint() - t0) / 1000);
      }
    });
  }
  return samples.map((xs) => {
    const sorted = xs.sort((a, b) => a - b);
    return { medianUs: quantile(sorted, 0.5), p99Us: quantile(sorted, 0.99), samples: sorted.length };
  });
}

const fmtUs = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} us`);
const f3 = (x) => x.toFixed(3);

function printReport(report) {
  console.log(`\nPeer benchmark on ${report.corpora.join(', ')} (${report.messages} messages; ${report.rounds} timed rounds)`);
  console.log(`  ${report.machine}\n`);
  const head = ['system'.padEnd(24), ...GROUPS.map((g) => `${g} P / R / F1`.padEnd(24)), 'median'.padStart(9), 'p99'.padStart(9), 'x PHI Guard'.padStart(12)];
  console.log(`  ${head.join(' ')}`);
  for (const s of report.systems) {
    const cells = GROUPS.map((g) => {
      const q = s.quality.groups[g];
      return `${f3(q.precision)} / ${f3(q.recall)} / ${f3(q.f1)}`.padEnd(24);
    });
    console.log(`  ${s.name.padEnd(24)} ${cells.join(' ')} ${fmtUs(s.time.medianUs).padStart(9)} ${fmtUs(s.time.p99Us).padStart(9)} ${`${s.time.ratio.toFixed(1)}x`.padStart(12)}`);
  }
  const kinds = Object.keys(report.systems[0].quality.kinds).sort((a, b) => report.systems[0].quality.kinds[b].positives - report.systems[0].quality.kinds[a].positives);
  console.log(`\n  Recall by kind of ePHI (flagged field groups / labelled ones, per kind in the corpus labels)`);
  console.log(`  ${'kind'.padEnd(28)} ${'n'.padStart(4)} ${report.systems.map((s) => s.name.slice(0, 22).padStart(23)).join('')}`);
  for (const k of kinds) {
    const n = report.systems[0].quality.kinds[k].positives;
    const row = report.systems.map((s) => {
      const q = s.quality.kinds[k] ?? { caught: 0, positives: n };
      return f3(ratio(q.caught, q.positives)).padStart(23);
    });
    console.log(`  ${k.padEnd(28)} ${String(n).padStart(4)} ${row.join('')}`);
  }
}

/** A two-panel SVG: F1 per field group per system, and median time per message (log scale). */
function chart(report) {
  const colors = ['#0f6cbd', '#c50f1f', '#8a8886', '#107c10', '#5c2e91'];
  const W = 960;
  const H = 360;
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="Segoe UI, Arial, sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="#fff"/>`];
  parts.push(`<text x="20" y="24" font-size="15" font-weight="600">PHI Guard vs peers: F1 per field group (higher is better)</text>`);
  const x0 = 50;
  const y0 = 300;
  const plotH = 240;
  const groupW = 150;
  const barW = Math.min(36, (groupW - 20) / report.systems.length);
  for (let t = 0; t <= 4; t++) {
    const y = y0 - (plotH * t) / 4;
    parts.push(`<line x1="${x0}" x2="${x0 + groupW * 3}" y1="${y}" y2="${y}" stroke="#e1dfdd"/><text x="${x0 - 8}" y="${y + 4}" text-anchor="end">${(t / 4).toFixed(2)}</text>`);
  }
  GROUPS.forEach((g, gi) => {
    report.systems.forEach((s, si) => {
      const f1 = s.quality.groups[g].f1;
      const x = x0 + gi * groupW + 10 + si * barW;
      const h = plotH * f1;
      parts.push(`<rect x="${x}" y="${y0 - h}" width="${barW - 4}" height="${h}" fill="${colors[si % colors.length]}"><title>${esc(s.name)} ${g}: F1 ${f3(f1)}</title></rect>`);
    });
    parts.push(`<text x="${x0 + gi * groupW + groupW / 2}" y="${y0 + 18}" text-anchor="middle">${g}</text>`);
  });
  // time panel (log scale, microseconds)
  const tx = 560;
  parts.push(`<text x="${tx}" y="24" font-size="15" font-weight="600">Median time per message (log scale)</text>`);
  const maxUs = Math.max(...report.systems.map((s) => s.time.medianUs));
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(10, maxUs))));
  const scaleX = (us) => (200 * Math.log10(Math.max(1, us))) / decades;
  for (let d = 0; d <= decades; d++) {
    const x = tx + scaleX(10 ** d);
    parts.push(`<line x1="${x}" x2="${x}" y1="50" y2="${50 + report.systems.length * 40}" stroke="#e1dfdd"/><text x="${x}" y="${66 + report.systems.length * 40}" text-anchor="middle">${fmtUs(10 ** d)}</text>`);
  }
  report.systems.forEach((s, si) => {
    const y = 56 + si * 40;
    parts.push(`<rect x="${tx}" y="${y}" width="${Math.max(2, scaleX(s.time.medianUs))}" height="22" fill="${colors[si % colors.length]}"/><text x="${tx + Math.max(2, scaleX(s.time.medianUs)) + 6}" y="${y + 15}">${esc(s.name)}: ${fmtUs(s.time.medianUs)}</text>`);
  });
  report.systems.forEach((s, si) => {
    const x = x0 + si * 170;
    parts.push(`<rect x="${x}" y="${H - 30}" width="12" height="12" fill="${colors[si % colors.length]}"/><text x="${x + 18}" y="${H - 20}">${esc(s.name)} ${esc(s.version)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const records = opts.corpora.flatMap(loadCorpus);
  if (records.length === 0) {
    console.error('bench:peers: no labelled messages');
    process.exit(2);
  }
  const systems = require('./peers/index.js');
  for (const s of systems) await s.setup?.();
  process.stdout.write(`quality pass over ${records.length} messages... `);
  const quality = systems.map((s) => evaluate(s, records));
  console.log('done');
  process.stdout.write(`timing ${opts.rounds} rounds x ${records.length} messages x ${systems.length} systems... `);
  const times = time(systems, records, opts.rounds);
  console.log('done');
  const base = times[0].medianUs;
  const cpu = os.cpus()[0];
  const report = {
    date: new Date().toISOString(),
    machine: `node ${process.version}, ${cpu ? cpu.model : 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}`,
    corpora: opts.corpora.map((c) => path.relative(ROOT, c)),
    messages: records.length,
    rounds: opts.rounds,
    systems: systems.map((s, i) => ({ name: s.name, version: s.version, quality: quality[i], time: { ...times[i], ratio: times[i].medianUs / base } })),
  };
  printReport(report);
  fs.mkdirSync(opts.out, { recursive: true });
  fs.writeFileSync(path.join(opts.out, 'peers.json'), JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(path.join(opts.out, 'peers.svg'), chart(report));
  console.log(`\n  wrote ${path.relative(process.cwd(), path.join(opts.out, 'peers.json'))} and peers.svg`);
}

main().catch((e) => {
  console.error(`bench:peers failed: ${e.stack || e}`);
  process.exit(1);
});
