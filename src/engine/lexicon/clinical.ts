import * as generated from './clinical.generated';
import { decodeFrontCodedWith, pairExpander } from './front-coding';
import type { HealthCategory } from './health-terms';

/**
 * The clinical vocabulary as the engine reads it: decoded once from the front-coded and byte-pair
 * encoded clinical.generated.ts, which scripts/build-lexicons.js makes from clinical-vocabulary.ts (the one
 * source, read by the tests; `npm test` fails when the generated file is stale).
 */
type Lists = Readonly<Record<HealthCategory, readonly string[]>>;

/** Decodes one front-coded list: a capital letter (A = 0 ... Z = 25 characters shared) and the rest. */
export const decodePhrases = (encoded: string): string[] => decodeFrontCodedWith(encoded, 65, 90);

let expand: ((text: string) => string) | undefined;
/** Decodes one list of clinical.generated.ts: its pairs expanded (one table for all), then its front coding. */
export function unpackPhrases(packed: string): string[] {
  expand ??= pairExpander(generated.merges);
  return decodePhrases(expand(packed));
}

const decodeAll = (rec: Readonly<Record<string, string>>): Lists => {
  const out = {} as Record<HealthCategory, readonly string[]>;
  for (const cat of Object.keys(rec) as HealthCategory[]) out[cat] = unpackPhrases(rec[cat]);
  return out;
};

let lists: { plain: Lists; needsSupport: Lists } | undefined;

/** The plain terms and the terms that need another health word beside them, by category. */
export function clinicalVocabulary(): { plain: Lists; needsSupport: Lists } {
  lists ??= { plain: decodeAll(generated.plain), needsSupport: decodeAll(generated.needsSupport) };
  return lists;
}

/** Every term that needs support, whatever its category. */
export function clinicalNeedsSupport(): string[] {
  const rec = clinicalVocabulary().needsSupport;
  const out: string[] = [];
  for (const cat of Object.keys(rec) as HealthCategory[]) for (const t of rec[cat]) out.push(t);
  return out;
}

/** English words one letter from a long clinical term ("inflection"): never read as its misspelling. */
export function realWordsNearTerms(): string[] {
  return unpackPhrases(generated.realWordsNearTerms);
}
