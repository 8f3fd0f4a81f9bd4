import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';

/**
 * Issue 16, findings 6 and 15: the demo and dev server (scripts/serve.js, what
 * `npm run demo` and `npm run dev-server` run) answer every malformed request
 * with 400/403/404/500 and stay up; they check the Host header (DNS rebinding),
 * send the CSP as a response header, and say where they really listen.
 */
const ROOT = join(__dirname, '..', '..');
const SERVE = join(ROOT, 'scripts', 'serve.js');
const built = existsSync(join(ROOT, 'dist', 'web', 'taskpane.html')) && existsSync(join(ROOT, 'dist', 'web', 'commands.js'));
const describeBuilt = built ? describe : describe.skip;

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: () => boolean;
}

function start(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--no-open', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let exited = false;
    const onData = (d: Buffer) => {
      out += String(d);
      const m = /https?:\/\/[^\s/]+:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]), output: () => out, exited: () => exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d) => (out += String(d)));
    child.on('exit', (code) => {
      exited = true;
      reject(new Error(`server exited (${code}): ${out}`));
    });
  });
}

async function stop(s: Server | undefined): Promise<void> {
  if (!s || s.exited()) return;
  const gone = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGTERM');
  await gone;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One raw HTTP/1.1 exchange: the request goes out byte for byte, as a hostile page or script would send it. */
function raw(port: number, request: string, tls = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = tls ? tlsConnect({ port, host: '127.0.0.1', rejectUnauthorized: false }) : connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on(tls ? 'secureConnect' : 'connect', () => socket.write(request));
    socket.on('data', (d) => (data += String(d)));
    socket.on('error', reject);
    socket.on('close', () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(data);
      if (!m) return reject(new Error(`no HTTP answer: ${JSON.stringify(data.slice(0, 200))}`));
      const [head, ...rest] = data.split('\r\n\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(m[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const get = (port: number, target: string, host = `localhost:${port}`, tls = false) => raw(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, tls);

describeBuilt('the demo server survives malformed requests (finding 6)', () => {
  let server: Server;
  let policy: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phi-guard-serve-'));
    policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, name: 'Serve test' }));
    server = await start(['--demo', '--policy', policy]);
  }, 60000);
  afterAll(() => stop(server));

  const alive = async () => {
    expect(server.exited()).toBe(false);
    expect((await get(server.port, '/taskpane.html')).status).toBe(200);
  };

  test.each([
    ['a lone percent sign', 400, '/%'],
    ['an overlong UTF-8 dot-dot', 400, '/%C0%AE%C0%AE/'],
    ['a truncated escape', 400, '/commands%2'],
    ['an invalid escape in a deeper path', 400, '/assets/%E0%A4%A'],
    ['a NUL byte', 400, '/taskpane.html%00.png'],
    ['an encoded traversal', 404, '/..%2f..%2f..%2fpackage.json'],
    ['an encoded dot-dot traversal', 404, '/%2e%2e/%2e%2e/package.json'],
    ['a backslash traversal', 404, '/..%5c..%5cpackage.json'],
    ['a sibling of the web folder', 404, '/../web-other/x.js'],
    ['a folder without an index', 404, '/assets/'],
    ['a very long file name', 404, `/${'a'.repeat(4000)}.js`],
    ['an absolute-form request target', 200, 'http://localhost/taskpane.html'],
  ])('%s: %s, and the server stays up', async (_why, status, target) => {
    const r = await get(server.port, target);
    expect(r.status).toBe(status);
    expect(r.body).not.toMatch(/"name": "phi-guard"|URIError|at .*\.js:\d+/);
    await alive();
  });

  test.each([
    ['an unparsable request target', 'GET http://[ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n'],
    ['a header with a control character', 'GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0001b\r\n\r\n'],
    ['an unknown method', 'BREW /pot HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ])('%s: 400, and the server stays up', async (_why, request) => {
    const r = await raw(server.port, request);
    expect(r.status).toBe(400);
    await alive();
  });

  test.each([
    ['POST', 405],
    ['DELETE', 405],
  ])('%s: %s', async (method, status) => {
    const r = await raw(server.port, `${method} /policy.json HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(r.status).toBe(status);
    await alive();
  });

  test('the simulator is told which policy is active: the file and its own name (issue 17 item 7)', async () => {
    const r = await get(server.port, '/__sim/info.json');
    expect(r.status).toBe(200);
    // (the raw reply may be chunked: the JSON object is what matters)
    expect(JSON.parse(r.body.slice(r.body.indexOf('{'), r.body.lastIndexOf('}') + 1))).toEqual({ policy: 'policy.json', name: 'Serve test' });
  });

  test('the --policy file removed while running: 500 (clients keep their last good policy), and the server stays up', async () => {
    expect((await get(server.port, '/policy.json')).status).toBe(200);
    unlinkSync(policy);
    const r = await get(server.port, '/policy.json');
    expect(r.status).toBe(500);
    expect(r.body).not.toContain(policy);
    await alive();
    // A folder where the file was: the same.
    mkdirSync(policy);
    expect((await get(server.port, '/policy.json')).status).toBe(500);
    await alive();
  });
});

describeBuilt('Host header, CSP header, the address printed (finding 15)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await start(['--demo']);
  }, 60000);
  afterAll(() => stop(server));

  test.each([
    ['localhost', 200, (p: number) => `localhost:${p}`],
    ['127.0.0.1', 200, (p: number) => `127.0.0.1:${p}`],
    ['[::1]', 200, (p: number) => `[::1]:${p}`],
    ['a rebinding domain', 403, (p: number) => `attacker.example:${p}`],
    ['a localhost look-alike', 403, (p: number) => `localhost.attacker.example:${p}`],
    ['an empty Host', 400, () => ''],
  ])('Host: %s: %s', async (_why, status, host) => {
    expect((await get(server.port, '/taskpane.html', host(server.port))).status).toBe(status);
  });

  test('the banner names the policy settings and the help page, and both are served (issue 17 item 14)', async () => {
    expect(server.output()).toContain(`Policy settings (for privacy administrators): http://localhost:${server.port}/settings.html`);
    expect(server.output()).toContain(`Help page (what users are told): http://localhost:${server.port}/help.html`);
    for (const path of ['/settings.html', '/help.html']) expect((await get(server.port, path, `localhost:${server.port}`)).status).toBe(200);
  });

  test('no Host header at all (HTTP/1.0): 400', async () => {
    expect((await raw(server.port, 'GET /taskpane.html HTTP/1.0\r\n\r\n')).status).toBe(400);
  });

  test.each(['/', '/taskpane.html', '/commands.html', '/settings.html', '/help.html'])('%s carries the CSP as a header, with base-uri and form-action none', async (path) => {
    const r = await get(server.port, path);
    expect(r.status).toBe(200);
    const csp = r.headers['content-security-policy'];
    expect(csp).toBeDefined();
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toMatch(/default-src 'self'/);
    // The page's own meta CSP says the same.
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(r.body)?.[1];
    expect(meta).toBe(csp);
  });

  test('--host 0.0.0.0 is not printed as localhost: it says every interface, and warns', async () => {
    const open = await start(['--demo', '--host', '0.0.0.0']);
    try {
      expect(open.output()).toMatch(/every network interface \(0\.0\.0\.0\)/);
      expect(open.output().split('\n').map((l) => l.trim())).not.toContainEqual(expect.stringMatching(/^http:\/\/localhost:\d+\/$/));
      // Other machines reach it by this machine's name or address: those Host values are allowed.
      expect((await get(open.port, '/taskpane.html', `127.0.0.1:${open.port}`)).status).toBe(200);
      expect((await get(open.port, '/taskpane.html', `attacker.example:${open.port}`)).status).toBe(403);
    } finally {
      await stop(open);
    }
  }, 60000);
});

const openssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

(built && openssl ? describe : describe.skip)('the HTTPS dev server (npm run dev-server) checks the Host header too', () => {
  let server: Server;
  beforeAll(async () => {
    const home = mkdtempSync(join(tmpdir(), 'phi-guard-home-'));
    const certs = join(home, '.office-addin-dev-certs');
    mkdirSync(certs);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(certs, 'localhost.key'), '-out', join(certs, 'localhost.crt')], { stdio: 'ignore' });
    server = await start(['--https'], { ...process.env, HOME: home });
  }, 60000);
  afterAll(() => stop(server));

  test('a rebinding Host is refused; localhost is served, with the CSP header', async () => {
    expect((await get(server.port, '/taskpane.html', `attacker.example:${server.port}`, true)).status).toBe(403);
    const r = await get(server.port, '/taskpane.html', `localhost:${server.port}`, true);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("form-action 'none'");
  });

  test('a bad percent-escape does not stop it', async () => {
    expect((await get(server.port, '/%', `localhost:${server.port}`, true)).status).toBe(400);
    expect((await get(server.port, '/taskpane.html', `localhost:${server.port}`, true)).status).toBe(200);
  });
});
