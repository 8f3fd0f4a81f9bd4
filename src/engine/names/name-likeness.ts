import { nameModel } from '../lexicon/name-model.generated';

/**
 * How much a single word looks like a person's given name or surname rather
 * than an ordinary word, a place, an organisation or a health word, for names
 * no list holds ("Okonkwo-Baptiste", "Wiśniewska", "Xiomara", "Тимофеева").
 *
 * A logistic regression over the word's character 1-4-grams (with a mark at
 * each end of the word) hashed into 4,096 buckets, trained by
 * scripts/build-name-model.js on permissively licensed name lists of many
 * origins against English and foreign words, places, organisation words and
 * health words (docs/name-model.md has the data, the held-out figures and how
 * to rebuild). The weights are decoded once, on first use.
 *
 * The score is the log-odds (natural log) that the word is a name, with names
 * and not-names weighted equally in training: 0 is a coin toss. It says how a
 * word is spelled, nothing more; context (a title, a known name next to it,
 * capitals) is the caller's to weigh.
 */

/**
 * At or above this, a word is likely a name: on held-out validation words the
 * mean false-name rate over the five not-name classes (English words, foreign
 * words, places, organisation words, health words) is 5%. Use with other
 * evidence (a known name beside it, a title, a patient word).
 */
export const NAME_LIKELY: number = nameModel.likely;

/**
 * At or above this, a word is very likely a name: a 1% mean false-name rate on
 * the same held-out words. About the level for a word that must stand alone.
 */
export const NAME_VERY_LIKELY: number = nameModel.veryLikely;

/**
 * Below this, a word is very unlikely a name ("justification", "resubmission", "quarantine"): 0.09% of
 * the 23,372 names in the lexicons score lower (20 names, such as "turnipseed"). A capitalised word no
 * lexicon holds that scores lower is an ordinary word, never part of a name.
 */
export const NAME_UNLIKELY = -4;

/**
 * A lone word no lexicon holds is read as a name at or above this only where its place marks it one (first
 * in a file name before a clinical term, after a lower-case "pt", around a comma or glued to another such
 * word): about the median of held-out surnames (docs/name-model.md).
 */
export const LONE_UNKNOWN_LIKENESS = 0.5;

const BOUNDARY = 0x20;
const GRAM_SEED = 0x811c9dc5;
const LENGTH_SEED = 0x5bd1e995;
const FNV_PRIME = 0x01000193;
const LEVELS = 45;

let weights: Int8Array | undefined;
let mask = 0;
let maxGram = 0;
let bias = 0;
let scale = 0;

/** One character per weight, '#' (0x23) upwards without the backslash (see the build script). */
function decode(): Int8Array {
  const text = nameModel.weights;
  const out = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x5c) c--;
    out[i] = c - 0x23 - LEVELS;
  }
  mask = out.length - 1;
  maxGram = nameModel.maxGram;
  bias = nameModel.bias;
  scale = nameModel.scale;
  return out;
}

/**
 * Log-odds that `key` (a Token.key: lower case, accents removed) is a person's
 * given name or surname. Compare with NAME_LIKELY and NAME_VERY_LIKELY.
 * Allocation-free after the first call.
 */
export function nameLikeness(key: string): number {
  const w = weights ?? (weights = decode());
  const n = key.length;
  let sum = 0;
  // Positions 0 and n + 1 are the boundary marks around the word.
  for (let i = 0; i <= n + 1; i++) {
    let h = GRAM_SEED;
    for (let g = 0; g < maxGram && i + g <= n + 1; g++) {
      const p = i + g;
      h = Math.imul(h ^ (p === 0 || p === n + 1 ? BOUNDARY : key.charCodeAt(p - 1)), FNV_PRIME);
      // A boundary mark alone is in every word: that is the bias, not a feature.
      if (g === 0 && (i === 0 || i === n + 1)) continue;
      sum += w[(h >>> 0) & mask];
    }
  }
  sum += w[(Math.imul(LENGTH_SEED ^ (n < 16 ? n : 16), FNV_PRIME) >>> 0) & mask];
  return bias + scale * sum;
}
