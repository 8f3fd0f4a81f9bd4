import { LanguageLexicon, words } from './types';

/**
 * Turkish. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Turkish
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them (ç -> c, ş -> s, ğ -> g, ö -> o, ü -> u; dotless ı
 * stays ı and is also registered as i, for text typed without Turkish
 * letters). Turkish adds suffixes: a word ending in "*" takes the endings
 * below ("sonuc*": sonucu, sonuçları). Left out as ambiguous: "hasta" alone (it
 * is Spanish "until"), "ateş" (also fire), "aşı" (also a graft), "rapor" alone,
 * "doğum" alone (in "doğum günü", a birthday), "yara" and "sara" (also given
 * names), "kırık" alone (anything broken); "inme" (also a descent), "teşhis"
 * (also an identification), "sevk" (also a shipment), "belirti" (any
 * sign) and "düştü", "düşme" (fell, a fall: also of prices) are everyday words.
 * Round 37 additions, as staff type Turkish without its letters (the fold
 * reads "sonuclari" as "sonuçları" already): a patient's relative ("hasta
 * yakını": a patient named in the field), an MR report in any form ("MR
 * rapor", "beyin MR"), a hypertension patient ("tansiyon hastası"; "tansiyon"
 * alone stays everyday, any blood-pressure check).
 */
export const TR: LanguageLexicon = {
  code: 'tr',
  match: 'words',
  endings: words(
    'i, ı, u, a, e, si, sı, su, yi, yı, ya, ye, de, da, den, dan, in, ın, un, nin, nın, ler, lar, leri, ları, iniz, ınız, unuz, ' +
    'ni, nı, nu, sini, sını, ndan, nden',
  ),
  terms: {
    condition: words(
      'seker hastalıgı, diyabet*, yuksek tansiyon, kanser*, hamile, gebelik*, enfeksiyon*, kalp krizi, ~agrı*, ' +
      'alerji*, hastalık*, kalp yetmezligi, bobrek yetmezligi, felc*, ~inme, astım*, depresyon*, zaturre, kemik kırıgı, ' +
      'yuksek ates, epilepsi*, kanama*, ~belirti*, ~teshis*, vefat*, ishal*, ~dustu, ~dusme*, bası yara*',
    ),
    medication: words(`ilac*, recete*, antibiyotik*, kemoterapi*, asılama*, radyoterapi*`),
    test: words(
      '~tahlil*, kan tahlili, idrar tahlili, idrar*, ~sonuc*, kan sekeri, ~tansiyon*, ultrason*, ~muayene*, kolesterol*, ' +
      'rontgen*, tomografi*, biyopsi*, kolonoskopi*, mr raporu, mr rapor*, mr cekimi, beyin mr, tansiyonu yuksek',
    ),
    procedure: words(`ameliyat*, diyaliz*, ~tedavi*, fizik tedavi, sezaryen*, normal dogum, organ nakli, pansuman*, yara bakım*, yara fotograf*, evde bakım*`),
    encounter: words(
      '~randevu*, hastaneye yattı, hastaneye yatırıldı, yatıs*, taburcu*, epikriz*, acil servis, ~acil*, yogun bakım, ' +
      '~sevk*, ambulans*, saglık raporu, istirahat raporu, huzurevi*, huzurevine, bakımevi*',
    ),
    patient: words(`hastası, hastamız, hastanın, hastaya, hastayı, hastada, hastalar*, yenidogan*, hasta yakını, hasta yakınları, tansiyon hastası`),
    specialty: words('kardiyoloji*, onkoloji*, dahiliye*'),
  },
  units: words(`acil servis, yogun bakım, acil*`),
  workplaceHeads: words('birimi, servisi, hemsire'),
  staffCues: words('hos geldiniz, egitim, toplantı, nobet'),
  topicWords: words('seminer, brosur, konferans, ders, egitim, egitimi, sunum, sunumu'),
  dobKeywords: words(`dogum tarihi, d. tarihi, d.t.`),
  dobAfter: words(`dogumlu`),
  idKeywords: words(`hasta numarasi, hasta numarası, hasta dosya no, tc kimlik, t.c. kimlik, tckn, protokol no, protokol numarası`),
};
