/**
 * The source of the English health vocabulary (the engine reads it front-coded from
 * clinical.generated.ts through health-terms.ts; `npm run build:lexicons` makes it, `npm test` fails
 * when it is stale). Health-context vocabulary, curated by the PHI Guard team (no third-party
 * data: the cspell medical dictionary is GPL-3.0 and cannot ship in the
 * bundle). Terms are lower case and accent-folded; a space separates the
 * words of a phrase, which must appear as consecutive tokens. English (and
 * the clinical shorthand US staff write) only: the other languages of US
 * patients have a module each in languages/.
 *
 * Categories matter: a specialty ("cardiology") in a recipient's display name
 * is a clinician's department, while a condition ("dialysis pt") is the
 * recipient's own health information.
 */
export type HealthCategory =
  | 'condition'
  | 'medication'
  | 'test'
  | 'procedure'
  | 'encounter'
  | 'payer'
  | 'patient'
  | 'specialty';

const words = (s: string): string[] => s.split(',').map((w) => w.trim().replace(/\s+/g, ' '));

export const HEALTH_TERMS: Record<HealthCategory, readonly string[]> = {
  condition: words(`
    diabetes, diabetic, bariatric, t2dm, dm2, hypertension, htn, chf, heart failure, hfref, hfpef, copd, asthma, asthmatic,
    cancer, carcinoma, tumor, tumour, lymphoma, leukemia, melanoma, sarcoma, metastatic, mets, malignant, benign,
    sepsis, septic, pneumonia, covid, influenza, strep, hiv, aids, hep c, hepatitis, cirrhosis, stroke, cva, tia,
    stemi, nstemi, afib, atrial fibrillation, dementia, alzheimer, alzheimers, delirium, depression, depressive,
    anxiety, bipolar, schizophrenia, psychosis, psychotic, suicidal, suicide, overdose, opioid, etoh, alcohol,
    substance use, addiction, withdrawal, relapse, sober, sobriety, ptsd, adhd, autism, seizure, seizures, epilepsy, migraine,
    fracture, fx, wound, wounds, ulcer, pressure injury, pressure ulcer, decubitus, rash, infection, uti,
    cellulitis, mrsa, cdiff, c diff, e coli, lice, scabies, pregnancy, pregnant, prenatal, postpartum, miscarriage,
    infertility, obesity, anemia, sickle cell, ckd, esrd, renal failure, kidney failure, hypoglycemia,
    hyperkalemia, allergy, allergies, allergic, anaphylaxis, peanut allergy, fall risk, fall, falls, fell,
    injury, injuries, concussion, laceration, abscess, hernia, appendicitis, colitis, crohns, gerd, lupus,
    arthritis, osteoporosis, parkinson, parkinsons, cerebral palsy, std, sti, chlamydia, gonorrhea, syphilis,
    herpes, hpv, tuberculosis, measles, pertussis, rsv, norovirus, shingles, hemorrhage, bleed, dvt, embolism,
    aneurysm, cardiac arrest, hypoxia, respiratory failure, intubated, coma, deceased, decedent, expired, passed away,
    terminal, terminal secretions, terminal agitation, terminal restlessness, terminal delirium, terminal illness, terminally ill, eating disorder, anorexia, bulimia, self harm, psych hold, 5150, positive, abnormal, critical,
    hearing loss, incontinence, dysphagia, jaundice, hyperbilirubinemia, preemie, premature, developmental delay, speech delay, language delay,
    speech and language delay, motor delay, global developmental delay,
    caries, periodontal, gingivitis, pain, chest pain, chest pains, fever, sob, edema, sacral, diagnosis, diagnosed, dx, r o,
    h o, s p, comorbid, comorbidities, condition, symptoms, illness, disease, disorder, syndrome, hypotension,
    tachycardia, bradycardia, arrhythmia, palpitations, murmur, nausea, vomiting, diarrhea, dehydration, malnutrition,
    transfusion reaction, exposure, needlestick, bloodborne exposure, outbreak, quarantine, isolation,
    mental health, behavioral health, sud, oud, hep b, hcv, hbv, ms flare, vertigo, glaucoma, cataract, blind,
    amputee, paralysis, paraplegic, quadriplegic, tbi, brain injury, neuropathy, retinopathy, nephropathy,
    diabetes mellitus, memory care, breast ca, lung ca, colon ca, prostate ca, ovarian ca, pancreatic ca,
    preeclampsia, pre eclampsia, eclampsia, gestational diabetes, crohn, hashimoto, hashimotos, hodgkin, hodgkins,
    tourette, tourettes, asperger, aspergers, sjogren, sjogrens, raynaud, raynauds, guillain barre, meniere,
    menieres, marfan, bells palsy, bell s palsy, malaria, mono, mononucleosis, tb, apnea, sleep apnea, osa, bite, bitten, dog bite, bite wound, t1d, t2d, mva, car accident, car crash, motor vehicle accident, motor vehicle collision, type 1,
    type 2, type 1 diabetes, type 2 diabetes`),
  medication: words(`
    insulin, rotavirus, metformin, semaglutide, ozempic, wegovy, tirzepatide, mounjaro, glp 1, statin, statins, atorvastatin,
    lisinopril, amlodipine, metoprolol, warfarin, coumadin, eliquis, apixaban, xarelto, rivaroxaban, heparin,
    enoxaparin, lovenox, methotrexate, adalimumab, humira, infliximab, remicade, prednisone, steroids, antibiotic,
    antibiotics, amoxicillin, augmentin, azithromycin, doxycycline, ciprofloxacin, cipro, cephalexin, keflex,
    vancomycin, vanc, zosyn, ceftriaxone, rocephin, bactrim, nitrofurantoin, macrobid, levothyroxine, synthroid,
    sertraline, zoloft, fluoxetine, prozac, escitalopram, lexapro, citalopram, bupropion, wellbutrin, trazodone,
    quetiapine, seroquel, olanzapine, risperidone, aripiprazole, abilify, lithium, lamotrigine, depakote,
    haloperidol, haldol, lorazepam, ativan, alprazolam, xanax, clonazepam, klonopin, diazepam, valium, gabapentin,
    pregabalin, lyrica, oxycodone, hydrocodone, norco, percocet, morphine, fentanyl, dilaudid, hydromorphone,
    tramadol, methadone, buprenorphine, suboxone, subutex, naloxone, narcan, naltrexone, vivitrol, adderall,
    ritalin, methylphenidate, epipen, epinephrine, albuterol, inhaler, chemo, chemotherapy, immunotherapy,
    keytruda, herceptin, tamoxifen, tpa, alteplase, lasix, furosemide, kcl, vaccine, vaccinated, vaccination,
    vaccines, immunizations, imms, imm record, imm records, shot record, shot records, flu shot, rzv, shingrix, tdap, tetanus, tetanus shot, tetanus booster, prep, pep, truvada, biktarvy, contraceptive, birth control, iud,
    testosterone, estrogen, hormone therapy, rx, prescription, refill, medication, medications, meds, dose,
    dosing, mg, mcg, pre med, premed, antibiotic prophylaxis, anticoagulation, anticoagulant, opioids,
    benzodiazepine, antidepressant, antipsychotic, mat`),
  test: words(`
    lab, labs, dry weight, dry wt, edw, asq, cbc, cmp, bmp, a1c, hba1c, glucose, lipid panel, lipids, cholesterol, ldl, tsh, psa, inr, ptt,
    troponin, trop, bnp, d dimer, lactate, lipase, amylase, creatinine, egfr, bun, potassium, sodium, hemoglobin,
    hgb, hct, platelets, wbc, culture, cx, urine, urinalysis, ua, blood work, bloodwork, blood test, stool,
    biopsy, pathology, path, surg path, cytology, pap, pap smear, papanicolaou, mammogram, mammo, ultrasound, echo,
    echocardiogram, ekg, ecg, eeg, emg, ct, cta, mri, mra, pet scan, x ray, xray, cxr, imaging, colonoscopy,
    endoscopy, egd, bronchoscopy, spirometry, pft, sleep study, stress test, holter, cath, angiogram, dexa,
    drug screen, tox screen, toxicology, uds, bili, bilirubin, oae, hearing screen, newborn screen, nbs, genetic
    testing, brca, pcr, covid test, rapid strep, titer, results, result, critical value, phq, gad, mmse, moca,
    apgar, vitals, blood pressure, spo2, bmi, ceph, pano, cbct, bitewing, bitewings, x rays, scan, ekgs,
    cultures, panel, screening, mri brain, ct scan, labwork, mammography, angiography, sonography, sonogram,
    nt scan, anatomy scan, semen analysis, gtt, quantiferon, flowsheet, flow sheet, path report, pathology report, path results, mg dl, mcg dl, g dl, mmol l, meq l,
    ng ml, iu l, u l, radiography, tomography, echocardiography, ultrasonography, electrocardiogram, myelogram, venogram,
    arteriogram, cystogram, pyelogram, audiogram, cholangiogram, fluoroscopy`),
  procedure: words(`
    surgery, surgical, op note, operative, post op, pre op, preop, postop, procedure, transplant, dialysis,
    radiation, infusion, transfusion, intubation, ventilator, amputation, hip replacement, knee replacement,
    replacement, arthroplasty, laparoscopy, appendectomy, cholecystectomy, hysterectomy, mastectomy, c section,
    cesarean, delivery, induction, detox, rehab, rehabilitation, physical therapy, therapy, counseling,
    psychotherapy, iop, php, residential treatment, wound care, wound vac, ostomy, colostomy, catheter, foley,
    picc, g tube, peg tube, trach, tracheostomy, cpap, bipap, phototherapy, pacemaker, stent, cabg, bypass,
    angioplasty, ablation, cardioversion, thrombectomy, lumbar puncture, paracentesis, thoracentesis, injection,
    sealants, fluoride varnish, varnish, crown, filling, extraction, root canal, implant, scaling, denture,
    dentures, orthodontic, braces, treatment, treated, chemo teaching, resection, excision, suture, sutures,
    stitches, cast, splint, pt ot, speech therapy, dental cleaning, cleaning appointment, vasectomy, abortion,
    ivf, egg retrieval, embryo transfer, insemination, circumcision, tonsillectomy, colposcopy, leep,
    cardiac rehab, pulmonary rehab, bx, fna, tka, tha, hd, port placement, port access, port flush, comfort care, end of life, hospice, palliative, dnr, polst, code status,
    isolation precautions, restraints, sitter, neuro checks, bed alarm, support group, lumbar fusion, spinal fusion, recovery group, recovery meeting, group therapy, group session,
    therapy session, couples session, family session, counseling session`),
  encounter: words(`
    admit, admits, admitted, admission, chair time, discharge, discharged, d c, dc summary, discharge summary, appointment,
    appointments, appt, visit, seen, consult, consultation, referral, referred, self referral, follow up, f u,
    followup, intake, triage, ed boarder, boarder, er visit, ed visit, ambulance, icu, nicu, picu, ccu, nicu baby, nicu babies, nicu grad, nicu grads, nicu graduate, nicu graduates, med surg, medsurg,
    telemetry, tele, h p, progress note, work note, doctor s note, doctors note, consult note, visit summary, avs,
    after visit summary, care plan, safety plan, treatment plan, action plan, seizure action plan,
    health plan for, readmission, readmissions, readmit, readmits, readmitted, code stroke, code blue, rapid response, trauma, trauma alert,
    incident report, workers comp, return to work, work restriction, lifting restriction, light duty,
    physical, dot physical, pre employment, work excuse, excuse note, sick note, school excuse, med list, medication list, exam, checkup, check up, wellness visit, annual physical,
    inpatient, outpatient, observation, eval, evaluation, re eval, reeval, l d, labor and delivery, hospitalized, hospitalization, er, ed, soc, poc, oasis, mds, snf,
    home health, care management, case management, utilization review, missed visit,
    no show, welfare check, emergency detention, involuntary hold, chair time, dose time,
    records request, release of information, release of info, roi, recollect, add on, hemolyzed,
    medical records, med records, health records, chart, clinical, bed, nursing home, assisted living, consent,
    consent for release, hipaa auth, hipaa authorization`),
  payer: words(`
    prior auth, prior authorization, preauth, pre authorization, authorization, eligibility, grievance, appeal,
    denial, denied, claim, claims, claimant, large claimant, stop loss, copay,
    deductible, explanation of benefits, eob, nemt, retro eligibility, coding query, principal dx`),
  // "resident", "member", "client", "guarantor"... are patient words only right before a
  // name; the person-name detector reports them there (see PATIENT_WORDS in person-name.ts).
  patient: words(`
    patient, patients, pt, pts, baby boy, baby girl, newborn, infant`),
  specialty: words(`
    cardiology, oncology, onc, radiology, dermatology, derm, neurology, neuro, nephrology, nephro, psychiatry, psych, pediatrics, pediatric, peds, obgyn, ob, gyn, urology,
    orthopedics, ortho, ent, gi, gastroenterology, pulmonology, pulm, endocrinology, endo, rheumatology,
    hematology, heme, infectious disease, podiatry, ophthalmology, audiology, dental, dentistry, orthodontics,
    periodontics, oral surgery, geriatrics, primary care, pcp, urgent care, emergency, pathology dept,
    pharmacy, hygiene, bh, bariatrics`),
};

/**
 * Words that, alone in a field, make health words a topic rather than a
 * person's care: "Grand rounds: heart failure update", "Diabetes education
 * fair". They do not cancel strong evidence (a patient marker, a birth date, a
 * full name), only a lone surname.
 */
export const TOPIC_WORDS = words(`
  grand rounds, grandrounds, journal club, slides, slide, deck, update, updates, lecture, talk, webinar,
  training, in service, inservice, class, fair, course, curriculum, poster, abstract, newsletter, guideline,
  guidelines, protocol, policy, template, workshop, seminar, presentation, conference, agenda, minutes, cv,
  education, research, study, studies, syllabus, handout, flyer, toolkit, menu, dashboard, report card, staffing,
  roster, catalog, catalogue, brochure, price list, pricelist, asset list, spec sheet, datasheet, tumor board, tumour board, downtime,
  formulary, par level, par levels, excursion report, temperature excursion, temp excursion, temp log, temperature log,
  cold chain, fridge temp, fridge alarm, freezer alarm, q a,
  campaign, blood drive, doacao de sangue, doacao sangue, donacion de sangre, donacion sangre, don du sang, blutspende,
  cartaz, afiche, panfleto, postcard, postcards, mailer, blank form, form blank`);


/** Analyte abbreviations that, right before a number, report a result: "K 6.8", "Na 128", "BP 198/112". */
export const LAB_ANALYTES: readonly string[] = ['k', 'na', 'cl', 'ca', 'mg', 'phos', 'hgb', 'hb', 'hct', 'plt', 'plts', 'wbc', 'inr', 'bnp', 'trop', 'bun', 'cr', 'glu', 'bg', 'a1c', 'tsh', 'bp', 'o2', 'spo2', 'ldl', 'lac', 'ck', 'ahi', 'ef', 'cd4', 'vl', 'meld', 'alb', 'lactate', 'ast', 'alt', 'egfr', 'gfr', 'ammonia', 'lipase', 'phosphorus', 'anc', 'crp', 'esr', 'ldh', 'ptt', 'aptt', 'fio2', 'peep', 'ferritin', 'cea', 'hba1c', 'tbili', 'bili', 'sats', 'crcl'];
