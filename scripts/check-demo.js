#!/usr/bin/env node
/**
 * CI check of the README's "run it" command: `npm run demo` builds, starts the
 * simulator server, serves the simulator, the task pane and the handler
 * bundle, and stops cleanly on Ctrl+C (SIGINT to its process group, as a
 * terminal sends it). Exits non-zero with the server's output otherwise.
 */
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const BUILD_TIMEOUT_MS = 300000;
const child = spawn('npm', ['run', 'demo', '--', '--no-open', '--port', '0'], { cwd: join(__dirname, '..'), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
const fail = (why) => {
  console.error(`demo check FAILED: ${why}\n--- demo output ---\n${output}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  process.exit(1);
};
const timer = setTimeout(() => fail('no URL printed within 5 minutes'), BUILD_TIMEOUT_MS);
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
child.on('exit', (code) => {
  if (!checked) fail(`npm run demo exited early (code ${code})`);
});
let checked = false;

const poll = setInterval(async () => {
  const m = /(http:\/\/localhost:\d+)\//.exec(output);
  if (!m || checked) return;
  checked = true;
  clearInterval(poll);
  clearTimeout(timer);
  const base = m[1];
  for (const [path, expect] of [['/', 'PHI Guard compose simulator'], ['/taskpane.html', '/__sim/office.js'], ['/commands.html', 'commands.js'], ['/commands.js', 'onMessageSendHandler'], ['/__sim/simulator.js', 'createRoot']]) {
    const r = await fetch(base + path).catch((e) => ({ ok: false, status: String(e) }));
    const text = r.ok ? await r.text() : '';
    if (!r.ok || !text.includes(expect)) fail(`GET ${path}: ${r.status}, expected it to contain ${JSON.stringify(expect)}`);
    console.log(`demo check: GET ${path} ${r.status} (${text.length} bytes)`);
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  process.kill(-child.pid, 'SIGINT');
  const stopTimer = setTimeout(() => fail('the server did not stop within 10 s of Ctrl+C'), 10000);
  const { code, signal } = await exited;
  clearTimeout(stopTimer);
  if (!/stopped\./.test(output)) fail(`no clean stop message (exit ${code}, signal ${signal})`);
  console.log(`demo check: stopped cleanly on Ctrl+C (npm exit ${code ?? signal})`);
  process.exit(0);
}, 250);
