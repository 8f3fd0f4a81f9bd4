import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { Message, Recipient } from '../engine';

/** One message read from an input, or the reason it could not be read. */
export type InputRecord =
  | { ok: true; id: string; source: string; message: Message; expect?: Record<string, string>; kinds?: string[] }
  | { ok: false; source: string; error: string };

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

function toRecipients(x: unknown): Recipient[] {
  return asArray(x).map((r) => {
    if (typeof r === 'string') return { displayName: '', emailAddress: r };
    const o = (r ?? {}) as Record<string, unknown>;
    return { displayName: str(o.displayName ?? o.name), emailAddress: str(o.emailAddress ?? o.address) };
  });
}

/** Accepts the corpus shape ({message: {...}}) or a bare message object. */
export function toMessage(obj: unknown): Message {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('expected a JSON object');
  const o = obj as Record<string, unknown>;
  const m = (typeof o.message === 'object' && o.message !== null ? o.message : o) as Record<string, unknown>;
  if (!('subject' in m) && !('to' in m) && !('attachments' in m)) {
    throw new Error('no message fields (subject, to, cc, bcc, attachments) found');
  }
  if ('subject' in m && typeof m.subject !== 'string') throw new Error('"subject" must be a string');
  return {
    subject: str(m.subject),
    to: toRecipients(m.to),
    cc: toRecipients(m.cc),
    bcc: toRecipients(m.bcc),
    attachments: asArray(m.attachments).map((a) => {
      const ao = (a ?? {}) as Record<string, unknown>;
      return typeof a === 'string' ? { name: a } : { name: str(ao.name ?? ao.filename), size: typeof ao.size === 'number' ? ao.size : undefined, isInline: ao.isInline === true };
    }),
    senderAddress: str(m.senderAddress) || undefined,
  };
}

export function parseJsonLines(text: string, source: string): InputRecord[] {
  const out: InputRecord[] = [];
  const trimmed = text.trim();
  // A whole file holding one JSON object (pretty-printed) is a single message.
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    try {
      return [record(JSON.parse(trimmed), source, 1)];
    } catch {
      // fall through to line-by-line, which reports the line
    }
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    try {
      out.push(record(JSON.parse(line), where, i + 1));
    } catch (e) {
      out.push({ ok: false, source: where, error: (e as Error).message });
    }
  });
  return out;
}

function record(obj: unknown, source: string, line: number): InputRecord {
  const message = toMessage(obj);
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : `line-${line}`;
  const expect = typeof o.expect === 'object' && o.expect !== null ? (o.expect as Record<string, string>) : undefined;
  const kinds = Array.isArray(o.kinds) ? (o.kinds as string[]) : undefined;
  return { ok: true, id, source, message, expect, kinds };
}

export async function parseEml(raw: Buffer | string, source: string): Promise<InputRecord> {
  try {
    const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
    const rec = (list: { name?: string; address?: string; group?: unknown[] }[] | undefined): Recipient[] =>
      (list ?? []).flatMap((a) => (Array.isArray(a.group) ? (a.group as { name?: string; address?: string }[]) : [a])).map((a) => ({ displayName: a.name ?? '', emailAddress: a.address ?? '' }));
    const message: Message = {
      subject: email.subject ?? '',
      to: rec(email.to as never),
      cc: rec(email.cc as never),
      bcc: rec(email.bcc as never),
      attachments: email.attachments.map((a) => ({ name: a.filename ?? '', isInline: a.disposition === 'inline' })).filter((a) => a.name),
      senderAddress: email.from?.address,
    };
    return { ok: true, id: source.replace(/^.*[\\/]/, ''), source, message };
  } catch (e) {
    return { ok: false, source, error: `not a readable e-mail: ${(e as Error).message}` };
  }
}

const INPUT_FILE = /\.(?:eml|jsonl|json)$/i;

/** Every .eml, .jsonl and .json file under a directory, sorted (an export of sent mail). */
export async function listInputs(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && INPUT_FILE.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

export async function readInput(path: string): Promise<InputRecord[]> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [{ ok: false, source: path, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message }];
  }
  if (/\.eml$/i.test(path)) return [await parseEml(data, path)];
  return parseJsonLines(data.toString('utf8'), path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
