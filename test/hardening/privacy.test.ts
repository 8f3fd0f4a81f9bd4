import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { defaultPolicy, scanMessage } from '../../src/engine';
import { parseJsonLines } from '../../src/cli/inputs';
import { createFakeOffice } from '../support/fake-office';
import { flaggedTexts, leaks } from '../support/flagged-text';

/**
 * Privacy of the event handlers: over the whole dev corpus, everything the
 * BUILT handler bundle writes anywhere (console, x-phi-guard header,
 * notifications, OfficeRuntime.storage, network requests, the Smart Alerts
 * dialog's machine-readable contextData) carries rule ids and counts, never
 * the text it flagged. (The dialog's own text names fields and rules only;
 * test/commands checks its wording.)
 */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'commands.js');
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
if (process.env.CI && !(existsSync(BUNDLE) && existsSync(CORPUS))) throw new Error('needs dist/web/commands.js and ../shared/corpus/dev.jsonl');
const run = existsSync(BUNDLE) && existsSync(CORPUS);
const describeIf = run ? describe : describe.skip;

describe('privacy: the leak check itself', () => {
  test('finds a flagged text and its digits in any output, whatever the case', () => {
    const m = { subject: 'Pt Ada Quill MRN 00451782', to: [], cc: [], bcc: [], attachments: [] };
    const texts = flaggedTexts(m, scanMessage(m, defaultPolicy()));
    expect(texts).toEqual(expect.arrayContaining(['MRN 00451782', '00451782']));
    expect(leaks(texts, ['x-phi-guard: block; rules=subject.mrn', 'file 00451782.pdf'])).toEqual(['00451782']);
    expect(leaks(texts, ['ADA QUILL was here'])).toEqual(['Ada Quill'].filter((t) => texts.includes(t)));
  });
});

describeIf('privacy: the handler bundle over the dev corpus', () => {
  test('no flagged text in console output, headers, notifications, storage, requests or dialog data', async () => {
    const src = readFileSync(BUNDLE, 'utf8');
    const records = parseJsonLines(readFileSync(CORPUS, 'utf8'), CORPUS).filter((r) => r.ok);
    let checkedTexts = 0;
    const problems: string[] = [];
    for (const r of records) {
      if (!r.ok) continue;
      const texts = flaggedTexts(r.message, scanMessage(r.message, defaultPolicy()));
      checkedTexts += texts.length;
      const logged: string[] = [];
      const log = (...args: unknown[]) => logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      const requests: string[] = [];
      const fake = createFakeOffice({
        message: r.message,
        storage: {},
        fetch: async (url) => {
          requests.push(url);
          return { ok: false, status: 404, text: async () => '' };
        },
      });
      const console = { log, info: log, warn: log, error: log, debug: log, trace: log };
      vm.runInContext(src, vm.createContext({ ...fake.globals, console }));
      await fake.fire('onNewMessageComposeHandler');
      await fake.fire('onMessageRecipientsChangedHandler');
      const done = await fake.fire('onMessageSendHandler');
      const places = [
        ...logged,
        ...fake.state.headerWrites,
        ...[...fake.state.notifications.values()].map((n) => n.message),
        ...[...fake.state.storage.entries()].map(([k, v]) => `${k}=${v}`),
        ...requests,
        ...done.map((o) => String(o.contextData ?? '')),
      ];
      const leaked = leaks(texts, places);
      if (leaked.length) problems.push(`${r.id}: ${leaked.length} flagged text(s) found in handler output`);
    }
    expect(problems).toEqual([]);
    // The check has something to look for: the corpus flags hundreds of texts.
    expect(checkedTexts).toBeGreaterThan(100);
  }, 300000);
});
