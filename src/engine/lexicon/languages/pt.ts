import { LanguageLexicon, words } from './types';

/**
 * Portuguese (Brazilian and European). Curated by the PHI Guard team: an
 * engineer's own selection of the words that carry the meaning in clinic mail
 * (consultations, exams, results, common conditions and drugs), checked
 * against general Portuguese dictionaries from memory; no corpus or
 * third-party list copied. Keys folded (accents removed). Left out as
 * ambiguous: "alta" (also "high"), "consulta" alone is everyday (also "a query"),
 * "exame" alone is everyday, "remédio" (also "remedy, fix").
 * Round 9 additions: a patient's documents (discharge and medical reports,
 * exam orders, consent form, health-plan card), wounds, burns, pressure sores
 * and other common conditions, cultures, pathology and imaging words, the
 * remaining department names, nursing, nutrition and mental-health
 * assessments. "laudo" alone is marked everyday (also a technical or
 * property appraisal); "saúde mental" too (also a programme or a department).
 * Review of round 9: marked everyday, as each is also staff or office work:
 * "avaliação psicológica" (in hiring), "pedido/solicitação de exames" (an
 * employee's admission exams), "termo de consentimento" (any consent form:
 * the use of an image; "termo de consentimento informado" is listed),
 * "carteirinha do plano/convênio" (the staff's plan card), "visita
 * domiciliar" (a programme's home visits).
 * Round 37: the system of the electronic record heads a workplace ("sistema
 * de prontuário", an IT matter); not "senha" (a password), also the
 * insurer's authorisation code for a patient's admission.
 * Round 38 additions: the glucose curve ("curva glicêmica"), the newborn
 * heel-prick test ("teste do pezinho"), well-child care ("puericultura"),
 * growth charts, growth and development, developmental delay, CTG, EEG,
 * cardiac catheterisation, urinary catheters, injections, kidney stones,
 * migraine, arthritis, cysts, gastritis, bronchitis, sinusitis,
 * gestational diabetes, threatened miscarriage, and the
 * specialists ("consulta com o oncologista"). The words Spanish spells alike
 * (cateter, angiografia, angioplastia, colesterol) are in es.ts, and
 * those English spells alike (pre-eclampsia, the Pap test) in the English
 * vocabulary; both read Portuguese too. Marked everyday: "alterado/a/os/as"
 * (abnormal, of a result; also any changed thing), "sonda" and "sonda
 * vesical" (a catheter or tube; also a probe, and the product in a catalogue).
 * Round 43 additions: the release-of-information authorisation ("autorização de divulgação").
 * Round 43: "onco", oncology as staff and families shorten it ("onco pediátrica").
 * Round 54: "saturação" (oxygen saturation, "saturação 88%"), a measurement only a person has.
 */
export const PT: LanguageLexicon = {
  code: 'pt',
  match: 'words',
  terms: {
    condition: words(
      'doenca, doente, diabetico, diabetica, ulcera, pressao alta, hipertensao, leucemia, gravidez, gravida, gravidas, gestante, gestantes, ' +
      // Smoking as what a cessation programme treats (round 44): "Grupo Antitabagismo", "controle do tabagismo".
      'tabagismo, antitabagismo, ' +
      'aborto espontaneo, asma, depressao, ansiedade, infeccao, fratura, derrame, avc, infarto, ' +
      'enfarte, insuficiencia cardiaca, insuficiencia renal, febre, ~dores, dor no peito, alergia, epilepsia, demencia, ' +
      'obesidade, ferida, feridas, ~lesao, sangramento, hemorragia, sintomas, diagnostico, diagnosticado, ' +
      'diagnosticada, diarreia, vomitos, tontura, ~queda, ~caiu, tireoide, hepatite, tuberculose, queimadura, queimaduras, escara, escaras, ' +
      'lesao por pressao, disfagia, hipotireoidismo, hipertireoidismo, cirrose, convulsao, convulsoes, desidratacao, desnutricao, ~saude mental, ' +
      'calculo renal, pedra nos rins, enxaqueca, artrite, cisto, gastrite, bronquite, sinusite, atraso no desenvolvimento, atraso do desenvolvimento, ' +
      'diabetes gestacional, ameaca de aborto, catapora, sarampo, caxumba, ~alterado, ~alterados, ~alterada, ~alteradas',
    ),
    medication: words(
      'medicamento, medicamentos, medicacao, receita, receitas, receituario, comprimidos, insulina, vacina, vacinas, vacinacao, antibiotico, ' +
      'quimioterapia, quimio, metformina, paracetamol, ~injecao, ~injecoes, metadona, buprenorfina, naloxona, naltrexona',
    ),
    test: words(
      '~exame, ~exames, ~resultado, ~resultados, saturacao, saturacao de oxigenio, laboratorio, exame de chumbo, chumbo no sangue, nivel de chumbo, sangue, urina, glicose, hemoglobina, pressao arterial, ' +
      '~pressao, hemograma, audiometria, raio x, ultrassom, ecografia, mamografia, tomografia, ressonancia, biopsia, endoscopia, colonoscopia, ' +
      '~teste, radiografia, ultrassonografia, eletrocardiograma, ecocardiograma, densitometria, citologia, papanicolau, hemocultura, urocultura, ' +
      'anatomopatologico, histopatologico, ~laudo, laudo medico, ~pedido de exames, ~pedido de exame, pedido de exame de chumbo, ~solicitacao de exames, glicemia, ' +
      'curva glicemica, teste do pezinho, eletroencefalograma, cateterismo cardiaco, ~curva de crescimento, ~crescimento e desenvolvimento, ~puericultura, cardiotocografia, morfologico, ultrassom morfologico, translucencia nucal',
    ),
    procedure: words(
      'cirurgia, cirurgias, operado, operada, dialise, hemodialise, radioterapia, transplante, parto, cesariana, ' +
      'cesarea, fisioterapia, reabilitacao, ~terapia, psicoterapia, ~curativo, ~curativos, ~tratamento, ' +
      'cuidados paliativos, deixar de fumar, pos operatorio, dreno, desintoxicacao, plano de seguranca, atendimento domiciliar, ~sonda vesical, ~sonda',
    ),
    encounter: words(
      'autorizacao de divulgacao, autorizacao para divulgacao, termo de divulgacao, ~consulta, consulta medica, ~agendamento, ~acompanhamento, pre natal, pre natais, internacao, alta hospitalar, teve alta, alta amanha, alta hoje, ' +
      'pronto socorro, ~emergencia, ~urgencia, uti neonatal, uti pediatrica, uti adulto, uti coronariana, terapia intensiva, internamento, casa de repouso, lar de idosos, encaminhamento, prontuario, atestado medico, ~atestado, ~internado, ~internada, resumo de alta, carta de alta, sumario de alta, ' +
      'relatorio de alta, relatorio alta, relatorio medico, consentimento informado, ~termo de consentimento, termo de consentimento informado, avaliacao de enfermagem, evolucao de enfermagem, ' +
      'avaliacao nutricional, ~avaliacao psicologica, consulta psiquiatrica, acompanhamento psicologico, consulta de retorno, ~visita domiciliar',
    ),
    payer: words(`autorizacao previa, coparticipacao, ~carteirinha do plano, ~carteirinha do convenio`),
    patient: words(`paciente, recem nascido, recem nascida`),
    specialty: words(
      'onco, onco pediatrica, cardiologia, dermatologia, pediatria, ginecologia, oncologia, neurologia, psiquiatria, ortopedia, ' +
      'clinica medica, nefrologia, traumatologia, gastroenterologia, endocrinologia, pneumologia, reumatologia, hematologia, ' +
      'cardiologista, oncologista, neurologista, ginecologista, endocrinologista, nefrologista, urologista, obstetra, obstetricia',
    ),
  },
  // "UTI Neonatal": Portuguese names the intensive care unit UTI; with its kind after it, never a urinary infection.
  units: words(`pronto socorro, emergencia, urgencia, uti neonatal, uti pediatrica, uti adulto, uti coronariana, terapia intensiva`),
  workplaceHeads: words(
    'unidade, departamento, servico, sala, clinica, centro, programa, equipe, tecnico, tecnica, enfermeira, ' +
    'enfermeiro, aula, palestra, curso, treinamento, telefone, numero, escala, plantao, sistema',
  ),
  linkingWords: words(`de, do, da, dos, das, para, sobre, em, no, na`),
  staffCues: words(
    'bem vindo, bem vinda, despedida, aposentadoria, treinamento, ferias, entrevista, reuniao, escala, plantao, ' +
    'obrigado, obrigada',
  ),
  topicWords: words('seminario, boletim, folheto, educacao, gratuito, gratuita, comunidade, palestra, aula, curso, oficina, conferencia, apresentacao, guia, guias'),
  dobKeywords: words(`data de nascimento, data de nasc., dt. nasc., dt nasc, d.n., nascido em, nascida em, nasc.`),
  idKeywords: words(`prontuario, numero do paciente, registro do paciente, cartao sus, cartao do sus, cartao nacional de saude, cpf, numero de beneficiario, numero da carteirinha, carteirinha do plano, carteirinha, numero do beneficiario, processo clinico, numero de utente, n. de utente, id do beneficiario, id de beneficiario`),
};
