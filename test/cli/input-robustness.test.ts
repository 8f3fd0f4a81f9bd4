import { SpawnSyncReturns, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, createWriteStream, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import fsp from 'node:fs/promises';
import { join } from 'node:path';
import { cli } from '../support/cli';

/**
 * Issue 16, the command line's input handling: findings 4 (large JSONL), 5
 * (unreadable folders), 7 (wrongly typed input), 10 (errors quote no input),
 * 11 (eval labels) and 12 (FIFOs, symbolic links, huge fields). Messages and
 * numbers are fictitious.
 */
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const EML = join(ROOT, 'test', 'fixtures', 'clinic-referral.eml');


function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'phi-guard-input-'));
  chmodSync(d, 0o755);
  return d;
}

function file(name: string, content: string | Buffer, where = dir()): string {
  const p = join(where, name);
  writeFileSync(p, content);
  return p;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  /** Peak resident set size of the whole process, in bytes. */
  peak: number;
  signal: NodeJS.Signals | null;
}

/** The built CLI in a child process, reporting its peak memory (the installed bin runs the same module). */
function run(args: string[], opts: { input?: string; uid?: number; timeout?: number; node?: string[] } = {}): Run {
  const code = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; process.stderr.write('\\nPEAK_RSS ' + process.resourceUsage().maxRSS * 1024 + '\\n'); });`;
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(opts.node ?? []), '-e', code, '--', ...args], {
    encoding: 'utf8',
    input: opts.input,
    timeout: opts.timeout ?? 120000,
    maxBuffer: 256 * 1024 * 1024,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  const peak = Number(/PEAK_RSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { code: r.status, out: r.stdout ?? '', err: (r.stderr ?? '').replace(/\nPEAK_RSS \d+\n$/, ''), peak, signal: r.signal };
}

const MB = 1024 * 1024;
/** A stack trace in the output: "    at fn (file:1:2)". */
const STACK = /^ +at [^\n]+[:(]/m;

describe('large inputs are streamed (finding 4)', () => {
  let big: string;
  let bigBytes = 0;
  beforeAll(async () => {
    big = join(dir(), 'half-a-million.jsonl');
    const out = createWriteStream(big);
    for (let i = 0; i < 500000; i++) {
      const line = JSON.stringify({ id: `m${i}`, message: { subject: i % 1000 === 0 ? 'MRN 00451782 consent' : `Staff meeting moved to room ${i % 50}`, to: [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }] }, expect: { subject: i % 1000 === 0 ? 'flag' : 'clean', recipients: 'clean', attachments: 'either' } }) + '\n';
      bigBytes += line.length;
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }, 120000);

  test('scan: 500,000 JSONL lines, no stack overflow, in constant memory', () => {
    const small = run(['scan', '--summary', file('one.jsonl', '{"subject":"Staff meeting"}\n')]);
    const r = run(['scan', '--summary', big]);
    expect(r.err).not.toMatch(/Maximum call stack|RangeError/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^500000 message\(s\) scanned with policy "PHI Guard default policy": 500 blocked/);
    console.info(`500,000 lines (${(bigBytes / MB).toFixed(1)} MB): peak RSS ${(r.peak / MB).toFixed(0)} MB; a one-line scan: ${(small.peak / MB).toFixed(0)} MB`);
    // Streaming: what a record costs is freed before the next. With V8's old space capped at 32 MB
    // (a third of the file) the whole file still goes through; holding the records would abort.
    const capped = run(['scan', '--summary', big], { node: ['--max-old-space-size=32'] });
    expect(capped.code).toBe(0);
    expect(capped.out).toMatch(/^500000 message\(s\) scanned/);
  }, 180000);

  test('eval: the same 500,000 labelled lines', () => {
    const r = run(['eval', big]);
    expect(r.err).not.toMatch(/Maximum call stack|RangeError/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('500000 labelled message(s)');
    expect(r.out).toMatch(/^subject\s+1\.000\s+1\.000\s+1\.000\s+500\s+0\s+0\s+499500/m);
  }, 180000);

  test('stdin: 150,000 lines', () => {
    const lines = Array.from({ length: 150000 }, (_, i) => `{"subject":"Rota week ${i % 52}"}`).join('\n');
    const r = run(['scan', '--summary'], { input: lines });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^150000 message\(s\) scanned/);
  }, 120000);
});

describe('an unreadable folder or file is reported and the rest is scanned (finding 5)', () => {
  // Root reads everything: there the CLI runs as nobody, if nobody can load it from where it is.
  const asRoot = process.getuid?.() === 0;
  const nobodyCanRun = !asRoot || spawnSync(process.execPath, ['-e', `require(${JSON.stringify(MAIN)})`], { uid: 65534, gid: 65534 }).status === 0;

  (nobodyCanRun ? test : test.skip)('a folder the user may not read: path and reason, no stack trace, exit 1', () => {
    const d = dir();
    file('a.eml', 'Subject: Staff rota\r\nTo: team@examplehealth.org\r\n\r\nRota.\r\n', d);
    mkdirSync(join(d, 'locked'));
    file('b.eml', 'Subject: MRN 00451782\r\nTo: team@examplehealth.org\r\n\r\nx\r\n', join(d, 'locked'));
    mkdirSync(join(d, 'open'));
    file('c.jsonl', '{"subject":"Lunch"}\n', join(d, 'open'));
    file('d.jsonl', '{"subject":"Coffee"}\n', d);
    chmodSync(join(d, 'locked'), 0o000);
    chmodSync(join(d, 'd.jsonl'), 0o000);
    const r = run(['scan', '--summary', d], asRoot ? { uid: 65534 } : {});
    chmodSync(join(d, 'locked'), 0o755);
    expect(r.err).not.toMatch(STACK);
    expect(r.err).toContain(`${join(d, 'locked')}: cannot read folder (permission denied)`);
    expect(r.err).toContain(`${join(d, 'd.jsonl')}: cannot read file (permission denied)`);
    expect(r.out).toMatch(/^2 message\(s\) scanned .*; 2 input\(s\) could not be read/);
    expect(r.code).toBe(1);
  });

  test('the same, wherever the test runs: a folder whose listing fails is reported and the walk goes on', async () => {
    const d = dir();
    mkdirSync(join(d, 'locked'));
    file('b.jsonl', '{"subject":"MRN 00451782"}\n', join(d, 'locked'));
    file('a.jsonl', '{"subject":"Lunch"}\n', d);
    const real = fsp.readdir;
    const spy = jest.spyOn(fsp, 'readdir').mockImplementation(((path: string, options: never) => {
      if (path === join(d, 'locked')) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }));
      return real(path, options);
    }) as typeof fsp.readdir);
    try {
      const r = await cli('scan', '--summary', d);
      expect(r.err).toContain(`${join(d, 'locked')}: cannot read folder (permission denied)`);
      expect(r.out).toMatch(/^1 message\(s\) scanned .*; 1 input\(s\) could not be read/);
      expect(r.code).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  test('a folder named on the command line that does not exist', async () => {
    const r = await cli('scan', '--summary', '/nonexistent/folder/');
    expect(r.err).toContain('/nonexistent/folder/: no such file');
    expect(r.code).toBe(1);
  });
});

describe('wrongly typed input is bad input, never a clean verdict (finding 7)', () => {
  test('the reviewer\'s message: an object for attachments and for To', async () => {
    const p = file('m.jsonl', '{"subject":"hi","attachments":{"name":"Smith_John_MRN448812.pdf"},"to":{"displayName":"HIV clinic patients","emailAddress":"hiv-patients@gmail.com"}}\n');
    const r = await cli('scan', p);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^ALLOW/m);
    expect(r.err).toContain(`${p}:1: to: expected a list of recipients`);
    expect(r.err).toContain('attachments: expected a list of attachments');
  });

  test.each([
    ['a number in a recipient list', '{"subject":"hi","to":[448812]}', 'to[0]: expected a recipient'],
    ['a number as a display name', '{"subject":"hi","cc":[{"displayName":448812,"emailAddress":"a@examplehealth.org"}]}', 'cc[0].displayName: expected text'],
    ['a list as an address', '{"subject":"hi","bcc":[{"displayName":"Ada","emailAddress":["a@gmail.com"]}]}', 'bcc[0].emailAddress: expected text'],
    ['a number as a file name', '{"subject":"hi","attachments":[{"name":448812}]}', 'attachments[0].name: expected text'],
    ['null in a recipient list', '{"subject":"hi","to":[null]}', 'to[0]: expected a recipient'],
    ['a misspelt field', '{"subjet":"MRN 00451782"}', 'unknown field'],
    ['a misspelt recipient field', '{"subject":"hi","to":[{"displayName":"Ada","emailAdress":"a@gmail.com"}]}', 'to[0]: unknown field'],
    ['a list as the message', '{"message":["MRN 00451782"]}', 'message: expected a message object'],
    ['a number as the subject', '{"message":{"subject":448812}}', 'message.subject: expected text'],
  ])('%s', async (_why, line, problem) => {
    const p = file('m.jsonl', `${line}\n`);
    const r = await cli('scan', '--json', p);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${p}:1: ${problem}`);
  });

  test.each([
    ['an empty .eml file', Buffer.alloc(0)],
    ['a binary .eml file', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['an .eml file of plain text with no header', Buffer.from('MRN 00451782 - please call the patient\n')],
  ])('%s is not a readable e-mail', async (_why, content) => {
    const p = file('x.eml', content);
    const r = await cli('scan', p);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^ALLOW/m);
    expect(r.err).toContain(`${p}: not a readable e-mail`);
  });

  test('a folder of .msg files is reported, not "0 messages scanned" with exit 0', async () => {
    const d = dir();
    file('a.msg', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), d);
    file('b.msg', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), d);
    const r = await cli('scan', '--summary', d);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(d, 'a.msg')}: Outlook .msg files are not supported`);
    expect(r.err).toContain(`${join(d, 'b.msg')}: Outlook .msg files are not supported`);
  });

  test('a folder with no message files in it at all is an error', async () => {
    const d = dir();
    file('notes.txt', 'not a message', d);
    const r = await cli('scan', '--summary', d);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${d}: no .eml, .jsonl or .json files in this folder`);
  });

  test('a message with every field well typed is still scanned', async () => {
    const p = file('m.jsonl', '{"subject":"MRN 00451782","to":["a@examplehealth.org",{"name":"Ada","address":"ada@examplehealth.org"}],"attachments":["x.pdf",{"filename":"y.pdf","size":3}]}\n');
    const r = await cli('scan', '--json', p);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).action).toBe('block');
  });
});

describe('error messages name file, line and column, never the input text (finding 10)', () => {
  test.each([
    ['a bare word', '{"subject": Jane Doe MRN 00451782}', ':1:13: not valid JSON'],
    ['a missing comma', '{"subject":"Jane Doe MRN 00451782" "to":[]}', ':1:36: not valid JSON'],
    ['a cut-off line', '{"subject":"Jane Doe MRN 00451782"', ':1:35: not valid JSON'],
    ['a trailing word', '{"subject":"hi"} Jane Doe', ':1:18: not valid JSON'],
    ['a bad escape', '{"subject":"Jane \\q Doe"}', ':1:18: not valid JSON'],
  ])('%s', async (_why, line, where) => {
    const p = file('m.jsonl', `{"subject":"Lunch"}\n${line}\n`);
    const r = await cli('scan', '--json', p);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}${where.replace(':1:', ':2:')}`);
    expect(r.err).not.toMatch(/Jane|Doe|00451782/);
  });

  test('on stdin too', () => {
    const r = run(['scan'], { input: '{"subject": Jane Doe MRN 00451782}\n' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('<stdin>:1:13: not valid JSON');
    expect(r.err).not.toMatch(/Jane|Doe|00451782/);
  });

  test('a pretty-printed message: the line and column inside the file', async () => {
    const p = file('m.json', '{\n  "subject": "Jane Doe",\n  "to": [Jane]\n}\n');
    const r = await cli('scan', p);
    expect(r.err).toContain(`${p}:3:10: not valid JSON`);
    expect(r.err).not.toMatch(/Jane|Doe/);
  });

  test('shape errors do not quote the value or an unknown key', async () => {
    const p = file('m.jsonl', '{"subject":{"Jane Doe":"MRN 00451782"}}\n{"Jane Doe MRN 00451782":"x","subject":"hi"}\n');
    const r = await cli('scan', p);
    expect(r.err).toContain(`${p}:1: subject: expected text`);
    expect(r.err).toContain(`${p}:2: unknown field`);
    expect(r.err).not.toMatch(/Jane|Doe|00451782/);
  });

  test('a bad policy file does not quote it either', async () => {
    const policy = file('policy.json', '{"schemaVersion": 1, "name": Jane Doe}');
    const r = await cli('scan', '--policy', policy, file('m.jsonl', '{"subject":"hi"}\n'));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/Jane|Doe/);
  });
});

describe('eval refuses labels it does not know (finding 11)', () => {
  const line = (expect: Record<string, unknown>) => JSON.stringify({ id: 'x', message: { subject: 'Lunch' }, expect });
  test.each([
    ['"Clean" (capital C)', { subject: 'Clean', recipients: 'clean', attachments: 'clean' }, 'expect.subject: expected flag, clean or either'],
    ['"flagged"', { subject: 'clean', recipients: 'flagged', attachments: 'clean' }, 'expect.recipients: expected flag, clean or either'],
    ['a label that is not text', { subject: 'clean', recipients: 'clean', attachments: true }, 'expect.attachments: expected flag, clean or either'],
    ['a misspelt group', { subjects: 'flag' }, 'expect: unknown field'],
  ])('%s', async (_why, labels, problem) => {
    const p = file('labelled.jsonl', `${line({ subject: 'clean', recipients: 'clean', attachments: 'clean' })}\n${line(labels)}\n`);
    const r = await cli('eval', p);
    expect(r.err).toContain(`${p}:2: ${problem}`);
    expect(r.code).toBe(1);
  });

  test('a group with nothing scored shows no figure rather than 1.000', async () => {
    const p = file('labelled.jsonl', `${line({ subject: 'either', recipients: 'either', attachments: 'either' })}\n`);
    const r = await cli('eval', p);
    expect(r.out).toMatch(/^subject\s+-\s+-\s+-\s+0\s+0\s+0\s+0\s+1$/m);
  });
});

describe('FIFOs, symbolic links and huge fields (finding 12)', () => {
  test('a FIFO argument does not hang: reported as not a regular file', () => {
    const d = dir();
    const fifo = join(d, 'pipe.jsonl');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    const r = run(['scan', fifo, file('m.jsonl', '{"subject":"Lunch"}\n', d)], { timeout: 15000 });
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(10000);
    expect(r.err).toContain(`${fifo}: not a regular file (a named pipe); to read a pipe, give "-" and redirect it to standard input`);
    expect(r.out).toMatch(/^1 message\(s\) scanned/m);
    expect(r.code).toBe(1);
  });

  test('a FIFO inside a folder does not hang either', () => {
    const d = dir();
    expect(spawnSync('mkfifo', [join(d, 'pipe.eml')]).status).toBe(0);
    file('a.jsonl', '{"subject":"Lunch"}\n', d);
    const r = run(['scan', '--summary', d], { timeout: 15000 });
    expect(r.signal).toBeNull();
    expect(r.err).toContain(`${join(d, 'pipe.eml')}: not a regular file (a named pipe)`);
    expect(r.code).toBe(1);
  });

  test('symbolic links to .eml files in a folder are followed; links to folders and broken links are reported', async () => {
    const d = dir();
    const elsewhere = dir();
    const target = file('referral.eml', '', elsewhere);
    copyFileSync(EML, target);
    symlinkSync(target, join(d, 'linked.eml'));
    symlinkSync(elsewhere, join(d, 'linked-folder'));
    symlinkSync(join(elsewhere, 'gone.eml'), join(d, 'broken.eml'));
    const r = await cli('scan', '--json', d);
    expect(r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l).action)).toEqual(['block']);
    expect(r.err).toContain(`${join(d, 'linked-folder')}: a link to a folder, not followed`);
    expect(r.err).toContain(`${join(d, 'broken.eml')}: a link to nothing`);
    expect(r.code).toBe(1);
  });

  test('a 10 MB subject is reported as too long to check (the fail mode decides), within the peak-memory constant', () => {
    const d = dir();
    const unit = 'Staff meeting moved to room 12 MRN 00451782 ';
    const subject = unit.repeat(Math.ceil((10 * MB) / unit.length)).slice(0, 10 * MB);
    const p = file('huge.jsonl', `${JSON.stringify({ id: 'huge', subject })}\n{"id":"small","subject":"Lunch"}\n`, d);
    const small = run(['scan', file('one.jsonl', '{"subject":"Lunch"}\n', d)]);
    const r = run(['scan', p]);
    expect(r.out).toMatch(/^ALLOW\s+huge\s+not checked: the subject is too long to check \(10,485,760 characters; the limit is 10,000\)/m);
    expect(r.out).toMatch(/^ALLOW\s+small$/m);
    expect(r.code).toBe(1);
    const growth = r.peak - small.peak;
    console.info(`10 MB subject: peak RSS ${(r.peak / MB).toFixed(0)} MB, ${(growth / MB).toFixed(1)} MB above a one-line scan: ${(growth / (10 * MB)).toFixed(2)} x the input`);
    // docs/security.md, "Input caps": peak memory at most 5 x the input above the CLI's baseline (measured: 4.0).
    expect(growth).toBeLessThan(5 * 10 * MB);
    const block = file('policy.json', JSON.stringify({ schemaVersion: 1, behaviour: { failMode: 'block' } }), d);
    expect(run(['scan', '--policy', block, p]).out).toMatch(/^BLOCK\s+huge\s+not checked/m);
  }, 120000);
});
