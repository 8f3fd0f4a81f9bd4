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
 *
 * --host H listens on H (default 127.0.0.1, this machine only; 0.0.0.0 is every
 * network interface). Requests must name this server in their Host header
 * (localhost, 127.0.0.1, [::1], the --host name, with 0.0.0.0 this machine's
 * name and addresses, or a name given with --allow-host NAME): a web page cannot
 * reach the server through a DNS name it rebinds to 127.0.0.1.
 *
 * Every request gets an answer and the server stays up: a bad percent-escape or
 * request target is 400, a Host it does not serve 403, a missing file 404, a
 * --policy file that has gone 500 (clients keep their last good policy), any
 * other failure 500. HTML pages carry their Content-Security-Policy as a header
 * as well as in their <meta> tag.
 */
const { createServer: createHttp } = require('node:http');
const { createServer: createHttps } = require('node:https');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { extname, join, normalize, resolve, sep } = require('node:path');
const { homedir, hostname: machineName, networkInterfaces } = require('node:os');
const { spawn } = require('node:child_process');

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'dist', 'web');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };
const USAGE = 'usage: node scripts/serve.js (--demo | --https) [--port N] [--host H] [--allow-host NAME]... [--policy FILE] [--no-open]';
/** Addresses that mean "every interface". */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
/** Added to every page's CSP header (and in its <meta> tag): no <base> hijack, no form posts anywhere. */
const CSP_REQUIRED = ["base-uri 'none'", "form-action 'none'"];

function parseArgs(argv) {
  const o = { mode: undefined, port: undefined, host: '127.0.0.1', allowHosts: [], policy: undefined, open: true };
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
    else if (a === '--allow-host') o.allowHosts.push(value().toLowerCase());
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
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; form-action 'none'">
  <title>PHI Guard compose simulator</title>
  <link rel="icon" href="/assets/icon-32.png">
</head>
<body style="margin:0">
  <div id="root"></div>
  <script src="/__sim/simulator.js"></script>
</body>
</html>
`;

/** The host names this server answers to (DNS rebinding: a page's own name must not reach it). */
function allowedHosts(opts) {
  const names = new Set(['localhost', '127.0.0.1', '::1', ...opts.allowHosts]);
  const host = opts.host.replace(/^\[|\]$/g, '').toLowerCase();
  if (WILDCARD.has(opts.host)) {
    // Other machines use this one's name or an address of it.
    names.add(machineName().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const a of list || []) names.add(a.address.toLowerCase());
  } else names.add(host);
  return names;
}

/** "localhost:3000" -> "localhost", "[::1]:3000" -> "::1"; undefined when absent or malformed. */
function hostOf(header) {
  if (typeof header !== 'string') return undefined;
  const m = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+?))\.?(?::\d{1,5})?$/i.exec(header.trim());
  return m ? (m[1] || m[2]).toLowerCase() : undefined;
}

/** A page's own Content-Security-Policy (its <meta> tag), with the directives every page must have. */
function cspOf(html) {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  let csp = m ? m[1] : "default-src 'none'";
  for (const d of CSP_REQUIRED) if (!csp.split(';').some((x) => x.trim() === d)) csp += `; ${d}`;
  return csp;
}

/** The organisation policy's own name (its "name" field), for the simulator's header; null when it has none or cannot be read. */
function policyName(file) {
  if (!file) return null;
  try {
    const name = JSON.parse(readFileSync(file, 'utf8')).name;
    return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : null;
  } catch {
    return null;
  }
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function createHandler(opts, sim) {
  const allowed = allowedHosts(opts);
  let policyWarned = false;
  return (req, res) => {
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
      res.end(body);
    };
    const page = (html) => send(200, TYPES['.html'], html, { 'content-security-policy': cspOf(html) });
    try {
      const host = hostOf(req.headers.host);
      if (!host) return send(400, 'text/plain', 'bad request: no valid Host header');
      if (!allowed.has(host)) return send(403, 'text/plain', 'forbidden: this server does not answer to that Host name (start it with --allow-host NAME to add one)');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
      let url;
      try {
        url = new URL(req.url || '/', 'http://localhost');
      } catch {
        return send(400, 'text/plain', 'bad request: malformed request target');
      }
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'text/plain', 'bad request: malformed percent-escape');
      }
      if (pathname.includes('\0')) return send(400, 'text/plain', 'bad request: NUL in path');
      if (pathname === '/policy.json') {
        if (!opts.policy) return send(404, 'text/plain', 'no organisation policy: the built-in default applies');
        let body;
        try {
          body = readFileSync(opts.policy);
        } catch (e) {
          // Not 404: to the add-in that means "the policy was withdrawn, use the default".
          if (!policyWarned) console.error(`The --policy file cannot be read (${e.code || 'error'}): answering 500, so that clients keep their last good policy.`);
          policyWarned = true;
          return send(500, 'text/plain', 'the organisation policy file cannot be read');
        }
        policyWarned = false;
        return send(200, TYPES['.json'], body);
      }
      if (sim) {
        if (pathname === '/' || pathname === '/simulator.html') return page(SIMULATOR_HTML);
        if (pathname === '/__sim/simulator.js') return send(200, TYPES['.js'], sim.page);
        if (pathname === '/__sim/office.js') return send(200, TYPES['.js'], sim.shim);
        if (pathname === '/__sim/info.json') return send(200, TYPES['.json'], JSON.stringify({ policy: opts.policy ? opts.policy.split(/[/\\]/).pop() : null, name: policyName(opts.policy) }));
      }
      const rel = normalize(pathname).replace(/^[/\\]+/, '');
      let file = resolve(WEB, rel || 'taskpane.html');
      if (file !== WEB && !file.startsWith(WEB + sep)) return send(404, 'text/plain', 'not found');
      let info = statOrNull(file);
      if (info && info.isDirectory()) {
        file = join(file, 'index.html');
        info = statOrNull(file);
      }
      if (!info || !info.isFile()) return send(404, 'text/plain', 'not found');
      let body;
      try {
        body = readFileSync(file);
      } catch (e) {
        return e.code === 'ENOENT' || e.code === 'EISDIR' ? send(404, 'text/plain', 'not found') : send(500, 'text/plain', 'cannot read the file');
      }
      if (extname(file) !== '.html') return send(200, TYPES[extname(file)] || 'application/octet-stream', body);
      let html = body.toString('utf8');
      // In the simulator the add-in's pages get the fake mailbox instead of Microsoft's office.js.
      if (sim) html = html.split(OFFICE_CDN).join('/__sim/office.js');
      return page(html);
    } catch (e) {
      // Whatever went wrong, this request gets an answer and the server stays up.
      console.error(`request failed (${(e && e.code) || 'internal error'})`);
      if (!res.headersSent) send(500, 'text/plain', 'internal error');
      else res.destroy();
    }
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
    const scheme = opts.mode === 'https' ? 'https' : 'http';
    const everywhere = WILDCARD.has(opts.host);
    // The address it really listens on: "localhost" only when that is what it is.
    const shown = LOOPBACK.has(opts.host) || everywhere ? 'localhost' : opts.host.includes(':') && !opts.host.startsWith('[') ? `[${opts.host}]` : opts.host;
    const url = `${scheme}://${shown}:${port}/`;
    const where = everywhere
      ? `${url}  (this machine)\n    listening on every network interface (${opts.host}): other machines on the network can reach it too, as ${scheme}://${machineName()}:${port}/`
      : url;
    const policy = opts.policy ? `organisation policy ${opts.policy}` : 'built-in default policy';
    if (opts.mode === 'demo') {
      console.log(`\nPHI Guard compose simulator (${policy}):\n\n    ${where}\n\nOpen it in a browser, pick a sample or type a message, press Send. Ctrl+C stops the server.\nPolicy settings (for privacy administrators): ${url}settings.html\nHelp page (what users are told): ${url}help.html`);
      if (opts.open && !process.env.CI) openBrowser(url);
    } else {
      console.log(`PHI Guard add-in files at ${where} (${policy}). Ctrl+C stops the server.`);
    }
    if (everywhere) console.log(`Note: --host ${opts.host} serves every network interface, not only this machine. Use the default (127.0.0.1) unless another machine needs it.`);
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
