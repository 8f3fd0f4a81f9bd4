/**
 * Head words that say what kind of mailbox a recipient is (spec: "Recipients
 * by kind"). Curated by the PHI Guard team. A display name or address local
 * part is read like an English noun phrase: its last head word says what it
 * names ("Transplant Waitlist Coordinators" are coordinators, "Lung Transplant
 * Recipients" are recipients).
 *
 * Overlaps: "group" and "support" are list heads here and also procedure words
 * in the health vocabulary ("support group"); that is intended, the head says
 * who is on the list and the health word says why.
 */
const words = (s: string): string[] => s.split(',').map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean);

/**
 * People who work there: with one of these anywhere in the name, the mailbox
 * belongs to the staff, whatever list word comes with it ("Support Group
 * Facilitators", "Oncology Nursing Group").
 */
export const STAFF_HEADS = words(`
  staff, team, teams, call group, call pool, on call, oncall, pager, pagers, pager group, preventionist, preventionists, rn, rns, nurse, nurses, nursing, physicians, physician, providers, provider, doctors, doctor, md, mds,
  np, nps, pa, pas, lcsw, lpn, lpns, cna, cnas, rph, pharmacists, pharmacist, coordinators, coordinator, supervisors,
  supervisor, leads, lead, manager, managers, mgr, mgmt, director, directors, admin, admins, committee, board, council,
  leadership, leaders, champions, counselors, counselor, therapists, therapist, surgeons, surgeon, specialist,
  specialists, clinicians, social workers, sw, navigator, navigators, educator, educators, hospitalist, hospitalists,
  facilitators, facilitator, chaplains, chaplain, techs, tech, technologists, technicians, residents and fellows,
  fellows, interns, scheduler, schedulers, liaison, liaisons, advocate, advocates, planners, analysts, dietitians,
  pharmacy team, medstaff, charge, officers, officer, volunteers, candidates, applicants, recruiters, rep, reps, sales,
  vendor, vendors, billing, coding, coders, registrars, transporters, workgroup, task force, steering, faculty,
  dsmb, dmc, irb, investigators, investigator, reviewers, editors, authors, research group, study team, study staff,
  course, certification, module, competency, competencies, inservice, cme, ceu, trainee, trainees, learners,
  onboarding, new hires, new grads, new grad, new graduates, grad nurses, preceptors, sim, simulation, orientees, externs,
  instructores, instructoras, educadores, educadoras, enfermeras, enfermeros, coordinadores, coordinadoras, equipo,
  recert, recertification, residency, coach, coaches, instructor, instructors, trainer, trainers, journal club, journal clubs,
  fellowship, lab group, research lab`);

/**
 * A service, department or organisation: the mailbox of the place, unless a
 * list head follows ("Long COVID Clinic Patients"). A public-health programme is named by its work ("TB Control",
 * "HIV Surveillance", "Epidemiology").
 *
 * A payer's and a service's review and authorisation desks are services too (UR, utilization review, prior auth,
 * appeals); not "UM", a Korean surname (Um) as often as utilization management.
 */
export const SERVICE_HEADS = words(`
  family medicine, family practice, family health, family dentistry, family dental, family pharmacy, family eye care, family care,
  family chiropractic, chiropractic,
  customer care, customer service, clinic, clinics, center, centre, centers, program, programme, programs, institute, hospital, hospitals, line, hotline,
  desk, office, service, services, dept, department, division, unit, registry, coordination, management, scheduling,
  intake, access, referrals, operations, ops, pharmacy, lab, labs, laboratory, imaging, radiology, foundation, practice,
  associates, partners, group practice, medical group, health system, healthcare, health, memorial, pavilion, network,
  alliance, surgical, medical, supply, supplies, oxygen, dme, hme, compounding, ambulance, ems, inc, llc, corp, company, pllc, llp, law, law firm, law group, law office, law offices, attorneys,
  noreply, no reply, donotreply, info, mailbox, inbox, helpdesk, support desk, portal, newsletter, notifications,
  experience, relations, quality, safety, education, outreach, prevention, research, stewardship, consult, consults,
  reading room, index, transfer center, it, hr, finance, payroll, marketing, communications, admissions, transport,
  registration, financial services, fund, funds, endowment, trust, association, society, coalition, hub, helpline, help line,
  assistance, concierge, activities, life enrichment,
  control, surveillance, epidemiology, disease control, disease investigation,
  landscaping, plumbing, roofing, catering, janitorial, florist, printing,
  ur, utilization management, utilization review, prior auth, prior authorization, authorizations, appeals, grievances,
  eligibility, credentialing, provider relations`);

/**
 * Members of a list of patients, clients, participants or their families ("service users": the NHS's word for its patients),
 * and the young people and gatherings of a condition's programme ("Sickle Cell Kids", "Diabetes Teen Hangout").
 * A club right after a condition (recipient-health.ts), a peer network or a care home's family council with a condition
 * is its members' ("T1D Teen Club", "Transplant Recipient Peer Network", "Memory Care Family Council"); the longer phrase
 * wins over the staff's "council". Not a residents' council: medical residents hold one too.
 */
export const LIST_HEADS = words(`
  patients, pts, clients, members, participants, families, family, caregivers, parents, alumni, graduates, grads,
  survivors, recipients, enrollees, cohort, waitlist, wait list, roster, class, group, groups, support group, support,
  circle, warriors, campers, attendees, registrants, recovery, residents, enrolled, parent network, parents network, family network,
  club, peers, peer network, peers network, peer group, family council, families council,
  waitlist candidates, wait list candidates, transplant candidates, study volunteers, trial volunteers, research volunteers, riders,
  self testers, treatment group, outreach list, survivor network, survivors network, non responders, nonresponders,
  mothers, moms, mums, completers, claimants, contacts, customers, users, service users, مرضى,
  kids, teens, children, youth, hangout, meetup, playgroup,
  pacientes, participantes, familias, familles, patienten, clienten, deelnemers, teilnehmer, angehorige, pazienti, partecipanti, famiglie,
  pacjenci, uczestnicy, rodziny, benh nhan, hastalar, katilimcilar, patienter, deltagare, bukaanka, pasyan, pasyan yo, pasien, pesakit,
  mga pasyente, mga miyembro, grupo de apoyo, grupo de apoio, uczestniczki, groupe de soutien, selbsthilfegruppe, manm, manm yo, bukaannada, xubnaha, katılımcılar,
  hastalarımız, hastaları, hastalari, clase, clases, nhom ho tro, gwoup sipo, 자조모임, 환우회, учасники, участники, пацієнти, пациенты,
  wanachama, wagonjwa, kikundi cha msaada, gruppo di supporto, destek grubu, kooxda taageerada,
  participanti, participantii, pacienti, pacientii, grup de suport,
  группа поддержки, група підтримки, гурт підтримки`);

/**
 * List heads that name a kind of member only with a condition: "Parkinsons
 * Residents" live in a care home, "Surgery Residents" are physicians in
 * training; "Portal Support" is a help desk, "Pregnancy After Loss Support" a
 * support circle; "Measles Contacts" were exposed, "Vendor Contacts" are people to call; "Insulin Pump Users"
 * are patients, "Epic Users" staff; "CPAP Resupply Customers" patients, "Retail Pharmacy Customers" businesses. For these, only the members' own condition or medication
 * reveals, and "support" after a service head is that service's help desk.
 */
/** Young people, in LIST_HEADS: a list's members only at the end of its name or before another list head (recipient-health.ts). */
export const YOUNG_MEMBER_HEADS = words(`kids, teens, children, youth`);

export const AMBIGUOUS_LIST_HEADS = words(`residents, support, contacts, users, customers`);

/**
 * Kinds of care home, before "resident" in a person's note ("(Elmcrest LTC resident)"): a resident of one is in its
 * care, where "(PGY2 resident)" is a doctor.
 */
export const CARE_HOME_KINDS = words(`ltc, snf, nh, alf, nursing home, assisted living, memory care, care home, group home, rest home,
  long term care, skilled nursing, hospice`);

/**
 * Before "contacts", what makes them people exposed to a case (contact tracing: "Measles Contacts", "TB Exposure
 * Contacts"): a communicable disease or a word of exposure right before it. After anything else contacts are people
 * to call ("Sepsis Unit Contacts", "Stroke Program Contacts").
 */
export const EXPOSED_CONTACTS_AFTER = words(`tb, tuberculosis, measles, covid, covid 19, pertussis, mpox, monkeypox, scabies, meningitis,
  meningococcal, varicella, chickenpox, mumps, rubella, diphtheria, syphilis, gonorrhea, chlamydia, hiv, norovirus, influenza, flu,
  ebola, hepatitis a, hep a, shigella, salmonella, lice, exposure, exposed, case, cases`);

/**
 * Care that residents of a home receive there, never a specialty residents train in: before "residents" it makes
 * them a home's patients ("Dialysis Residents - Tuesday van", "Hospice Residents' Families"), as a condition does.
 */
export const CARE_RECEIVED_BY_RESIDENTS = words(`dialysis, hemodialysis, haemodialysis, hospice, memory care, ventilator, vent, trach,
  tracheostomy, oxygen, tube feeding, feeding tube`);

/**
 * Service heads that come first in the Romance languages: the words after them qualify the service
 * ("Accueil patients" is the patients' reception desk, "Atención al Paciente" patient services).
 */
export const ROMANCE_SERVICE_HEADS = words(`accueil, atencion, servicio, servicios, secretariat, secretaria, recepcion, admision,
  admisiones, bureau, oficina, departement, departamento, reparto, ufficio, sportello, accoglienza, akse, sèvis, sevis,
  atendimento, recepcao, servico, servicos`);

/**
 * Words that say the members' own condition even when they are staff ("Pregnant Staff", "Physicians in
 * Recovery Group", "Breast Cancer Survivor Mentors"): such a list reveals its members' health. A unit's
 * or a programme's staff ("Oncology Nursing Group") are described by where they work, not by these.
 */
export const MEMBER_CONDITIONS = words(`pregnant, in recovery, survivor, survivors, living with`);

/**
 * A workforce's leave or duty for its own health, in the same segment as the staff or workers it describes ("Staff on
 * Medical Leave", "Modified Duty - Injured Workers" is one list; "Injured Workers Program - Claims Staff" is the
 * programme's staff).
 */
export const MEMBER_LEAVE_OR_DUTY = words(`on medical leave, medical leave, medical loa, maternity leave, injured, modified duty, light duty,
  restricted duty, in treatment, on treatment, on fmla`);

/**
 * A claim for an injury or a disability in a person's note ("(WC R shoulder)", "(knee claim)", "(LTD claimant)"):
 * workers' compensation, disability and personal-injury claims; beside a body site, or "claimant" after one of the
 * claim's kinds, the claim is the recipient's own injury or illness (detectors/recipient-health.ts).
 */
export const INJURY_CLAIM_WORDS = words(`wc, ltd, std, pi, comp, claim, claimant`);
export const INJURY_CLAIM_KINDS = words(`wc, ltd, std, pi, comp, disability, injury`);

/** A word that makes one recipient a patient ("Ada Quill (dialysis pt)", "dementia res."). */
export const PATIENT_MARKS = words(`pt, patient, res, resident, client`);

/**
 * Lists of the members of a clinical trial, who receive its treatment or its tests, and of PACE (the all-inclusive
 * care programme for the elderly, whose members are its patients): "STRIDE Trial Participants"; a programme's members after a
 * health word ("Pharmacy Lock-in Programme Members"). A study's only after
 * its code (recipient-health.ts): "Time-Motion Study Participants", "UX Research Participants" are staff and users.
 */
export const PROGRAMME_MEMBER_LISTS = words(`trial participants, trial participant, trial enrollees, trial enrollee, trial subjects,
  study participants, study participant, study enrollees, study subjects,
  pace participants, pace participant, pace enrollees, pace members, pace member, pace ppts,
  enrolled participants, enrolled subjects, program member, program members, programme member, programme members`);

/**
 * Relatives before "of" or "for" in a display name ("mom of Jaylen - NICU", "daughter of pt"), and those who
 * act for a patient ("POA for resident M. Haverford").
 */
export const KIN_WORDS = words(`mom, mum, mother, dad, father, parent, parents, daughter, dau, son, wife, husband, spouse, sister,
  brother, grandmother, grandfather, grandma, grandpa, family, caregiver, guardian, aunt, uncle, niece, nephew, grandson,
  granddaughter, stepmom, stepdad, stepmother, stepfather, poa, conservator`);

/**
 * Relatives in the patients' Romance languages, before their "of" ("pai do Davi", "madre de Sofía", "mère de Léa"):
 * a recipient so described is a patient's relative, as "mom of Jaylen" is. Only with the "of" after them (ROMANCE_OF):
 * alone "padre" is also a priest and "mama" a word of endearment.
 */
export const ROMANCE_KIN_WORDS = words(`pai, mae, padre, madre, mere, pere, papa, mama, avo, abuela, abuelo, hijo, hija, filho, filha,
  fils, fille, tia, tio, tante, oncle, esposa, esposo, marido, mulher, hermana, hermano, irma, irmao, soeur, frere`);
/** The Romance "of" after a relative's word. */
export const ROMANCE_OF = words(`de, do, da, del, dos, das, du, des, di`);

/** Service heads that, after a list head, still name that list: "Recovery Alumni Network", "Survivors Circle". */
export const LIST_CONTINUERS = words(`network, association, club, circle, community, chapter, newsletter, newsletters, updates, news`);

/**
 * Health words that say nothing about a recipient: generic pharmacy words
 * describe a service ("Pharmacy <rx@...>"); in a person's address, lab and
 * premed words are a job or a course of study ("wzhang.lab@", "a.premed@").
 */
export const GENERIC_IN_RECIPIENTS: readonly string[] = ['rx', 'prescription', 'refill', 'medication', 'medications', 'meds', 'dose', 'dosing', 'mg', 'mcg', 'therapy', 'treatment', 'lab', 'labs', 'premed', 'pre med', 'path', 'scan', 'test', 'anesthesia', 'anesthesiology', 'crna', 'nursing'];

/** Words people glue to their own condition in a personal address ("hivpos", "cancerfree", "kidneywarrior"), besides common words and names. */
export const GLUED_TO_CONDITIONS = words(`pos, neg, free, warrior, fighter, survivor, mom, mama, dad, life, journey, pumper, diaries, strong`);

/**
 * Lists of people in the Romance languages, whose head comes first: a service after them says whose the members are
 * ("Participantes Programa Diabetes"; recipient-health.ts). Also in LIST_HEADS.
 */
export const ROMANCE_LIST_HEADS = words(`pacientes, participantes, familias, familles, pazienti, partecipanti, famiglie`);
