import { Recipient, defaultPolicy, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/**
 * Recipients by kind (spec item 4 and "Recipients by kind"): a person, a
 * patient, a list of patients or programme members, or a mailbox of the
 * staff, a service or an organisation. Only the first three can reveal a
 * recipient's health. Each row is one fictitious recipient in To; `found` is
 * the flagged span, in the display name or, after `@`, in the address.
 */
interface Row {
  to: Recipient;
  found?: string;
  why?: string;
}
const r = (displayName: string, emailAddress: string): Recipient => ({ displayName, emailAddress });
const policy = defaultPolicy();

/** The first evidence of each finding when one recipient is in To, under a subject. */
function evidenceFor(displayName: string, emailAddress: string, subject = ''): string[] {
  return scanMessage(msg({ subject, to: [r(displayName, emailAddress)] }), policy).findings.map((f) => f.evidence[0]);
}

function flagged(to: Recipient): string[] {
  const v = scanMessage(msg({ subject: 'Schedule for next week', to: [to] }), policy);
  return v.findings.filter((f) => f.detectorId === 'recipient-health').map((f) => (f.part === 'emailAddress' ? '@' : '') + to[f.part!].slice(f.start, f.end));
}

const clean: Row[] = [
  // Session 56: a dash before a room is no study, nor a course's number in Title Case.
  { to: r('Ines Roy - Pharmacy, rm 044', 'iroy@examplehealth.org') },
  { to: r('Tomas Ruiz - Subject 2040 TA', 'truiz@univ-example.edu'), why: 'a course in Title Case after a dash' },
  // Session 54: a treatment centre's name that its own domain holds is the organisation, not a list of its clients.
  { to: r('Fernbank Glen Recovery', 'admissions@fernbankglenrecovery.org'), why: "the organisation's name, held by its domain" },
  // Session 53: a benefit's programme members are the staff.
  { to: r('Wellness Program Members', 'wellness-members@examplehealth.org') },
  // Session 51: young people's words naming a children's service: before or after a specialty, after "for", a hospital's
  // possessive.
  { to: r('Kids Cardiology', 'kidscardio@examplehealth.org') },
  { to: r('Birchfield PTs', 'pts@birchfieldpt.com'), why: '"PTs" in capitals are physical therapists; "pts" alone as an address is too short to tell' },
  { to: r('Cardiology for Kids', 'cardio-kids@examplehealth.org') },
  { to: r("Sickle Cell Center - Oakmere Children's", 'scd@oakmere-childrens.org') },
  // Session 50, third pass: a course's clinical group of students.
  { to: r('NURS 215 Clinical Group C', 'nurs215-c@example.edu') },
  // Session 50: a law firm named for two people; a programme's mailbox named for its organisation (the domain holds the
  // name); a claims department's staff.
  { to: r('Ferrand & Oyelaran Injury Law', 'intake@fo-law.com') },
  { to: r('Brixley IOP', 'iop@brixley-recovery.org') },
  { to: r('Ona Reyes (claims - back office)', 'oreyes@carrier-example.com') },
  // Session 49: a service whose address repeats an everyday word of its name (a route, not a given name).
  { to: r('Eastgate Oral Therapeutics', 'oral-chemo@eastgatecancer.org') },
  // Session 47: a lab's staff and its scheduling desk.
  { to: r('Sleep Lab Night Techs', 'sleeplab-techs@examplehealth.org') },
  { to: r('Sleep Lab Desk (Nights)', 'sleeplab-desk@examplehealth.org') },
  { to: r('Eastgate Patients - Lindqvist', 'eastgate@examplehealth.org') },
  { to: r('Grupo de Limpieza', 'limpieza@examplehealth.org') },
  { to: r('Grupo Enfermeria Oncologia', 'enf-onc@examplehealth.org') },
  { to: r('Рабочая группа по диабету', 'dm-wg@examplehealth.org') },
  { to: r('OTP Client Services', 'otp-help@examplehealth.org') },
  { to: r('Equipo Clínica Metadona', 'metadona-equipo@examplehealth.org') },
  // Session 45: a journal club is clinicians reading papers; a practice named after a therapy has no meeting day;
  // the address's staff word stays the staff's where the display name has no list.
  { to: r('Pulmonology Journal Club', 'pulm-jc@examplehealth.org'), why: 'a journal club is staff' },
  { to: r('Lakeview Physical Therapy Group', 'frontdesk@lakeviewpt.example'), why: 'a practice named after its therapy' },
  { to: r('Transplant Waitlist', 'txwaitlist-coordinators@examplehealth.org'), why: "the address names the staff and the display name no list of its own words" },
  { to: r('Wound Care Nursing Council', 'wound-council@examplehealth.org'), why: "a council of the staff: no family or resident before it" },
  { to: r('Kim Ono (MS)', 'kim.ono@gmail.example'), why: 'a condition with another sense alone in the note: a degree as often' },
  { to: r('Ben Ruiz - MS, CSCS', 'ben.ruiz@gmail.example'), why: 'credentials, no second health word nor a study word' },
  { to: r('Lena Fox', 'lena.fox.rn.strong@gmail.example'), why: 'no condition before the glued word' },
  { to: r('Cardiology Fellowship Alumni', 'cards-fellowship-alumni@examplehealth.org'), why: "a training programme's alumni are physicians" },
  { to: r('Immunology Lab Group', 'immuno-lab@examplehealth.org'), why: 'a research lab is staff' },
  { to: r('Okafor Family Chiropractic', 'frontdesk@okaforchiro.example'), why: 'a practice named for its specialty' },
  { to: r('Jo Marsh, PT', 'pt.jomarsh@gmail.com'), why: '"pt" alone in a personal address is its owner\'s profession' },
  // Session 45, after review: staff clubs and councils; practices' opening days; credentials and roles in notes; survey
  // participants; everyday words before a fighter's word.
  { to: r('Cancer Center Running Club', 'ccrun@examplehealth.org'), why: "a club after a service's words is its people's" },
  { to: r('Surgery Resident Council', 'surg-rc@examplehealth.org'), why: "medical residents' council" },
  { to: r('Riverbend Cardiology Group - Sat Clinic', 'info@riverbendcards.example'), why: "a practice's opening day" },
  { to: r('Summit Dialysis Group (Mon-Fri 7-7)', 'frontdesk@summitdialysis.example'), why: 'a range of days is opening hours' },
  { to: r('oncology-patients-rn@examplehealth.org', 'oncology-patients-rn@examplehealth.org'), why: "the nurses' line for the patients" },
  { to: r('Asthma Study Volunteers', 'volunteers-team@examplehealth.org'), why: "the address's staff word is none of the display name's list" },
  { to: r('Priya Das (MS, Clinical Trials)', 'pdas@examplehealth.org'), why: 'a degree and a Title Case department' },
  { to: r('Lena Fox (MS, PT)', 'lfox@examplehealth.org'), why: 'two credentials' },
  { to: r('Maria Diaz (Participant 4, EHR usability study)', 'mdiaz@examplehealth.org'), why: "a survey's participant number" },
  { to: r('Kate Ng', 'headstrong.kate@gmail.com'), why: 'a body part glued to "strong" is an everyday word' },
  { to: r('', 'ms.strong@gmail.com'), why: '"ms" before "strong" may be Ms. Strong' },
  { to: r('Cardiology Resident', 'cards-res@examplehealth.org'), why: 'a resident after a specialty is a physician in training' },
  { to: r('Gen Surg Senior Resident', 'gs.senior@examplehealth.org'), why: 'a rank between the specialty and the resident' },
  { to: r('Teresa Haman', 'thaman@gmail.com'), why: 'the address spells the display name (initial and surname), not "THA" and a word' },
  // Session 43: candidates for a job or a training programme, beside a specialty's word.
  { to: r('RN Candidates - Surgery Dept', 'rn-candidates@examplehealth.org'), why: "a job's candidates; the department is where they would work" },
  { to: r('Surgery Residency Candidates', 'gs-residency@examplehealth.org'), why: "a residency's applicants" },
  // Session 43: a Romance "father" alone, a priest's parish; a Romance oncology team.
  { to: r('Padre de Jesus Parish Office', 'office@exampleparish.org'), why: 'a parish named for a priest, no relative' },
  { to: r('Equipe Onco Pediátrica', 'onco-ped@examplehealth.org'), why: "an oncology team's mailbox" },
  // Session 43: the staff of a service with a condition's name, beside the workforce's word.
  { to: r('Diabetes Education Staff Group', 'dm-ed-staff@examplehealth.org'), why: "a service's staff: education teaches" },
  { to: r('Staff Flu Shot Clinic Group', 'flu-clinic-staff@examplehealth.org'), why: "a clinic's staff who give the shots" },
  // Session 42: a job's head before the care it names, in the patients' languages, after a person's name.
  { to: r('Trần Thị Mai - Điều dưỡng chạy thận', 't.mai@examplekidney.org'), why: 'Vietnamese "dialysis nurse" after her name: her job' },
  { to: r('Ana Ruiz - Enfermera de diálisis', 'aruiz@examplekidney.org'), why: 'Spanish "dialysis nurse"' },
  { to: r('Portal Service Users', 'portal-users@examplehealth.org'), why: "a portal's users, not a clinic's patients" },
  { to: r('Учасники конференції', 'conf@examplehealth.org'), why: "a conference's participants" },
  { to: r('Gwoup Sipò Anplwaye', 'staff@examplehealth.org'), why: "the staff's support group, with no condition" },
  { to: r('UX Study Participants', 'ux-research@examplehealth.org'), why: 'a study without a code or a health word: staff and users' },
  { to: r('Rotem Avraham', 'rotem.avraham@gmail.com'), why: 'Rotem is a given name before it is a coagulation test' },
  { to: r('Anca Popescu', 'anca.popescu@gmail.com'), why: 'Anca is a given name before it is an antibody test' },
  { to: r('Hyperbaric Medicine', 'hbo@examplehealth.org'), why: "a department's mailbox" },
  { to: r('Larchmont Plan Wound Utilization Review', 'wound-ur@examplehp.org'), why: "a plan's utilization-review team for wound care" },
  { to: r('Cardiology Prior Auth', 'cards-pa@examplehealth.org'), why: "a service's prior-authorisation desk" },
  { to: r('Software Self-Testers', 'uat-testers@examplehealth.org'), why: 'self-testers with no health test are software testers' },
  { to: r('Treatment Group', 'tx-group@examplehealth.org'), why: 'a treatment group with no condition or treatment named' },
  { to: r('BLS RECERT CLASS (MAY)', 'bls-recert-may@examplehealth.org'), why: "a staff course's recertification class" },
  { to: r('Internal Medicine Residency Alumni', 'im-alumni@examplehealth.org'), why: "a residency's alumni are physicians" },
  { to: r("Dee Marlow (Parkinson's boxing coach)", 'deemarlow.boxing@gmail.com'), why: "a coach's role in a programme" },
  { to: r('Harbor Medical Supply (Pump Support)', 'pumpsupport@harborsupply.example'), why: "a supplier's support desk in brackets" },
  { to: r('Ines Marlow (son / emergency contact)', 'ines.marlow@gmail.com'), why: 'an emergency contact is a role, not a visit' },
  { to: r('Retail Pharmacy Customers', 'retail-customers@exampledist.com'), why: "a distributor's business customers" },
  { to: r('Epic Users Group', 'epic-users@examplehealth.org'), why: 'staff who use a system' },
  { to: r('Light Duty Program Staff', 'lightduty-staff@examplehealth.org'), why: "a programme's staff, not people on light duty" },
  { to: r('Nephrology Residents (Dialysis Rotation)', 'neph-res@examplehealth.org'), why: 'physicians in training on a rotation' },
  { to: r('Influenza Contacts - Pharmacy', 'flu-pharmacy@examplehealth.org'), why: "a department's people to call about influenza" },
  { to: r('Vireo Diagnostics (pathology)', 'vireo@vireodx.example'), why: "a firm's mailbox: the domain holds its name" },
  { to: r('Injured Workers Program - Claims Staff', 'iwp-claims@examplehealth.org'), why: "the staff of a programme for injured workers, in another segment" },
  { to: r('Medical Leave Coordinators', 'loa-team@examplehealth.org'), why: 'coordinators of leave, not people on it' },
  { to: r('Calloway County TB Control', 'tbcontrol@examplecounty.gov'), why: 'a public-health programme named by its work' },
  { to: r('Marsh HIV Surveillance Unit', 'hiv-surv@examplecounty.gov'), why: 'surveillance is the department, even after a place named like a person' },
  { to: r('Ana Quiroga (LTC rotation resident)', 'a.quiroga@examplehealth.org'), why: 'a resident physician on a rotation, not a resident of the home' },
  { to: r('Radiology Residents', 'rad-residents@examplehealth.org'), why: 'a specialty before "residents": physicians in training' },
  { to: r('Sepsis Program Contacts', 'sepsis-contacts@examplehealth.org'), why: 'contacts after a programme are people to call, not people exposed' },
  { to: r('Working Parents & Moms Network', 'moms-network@examplehealth.org'), why: 'an employee network with no health word' },
  // The same shape for a department: no capitalised name opens it.
  { to: r('Renal Unit (dialysis)', 'renal.unit@islandnet.example'), why: 'a department: no capitalised name opens it, though the address echoes its words' },
  { to: r('Oskar Brandt, RN, CGRN (Endoscopy)', 'obrandt@examplehealth.org'), why: 'a name signed with credentials: the bracket is the department' },
  { to: r('Dad (nights in PICU)', 'dad.works@gmail.com'), why: "a relative's own shifts in a unit" },
  { to: r('Wayfinding Help for Patients', 'wayfinding@examplehealth.org'), why: 'a desk for patients: the head comes before "for"' },
  { to: r('BLS Renewal Enrolled Participants', 'bls-renewal@examplehealth.org'), why: 'a course, not a study with a code' },
  { to: r('Ines Calder', 'ovariancancerride.captain@gmail.com'), why: "a condition run into a fundraising ride: an organiser's" },
  { to: r('Wren Halvorsen - Memory Care Life Enrichment', 'whalvorsen@examplehealth.org'), why: "a care home's activities department" },
  { to: r('Tavita Lemalu (Mochi - diabetic dog)', 'tlemalu@gmail.com'), why: "a bracket about a pet is the pet's health" },
  { to: r('5 West New Grads 2026', 'fivewest-newgrads@examplehealth.org'), why: 'new graduate nurses are staff' },
  { to: r('Ilse Marten (mom, works in NICU)', 'imarten@gmail.com'), why: 'a relative who works in a unit' },
  { to: r('Ridgeview Patients and Staff', 'ridgeview-all@examplehealth.org'), why: 'patients with staff: no list of patients only' },
  { to: r('International Patients', 'intl-patients@examplehealth.org'), why: 'a desk for patients not yet in care' },
  { to: r('Mom - Cardiology', 'mom.desk@examplehealth.org'), why: "a specialty after a relative's word at the organisation: a department" },
  { to: r('Nursing Peer Network', 'rn-peers@examplehealth.org'), why: "nurses' peer network: staff" },
  { to: r('Leadership Academy Enrolled Participants', 'leadership-academy@examplehealth.org'), why: "enrolled in a course, not a study with a code" },
  { to: r('Dana Kiel', 'dana.cancerresearch.lab@gmail.com'), why: 'a condition run into a word of research work, not a survivor' },
  { to: r('Acolhimento de Pacientes', 'acolhimento@examplehealth.org'), why: 'a Romance head before its patients: a desk' },
  { to: r('ACLS Participants', 'acls-class@examplehealth.org'), why: "a course's participants are staff: only a trial's, a study's or PACE's list" },
  { to: r('Ada Quill (ACLS participant)', 'adaquill@gmail.com'), why: "a course's participant: only PACE's ppt marks a person" },
  { to: r('EHR Usability Study Participants', 'ehr-study@examplehealth.org'), why: "a study with no code and no health word is staff's and users'" },
  { to: r('LUMEN Trial Coordinators', 'lumen@examplehealth.org'), why: "a trial's staff" },
  { to: r('Jo Quill (survey participant)', 'joquill@gmail.com'), why: 'a participant of no programme named by its acronym' },
  { to: r('Lumora CGM Clinical Support', 'clinical.support@lumora-cgm.com'), why: "a device maker's help desk: a kind of help before the closing support" },
  { to: r('CGM Technical Support', 'help@quellmed.com'), why: 'a technical help desk after a device' },
  { to: r('心内科 住院医师', 'cardio-residents@examplehealth.org'), why: 'Chinese resident physicians: 住院医师 holds 住院 (an admission) but is a job' },
  { to: r('Dialysis Unit Staff', 'dialysis-staff@examplehealth.org'), why: 'a staff list' },
  { to: r('Okonjo-Lindqvist Cancer Assistance Fund', 'grants@okonjofund.org'), why: 'a fund named after a family is an organisation' },
  { to: r('oncology-rn@examplehealth.org', 'oncology-rn@examplehealth.org'), why: 'a staff address' },
  { to: r('Li, Stacy (Cardiology)', 'sli@examplehealth.org'), why: "a clinician's specialty" },
  { to: r('Sato, Irene (Surgery)', 'isato@examplehealth.org'), why: 'a department after a staff name' },
  { to: r('Mai Thao, PA (Diabetes Clinic)', 'mthao@examplehealth.org'), why: 'a credential in capitals after a staff name' },
  { to: r('Neuro Call Group', 'neuro-call@examplehealth.org'), why: 'an on-call group of physicians' },
  { to: r('Hartwell Biologics Customer Care', 'orders@hartwellbio.example'), why: "a vendor's customer care desk" },
  { to: r('Hana Son (resident physician)', 'hson@examplehealth.org'), why: 'a surname that is a kin word, outside the brackets, and a resident physician' },
  { to: r('Lena Ito (wife of PGY2 resident)', 'lito@gmail.com'), why: 'a resident physician, not a resident in care' },
  { to: r('Therapy', 'therapy@examplehealth.org'), why: 'a mailbox named after a service' },
  { to: r('Pharmacy', 'rx@wellspring-pharmacy.example'), why: 'generic pharmacy words' },
  { to: r('Patients', 'patients@smilecrest.example'), why: 'all patients of a practice: no condition' },
  { to: r('Patient Safety', 'patient-safety@examplehealth.org') },
  { to: r('Patient Portal Support', 'portal-support@examplehealth.org'), why: "a service's help desk" },
  { to: r('HIV Prevention Team', 'hiv-prevention@examplehealth.org') },
  { to: r('Helix Infusion Devices', 'orders@helixinfusion.example'), why: 'a vendor' },
  { to: r('Stroke Program', 'stroke.program@examplehealth.org'), why: 'a service mailbox' },
  { to: r('Orthopedic Scheduling', 'ortho.sched@examplehealth.org') },
  { to: r('Pediatric Cardiology', 'peds-cardiology@examplehealth.org') },
  { to: r('Psychiatry Intake Team', 'psych-intake@examplehealth.org') },
  { to: r('Chemo Infusion RNs', 'chemo-rns@examplehealth.org'), why: 'staff' },
  { to: r('Tumor Registry', 'tumor-registry@examplehealth.org') },
  { to: r('Transplant Waitlist Coordinators', 'txp-waitlist@examplehealth.org'), why: 'a list word, but the staff who keep it' },
  { to: r('Support Group Facilitators', 'group-facilitators@examplehealth.org') },
  { to: r('Diabetes Education Center', 'diabetes-ed@examplehealth.org'), why: 'the address abbreviates the display name' },
  { to: r('anticoagulation.clinic@examplehealth.org', 'anticoagulation.clinic@examplehealth.org') },
  { to: r('Bramblecote Cancer Institute', 'noreply@bramblecote.example') },
  { to: r('Kofi Mensah (Arden Surgical)', 'kmensah@ardensurgical.example'), why: "a vendor's representative" },
  { to: r('Trauma Sim Participants', 'trauma-sim@examplehealth.org'), why: "a simulation's participants are learners" },
  { to: r('Surgery Residents', 'surgery-residents@examplehealth.org'), why: 'physicians in training' },
  { to: r('Recovery Room', 'pacu@examplehealth.org'), why: 'a unit' },
  { to: r('Outpatient PT', 'op.pt@examplehealth.org'), why: 'physical therapy' },
  { to: r('Omar Fadel', 'omar.fadel@gmail.com'), why: 'a person without health words' },
  { to: r('Nancy Ruiz (ICU)', 'nancy.ruiz@gmail.com'), why: 'a unit after a name is where she works' },
  { to: r('Care@Home Wound Nurse', 'cah-wound@examplehealth.org'), why: 'a role mailbox whose name has an @ in it' },
  { to: r('Wen Zhao', 'wzhao.lab@yahoo.com'), why: 'a lab in a personal address is a job, not a test' },
  { to: r('Amara Obi', 'amara.premed@gmail.com'), why: 'a pre-med student' },
  { to: r('Patient Escort Services', 'pt-escort@examplehealth.org'), why: 'a patient word qualifying a service noun' },
  { to: r('Patient Financial Counseling', 'pfc@examplehealth.org'), why: 'a patient word qualifying a service noun' },
  { to: r('Noor Haddad, OT', 'nhaddad@examplehealth.org'), why: 'a two-letter credential after a comma' },
  { to: r('Accueil patients - Clinique du Lac', 'accueil@examplehealth.org'), why: 'a Romance service head comes first' },
  { to: r('Atención al Paciente', 'atencion.paciente@examplehealth.org'), why: 'patient services' },
  { to: r('Accoglienza Pazienti', 'accoglienza@examplehealth.org'), why: 'patient reception in Italian' },
  { to: r('Maria das Dores Ferreira', 'mdores.ferreira@gmail.com'), why: 'a name part after a particle, though "dores" is also pains' },
  { to: r('Quillan Family Medicine (front office)', 'office@quillanfm.example'), why: 'a practice, not a list of families' },
  { to: r('Renata Ilves', 'renata.ilves.crna@gmail.com'), why: 'a credential in a personal address is a job' },
  { to: r('Rashida Ali', 'rashida.ali@gmail.com'), why: 'a name is no glued condition ("rash" + "ida")' },
  { to: r('Enrolled Agents - Tax Desk', 'ea-desk@examplefirm.com'), why: '"enrolled" names a list only with a condition or a programme' },
  { to: r('Lou Petit', 'sugarmama.lou@gmail.com'), why: 'an everyday word glued to a word' },
  { to: r('Kim Abara', 'dialysisnurse.kim@gmail.com'), why: 'a treatment glued to a job is the work' },
  { to: r('Lisa Park', 'adhdcoach.lisa@gmail.com'), why: "a condition glued to a job's agent noun is the work" },
  { to: r('Chemo Biotherapy Course - Enrolled', 'chemo-course@examplehealth.org'), why: 'the enrolled of a staff course are staff' },
  { to: r('Ines Moto', 'canceriansun@gmail.com'), why: 'no known word left beside the health word' },
  { to: r('Varga, Ilona - TP2ECT', 'ivarga@examplecorp.com'), why: 'an abbreviation with another sense (a unit code) is not a person\'s own health' },
  { to: r('Group Programs', 'groups@stillwater-recovery.example'), why: "a treatment programme's own desk" },
  { to: r('Obsługa Pacjenta', 'obsluga@examplehealth.org'), why: 'patient services in Polish: the patient word qualifies a desk' },
  { to: r('Обучение пациентов', 'edu@examplehealth.org'), why: 'patient education in Russian' },
  { to: r('Sister Agnes of the Oncology Unit', 'sagnes@examplehealth.org'), why: 'a religious title, not a relative "of" someone' },
  { to: r('Naloxone course trainees', 'narcan-course-may@examplehealth.org'), why: 'the trainees of a course are no patients' },
  { to: r('Olu Quillbrook PT', 'oquillbrook@gmail.com'), why: 'a credential ending a display name after the name is the job, at a personal address too' },
  { to: r('Eastside Clinic Patient Access', 'access@examplehealth.org'), why: 'a patient desk of a clinic' },
  { to: r('Pain Management', 'painmgmt@examplehealth.org'), why: "management after a health word is a care programme's mailbox" },
  { to: r('Weight Management Team', 'wm-team@examplehealth.org'), why: "a programme's team is its staff" },
  { to: r('Lakeshore Pain Mgmt Group', 'referrals@lakeshorepain.example'), why: 'a group after a care programme is its practice' },
  { to: r('Instructores Clase de Diabetes', 'inst@examplehealth.org'), why: 'Spanish staff heads' },
  { to: r('Parents of Ridgeview MS 7th graders', 'rvms-7@eastfieldusd.example'), why: 'a school level before a grade is no condition' },
  { to: r('Ray Watson', 'watsone12@gmail.com'), why: 'a name glued to an initial in an address is no drug ending' },
  { to: r('Tom Petraitis', 'tom.petraitis@gmail.com'), why: 'a surname after a given name in an address is no inflammation' },
  { to: r('Ana Kowalski RT(R)(CT)', 'a.kowalski@examplehealth.org'), why: "a radiographer's registry credential" },
  { to: r('Quarrington Oncology Associates New Patients', 'newpatients@quarrington-onc.com'), why: 'the desk that takes new patients in' },
  { to: r("Dr. Nia Ofori (pt's nephrologist)", 'nofori@brackwellkidney.example'), why: "a patient's clinician: the recipient's role in that patient's care" },
  { to: r("Harlan Vose (patient's PCP)", 'hvose@dunmorefp.example'), why: "a patient's primary care doctor" },
  { to: r('Low Vision Clinic', 'lowvision@examplehealth.org'), why: 'a clinic named for the condition it treats is a service' },
  { to: r('Healthy Volunteer Registry', 'hv-registry@examplehealth.org'), why: 'study volunteers with no condition' },
];

const revealing: Row[] = [
  // Session 56: a study's subject number after a dash; patients a home draw visits.
  { to: r('Ines Roy - TRELLIS-2 subj 044', 'ines.roy@gmail.com'), found: 'subj 044' },
  { to: r('Home Draw Patients - Thursday', 'homedraw-thu@examplehealth.org'), found: 'Home Draw' },
  // Session 54: a word the domain does not hold names the organisation's clients.
  { to: r('Fernbank Glen Recovery Alumni', 'alumni@fernbankglenrecovery.org'), found: 'Recovery' },
  // Session 53: a fertility support group; the members of a payer's programme named for care.
  { to: r('Fertility Support Group', 'fertility-group@examplehealth.org'), found: 'Fertility' },
  { to: r('Pharmacy Lock-in Programme Members', 'rx-restriction@exampleplan.org'), found: 'Programme Members' },
  // Session 51: young people with a condition, at the end of the name or before a gathering's word.
  { to: r('Sickle Cell Kids - Summer', 'scd-kids@examplehealth.org'), found: 'Sickle Cell' },
  { to: r('Epilepsy Teens Meetup', 'epi-teens@examplehealth.org'), found: 'Epilepsy' },
  // Session 50, second pass: classes and groups of expectant and new mothers.
  { to: r('Expectant Parents Class - March', 'exp-parents@examplehealth.org'), found: 'Expectant Parents' },
  { to: r('New Mothers Circle', 'newmothers@examplehealth.org'), found: 'New Mothers' },
  // Session 50: an injury or disability claim in a person's note; a fracture in lower case.
  { to: r('Lino Ferraz (WC L knee)', 'lferraz@gmail.com'), found: 'WC' },
  { to: r('Adaeze Obi (LTD claimant)', 'adaeze.obi@yahoo.com'), found: 'claimant' },
  { to: r('Ravi Menon WC ankle fx', 'rmenon7@gmail.com'), found: 'fx' },
  // Session 47: the families of a clinic or a lab whose name says its care, and of a therapy's camp.
  { to: r('Sleep Clinic Families', 'sleepfam@examplehealth.org'), found: 'Sleep Clinic' },
  // ... a list of patients with a part set apart that says which of them (a month, a language); a support group in
  // Russian ("группа поддержки"; not "группа" alone, a working group's too).
  { to: r('Eastgate Patients (Oct 2026)', 'eastgate-p@examplehealth.org'), found: 'Patients' },
  { to: r('Eastgate Patients - Somali', 'eastgate-so@examplehealth.org'), found: 'Patients' },
  { to: r('Dario Quill - OP client', 'dquill.home@gmail.com'), found: 'OP client' },
  { to: r('Participantes Programa Metadona - Tarde', 'ppm-tarde@examplehealth.org'), found: 'Metadona' },
  { to: r('Renata Voss (MAT client)', 'renata.voss@yahoo.com'), found: 'MAT client' },
  { to: r('Группа поддержки диабет', 'dm-ru@examplehealth.org'), found: 'диабет' },
  { to: r('Feeding Clinic Waitlist Families', 'fcw@examplehealth.org'), found: 'Feeding Clinic' },
  // Session 45: a club, a peer network and a care home's family council with a condition; candidates with the evaluation
  // named between; a group that meets on a day; volunteers and a language code that the display name explains.
  { to: r('Brightside T1D Teen Club', 't1d-teens@examplekids.org'), found: 'T1D' },
  { to: r('Lung Transplant Recipient Peer Network', 'ltx-peers@examplehealth.org'), found: 'Transplant' },
  { to: r('Dementia Care Family Council', 'dementia-family-council@examplesl.example'), found: 'Dementia' },
  { to: r('Liver Tx Evaluation Candidates - Spring', 'ltx-eval-cands@examplehealth.org'), found: 'Liver Tx Evaluation' },
  { to: r('Aquatic Therapy Group - Thurs', 'aqua-thurs@exampleortho.org'), found: 'Aquatic Therapy' },
  { to: r('Lupus Research Volunteers', 'lupus-volunteers@examplehealth.org'), found: 'Lupus' },
  { to: r('Somali COPD Patient Group', 'copd-patients-so@examplehealth.org'), found: 'COPD Patient' },
  { to: r('Ruth Olsen (senior resident, dialysis)', 'ruth.olsen44@gmail.com'), found: 'dialysis' },
  { to: r('Pulmonary Rehab Walking Club', 'prwalk@gmail.com'), found: 'Pulmonary Rehab' },
  // Session 45: a condition with another sense corroborated in the same note; a study's subject number; an organ or an
  // acronym glued to a fighter's word at a personal provider.
  { to: r('Grupo de Apoio Pós-AVC - Participantes', 'apoio-avc@examplesaude.example'), found: 'AVC' },
  { to: r('Samahan ng may Diyabetis - Mga Miyembro', 'samahan-dm@examplechc.example'), found: 'Diyabetis' },
  { to: r('Nora Bell - ALS, trach', 'nbell@gmail.example'), found: 'ALS, trach' },
  { to: r('Theo Marsh (MS trial)', 'tmarsh@outlook.example'), found: 'MS' },
  { to: r('Ada Quill (HALO-3 subj 0217)', 'adaquill@yahoo.example'), found: 'subj 0217' },
  { to: r('Rita Moss', 'liverwarrior.rita@gmail.example'), found: '@liverwarrior' },
  { to: r('Sam Ito', 'sam.als.fighter@gmail.example'), found: '@als' },
  // Session 44: the patients first, then the clinic after "of" (Tagalog "ng"); a cessation programme's participants.
  { to: r('Patients of the Asthma Clinic', 'asthma-list@examplehealth.org'), found: 'Asthma' },
  { to: r('Mga Pasyente ng Diabetes Clinic', 'dm-pasyente@examplechc.org'), found: 'Pasyente ng Diabetes' },
  { to: r('Grupo Antitabagismo - Participantes', 'grupo-cessacao@examplesaude.com.br'), found: 'Antitabagismo' },
  { to: r('Heart Failure Class Series - Registrants', 'hf-class@examplehealth.org'), found: 'Heart Failure' },
  // Session 43: candidates right after a procedure or a condition are patients assessed for it.
  { to: r('Sleeve Gastrectomy Candidates', 'gastric-sleeve-cands@examplesurgical.org'), found: 'Gastrectomy' },
  // Session 43: a relative in a Romance language before its "of" and a name, with the care beside it.
  { to: r('Lucas Amaral (pai do Davi - onco pediátrica)', 'lucas.amaral.home@gmail.com'), found: 'onco pediátrica' },
  { to: r('Rosa Ibáñez (madre de Sofía - UCI neonatal)', 'rosa.ibanez.casa@gmail.com'), found: 'UCI' },
  // Session 43: the workforce's word before a list of people in a treatment or with a condition (employee health).
  { to: r('Staff Hep C Treatment Cohort', 'hcv-staff-cohort@examplehealth.org'), found: 'Hep C' },
  { to: r('Long COVID Staff Support Circle', 'lc-circle@examplehealth.org'), found: 'COVID' },
  { to: r('Work Hardening Program - Staff Participants', 'wh-staff@examplerehab.org'), found: 'Work Hardening' },
  // Session 43: a Romanian programme's participants and patients, head first; an Italian coeliac patients' list.
  { to: r('Participanți - program de reabilitare pulmonară', 'reabilitare-participanti@examplehealth.ro'), found: 'reabilitare pulmonară' },
  { to: r('Pacienți dializă', 'dializa@examplehealth.ro'), found: 'Pacienți dializă' },
  { to: r('celiachia-pazienti@examplecasa.it', 'celiachia-pazienti@examplecasa.it'), found: 'celiachia' },
  // Session 42: a harm-reduction programme's participants; a patient being discharged.
  { to: r('Harm Reduction Program Participants', 'hr-participants@examplechc.org'), found: 'Harm Reduction' },
  { to: r('Lorna Pike (discharging 5N today)', 'lornapike@gmail.com'), found: 'discharging' },
  { to: r('Tongan Mums Antenatal Group', 'antenatal.tongan@examplehealth.org'), found: 'Antenatal' },
  // Session 41: a study's code ending in one capital letter; a clinic's service users (the NHS's word for its patients).
  { to: r('PALADIN-B Study Participants', 'paladin-b@examplecro.com'), found: 'Study Participants' },
  { to: r('Memory Clinic Service Users', 'memory.clinic@examplechs.nhs.uk'), found: 'Service Users' },
  // Lists of patients in the patients' languages: Turkish, Haitian Creole, Korean, Ukrainian, Portuguese.
  { to: r('Diyabet Hastaları Destek Grubu', 'diyabet-destek@examplehealth.org'), found: 'Diyabet' },
  { to: r('Gwoup Sipò Moun ki gen Dyabèt', 'sipo-dyabet@examplehealth.org'), found: 'Dyabèt' },
  { to: r('당뇨 환우회', 'dm-club@examplehealth.org'), found: '당뇨' },
  { to: r('Participantes - Programa Deixar de Fumar', 'pdf@examplehealth.org'), found: 'Deixar de Fumar' },
  { to: r('Hyperbaric Patients - Tuesday', 'hbo-tue@examplehealth.org'), found: 'Hyperbaric' },
  { to: r('Melanoma Survivor Network', 'mel-survivors@examplefoundation.org'), found: 'Melanoma' },
  { to: r('Hep B Vaccine Non-Responders', 'hepb-nr@examplehealth.org'), found: 'Hep B Vaccine' },
  { to: r('Warfarin INR Self-Testers', 'inr-home@examplehealth.org'), found: 'Warfarin INR' },
  { to: r('Hep B Treatment Group', 'hbv-tx@examplehealth.org'), found: 'Hep B' },
  { to: r('COPD Gold 3 Outreach List', 'copd3-outreach@examplehp.org'), found: 'COPD' },
  { to: r('Insulin Pump Users (Teens)', 'pump-teens@examplepeds.org'), found: 'Insulin' },
  { to: r('Sleep Apnea CPAP Customers - Q2', 'cpap-customers@exampledme.com'), found: 'Sleep Apnea CPAP' },
  { to: r('Quarry Bend COPD Care Mgmt Members', 'copd-cm@examplehp.org'), found: 'COPD' },
  { to: r('مرضى السكري - برنامج التثقيف', 'dm-edu@examplehealth.org'), found: 'السكري' },
  { to: r('Staff on Medical Leave 2027', 'staff-loa@examplehealth.org'), found: 'Medical Leave' },
  { to: r('Light Duty - Injured Workers', 'lightduty@examplehealth.org'), found: 'Light Duty - Injured Workers' },
  { to: r('TB Control Clients - DOT', 'tb-dot-clients@examplecounty.gov'), found: 'TB' },
  { to: r('Wendell Achterberg (Fernhill LTC resident)', 'w.achterberg58@gmail.com'), found: 'LTC resident' },
  // Care a home's residents receive there; mothers, completers and claimants as members; contacts of a communicable case.
  { to: r('Hemodialysis Residents - Thursday Van', 'hd-residents@willowbendcare.example'), found: 'Hemodialysis' },
  { to: r('Gestational Diabetes Moms - Spring', 'gdm-moms@examplehealth.org'), found: 'Gestational Diabetes' },
  { to: r('Hep C Treatment Completers', 'hcv-completers@examplehealth.org'), found: 'Hep C' },
  { to: r('Pertussis Contacts - Lakeview Elem', 'pertussis-contacts@examplecounty.gov'), found: 'Pertussis' },
  // A name no list holds, read through an address built from it (initial and surname).
  { to: r('Losaline Tupou (dialysis)', 'ltupou@islandnet.example'), found: 'dialysis' },
  { to: r('Auntie Mele - dialysis', 'mele.f@gmail.com'), found: 'dialysis' },
  { to: r('Corinna Vance', 'corinna.lungcancersurvivor@gmail.com'), found: '@lungcancersurvivor' },
  { to: r('HERON-3 Enrolled Participants', 'heron3-enrolled@examplehealth.org'), found: 'Enrolled Participants' },
  { to: r('Grandpa Ike - rehab', 'ike.tan@gmail.com'), found: 'rehab' },
  { to: r('Olwen Pryce (res., Rm 4C)', 'olwen.pryce@gmail.com'), found: 'res., Rm 4' },
  { to: r('Corwin Hale - living donor workup', 'chale.home@gmail.com'), found: 'living donor workup' },
  { to: r('Ilse Brandt (cat scratch, pt)', 'ilse.brandt@gmail.com'), found: 'pt' },
  { to: r('Tove Lind, LPN (Pregnant)', 'tlind@examplehealth.org'), found: 'Pregnant' },
  { to: r('Lakeview Remote Monitoring Pilot Patients', 'lakeview-pilot@examplehealth.org'), found: 'Patients' },
  { to: r('Harbour Street SBHC Patients & Families', 'harbour-sbhc@examplehealth.org'), found: 'Patients' },
  { to: r('Marta Sokol (mom - Ilya in NICU)', 'martasokol@gmail.com'), found: 'mom - Ilya in NICU' },
  { to: r('Galloway, Ruth (ED super utilizer)', 'rgalloway@gmail.com'), found: 'ED super utilizer' },
  { to: r('Stillbirth and Infant Loss Circle', 'loss-circle@examplehealth.org'), found: 'Stillbirth and Infant Loss' },
  { to: r('Cystic Fibrosis Patients - Brackwell Specialty', 'cfpatients@brackwellrx.example'), found: 'Fibrosis' },
  { to: r('Tinnitus Study Volunteers', 'tinnitus-vols@examplehealth.org'), found: 'Tinnitus' },
  { to: r('Limb Loss Peer Circle', 'peer-circle@examplehealth.org'), found: 'Limb Loss' },
  { to: r('LUMEN Trial Participants', 'lumen-participants@examplehealth.org'), found: 'Trial Participants' },
  { to: r('Cedar Hill PACE Participants', 'participants@lists.cedarhillpace.org'), found: 'PACE Participants' },
  { to: r('Quill, Ada (PACE ppt)', 'aquill@examplemail.com'), found: 'PACE ppt' },
  { to: r('Quill, Ada (PACE participant)', 'adaquill61@aol.com'), found: 'PACE participant' },
  { to: r('VT-3021 Study Participants', 'vt3021-participants@examplecro.com'), found: 'Study Participants' },
  { to: r('Lena Quill (dau. of resident Ada Quill)', 'lenaquill@comcast.net'), found: 'dau. of resident' },
  { to: r('Ada Quill (dialysis pt)', 'ada.quill@gmail.com'), found: 'dialysis pt' },
  { to: r('CHF new patients - July', 'chf-newpts-jul@lists.examplehealth.org'), found: 'CHF' },
  { to: r('Ada Quill - Hep C pt', 'aquill@yahoo.com'), found: 'Hep C pt' },
  { to: r('Pt - Ada Quill', 'aquill@yahoo.com'), found: 'Pt' },
  { to: r('hiv-support-group@example.org', 'hiv-support-group@example.org'), found: 'hiv' },
  { to: r('IVF Patients 2025', 'ivf-2025@examplehealth.org'), found: 'IVF' },
  { to: r('Anticoag clinic patients', 'acc-patients@examplehealth.org'), found: 'Anticoag clinic' },
  { to: r('Travel Clinic Patients - Summer', 'travel-summer@examplehealth.org'), found: 'Patients' },
  { to: r('Fertility Patients - Dec Orientation', 'ivf-orientation-dec@examplehealth.org'), found: '@ivf' },
  { to: r('Specialty Oncology Patients', 'onc-pts@examplehealth.org'), found: 'Oncology', why: 'for a list of patients the specialty reveals' },
  { to: r('Recovery Alumni', 'alumni@examplehealth.org'), found: 'Recovery' },
  { to: r('Tobacco Cessation - Enrolled', 'quit-enrolled@lists.examplehealth.org'), found: 'Tobacco Cessation', why: 'a programme after which its enrolled members are listed' },
  { to: r('Celiac Parent Network', 'celiac-parents@lists.examplehealth.org'), found: 'Celiac', why: 'a network of parents of children with a condition' },
  { to: r('Ada Quill - memory care resident', 'aquill@yahoo.com'), found: 'memory care' },
  { to: r('Lung Transplant Recipients', 'lung-tx@examplehealth.org'), found: 'Transplant' },
  { to: r('Kidney Waitlist Candidates', 'kidney-waitlist@examplehealth.org'), found: 'Kidney Waitlist', why: "a waitlist's candidates are patients, not job candidates" },
  { to: r('Heart Failure Program Participants', 'hf-participants@examplehealth.org'), found: 'Heart Failure', why: 'a list head after the service' },
  { to: r('copd-patients@examplehealth.org', 'copd-patients@examplehealth.org'), found: 'copd' },
  { to: r('Parkinsons Residents', 'pd-residents@examplehealth.org'), found: 'Parkinsons', why: 'residents with a condition' },
  { to: r('Teo Ruan (methadone clinic)', 'teoruan77@gmail.com'), found: 'methadone', why: 'a personal address is never a department mailbox' },
  { to: r('Bea Orland', 'dialysis.mom.orland@yahoo.com'), found: '@dialysis', why: 'a personal address names a treatment' },
  { to: r('Suboxone Clients - Marrowfield Clinic', 'bup-clients@examplehealth.org'), found: 'Suboxone', why: 'a list names the recipient; the clinic after the dash keeps it' },
  { to: r('Lio Ferrand (Care@Home patient)', 'lferrand@bellsouth.net'), found: 'patient', why: 'an @ inside a display name is not an address' },
  { to: r('Ivo Karlsen (OSA, new CPAP)', 'ivo.karlsen@proton.me'), found: 'OSA, new CPAP', why: 'an acronym after a name is his own' },
  { to: r('Patient Ada Quill', 'ada.q@examplehealth.org'), found: 'Patient', why: 'a patient word before a name marks the person' },
  { to: r('Pacientes de diabetes - grupo martes', 'grupo-martes@examplehealth.org'), found: 'diabetes', why: 'a list head in Spanish' },
  { to: r('Teilnehmer Diabetes Kurs', 'kurs@examplehealth.org'), found: 'Diabetes', why: 'a list head in German' },
  { to: r('Ivo Karlsen', 'ivo.dialysis@quillmail.net'), found: '@dialysis', why: 'a domain named as a mail service is a personal address' },
  { to: r('Ivo Karlsen', 'ivo.dialysis@correo-veloz.example'), found: '@dialysis', why: 'a mail service named in Spanish' },
  { to: r('Ivo Karlsen', 'ivo.dialysis@postwren.example'), found: '@dialysis', why: 'a mail service named as a post' },
  { to: r('Trương Thị Lan (bệnh nhân)', 'tlan.home@gmail.com'), found: 'bệnh nhân', why: 'a patient word in brackets after the name, one word for one patient or many' },
  { to: r('Wilner Jean-Baptiste (pasyan)', 'wjb@yahoo.com'), found: 'pasyan', why: 'in Haitian Creole' },
  { to: r('Yer Moua Lor (KOAH hastası)', 'yerlor@gmail.com'), found: 'KOAH hastası', why: 'in Turkish: a patient of a condition (COPD, KOAH)' },
  { to: r('Anneke de Wit (hartpatiënt)', 'adewit@ziggo.nl'), found: 'hartpatiënt', why: 'in Dutch, a compound of the condition and patient' },
  { to: r('Rubina Akter (রোগী)', 'rubina.a@gmail.com'), found: 'রোগী', why: 'in Bengali' },
  { to: r("Teuila Faleolo (Sione's dad, PICU)", 'tfaleolo@gmail.com'), found: 'PICU', why: "a relative by a possessive, with a unit: the child's stay" },
  { to: r('Renata Oyelaran (son of resident, Rm 108)', 'roye61@gmail.com'), found: 'son of resident', why: 'a relative of someone in care, in brackets' },
  { to: r('New Patients - November', 'new-patients-nov@tidewaterinfusion.example'), found: '@tidewaterinfusion.example', why: 'a list of patients at a home-infusion provider' },
  { to: r('Ruth Ng (PAH, Remodulin)', 'ruthng@gmail.com'), found: 'Remodulin', why: 'her treatment (for pulmonary hypertension)' },
  { to: r('Pa Chia Moua (neeg mob)', 'pachia.m@gmail.com'), found: 'neeg mob', why: 'a given name in Title Case that is also a credential (PA) is a name' },
  { to: r('정미숙 (환자)', 'msjung@naver.com'), found: '환자', why: 'in Korean' },
  { to: r('周玉兰（高血压患者）', 'zhouyl@163.com'), found: '高血压患者', why: 'in Chinese, with the condition' },
  { to: r('dad of Kaimana - PICU', 'kaimana.dad@gmail.com'), found: 'PICU', why: "a relative of someone, with a unit: that person's care" },
  { to: r('Losa Tavita (daughter of pt, dialysis)', 'losa.t@yahoo.com'), found: 'pt, dialysis', why: 'a relative of a patient with the treatment' },
  { to: r('Tuesday Clients - North Site', 'north-clients@stillwater-recovery.example'), found: '@stillwater-recovery.example', why: 'a list of clients at a provider named for what it treats' },
  { to: r('Nell Ashby', 'lymphomafree.nell@gmail.com'), found: '@lymphomafree', why: 'a condition glued to a word in a personal address' },
  { to: r('Rosa Tolan', 'rosadialysis@yahoo.com'), found: '@rosadialysis', why: 'a name glued to a treatment' },
  { to: r('Rafe Tolan', 'hcvpos.rafe@outlook.com'), found: '@hcvpos', why: 'a condition glued to a glue word' },
  { to: r('glioblastoma-caregivers@groups.example', 'glioblastoma-caregivers@groups.example'), found: '@glioblastoma', why: 'a disease found by its ending in an address, glued to no name' },
  { to: r('Diabetes Self-Management Group', 'dsm-group@examplehealth.org'), found: 'Diabetes', why: "a self-management group is the programme's patients" },
  { to: r('Asthma Self-Mgmt Class - May participants', 'asthma-smc@lists.examplehealth.org'), found: 'Asthma', why: 'self-management is a care programme: its participants are its patients' },
  { to: r('copd-mgmt-participants@examplehealth.org', 'copd-mgmt-participants@examplehealth.org'), found: '@copd', why: 'disease management after a condition, then its participants' },
  { to: r('weight-mgmt-members@examplehealth.org', 'weight-mgmt-members@examplehealth.org'), found: '@weight-mgmt', why: 'a weight management programme' },
  { to: r('Clase de Asma (martes)', 'clase.asma@examplehealth.org'), found: '@asma', why: 'a class in Spanish' },
  { to: r('Heart Transplant Recipients Newsletter', 'htx-news@examplehealth.org'), found: 'Transplant', why: "a list's newsletter is still the list" },
  { to: r('Lupus Clinic - Patient Updates', 'lupus-updates@examplehealth.org'), found: 'Lupus Clinic - Patient', why: 'a patient word before news is the list it goes to' },
];

describe('recipients that are staff, services or organisations are never flagged', () => {
  test.each(clean)('$to.displayName <$to.emailAddress>', (row) => expect(flagged(row.to)).toEqual([]));
});

describe('a person, a patient or a list of patients that names health information is flagged', () => {
  test.each(revealing)('$to.displayName <$to.emailAddress>', (row) => expect(flagged(row.to)).toContain(row.found));
});

test('consumer mail and home internet providers of many countries are personal addresses', () => {
  const to = ['marielle.quay@orange.fr', 'n.pellerin@laposte.net', 'ivanna.shkurko@ukr.net', 'rthoms@netzero.net', 'lu.fernanda@bol.com.br'].map((emailAddress) => ({ displayName: '', emailAddress }));
  const v = scanMessage(msg({ subject: 'Groupe de soutien cancer du sein - prochaine séance', to }), defaultPolicy());
  expect(v.findings.filter((f) => f.detectorId === 'mass-disclosure').length).toBe(5);
  // The same people with no health in the message: nothing to disclose.
  expect(scanMessage(msg({ subject: 'Réunion des bénévoles - jeudi', to }), defaultPolicy()).findings).toEqual([]);
});

test('a surname that is a health word after a given name: only a surname of the lists, or after a title', () => {
  const one = (displayName: string, emailAddress: string) => scanMessage(msg({ to: [{ displayName, emailAddress }] }), defaultPolicy()).findings;
  expect(one('Grace Payne', 'grace.payne@gmail.com')).toEqual([]);
  expect(one('Gabe Parkinson', 'gparkinson@bellmoreimplant.com')).toEqual([]);
  expect(one('Tavita Quillagua PT, DPT', 'tquillagua@quillbrook.org')).toEqual([]);
  expect(one('Dr. Marguerite Fever', 'mfever@quillbrook-rx.com')).toEqual([]);
  expect(one('Amy Chemo', 'amy.q@gmail.com').length).toBeGreaterThan(0);
  expect(one('', 'kevin.dialysis@gmail.com').length).toBeGreaterThan(0);
});

test('results at work are no message about care: personal addresses in To are not disclosed by them', () => {
  const to = ['marisela.q@gmail.com', 'tquillagua@yahoo.com', 'mferrante.rn@outlook.com', 'zlatka.k@gmail.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  expect(scanMessage(msg({ subject: 'Strike vote results - THANK YOU', to }), defaultPolicy()).findings).toEqual([]);
  expect(scanMessage(msg({ subject: 'Balance class for fall prevention - week 2 handout', to }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length).toBe(4);
});


test('a unit or a health word right before a relative, set apart after a name: a patient\'s relative', () => {
  const one = (displayName: string, emailAddress: string) => evidenceFor(displayName, emailAddress, 'Discharge teaching Thursday');
  expect(one('Hana Quillagua (NICU mom - bed 9)', 'hana.q.m@gmail.com')).toEqual(['recipient.patient']);
  expect(one('Thu Quillagua - NICU twins mom', 'thu.q@yahoo.com')).toEqual(['recipient.patient']);
  expect(one('NICU Parent Advisory', 'nicu-pfac@quillbrook.org')).toEqual([]);
  expect(one('Ana Ruiz (NICU)', 'aruiz@quillbrook.org')).toEqual([]);
});

test('a resident with a room, and who acts for a resident, in brackets', () => {
  const one = (displayName: string, emailAddress: string) => evidenceFor(displayName, emailAddress, 'Family council reminder');
  expect(one('Edith Quillagua (resident, Rm 22)', 'edith.q22@aol.com')).toEqual(['recipient.patient']);
  expect(one('Helen Quillagua (POA for resident M. Quillagua)', 'hq.home@gmail.com')).toEqual(['recipient.patient']);
  expect(one('Edith Quillagua (resident)', 'equillagua@quillbrook.org')).toEqual([]);
  expect(one('Dr. Ana Ruiz (resident, room 4 call room)', 'aruiz@quillbrook.org')).toEqual([]);
});

test('a specialty set apart after a name: its patient at a personal address, its staff at the organisation', () => {
  const one = (displayName: string, emailAddress: string) => evidenceFor(displayName, emailAddress);
  expect(one('Alma Quintanar (oncology)', 'alma.q.tx@gmail.com')).toEqual(['recipient.patient']);
  expect(one('Maria Lopez - cardiology', 'mlopez.home@yahoo.com')).toEqual(['recipient.patient']);
  expect(one('Alma Quintanar (Oncology)', 'aquintanar@quillbrook.org')).toEqual([]);
  expect(one('Grateful Donors - Cardiology', 'donors-cardiology@quillbrookfoundation.org')).toEqual([]);
});

test('colleagues named at work on personal addresses are exposed only on a message about care', () => {
  const drs = [
    { displayName: 'Dr. Marisela Quintanar', emailAddress: 'mq.md@gmail.com' },
    { displayName: 'Tavita Quillagua, RN', emailAddress: 'tquillagua@yahoo.com' },
    { displayName: 'Zlatka Ferrante (Board)', emailAddress: 'zferrante@outlook.com' },
  ];
  const exposed = (subject: string) => scanMessage(msg({ subject, to: drs }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  expect(exposed('Speaker logistics - Sepsis Symposium')).toBe(0);
  expect(exposed('Quality committee - readmission and sepsis dashboard')).toBe(0);
  // Clinicians in a recovery or burnout group are its members: each learns the others are.
  expect(exposed('Alcohol use disorder recovery group - session 3 moved')).toBe(3);
  // An address as its own display name names no role.
  const plain = drs.map((r) => ({ displayName: r.emailAddress, emailAddress: r.emailAddress }));
  expect(scanMessage(msg({ subject: 'Speaker logistics - Sepsis Symposium', to: plain }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length).toBe(3);
});

test("a school's clinical-placement mailbox writes to students, not patients", () => {
  const to = ['marisela.q@gmail.com', 'tquillagua@yahoo.com', 'zlatka.k@outlook.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  expect(scanMessage(msg({ senderAddress: 'clinicalplacement@quillbrook.edu', subject: 'placement confirmations - Peds + NICU', to }), defaultPolicy()).findings).toEqual([]);
});

test('a private person at a home provider no list holds is exposed beside a listed personal address', () => {
  const exposed = (to: { displayName: string; emailAddress: string }[], subject = 'Cardiac rehab class moved to Tuesday') =>
    scanMessage(msg({ subject, to }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  const patients = [
    { displayName: 'Orla Quintanar', emailAddress: 'orla.q@gmail.com' },
    { displayName: 'Tevita Fonua', emailAddress: 'tfonua@sagebrushtel.net' },
    { displayName: 'Dolores Quillagua', emailAddress: 'dquillagua@canyonlink.com' },
  ];
  expect(exposed(patients)).toBe(3);
  // Without a listed personal address the unknown domains may be anyone's organisations.
  expect(exposed(patients.slice(1).concat([{ displayName: 'Ines Ferrante', emailAddress: 'iferrante@redmesaisp.net' }]))).toBe(0);
  // Outside clinicians: a title, a shared organisation, or an organisation's name in the domain.
  expect(exposed([patients[0], { displayName: 'Dr. Tevita Fonua', emailAddress: 'tfonua@sagebrushtel.net' }, { displayName: 'Dolores Quillagua', emailAddress: 'dquillagua@canyonhealth.com' }])).toBe(0);
  expect(exposed([patients[0], { displayName: 'Tevita Fonua', emailAddress: 'tfonua@mesaortho.com' }, { displayName: 'Dolores Quillagua', emailAddress: 'dquillagua@mesaortho.com' }])).toBe(0);
  // No health context: nothing to disclose.
  expect(exposed(patients, 'Parking lot repaving on Tuesday')).toBe(0);
  // A practice or a firm of the person's own: the domain carries the name or a trade.
  expect(exposed([patients[0], { displayName: 'Tevita Fonua', emailAddress: 'tfonua@fonuaortho.com' }, { displayName: 'Dolores Quillagua', emailAddress: 'dq@mesaderm.com' }], 'Tumor board agenda - Thursday')).toBe(0);
});

test('a research or safety board\'s list is its staff, whatever condition names the study', () => {
  const one = (displayName: string, emailAddress: string) => scanMessage(msg({ to: [{ displayName, emailAddress }] }), defaultPolicy()).findings;
  expect(one('DSMB Members HEART-QUILL', 'dsmb-heartquill@quillbrook.edu')).toEqual([]);
  expect(one('Lupus Research Group', 'lupus-research@quillbrook.org')).toEqual([]);
  expect(one('Lupus Support Group', 'lupus-support@quillbrook.org').length).toBeGreaterThan(0);
});

test('a name of the shared list of every origin makes a display name a person\'s, whatever the domain', () => {
  const one = (displayName: string, emailAddress: string) => scanMessage(msg({ to: [{ displayName, emailAddress }] }), defaultPolicy()).findings;
  expect(one('Yohannes Alemu (PrEP)', 'yalemu@sagebrushtel.net').length).toBeGreaterThan(0);
  expect(one('Quillbrook Pharmacy (PrEP)', 'prep@quillbrookrx.com')).toEqual([]);
});

test("the staff's games and offered shifts are not addressed to patients; a support group's gathering is", () => {
  const to = [
    { displayName: 'Keisha M', emailAddress: 'keisha.quill@gmail.com' },
    { displayName: 'Tomasz W', emailAddress: 'tomekw79@yahoo.com' },
    { displayName: 'Hao Lin', emailAddress: 'haolin.home@outlook.com' },
  ];
  const exposed = (subject: string) => scanMessage(msg({ subject, to }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  expect(exposed('Softball roster - L&D vs NICU, Sun 2pm')).toBe(0);
  expect(exposed('Available shifts - Tagalog interpreters, Oncology at Dialysis (Dec)')).toBe(0);
  expect(exposed('Celiac support group - gluten-free potluck Sunday')).toBe(3);
});

describe('mass disclosure: personal addresses in To with health context (this round)', () => {
  const to = ['oona.vale@gmail.com', 'b.tamsin81@yahoo.com', 'kofi.reyes@outlook.com', 'ines.duarte@hotmail.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  const disclosed = (subject: string): number => scanMessage(msg({ subject, to }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  test.each(['Home infusion deliveries move to Tuesdays', 'Bring your aligner case to the debond appointment'])('%s: each address is flagged', (subject) => expect(disclosed(subject)).toBe(4));
  test.each(['Certificates for the naloxone train-the-trainer session', 'Overdose response instructor course - trainer certificates'])('%s: trainers are no patients', (subject) => expect(disclosed(subject)).toBe(0));
});

describe('mass disclosure: a treatment programme or a care agency as the sender (session 45)', () => {
  const to = ['oona.vale@gmail.com', 'b.tamsin81@yahoo.com', 'kofi.reyes@outlook.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  const disclosed = (senderAddress: string, subject: string): number => scanMessage(msg({ senderAddress, subject, to }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  test.each([
    ['nurse.line@fernwoodhomehealth.example', 'New phone number for the after-hours nurse'],
    ['admin@pinebrookrehab.example', 'Visiting hours change on Monday'],
    ['prep.navigator@examplechc.org', 'Quick survey - 5 questions'],
    ['iop-group@examplehealth.org', 'Room change for Thursday'],
    ['admin@oakviewnursinghome.example', 'Flu season visiting rules'],
  ])('%s writing "%s" to three personal addresses discloses them', (sender, subject) => expect(disclosed(sender, subject)).toBe(3));
  test.each([
    ['prep.kitchen@examplehealth.org', 'Quick survey - 5 questions'],
    ['events@examplehealth.org', 'Visiting hours change on Monday'],
    ['php-dev@examplehealth.org', 'Code review Friday'],
    ['infusion.pharmacy@examplehealth.org', 'Quarterly vendor meeting'],
    ['hr@cedarhomehealth.example', 'Direct deposit change'],
    ['sales@homecaresupplydepot.example', 'Spring catalog'],
    ['prep.kitchen.team@examplehealth.org', 'Kitchen schedule'],
  ])('%s writing "%s": no programme named, no health, nothing disclosed', (sender, subject) => expect(disclosed(sender, subject)).toBe(0));
});

describe('mass disclosure: colleagues and the public (session 38)', () => {
  const to = ['oona.vale@gmail.com', 'b.tamsin81@yahoo.com', 'kofi.reyes@outlook.com', 'ines.duarte@hotmail.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  const disclosed = (subject: string, recipients = to): number => scanMessage(msg({ subject, to: recipients }), defaultPolicy()).findings.filter((f) => f.detectorId === 'mass-disclosure').length;
  test.each(['CME credits for the sepsis grand rounds', 'Capital campaign thank-you - new infusion center'])('%s: no patients', (subject) => expect(disclosed(subject)).toBe(0));
  test('a support group is still its members', () => expect(disclosed('Lupus support group moves to Thursday')).toBe(4));
  test("covering a unit or a service is a shift's business, for the staff on it (session 42)", () => {
    expect(disclosed('Thanks Mike for covering the ICU this weekend')).toBe(0);
    expect(disclosed('Can anyone cover the ED Saturday night?')).toBe(0);
    expect(disclosed('Fax cover sheet for cardiology referrals')).toBe(4);
  });
  test('interpreters, promotoras and volunteers written to as a group are workers, in their languages (session 43)', () => {
    expect(disclosed('Promotoras: campaña de vacunación VPH en las escuelas - turnos del sábado')).toBe(0);
    expect(disclosed('Curso de atualização para intérpretes médicos: terminologia de oncologia')).toBe(0);
    expect(disclosed('Refresher course for medical interpreters: oncology terminology')).toBe(0);
    expect(disclosed('Interpreter for your colonoscopy Tuesday')).toBe(4);
  });
  test('a postnatal or a quit-smoking group, and throat swab results, are care (session 42)', () => {
    expect(disclosed('Postnatal group - wk 3 feeding session')).toBe(4);
    expect(disclosed('Quit group wk 3 - bring your CO reading card')).toBe(4);
    expect(disclosed('Sore throat swab results - letters going home today')).toBe(4);
  });
  test("the organisation's interpreters, a volunteer choir, retirees, reviewers and caterers are no patients; a class, a supply or a patient's feeds are care (session 44)", () => {
    expect(disclosed('Interpreter shifts - oncology clinic Tue/Thu')).toBe(0);
    expect(disclosed('Hospice choir - spring concert rehearsal')).toBe(0);
    expect(disclosed('Retiree luncheon - former NICU nurses')).toBe(0);
    expect(disclosed('Grant reviewers - asthma pilot awards')).toBe(0);
    expect(disclosed('Catering quotes for the heart health fair')).toBe(0);
    expect(disclosed('Prehab class moved to Room 2 on Monday')).toBe(4);
    expect(disclosed('Recall of insulin pen needles - check your lot number')).toBe(4);
    expect(disclosed('Oxygen tank delivery day moves to Friday')).toBe(4);
  });
  test('two everyday-sense health words together read as care', () => {
    expect(disclosed('Reminder: retest in 6 weeks - window period')).toBe(4);
    expect(disclosed('Reminder: retest the fire doors in 6 weeks')).toBe(0);
  });
});
