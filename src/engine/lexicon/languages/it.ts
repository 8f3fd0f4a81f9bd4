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
 */
export const IT: LanguageLexicon = {
  code: 'it',
  match: 'words',
  terms: {
    condition: words(
      'malattia, ipertensione, pressione alta, tumore, cancro, gravidanza, incinta, infezione, frattura, ictus, ' +
      'infarto, febbre, ~dolore, allergia, diagnosi, ~caduta, depressione, ~ansia, polmonite, insufficienza renale, ' +
      'insufficienza cardiaca, bpco, epilessia, demenza, ferita, ferite, decubito, ~caduto, emorragia, sintomi, tiroide, ' +
      'deceduto, deceduta, ~nevo, nevo atipico, nevi atipici, mappatura nei',
    ),
    medication: words(
      'farmaco, farmaci, ricetta medica, ~prescrizione, vaccino, vaccinazione, antibiotico, ' +
      'antibiotici, chemioterapia, medicinali',
    ),
    test: words(
      '~esame, ~esami, ~analisi, ~prelievo, emocromo, ' +
      '~referto, ~risultati, glicemia, radiografia, ecografia, risonanza magnetica, ' +
      'tac, colonscopia, pressione arteriosa, referto medico, referti medici, referto radiologico, referto istologico, referto ecografico, ' +
      'referto di laboratorio, referto degli esami',
    ),
    procedure: words(
      'intervento chirurgico, ~intervento, ~operazione, operata, chirurgia, cesareo, trapianto, dialisi, ' +
      'fisioterapia, riabilitazione, medicazione, ~terapia, ~trattamento, assistenza domiciliare',
    ),
    encounter: words(
      'visita medica, visita di controllo, ~appuntamento, ~ricovero, ricoverato, ricoverata, dimesso, dimessa, ' +
      'pronto soccorso, ambulanza, rianimazione, impegnativa, cartella clinica, ' +
      'terapia intensiva, lettera di dimissione, lettera di dimissioni, visita cardiologica, casa di riposo',
    ),
    payer: words(`ticket sanitario`),
    patient: words(`paziente, neonato, neonata`),
    specialty: words('cardiologia, pediatria, oncologia, psichiatria'),
  },
  units: words(`pronto soccorso, terapia intensiva, rianimazione`),
  workplaceHeads: words('reparto, ambulatorio, infermiere, infermiera, corso'),
  linkingWords: words(`di, del, della, dei, delle, per, sul, sulla`),
  staffCues: words('benvenuto, benvenuta, formazione, riunione, turni'),
  topicWords: words('opuscolo, convegno, lezione, corso, seminario, conferenza'),
  dobKeywords: words(`data di nascita, data di nasc., data nascita, nato il, nata il, nato a, nata a`),
  idKeywords: words(`codice paziente, numero paziente, n. paziente, id paziente, nosologico, tessera sanitaria, cartella clinica, n. cartella`),
};
