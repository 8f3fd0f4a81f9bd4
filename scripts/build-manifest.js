#!/usr/bin/env node
'use strict';
// Writes a manifest for deployment from manifest.xml (which stays on https://localhost:3000):
//   npm run build:manifest -- --host https://phi-guard.example.org --version 1.0.1.0 [--send-mode Block] [--out dist/manifest.xml]
// --host       the HTTPS origin that serves the built files (dist/web); every URL moves there
// --version    the add-in version (four numbers); default: manifest.xml's with the last number + 1
// --send-mode  SoftBlock (default) or Block. Block stops ALL sending while the add-in cannot
//              load (network down, host down): only an administrator's deployment may use it.
// Also rebuild the web files with the same host: PHI_GUARD_HOST=<host> npm run build:web
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    version: { type: 'string' },
    'send-mode': { type: 'string', default: 'SoftBlock' },
    out: { type: 'string', default: path.join('dist', 'manifest.xml') },
  },
});

function fail(message) {
  console.error(`build-manifest: ${message}`);
  process.exit(2);
}

const host = (values.host || '').replace(/\/$/, '');
if (!/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(host)) fail('--host must be an https:// origin such as https://phi-guard.example.org (no path)');
if (values.version && !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(values.version)) fail('--version must be four numbers, e.g. 1.0.1.0');
if (!['SoftBlock', 'Block'].includes(values['send-mode'])) fail('--send-mode must be SoftBlock or Block');

let xml = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
xml = xml.split('https://localhost:3000').join(host);
// Without --version the last number is bumped: Outlook only picks up a changed manifest
// when its version changes.
const current = (xml.match(/<Version>([^<]*)<\/Version>/) || [])[1] || '1.0.0.0';
const version = values.version || current.split('.').map((n, i, a) => (i === a.length - 1 ? String(Number(n) + 1) : n)).join('.');
xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
xml = xml.replace(/(<LaunchEvent Type="OnMessageSend"[^>]*SendMode=")[^"]*"/, `$1${values['send-mode']}"`);
fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, xml);
console.log(`wrote ${values.out}: host ${host}, version ${(xml.match(/<Version>([^<]*)<\/Version>/) || [])[1]}, send mode ${values['send-mode']}`);
