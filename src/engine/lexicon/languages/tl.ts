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
 */
export const TL: LanguageLexicon = {
  code: 'tl',
  match: 'words',
  terms: {
    condition: words(`~sakit, may sakit, sakit sa puso, altapresyon, alta presyon, kanser, bukol, buntis, hika, impeksyon, bali ng buto, atake sa puso, istrok, pulmonya, lagnat, nilalagnat, sakit ng ulo, sakit ng tiyan, ~sugat, pagdurugo, sintomas, nagtatae, nagsusuka, nahihilo, nahimatay, namatay, pumanaw, diyabetis, diabetis, mataas ang asukal, hirap huminga`),
    medication: words(`gamot, reseta, bakuna, antibayotiko`),
    test: words(`pagsusuri ng dugo, pagsusuri ng ihi, ~resulta, laboratoryo, asukal sa dugo, presyon ng dugo, ~eksamen, ~pagsusuri`),
    procedure: words(`inoperahan, operasyon, dialisis, nanganak, ~terapiya, ~paggamot`),
    encounter: words(`~konsulta, magpatingin, naospital, na ospital, naka confine, nadischarge, na discharge, emerhensiya`),
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
