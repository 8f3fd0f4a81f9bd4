#!/usr/bin/env node
/**
 * Serves the built add-in (dist/web).
 *
 *   node scripts/serve.js --demo [--port 3030] [--policy FILE] [--no-open]
 *       The compose simulator: a fake Outlook compose window driving the REAL
 *       event-handler bundle and the REAL task pane through a fake mailbox
 *       (src/simulator). No Outlook, no Microsoft 365 account, no certificates.
 *   node scripts/serve.js --https [--port 3000] [--policy FILE]
 *       The add-in for sideloading into real Outlook (`npm start` runs it as the
 *       dev server), with the dev certificates from office-addin-dev-certs.
 *
 * --policy FILE serves an organisation policy as /policy.json (default: none,
 * so the built-in default policy applies). Stops cleanly on Ctrl+C.
 */
const { createServer: createHttp } = require('node:http');
const { createServer: createHttps } = require('node:https');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { extname, join, normalize, resolve } = require('node:path');
const { homedir } = require('node:os');
const { spawn } = require('node:child_process');

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'dist', 'web');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };
const USAGE = 'usage: node scripts/serve.js (--demo | --https) [--port N] [--host H] [--policy FILE] [--no-open]';

function parseArgs(argv) {
  const o = { mode: undefined, port: undefined, host: '127.0.0.1', policy: undefined, open: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--demo') o.mode = 'demo';
    else if (a === '--https') o.mode = 'https';
    else if (a === '--port') o.port = Number(value());
    else if (a === '--host') o.host = value();
    else if (a === '--policy') o.policy = resolve(value());
    else if (a === '--no-open') o.open = false;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${a}\n${USAGE}`);
  }
  if (!o.mode) fail(USAGE);
  if (o.port === undefined) o.port = Number(process.env.PORT || (o.mode === 'demo' ? 3030 : 3000));
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) fail(`--port must be a number from 0 to 65535`);
  if (o.policy && !existsSync(o.policy)) fail(`policy file not found: ${o.policy}`);
  return o;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

/** The simulator's page script and the office.js stand-in, bundled once at start (esbuild, ~1 s). */
function buildSimulator() {
  const esbuild = require('esbuild');
  const bundle = (entry) =>
    esbuild.buildSync({
      entryPoints: [join(ROOT, 'src', 'simulator', entry)],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).outputFiles[0].text;
  return { page: bundle('index.tsx'), shim: bundle('office-shim.ts') };
}

const SIMULATOR_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:">
  <title>PHI Guard compose simulator</title>
  <link rel="icon" href="/assets/icon-32.png">
</head>
<body style="margin:0">
  <div id="root"></div>
  <script src="/__sim/simulator.js"></script>
</body>
</html>
`;

function createHandler(opts, sim) {
  return (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    if (url.pathname === '/policy.json') {
      if (!opts.policy) return send(404, 'text/plain', 'no organisation policy: the built-in default applies');
      return send(200, TYPES['.json'], readFileSync(opts.policy));
    }
    if (sim) {
      if (url.pathname === '/' || url.pathname === '/simulator.html') return send(200, TYPES['.html'], SIMULATOR_HTML);
      if (url.pathname === '/__sim/simulator.js') return send(200, TYPES['.js'], sim.page);
      if (url.pathname === '/__sim/office.js') return send(200, TYPES['.js'], sim.shim);
      if (url.pathname === '/__sim/info.json') return send(200, TYPES['.json'], JSON.stringify({ policy: opts.policy ? opts.policy.split(/[/\\]/).pop() : null }));
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    let file = join(WEB, path || 'taskpane.html');
    if (!file.startsWith(WEB)) return send(403, 'text/plain', 'forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send(404, 'text/plain', 'not found');
    let body = readFileSync(file);
    // In the simulator the add-in's pages get the fake mailbox instead of Microsoft's office.js.
    if (sim && extname(file) === '.html') body = body.toString('utf8').split(OFFICE_CDN).join('/__sim/office.js');
    return send(200, TYPES[extname(file)] || 'application/octet-stream', body);
  };
}

/** Certificates made by office-addin-dev-certs (`npx office-addin-dev-certs install`). */
function devCertificates() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const files = { key: join(dir, 'localhost.key'), cert: join(dir, 'localhost.crt'), ca: join(dir, 'ca.crt') };
  if (!existsSync(files.key) || !existsSync(files.cert)) {
    fail(`No development certificates in ${dir}.\nRun: npx office-addin-dev-certs install   (npm start does this for you)`);
  }
  return { key: readFileSync(files.key), cert: readFileSync(files.cert), ca: existsSync(files.ca) ? readFileSync(files.ca) : undefined };
}

function openBrowser(url) {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser to open: the URL is printed
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(WEB, 'taskpane.html')) || !existsSync(join(WEB, 'commands.js'))) {
    fail('dist/web is not built. Run: npm run build:web   (npm run demo builds it for you)');
  }
  let sim;
  if (opts.mode === 'demo') {
    process.stdout.write('bundling the compose simulator... ');
    sim = buildSimulator();
    console.log('done');
  }
  const handler = createHandler(opts, sim);
  const server = opts.mode === 'https' ? createHttps(devCertificates(), handler) : createHttp(handler);
  server.on('error', (err) => {
    if (err.code === 'EADDRINUSE') {
      console.error(`Port ${opts.port} on ${opts.host} is already in use (is another PHI Guard server running?).\nStop that program, or choose another port: npm run demo -- --port ${opts.port + 1}`);
    } else if (err.code === 'EACCES') {
      console.error(`Not allowed to listen on port ${opts.port}. Choose a port above 1024: --port 3030`);
    } else {
      console.error(`Server error: ${err.message}`);
    }
    process.exit(1);
  });
  server.listen(opts.port, opts.host, () => {
    const port = server.address().port;
    const shown = opts.host === '127.0.0.1' || opts.host === '0.0.0.0' ? 'localhost' : opts.host;
    const scheme = opts.mode === 'https' ? 'https' : 'http';
    const url = `${scheme}://${shown}:${port}/`;
    const policy = opts.policy ? `organisation policy ${opts.policy}` : 'built-in default policy';
    if (opts.mode === 'demo') {
      console.log(`\nPHI Guard compose simulator (${policy}):\n\n    ${url}\n\nOpen it in a browser, pick a sample or type a message, press Send. Ctrl+C stops the server.`);
      if (opts.open && !process.env.CI) openBrowser(url);
    } else {
      console.log(`PHI Guard add-in files at ${url} (${policy}). Ctrl+C stops the server.`);
    }
  });
  // Ctrl+C: stop accepting, drop idle keep-alive connections, exit 0.
  let stopping = false;
  const stop = (signal) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: stopping the server...`);
    server.close(() => {
      console.log('stopped.');
      process.exit(0);
    });
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main();
