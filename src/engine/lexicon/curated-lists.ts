import { lists, merges } from './curated.generated';
import { decodeFrontCodedWith, pairExpander } from './front-coding';

/**
 * One of the curated word lists (lexicon/curated/*.ts), decoded from curated.generated.ts, where
 * scripts/build-lexicons.js packs them: as plain arrays they would cost the Outlook event handler
 * several kilobytes more. The generated module of each source file (people-words.ts, organisations.ts,
 * recipient-heads.ts, context-words.ts) calls this once per list, when it loads.
 */
let expand: ((text: string) => string) | undefined;

export function curatedList(name: string): readonly string[] {
  expand ??= pairExpander(merges);
  return decodeFrontCodedWith(expand(lists[name]), 65, 90);
}
