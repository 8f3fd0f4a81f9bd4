import type { LanguageLexicon } from './types';
import { AM } from './am';
import { AR } from './ar';
import { BG } from './bg';
import { BN } from './bn';
import { CS } from './cs';
import { DA } from './da';
import { DE } from './de';
import { EL } from './el';
import { ES } from './es';
import { FA } from './fa';
import { FI } from './fi';
import { FR } from './fr';
import { GU } from './gu';
import { HA } from './ha';
import { HE } from './he';
import { HI } from './hi';
import { HMN } from './hmn';
import { HR } from './hr';
import { HT } from './ht';
import { HU } from './hu';
import { HY } from './hy';
import { ID } from './id';
import { IT } from './it';
import { JA } from './ja';
import { JPN } from './jpn';
import { KA } from './ka';
import { KM } from './km';
import { KO } from './ko';
import { KOR } from './kor';
import { LO } from './lo';
import { LT } from './lt';
import { MN } from './mn';
import { MY } from './my';
import { NE } from './ne';
import { NL } from './nl';
import { NO } from './no';
import { PA } from './pa';
import { PL } from './pl';
import { PS } from './ps';
import { PT } from './pt';
import { RO } from './ro';
import { RU } from './ru';
import { RW } from './rw';
import { SO } from './so';
import { SQ } from './sq';
import { SV } from './sv';
import { SW } from './sw';
import { TA } from './ta';
import { TE } from './te';
import { TH } from './th';
import { TI } from './ti';
import { TL } from './tl';
import { TR } from './tr';
import { UR } from './ur';
import { VI } from './vi';
import { YO } from './yo';
import { ZH } from './zh';
import { ZHO } from './zho';

/**
 * Health context in the languages of US patients, one module each (see
 * types.ts for the format and match.ts for how the terms are found). Order
 * matters only where two languages spell a term the same way: the first
 * module's category wins, and the lexicon tests keep such terms in one
 * category everywhere.
 *
 * Size: the lists ship in the Outlook event handler, whose budget is tight;
 * packed (languages.generated.ts, made by `npm run build:lexicons`; these
 * modules stay out of the bundles) they take about 49 KB together, some 17
 * KB of it the nine modules added last (Armenian to Tigrinya) and the words
 * added to Greek and Nepali with them: Thai, Lao, Khmer, Burmese, Tamil,
 * Georgian and Ge'ez take three bytes a letter. Each module therefore holds
 * the words that carry most of the meaning in clinic mail (about 3,150 terms
 * in all, many of them stems that cover every inflected form), not a
 * dictionary; a phrase whose words already match on their own ("cáncer de
 * mama" after "cáncer") is not listed, nor a spelling another module holds
 * (Persian سرطان is the Arabic word, Mongolian рентген the Russian one). The
 * modules of the round before (Farsi, Urdu, Bengali, Nepali, Dutch, Romanian,
 * Swahili, Hmong) hold health words and birth-date keywords but no workplace
 * or topic cues, and a staff cue only where an English term needs one
 * (Romanian "bun venit", welcome, holds "bun", BUN): mail in those languages
 * is mostly patients' mail, and the cues did not fit the budget. The last
 * ones (Armenian, Georgian, Mongolian, Tamil, Greek) hold a few staff and
 * topic cues (welcome, a meeting, a lecture), as staff mail in them names
 * staff; Thai, Lao, Khmer and Burmese a few workplace words (training, a
 * meeting, welcome, an interpreter), which make a field in those languages
 * about work, and the everyday words that hold a term; Tigrinya only its own
 * words, Amharic's loans reading it too. The European modules added after
 * them (Hungarian, Czech with the Slovak words it shares, Finnish, Danish,
 * Norwegian, Croatian with Bosnian and Serbian in both scripts, Albanian,
 * Bulgarian, Lithuanian) and the clinic words added to Dutch, Polish,
 * Italian, Portuguese, Romanian, Greek (with Greek in Latin letters), German,
 * French, Swedish, Turkish and Hebrew (with Yiddish) took some 11 KB more
 * (languages.generated.ts 55.8 KB -> 67.1 KB): each holds health words,
 * units, a few workplace, staff and topic words, birth-date and record-number
 * labels, and stems where the language inflects; a word another module
 * spells the same is listed again only where it needs this language's
 * endings. Round 37 added the languages as staff type them in Latin letters:
 * Russian and Ukrainian (in ru.ts, with Latin endings), Arabic with digits
 * (in ar.ts), romanised Hindi and Urdu (in ur.ts), Japanese (jpn.ts: ja.ts
 * reads substrings, and Latin words must be whole words), and two new
 * modules, Indonesian with Malay (id.ts) and Hausa (ha.ts), with staff words
 * for Dutch, Swahili, Czech and Portuguese (languages.generated.ts from
 * 74,362 to 79,642 bytes). Round 38 added the clinic words blind batches
 * found missing (tests, results, visits, discharge, catheters and
 * angiography, pregnancy, growth and development, the specialists) to
 * Arabic, Russian and Ukrainian, Korean, Chinese, Turkish, Vietnamese,
 * Farsi, Urdu (romanised too), Amharic, Somali, Spanish and Portuguese
 * (languages.generated.ts from 79,759 to 85,667 bytes). Round 40 (2026-12-06) added a
 * language pass for Vietnamese, Haitian Creole, Somali, Hindi (both scripts), Japanese (both
 * scripts), Italian, Amharic, Farsi, Turkish and Swahili: everyday clinic words, staff, teaching
 * and workplace cues, birth-date and ID labels (languages.generated.ts from 89,448 to 98,210
 * bytes); their titles, places of worship and member lists are in lexicon/curated.
 * Round 51 added Mandarin in pinyin (zho.ts) and Korean romanised (kor.ts), as jpn.ts holds Japanese in romaji.
 */
export const LANGUAGES: readonly LanguageLexicon[] = [
  ES, ZH, VI, TL, KO, RU, AR, HT, PT, PL, FR, DE, SO, AM, IT, SV, TR, JA, HI, HE, FA, UR, BN, PA, GU, NE, EL, NL, RO, SW, HMN, HY, KA, TH, LO, KM, MY,
  TA, TE, MN, TI, YO, RW, PS, HU, CS, FI, DA, NO, HR, SQ, BG, LT, ID, HA, JPN, ZHO, KOR,
];

export type { LanguageLexicon };
