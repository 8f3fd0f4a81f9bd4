import { LanguageLexicon, words } from './types';

/**
 * Romanian. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Romanian dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them (ă, â -> a, î -> i, ș, ş -> s,
 * ț, ţ -> t), so text typed with or without diacritics, and with either comma
 * or cedilla letters, matches alike. Romanian glues the article to the noun
 * ("pacientul" the patient, "analizele" the tests): a word ending in "*"
 * takes the endings below. Spellings shared with other modules (fractura,
 * pneumonie, biopsie, cardiologie, infectie, operatie, astm) are in those
 * modules; "cancer" is the English term ("cancerul" is listed).
 * Left out as ambiguous: "rană" (a wound; a given name: Albanian "~plag*" reads
 * "plagă"), "operat" (also operated, of a machine), "laborator"
 * (also a school lab); "sarcina" (also a task), "rețetă" (also a recipe),
 * "programare" (also programming), "internat" (also a boarding school),
 * "urgență", "trimitere" (also a sending), "căzut" (fallen, of
 * anything), "analize", "rezultat",
 * "tratament", "naștere" and "diagnostic" are everyday words. The one staff
 * cue, "bun venit" (welcome), keeps its "bun" from reading as BUN.
 * Round 37 additions: a rash ("erupție", marked everyday: also a
 * volcano's; "erupție cutanată" is listed), the specialists ("programare la
 * cardiolog": an everyday word beside a specialty counts), an appointment
 * with the doctor, the results of tests ("rezultatele analizelor": two
 * everyday words that together are a patient's lab results), a urine test,
 * cardiac rehabilitation. Whole words for the specialists: a stem would
 * re-key the French and Dutch "cardiologie".
 * Round 43 additions: appendicitis, and cardiac and pulmonary rehabilitation ("reabilitare pulmonară").
 */
export const RO: LanguageLexicon = {
  code: 'ro',
  match: 'words',
  endings: words(`a, ul, ului, e, ele, elor, ei, i, ii, ilor, le, lor`),
  terms: {
    condition: words(
      'apendicita, boala, bolnav*, hipertensiune, diabet*, cancerul, ~sarcina, insarcinata, accident vascular, infarct, febra, ' +
      '~durere, ~dureri, alergie, depresie, ~diagnostic, simptome, decedat*, ~cazut*, ~cazatur*, escar*, ~eruptie, eruptie cutanata, ~eruptii',
    ),
    medication: words(`medicament*, ~reteta, vaccinare, chimioterapie, pastile, antibiotice`),
    test: words(`~analiz*, analiz* de sange, buletin de analiz*, ~rezultat*, radiografie, ecografie, rmn, tomografie, glicemie, tensiune arteriala,
      rezultat* analiz*, analiz* de urina`),
    procedure: words(`reabilitare pulmonara, reabilitare cardiaca, reabilitare medicala, interventie chirurgicala, dializa, ~nastere, cezariana, fizioterapie, ~tratament*, ingrijire paliativa, pansament*, ingrijire la domiciliu, recuperare cardiaca, recuperare medicala`),
    encounter: words(
      '~programare, internare, ~internat, externare, ~urgenta, camera de garda, ~trimitere, ~consultatie, terapie intensiva, ' +
      'concediu medical, ambulanta, renuntare la fumat, bilet de externare, scrisoare medicala, upu, primiri urgente, camin de batrani, ' +
      'programare la medic, programare la doctor, programare medic',
    ),
    patient: words(`pacient*, nou nascut`),
    specialty: words(`cardiologic*, cardiolog, endocrinolog, diabetolog, neurolog, dermatolog, gastroenterolog, medic de familie`),
  },
  units: words(`camera de garda, terapie intensiva, upu, primiri urgente`),
  staffCues: words('bun venit'),
  dobKeywords: words(`data nasterii, data de nastere, nascut la, nascuta la, nascut, nascuta`),
  idKeywords: words(`foaie observatie, foaie de observatie clinica, cod pacient, cnp, cod numeric personal`),
};
