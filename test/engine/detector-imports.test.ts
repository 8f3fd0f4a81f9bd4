import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Detectors do not import each other: shared facts come from facts/, shared
 * check rules from check-rules/, word lists from lexicon/, and the helpers in
 * detector.ts, domains.ts, dates.ts and keyword-identifier.ts (a factory).
 */
const DIR = join(__dirname, '..', '..', 'src', 'engine', 'detectors');
const HELPERS = new Set(['detector', 'domains', 'dates', 'keyword-identifier', 'index']);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !HELPERS.has(f.replace(/\.ts$/, '')));

test.each(files)('%s imports no other detector', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const siblings = [...text.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]).filter((m) => !HELPERS.has(m));
  expect(siblings).toEqual([]);
});
