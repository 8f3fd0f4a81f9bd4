import { LanguageLexicon, words } from './types';

/**
 * Turkish. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Turkish
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them (ç -> c, ş -> s, ğ -> g, ö -> o, ü -> u, and the
 * dotless ı -> i, as text typed without Turkish
 * letters). Turkish adds suffixes: a word ending in "*" takes the endings
 * below ("sonuc*": sonucu, sonuçları). Left out as ambiguous: "hasta" alone (it
 * is Spanish "until"), "ateş" (also fire), "aşı" (also a graft), "rapor" alone,
 * "doğum" alone (in "doğum günü", a birthday), "yara" and "sara" (also given
 * names), "kırık" alone (anything broken); "inme" (also a descent), "teşhis"
 * (also an identification), "sevk" (also a shipment) and "belirti" (any
 * sign) are everyday words.
 */
export const TR: LanguageLexicon = {
  code: 'tr',
  match: 'words',
  endings: words(
    'i, i, u, a, e, si, si, su, yi, yi, ya, ye, de, da, den, dan, in, in, un, nin, nin, ler, lar, leri, lari, iniz, iniz, unuz, ' +
    'ni, ni, nu, sini, sini, ndan, nden',
  ),
  terms: {
    condition: words(
      'seker hastaligi, diyabet*, yuksek tansiyon, kanser*, hamile, gebelik*, enfeksiyon*, kalp krizi, ~agri*, ' +
      'alerji*, hastalik*, kalp yetmezligi, bobrek yetmezligi, felc*, ~inme, astim*, depresyon*, zaturre, kemik kirigi, ' +
      'yuksek ates, epilepsi*, kanama*, ~belirti*, ~teshis*, vefat*, ishal*',
    ),
    medication: words(`ilac*, recete*, antibiyotik*, kemoterapi*, asilama*, radyoterapi*`),
    test: words(
      '~tahlil*, kan tahlili, idrar tahlili, idrar*, ~sonuc*, kan sekeri, ~tansiyon*, ultrason*, ~muayene*, kolesterol*, ' +
      'rontgen*, tomografi*, biyopsi*, kolonoskopi*',
    ),
    procedure: words(`ameliyat*, diyaliz*, ~tedavi*, fizik tedavi, sezaryen*, normal dogum, organ nakli, pansuman*, yara bakim*`),
    encounter: words(
      '~randevu*, hastaneye yatti, hastaneye yatirildi, yatis*, taburcu*, epikriz*, acil servis, ~acil*, yogun bakim, ' +
      '~sevk*, ambulans*, saglik raporu, istirahat raporu',
    ),
    patient: words(`hastasi, hastamiz, hastanin, hastaya, hastayi, hastada, hastalar*, yenidogan*`),
    specialty: words('kardiyoloji, onkoloji, dahiliye'),
  },
  units: words(`acil servis, yogun bakim, acil*`),
  workplaceHeads: words('birimi, servisi, hemsire'),
  staffCues: words('hos geldiniz, egitim, toplanti, nobet'),
  topicWords: words('seminer, brosur, konferans, ders, egitim, sunum'),
  dobKeywords: words(`dogum tarihi, d. tarihi, d.t.`),
  dobAfter: words(`dogumlu`),
  idKeywords: words(`hasta numarasi, hasta dosya no, tc kimlik, t.c. kimlik, tckn`),
};
