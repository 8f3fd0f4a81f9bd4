import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { Message, Recipient, Verdict, defaultPolicy, scanMessage } from '../../src/engine';
import { Api, Fault, createFakeOffice } from '../support/fake-office';

/**
 * Property-based tests (fast-check): the engine and the built on-send handler
 * on arbitrary input. Seeds are fixed so a failure reproduces; fast-check
 * prints the shrunk counterexample.
 */
const SEED = 20261122;

// Pieces that stress the text preparation: identifiers, keywords, names, health words,
// invisibles, bidi controls, emoji, surrogate pairs, full-width and Arabic-Indic digits,
// path separators and control characters.
const PIECE = fc.constantFrom(
  'MRN', 'SSN', 'DOB', 'M.R.N.', 'pt', 'Ada', 'Quill', 'QUILL', 'CT', 'biopsy', 'dx', 'HIV', '00451782', '536-22-4417',
  '1EG4-TE5-MK73', '3/14/58', '92 yo', 'E11.9', 'http://x.example/patients/123', '@gmail.com', '1420 Maple Ave',
  ' ', '  ', '-', '_', '.', '/', '\\', ':', '#', '\u0000', '\u0007', '\n', '\t', '\u200b', '\u200d', '\u2060', '\u00ad',
  '\u202e', '\u202c', '\u200f', '\u061c', '💉', '👩‍⚕️', '𝟘𝟙', '０４５', '٠٤٥', 'é', 'ñ', 'Ω', 'İ', 'ß', 'ﬁ', '\ud83d', '\udc89',
);
const messy = fc.oneof(
  { weight: 3, arbitrary: fc.array(PIECE, { maxLength: 24 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);
const recipient: fc.Arbitrary<Recipient> = fc.record({ displayName: messy, emailAddress: fc.oneof(messy, fc.emailAddress()) });
const attachmentName = fc.oneof(messy, fc.tuple(messy, fc.constantFrom('.pdf', '.docx', '.jpg', '')).map(([a, b]) => a + b), fc.array(messy, { maxLength: 4 }).map((p) => p.join('/')));
const message: fc.Arbitrary<Message> = fc.record({
  subject: messy,
  to: fc.array(recipient, { maxLength: 6 }),
  cc: fc.array(recipient, { maxLength: 4 }),
  bcc: fc.array(recipient, { maxLength: 3 }),
  attachments: fc.array(attachmentName.map((name) => ({ name })), { maxLength: 5 }),
  senderAddress: fc.constant('me@examplehealth.org'),
});

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** A position that does not split a surrogate pair. */
const onBoundary = (s: string, i: number) => i <= 0 || i >= s.length || !(isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)));

function valueOf(m: Message, f: Verdict['findings'][number]): string {
  if (f.field === 'subject') return m.subject;
  if (f.field === 'attachments') return m.attachments[f.index!].name;
  const r = m[f.field][f.index!];
  return f.part === 'displayName' ? r.displayName : r.emailAddress;
}

function checkSpans(m: Message, v: Verdict): void {
  for (const f of v.findings) {
    const s = valueOf(m, f);
    if (!(f.start >= 0 && f.end <= s.length && f.start < f.end)) throw new Error(`span ${f.start}-${f.end} outside a ${s.length}-character ${f.field}`);
    if (!onBoundary(s, f.start) || !onBoundary(s, f.end)) throw new Error(`span ${f.start}-${f.end} splits a surrogate pair in ${f.field}`);
  }
}

describe('engine properties', () => {
  test('never throws; spans lie inside the field, on code-point boundaries; same input, same verdict', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(message, (m) => {
        const first = scanMessage(m, policy);
        checkSpans(m, first);
        // Again with the cache warm, and with a fresh policy object (cold cache): identical.
        expect(scanMessage(m, policy)).toEqual(first);
        expect(scanMessage(structuredClone(m), defaultPolicy())).toEqual(first);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  test('recipient lists up to 5,000 entries', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(fc.array(recipient, { minLength: 1000, maxLength: 5000 }), messy, (list, subject) => {
        const m: Message = { subject, to: list.slice(0, 10), cc: list.slice(10), bcc: [], attachments: [] };
        checkSpans(m, scanMessage(m, policy));
      }),
      { numRuns: 4, seed: SEED },
    );
  }, 120000);

  test('1 MB subjects and file names of arbitrary pieces', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(fc.array(PIECE, { minLength: 200, maxLength: 200 }), (pieces) => {
        let big = '';
        while (big.length < 1024 * 1024) big += pieces.join('');
        const m: Message = { subject: big, to: [], cc: [], bcc: [], attachments: [{ name: big.slice(0, 300000) }] };
        checkSpans(m, scanMessage(m, policy));
      }),
      { numRuns: 3, seed: SEED },
    );
  }, 180000);
});

/**
 * Linear time, judged by a ratio between sizes rather than a wall-clock limit:
 * a subject 8 times longer may take about 8 times as long; a quadratic
 * detector would take 64 times. Best of 3 at each size; threshold 24.
 * One adversarial unit per detector family, repeated.
 */
const ADVERSARIAL: Record<string, string> = {
  'ssn (delimited, keyword)': '123-45-SSN 1 2 3 ',
  'mrn keyword chains': 'MRN MRN # no. id ',
  'spelled letters': 'M R N S S N ',
  'look-alike digits': '0O0l0O0l ',
  'dates of birth': 'DOB 1/1/ 3/14/ born ',
  'age over 89': '99 yo aged 9 ',
  'names': 'Ada Quill pt maria ADA QUILL ',
  'street address': '12 Oak Oak Oak Ave 1 a ',
  'url': 'http://a/patients/?mrn=&id= ',
  'icd10': 'E11.9 A0 Z99. ',
  'mbi': '1EG4TE5MK7 1EG4 ',
  'phone': '555-555- (614) 555 ',
  'e-mail': 'a.b.c.d@ x@y. @@ ',
  'zero-width and full-width': '1\u200b２\u200c3\u2060４ ',
  'dashes and dots': '-.-.1-.-.2 ',
  'health words': 'diabetes CT biopsy dx ',
  'split identifier keyword': 'Consent for MRN record chart ',
  'whose health (ties, clinicians)': 'Tavita back after her surgery Dr. Lee his MRI ',
  'readings and one-patient subjects': 'BP 120/80 sugar 300 POD2 Quill - ',
  'initials and capitals in file names': 'KAUR, Harpreet AHMADI FARZANEH K_Okafor_ ',
};

function scanTime(subject: string, attachment: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const policy = defaultPolicy(); // values this long are not cached, but a fresh policy makes sure
    const t0 = process.hrtime.bigint();
    scanMessage({ subject: `${k}${subject}`, to: [], cc: [], bcc: [], attachments: [{ name: attachment }] }, policy);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

describe('engine time grows linearly with the input', () => {
  // Warm the JIT and decode the lexicons first, so the small size is not charged for them.
  beforeAll(() => {
    scanTime('warm up '.repeat(2000), 'warm_up.pdf');
  });
  test.each(Object.entries(ADVERSARIAL))('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(16384 / unit.length));
    const large = unit.repeat(Math.ceil(131072 / unit.length));
    const ratio = scanTime(large, large.slice(0, 20000)) / Math.max(scanTime(small, small.slice(0, 2500)), 0.05);
    expect(ratio).toBeLessThan(24);
  }, 60000);
});

const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'commands.js');
if (process.env.CI && !existsSync(BUNDLE)) throw new Error('dist/web/commands.js is not built');
const describeBuilt = existsSync(BUNDLE) ? describe : describe.skip;

const APIS: Api[] = ['subject.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync', 'getAttachmentsAsync', 'internetHeaders.setAsync'];
const fault: fc.Arbitrary<Fault | undefined> = fc.constantFrom(undefined, undefined, undefined, 'fail', 'throw', 'hang');

describeBuilt('on-send handler properties (the built bundle)', () => {
  const src = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : '';
  test('calls completed exactly once, whatever the message, faults, stored policy and client version', async () => {
    await fc.assert(
      fc.asyncProperty(
        message,
        fc.tuple(...APIS.map(() => fault)),
        fc.constantFrom(8, 12, 14, 15),
        fc.oneof(fc.constant(undefined), fc.constant('{"schemaVersion":1,"behaviour":{"failMode":"block"}}'), messy),
        async (m, faults, mailboxVersion, stored) => {
          const fake = createFakeOffice({
            message: m,
            mailboxVersion,
            faults: Object.fromEntries(APIS.map((a, i) => [a, faults[i]])),
            storage: stored === undefined ? {} : { 'phiGuard.policy.v1': stored },
            timeScale: 0.01,
          });
          vm.runInContext(src, vm.createContext({ ...fake.globals }));
          const done = await fake.fire('onMessageSendHandler', 3000);
          if (done.length !== 1) throw new Error(`completed called ${done.length} times`);
          const o = done[0];
          if (typeof o.allowEvent !== 'boolean') throw new Error(`no allowEvent decision: ${JSON.stringify(o)}`);
        },
      ),
      { numRuns: 60, seed: SEED },
    );
  }, 300000);
});
