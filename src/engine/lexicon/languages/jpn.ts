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
 * Round 40 pass (2026-12-06): the same words in romaji (osteoporosis, the cancers by organ, renal failure,
 * hepatitis, arrhythmia, angina, anaemia, dehydration, heat stroke, food poisoning, headache, stomach and back
 * pain, tuberculosis, cataract, glaucoma, miscarriage, premature birth, sprains and dislocations; colds,
 * dizziness, corona and a positive result need support), drips, oral medicines, the medication notebook,
 * insulin, vaccines and anticancer drugs, PCR tests, bone density, the full health check, blood draws,
 * childbirth, radiotherapy and chemotherapy, outpatient visits, house calls, visiting nursing, the attending
 * physician, the patient alone ("kanja"), the specialties, staff and teaching words, insurance-card numbers.
 * Left out: "yotsu" (also four), "oshin" (a given name), "chusha" (also parking), "saishin" (also the latest),
 * "sanka" and "shika" (also taking part, and a deer). Checked with the quality report (no new false positive)
 * and the batch scores.
 */
export const JPN: LanguageLexicon = {
  code: 'jpn',
  match: 'words',
  terms: {
    condition: words(
      'tonyobyo, tounyoubyou, tonyoubyou, koketsuatsu, kouketsuatsu, ninshin, ninshinchu, ninshinchuu, ninpu, kossetsu, ~haien, zensoku, ' +
      'ninchisho, ninchishou, nokosoku, noukousoku, nosotchu, nousocchuu, shinkinkosoku, shinkinkousoku, shinfuzen, hatsunetsu, utsubyo, ' +
      'utsubyou, kafunsho, kafunshou, infuruenza, ~byoki, ~byouki, ' +
      'kotsusoshosho, kotsusoshoushou, haigan, igan, nyugan, nyuugan, daichogan, daichougan, jinfuzen, kanen, fuseimyaku, kyoshinsho, ' +
      'kyoushinshou, hinketsu, dassui, netchusho, netchuushou, shokuchudoku, shokuchuudoku, ~kaze, zutsu, fukutsu, youtsu, ~memai, ' +
      'kekkaku, hakunaisho, hakunaishou, ryokunaisho, ryokunaishou, ryuzan, ryuuzan, sozan, souzan, tsuwari, nenza, dakkyu, dakkyuu, ' +
      '~korona, ~yosei, ~yousei',
    ),
    medication: words(`shohosen, shohousen, yobosesshu, yobousesshu, yobo sesshu, ~kusuri, koseibusshitsu, kouseibusshitsu, tenteki, naifuku, ~okusuri, okusuri techo, okusuri techou, inshurin, wakuchin, kouganzai, koganzai`),
    test: words(
      '~kekka, ~kensa, kensa kekka, ketsueki kensa, ketsuekikensa, nyo kensa, nyou kensa, shindan kekka, rentogen, kettochi, kettouchi, ' +
      'choonpa, chouonpa, shindenzu, naishikyo, naishikyou, ~kenshin, pcr kensa, kotsumitsudo, mammogurafi, ningen dokku, saiketsu, kensakekka',
    ),
    procedure: words(`shujutsu, toseki, touseki, teiosekkai, teiousekkai, ~rihabiri, ~kateteru, ~ishoku, bunben, shussan, hoshasen chiryo, houshasen chiryou, kagaku ryoho, kagaku ryouhou`),
    encounter: words(`nyuin, nyuuin, taiin, shindansho, shindanshou, ~shindan, ~shinsatsu, shokaijo, shoukaijou, kyukyu, kyuukyuu, ~shoshin, tsuin, tsuuin, oushin, homon kango, houmon kango, houmon kangou, nyuinchu, nyuuinchuu, shujii, ~kaigo, ~menkai`),
    patient: words(`kanjasan, kanja san, kanjasama, kanja sama, kanja`),
    specialty: words(`shonika, shounika, sanfujinka, seikeigeka, naika, geka, ganka, jibika, hinyokika, hinyoukika, seishinka, hifuka, fujinka`),
  },
  units: words(`kyukyu, kyuukyuu`),
  workplaceHeads: words(`kenshu, kenshuu, kangoshi, gishi, yakuzaishi`),
  topicWords: words(`kougi, benkyokai, seminaa, koenkai, kouenkai, setsumeikai, kenshukai`),
  staffCues: words(`kangei, kenshu, kenshuu, kougi, benkyokai, seminaa, kaigi, kangeikai, sobetsukai, soubetsukai, taishoku`),
  dobKeywords: words(`seinengappi, seinen gappi`),
  idKeywords: words(`kanja bango, kanja bangou, karute bango, karute bangou, shinsatsuken bango, shinsatsuken bangou, hokensho bango, hokenshou bangou, hihokensha bango, hihokensha bangou`),
};
