import { LanguageLexicon, words } from './types';

/**
 * Italian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Italian
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * (accents removed). Italian shares many terms with Spanish and Portuguese
 * (diabetico, asma, insulina, biopsia, parto, neurologia), and French holds
 * "diabete": those modules hold the shared spellings. Left out as ambiguous:
 * "visita" alone (any visit), "cura" (also care in general), "dimissioni"
 * (also a resignation from a job), "controllo" (any check); "esame" (also a
 * school exam), "prelievo" (also a cash withdrawal), "intervento" (also a
 * talk at a meeting), "operazione" and "operato" (also one's conduct),
 * "prescrizione" (also a legal time limit), "appuntamento", "caduto" (also
 * fallen, of anything) and "ansia" are everyday words. "PS" (pronto
 * soccorso) and "RM" (risonanza) are left out: a postscript, a room. Blood and urine tests need no phrase here: Portuguese
 * "sangue" and English "urine" match on their own.
 * Round 37 additions: a naevus ("nevo", marked everyday: Spanish "nevó", it
 * snowed, and a given name; "nevo atipico" and a mole check are listed) and
 * the kinds of report ("referto medico", "referto radiologico"; "referto"
 * alone stays everyday: also a referee's report).
 * Round 40 pass (2026-12-06): diabetes in its Italian spelling, high cholesterol, bronchitis, cirrhosis,
 * hepatitis, arthrosis, osteoporosis, hernias, kidney stones, multiple sclerosis, arrhythmias, heart failure,
 * thrombosis, pressure sores, burns, head injuries, fainting, vertigo, vomiting, cough, headache, back pain and
 * sore throat, insomnia, miscarriage, pre-term birth, schizophrenia, bipolar disorder, a death; positive and
 * negative need support; painkillers, anti-inflammatories, drips, the prescribing plan, anticoagulants, heparin,
 * chemo (tablets, syrup, a jab need support); blood and urine tests, cultures, ECG and echo, mammography,
 * spirometry, bone density, chest X-rays, HbA1c (a swab, an MRI, X-ray films need support); catheters,
 * angioplasty, stitches, transfusions, amputations (a cast and a prosthesis need support); discharge (everyday
 * alone: also a resignation), inpatients, the hospital stay, specialist visits, medical and sick-leave
 * certificates, the operating theatre; the specialties and specialists; the codice fiscale as an identity label;
 * staff and teaching words and workplace heads (nurses, technicians, an office, a service, a campaign, a
 * vendor). Checked with the quality report (no new false positive) and the batch scores.
 * Round 43 additions: coeliac disease ("celiachia") and haemoglobin ("emoglobina"), and the report of tests ("referto esami": two everyday words that together are a patient's results).
 */
export const IT: LanguageLexicon = {
  code: 'it',
  match: 'words',
  terms: {
    condition: words(
      'celiachia, celiaco, celiaca, malattia, ipertensione, pressione alta, tumore, cancro, gravidanza, incinta, infezione, frattura, ictus, ' +
      'infarto, febbre, ~dolore, allergia, diagnosi, ~caduta, depressione, ~ansia, polmonite, insufficienza renale, ' +
      'insufficienza cardiaca, bpco, epilessia, demenza, ferita, ferite, decubito, ~caduto, emorragia, sintomi, tiroide, ' +
      'deceduto, deceduta, ~nevo, nevo atipico, nevi atipici, mappatura nei, ' +
      'diabete, colesterolo alto, bronchite, cirrosi, epatite, artrosi, osteoporosi, ernia, calcoli renali, sclerosi multipla, ' +
      'aritmia, fibrillazione atriale, scompenso cardiaco, trombosi, embolia, piaga, piaghe, lesione da pressione, ustione, ustioni, ' +
      'trauma cranico, commozione cerebrale, svenimento, vertigini, vomito, tosse, mal di testa, mal di schiena, mal di gola, insonnia, ' +
      'malnutrizione, disidratazione, aborto spontaneo, parto prematuro, gestosi, schizofrenia, disturbo bipolare, decesso, ' +
      '~positivo, ~positiva, ~negativo, ~negativa',
    ),
    medication: words(
      'farmaco, farmaci, ricetta medica, ~prescrizione, vaccino, vaccinazione, antibiotico, ' +
      'antibiotici, chemioterapia, medicinali, antidolorifico, antinfiammatorio, ~compresse, ~pastiglie, ~sciroppo, iniezione, ~puntura, ' +
      'flebo, piano terapeutico, anticoagulante, eparina, chemio',
    ),
    test: words(
      'emoglobina, referto esami, referti esami, ~esame, ~esami, ~analisi, ~prelievo, emocromo, ' +
      '~referto, ~risultati, glicemia, radiografia, ecografia, risonanza magnetica, ' +
      'tac, colonscopia, pressione arteriosa, referto medico, referti medici, referto radiologico, referto istologico, referto ecografico, ' +
      'referto di laboratorio, referto degli esami, esami del sangue, esame del sangue, esame delle urine, esami delle urine, ' +
      'urinocoltura, emocoltura, ~tampone, elettrocardiogramma, ecocardiogramma, mammografia, spirometria, densitometria, rx torace, ' +
      'emoglobina glicata, colesterolo, esito esami, ~risonanza, ~lastre',
    ),
    procedure: words(
      'intervento chirurgico, ~intervento, ~operazione, operata, chirurgia, cesareo, trapianto, dialisi, ' +
      'fisioterapia, riabilitazione, medicazione, ~terapia, ~trattamento, assistenza domiciliare, ' +
      'operazione chirurgica, angioplastica, catetere, catetere vescicale, punti di sutura, ~gesso, ingessatura, trasfusione, amputazione, ~protesi',
    ),
    encounter: words(
      'visita medica, visita di controllo, ~appuntamento, ~ricovero, ricoverato, ricoverata, dimesso, dimessa, ' +
      'pronto soccorso, ambulanza, rianimazione, impegnativa, cartella clinica, ' +
      'terapia intensiva, lettera di dimissione, lettera di dimissioni, visita cardiologica, casa di riposo, ' +
      '~dimissione, ricoverati, degenza, ~guardia medica, visita specialistica, prenotazione visita, certificato medico, certificato di malattia, ' +
      'sala operatoria',
    ),
    payer: words(`ticket sanitario`),
    patient: words(`paziente, pazienti, neonato, neonata, degente, degenti, ~assistito, ~assistita`),
    specialty: words('cardiologia, pediatria, oncologia, psichiatria, ' +
      'geriatria, ostetricia, ematologia, diabetologia, oculistica, otorinolaringoiatria, ' +
      'cardiologo, oncologo, ginecologo, neurologo, dermatologo, urologo, diabetologo'),
  },
  units: words(`pronto soccorso, terapia intensiva, rianimazione, sala operatoria`),
  workplaceHeads: words('reparto, ambulatorio, infermiere, infermiera, corso, ' +
    'infermieri, tecnico, tecnici, ufficio, servizio, campagna, giornata, programma, progetto, fornitore, ditta'),
  linkingWords: words(`di, del, della, dei, delle, per, sul, sulla`),
  staffCues: words('benvenuto, benvenuta, formazione, riunione, turni, benvenuti, nuovo collega, nuova collega, colleghi, pensionamento, auguri, ferie, turno'),
  topicWords: words('opuscolo, convegno, lezione, corso, seminario, conferenza, giornata, campagna, incontro, evento, sensibilizzazione'),
  dobKeywords: words(`data di nascita, data di nasc., data nascita, nato il, nata il, nato a, nata a, data nasc., nato nel, nata nel`),
  idKeywords: words(`codice paziente, numero paziente, n. paziente, id paziente, nosologico, tessera sanitaria, cartella clinica, n. cartella, codice fiscale, cod. fiscale, n. tessera sanitaria`),
};
