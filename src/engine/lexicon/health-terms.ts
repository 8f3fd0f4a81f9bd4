import * as generated from './clinical.generated';
import { unpackPhrases } from './clinical';
import type { HealthCategory } from './health-vocabulary';

export type { HealthCategory } from './health-vocabulary';

/**
 * The English health vocabulary as the engine reads it, decoded from clinical.generated.ts, which
 * scripts/build-lexicons.js makes from health-vocabulary.ts (the one source, with its comments):
 * the plain lists there would cost the Outlook event handler about 4 KB more than these.
 */
const decode = unpackPhrases;

export const HEALTH_TERMS: Record<HealthCategory, readonly string[]> = (() => {
  const out = {} as Record<HealthCategory, readonly string[]>;
  for (const cat of Object.keys(generated.healthTerms) as HealthCategory[]) out[cat] = decode(generated.healthTerms[cat]);
  return out;
})();

/** Words that make health words a topic rather than a person's care (health-vocabulary.ts). */
export const TOPIC_WORDS: readonly string[] = decode(generated.topicWords);

/** Analyte abbreviations that, right before a number, report a result (health-vocabulary.ts). */
export const LAB_ANALYTES: readonly string[] = decode(generated.labAnalytes);
