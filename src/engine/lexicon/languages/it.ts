import { LanguageLexicon, words } from './types';

/**
 * Italian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Italian
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * (accents removed). Kept short: Italian shares many terms with Spanish and
 * Portuguese, and those modules hold the shared spellings. Left out as
 * ambiguous: "esame" alone is everyday (also a school exam), "visita" alone
 * (any visit), "cura" (also care in general).
 */
export const IT: LanguageLexicon = {
  code: 'it',
  match: 'words',
  terms: {
    condition: words(
      'malattia, ipertensione, pressione alta, tumore, cancro, gravidanza, incinta, infezione, frattura, ictus, ' +
      'infarto, febbre, ~dolore, allergia, diagnosi, ~caduta',
    ),
    medication: words('farmaco, farmaci, ricetta medica, vaccino, antibiotico, chemioterapia'),
    test: words(
      '~esame, ~esami, analisi del sangue, ~referto, ~risultati, glicemia, radiografia, ecografia, ' +
      'risonanza magnetica',
    ),
    procedure: words('intervento chirurgico, dialisi, fisioterapia, ~terapia, ~trattamento'),
    encounter: words(
      'visita medica, ~ricovero, ricoverato, ricoverata, dimesso, dimessa, pronto soccorso, impegnativa, ' +
      'cartella clinica, terapia intensiva',
    ),
    payer: words(`ticket sanitario`),
    patient: words(`pazienti, neonato, neonata`),
    specialty: words('cardiologia, pediatria, oncologia, psichiatria'),
  },
  units: words(`pronto soccorso, terapia intensiva`),
  workplaceHeads: words('reparto, ambulatorio, infermiere, infermiera, corso'),
  linkingWords: words(`di, del, della, dei, delle, per, sul, sulla`),
  staffCues: words('benvenuto, benvenuta, formazione, riunione, turni'),
  topicWords: words('opuscolo, convegno, lezione, corso, seminario, conferenza'),
  dobKeywords: words(`data di nascita, data di nasc., nato il, nata il, nato a, nata a`),
};
