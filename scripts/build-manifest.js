#!/usr/bin/env node
'use strict';
// Writes a manifest for deployment from manifest.xml (which stays on https://localhost:3000)
// for the host the web files in dist/web were built for:
//   npm run build:manifest -- [--host https://phi-guard.example.org] [--version 1.0.1.0] [--send-mode Block] [--out dist/manifest.xml] [--web dist/web]
// A production build (PHI_GUARD_HOST=<host> npm run build:web) already writes dist/manifest.xml
// from the same setting; use this to issue another version or send mode for the same build.
// --host       optional: must be the host dist/web was built for (it is read from the build)
// --version    the add-in version (four numbers); default: manifest.xml's with the last number + 1
// --send-mode  SoftBlock (default) or Block. Block stops ALL sending while the add-in cannot
//              load (network down, host down): only an administrator's deployment may use it.
// --web        the built web files the manifest is for (default dist/web)
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const { builtOrigin, isLocal, manifestOptionsProblem, productionHostProblem, productionManifest } = require('./manifest-host');

function fail(message) {
  console.error(`build-manifest: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string' },
      version: { type: 'string' },
      'send-mode': { type: 'string', default: 'SoftBlock' },
      out: { type: 'string', default: path.join('dist', 'manifest.xml') },
      web: { type: 'string', default: path.join('dist', 'web') },
    },
  }));
} catch (e) {
  fail(e.message);
}

const hostGiven = values.host !== undefined ? values.host.replace(/\/$/, '') : undefined;
if (hostGiven !== undefined) {
  const problem = productionHostProblem(hostGiven);
  if (problem) fail(`--host ${problem}`);
}
const optionsProblem = manifestOptionsProblem({ version: values.version, sendMode: values['send-mode'] });
if (optionsProblem) fail(optionsProblem);

// The host is one setting: the one the web files were built with.
const built = builtOrigin(values.web);
if (!built) fail(`no built web files in ${values.web}; build them for your host first: PHI_GUARD_HOST=${hostGiven || 'https://phi-guard.example.org'} npm run build:web (it writes dist/manifest.xml too)`);
if (isLocal(new URL(built).hostname)) {
  fail(`${values.web} was built for ${built} (a development build): its handler would fetch policy.json from each user's own machine. Build for your host: PHI_GUARD_HOST=${hostGiven || 'https://phi-guard.example.org'} npm run build:web (it writes dist/manifest.xml too)`);
}
if (hostGiven !== undefined && hostGiven.toLowerCase() !== built.toLowerCase()) {
  fail(`--host ${hostGiven} does not match the host ${values.web} was built for (${built}); the manifest and the handler must name the same host. Rebuild with PHI_GUARD_HOST=${hostGiven} npm run build:web, or leave out --host`);
}

const { xml, version } = productionManifest(fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8'), { host: built, version: values.version, sendMode: values['send-mode'] });
fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, xml);
console.log(`wrote ${values.out}: host ${built}, version ${version}, send mode ${values['send-mode']}`);
