'use strict';
/**
 * The add-in's host, one setting for the web build and the production manifest
 * (issue 16, finding 13). webpack.config.js builds the handler, the well-known
 * file and dist/manifest.xml from PHI_GUARD_HOST; scripts/build-manifest.js
 * reads the host back from the built files and refuses any other.
 */
const fs = require('fs');
const path = require('path');

const DEV_ORIGIN = 'https://localhost:3000';
const WELL_KNOWN = path.join('.well-known', 'microsoft-officeaddins-allowed.json');

/** A name Outlook would resolve to the user's own machine (or to nothing routable). */
function isLocal(hostname) {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(h) ||
    h === '0.0.0.0' ||
    h === '::' ||
    h === '::1' ||
    /^::ffff:(?:127\.|7f)/.test(h)
  );
}

/**
 * Why `origin` cannot be a production host, or undefined when it can: an
 * https:// origin without a path, not on this machine.
 */
function productionHostProblem(origin) {
  if (typeof origin !== 'string' || origin.trim() === '') return 'is empty; set it to the https:// origin that will serve dist/web, e.g. https://phi-guard.example.org';
  const o = origin.replace(/\/$/, '');
  if (!/^https:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(o)) return `${o} is not an https:// origin such as https://phi-guard.example.org (no path)`;
  const hostname = new URL(o).hostname;
  if (isLocal(hostname)) return `${o} is this machine: every user's Outlook would fetch policy.json from its own computer. Use the host that will serve dist/web`;
  return undefined;
}

/** The origin a built dist/web was built for (from its well-known file), or undefined if there is no build. */
function builtOrigin(webDir) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(path.join(webDir, WELL_KNOWN), 'utf8'));
  } catch {
    return undefined;
  }
  const url = Array.isArray(data.allowed) ? data.allowed[0] : undefined;
  return typeof url === 'string' ? url.replace(/\/commands\.js$/, '') : undefined;
}

/** Why the manifest options are wrong, or undefined. */
function manifestOptionsProblem({ version, sendMode }) {
  if (version && !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) return '--version must be four numbers, e.g. 1.0.1.0';
  if (sendMode !== undefined && !['SoftBlock', 'Block'].includes(sendMode)) return '--send-mode must be SoftBlock or Block';
  return undefined;
}

/**
 * manifest.xml (development host) with every URL on `host`, the version set
 * (default: the last number bumped, as Outlook only picks up a changed manifest
 * when its version changes) and the send mode.
 */
function productionManifest(xml, { host, version, sendMode = 'SoftBlock' }) {
  let out = xml.split(DEV_ORIGIN).join(host.replace(/\/$/, ''));
  const current = (out.match(/<Version>([^<]*)<\/Version>/) || [])[1] || '1.0.0.0';
  const next = version || current.split('.').map((n, i, a) => (i === a.length - 1 ? String(Number(n) + 1) : n)).join('.');
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${next}</Version>`);
  out = out.replace(/(<LaunchEvent Type="OnMessageSend"[^>]*SendMode=")[^"]*"/, `$1${sendMode}"`);
  return { xml: out, version: next };
}

module.exports = { DEV_ORIGIN, isLocal, productionHostProblem, builtOrigin, manifestOptionsProblem, productionManifest };
