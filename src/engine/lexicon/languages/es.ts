import { LanguageLexicon, words } from './types';

/**
 * Spanish. Curated by the PHI Guard team (an engineer's own selection of the
 * words that carry the meaning in US clinic mail: appointments, results,
 * referrals, common conditions and drugs, Latin American and US usage first),
 * checked against general Spanish dictionaries from memory; no corpus or
 * third-party list was copied. Keys are folded (accents removed, as the
 * tokenizer makes them). Left out as ambiguous: "alta" (also "high"), "gripe"
 * (an English word), "tos" (TOS), "medicina" (also the discipline), "operación"
 * (also a business operation), "ingreso(s)" (also income), "yeso", "frenos",
 * "puntos", "bebé".
 * Round 9 additions: a patient's documents (referral and interconsultation,
 * medical report, sick-leave and medical-note words, health card), wounds,
 * burns, sores and other common conditions, cultures and imaging words, the
 * remaining department names, nutrition and mental-health assessments. Left
 * out: "derivación" alone is marked everyday (also a derivation or an
 * electrical branch), "incapacidad" (also disability in general), "resonancia
 * magnética" (it made a staff or equipment subject read as a patient's); "salud
 * mental" is marked everyday (also a programme or a department).
 * Review of round 9: marked everyday, as each is also staff or office work:
 * "evaluación psicológica" (of job candidates), "chequeo médico" (the staff's
 * annual check-up), "revisión médica" (a medical review of a manual),
 * "visita domiciliaria" (a programme's home visits). Blank forms and
 * templates ("formato", "plantilla", "modelo") head a workplace: "Plantilla
 * interconsulta", "Formato de valoración de enfermería".
 * Round 38 additions: endoscopy and gastroscopy, EEG, angiography and
 * angioplasty, catheters, anaesthesia, growth charts, the glucose test,
 * fetal monitoring, the well-child visit, developmental delay, injections,
 * kidney stones, migraine, arthritis, cysts, appendicitis, threatened
 * miscarriage, and the specialists
 * ("cita con el oncólogo": a specialist, like a specialty, supports an
 * everyday word). Marked everyday: "catéter" and "sonda urinaria" (also the
 * products, in a catalogue or an invoice). Left out: "anormal" (as a term it
 * stopped "Mme Beaulieu, ECG anormal" from being read as a result), "talla"
 * (also a clothing size), "crecimiento" and "desarrollo" alone (a
 * company's), "pediatra" (staff mail welcomes new pediatricians).
 * Round 43 additions: the release-of-information authorisation ("autorización de divulgación") and the discharge report as file names glue it ("Informe_alta"), both named for the patient.
 * Round 43: "onco", oncology as staff and families shorten it ("onco pediátrica").
 * Round 51: the spelling "postparto" (as common as "posparto"). Not the plural "vacunas": file names of a clinic's
 * schedules would pair it with a month that is also a given name ("abril").
 */
export const ES: LanguageLexicon = {
  code: 'es',
  match: 'words',
  terms: {
    condition: words(
      'enfermedad, enfermo, enferma, le duele, me duele, estreptococo, diabetico, diabetica, diabeticos, diabeticas, hipertensos, azucar alta, presion alta, hipertension, leucemia, ' +
      // Smoking as what a cessation programme treats (round 44): "Clínica de Tabaquismo".
      'tabaquismo, ' +
      // Kidney patients named by the organ's adjective (round 45): "Pacientes Renales", "enfermos renales".
      'pacientes renales, enfermos renales, ' +
      'embarazo, embarazada, posparto, postparto, asma, depresion, ansiedad, sobredosis, adiccion, infeccion, fractura, derrame cerebral, ' +
      'ataque al corazon, infarto, insuficiencia cardiaca, insuficiencia renal, neumonia, fiebre, ~dolor, ' +
      'dolor de pecho, alergia, epilepsia, demencia, obesidad, vih, sida, herida, ~lesion, sangrado, hemorragia, ' +
      'sintomas, diagnostico, diagnosticado, diagnosticada, diarrea, vomitos, mareos, autismo, ulcera, ~caida, ' +
      'tiroides, fallecio, quemadura, quemaduras, escara, escaras, llaga, llagas, disfagia, hipotiroidismo, ' +
      'hipertiroidismo, cirrosis, convulsiones, hipoglucemia, hiperglucemia, deshidratacion, desnutricion, ~salud mental, pronostico reservado, ' +
      'calculos renales, migrana, artritis, quiste, apendicitis, ~retraso del desarrollo, ~retraso en el desarrollo, amenaza de aborto',
    ),
    medication: words(
      'medicamento, medicamentos, medicinas, receta, pastillas, tabletas, insulina, vacuna, vacunacion, antibiotico, ' +
      '~dosis, quimioterapia, quimio, metformina, ~inyeccion, ~inyecciones, metadona, buprenorfina, naloxona, naltrexona',
    ),
    test: words(
      '~analisis, analisis de sangre, examen de sangre, examen de orina, prueba de embarazo, ~resultados, ~resultado, ' +
      'resultados de laboratorio, laboratorio, hemograma, sangre, orina, glucosa, hemoglobina, colesterol, presion arterial, ' +
      '~presion, audiometria, rayos x, ultrasonido, ecografia, mamografia, tomografia, biopsia, colonoscopia, signos vitales, ' +
      '~examen, ~examenes, examen fisico, ~prueba, ~pruebas, patologia, carga viral, estudio de sueno, estudio sueno, ' +
      'radiografia, electrocardiograma, ecocardiograma, densitometria, citologia, papanicolau, hemocultivo, urocultivo, ' +
      'analisis de orina, endoscopia, gastroscopia, electroencefalograma, angiografia, ~curva de crecimiento, ' +
      'prueba de glucosa, tolerancia a la glucosa, monitoreo fetal, control de nino sano',
    ),
    procedure: words(
      'cateterismo, cirugia, cirugias, operado, operada, dialisis, hemodialisis, radioterapia, hospicio, transfusion de sangre, trasplante, ' +
      'parto, cesarea, fisioterapia, terapia fisica, rehabilitacion, ~terapia, psicoterapia, ~curacion, ~curaciones, ' +
      'aborto, limpieza dental, extraccion dental, ~tratamiento, cuidados paliativos, desintoxicacion, plan de seguridad, ' +
      'grupo de recuperacion, cateter, ~sonda urinaria, angioplastia, anestesia, ' +
      // A patient's diet order (round 44): bland, liquid, renal, low-salt, diabetic.
      'dieta blanda, dieta liquida, dieta renal, dieta hiposodica, dieta sin sal, dieta para diabeticos, dieta diabetica, alimentacion por sonda',
    ),
    encounter: words(
      'informe alta, autorizacion de divulgacion, autorizacion divulgacion, autorizacion para divulgar, divulgacion de informacion medica, cita, citas, ~seguimiento, ~consulta, ~consultas, control prenatal, lactancia, clase de lactancia, ingresado, ingresada, hospitalizado, ' +
      'hospitalizada, hospitalizacion, alta medica, alta hospitalaria, alta hoy, alta manana, dado de alta, dada de alta, dieron de alta, urgencias, ' +
      'sala de emergencias, ~emergencia, ~referido, ~referida, expediente medico, certificado medico, ' +
      'cuidados intensivos, uci, terapia intensiva, consentimiento informado, resumen de alta, resumen alta, informe de alta, hoja de alta, nota de alta, epicrisis, ' +
      'informe medico, interconsulta, ~derivacion, hoja de derivacion, baja medica, justificante medico, constancia medica, ' +
      'valoracion de enfermeria, valoracion nutricional, ~evaluacion psicologica, consulta psiquiatrica, evaluacion psiquiatrica, transferencia de embriones, transferencia embrionaria, ~chequeo medico, ~revision medica, ~visita domiciliaria',
    ),
    payer: words(`autorizacion previa, ~reclamo, deducible, copago, elegibilidad, tarjeta de seguro, tarjeta seguro, tarjeta sanitaria`),
    patient: words('paciente, recien nacido, recien nacida'),
    specialty: words(
      'onco, onco pediatrica, cardiologia, dermatologia, pediatria, ginecologia, obstetricia, oncologia, neurologia, psiquiatria, urologia, ' +
      'ortopedia, medicina interna, nefrologia, traumatologia, gastroenterologia, endocrinologia, neumologia, reumatologia, hematologia, ' +
      'cardiologo, cardiologa, oncologo, oncologa, neurologo, neurologa, ginecologo, ginecologa, endocrinologo, endocrinologa, ' +
      'nefrologo, nefrologa, urologo, urologa, gastroenterologo, gastroenterologa, reumatologo, reumatologa',
    ),
  },
  units: words(`urgencias, sala de emergencias, cuidados intensivos, terapia intensiva, uci`),
  workplaceHeads: words(
    'unidad, departamento, servicio, sala, clinica, centro, programa, equipo, tecnico, tecnica, enfermera, ' +
    'enfermero, enfermeras, clase, clases, charla, curso, feria, capacitacion, telefono, linea, numero, formato, formatos, plantilla, plantillas, modelo, modelos',
  ),
  linkingWords: words(`de, del, la, el, los, las, para, sobre, en`),
  staffCues: words(
    'bienvenida, bienvenido, felicitaciones, despedida, jubilacion, capacitacion, nomina, vacaciones, entrevista, ' +
    'gracias',
  ),
  topicWords: words('plantilla, plantillas, platica, seminario, boletin, folleto, folletos, cartel, carteles, afiche, afiches, educacion, gratuita, gratuito, comunidad, conferencia, charla, taller, curso, ponencia, diapositivas, guia, guias, campana'),
  dobKeywords: words(`fecha de nacimiento, fecha de nac., fec. nac., f. nac., f nac, f. de nac., nacido el, nacida el, nacido, nacida`),
  idKeywords: words(`historia clinica, nhc, expediente clinico, expediente medico, numero de paciente, no. de paciente, id de paciente, id del paciente, numero de seguro social, seguro social, nss, curp, no. de afiliado, numero de afiliado, num. de afiliado, id de afiliado`),
};
