#!/usr/bin/env node
/**
 * npm audit of the production dependencies (what ships to Outlook).
 *
 *   node scripts/audit.js [--strict]      (npm run audit:prod; .ci/run runs it)
 *
 * - The audit ran: fails (exit 1) on any high or critical advisory, naming the
 *   packages; passes otherwise, printing the counts.
 * - The registry has no audit service (its audit endpoint answers 404, 405 or
 *   501, as some mirrors do): passes, so CI stays green there, but prints a
 *   WARNING that nothing was checked on every run (a GitHub Actions annotation
 *   too). --strict fails instead: use it for a release, against
 *   registry.npmjs.org.
 * - The audit did not run for any other reason (npm missing, the registry
 *   unreachable, no lockfile, authentication, a server error, output that is
 *   not an audit report): fails. "Not checked" is never reported as "clean".
 */
'use strict';
const { spawnSync } = require('node:child_process');

/** Status codes with which a registry says it has no audit endpoint at all. */
const NO_SERVICE_STATUS = new Set([404, 405, 501]);

/**
 * What an `npm audit --json` run means: { outcome: 'clean' | 'advisories' |
 * 'no-service' | 'not-run', counts?, serious?, why? }.
 */
function classify({ error, status, stdout, stderr }) {
  if (error) return { outcome: 'not-run', why: error.code === 'ENOENT' ? 'npm was not found' : `npm could not be started (${error.code || error.message})` };
  if (status === null) return { outcome: 'not-run', why: 'npm audit was stopped before it finished' };
  let report;
  try {
    report = JSON.parse(stdout || '');
  } catch {
    const line = (stderr || '').split('\n').find((l) => /error/i.test(l));
    return { outcome: 'not-run', why: `npm audit gave no JSON report${line ? ` (${line.trim()})` : ''}` };
  }
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const serious = (counts.high || 0) + (counts.critical || 0);
    return { outcome: serious > 0 ? 'advisories' : 'clean', counts, serious, report };
  }
  const auditUrl = typeof report.uri === 'string' && /\/-\/npm\/v1\/security\//.test(report.uri);
  if (auditUrl && NO_SERVICE_STATUS.has(report.statusCode)) return { outcome: 'no-service', why: report.message || `status ${report.statusCode}` };
  const err = report.error || {};
  const why = report.message || err.summary || err.code || 'the report has no vulnerability counts';
  return { outcome: 'not-run', why: String(why).trim() };
}

function main() {
  const strict = process.argv.includes('--strict');
  const result = classify(spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 300000, maxBuffer: 64 * 1024 * 1024 }));
  const name = 'npm audit --omit=dev';
  if (result.outcome === 'not-run') {
    console.error(`${name}: FAILED: the audit did not run: ${result.why}`);
    process.exit(1);
  }
  if (result.outcome === 'no-service') {
    const text = `${name}: NOT CHECKED: the registry has no audit service (${result.why}). Production dependencies were not audited; run "npm run audit:prod -- --strict" against registry.npmjs.org before a release.`;
    console.error(`WARNING: ${text}`);
    if (process.env.GITHUB_ACTIONS === 'true') console.log(`::warning title=npm audit not run::${text}`);
    process.exit(strict ? 1 : 0);
  }
  const c = result.counts;
  console.log(`${name}: ${c.critical || 0} critical, ${c.high || 0} high, ${c.moderate || 0} moderate, ${c.low || 0} low`);
  if (result.outcome === 'advisories') {
    for (const [pkg, v] of Object.entries(result.report.vulnerabilities || {})) {
      if (v.severity === 'high' || v.severity === 'critical') console.error(`  ${v.severity}: ${pkg} (${[].concat(v.via).map((x) => (typeof x === 'string' ? x : x.title)).join('; ')})`);
    }
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { classify };
