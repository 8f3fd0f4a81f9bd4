/**
 * Words that decide whether a field's health words are about a person
 * (spec: "Whose health, and who is a person"). Curated by the PHI Guard team;
 * lower case, accent-folded, a space between the words of a phrase. Used by
 * facts/health.ts (personHealthOf).
 *
 * Intended overlaps: "lab", "unit", "clinic" are workplace words here and
 * also recipient heads (recipient-heads.ts); "icu", "ed" are encounter terms
 * in health-vocabulary.ts and units here: the vocabulary finds them, this list says
 * they name a workplace until something ties them to a person.
 */
const words = (s: string): string[] => s.split(',').map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean);

/**
 * A scanner's service ("MRI helium fill", "CT gantry noise", "IABP console lockup"): after a health word it is the
 * machine's work, as WORKPLACE_WORDS (which spreads them), but it does not hide a titled patient's scan ("MRI gantry
 * fixed - Mr. Kettering rescan tomorrow"; facts/health.ts).
 */
export const SCANNER_SERVICE_WORDS = words(`helium, quench, gantry, console, consoles, firmware, lockup`);

/**
 * After a health word, these make it the name of a job, a place of work or a
 * project: "MRI tech", "Cath Lab team", "MRI scheduling workflow", "CT install",
 * "palliative care rounds", "dialysis unit", "infusion center", "viral load bench" (a lab bench); or of an organisation or a building named for
 * a disease or a specialty ("Pediatric Leukemia Fund", "Cystic Fibrosis Society", "Cardiology Auditorium"); or of
 * supplies and their logistics, an event's volunteers and a wellness challenge ("tele strip printer jam", "MAR binders
 * restocked", "memory cafe volunteers"); or of a scanner's service (SCANNER_SERVICE_WORDS; "MRI Zone IV signage").
 */
export const WORKPLACE_WORDS = [...words(`
  tech, techs, bench, benches, aide, aides, assistant, assistants, checkoff, checkoffs, specialist, specialists, save, saves, standardization, tubing, workgroup, bundle, bundles, pathway, pathways, technologist, technologists, technician, technicians, team, teams, unit, units, staff, staffing,
  nurse, nurses, nursing, rn, rns, lab, clinic, clinics, center, centre, department, dept, service, services, program,
  programme, committee, council, rounds, workflow, workflows, protocol,
  protocols, install, installation, downtime, outage, outages, courier, couriers, competency, competencies, orientation, training, cross training, crosstraining, coverage,
  call, shift, shifts, charge, manager, managers, director, lead, leads, educator, champion, champions, suite, verification, verifications,
  suites, wing, desk, office, offices, affairs, fax, huddle, meeting, policy, project, rollout, go live, upgrade, cart, carts, machine,
  machines, scanner, scanners, equipment, vendor, contract, budget, hiring, openings, opening, job, jobs, position,
  positions, residency, fellowship, student, students, preceptor, float, pool, quality, metrics, dashboard, supplies,
  supply, inventory, order set, order sets, build, rotation, certification, certified, course, skills, fair, drill,
  volume, volumes, throughput, billing, coding, registry, navigator, navigators, coordinator, coordinators, pavilion,
  institute, associates, practice, pharmacist, pharmacists, physician, physicians, surgeon, surgeons, therapist,
  therapists, dietitian, dietitians, social worker, hospitalist, hospitalists, intensivist, intensivists, attending,
  attendings, anesthesiologist, rota, on call, fellows, nomination, bonus, incentive, reimbursement, prevention,
  control, audit, audits, data, super user, superuser, sign off, safety, certificate, tray, trays, kit, kits,
  instrument, instruments, device, devices, rate, rates, scorecard, license, licence, credentialing, applicant,
  portal, waste, spill, route, routes, physics, restock, shipment, shipments, helpline,
  hotline, advocate, advocates, transporter, transporters, liaison, liaisons, registration, representative, preventionist, preventionists,
  reagent, reagents, probe, probes, qa, reporting, rca, rcas, deep dive, sir, demo, demos, redesign, tracker, invoice,
  invoices, revision, revisions, software, template, templates,
  representatives, stock, accreditation, block schedule, block time, ambassador, ambassadors, escort, escorts, sitter, sitters, relations, territory, territories, codes,
  signage, decals, logic, column, columns, crew, crews,
  fund, funds, foundation, society, association, coalition, auditorium, scholarship, scholarships, endowment, lectureship,
  professorship, prize, research, outcomes research, cma, lpn, lvn, scenario, scenarios, station, stations, module, modules, quiz, quizzes,
  hood, hoods, booth, booths, queue, queues, interface, interfaces, worklist, worklists, slots,
  reno, renovation, renovations, remodel, construction, expansion, build out, buildout, recliners, stretchers,
  analyzer, analyzers, analyser, analysers,
  printer, printers, jam, storage, binder, binders, restocked, kiosk, kiosks, collection site, sign up, signup, volunteers, winners`),
  ...SCANNER_SERVICE_WORDS,
];

/**
 * Hospital units: where staff work. They are health information about a
 * person only when something else in the field is ("back in the ICU after his
 * fall"); "Thanks Mike for covering the ICU" and "Nancy (ICU)" are clean.
 */
export const UNIT_WORDS = words(`
  icu, nicu, picu, ccu, micu, sicu, cvicu, cticu, nsicu, neuro icu, med surg, medsurg, ed, er, telemetry, tele, l d, labor and delivery, endoscopy, observation, infusion, ob, psych, behavioral health, rehab, emergency, memory care`);

/**
 * Words of staff affairs: thanks, welcomes, schedules, training, timesheets; and a donor's gift agreement. In such a
 * field a named person is a colleague, and procedures, tests, specialties and
 * encounters describe their work ("Kudos to Annette for the Cath Lab move")
 * unless a possessive ties them to the person ("after his knee replacement").
 * Conditions and medications still count.
 */
export const STAFF_CUES = words(`
  thanks, thank you, thank, welcome, welcoming, kudos, shout out, shoutout, congrats, congratulations, retirement,
  retiring, farewell, goodbye, birthday, anniversary, precept, precepting, preceptor, shadowing, shadow, cover,
  covering, coverage, chairing, joining, joins, join, starts, start date, new hire, new hires, orientation,
  onboarding, competency, check off, checkoff, checkoffs, rehire, interview, interviews, candidate, credentialing, renewal, license,
  licence, badge, payroll, pto, nurses week, award, awards, nomination, nominations, nominee, daisy award, faculty,
  applicant, applicants, resident eval, resident evals, fellow eval, student eval, trainee eval, reference request, reference for, reference letter, reference check, employment verification, credentialing packet, privileges, delineation, offer letter,
  shift swap, swap request, shift trade, shift change, background check, bg check, bgcheck, promoted, promotion, hired, hiring, job, opening, openings,
  position, float, mentor, mentoring, co lead, co leads, co leading, co facilitate, co facilitates, co facilitating, facilitating, training, cross training, presenting, presents, speaker, lunch, potluck,
  party, celebration, recognition, employee, employees, staff, volunteer, volunteers, intern, interns, residents,
  fellow, fellows, teaching, lecture, e learning, elearning, of the year, board of directors, board meeting, board packet,
  board retreat, directors, swap, swaps, of the month, of month, co chair, co chairs, cochair, cochairs, workgroup, work group,
  fmla, night shift, day shift, swing shift, call schedule, tech schedule, staffing schedule, ergonomic, ergonomics,
  workstation, extern, externs, externship, cmte, great job, good job, nice job, good catch, great catch, well done,
  skills validation, skills day, skills fair, skills checklist, skills checklists, jury duty, jury service, going away, recert, recerts, recertification,
  timesheet, timesheets, time sheet, paystub, paystubs, pay stub, payslip, payslips, gift agreement, pledge agreement,
  delegation log, doa log, delegation of authority, training log, provider card, performance eval, performance evals, performance evaluation, performance evaluations, performance review, performance reviews`);

/**
 * Health words with an everyday or business sense ("follow up", "results", "terminal clean",
 * "visit", "claim", "physical trading", "critical path"). Alone beside a name
 * they are not health information; they count with another health word, a
 * patient word or title, or a possessive pronoun ("her results").
 */
export const AMBIGUOUS_HEALTH = words(`
  bnp, depo,
  fall, falls, fell, positive, critical, physical, exposure, visit, follow up, f u, followup, claim, claims,
  appeal, denial, denied, authorization, condition, consent, bed, chart, results, result, cast, poc,
  filling, emergency, delivery, replacement, operative, observation, clinical, trauma,
  intake, referral, referred, seen, consult, isolation, quarantine, outbreak, fx, oasis, soc, roi, mg, mcg, dose, screening,
  panel, scan, path, exam, treatment, treated, injection, therapy, eval, evaluation, re eval, reeval, septic, patients,
  type 1, type 2, terminal`);

/**
 * Of the words above, those whose everyday sense is written in capitals
 * ("FX" is foreign exchange): in lower case ("hip fx") they are clinical
 * shorthand and need no support.
 */
export const AMBIGUOUS_ONLY_IN_CAPITALS = words(`fx`);

/**
 * Kinds of chart that are no patient's chart, before "chart": a seating plan, an organisation's, a process's or a
 * figure's ("Gala seating chart - Mrs. Fenwick at table 12", "org chart", "QI run chart"). Not "growth chart", a
 * child's measurements.
 */
export const EVERYDAY_CHART_KINDS = words(`seating, org, organizational, organisational, flow, bar, pie, gantt, run, control, tide, star, sticker`);

/**
 * Kinds of visit that are no patient's visit, before "visit" or "visits": a surveyor's, a donor's, a vendor's, a
 * recruit's or a school's ("Donor stewardship visit with Mr. and Mrs. Odum", "campus visit lunch with Dr. Ode").
 */
export const EVERYDAY_VISIT_KINDS = words(`site, stewardship, donor, sales, vendor, campus, accreditation, survey, surveyor, regulatory, leadership, executive, recruiting, recruitment, courtesy, board, school, college, sponsor, monitoring`);

/**
 * Kinds of evaluation that are an employee's review, before "eval" or "evaluation": "Performance eval - Ruiz, Ana (Cath
 * Lab) due", "probationary evals due for both techs". A patient's evaluation is named for its care ("psych eval").
 */
export const EVERYDAY_EVAL_KINDS = words(`performance, probationary, employee, peer, preceptor, orientee, orientation, staff, self`);

/**
 * Appointments that are no patient's care, before "appt" or "appointment": a resident's hair or nails, a car's service
 * ("hair appt for Mr. Ode on Thursday", "salon appointment for Mrs. Quill").
 */
export const EVERYDAY_APPOINTMENT_KINDS = words(`beauty, salon, hair, haircut, barber, shop, dmv, car, notary, bank, lawyer, attorney`);

/** Things scanned that are no patient's scan, before "scan": a cheque, a badge, a barcode ("check scan - gift from the Okafors"). */
export const EVERYDAY_SCAN_KINDS = words(`check, cheque, badge, barcode, qr, receipt, document, doc, passport, license, licence, invoice, id`);

/**
 * Computers whose disks IT images, before "imaging": a machine's set-up, not a patient's study ("laptop imaging queue",
 * "workstation re-imaging").
 */
export const EVERYDAY_IMAGING_KINDS = words(`laptop, laptops, pc, pcs, computer, computers, workstation, workstations, desktop, desktops,
  tablet, tablets, ipad, ipads, disk, drive, server, servers, device, devices, re, machine, machines, kiosk, kiosks`);

/**
 * Events and work prepared for, before "prep": preparation, not pre-exposure prophylaxis ("USP 797 audit prep", "survey
 * prep", "boards prep"). Not the procedures whose preparation is the patient's ("bowel prep", "colonoscopy prep").
 */
export const EVERYDAY_PREP_KINDS = words(`audit, survey, inspection, meeting, mtg, visit, interview, presentation, conference, lecture, class,
  drill, accreditation, tjc, boards, board, exam, deposition, trial, launch, event, gala, meal, food, lunch, go-live, golive, demo, budget`);

/** Possessive and object pronouns that tie a health word to a person ("his fall", "her results"). */
export const PERSONAL_PRONOUNS = words(`his, her, their, my, your, own, him, them`);

/**
 * Words for blood pressure right before a reading ("TA 178/98", "tansiyon 180/110"): English, French
 * (TA, tension), German (RR, Blutdruck), Spanish and Portuguese (PA, presión, pressão), Turkish,
 * Haitian Creole, Swedish, Polish, Vietnamese (with and without diacritics), Tagalog, Somali, Russian
 * (also in Latin letters), Ukrainian, Czech, Romanian, Arabic in Latin letters, Indonesian and Malay.
 * Folded keys; two-word entries are read as two tokens.
 */
export const BLOOD_PRESSURE_WORDS = words(`bp, ta, rr, pa, tension, blutdruck, presion, pressao, tansiyon, tansyon, blodtryck, cisnienie, huyet ap, presyon, dhiig kar, dhiig karka, dhiigkar, давление, ад,
  davlenie, davleniye, тиск, tysk, tlak, tensiune, tensiunea, daght, tekanan darah`);

/**
 * Words for a body temperature right before a reading ("temp 101.3", "Tmax 102.4", "temperatura 38,9"):
 * English and the Romance and Slavic languages' "temperatura". Folded keys.
 */
export const BODY_TEMPERATURE_WORDS = words(`temp, temperature, tmax, temperatura, temperatur, температура, температуры`);

/**
 * Words for blood sugar that report a reading right before a number ("sugar 38", "şeker 230", "sonkorta 310"), in lower case
 * too; Russian, Arabic and Indonesian in Latin letters ("sakhar 14" is below the glucose values read).
 */
export const BLOOD_SUGAR_WORDS = words(`sugar, sugars, seker, sekeri, azucar, acucar, sucre, zucker, cukier, asukal, sonkor, sonkorta, sik, caxaro, sakhar, sukkar, sokkar, gula`);

/**
 * Words of graduate medical education: beside them a "resident" is a doctor in training, not a
 * resident of a care home ("Resident Priya Raman – duty hour violations").
 */
export const RESIDENCY_CUES = words(`duty hours, duty hour, pgy, pgy1, pgy2, pgy3, moonlighting, acgme, milestones, residency, program director, intern, interns, rotation, rotations, call schedule, in training exam, ite`);

/** Of those, the ones that point at someone other than the writer and the reader ("his knee arthroscopy", "her own MRI"). */
export const THIRD_PERSON_PRONOUNS = words(`his, her, their, own`);

/** Days and spans of time that take a possessive without being anyone: "Tuesday's hip replacement class", "today's echo list". */
export const TIME_OWNERS = words(`monday, tuesday, wednesday, thursday, friday, saturday, sunday, today, tomorrow, yesterday, tonight,
  week, weekend, month, year, morning, afternoon, evening, night, quarter, semester`);

/**
 * Verbs of undergoing before a health word tie it to a person: "recovering from bypass", "had a stent", "undergoing chemo";
 * and of living through an illness: "who fought ALS", "battling leukemia", "survived a stroke"; and of an injury: "broke
 * his wrist" (facts/clinical-shorthand.ts broken-bone).
 */
export const UNDERGOING_VERBS = words(`recovering, had, has, having, undergoing, underwent, undergoes, getting, got, needs, tested,
  fought, fighting, battled, battling, survived, surviving, broke, fractured`);

/**
 * Return-to-work and fitness-for-duty words (occupational health): a field with one speaks of a staff member's own
 * health, whatever unit or credential is named beside them ("Cleared to return after shoulder repair - Lena Ortiz RN").
 */
export const RETURN_TO_WORK_CUES = words(`fit for duty, fitness for duty, ffd, return to work, rtw, cleared to return, clear to return,
  ok to return, okay to return, ok to resume, cleared for duty, light duty, modified duty, work restrictions, work restriction`);

/**
 * Beside a return-to-work word, words of its process, its forms or the people to contact: the field is about the
 * process, not one colleague's own health ("RTW clearance process: contact Jenna Ruiz NP", "Return to work lunch").
 */
export const RETURN_TO_WORK_PROCESS_WORDS = words(`form, forms, process, checklist, policy, assignments, evaluations, room, booking, template,
  lunch, training, questions, contact, see, joins, from, available`);

/**
 * Verbs of staffing: what follows them is work a colleague covers, not care they receive ("covering ER
 * triage", "floating to the ICU", "pag-cover ng ER triage" in Tagalog, which borrows "cover").
 */
export const COVERAGE_VERBS = words(`cover, covers, covered, covering, coverage, staffing, staffed, float, floats, floated, floating, working`);

/** Before a patient word, a role an actor plays for training ("standardized patient"): a job. */
export const PLAYED_PATIENT = words(`standardized, standardised, simulated`);

/** Small words a staffing verb may have before its object: "covering the ICU", "floating to ED", Tagalog "ng". */
export const COVERAGE_LINKS = words(`the, a, an, to, in, for, at, ng, sa`);

/**
 * Units of a span of time: "x 2 wks", "until next mo" (facts/health.ts), and after a patient word glued by a hyphen a
 * rate's unit, not a patient ("0.4/100 pt-mo", "per 1,000 patient-days": person-name.ts).
 */
export const TIME_SPAN_UNITS = words(`wk, wks, week, weeks, day, days, d, mo, month, months`);

/**
 * Records a specialty writes of a visit: right after a specialty they make it the person's encounter, not where someone
 * works ("Utsi Risten - psych assessment", "TAITANO_R_neuro_consult.pdf", "Gruffydd_Ffion_rheum_letter.docx"). Alone they
 * are everyday words ("risk assessment", "meeting notes"). So are a specialty's records and images released for one person
("psych records for ...", "cardiology images for ...").
 */
export const CARE_RECORD_WORDS = words(`note, notes, assessment, letter, dictation, records, images`);

/**
 * Conversations about one patient's care that are held as meetings ("Ms. Lee's goals of care meeting", "GOC discussion
 * with family"): before a meeting word they stay the patient's encounter, where "sepsis meeting" is work.
 */
export const CARE_CONVERSATIONS = words(`goals of care, goc, advance care planning, code status, end of life`);

/** Verbs that put a person into a unit: "back in the ICU", "admitted to CCU", "transferred to the NICU". */
export const ADMISSION_VERBS = words(`back, admitted, readmitted, transferred, xferred, xfered, xfer, xfrd, sent, moved, rushed, taken, transported, returned`);

/**
 * Verbs of what befell a person, right after a lone name ("Update: Janet admitted to 3N w/ pneumonia", "Mike fell on
 * the stairs - fracture"): the name is the clause's subject, so a topic word elsewhere ("update") does not make it a
 * topic. Not verbs of work ("Janet delivered the diabetes talk").
 */
export const BEFELL_VERBS = words(`admitted, readmitted, hospitalized, hospitalised, intubated, diagnosed, fell`);

/** Prepositions before a Title Case department: "in Endoscopy", "30 years in Oncology Infusion". */
export const DEPARTMENT_PREPOSITIONS = words(`in, at, from, to, for, of, on, with, into, across, joining`);

/** Things an owner cue labels before a colon ("Client letter: ...", "Owner portal: ..."): no human named. */
export const OWNER_CUE_THINGS = words(`letter, letters, portal, newsletter, survey, form, forms`);

/**
 * Kinds of animal trained as one person's aid, before the animal's word ("guide dog", "service dog", "seizure alert
 * dog"): with its person's possessive, or "for" a named person, the field speaks of that person, not of the animal's
 * care (facts/health.ts namesAnimal).
 */
export const AID_ANIMAL_KINDS = words(`service, guide, assistance, seizure, hearing, mobility, alert`);
/**
 * Words of military service: beside them "vet" and "vets" are veterans, not veterinarians ("Sgt. (ret) Harold Doe,
 * vet pin ceremony"; "vets day lunch"). Ranks, retirement, the services and the veterans' own bodies.
 */
export const MILITARY_SERVICE_WORDS = words(`
  sgt, ssgt, msgt, cpl, pvt, pfc, spc, capt, lt, ltc, col, maj, gen, cmdr, adm, ret, retired, veteran, veterans, army, navy,
  marine, marines, usmc, usaf, usn, uscg, military, vfw, dd214, va, pin ceremony, pinning, honor flight, service member`);

/**
 * Words that make the subject of a field an animal: veterinary patients are
 * not PHI (spec: "Animals are not patients under HIPAA"). Research animals
 * too ("Pig 'Hamlet' - ventilator wean"). Not words that also name a person's
 * care: swine (flu), porcine and bovine (valves, grafts), murine (typhus), calf; nor boarding alone (a
 * patient boards in the ED: "pet boarding" stays).
 */
export const ANIMAL_WORDS = words(`
  dog, dogs, cat, cats, canine, feline, kitten, kittens, puppy, puppies, pup, lab mix, mix, breed, terrier, retriever,
  poodle, beagle, labrador, doodle, spaniel, bulldog, chihuahua, dachshund, husky, corgi, tabby, spay, spayed, neuter,
  neutered, dsh, dlh, heartworm, parvo, vet, vets, veterinary, veterinarian, dvm, equine, horse, pony, rabbit, bunny,
  macaque, macaques, rhesus, primate, primates, marmoset, vivarium, pig, pigs, piglet, piglets, sheep, ewe, ewes, goat,
  goats, mouse, mice, rat, rats, rodent, rodents, zebrafish, baboon, baboons, chinchilla,
  ferret, parrot, cockatiel, hamster, guinea pig, gerbil, tplo, fiv, felv, fip, declaw, kennel, pet boarding, litter, pet, pets,
  pet owner, vaccines due, rabies, bordetella, dhpp, fvrcp, microchip, grooming,
  perro, perra, perrito, perrita, perritos, perritas, gato, gata, gatito, gatita, gatitos, gatitas, mascota, mascotas, veterinaria, veterinario,
  chien, chienne, chiot, chaton, veterinaire, cachorro, cachorra, cachorrinho, cachorrinha, gatinho, gatinha, cadela, hund, hundin, katze,
  tierarzt, tierarztin, tierklinik, tierarzttermin, tierarztpraxis, praxishund, dierenarts, weterynarz, veterinar, veterinaer, dyrlege, dyrlaege, elainlaakari,
  kaninchen, ratte, ratten, versuchstier, versuchstiere,
  aso ni, aso ko, aso namin, pusa ni, pusa ko, beterinaryo, chen ou, chat ou, veterinè,
  собака, собаки, собаку, собачка, пес, кошка, кошки, кот, котенок, щенок, ветеринар, ветклиника, кішка, кіт, цуценя,
  강아지, 고양이, 반려견, 반려묘, 동물병원, 수의사, كلب, كلبة, قطة, قط, بيطري, طبيب بيطري, سگ, گربه, دامپزشک, دامپزشکی,
  कुत्ता, कुत्ते, बिल्ली, पशु चिकित्सक`);

/** Of the animal words, those that are veterinary even in capitals; others in capitals are acronyms ("PET/CT"). */
export const VETERINARY_ACRONYMS = words(`dsh, dlh, tplo, fiv, felv, fip, dhpp, fvrcp, dvm`);

/**
 * Jobs, candidates, volunteers, donors and fundraising, the board's business, the staff's own shifts and their games and clubs,
 * clinicians' continuing education and certification classes: a message about these is not addressed to patients, so several personal addresses in To
 * are not a mass disclosure of health status ("Med-Surg RN openings" to three candidates, "Hospice
 * 5K - t-shirt sizes" to runners, per diem nurses offered shifts at a flu clinic). So is mail to interpreters, community
 * health workers (promotoras) and volunteers as a group, in the languages they work in ("Promotoras: turnos del sábado",
 * "Curso de atualização para intérpretes"). So are the people who work beside the organisation or for it on an
 * occasion: its interpreters' shifts, a volunteer choir, retired staff, grant reviewers and caterers ("Interpreter shifts
 * - cardiology clinic", "Retiree luncheon - former ICU nurses"). Not "interpreters" alone, which also names a sender's
 * mailbox writing to patients, nor a photo shoot's models, who may be patients telling their story.
 */
export const RECRUITING_CUES = words(`
  opening, openings, job, jobs, position, positions, interview, interviews, candidate, candidates, applicant,
  applicants, hiring, hire, hires, new hire, new hires, offer letter, recruiting, recruitment, career, careers,
  volunteer, volunteers, volunteering, onboarding, new hire orientation, internship, externship, shadowing, job fair,
  donor, donors, gala, fundraiser, fundraising, 5k, 10k, sponsorship, sponsors, auction, raffle, t shirt, board
  members, trustees, per diem, open shifts, recruit, recruiter, recruiters, talent, welcome aboard, travel nurse,
  travel nurses, clinical placement, clinical placements, clinicalplacement, extern, externs, actor, actors,
  sp actors, casting, per hour, hourly rate, stipend, available shifts, shift signup, shift sign up,
  softball, kickball, volleyball, pickleball, bowling, happy hour, team dinner, team lunch, staff dinner, staff lunch,
  board retreat, board meeting, board packet, board of directors,
  clinical rotation, clinical rotations, student rotation, student rotations, nursing students, nursing student, student orientation, train the trainer, trainer certificates, instructor certificates, instructor course,
  entrevista, entrevistas, vacante, vacantes, candidato, candidatos, candidata, candidatas, vaga, vagas, entretien d embauche,
  capital campaign, annual fund, philanthropy, cme, ceu, ceus, ce credits, cme credits, grand rounds,
  certification class, certification course, refresher course,
  interpretes, medical interpreters, promotoras, promotores, promotoras de salud, promotores de salud,
  community health workers, voluntarios, voluntarias, benevoles, curso de atualizacao, curso de actualizacion,
  interpreter shifts, choir, retiree, retirees, grant reviewers, reviewers, catering, caterer, caterers`);

/**
 * Words for a publication after a surname and a year: "the Kowalski 2019 paper" cites an author
 * (facts/health.ts citedAuthorsOf). Single words: the year is followed by one of them.
 */
export const PUBLICATION_WORDS = words(`paper, papers, article, study, review, trial, guideline, guidelines, meta, abstract, cohort, rct, criteria, consensus`);

/**
 * Teaching and event material: a subject or file name with one of these is
 * about a topic, and the names in it are its authors, speakers or organisers
 * ("Sepsis_Bundles_Siddiqui_flyer.pdf", "Grand rounds slides - Ada Quill, heart
 * failure"). Stronger than the topic words of health-vocabulary.ts ("update" can
 * be a patient's), which cancel only a lone name. The research bench's material
 * too (cell lines, plasmids, organoids): the names there are the lab's researchers.
 */
/**
 * Simulation: its patients are manikins, actors and scenarios, whatever they are called ("SimMan 'Mr. Okoro' -
 * septic shock", "standardized patient 'Dolores'"). Teaching material too (AUTHORED in facts/health.ts), where
 * even a lay title names no patient. So is a case the teaching material calls fictional ("case study: 'Mr. B' - DKA
 * (fictional)"), and an actor portraying a case ("OSCE - Rafael Ortiz will portray the sepsis case"). Not "role play",
 * also a therapy group's exercise ("DBT skills group - role play practice").
 */
export const SIMULATION_WORDS = words(`
  simulation, sim lab, sim day, sim session, sim scenario, sim case, peds sim, ob sim, nicu sim, icu sim, ed sim, in situ sim, mock code, manikin, manikins, mannequin, mannequins, simman,
  standardized patient, standardised patient, sp session, sp encounter, sp schedule, sp roster, sp training,
  portray, portrays, portraying, role player, role players,
  fictional, fictitious, hypothetical, made up`);

export const TEACHING_WORDS = words(`
  flyer, flier, slides, slide deck, deck, poster, handout, handouts, newsletter, agenda, minutes, template, toolkit, osce,
  syllabus, curriculum, webinar, lecture, presentation, grand rounds, grandrounds, journal club, inservice, in service, cross training, crosstraining,
  workshop, seminar, symposium, abstract, cv, resume, bio, headshot, remarks, speech, keynote, talking points,
  awareness day, awareness week, awareness month, press release, op ed, orientation packet, welcome packet,
  handbook, brochure, cme, ceu, ce credit, ce credits, contact hours, manuscript, chapter, textbook, thesis, dissertation, thesis defense, dissertation defense, lunch and learn,
  teaching file, teaching slides, teaching deck, case study, cover letter, reviewer comments, galley proofs,
  page proofs, reprint, reprints, erratum, preference card, pref card, prefcard, pref cards, faculty disclosure,
  monograph, drug monograph, formulary review, class review,
  organoid, organoids, cell line, cell lines, hela, jurkat, hek 293, plasmid, plasmids, western blot,
  flask, flasks, biosafety cabinet, mouse colony, cage card, cage cards, transfection,
  meta analysis, systematic review, lit review, literature review, posters, ce cert, ce certs,
  cme cert, cme certs, cme certificate, cme certificates`);

/**
 * In veterinary mail, words that point at a human (an owner, a client, a
 * worker): only then can a
 * condition or medication be a person's ("Owner Ifeoma Chukwu is pregnant",
 * "owner Mr. Pruitt is on chemo").
 */
export const OWNER_CUES = words(`owner, owners, pet parent, guardian, client, worker, staff, employee, caller, visitor, tech, technician, handler, caretaker`);

/**
 * Legal and contract documents between organisations: the names in such a
 * file name are parties and signatories ("lien_discharge_recorded.pdf",
 * "Lindqvist_COI_2025.pdf"). Not invoices, statements or subpoenas: a
 * patient's bill is a patient's, and a subpoena asks for a person's records.
 */
export const BUSINESS_DOCUMENT_WORDS = words(`
  lien, liens, deed, lease, sublease, mortgage, escrow, notary, notarized, w9, w 9, coi, msa, nda, baa, rfp, rfq,
  sow, redline, redlines, articles of incorporation, bylaws, agmt, referral agreement, transfer agreement,
  affiliation agreement, services agreement, service agreement, svc agreement, admission letter, acceptance letter, grant report, grant application,
  grant proposal, effort report, effort reporting, effort cert, effort certification, rental, rentals, quote, quotes, mou, memorandum of understanding, budget justification, biosketch,
  specific aims, letter of support, letters of support, mentor letter, mentor letters, mentoring plan, purchase order, packing slip, rma, backorder, back order,
  consignment, work order, service ticket, cotizacion, bao gia, award letter, notice of award, fee schedule,
  depo prep, pricing proposal, pricing, proposal, rfi, price quote, fdd, franchise, franchise disclosure, ads, ad campaign,
  semi annual eval, semiannual eval, midyear eval, mid year eval, probationary eval, credit memo, credit memos, debit memo,
  remittance, vendor statement, clinical ladder, oppe, fppe, w4 form, form w4, w2 form, form w2, i9 form, form i9, direct deposit, directdeposit,
  grant submission, grant submissions, grant deadline, grant budget, grant renewal`);

/**
 * Things printed for one patient that a unit or a pharmacy reprints ("armband reprint", "Rx_label_reprint_..."):
 * before "reprint" they make it the patient's, not a publication's (facts/health.ts namesAuthorsOf).
 */
export const PRINTED_FOR_ONE_PATIENT = words(`label, labels, wristband, wristbands, armband, armbands, band, bands, sticker, stickers`);

/**
 * Encounter words that are also services staff work in ("24 yrs in case management", "covering triage"): among
 * staff words they are the work, as procedures and tests are (facts/health.ts STAFF_WORK_KINDS), while an
 * admission or a discharge stays the patient's.
 */
export const STAFF_SERVICE_WORDS = words(`case management, care management, utilization review, home health, triage, intake`);

/**
 * Verbs of starting: a drug or a treatment right after one, closing its clause, is the person's own ("Dr. Okoro started
 * dialysis, out for now"; facts/health.ts).
 */
export const START_VERBS = words(`started, starting, began, begins, beginning`);

/**
 * A welcome: "to Patient Transport" after it is a department joined (facts/health.ts); with ARRIVAL_CUES, a colleague's
 * arrival, beside which a start is a new job's ("Welcome Lisa Chen - just started Dialysis").
 */
export const WELCOME_WORDS = words(`welcome, welcoming`);
/** A newborn: after a welcome it greets a birth, not a colleague ("Welcome baby Arlo"; facts/health.ts staffCueIn). */
export const NEWBORN_WORDS = words(`baby, babies, twins, triplets, newborn, newborns`);
/**
 * Words of a birth which, with NEWBORN_WORDS, make a weight in pounds and ounces a birth weight ("6lb 14oz boy";
 * facts/clinical-shorthand.ts); elsewhere "14lb 6oz" weighs a turkey.
 */
export const BIRTH_WORDS = words(`born, birth, birthed, delivered, delivery, girl, boy, bw, nicu`);
export const ARRIVAL_CUES = words(`join, joins, joined, joining, hire, hired, hires, orientation, onboarding`);

/**
 * Words of condolence to a colleague ("Sympathy card for Kwame - his mother passed Sunday"): beside them a relative's
 * death is news of a loss, not of anyone's care (facts/health.ts withDeaths).
 */
export const CONDOLENCE_WORDS = words(`sympathy, sympathies, condolence, condolences, card, cards, flowers, memorial, funeral, obituary, bereavement, wake`);

/**
 * Departments named "Patient ..." ("Kumari from Patient Access", "Welcome Jamal Price to Patient Transport", "Patient
 * Experience award"): written in Title Case, "Patient" and one of these words name the department a colleague works in,
 * not a patient (facts/health.ts). In lower case ("patient transport for Mr. Lee") the patient stays; the words of a
 * patient's movement ("placement", "flow") are left out.
 */
export const PATIENT_DEPARTMENT_WORDS = words(`access, transport, transportation, experience, relations, services, safety, registration, advocacy, financial, accounts, engagement, portal`);

/**
 * After a patient word, the surveys and teaching papers made for all patients, not one ("patient satisfaction survey",
 * "pt education handouts", Mandarin "bingren manyidu"): a work product (facts/health.ts). A first word (satisfaction)
 * alone, or education before one of the papers.
 */
export const PATIENTS_WORK_FIRST = words(`satisfaction, manyidu`);
export const PATIENTS_EDUCATION_PAPERS = words(`materials, handouts, handout, brochures, brochure, videos, video, cailiao`);

/**
 * The organisation's own clinical work products: order sets, EHR smart phrases, standard operating
 * procedures, guidelines, drug-use reviews. A name in a field about one is its author, owner or
 * reviewer ("Kim's insulin drip order set draft", "CIWA tip sheet by Sunita", "Sato lab PCR SOP"), as in
 * teaching material (AUTHORED in facts/health.ts); a lay title or a patient word still marks a patient
 * ("CIWA order set - rm 412 Mr. Delgado"). Not "protocol", "pathway", "checklist", "plan" or "nomogram": a
 * patient is on a protocol, has a plan, a discharge checklist and a bilirubin nomogram ("concussion protocol
 * stage 3 - Marcus Oyelaran", "bili_nomogram_Oyelaran.pdf").
 */
export const WORK_PRODUCT_WORDS = words(`
  order set, order sets, orderset, ordersets, smart phrase, smart phrases, smartphrase, smartphrases, smartlist,
  smartlists, smart list, smarttext, smart text, smartset, smartsets, dot phrase, dotphrase, tip sheet, tip sheets,
  tipsheet, tipsheets, sop, sops, standard work, guideline, guidelines, allocation framework,
  med use eval, medication use evaluation, mue, drug use review, aims page, par level, par levels, supply par, algorithm, algorithms,
  substitution guidance, shortage guidance, build doc, build docs, bpa, bpas, best practice alert, grouper, groupers,
  trackboard, working session`);

/** Words beside "fall" that make it the season ("roster_fall", "Fall 2025 class"); a year does too. */
export const SEASON_WORDS = words(`spring, summer, winter, autumn, tv, lineup, line up, season, lineups, semester, term, session, sessions, class, classes, roster,
  schedule, quarter, cohort, catalog, calendar, festival, newsletter`);

/**
 * Body sites and their sides, written between a patient's surname and the clinical term in a photo's or a
 * study's file name ("IMG_4410_Quillagua_heel_ulcer.jpg", "Quillagua_L_knee_effusion.pdf"): they keep the
 * surname beside the term.
 */
export const BODY_SITES = words(`
  heel, heels, foot, feet, toe, toes, ankle, ankles, knee, knees, leg, legs, shin, calf, thigh, hip, hips, buttock,
  buttocks, sacrum, coccyx, back, spine, chest, abdomen, abd, arm, arms, forearm, elbow, wrist, hand, hands, finger,
  fingers, thumb, shoulder, neck, face, scalp, head, eye, eyes, ear, ears, nose, lip, mouth, tongue, breast, groin,
  perineum, left, right, l, r, lt, rt, bilat`);

/** Where one patient stays, before its number: "bed 14", "rm 412", "(resident, Room 22)". */
export const BED_WORDS = words(`bed, rm, room`);

/**
 * Where one patient is treated without a bed, before its number: an infusion chair, an emergency bay ("chair 6",
 * "bay 12"). With BED_WORDS, a room, a bed, a bay or a chair with its number is one patient's place.
 */
export const TREATMENT_SPOT_WORDS = words(`bay, chair`);

/**
 * Words of a meeting, a class or a board: in a field with them, a room with its number is where it meets
 * ("Conf Room 204", "case conf - Mrs. D - Room 3B"), not where a patient lies.
 */
export const MEETING_WORDS = words(`conf, conference, board, meeting, training, class, break, huddle, committee, rounds, m&m`);

/** Words of products, supplies and their notices: a surname before them is a maker's ("roche glucose meter recall"). */
export const PRODUCT_WORDS = words(`
  recall, recalls, shortage, shortages, backorder, invoice, quote, meter, meters, analyzer, needles, pens, supply,
  supplies, rep, shipment, lot, allocation, allocations,
  tote, totes, console, consoles, catalog, catalogue, pricing, contract, contracts, inventory, shipments, boxes, specialty,
  brochure, brochures, cable, cables`);

/** Orders of goods and their counts: in a field with them, a lone name after "via" is the supplier ("400 doses via Kittredge"). */
export const SUPPLY_ORDER_WORDS = words(`order, orders, ordered, reorder, doses, vials, cases`);

/** Verbs whose "at" points at a person: looked at, struck at ("look at Brandt", "threw a cup at Okafor"). */
export const AT_SOMEONE_VERBS = words(`look, looks, looked, looking, glance, glanced, peek, swung, swinging, lunged, yelled, yelling, spat, threw,
  thrown, aimed, shouted, cursed, swore, grabbed, kicked, hit, punched`);

/** Heads before a storm's given name ("Hurricane Odalys", "Typhoon Mawar"), and the kinds of storm that write "Storm" before it. */
export const STORM_HEAD_WORDS = words(`hurricane, typhoon, cyclone`);
export const STORM_KIND_WORDS = words(`tropical, winter, ice, snow`);

/** What an employer's eligibility is for, right before the word ("rehire eligibility", "tuition eligibility"). */
export const EMPLOYMENT_ELIGIBILITY_WORDS = words(`rehire, hire, hiring, employment, tuition, bonus, retirement, pension, pto, promotion`);

/** Words of a patient's pictures, typed beside the finding ("wound photos", "rash pics"). */
export const PATIENT_PHOTO_WORDS = words(`photos, photo, pics, pic, pictures`);

/** Masks and respirators: beside them a "fit test" is a respirator's. */
export const RESPIRATOR_WORDS = words(`n95, n95s, respirator, respirators, mask, masks, papr, paprs`);

/** Where a test is done, before a patient's report of it ("cath lab report", "sleep lab results", "wound clinic note"). */
export const PLACES_WITH_REPORTS = words(`lab, clinic`);

/** Words of languages and their speakers: in a field with them, a language's name that is also a person's is the language ("Karen interpreter"). */
export const LANGUAGE_TALK_WORDS = words(`
  interpreter, interpreters, interp, interpreting, interpretation, translated, translation, translations, translator,
  translators, speaking, speaker, speakers, language, languages, bilingual, arrivals, refugee, refugees, community,
  communities, version, versions, subtitles, captions`);

/**
 * Lower-case words of the ward's shorthand about one patient's care, which do not make a subject about work:
 * "Habtom - hepatitis C, viral load pending", "Memet - ERCP tomorrow, NPO midnight", "Tzul - K 6.1 repeat bmp".
 * Not words of projects and teaching ("order set", "training", "workflow").
 */
export const CARE_SHORTHAND_WORDS = words(`
  pending, tomorrow, today, tonight, tmrw, overnight, repeat, recheck, rechecked, done, held, hold, missed, needs,
  ordered, approval, approved, refill, weaning, cleared, stable, improving, worse, better, called, transfer, qualify,
  started, stopped, increased, decreased, given, positive, negative, midnight, teaching, flare, control, check, asap,
  resched, rescheduled, noshow, denied`);

/** Kinds of software after a name, in lower case: the name is the product's ("Beatrice middleware", "Corvane app"). */
export const SOFTWARE_WORDS = words(`middleware, software, firmware, interface, app, server, platform`);

/** A device's checks: the capitalised word beside them is the device's model ("mammo_Selenia_breast_QC_weekly.xlsx"). */
export const DEVICE_CHECK_WORDS = words(`qc, qa, phantom, calibration, pm, service, log, protocol`);

/** Words of teaching and committees: a wound stage among them is a case's ("presents stage 3 heel cases at wound committee"). */
export const TEACHING_CASE_WORDS = words(`
  cases, committee, conference, rounds, inservice, lecture, presents, presenting, education, training, competency, audit`);

/** Wound words and the sites where pressure injuries form, beside a stage number ("stage 2 sacrum", "heel DTI stage 3"). */
export const PRESSURE_WOUND_WORDS = words(`
  wound, wounds, ulcer, ulcers, pi, hapi, decub, decubitus, dti, injury, heel, heels, sacrum, sacral, coccyx, coccygeal,
  buttock, buttocks, ischium, ischial, occiput, elbow, trochanter, hip`);

/** Words of a medication safety event after the drug's name or its dosing ("heparin dosing error"). */
export const MEDICATION_SAFETY_EVENTS = words(`error, errors, discrepancy, discrepancies, mixup`);

/**
 * Staff roles written alone in brackets after a name: the name is a colleague's ("Rafael (pharm) reviewing",
 * "Ines (infection prev) tracking"); also in the patients' languages: Spanish, Ukrainian and Russian, Persian
 * ("Оксана Коваль (перекладачка)", "خانم کریمی (نرس)"). Not abbreviations with a clinical sense ("(rt knee)", "(IP)"), and not units
 * ("(ICU)" may be where a patient lies).
 */
export const STAFF_ROLE_TAGS = words(`
  pharm, pharmacy, pharmacist, infection prev, infection prevention, infection control, qi, charge rn, charge nurse,
  educator, nurse educator, manager, nurse manager, director, social work, case mgmt, case management, dietitian,
  chaplain, interpreter, unit clerk, unit secretary, scheduler, billing, coding, biomed, facilities, employee health,
  interprete, psicologo, psicologa, enfermera, enfermero, психолог, перекладач, перекладачка, переводчик, переводчица,
  медсестра, медбрат, مترجم, نرس, پرستار`);

/** Papers kept by the month: beside them "MAR" is March. */
export const MONTHLY_PAPERS = words(`
  timesheet, timesheets, payslip, payslips, payroll, expenses, expense, schedule, schedules, invoice, invoices,
  budget, calendar, roster, rota, statement, newsletter, minutes`);

/** Words that make an eponym before them the disease or the test, not a surname. */
export const DISEASE_HEADS = words(`
  disease, diseases, syndrome, lymphoma, palsy, phenomenon, sarcoma, tumor, tumour, test, panel, catheter,
  procedure, sign, score, scale, maneuver, manoeuvre`);

/** Documents and credentials that lapse: before "expired" they are what expired. */
export const LAPSING_THINGS = words(`
  cpr, cpi, training, access, module, card, cards, license, licence, licenses, cert, certs, certification,
  certificate, badge, contract, passport, password, link, domain, subscription, membership, registration,
  warranty, lease, permit, coupon, token, visa, id, credential, credentials, bls, acls, pals, nrp, tncc, session,
  offer, quote, pricing, trial, account`);

/**
 * Credentials a clinician holds for a kind of care: after the care's word ("stroke cert", "chemo provider card",
 * "PICC competency") or before it with "in" or "for" ("certified in NIHSS") they name what someone is qualified to do.
 */
export const SKILL_CREDENTIALS = words(`
  cert, certs, certification, certifications, certified, competency, competencies, checkoff, checkoffs, check off,
  provider card, credential, credentials, credentialed`);

/**
 * Words of a certification of someone's own care: leave, disability, hospice or homebound status, a physician's form.
 * Beside them a certificate attests a person's condition ("FMLA certification for a hip replacement", "hospice cert", "homebound med
 * cert"), not a clinician's skill.
 */
export const CARE_CERTIFICATION_CUES = words(`
  fmla, leave, loa, disability, std, ltd, medical, med, hospice, homebound, terminal, physician, doctor, court, 485,
  poc, shoe, shoes, wh380, wh 380, cti, accommodation, accommodations, ada, return to work, rtw, work status, oxygen, o2,
  dmv, cdl, 5150, parking, placard, transport, exam`);

/** Verbs of sitting an exam of knowledge: "passing her CMA exam", "failed the boards" (not a clinical exam). */
export const EXAM_SITTING_VERBS = words(`
  pass, passes, passed, passing, fail, failed, failing, sat, sit, sitting, take, took, taking, retake, retaking,
  studying, aced`);

/** What results of work come from: audits, surveys, quizzes, polls, contests. */
export const WORK_RESULT_SOURCES = words(`
  audit, audits, survey, surveys, quiz, quizzes, poll, polls, contest, raffle, election, challenge, drill,
  drills`);

/** Words around a death: "Mr. Quill passed - family at bedside". */
export const DEATH_SCENE_WORDS = words(`
  bedside, family, chaplain, morgue, funeral, condolences, pronounced, hospice, comfort`);

/** Words of what else a person passes: exams, boards, votes, certifications. */
export const PASSING_OTHERWISE_WORDS = words(`
  exam, exams, boards, board, nclex, test, certified, certification, vote, committee, congrats, congratulations,
  motion, inspection, audit`);

/** Containers and shares after an analyte's number: an amount, not a result ("ammonia 5 gal drums"). */
export const QUANTITY_UNITS = words(`
  gal, gallon, gallons, drum, drums, bottle, bottles, case, cases, box, boxes, pallet, pallets, percent, pct`);

/** Words of a field about building or revising a document, where health words before a version name it. */
export const VERSIONED_WORK_WORDS = words(`
  build, update, updated, protocol, template, pathway, policy, draft, revision, rollout, golive, order, checklist, checklists`);

/** Words of a nursery's care. */
export const NEWBORN_CUES = words(`
  nicu, nursery, newborn, nb, bili, bilirubin, feeds, feeding, circ, phototherapy, apgar, apgars, neonatal,
  preemie, ga, cchd, rop, ivh, nbs`);

/** Words of blood glucose, the other "BG" ("BG Thresholds - neonatal hypoglycemia"). */
export const GLUCOSE_WORDS = words(`
  glucose, hypoglycemia, hyperglycemia, glucometer, glucometers, meter, meters, threshold, thresholds, target,
  targets, cutoff, cutoffs`);

/** Nouns of a place, in lower case after its name ("Ashby day camp", "Lincoln school", "Keller plant"). */
export const PLACE_NOUNS = words(`
  camp, school, park, plant, site, warehouse, facility, church, shelter, campus, library, mall, station, farm,
  ranch, yard, hall, mosque, temple, gurdwara, synagogue, parish, gym, plaza, market`);

/** Reply and forward prefixes before a subject's first word, in the mail clients' languages (RE, FW, FWD; German AW, WG; French TR; Spanish RV; Swedish SV). */
export const REPLY_PREFIXES = words(`re, fw, fwd, aw, wg, tr, rv, sv`);

/** Groups of a community after a surname, in lower case: the surname names the group ("Xiong clan council", "Okafor congregation"). */
export const COMMUNITY_GROUP_WORDS = words(`clan, clans, congregation, congregations, parish, tribe`);

/** Words that label a message before a colon or a dash at the start of a subject ("Bump:", "FYI -", "Handoff: 5B ..."): never a name there. */
export const SUBJECT_MARKER_WORDS = words(`
  bump, fyi, update, urgent, reminder, asap, stat, ping, followup, important, handoff, handover, signout, huddle`);

/** Verbs of a clinician's care of someone else. */
export const CARE_VERBS = words(`
  cover, covers, covering, admit, admitting, admits, seeing, rounding, consulting, treating, managing, following`);

/** Words of a disease's course in one patient, after "disease": "Okonkwo disease progression - restaging CT". */
export const DISEASE_COURSE_WORDS = words(`
  progression, recurrence, relapse, flare, status, burden, activity, free, control, response, stable`);

/** Verbs of doing a unit's work (not of undergoing care): after a lone name they make a colleague (not charting: "Hakimi charting shows BP 190s" is the patient's chart). */
export const WORK_DOING_VERBS = words(`
  covering, precepting, orienting, verifying, floating, staffing, triaging, precepts, relieving, shadowing,
  validating, auditing, restocking, stocking, coordinating, organizing, organising, facilitating, hosting, volunteering`);

/**
 * Verbs of making work, after a lone name ("(Priya built it)", "Tomas designed the new order set"): the maker is at work,
 * whatever the work is about ("smartphrase for diabetic f/u visits"). Not "wrote" (a confused patient writes on walls),
 * "created" (a patient's advance directive) nor "coded" (a cardiac arrest).
 */
export const WORK_MADE_VERBS = words(`built, builds, designed, drafted, compiled, programmed`);

/**
 * A study named for a condition: right after a research role the condition before the study's word is the study's
 * ("Ana Ode, study coordinator - asthma trial kickoff").
 */
export const CONDITION_PROGRAMME_WORDS = words(`trial, trials, study, studies, registry, program, programme`);

/** Research roles that run a study: right before a condition's study they name the study's staff. */
export const RESEARCH_ROLES = words(`research coordinator, study coordinator, clinical research coordinator, research nurse, crc, principal investigator, sub investigator, sub i`);

/**
 * Verbs of running an emergency response as a clinician: among staff words the response after them (an article
 * between) is work someone did ("thanks to Tran, who ran the rapid response on 5E", "Ana led the code blue on 4W").
 */
export const RAN_THE_EVENT_VERBS = words(`running, ran, leading, led, handling, handled, managing, managed, calling, called, coordinating, coordinated`);

/**
 * Emergency responses a team runs (RAN_THE_EVENT_VERBS): not an admission or a discharge, which is the patient's even
 * among staff words.
 */
export const EMERGENCY_RESPONSES = words(`rapid response, code blue, code stroke, trauma alert, trauma activation, stroke alert, sepsis alert, stemi alert, massive transfusion`);

/**
 * Past participles of handling work before "by" and a lone name ("approved by Imani", "restocked by Omar"; "signed out by
 * Bao" with "out" between: person-name.ts handledBy): the name is the one who did it, staff. Not "signed" alone, "completed"
 * nor "checked": patients sign consents and forms ("Consent signed by Delphine").
 */
export const HANDLED_BY_VERBS = words(`approved, built, submitted, entered, compiled, prepared, audited, counted, restocked, logged`);

/**
 * Words of figures per clinician ("biopsy counts by provider", "panel sizes", "wRVUs"): whole numbers or shares after
 * each of several names in such a field are a table of staff figures (see person-name.ts staffFiguresTable). Not "goal",
 * "rate", "target", "count" or "size": a patient's lab goal, heart rate, sodium target, platelet count and wound size.
 */
export const STAFF_FIGURE_WORDS = words(`counts, volumes, productivity, rvu, rvus, wrvu, wrvus, scorecard, benchmark, measure, measures, sizes`);

/**
/** Verbs only a patient does: refusing care or doses, relapsing, eloping, vomiting, seizing (not declined, missed or coded: payers decline, couriers miss, coders code). */
export const PATIENT_ACTS = words(`
  refused, refusing, refuses, relapsed, eloped, awol, vomited, vomiting, desatted, seized, seizing`);

/**
 * What is done to a patient, right after the name opening a subject, in the passive: "Vasquez discharged from home care",
 * "Oyelaran readmitted overnight". Read only where no object follows the verb ("Axxess discharged episodes" is software
 * doing it): after it, the end, a break, a number or one of PASSIVE_AFTER.
 */
export const DONE_TO_A_PATIENT = words(`discharged, readmitted, hospitalized, hospitalised, intubated, extubated`);
export const PASSIVE_AFTER = words(`from, to, home, today, yesterday, tonight, overnight, on, at, in, this, last, after, with, w, per, again, early, late`);

/**
 * What a person named in lower case does or is, right after the name, opening a subject about their care ("ana kealoha
 * missed dialysis again", "sione latu here for his PPD read"): the two words before are a name.
 */
export const DONE_BY_A_PERSON = words(`missed, wants, wanted, needs, called, calls, asking, asked, says, said, here, states, reports, refused, declined, came, left`);

/** Sides of the body, which take a letter as a surname takes its initial ("Left_L_hip", "Right_R"). */
export const BODY_SIDES = words(`left, right, bilateral, lt, rt, bil`);

/** Words of a household or a group of children after a surname ("Okafor family", "Lindqvist twins"): the surname is the family's. */
export const FAMILY_GROUP_WORDS = words(`
  family, household, families, twins, triplets, quads, quadruplets, kids, children, siblings`);

/** Papers and images about a patient, before "from" and a name ("results from Tavita"): the name after is whose they are, or who sent them. */
export const PATIENT_REPORT_WORDS = words(`
  report, reports, results, records, images, films, notes, fax`);

/**
 * Written work before "by" and a lone name, or after a lone name's possessive ("substitution table by Keisha", "new
 * handout by Imani", "Adaeze's slides"): the name is its author, staff (person-name.ts handledBy, authoredAfter; the made
 * verbs are WORK_MADE_VERBS).
 */
export const AUTHORED_WORK_WORDS = words(`
  table, tables, handout, handouts, slides, deck, poster, guide, summary, flyer, template, tip, tips, cheat,
  sheet, algorithm, presentation, talk, lecture, spreadsheet, analysis`);

/**
 * Jobs alone in brackets right after a lone name ("Tamsin (scheduler)"): the name is a colleague at work, where no
 * condition or procedure in the field may be theirs (person-name.ts; not "resident", a care home's patient).
 */
export const BRACKETED_JOB_WORDS = words(`
  scheduler, schedulers, coordinator, manager, clerk, secretary, receptionist, registrar, coder, biller, tech,
  technician, technologist, educator, navigator, supervisor, director, aide, scribe, interpreter, pharmacist,
  therapist, dietitian, nurse, hospitalist, intensivist, surgeon, anesthesiologist, physician, chaplain,
  volunteer, preceptor, intern, fellow`);

/**
 * Words of the work on a clinician's panel of patients ("(Okonkwo panel), pls call", "Okonkwo PCP panel closed"): with
 * them "<name> panel" is the clinician's, not a lab panel (person-name.ts isClinicianOrPlace).
 */
export const PANEL_WORK_WORDS = words(`
  outreach, gaps, gap, closed, closing, open, opening, reopen, sizes, size, attribution, attributed, recall, recalls`);

/**
 * A clinician's share of a procedure's work after a possessive name ("Okoro's TAVR cases", "Nkechi's ablation block");
 * not days, which count a patient's course of treatment (person-name.ts isClinicianOrPlace).
 */
export const CLINICIAN_BLOCK_WORDS = words(`
  blocks, block, cases, caseload`);

/**
 * Units of a child's or an adult's age glued to its number ("10yo", "4mo", "2wk"; "3 y/o" is read as "y"): a
 * capitalised word right before such an age is the person of that age (person-name.ts).
 */
export const AGE_UNIT_WORDS = words(`
  yo, yr, yrs, yoa, mo, mos, mth, mths, wk, wks, wko, wo, do, dol`);

/**
 * Verbs of a patient's state or needs right after a name no list holds, after a test and "for" ("CT for Tavake needs
 * prior auth"): the name is the patient's (person-name.ts clinicalUnknown).
 */
export const PATIENT_NEEDS_VERBS = words(`
  needs, needed, is, was, has, had, still, wants, requires, remains`);

/**
 * Greetings that open a field before a given name ("Hi Marisol - can you see rm 7"): the name greeted is the reader, a
 * colleague (person-name.ts).
 */
export const SALUTATION_WORDS = words(`
  hi, hey, hello, hiya, dear, morning`);

/**
 * What a colleague is asked to do for someone else ("Nilufar pls see rm 7"); not "transfer" or "move": then the named
 * one moves (person-name.ts).
 */
export const READER_ACT_VERBS = words(`
  see, check, recheck, call, cover, review, look, help, eval, assess`);

/**
 * Short analytes that are also states, units, ions or words ("Kim's CA trip", "Ed's Alt key"): after a possessive name
 * they are no reading of that person (facts/health.ts withPossessedAnalytes).
 */
export const EVERYDAY_ANALYTE_LETTERS = words(`
  k, na, cl, ca, mg, alt, bun, lac, vl, ck, cr, glu, o2`);

/**
 * Equipment and staff work after a reading's word ("Kim's BP cuff", "Tom's A1c audit"): then the reading is not the
 * possessor's own (facts/health.ts).
 */
export const READING_WORK_WORDS = words(`
  cuff, cuffs, machine, monitor, monitors, meter, meters, class, training, competency, audit, audits, protocol,
  policy, checks, project, study, slides, lecture, poster, research, data, dashboard, report, reports, log,
  logs, rounds, station, calculator, calculators, tool, formula, equation, app`);

/**
 * Covering or rearranging a clinician's panel of patients ("reschedule her panel", "panel closed"): after a pronoun
 * "panel" is then the panel, not a test (facts/health.ts).
 */
export const PANEL_COVERAGE_WORDS = words(`
  reschedule, rescheduled, cover, covering, close, closing, closed, open, opening, redistribute, redistributed,
  redistribution, full`);

/** A leave of absence for one's own health after a clinician's name (FMLA, a leave, LOA): the care that follows is theirs (person-name.ts ownEventAfter). */
export const OWN_LEAVE_WORDS = words(`fmla, loa, leave`);

/** A result after a condition that closes it as the person's own ("Dr. Ng out - COVID positive"; person-name.ts closesPart). */
export const RESULT_AFTER_CONDITION_WORDS = words(`positive, pos, confirmed, dx, flare, exacerbation`);

/**
 * A clinician's acts on a patient after "can <surname>" ("can Brandt see her today?", "squeeze him in", "eval"): the one
 * named gives the care. Not "take", "bring" or "call", a patient's acts too (person-name.ts askedToAct).
 */
export const CLINICIAN_ACT_VERBS = words(`see, squeeze, fit, add, eval, evaluate, assess, examine, consult, round`);

/** Words after "her" that keep it the object ("see her today"), not a possessive before a noun ("get her MRI moved"). */
export const AFTER_AN_OBJECT_WORDS = words(`
  in, today, tomorrow, tmrw, now, asap, first, again, at, on, before, after, this, next, instead, sooner, earlier, later`);

/**
 * Words of a talk or a case discussion among clinicians (a journal club, rounds, a lecture, a conference): in such a
 * field a lone name closing it before "presenting" gives the talk (person-name.ts).
 */
export const TALK_CUE_WORDS = words(`jc, rounds, lecture, talk, seminar, conference, conf, webinar, club, symposium, grand, morbidity`);

/**
 * A research group's own affairs after "<Surname> lab" (its moves, meetings, safety checks, people and funding):
 * the lab is the group its principal investigator leads, not a person's tests (facts/health.ts).
 */
export const RESEARCH_LAB_AFFAIRS = words(`
  move, moving, moves, meeting, mtg, meetings, safety, inspection, inspections, rad, radiation, materials, members,
  manager, space, keys, renovation, budget, grant, grants, newsletter, potluck, party, lunch, retreat, website, alumni,
  equipment, freezer, freezers, supplies, audit, orientation, onboarding, protocol, protocols, staff, students, postdoc,
  postdocs, funding, award, seminar, paper, papers, publication, group`);

/** Verbs that tell the reader to reach someone: the person reached at an internal extension is on the staff (person-name.ts). */
export const CONTACT_VERBS = words(`call, contact, ask, page, reach, ring, email, phone, text`);

/** Words before an internal telephone extension's number ("ext. 6208"; "x6208" is read glued): person-name.ts. */
export const EXTENSION_WORDS = words(`ext, extn, extension`);

/** Words after a clinical term that name whose it is in a telegraphic line ("tpn for mendoza", "mag 1.4 on castellano"). */
export const WHOSE_CARE_WORDS = words(`for, on, re`);

/**
 * Written work a patient has too ("her discharge summary", "the patient guide", "a med sheet"): among AUTHORED_WORK_WORDS,
 * not read as a colleague's work after a possessive (person-name.ts authoredAfter).
 */
export const PATIENTS_PAPER_WORDS = words(`summary, guide, table, tables, sheet, tip, tips, cheat`);

/** Plural people a statistic counts, right before "missed N doses" ("inpatients missed 2 doses"): facts/clinical-shorthand.ts. */
export const COUNTED_GROUP_WORDS = words(`patients, pts, inpatients, outpatients, residents, members, clients, participants`);

/** Work items a count of missed doses names, right after it ("missed 2 doses issue"): facts/clinical-shorthand.ts. */
export const DOSE_WORK_ITEMS = words(`issue, issues, report, reports, alert, alerts, ticket, audit, error, errors, event, events`);
