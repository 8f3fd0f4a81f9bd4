import { LanguageLexicon, words } from './types';

/**
 * Pashto, in its Arabic script. Curated by the PHI Guard team: an engineer's
 * own selection of the words that carry the meaning in clinic mail, checked
 * against general Pashto dictionaries from memory; no corpus or third-party
 * list copied. Small: the birth-date keywords, the patient words and the
 * health words a front desk or an interpreter writes most. Pashto's own
 * letters (ږ, ټ, ې, ځ, ڼ) stay as they are; words it shares with Persian and
 * Urdu are read by those modules.
 */
export const PS: LanguageLexicon = {
  code: 'ps',
  match: 'words',
  terms: {
    condition: words(`د وینې فشار, ~شکره`),
    test: words(`د وینې ازموینه, د وینې ازموینې, ~ازموینه, ~ازموینې, ~پایلې`),
    encounter: words(`روغتون ته داخل`),
    // "ناروغ" is also plain "sick" ("احمد نن ناروغ دی", Ahmad is sick today): it needs support.
    patient: words(`~ناروغ, ناروغه`),
  },
  dobKeywords: words(`د زیږیدو نیټه, د زېږېدو نېټه`),
};
