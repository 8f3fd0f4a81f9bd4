import type { LanguageLexicon } from './types';
import { AM } from './am';
import { AR } from './ar';
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { HE } from './he';
import { HI } from './hi';
import { HT } from './ht';
import { IT } from './it';
import { JA } from './ja';
import { KO } from './ko';
import { PL } from './pl';
import { PT } from './pt';
import { RU } from './ru';
import { SO } from './so';
import { SV } from './sv';
import { TL } from './tl';
import { TR } from './tr';
import { VI } from './vi';
import { ZH } from './zh';

/**
 * Health context in the languages of US patients, one module each (see
 * types.ts for the format and match.ts for how the terms are found). Order
 * matters only where two languages spell a term the same way: the first
 * module's category wins, and the lexicon tests keep such terms in one
 * category everywhere.
 *
 * Size: the lists ship in the Outlook event handler, whose budget is tight;
 * packed (languages.generated.ts, made by `npm run build:lexicons`; these
 * modules stay out of the bundles) they take about 19 KB minified together.
 * Each module therefore
 * holds the words that carry most of the meaning in clinic mail (about
 * 1,600 entries in all, many of them stems that cover every inflected form),
 * not a dictionary; a phrase whose words already match on their own
 * ("cáncer de mama" after "cáncer") is not listed.
 */
export const LANGUAGES: readonly LanguageLexicon[] = [ES, ZH, VI, TL, KO, RU, AR, HT, PT, PL, FR, DE, SO, AM, IT, SV, TR, JA, HI, HE];

export type { LanguageLexicon };
