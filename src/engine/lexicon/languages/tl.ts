import { LanguageLexicon, words } from './types';

/**
 * Tagalog (Filipino). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Tagalog dictionaries from memory; no corpus or third-party
 * list copied. Filipino clinic mail mixes Tagalog with English ("Taglish"): the
 * English terms already cover "check up", "results", "BP"; this list holds the
 * Tagalog words and the Spanish loans as Filipinos spell them. Left out as
 * ambiguous: "sakit" alone is kept (illness, pain), "gamot" (medicine) is
 * kept; "dugo" (blood) only in phrases.
 * Round 9 additions: being admitted and discharged in Taglish ("na-admit"),
 * seeing a doctor and getting treatment, pregnancy, boils, rashes, ulcers,
 * kidney and liver disease, goitre, anaemia, high blood pressure
 * ("highblood"), tuberculosis, fractures, falls (marked everyday: also of
 * anything), mental health (marked everyday: also a programme) and anxiety,
 * sputum test. Left out: "paso" (burn;
 * also a flower pot), "pilay" (also a surname), "PhilHealth" (payroll
 * contributions).
 * Review of round 9, marked everyday: "pantal" (a rash; also a surname),
 * "mataas ang presyon" (also of water or air pressure; "mataas ang presyon
 * ng dugo" is listed), "pagkabalisa" (anxiety; also everyday worry, about traffic).
 * Round 43 additions: high blood pressure written with the English abbreviation ("mataas BP").
 */
export const TL: LanguageLexicon = {
  code: 'tl',
  match: 'words',
  terms: {
    condition: words(
      'mataas bp, mataas na bp, mataas ang bp, mataas ang bp niya, ~sakit, may sakit, sakit sa puso, altapresyon, alta presyon, kanser, bukol, buntis, hika, impeksyon, bali ng buto, atake sa puso, istrok, pulmonya, lagnat, nilalagnat, sakit ng ulo, sakit ng tiyan, ~sugat, pagdurugo, sintomas, nagtatae, nagsusuka, nahihilo, nahimatay, namatay, pumanaw, diyabetis, diabetis, mataas ang asukal, hirap huminga, ' +
      'pigsa, ~pantal, ulser, sakit sa bato, sakit sa atay, bosyo, anemya, anemik, kulang sa dugo, ~mataas ang presyon, mataas ang presyon ng dugo, highblood, tuberkulosis, ' +
      'tisis, nabalian, ~nahulog, pagbubuntis, nagbubuntis, ~kalusugang pangkaisipan, ~pagkabalisa, ' +
      // Round 39: the flu and the common infections, coughs and colds, seizures.
      'trangkaso, nagtatrangkaso, ~sipon, sinisipon, inuubo, may ubo, tigdas, bulutong, bulutong tubig, kombulsyon, kinukumbulsyon, sakit sa baga',
    ),
    medication: words(`gamot, reseta, bakuna, antibayotiko`),
    test: words(`pagsusuri ng dugo, pagsusuri ng ihi, ~resulta, laboratoryo, asukal sa dugo, presyon ng dugo, ~eksamen, ~pagsusuri, pagsusuri ng plema, ~positibo, ~negatibo`),
    procedure: words(`inoperahan, operasyon, dialisis, nanganak, ~terapiya, ~paggamot, nagpapagamot, pagpapagamot, hospisyo, pangangalagang paliyatibo`),
    encounter: words(`~konsulta, magpatingin, naospital, na ospital, naka confine, nadischarge, na discharge, emerhensiya, pagpapatingin, naadmit, lumabas ng ospital, pinauwi, pinalabas ng ospital`),
    patient: words(`pasyente, sanggol`),
  },
  units: words(`emerhensiya`),
  workplaceHeads: words(`klase, seminar sa, pagsasanay, telepono, numero, iskedyul, libreng, libre`),
  linkingWords: words(`sa, tungkol, ng`),
  staffCues: words(`maligayang pagdating, pagbati, salamat, pagsasanay, iskedyul`),
  topicWords: words(`pagsasanay, klase, seminar sa, polyeto, libreng, libre, komunidad`),
  dobKeywords: words(`petsa ng kapanganakan, kaarawan, ipinanganak noong, ipinanganak`),
  idKeywords: words(`numero ng pasyente, numero ng rekord ng pasyente`),
};
