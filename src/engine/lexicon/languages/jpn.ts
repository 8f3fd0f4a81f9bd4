import { LanguageLexicon, words } from './types';

/**
 * Japanese in Latin letters (romaji), as staff in US clinics type a Japanese
 * patient's words in subjects and file names ("kensa kekka", "nyuin",
 * "shindansho"). Curated by the PHI Guard team: an engineer's own selection
 * of the words that carry the meaning in clinic mail, checked against
 * general Japanese dictionaries from memory; no corpus or third-party list
 * copied. A module of its own, coded with the ISO 639-2 code "jpn", because
 * ja.ts (the "ja" module) reads Japanese script as substrings and Latin
 * words must be matched as whole words. Hepburn spellings with the long
 * vowels as typed: a macron folds away ("nyūin" is "nyuin"), "ou" and "uu"
 * are listed where people write them ("kouketsuatsu", "nyuuin"). Whole
 * words, no stems (Japanese does not inflect nouns). Left out: "byo" (a
 * suffix, three letters: "tonyobyo" is listed), "gan" (cancer; short, and
 * other words), "seiken" (also political power), "chusha" (also parking),
 * "tenkan" (also a change), "netsu" alone (short), "shussan" (childbirth:
 * not flagged in English either); "kekka" (any result),
 * "kensa" (any inspection), "shindan" (also a business or a computer
 * diagnosis), "shinsatsu", "kenshin" (the staff's own check-up too),
 * "kusuri", "byoki" (a colleague off sick) and "rihabiri" need support.
 */
export const JPN: LanguageLexicon = {
  code: 'jpn',
  match: 'words',
  terms: {
    condition: words(
      'tonyobyo, tounyoubyou, tonyoubyou, koketsuatsu, kouketsuatsu, ninshin, ninshinchu, ninshinchuu, ninpu, kossetsu, ~haien, zensoku, ' +
      'ninchisho, ninchishou, nokosoku, noukousoku, nosotchu, nousocchuu, shinkinkosoku, shinkinkousoku, shinfuzen, hatsunetsu, utsubyo, ' +
      'utsubyou, kafunsho, kafunshou, infuruenza, ~byoki, ~byouki',
    ),
    medication: words(`shohosen, shohousen, yobosesshu, yobousesshu, yobo sesshu, ~kusuri, koseibusshitsu, kouseibusshitsu`),
    test: words(
      '~kekka, ~kensa, kensa kekka, ketsueki kensa, ketsuekikensa, nyo kensa, nyou kensa, shindan kekka, rentogen, kettochi, kettouchi, ' +
      'choonpa, chouonpa, shindenzu, naishikyo, naishikyou, ~kenshin',
    ),
    procedure: words(`shujutsu, toseki, touseki, teiosekkai, teiousekkai, ~rihabiri`),
    encounter: words(`nyuin, nyuuin, taiin, shindansho, shindanshou, ~shindan, ~shinsatsu, shokaijo, shoukaijou, kyukyu, kyuukyuu`),
    patient: words(`kanjasan, kanja san, kanjasama, kanja sama`),
    specialty: words(`shonika, shounika, sanfujinka, seikeigeka`),
  },
  units: words(`kyukyu, kyuukyuu`),
  workplaceHeads: words(`kenshu, kenshuu, kangoshi, gishi, yakuzaishi`),
  topicWords: words(`kougi, benkyokai, seminaa`),
  staffCues: words(`kangei, kenshu, kenshuu, kougi, benkyokai, seminaa`),
  dobKeywords: words(`seinengappi, seinen gappi`),
  idKeywords: words(`kanja bango, kanja bangou, karute bango, karute bangou, shinsatsuken bango, shinsatsuken bangou`),
};
