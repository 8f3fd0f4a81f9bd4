import * as generated from '../languages.generated';
import { decodeFrontCodedWith, expandPairs } from '../front-coding';
import type { HealthCategory } from '../health-terms';
import type { LanguageLexicon } from './types';

/**
 * The language lexicons as the engine reads them: decoded once, on first use, from the packed
 * languages.generated.ts, which scripts/build-lexicons.js makes from the language modules here (the
 * one source: edit the words there; `npm test` fails when the generated file is stale). The modules
 * themselves stay out of the bundles. Lists that are sets to their readers come back sorted; the
 * birth-date keywords keep their order (test/engine/languages-packed.test.ts).
 */
let decoded: readonly LanguageLexicon[] | undefined;

/** The lexicons, in the order of index.ts (the first module's category wins). */
export function languageLexicons(): readonly LanguageLexicon[] {
  if (decoded) return decoded;
  const categories = generated.categories.split(' ');
  const names = categories.concat(generated.fields.split(' '));
  const out: LanguageLexicon[] = [];
  for (const [code, match, packed] of generated.languages) {
    const text = expandPairs(packed, generated.merges);
    const terms: Partial<Record<HealthCategory, readonly string[]>> = {};
    const lexicon: Record<string, unknown> = { code, match, terms };
    let i = 0;
    while (i < text.length) {
      const tag = text.charCodeAt(i) - generated.firstTag;
      let j = i + 1;
      while (j < text.length && !isTag(text.charCodeAt(j), names.length)) j++;
      // Entries are front-coded with capital letters: A = nothing shared ... Z = 25 characters.
      const list = decodeFrontCodedWith(text.slice(i + 1, j), 65, 90);
      if (tag < categories.length) terms[categories[tag] as HealthCategory] = list;
      else lexicon[names[tag]] = list;
      i = j;
    }
    out.push(lexicon as unknown as LanguageLexicon);
  }
  decoded = out;
  return decoded;
}

const isTag = (c: number, count: number): boolean => c >= generated.firstTag && c < generated.firstTag + count;
