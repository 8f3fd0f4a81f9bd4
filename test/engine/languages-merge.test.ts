import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Message, defaultPolicy, prepareText, scanMessage, tokenize } from '../../src/engine';
import { parseJsonLines } from '../../src/cli/inputs';
import { languageLexicons } from '../../src/engine/lexicon/languages/lexicons';
import { OTHER_SCRIPTS, languageTermEntries, mergedLanguageEntries, scriptGroupOf, variants } from '../../src/engine/lexicon/languages/match';

/**
 * The languages' terms merge by script on first need (languages/match.ts): Latin letters first, every other
 * script when a field holds one. A field must find exactly what the whole merge finds.
 */

const FIXTURES = join(__dirname, '..', 'fixtures');
/** A value whose words, as the scanner reads them, are all in Latin letters ("µg" is Greek μg to it). */
const latinOnly = (v: string): boolean => tokenize(prepareText(v).normalized.text).every((t) => scriptGroupOf(t.key) !== OTHER_SCRIPTS);

const fieldsOf = (m: Message): string[] => [m.subject ?? '', ...[...(m.to ?? []), ...(m.cc ?? []), ...(m.bcc ?? [])].flatMap((r) => [r.displayName ?? '', r.emailAddress ?? '']), ...(m.attachments ?? []).map((a) => a.name)];

function fixtureMessages(): Message[] {
  const out: Message[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const r of parseJsonLines(readFileSync(join(FIXTURES, f), 'utf8'), f)) if (r.ok) out.push(r.message);
  }
  return out;
}

test('Latin-only mail finds before the other scripts merge exactly what it finds after', () => {
  const policy = defaultPolicy();
  // Every third message of the fixtures in Latin letters (some 1,500: the suite's time, not the rule's reach).
  const latin = fixtureMessages()
    .filter((m) => fieldsOf(m).every(latinOnly))
    .filter((_, i) => i % 3 === 0);
  expect(latin.length).toBeGreaterThan(1000);
  const verdict = (m: Message): string => JSON.stringify(scanMessage(m, policy).findings.map((f) => [f.field, f.index, f.detectorId, f.start, f.end, f.action, f.evidence]));
  const before = latin.map(verdict);
  // Nothing so far brought another script in: only the Latin terms are merged.
  const mergedBefore = mergedLanguageEntries().length;
  const all = languageTermEntries().length;
  expect(mergedBefore).toBeLessThan(all);
  expect(mergedLanguageEntries().length).toBe(all);
  const after = latin.map(verdict);
  expect(after.filter((v, i) => v !== before[i]).length).toBe(0);
});

test('a field in another script merges its group, and finds its terms', () => {
  const m = scanMessage({ subject: 'Смирнова Ольга - результаты анализов', to: [], cc: [], bcc: [], attachments: [] }, defaultPolicy());
  expect(m.findings.map((f) => f.field)).toContain('subject');
});

test('folding keeps every term in the group of its first letter', () => {
  const moved: string[] = [];
  for (const l of languageLexicons()) {
    if (l.match === 'substrings') continue;
    for (const list of Object.values(l.terms)) {
      for (const t of list ?? []) for (const v of variants(t)) if (scriptGroupOf(v) !== scriptGroupOf(t)) moved.push(`${l.code}: ${t} -> ${v}`);
    }
  }
  expect(moved).toEqual([]);
  expect(scriptGroupOf('дата')).toBe(OTHER_SCRIPTS);
});
