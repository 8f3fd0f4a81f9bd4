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
 * Round 38 additions: angiography ("anjiyo", "anjiyografi"), echo and stress
 * tests, Holter, mammography, endoscopy, pathology, the glucose load test,
 * NST, the blood count, catheters, stents, bypass, anaesthesia, fractures by
 * the bone ("bilek kırığı"), pregnancy words (hamilelik, gestational
 * diabetes, postpartum, lohusa, threatened miscarriage), growth and
 * development, common conditions (thyroid, anaemia, goitre, COPD, migraine,
 * leukaemia, stones, hernia, tumour), the specialties and their doctors.
 * "kontrol randevusu" (a follow-up visit; also a car's or a building's
 * check) and "konsültasyon" are marked everyday (also an engineering consultation), and so are "kateter"
 * (not "stent", the English word too: marked here it would need support in every language).
 * Round 40 pass (2026-12-06): bronchitis, colds, cough, headache and the other pains, dizziness, nausea,
 * vomiting, constipation, wounds ("yara" alone needs support: also a given name; "yarası" is plain), eczema,
 * measles, chickenpox, jaundice, tuberculosis, hepatitis, cirrhosis, thyroid disorders, obesity, arrhythmias,
 * clots, dementia, autism, miscarriage ("düşük yaptı"; "düşük" alone is low), pre-term birth, cysts, polyps,
 * ulcers, gastritis, reflux (flu, burns and an accident need support); syrups (everyday alone), the flu jab,
 * blood thinners, painkillers, antidepressants; blood tests and their results, blood gases, cultures, PCR and
 * COVID tests, bone density (screening needs support); stitches, casts, prostheses and circumcision (everyday
 * alone), transfusions and transplants, giving birth, curettage, IVF; intensive care in its case forms, the
 * operating theatre; diabetic, heart, cancer and kidney patients; the ENT, dermatology, surgery and other
 * departments; birth year; TC, ID and SGK numbers; staff and teaching words. Left out: "aşı" as a stem (folded
 * also "asi", and "Asiye"), "hap" (three letters), "havale" (also a money transfer), "sara" (a given name),
 * "emar" (English eMAR). Checked with the quality report (no new false positive) and the batch scores.
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
      'yuksek ates, epilepsi*, kanama*, ~belirti*, ~teshis*, vefat*, ishal*, ~dustu, ~dusme*, bası yara*, ' +
      // Round 38.
      'kol kırıgı, bacak kırıgı, bilek kırıgı, kalca kırıgı, ayak bilegi kırıgı, el bilegi kırıgı, kaburga kırıgı, ' +
      'hamilelik*, gebelik diyabet*, gestasyonel diyabet*, dogum sonrası, lohusa*, dusuk tehdidi, gelisim gerili*, buyume gerili*, ' +
      'tiroid*, anemi, anemisi, guatr*, koah, migren*, losemi*, bobrek tası, safra tası, fıtık*, tumor*, ' +
      // Round 40.
      'bronsit*, ~grip*, nezle*, oksuruk*, bas agrısı, karın agrısı, gogus agrısı, bel agrısı, sırt agrısı, dis agrısı, bas donmesi, ' +
      'bulantı*, kusma*, kabızlık*, ~yara*, yarası, yaraları, ~yanık*, egzama*, kızamık*, su cicegi, sarılık*, verem*, hepatit*, siroz*, hipotiroidi*, ' +
      'hipertiroidi*, obezite*, ritim bozuklugu, aritmi*, damar tıkanıklıgı, pıhtı*, demans*, bunama*, otizm*, dusuk yaptı, erken dogum, ' +
      'kist*, polip*, ulser*, gastrit*, reflu*, ~kaza*',
    ),
    medication: words(`ilac*, recete*, antibiyotik*, kemoterapi*, asılama*, radyoterapi*, igne tedavi*, ~surup*, grip asısı, kan sulandırıcı*, agrı kesici*, antidepresan*`),
    test: words(
      '~tahlil*, kan tahlili, idrar tahlili, idrar*, ~sonuc*, kan sekeri, ~tansiyon*, ultrason*, ~muayene*, kolesterol*, ' +
      'rontgen*, tomografi*, biyopsi*, kolonoskopi*, mr raporu, mr rapor*, mr cekimi, beyin mr, tansiyonu yuksek, ' +
      'anjiyo*, anjiyografi*, koroner anjiyo*, ekokardiyografi*, efor testi, holter*, mamografi*, endoskopi*, ~patoloji*, ' +
      'seker yukleme testi, gebelik testi, kan sayımı, hemogram*, buyume gelisme, ~gelisim degerlendirme*, ' +
      'kan testi, tahlil sonuc*, test sonuc*, kan gazı, idrar kultur*, pcr testi, covid testi, kemik yogunlugu, ~tarama*'
    ),
    procedure: words(`ameliyat*, diyaliz*, ~tedavi*, fizik tedavi, sezaryen*, normal dogum, organ nakli, pansuman*, yara bakım*, yara fotograf*, evde bakım*,
      ~kateter*, stent*, bypass ameliyat*, ~anestezi*, ~dikis*, ~alcı*, kan nakli, bobrek nakli, karaciger nakli, ilik nakli, ~protez*, ~sunnet*,
      dogum yaptı, kurtaj*, tup bebek`),
    encounter: words(
      '~randevu*, hastaneye yattı, hastaneye yatırıldı, yatıs*, taburcu*, epikriz*, acil servis, ~acil*, yogun bakım, ' +
      '~sevk*, ambulans*, saglık raporu, istirahat raporu, huzurevi*, huzurevine, bakımevi*, ' +
      '~kontrol randevu*, ~konsultasyon*, gebelik takib*, yogun bakıma, yogun bakımda, servise yatırıldı, ameliyathane*',
    ),
    patient: words(`hastası, hastamız, hastanın, hastaya, hastayı, hastada, hastalar*, yenidogan*, hasta yakını, hasta yakınları, tansiyon hastası, seker hastası, kalp hastası, kanser hastası, bobrek hastası`),
    specialty: words('kardiyoloji*, onkoloji*, dahiliye*, noroloji*, nefroloji*, endokrinoloji*, gastroenteroloji*, ortopedi*, uroloji*, pediatri*, psikiyatri*, ' +
      'cocuk hastalık*, kadın dogum, kardiyolog*, onkolog*, norolog*, ' +
      'kulak burun bogaz, kbb, dermatoloji*, cildiye*, genel cerrahi, beyin cerrahi*, cerrahi*, hematoloji*, romatoloji*, nefrolog*, endokrinolog*, psikiyatrist*, cocuk doktoru'),
  },
  units: words(`acil servis, yogun bakım, acil*, ameliyathane*`),
  workplaceHeads: words('birimi, servisi, hemsire'),
  staffCues: words('hos geldiniz, egitim, toplantı, nobet, hos geldin, tebrikler, emeklilik, vardiya, nobet listesi, personel'),
  topicWords: words('seminer, brosur, konferans, ders, egitim, egitimi, sunum, sunumu, farkındalık, kampanya, kampanyası, calıstay, bilgilendirme'),
  dobKeywords: words(`dogum tarihi, d. tarihi, d.t., dogum yılı`),
  dobAfter: words(`dogumlu`),
  idKeywords: words(`hasta numarasi, hasta numarası, hasta dosya no, tc kimlik, t.c. kimlik, tckn, protokol no, protokol numarası, tc no, kimlik no, kimlik numarası, sgk no, sgk sicil no`),
};
