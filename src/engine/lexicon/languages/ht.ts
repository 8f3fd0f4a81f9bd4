import { LanguageLexicon, words } from './types';

/**
 * Haitian Creole. Curated by the PHI Guard team: an engineer's own selection
 * of the words that carry the meaning in clinic mail, checked against general
 * Haitian Creole dictionaries from memory (standard IPN spelling); no corpus or
 * third-party list copied. Keys folded (è -> e, ò -> o). Smaller and more
 * conservative than the larger modules: many Creole words are short and
 * shared with French, Spanish or English spellings ("san" blood is also Spanish
 * "San"; "tès" folds to French "tes"; "sik" sugar), so they count only in
 * phrases ("tès san", "tès sik", "tansyon wo").
 * Round 9 additions: a patient's papers (medical certificate and report,
 * medical file, referral, marked everyday: also any reference), hospital and
 * doctor's visits, follow-up (marked everyday), the insurance card, sores,
 * hepatitis, kidney disease, anaemia, thyroid, high sugar, tuberculosis,
 * seizures, malnutrition, dehydration, mental health (marked everyday: also a
 * programme), mammography,
 * ultrasound, biopsy and blood culture, physiotherapy and chemotherapy. Left
 * out: "ilsè" (ulcer; folded it is the name Ilse), "boule" (burn; also a
 * ball).
 * Review of round 9: "kilti san" (blood culture) only as "tès kilti san" (the
 * words also read "culture without": "Kilti San Mak"); "sik wo" (high sugar;
 * also a name, Chan Sik Wo) and "kat asirans" (any insurance card: a car's)
 * marked everyday, with "kat asirans sante" (a health-insurance card) listed.
 * Round 37 additions: "blese" (injured, the other spelling of "blesi", marked
 * everyday like it; a photo of the wound, "foto blese", is listed) and
 * glucose ("glikoz").
 * Round 40 pass (2026-12-06): eczema, the flu, seizures and crises ("kriz" alone everyday), epilepsy, paralysis,
 * HIV/AIDS, syphilis, cholera, malaria, typhoid, miscarriage, headache and stomach ache, heart disease, breast
 * and prostate cancer; pills, syrup and remedies (everyday alone), prescriptions ("òdonans"), radiotherapy;
 * blood analysis, HIV and COVID tests, a Pap test; childbirth, dressings, transfusion, rehabilitation,
 * palliative care; hospitalisation ("entène"), leaving hospital, the emergency room, prenatal follow-up; the
 * specialists; insurance and Medicaid numbers; nurses, a campaign, a centre, a department, an office, supplies,
 * equipment and an invoice as workplace heads ("materyèl pansman" is supplies, not a wound's care); staff words
 * (a meeting, new employees). Checked with the quality report (no new false positive) and the batch scores.
 */
export const HT: LanguageLexicon = {
  code: 'ht',
  match: 'words',
  terms: {
    condition: words(`~maladi, ~malad, dyabet, nemoni, gwoses, tes gwoses, maladi sik, gen sik, tansyon wo, kanse, ansent, opresyon, depresyon, enfeksyon, zo kase, atak ke, estwok, lafyev, fyev, ~doule, aleji, malkadi, ~blesi, senyen, dyare, vomi, mouri, ~tonbe, maleng, ~blese, epatit, maladi ren, anemi, tiwoyid, ~sik wo, tibekiloz, konvilsyon, malnitrisyon, dezidratasyon, ~sante mantal,
      ekzema, egzema, ~gratel, lagrip, ~kriz, kriz kadyak, kriz epilepsi, epilepsi, paralizi, sida, sifilis, kolera, malarya, tifoyid,
      foskouch, ~gonfle, tet fe mal, vant fe mal, maladi ke, pwoblem ke, kanse tete, kanse pwostat`),
    medication: words(`medikaman, preskripsyon, vaksen, piki, antibyotik, ensilin, chimyoterapi,
      ~grenn, ~siwo, ~remed, odonans, metfomin, kimyoterapi, radyoterapi, vaksinasyon`),
    test: words(`tes san, tes sik, sik nan san, tes pipi, egzamen san, ~rezilta, laboratwa, radyografi, sonografi, ~egzamen, ~tansyon, glikemi, glisemi, glikoz, glikoz nan san, kolestewol, mamografi, ekografi, biyopsi, tes kilti san,
      analiz san, ~analiz, tes vih, ~eskane, tes kovid, pran san, rezilta tes, tes pap`),
    specialty: words(`pedyatri, kadyoloji, nerolodji, newoloji, onkoloji, jinekoloji, sikyatri,
      pedyat, kadyolog, jinekolog, dermatoloji, oftalmoloji, ortopedi, nefwoloji`),
    procedure: words(`operasyon, dyaliz, ~tretman, akouchman, sezaryen, fizyoterapi, foto blese, foto blesi,
      akouche, pansman, transfizyon, reyabilitasyon, swen palyatif, ~swen lakay`),
    encounter: words(`~randevou, randevou dokte, antre lopital, soti lopital, ijans, ~konsiltasyon, setifika medikal, rapo medikal, dosye medikal, ~referans, randevou lopital, randevou klinik, vizit dokte, ~swivi,
      entene, entene lopital, kite lopital, sal dijans, ~vizit lakay, ~kontwol, swivi prenatal, konsiltasyon prenatal, swen prenatal`),
    payer: words(`~kat asirans, kat asirans sante`),
    patient: words(`pasyan, pasyant`),
  },
  units: words(`ijans`),
  workplaceHeads: words(`klinik, fomasyon, pwogram, ekip, telefon, nimewo, enfimye, kanpay, sant, depatman, sevis, biwo, materyel, ekipman, fakti`),
  linkingWords: words(`sou, pou, nan, la`),
  staffCues: words(`byenveni, konpliman, mesi, fomasyon, reyinyon, nouvo anplwaye, anplwaye`),
  topicWords: words(`fomasyon, kominote, klas, atelye, konferans, semine, kanpay, edikasyon, sesyon`),
  dobKeywords: words(`dat nesans, dat li fet, dat ou fet, dat fet`),
  idKeywords: words(`nimewo dosye medikal, nimewo pasyan, nimewo dosye pasyan, nimewo sosyal, nimewo sekirite sosyal, nimewo manm, nimewo asirans, nimewo kat asirans, nimewo medicaid, nimewo medicare, nimewo aksesyon`),
};
