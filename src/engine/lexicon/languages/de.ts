import { LanguageLexicon, words } from './types';

/**
 * German. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general German
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them (umlauts lose their dots: "Blutdruck",
 * "Krankenhausaufenthalt", "Röntgen" -> "rontgen"; ß -> ss). German glues
 * nouns into compounds: the common ones are listed as words, the rest are
 * missed rather than guessed. Left out as ambiguous: "Termin" alone (any
 * appointment), "Befund" is kept (a finding), "Zucker" (a surname too),
 * "Praxis" (also "practice" in general), "Test".
 * Round 9 additions: a patient's documents (discharge and transfer reports,
 * hospital referral, lab order, pathology and imaging reports, sick note,
 * consent sheet, fall record, care level, insurance card),
 * ulcers, burns, skin changes and other common conditions, cultures and
 * imaging words, the remaining department names, physio, occupational and
 * speech therapy. Left out: "Einweisung" alone (also a staff briefing on a
 * device), "Attest" alone (an English verb), "Verbrennung" alone (also
 * combustion), "Krebs" (a surname too). A card reader ("Kartenleser für die
 * Gesundheitskarte") is office equipment: it heads a workplace.
 * Review of round 9: "Zusammenfassung" and "Empfehlung(en)" are no longer
 * teaching words (a summary or a recommendation is as often one patient's:
 * "Meier_Schlaganfall_Zusammenfassung.pdf"); "Leitlinie", "Vorlage" stay (a
 * guideline or a template is rarely named after a patient: a lone surname
 * beside one, "Vorlage_Schulz_Dekubitus.docx", is accepted as not flagged).
 * Blank forms share their names with filled ones: "Aufklärungsbogen" and
 * "Sturzprotokoll" are marked everyday (they count beside another health
 * word, a title or a patient word); "Pflegeanamnese" is removed (a file
 * named for its author, "Pflegeanamnese_Formular_v2_Birgit_Frank.docx",
 * supports an everyday word as a patient's file would), and "Formular",
 * "Vorlage" head a workplace before a term and are teaching words. Marked
 * everyday too: "Versichertenkarte" (also an IT ticket about the card
 * reader) and "Pflegekasse" (also a billing run). "Lesegerät" no longer
 * heads a workplace (a patient's own glucose reader); "Kartenleser" does.
 * Round 43 additions: a herniated disc ("Bandscheibenvorfall") and being signed off sick ("krankgeschrieben").
 */
export const DE: LanguageLexicon = {
  code: 'de',
  match: 'words',
  terms: {
    condition: words(
      'bandscheibenvorfall, krankgeschrieben, krankheit, erkrankung, erkrankt, ~krank, diabetiker, zuckerkrankheit, bluthochdruck, leukamie, schwangerschaft, ' +
      'schwanger, fehlgeburt, depressionen, infektion, knochenbruch, schlaganfall, herzinfarkt, herzinsuffizienz, ' +
      'nierenversagen, lungenentzundung, fieber, ~schmerzen, brustschmerzen, allergie, allergisch, epilepsie, demenz, ' +
      'wunde, ~verletzung, blutung, symptome, diagnostiziert, durchfall, erbrechen, ~schwindel, ~sturz, ~gesturzt, ~hingefallen, ' +
      'verstorben, dekubitus, geschwur, druckgeschwur, brandwunde, fraktur, hautveranderung, hautausschlag, niereninsuffizienz, ' +
      'schluckstorung, schilddrusenunterfunktion, schilddrusenuberfunktion, anamie, blutarmut, harnwegsinfekt, krampfanfall, ~sturzprotokoll',
    ),
    // Round 44: the anticoagulant by its German brand ("Marcumar vor OP pausieren?").
    medication: words(`marcumar, phenprocoumon, medikament, medikamente, rezept, tabletten, impfung, impfstoff, antibiotikum, antibiotika, schmerzmittel, chemotherapie, folgerezept`),
    test: words(
      'blutuntersuchung, blutabnahme, blutbild, blutwerte, blutzucker, laborwerte, laborbefund, ~befund, ~ergebnis, ' +
      '~ergebnisse, blutdruck, rontgen, ultraschall, mammographie, mrt, biopsie, darmspiegelung, koloskopie, magenspiegelung, gastroskopie, ~untersuchung, ' +
      'vorsorgeuntersuchung, blutzuckerwerte, kernspin, laborauftrag, laborergebnisse, urinuntersuchung, urinprobe, blutkultur, blutkulturen, ' +
      'histologiebefund, pathologiebefund, rontgenbefund, rontgenbild, mammografie, sonographie, sonografie, echokardiographie, szintigraphie, kontrolluntersuchung',
    ),
    // Round 44: before or after an operation ("vor OP"), a cardiac exercise group (Herzsport).
    procedure: words(`vor op, nach op, knie op, huft op, schulter op, bandscheiben op, katarakt op, herzsport, herzsportgruppe, operiert, ~eingriff, dialyse, bestrahlung, strahlentherapie, radiotherapie, transplantation, ~geburt, kaiserschnitt, physiotherapie, reha, ~therapie, psychotherapie, verbandswechsel, herzkatheter, ~behandlung, wundfoto, wundversorgung, hausliche pflege, ambulante pflege, krankengymnastik, ergotherapie, logopadie`),
    encounter: words(
      'arzttermin, sprechstunde, kontrolltermin, nachsorge, ~aufnahme, eingeliefert, ~entlassung, ~entlassen, ' +
      'entlassbrief, arztbrief, notaufnahme, ~notfall, ~uberweisung, krankschreibung, intensivstation, krankenwagen, ' +
      'stationar, zna, rettungsstelle, pflegeheim, altenheim, kurzzeitpflege, entlassungsbericht, entlassungsbrief, verlegungsbericht, ' +
      'krankenhauseinweisung, uberweisungsschein, arbeitsunfahigkeitsbescheinigung, au bescheinigung, arztliches attest, ~aufklarungsbogen, ' +
      'untersuchungstermin',
    ),
    payer: words(`kostenubernahme, krankenkasse, pflegegrad, pflegestufe, ~pflegekasse, ~versichertenkarte, gesundheitskarte, krankenversicherungskarte`),
    patient: words(`patientin, neugeborene`),
    specialty: words(
      'kardiologie, kinderheilkunde, gynakologie, onkologie, neurologie, psychiatrie, orthopadie, innere medizin, ' +
      'allgemeinmedizin, nephrologie, unfallchirurgie, gastroenterologie, endokrinologie, pneumologie, rheumatologie, hamatologie, urologie',
    ),
  },
  units: words(`notaufnahme, intensivstation, zna, rettungsstelle`),
  workplaceHeads: words(`abteilung, bereich, klinik, zentrum, ambulanz, kurs, schulung, fortbildung, vortrag, krankenschwester, pfleger, kartenleser, kartenlesegerat, formular, formulare, vorlage, vorlagen`),
  linkingWords: words(`fur, der, des, die, zur, zum, uber`),
  staffCues: words('willkommen, abschied, ruhestand, schulung, fortbildung, urlaub, bewerber, besprechung, dienstplan, danke, weihnachtsfeier, betriebsausflug, sommerfest, feier'),
  topicWords: words('leitlinie, leitlinien, vorlage, vorlagen, formular, formulare, merkblatt, handreichung, rundschreiben, broschure, leitfaden, vortrag, vorlesung, fortbildung, schulung, kurs, folien, kongress, abteilung, weihnachtsfeier, betriebsausflug, sommerfest'),
  dobKeywords: words(`geburtsdatum, geb. dat., geb.-datum, geb., geboren am, geboren, geb.datum`),
  idKeywords: words(`patientennummer, patientennr, patienten-nr, patientnummer, patienten-id, fallnummer, aufnahmenummer, versichertennummer, krankenversichertennummer`),
};
