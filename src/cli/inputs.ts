import { constants } from 'node:fs';
import { FileHandle, lstat, open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import PostalMime from 'postal-mime';
import * as v from 'valibot';
import type { Message } from '../engine';
import { jsonSyntaxError, lineColumn } from '../engine/json-position';
import { MESSAGE_KEYS, ShapeProblem, describeProblems, parseMessage, shapeProblems } from '../engine/message-schema';

/** One message read from an input, or the reason it could not be read. */
export type InputRecord =
  | { ok: true; id: string; source: string; message: Message; expect?: Record<string, string>; kinds?: string[] }
  | { ok: false; source: string; error: string };

/**
 * A line longer than this is reported and skipped without being held whole in
 * memory (docs/security.md, "Input caps"); it is far beyond any real message.
 */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Records: one JSON object, checked against the message schema.

const LABEL = v.picklist(['flag', 'clean', 'either'], 'expected flag, clean or either');
/** A labelled corpus line's metadata; labels are checked here so that a typo is never "not scored". */
const RecordMetaSchema = v.strictObject({
  id: v.optional(v.string('expected text')),
  expect: v.optional(
    v.strictObject({ subject: v.optional(LABEL), recipients: v.optional(LABEL), attachments: v.optional(LABEL) }, 'expected labels {subject, recipients, attachments}'),
  ),
  kinds: v.optional(v.array(v.string('expected text'), 'expected a list of kinds')),
  why: v.optional(v.string('expected text')),
});
const META_KEYS = ['id', 'expect', 'kinds', 'why'];

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function problemsOf(issues: readonly v.BaseIssue<unknown>[]): ShapeProblem[] {
  return shapeProblems(issues).map((p) => (p.path === 'expect' && p.problem.startsWith('unknown field') ? { path: p.path, problem: 'unknown field (labels are subject, recipients and attachments)' } : p));
}

/**
 * A record is `{id?, message: {...}, expect?, kinds?, why?}` (the corpus shape)
 * or a bare message with those keys beside its fields. Problems name the path
 * and the kind of problem, never the text.
 */
export function recordFrom(obj: unknown, source: string, line: number): InputRecord {
  const bad = (problems: ShapeProblem[] | string): InputRecord => ({ ok: false, source, error: typeof problems === 'string' ? problems : describeProblems(problems) });
  if (!isPlainObject(obj)) return bad('expected a JSON object (a message)');
  const wrapped = 'message' in obj;
  const problems: ShapeProblem[] = [];
  const meta: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) {
    if (META_KEYS.indexOf(k) >= 0) meta[k] = obj[k];
    else if (!wrapped && (MESSAGE_KEYS as readonly string[]).indexOf(k) >= 0) fields[k] = obj[k];
    else if (!(wrapped && k === 'message')) problems.push({ path: '', problem: wrapped ? 'unknown field (a record has id, message, expect, kinds and why)' : `unknown field (a message has ${MESSAGE_KEYS.join(', ')})` });
  }
  if (!wrapped && problems.length === 0 && Object.keys(fields).length === 0) return bad('no message fields (subject, to, cc, bcc, attachments)');
  const m = v.safeParse(RecordMetaSchema, meta);
  if (!m.success) problems.push(...problemsOf(m.issues));
  const parsed = parseMessage(wrapped ? obj.message : fields);
  if (!parsed.ok) problems.push(...parsed.problems.map((p) => (wrapped ? { path: p.path ? `message${p.path.startsWith('[') ? '' : '.'}${p.path}` : 'message', problem: p.problem } : p)));
  if (problems.length > 0 || !parsed.ok || !m.success) return bad(dedupe(problems));
  return {
    ok: true,
    id: m.output.id ?? `line-${line}`,
    source,
    message: parsed.message,
    ...(m.output.expect ? { expect: m.output.expect as Record<string, string> } : {}),
    ...(m.output.kinds ? { kinds: m.output.kinds } : {}),
  };
}

function dedupe(problems: ShapeProblem[]): ShapeProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "not valid JSON (expected a value)" at file:line:column; never the text. */
function jsonRecord(text: string, source: string, firstLine: number): InputRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    const e = jsonSyntaxError(text);
    if (!e) return { ok: false, source: `${source}:${firstLine}`, error: 'not valid JSON' };
    const at = lineColumn(text, e.offset);
    return { ok: false, source: `${source}:${firstLine + at.line - 1}:${at.column}`, error: `not valid JSON (expected ${e.expected})` };
  }
  return recordFrom(obj, `${source}:${firstLine}`, firstLine);
}

// ---------------------------------------------------------------------------
// JSONL: one message per line, or a whole file holding one (pretty-printed) object.

/**
 * Turns the lines of a JSONL file into records, one line at a time, so a file
 * of any length is read in constant memory. A file whose first line opens an
 * object that does not close on that line, and in which no later line starts
 * with "{", is one pretty-printed message.
 */
export class JsonLinesReader {
  private line = 0;
  private started = false;
  /** Lines of a pretty-printed object being gathered, from `gatherFrom`. */
  private gathered: string[] | undefined;
  private gatherFrom = 0;

  constructor(private readonly source: string) {}

  /** The records that `line` completes (none, one, or a gathered object's lines). */
  push(raw: string | typeof LINE_TOO_LONG): InputRecord[] {
    this.line++;
    if (raw === LINE_TOO_LONG) return [...this.flushGathered(), { ok: false, source: `${this.source}:${this.line}`, error: `line too long (over ${MAX_LINE_CHARS} characters); skipped unread` }];
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!this.started && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (this.gathered) {
      if (!text.startsWith('{')) {
        this.gathered.push(text);
        return [];
      }
      // Another object starts: this is JSONL after all.
      return [...this.flushGathered(), ...this.one(text)];
    }
    if (text.trim() === '') return [];
    if (!this.started) {
      this.started = true;
      if (text.trimStart().startsWith('{') && jsonSyntaxErrorIsAtEnd(text)) {
        this.gathered = [text];
        this.gatherFrom = this.line;
        return [];
      }
    }
    return this.one(text);
  }

  end(): InputRecord[] {
    if (!this.gathered) return [];
    const text = this.gathered.join('\n');
    this.gathered = undefined;
    // One object over several lines; if it is not valid JSON, the error says where it breaks.
    return [jsonRecord(text, this.source, this.gatherFrom)];
  }

  private one(text: string): InputRecord[] {
    return [jsonRecord(text, this.source, this.line)];
  }

  /** Gathered lines were separate JSONL lines after all: each is its own record. */
  private flushGathered(): InputRecord[] {
    if (!this.gathered) return [];
    const lines = this.gathered;
    const from = this.gatherFrom;
    this.gathered = undefined;
    const out: InputRecord[] = [];
    lines.forEach((l, k) => {
      if (l.trim() !== '') out.push(jsonRecord(l, this.source, from + k));
    });
    return out;
  }
}

/** The first line opens an object that the line does not close: a pretty-printed file may follow. */
function jsonSyntaxErrorIsAtEnd(line: string): boolean {
  const e = jsonSyntaxError(line);
  return e !== undefined && e.offset >= line.trimEnd().length;
}

/** Marks a line over MAX_LINE_CHARS, which is skipped unread. */
export const LINE_TOO_LONG: unique symbol = Symbol('line too long');

/** Records of JSONL text held in memory (tests, scripts). */
export function parseJsonLines(text: string, source: string): InputRecord[] {
  const reader = new JsonLinesReader(source);
  const out: InputRecord[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const line = nl < 0 ? text.slice(from) : text.slice(from, nl);
    if (nl >= 0 || line !== '') for (const r of reader.push(line)) out.push(r);
    if (nl < 0) break;
    from = nl + 1;
  }
  for (const r of reader.end()) out.push(r);
  return out;
}

/**
 * Lines of a UTF-8 byte stream ("\n"-separated; a "\r" before it is removed by
 * the reader). A line is decoded once, when it is complete: a long line costs
 * its bytes, one copy and its text, not a string per chunk.
 */
export async function* linesOf(chunks: AsyncIterable<string | Buffer>, maxChars = MAX_LINE_CHARS): AsyncGenerator<string | typeof LINE_TOO_LONG> {
  let pieces: Buffer[] = [];
  let pending = 0;
  let skipping = false;
  const take = (last: Buffer): string | typeof LINE_TOO_LONG => {
    const all = pieces.length === 0 ? last : Buffer.concat([...pieces, last]);
    pieces = [];
    pending = 0;
    const line = all.toString('utf8');
    return line.length > maxChars ? LINE_TOO_LONG : line;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) {
        if (!skipping && from < chunk.length) {
          pieces.push(chunk.subarray(from));
          pending += chunk.length - from;
        }
        // Bytes, at least as many as characters: past the cap the rest of the line is skipped unread.
        if (pending > 4 * maxChars) {
          pieces = [];
          pending = 0;
          skipping = true;
        }
        break;
      }
      if (skipping) {
        skipping = false;
        yield LINE_TOO_LONG;
      } else yield take(chunk.subarray(from, nl));
      from = nl + 1;
    }
  }
  if (skipping) yield LINE_TOO_LONG;
  else if (pending > 0) yield take(Buffer.alloc(0));
}

/** Records of a JSONL stream, one at a time. */
export async function* jsonLinesRecords(chunks: AsyncIterable<string | Buffer>, source: string): AsyncGenerator<InputRecord> {
  const reader = new JsonLinesReader(source);
  for await (const line of linesOf(chunks)) yield* reader.push(line);
  yield* reader.end();
}

// ---------------------------------------------------------------------------
// .eml

/** Header names of which a real message has at least one. */
const MAIL_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'received', 'return-path', 'sender', 'reply-to']);
/** A header line: a field name of printable ASCII other than ":", then ":". */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * An RFC 5322 message: its header section must look like one (no binary
 * data, header lines first, at least one of the usual headers), so an empty,
 * binary or plain-text file is "not a readable e-mail", never a clean message.
 */
export async function parseEml(raw: Buffer | string, source: string): Promise<InputRecord> {
  const bad = (why: string): InputRecord => ({ ok: false, source, error: `not a readable e-mail (${why})` });
  const buf = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  if (buf.length === 0 || buf.toString('latin1').trim() === '') return bad('the file is empty');
  const headEnd = headerEnd(buf);
  const head = buf.subarray(0, headEnd).toString('latin1');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\v\f\x0e-\x1f\x7f]/.test(head)) return bad('binary data, not a MIME message');
  const firstLine = head.replace(/^(?:\r?\n)+/, '').split(/\r?\n/, 1)[0];
  if (!HEADER_LINE.test(firstLine)) return bad('it does not start with message headers');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(buf, { attachmentEncoding: 'arraybuffer' });
  } catch {
    return bad('the MIME parser could not read it');
  }
  if (!email.headers.some((h) => MAIL_HEADERS.has(h.key.toLowerCase()))) return bad('none of the usual headers (From, To, Subject, Date)');
  type Address = { name?: string; address?: string; group?: Address[] };
  const rec = (list: Address[] | undefined) =>
    (list ?? []).flatMap((a) => (Array.isArray(a.group) ? a.group : [a])).map((a) => ({ displayName: a.name ?? '', emailAddress: a.address ?? '' }));
  const parsed = parseMessage({
    subject: email.subject ?? '',
    to: rec(email.to as Address[] | undefined),
    cc: rec(email.cc as Address[] | undefined),
    bcc: rec(email.bcc as Address[] | undefined),
    attachments: email.attachments.filter((a) => a.filename).map((a) => ({ name: a.filename, isInline: a.disposition === 'inline' })),
    senderAddress: email.from?.address,
  });
  if (!parsed.ok) return bad(describeProblems(parsed.problems));
  return { ok: true, id: source.replace(/^.*[\\/]/, ''), source, message: parsed.message };
}

/** Offset of the blank line that ends the header section (or the first 64 KB). */
function headerEnd(buf: Buffer): number {
  const limit = Math.min(buf.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    if (buf[i] === 0x0a && (buf[i + 1] === 0x0a || (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a))) return i;
  }
  return limit;
}

// ---------------------------------------------------------------------------
// Files and folders

/** A file to read, or a path that could not be used, with the reason. */
export type Found = { kind: 'file'; path: string } | { kind: 'problem'; source: string; error: string };

const INPUT_EXT = new Set(['.eml', '.jsonl', '.json']);
/** Mail formats PHI Guard does not read: reported, so a folder of them is never "0 messages, all clean". */
const OTHER_MAIL: { [ext: string]: string } = {
  '.msg': 'Outlook .msg files are not supported; save the messages as .eml (File > Save As > Outlook Message Format - Unicode is not it: use "Save as .eml" or an export to EML)',
  '.pst': 'Outlook data files (.pst) are not supported; export the folder as .eml files',
  '.ost': 'Outlook data files (.ost) are not supported; export the folder as .eml files',
  '.olm': 'Outlook for Mac archives (.olm) are not supported; export the messages as .eml files',
  '.oft': 'Outlook templates (.oft) are not supported',
  '.mbox': 'mbox files are not supported; split them into .eml files',
  '.mbx': 'mbox files are not supported; split them into .eml files',
  '.emlx': 'Apple Mail .emlx files are not supported; export the messages as .eml files',
};

/** Reasons by error code: the path is already on the line, and the code says more than Node's message. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `error ${code}` : 'unreadable';
  }
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

function notRegular(st: Parameters<typeof kindOf>[0]): string {
  return `not a regular file (${kindOf(st)})${st.isFIFO() ? '; to read a pipe, give "-" and redirect it to standard input' : ''}`;
}

/**
 * Every input under `path`: the path itself when it is a file (whatever its
 * name), or each .eml, .jsonl and .json file under a folder, sorted by name.
 * Nothing stops the walk: a folder or link that cannot be read is reported
 * with its path and reason and the walk goes on. Symbolic links to files are
 * followed; links to folders are reported, not followed (no loops).
 * `note` receives what is worth saying but is not an error (files ignored).
 */
export async function* findInputs(path: string, note: (s: string) => void = () => undefined): AsyncGenerator<Found> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { kind: 'problem', source: path, error: reason(e) };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: 'file', path };
    return;
  }
  const counts = { files: 0, problems: 0, other: 0 };
  yield* walk(path, counts);
  if (counts.other > 0) note(`${path}: ${counts.other} other file(s) ignored (not .eml, .jsonl or .json)`);
  if (counts.files === 0 && counts.problems === 0) yield { kind: 'problem', source: path, error: 'no .eml, .jsonl or .json files in this folder' };
}

async function* walk(dir: string, counts: { files: number; problems: number; other: number }): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    counts.problems++;
    yield { kind: 'problem', source: dir, error: `cannot read folder (${reason(e)})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    const ext = extname(e.name).toLowerCase();
    if (e.isDirectory()) {
      yield* walk(full, counts);
      continue;
    }
    if (e.isSymbolicLink()) {
      let target;
      try {
        target = await stat(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        counts.problems++;
        yield { kind: 'problem', source: full, error: code === 'ENOENT' ? 'a link to nothing' : `cannot follow the link (${reason(err)})` };
        continue;
      }
      if (target.isDirectory()) {
        counts.problems++;
        yield { kind: 'problem', source: full, error: 'a link to a folder, not followed (name the folder itself to scan it)' };
        continue;
      }
      if (!INPUT_EXT.has(ext) && !OTHER_MAIL[ext]) {
        counts.other++;
        continue;
      }
      if (!target.isFile()) {
        counts.problems++;
        yield { kind: 'problem', source: full, error: notRegular(target) };
        continue;
      }
    } else if (!e.isFile()) {
      // A pipe, socket or device: reported if its name says it is an input, as it would otherwise be read.
      if (INPUT_EXT.has(ext)) {
        counts.problems++;
        const st = await lstat(full).catch(() => undefined);
        yield { kind: 'problem', source: full, error: st ? notRegular(st) : 'not a regular file' };
      } else counts.other++;
      continue;
    }
    if (OTHER_MAIL[ext]) {
      counts.problems++;
      yield { kind: 'problem', source: full, error: OTHER_MAIL[ext] };
    } else if (INPUT_EXT.has(ext)) {
      counts.files++;
      yield { kind: 'file', path: full };
    } else counts.other++;
  }
}

/**
 * Opens a file for reading without ever blocking: O_NONBLOCK makes opening a
 * FIFO return at once (a plain open waits for a writer forever), and anything
 * that is not a regular file is refused after the fact (no race with a stat).
 */
async function openRegular(path: string): Promise<{ ok: true; fh: FileHandle } | { ok: false; error: string }> {
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read file (${reason(e)})` };
  }
  const st = await fh.stat();
  if (st.isFile()) return { ok: true, fh };
  await fh.close();
  return { ok: false, error: st.isDirectory() ? 'is a directory' : notRegular(st) };
}

/** The records of one file: an .eml message, or JSONL / JSON streamed line by line. */
export async function* fileRecords(path: string): AsyncGenerator<InputRecord> {
  if (OTHER_MAIL[extname(path).toLowerCase()]) {
    yield { ok: false, source: path, error: OTHER_MAIL[extname(path).toLowerCase()] };
    return;
  }
  const opened = await openRegular(path);
  if (!opened.ok) {
    yield { ok: false, source: path, error: opened.error };
    return;
  }
  const fh = opened.fh;
  try {
    if (/\.eml$/i.test(path)) {
      let data: Buffer;
      try {
        data = await fh.readFile();
      } catch (e) {
        yield { ok: false, source: path, error: `cannot read file (${reason(e)})` };
        return;
      }
      yield await parseEml(data, path);
      return;
    }
    const stream = fh.createReadStream({ highWaterMark: 256 * 1024, autoClose: false });
    try {
      yield* jsonLinesRecords(stream, path);
    } catch (e) {
      yield { ok: false, source: path, error: `cannot read file (${reason(e)})` };
    } finally {
      stream.destroy();
    }
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Standard input as JSONL, streamed. */
export function stdinRecords(): AsyncGenerator<InputRecord> {
  return jsonLinesRecords(process.stdin, '<stdin>');
}
