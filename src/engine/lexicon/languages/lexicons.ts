import * as generated from '../languages.generated';
import { decodeFrontCodedWith, pairExpander, runsFrom } from '../front-coding';
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
  const expand = pairExpander(generated.merges);
  const out: LanguageLexicon[] = [];
  for (const [code, match, packed, lowerOnly] of generated.languages) {
    const terms: Partial<Record<HealthCategory, readonly string[]>> = {};
    const lexicon: Record<string, unknown> = lowerOnly === 1 ? { code, match, lowerCaseOnly: true, terms } : { code, match, terms };
    // Each list: its tag (firstTag + its index in names), then its entries, front-coded with
    // capital letters (A = nothing shared with the entry before ... Z = 25 characters).
    for (const list of runsFrom(expand(packed), generated.firstTag, generated.firstTag + names.length - 1)) {
      const tag = list.charCodeAt(0) - generated.firstTag;
      const words = decodeFrontCodedWith(list.slice(1), 65, 90);
      if (tag < categories.length) terms[categories[tag] as HealthCategory] = words;
      else lexicon[names[tag]] = words;
    }
    out.push(lexicon as unknown as LanguageLexicon);
  }
  decoded = out;
  return decoded;
}
