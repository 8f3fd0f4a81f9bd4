import { LanguageLexicon, words } from './types';

/**
 * French (France, Canada, and the French of Haitian and West African
 * patients). Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general French
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * (accents removed). Left out as ambiguous: "examen" alone is everyday (also a
 * school exam), "bilan" alone (also a balance sheet), "ordonnance" is kept (in
 * clinic mail a prescription; a court order is rare there), "cas" (a case), "scanner" (a CT scan; English
 * reads it as a machine, "CT scanner"); "tombée" (fell; also of anything)
 * is an everyday word.
 * Round 9 additions: a patient's documents (hospital stay report, referral
 * letter, sick leave, consent, fall report, Carte Vitale), burns, ulcers,
 * skin lesions and other common conditions, urine tests and cultures,
 * pathology and imaging words, the remaining department names, nutrition
 * and psychiatric follow-up. The elided article is glued to the next word
 * ("d'hospitalisation" -> dhospitalisation), so those forms are listed
 * glued. "arrêt de travail" is marked everyday (also a work stoppage).
 * Review of round 9: "lecteur" no longer heads a workplace (a patient's own
 * glucose meter is a "lecteur de glycémie"); "carte vitale" is marked
 * everyday instead (also a card reader's or a transmission fault). Marked
 * everyday too: "d'hospitalisation" (also the ward where a nurse works:
 * "service d'hospitalisation complète"; "service" is not made a head, as
 * heads act in every language and English writes "food service diabetic
 * tray"), and, as blank forms share their names with filled ones,
 * "consentement éclairé" and "courrier médical"; "modèle" (a template)
 * heads a workplace and is a teaching word. "formation" is no longer a
 * teaching word: teaching words act in every language, and in English
 * "abscess formation" is a finding.
 * Round 43 additions: cardiac and pulmonary rehabilitation ("réadaptation cardiaque").
 * Round 55: brachytherapy ("curiethérapie"), beside radiotherapy.
 */
export const FR: LanguageLexicon = {
  code: 'fr',
  match: 'words',
  terms: {
    condition: words(
      'maladie, malade, insomnie, diabete, diabetique, hypertendu, leucemie, lymphome, grossesse, enceinte, asthme, anxiete, ' +
      // Round 44: sleep apnoea (a CPAP workshop's topic), a suspicious mole. Round 56: multiple sclerosis, Parkinson's
      // and Alzheimer's as French names them ("Groupe de soutien - Sclérose en plaques").
      'apnee du sommeil, grain de beaute suspect, sclerose en plaques, maladie de parkinson, maladie d alzheimer, ' +
      'fracturee, avc, crise cardiaque, infarctus, insuffisance cardiaque, insuffisance renale, pneumonie, fievre, ' +
      '~douleur, ~douleurs, douleur thoracique, mal de tete, allergie, allergique, epilepsie, demence, obesite, vih, ' +
      'sida, plaie, ~blessure, saignement, hemorragie, symptomes, diagnostiquee, diarrhee, vomissements, vertiges, ' +
      'deshydratation, ~chute, ~tombee, sante mentale, thyroide, hepatite, tuberculose, decede, escarre, escarres, ' +
      'brulure, brulures, ulcere, lesion cutanee, dysphagie, hypothyroidie, hyperthyroidie, anemie, cirrhose, denutrition, ' +
      'insuffisance respiratoire, affection longue duree, declaration de chute',
    ),
    medication: words(
      'medicament, medicaments, ordonnance, insuline, vaccin, antibiotique, ~posologie, chimiotherapie, chimio, ' +
      'paracetamol',
    ),
    test: words(
      'frottis, analyses de sang, prise de sang, bilan sanguin, bilan hepatique, bilan renal, bilan lipidique, bilan thyroidien, ~resultats, ~resultat, laboratoire, glycemie, hemoglobine, ' +
      'tension arterielle, radiographie, ~radio du, ~radio de la, echographie, mammographie, irm, irm du, une irm, ~tdm, biopsie, ' +
      'endoscopie, coloscopie, audiogramme, audiometrie, rapport audiometrique, bilan auditif, ~examen, ~depistage, ~analyses, ' +
      'bilan biologique, analyse durine, analyses durine, ecbu, hemoculture, hemocultures, anatomopathologie, anatomopathologique, anapath, ' +
      'scintigraphie, densitometrie, electrocardiogramme, echocardiographie',
    ),
    procedure: words(
      'readaptation cardiaque, readaptation pulmonaire, readaptation respiratoire, chirurgie, opere, operee, intervention chirurgicale, dialyse, hemodialyse, radiotherapie, curietherapie, greffe, accouchement, ' +
      'cesarienne, kinesitherapie, ~kine, reeducation, ~therapie, psychotherapie, pansement, pansements, ~traitement, ' +
      'soins palliatifs, soins a domicile, ssiad',
    ),
    encounter: words(
      'rendez vous medical, suivi medical, visite medicale, hospitalise, hospitalisation, sortie d hopital, ' +
      '~compte rendu, compte rendu de sortie, compte rendu sortie, compte rendu operatoire, lettre de sortie, ~urgences, service des urgences, ~adresse par, dossier medical, ' +
      'certificat medical, arret maladie, reanimation, soins intensifs, ~suivi, ~rendez vous, ~rdv, hospitalisee, lettre de liaison, ' +
      'sau, ehpad, maison de retraite, ~dhospitalisation, lettre dorientation, lettre d orientation, ~courrier medical, ~arret de travail, ' +
      '~consentement eclaire, bilan nutritionnel, suivi psychologique, consultation psychiatrique, visite a domicile',
    ),
    payer: words(`~prise en charge, mutuelle, tiers payant, ~carte vitale`),
    patient: words(`patiente, nouveau ne, nouveau nee`),
    specialty: words(
      'dermato, cardiologie, dermatologie, pediatrie, gynecologie, oncologie, neurologie, psychiatrie, psychiatre, orthopedie, ' +
      'medecine generale, nephrologie, traumatologie, gastroenterologie, endocrinologie, pneumologie, rhumatologie, hematologie, urologie',
    ),
  },
  units: words(`urgences, service des urgences, reanimation, soins intensifs, sau`),
  // French elides the article before a vowel and the tokenizer glues it on ("l'unité" -> lunite).
  workplaceHeads: words(
    'unite, departement, salle, clinique, equipe, technicien, infirmiere, infirmier, cours, atelier, ligne, numero, ' +
    'horaires, lunite, lequipe, latelier, modele, modeles',
  ),
  linkingWords: words(`de, du, des, d, la, le, les, l, pour, sur, en`),
  staffCues: words('bienvenue, felicitations, retraite, conges, entretien d embauche, embauche, recrutement, garde, merci'),
  topicWords: words('modele, modeles, seminaire, affiche, affiches, protocole, gratuit, gratuite, cours, atelier, diaporama, webinaire, conference, colloque, congres, journee, expose'),
  dobKeywords: words(`date de naissance, date de naiss., date naiss., ddn, ne le, nee le, ne(e) le, naissance`),
  idKeywords: words(`dossier medical, dossier patient, numero de patient, numero patient, ipp, numero de securite sociale, n° de securite sociale, n° secu`),
};
