import { LanguageLexicon, words } from './types';

/**
 * Dutch (and Flemish). Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Dutch dictionaries from memory; no corpus or third-party
 * list copied. Keys folded (ë -> e: patiënt is patient). Dutch writes
 * compounds as one word, so a compound is listed as it is written
 * ("bloedonderzoek", "ziekenhuisopname"). Spellings shared with German,
 * French or Swedish (dialyse, allergie, cardiologie, patienten, geboren) are in
 * those modules. Left out as ambiguous: "breuk" (also a fraction), "echo"
 * (English), "recept" (also a recipe; Polish "recept*" reads it), "val"
 * (also a valve, a trap; "valpartij" is listed); "onderzoek" (also
 * research), "uitslag" (also a rash, an outcome), "opname" and "opgenomen"
 * (also a recording, included), "ontslag" (also a dismissal from a job),
 * "gevallen" (fallen; also cases), "afspraak", "operatie", "verwijzing" and
 * "diagnose" (also the English verb) are everyday words. "SEH", "eerste
 * hulp" (the emergency department) are units, like "spoedeisende hulp".
 * Round 37 additions: the medication overview and list, the specialists a
 * patient is sent to ("afspraak cardioloog": an everyday word beside a
 * specialty counts), mental-health care ("GGZ", a specialty) and day
 * treatment ("dagbehandeling", a unit: where staff work too). Staff words,
 * after a false alarm on a welcome to a new nurse: staff cues (welcome, a
 * new colleague, a farewell, thanks, a meeting, training, the roster) and
 * workplace heads ("verpleegkundige op de dialyse", a nurse on dialysis, is
 * a job), with their linking words ("op de", "voor"; not "van", also a
 * Vietnamese middle name).
 */
export const NL: LanguageLexicon = {
  code: 'nl',
  match: 'words',
  terms: {
    condition: words(
      'suikerziekte, hoge bloeddruk, kanker, zwanger, zwangerschap, infectie, ontsteking, longontsteking, botbreuk, beroerte, ' +
      'hartaanval, hartinfarct, koorts, ~pijn, depressie, ziekte, ~ziek, overleden, ~diagnose, griep, wond, wonden, ~gevallen, ' +
      'valpartij',
    ),
    medication: words(`medicijn, medicijnen, medicatie, herhaalrecept, vaccinatie, griepprik, antibiotica, medicatieoverzicht, medicatielijst`),
    test: words(
      'bloedonderzoek, bloedafname, ~uitslag, ~uitslagen, ~onderzoek, bloedsuiker, bloeddruk, rontgenfoto, echografie, ' +
      'hartfilmpje, bloeduitslagen, labuitslagen',
    ),
    procedure: words(`~operatie, geopereerd, ~ingreep, bevalling, keizersnede, fysiotherapie, ~behandeling, bestraling, wondzorg, wondfoto, thuiszorg, wijkverpleging`),
    encounter: words(
      '~afspraak, doktersafspraak, ~opgenomen, ~opname, ziekenhuisopname, ontslagbrief, spoedeisende hulp, ~verwijzing, ' +
      'spreekuur, stoppen met roken, ~ontslag, ~ontslagen, verwijsbrief, seh, eerste hulp, verpleeghuis, verzorgingshuis',
    ),
    patient: words(`pasgeborene, diabetespatient, longpatient, hartpatient, kankerpatient, dialysepatient, nierpatient`),
    specialty: words(`cardioloog, neuroloog, longarts, kinderarts, oogarts, dermatoloog, oncoloog, gynaecoloog, ggz, dagbehandeling`),
  },
  units: words(`spoedeisende hulp, seh, eerste hulp, dagbehandeling`),
  workplaceHeads: words(`verpleegkundige, verpleegkundigen, afdeling, polikliniek, scholing, cursus, collega`),
  linkingWords: words(`op, voor, bij, het`),
  staffCues: words(`welkom, nieuwe collega, nieuwe collegas, nieuwe verpleegkundige, afscheid, bedankt, vergadering, scholing, dienstrooster, werkoverleg`),
  topicWords: words(`voorlichting, cursus, scholing, lezing`),
  dobKeywords: words(`geboortedatum, geboren op`),
  idKeywords: words(`patientnummer, patientennummer, patientnr, ziekenhuisnummer, bsn, burgerservicenummer`),
};
