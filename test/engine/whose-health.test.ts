import { COMBINATION_ID, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/**
 * Spec, "Whose health, and who is a person": health information about a
 * person, not about a workplace; organisations, places, vendors and animals
 * are not people; department numbers are not a person's phone. Fictitious
 * rows written for these rules (none from the corpora), with contrast pairs:
 * the same shape that does carry a person's health.
 */
const policy = defaultPolicy();
const scan = (m: Partial<Message>) => scanMessage(msg(m), policy);

const clean: [string, string][] = [
  // Session 56: a clinician's credential for a kind of care, a drug glossing the pump it runs in, an employee's review,
  // a resident's hair appointment, a firm named for its trade, a code run by staff, a study's start-up beside its
  // coordinator.
  ['NIHSS cert overdue - Renata Quiroga, 3N', 'a credential for a test after its word'],
  ['Ines Marsh certified in NIHSS last week', 'a credential before its test with "in"'],
  ['Competency day: Odhran Pike - epidural pump (fentanyl)', 'a drug in brackets glossing the pump a nurse is validated on'],
  ['Performance eval - Halloran, Brigid (Cardiac Cath)', "an employee's review"],
  ['Salon appt for Mrs. Okonedo moved to 2pm', "a resident's hair appointment"],
  ['Rosalind from Tamsin Labs dropping off tube racks', 'a firm named for its trade'],
  ['Big thanks to Anselm Reyes, who ran the rapid response on 6 West', 'a rapid response run by a nurse among thanks'],
  ['Welcome Petra Lindahl, study coordinator - asthma trial kickoff', "a study's start-up beside its coordinator"],
  // A theatre's operations counted as cases; how often a screening is due, opening the field.
  ['Kessler: loaner sets for 4 TKA cases Tuesday', "a procedure's cases are a theatre's list"],
  ['Quarterly TB screening due - 7N and 7S', 'how often a screening is due is no name'],
  // Pets in Russian, Korean and Persian.
  ['Собака Рекс Волков — анализ крови на завтра', "a dog's blood test (Russian)"],
  ['고양이 나비 중성화 수술 일정', "a cat's neutering (Korean)"],
  ['گربه آقای رستمی - واکسن هاری', "a cat's rabies vaccine (Persian)"],
  ['Kühlraum Temperatur 6,8 - Apotheke Brandt', "a cold room's temperature with a decimal comma is out of a body's range"],
  ['Marta Lindqvist - temp 37,5 h/week from April', "a temp's hours with a decimal comma"],
  ['Reweigh fee disputed - Ana Quist in receiving', "a dock's reweigh needs another health word"],
  ['Odile Brandt reported latch issues on the med room door', "a door's latch"],
  // Session 55: a relative's death in condolences, a storm's given name, a department in brackets after a name, an
  // employer's eligibility, a respirator's fit test written as a word, a skills check-off, a job's assistant.
  ['Sympathy card in the 4W break room - Dr. Ibarra\'s mother passed away', "a colleague's loss in condolences"],
  ['Tropical Storm Odette closures - insulin refills may go out early', "a storm's given name"],
  ['so glad to see Tavita back!! (Patient Transport)', 'a department in brackets after a name'],
  ['Rehire eligibility - Colm Ferriter', "an employer's eligibility, not a health plan's"],
  ['CRRT checkoff - Renata Vukovic', 'a skills check-off is a credential'],
  ['Offer accepted: Imogen Achebe, Lab Assistant', "a job's title"],
  // A lone name after "via", or after "from" among products, is who a thing comes through; after "at" closing a clause, a
  // site; paged, a clinician; before "ETA", who is on the way. Rating scales and firms named for someone.
  ['Shingrix allocation: 300 doses via Kittredge', 'a supplier after "via"'],
  ['park hip-hop class for cancer survivors', 'a rhyming pair after a Korean surname is no given name'],
  ['sent an e-mail to the pt about her biopsy', 'a one-letter half is no syllable of a name, "an" no surname in lower case'],
  ['Condolences - Dr. Ibarra\'s mother has passed away', 'a perfect tense between the relative and the death'],
  ['insulin pen needles: 12 boxes from Halvorsen by Fri', 'a supplier after "from" right after a product\'s word'],
  ['Strep positives climbing - 11 this week at Adeyemi', 'a site after "at", closing the clause'],
  ['bed 14 hypotensive, MAP 58 - notified Okafor', 'the clinician told'],
  ['Okoye Rides NEMT - 12 missed dialysis pickups in Oct', 'a ride firm named for its owner'],
  ['ADHD follow-up packets - Vanderbilt scales reprinted', 'a rating scale named for its university'],
  ['Brunch for breast cancer survivors at Delmonte Boutique', 'a shop named for its owner'],
  // Session 54: a firm named for its owner by its trade (guards, a pathology group, a practice's "A & B"); an internal
  // extension after "at"; a billing code's system before the number; a month after a vehicle's "Van"; NASH in capitals.
  ['Badge reader down at loading dock - Okimura Security ticket 40217', "a guard firm named for its owner"],
  ['Specimen courier now runs to Varela GI Path from Monday', 'a pathology group as labs shorten it'],
  ['Your Quintanilla Bone & Joint invoice - autopay setup', "a practice's trade joined by \"&\" after the name"],
  ['questions? call Thuy at x4471 re: urine culture supplies', 'a colleague reached at an internal extension'],
  ['Newborn visit CPT 99460/99461 payer matrix', "a billing code's system before the numbers"],
  ['Lab visit 80053/80061 bundling question', 'codes joined by a slash are a list'],
  ['Dexa van route Nov - Elmhurst, Ridge Plaza', 'a month after the van'],
  ['Journal club: 61M NASH with F3 fibrosis', 'NASH in capitals is the disease'],
  ['tomas says the pt in bed 7 pulled his iv', 'a colleague reporting what he saw'],
  ['fair booth budget k 2.5 approved', 'no name: a sum is no result without one'],
  ['diabetes support group - Okafor conf rm', "a conference room's name"],
  ['free A1c checks at Westbury Mall Saturday', "a shopping centre's name"],
  ['vanc dosing nomogram reprinted - thanks Priya', 'the one thanked'],
  ['thank you Odette Marchal for the sepsis chart audit', 'the one thanked for work'],
  ['Phantom CT results back from physics', 'a word not name-like enough when only awaited results say so'],
  ['levetiracetam IV to PO conversion table - Ruth Okafor, pharmacy', 'a department closing the field after the name'],
  ['camp physical forms - pediatrics front desk, Tamsin', "a desk's word before the name that signs"],
  ['enoxaparin shortage - kowalski', 'a lone lower-case name in a field about products'],
  ['teen IOP handout (jasmine, tyler, grace) - vaping', 'a series of names in brackets is no "last, first"'],
  ['ayuda! se trabó la impresora de etiquetas de insulina', 'a word called out opening the field'],
  ['Statement - Brookfield Surgical cust acct 0071234, 90+ days', "a customer account with a supplier"],
  ['Ortwin tote for 4 North never arrived - IV tubing', "a supplier's tote"],
  ['harlow & finch urgent care - new flu clinic dates', 'a firm named for two people, in lower case'],
  ['Ferreira - MRI 2 helium top-up Sun', "a scanner's service"],
  ['Gallo - CT gantry noise again', "a scanner's service"],
  ['Vantree rep in OR without appt - Priyanka', "a firm's rep in the OR, and the colleague told"],
  ['Halvorsen specialty IVIG allocation cut', 'a specialty distributor before the drug'],
  // Session 53: stock and accreditation are a product's and a service's; a talk's presenter and a topic after it; an analysis
  // credited to its author; a product's rep; a technologist's credential; a surgeon's block schedule.
  ['Mirena stock at 3 - check with Jensen', "a drug's stock, and the colleague who keeps it"],
  ['Nuclear cardiology accreditation visit - Kim Tran', "a service's accreditation"],
  ['Spine conf Weds 0700 - Andrei presenting cauda equina', "a conference's presenter and the topic he presents"],
  ['Readmission dashboard for CHF - Priya\'s analysis', 'an analysis credited to its author'],
  ['Viscosupplement rep lunch Weds - Tomas Reyes', "a product's rep"],
  ['Karolina Wrona, CNMT - SPECT camera QC', "a nuclear medicine technologist's credential"],
  ['Priyanka - RTHA block schedule OR 4', "a surgeon's block schedule"],
  ["Emeka's 1yr fellowship in hand surgery starts July", "a clinician's training post after the possessive"],
  ['Dr. R. K. Venkatesh chairing tumor board Weds', "a doctor's title before two initials"],
  ['Harper-Hall renovation delays infusion chairs', 'a given name hyphenated to a place word names the place'],
  ["Sofia's ICU rotations for fall", "a unit between the possessive and a training post"],
  ['Prediabetes cohort 2 - week 6 now in the Hansen room', 'a capitalised word between "the" and a room word names the room'],
  ['Warfarin double dose caught on 5E - great save by Maria', 'the one credited with a save'],
  ['የስንብት ምሳ ሐሙስ - ለአቶ ተስፋዬ (ፋርማሲ)', "an Amharic farewell lunch for a pharmacy colleague"],
  ['申請様式 変更 - 大腸内視鏡 予約', 'a form (様式) is no honorific'],
  ['院内薬局様 インスリン在庫の確認', "an organisation's noun before the honorific"],
  ['Campanha de vacinas na UBS Jardim Europa', 'a Brazilian neighbourhood named after its head'],
  ['si Ana viene mañana al taller de diabetes', 'Spanish "si" is no article of persons: no Tagalog word in the field'],
  ['aso ni Bantay - bakuna sa rabies', "someone's dog in Tagalog"],
  ['Schwartz rounds 12/4 - when the patient is one of us', 'rounds named for a person are a staff forum'],
  ['Downpour floods the clinic lot - flu shots moved', 'an English word in -pour is no Persian surname'],
  ['Nouvo nimewo faks klinik la: (617) 555-0190 - pou preskripsyon', "a clinic's fax line in Haitian Creole"],
  // Session 52: a credential's comma still names staff; a simulation's patient; leave after a death in the family; a
  // trainee's count of procedures; a veterinarian's patient is an animal.
  ['Welcome Ines Varga, PA, to urgent care nights', 'a credential after a comma with no state of an authorisation after it'],
  ["ob sim - 'Baby Rose' respiratory distress - need RT", 'a named manikin in a simulation'],
  ['Dr. Okafor out this week - bereavement', 'bereavement alone is leave'],
  ['Resident procedure counts: LPs, paras, art lines', "a trainee's log of procedures names no patient"],
  ['Biscuit the beagle - vet recheck for ear infection', "a vet's patient that is a dog"],
  ['RECALL - Quenvora lisinopril 10 mg NDC 60219-1102-05, lots QX3301 QX3302', "a drug's code and lots make a product notice"],
  ['FW: Marrowby allocation - saline bags down to 40%', 'one word before a supply word is the supplier'],
  ['FW: Tessaly-Brook Dear HCP letter - insulin pen labeling', "a maker's letter to prescribers"],
  ['question on apixaban dosing from Ines Varga, ED pharmacist', 'a clinician title after a comma is the role'],
  ['phone tree - Northside PT 555-0132, fax 555-0133', 'PT in capitals is physical therapy, not a patient'],
  ['pt SCANNER LABEL jammed - admissions desk', 'capitals after a patient word with no clinical term are a device'],
  ['Rex vet appt Tues - then Marine Corps run', 'a military word two words or more from "vet" leaves the pet a pet'],
  ['Donor stewardship visit with Mr. and Mrs. Odum - cardiac wing tour', "a donor's stewardship visit is no encounter"],
  ['flu shots at Maple Grove parish hall Sunday', 'two capitalised words before a place noun after "at" name the place'],
  ['BP screening booth - hep C info, Pa Nhia Lor coordinating', 'a full name before a verb of work that closes the field'],
  ['Aso ni Ate Rosa may sakit, absent bukas', "a Tagalog dog's owner: the dog is sick"],
  ['Lis pasyan pou sal atant la', 'Haitian Creole "pou" (for) is no name'],
  ['Dana Ortiz passed - exam results posted by HR', 'two English words that need support do not support each other'],
  ['Annual eval results - Dana Ortiz, HR', 'an evaluation at work'],
  ['Иван Петров результат анализа рынка', 'a result of an analysis with a word that qualifies it (a market)'],
  ['김민수 차량 검사 결과', "a vehicle's inspection result"],
  ['PO 5530 insulin syringes for Henry Lindahl', 'a name after "for" with no care of the person after it is the supplier'],
  // Session 51: a teacher's class; a place named after "the"; a paper sent on to a colleague; a list of eponymous diseases;
  // a condition's service covered among staff words; occupational health shortened.
  ["flu case in Ms. Adeyemi's 4th grade - notice to parents", "whose grade it is names the teacher"],
  ["head lice in Mr. Tanaka's homeroom - letters home", "whose homeroom it is names the teacher"],
  ['TB skin tests read at the Piedra Alta camp Monday', 'two words after "the" before a place noun name the place'],
  ['claim forms done, forward to Hollister when you can', 'who a paper is forwarded to handles it'],
  ['Boards prep: Addison disease, Cushing, Conn', 'a list of eponymous diseases goes on after the first'],
  ['Route to Dana Kim: auth queue for CTs', 'a full name after an instruction to send a paper on'],
  ['Thanks Mike for covering stroke at clinic', 'among staff words the stroke service at clinic is work'],
  ['Occ health flu shot clinic moved to Tues', 'occupational health shortened is no name'],
  // Session 51, second pass: a naming to a post; a manager's unit; a school's pupils; common English words beside a
  // full name stay business.
  ['Appointment of Ngozi Adeyemi as interim CNO', 'an appointment "of" someone "as" a role is a naming to a post'],
  ["HCAHPS scores - pt experience (Halvorsen's unit)", "whose unit it is names its manager"],
  ['Dental varnish day - Kessler elem 1st graders', "a school's name before its pupils"],
  ['Parking appeal - Tomasz Wrobel', 'an everyday word that is a common English word needs support'],
  ['Q3 results - Tomasz Wrobel', 'results are anyone\'s'],
  ['referral bonus - Tomasz Wrobel', 'the shorthand is not beside the name'],
  // Session 51, review: surveys and teaching papers for all patients; romanised words in Title Case are names; an acronym
  // before a product's or a measure's noun.
  ['Oduya Chen: patient satisfaction survey Q3 summary', 'a survey of all patients is a work product'],
  ['pt education handouts - reprint for Lin Feng', 'teaching papers for all patients'],
  ['Lunch with Wang Zhuyuan Thursday', 'a pinyin word in Title Case is a given name'],
  ['Fen Wu FET samples order', 'an acronym before "samples" is a product'],
  ['Nadia Stroud VOC readings, 2nd floor', 'an acronym before "readings" is a measure'],
  // Session 50, third pass: a clinic's triage among thanks and cover; a patient department's representative.
  ['thanks Odette for covering TB clinic intake this am', "a clinic's intake among thanks and cover is its work"],
  ['kendra - glucometer strips expired on 5W, reorder', 'a colleague hailed about stock: a given name set apart before a condition word'],
  ["kendra's ekg class moved to rm 2", 'a possessive before a class: the clinical word names the teaching'],
  ['Patient Access rep Hana Mesfin starts Monday at Eastgate', "a patient department's representative"],
  // Session 50, second pass: a possessive's care that goes on to research work; a cardio class; a gym card; a guide dog's
  // own vet visit.
  ["Poster - Ana Ruiz's MRI study design", 'the care goes on to the work, in a poster'],
  ['Cardio kickboxing class - Ana Ruiz leads', 'a fitness class'],
  ['carteirinha da academia 88420177 - renovação anual', "a gym's membership card"],
  ['Guide dog for Ana Ruiz - vaccines due, vet visit', "the dog's own care"],
  // Session 50: an author's possessive goes on to the work; a system outage; a courier's route; work handed over while
  // away; a laboratory company; a records desk's fax line.
  ["Slides: Dr. Nakamura's sepsis lecture for Thursday", "an author's possessive before the work"],
  ['Claims outage - Westbrook Hanley clearinghouse 0200-0400', "a system's outage is no one's claim"],
  ['Lab courier - Corin route 6 running late (snow)', "a courier's route"],
  ['Dr. Ohara out Weds for surgery cases, clinic coverage', 'the cases are work handed over, not his own surgery'],
  ['Veltrano Genomics - carrier screening results batch 9', 'a laboratory company by its trade'],
  ['Medical records: 555-0168 is the new fax line', "the records desk's fax line is no record number"],
  // Session 49: a room named for a donor, an award's name in capitals, a colleague's written work, a QC chart.
  ['Lymphoma survivors meet in Hawthorne Rm Thursdays', 'a room named in Title Case, no number after it'],
  ["DAISY award reception - a patient's family will speak", 'a given name alone in capitals is an award'],
  ["Kwame's spreadsheet for the A1c outreach", "a colleague's spreadsheet"],
  ['Levey-Jennings plots - hemoglobin, Oct', "a laboratory's QC chart named for two authors"],
  ['Oral chemo refill - Mg 1.3', 'a route of a medication is no name'],
  ['Rectal temp 100.9 - recheck in 1h', 'a route of a temperature is no name'],
  // After the review: a device before a room code; a nurse's surname after her credential in lower case.
  ['Alaris 5N12 alarm again - heparin gtt', 'a pump in a room is no patient'],
  ['rn diaz 4W-402 pls call re insulin drip', 'a nurse in a room, her credential before her surname'],
  ['Welcome to the surgery recovery unit, Marisol', "a recovery unit is a workplace"],
  // Session 48: a staff contact at an extension; an acronym's plural; a principal investigator's lab; telegraphic lines
  // about staff, equipment and other languages.
  ['Prior auth form question - call Teodora Blaylock x5531', 'a staff member reached at an extension'],
  ['DME vendor form - ask Quentin Marsh ext. 7710', 'a staff member at an extension after "ext."'],
  ['Breast cancer pilot grants - RFPs due 2/14', "an acronym's plural is no name"],
  ['Freezer alarm - Lindqvist lab move 3/3', "a research group's move"],
  ['Radiation safety audit - Okonjo lab, 4/9', "a research group's audit, closing its clause"],
  ['walker rx for the 4W supply room', 'a walker is a device, and a given name is not read here'],
  ['crispr gene therapy seminar notes 1200', 'a given name is not read in a lower-case line'],
  ['page dr halvorsen about rm 7, sats 86%', "a clinician's title before the surname"],
  ['tout anplwaye dwe pran vaksen grip yo vandredi', 'another language typed in lower case'],
  ['Workstation re-imaging - Priscilla Vane, asset tag QX-4410', "a computer's imaging is IT's"],
  ['Oromo interp for Friday clinic - Abdiwali Farah covering', 'an interpreter booked for a clinic, a colleague covering'],
  ['Need Tigrinya interpreter for Cardiology clinic Tues', 'an interpreter for a clinic'],
  // After the second review: an interpreter booked for a colleague's event; a student's clinicals, a face-to-face
  // meeting and a sales tax beside a full name.
  ['Interpreter for Marit Solvang retirement party', "an interpreter at a colleague's party"],
  ['Congrats Wren Talbot on finishing clinicals!', "a student's clinical rotation"],
  ['F2F with Dorian Pryce re budget', 'a face-to-face meeting'],
  ['Idris Kamau invoice - HST included', 'a sales tax'],
  // After the round's review: a credential or a workplace after the surname, an office's number, a service's line.
  ['bed 9 delacourt rn assigned, sepsis pt', 'a credential in lower case after the surname'],
  ['rm 6 pemberton np seeing copd consults', 'a nurse practitioner by a room'],
  ['room 2 ashcombe office - copd forms dropped off', "a colleague's office"],
  ['office 11 thornbury - copd spirometry forms', "an office's number is no bed"],
  ['pulmonology on call - whitlock - copd consults to medicine', "a service's on-call line"],
  // Session 47: a lone name before "presenting" that closes the field gives a talk; drugs as a topic of a data brief.
  ['JC: Wilson disease in ALD - Adeyemi presenting', 'the presenter of a journal club'],
  ['Accepted - Tri-Lakes CVICU bed 4, call report to 555-0148', 'a region named with "Tri-", a unit by its service'],
  ['Thanks Mike for covering the SICU this weekend', 'a unit named by its service is where staff work'],
  ['Cataract talk by Dr. Imani Reyes at Alder Kiwanis', 'a service club named for its town'],
  ['ABR equipment calibration due', 'a test as equipment'],
  ['Stark/AKS review - medical director agreement Dr. Okoro, Sleep Lab', "a clinician's department after a comma"],
  ['Kooxda hooyooyinka uurka leh - Sabtida 10am', 'a Somali weekday opening a part'],
  ['Paalala: flu shot clinic bukas 9am', 'a Tagalog "reminder" opening a subject'],
  ['Interrogation techniques - Kessler training', 'an interrogation with no device'],
  // After the round's review: words of substance-use treatment, plans and reviews that are everyday elsewhere.
  ['Reimburse Priya Nair 1,250 AUD - Sydney conference', 'a currency'],
  ['401k hardship withdrawals - Hector Ramirez form', "a retirement plan's withdrawals"],
  ['Aftercare pickup for Sofia Chen - school closes at 5:30', "a school's aftercare"],
  ['PR crisis plan draft - Jordan Ellis', "a press office's crisis plan"],
  ['ABR MOC deadline reminder - Kevin Wu', 'a board of radiology'],
  ['Maya Chen PA letter of recommendation', "a physician assistant's letter"],
  ['Dana Kim chocolate cravings - bake sale Friday', 'cravings of a bake sale'],
  ['Smith v. Harlow lead case - counsel update for Ruth Abrams', "a lawsuit's lead case"],
  // After the second review: a clinic's ribbon cutting; a ticker; a Spanish acronym before a go-live date.
  ['Sleep clinic ribbon cutting - Mayor Delgado', "a clinic's opening"],
  ['Ravi Patel 401k - BAC shares', 'a ticker'],
  ['FDN 2026-04-15 go-live checklist', 'an acronym before a go-live date'],
  // ... and work named for a condition or a drug after a clinician's absence.
  ['Dr. Kim out Fri - diabetes education moved to Tues', 'a class moved while the clinician is away'],
  ['Dr. Lee off - asthma talk rescheduled', 'a talk rescheduled'],
  ['Dr. Haddad out Fri - Paxlovid approvals go to Dr. Lindgren', "a drug's approvals as work"],
  ['Dr. Patel out - insulin pump starts moved to Dr. Ruiz', "a therapy's starts as work"],
  ['Thanks Jamal for covering the sleep lab', 'a lab is where staff work'],
  ['SOW - Kessler Imaging MRI service', "a statement of work names a vendor's service"],
  ['Mammo van - Las Lomas, Tues 9-3', 'a place opened by a Spanish article'],
  ['Vacunas de influenza - clínica en Las Cruces', 'a town opened by a Spanish article'],
  ['58 yo F w chest pain in bay 2 - could Brandt see her now?', 'the one asked to see her gives the care'],
  ['(Halvorsen panel) mammogram recall list for Q3', "a recall list is work on a clinician's panel"],
  ['Grand rounds: Wilson disease in ALD - Adeyemi presenting', 'the presenter of grand rounds'],
  ['Cocaine and heroin trends - county data brief', 'drugs of the news, no person'],
  ["Dr. Kim's team - aftercare planning retreat", "aftercare as a team's work"],
  // Session 46: a river's bend; a donor's public room in lower case; members listed after a group's label; a colleague
  // addressed before the care of someone in a room; preparation for an audit.
  ['Norovirus at Aspen Bend - hold admissions 72 h', 'a place ending in a bend'],
  ['Staff flu shots + TB screening - Ravensworth Lobby 1/6-1/9', "a donor's lobby"],
  ['Fall with injury 6S 1/14 - RCA committee: Okonjo, Lindgren, Petrakis', 'members listed after a committee\'s label and a colon'],
  ['Med error 5W - review team: Castellanos, Obuya', 'members listed after a team\'s label'],
  ['Staff flu shots + TB screening - Ravensworth lobby 1/6-1/9', "a donor's lobby typed in lower case, health before the name"],
  ['Biomed ticket - IV pump alarm 6N rm 604', 'a department in shorthand, not a name'],
  ['LUNA-2 study visit reminder - bring your glucose log', "a trial's code in capitals"],
  ['Odette (unit clerk) - MRI and CT slots for Jan', 'a job in brackets after the name, tests as work'],
  ['Tupou Catering - diabetes education lunch order', "a caterer named for its owner"],
  ['Warsame Halal Market - hypertension screening table', 'a market named for its owner'],
  ['amox suspension shortage - peds substitution table by Keisha', 'the author of a table'],
  ['Pyxis 10yo refresh - insulin drawer audit', 'a product has no age'],
  ['Q2 colonoscopy counts by provider (Halvorsen 188 / Adeyemi 161 / Ruiz PA 74)', 'a table of figures per clinician'],
  ['Statin measure - Okonkwo panel 78%, Brandvold 66%, goal 75', "a measure's rates per clinician's panel"],
  ['overdue mammograms (Okonkwo panel), pls outreach', "a clinician's panel of patients"],
  ["Tamsin's TAVR cases move to Thursdays", "a clinician's cases of a procedure"],
  ['EHR tip: sepsis smartphrase for ED triage (Oluwaseun built it)', 'the maker of a piece of work'],
  ['Pulse oximeters - 2 missing, last signed out by Thandiwe', 'the one who signed the equipment out'],
  ['Tdap stock low - reorder from Halvorsen Vaccine Dist.', 'a distributor shortened'],
  ['FY27 capital - oncology infusion chairs (Margit Solberg Cancer Ctr)', 'a centre shortened "Ctr"'],
  ['Hep C isolation cart - new unit from Kowalczyk Biomed', 'a biomedical firm shortened'],
  ['Pressure injury review - reviewers: Haddad & Brennan', 'members listed after "reviewers:"'],
  ['Priyanka - can you see 5E-412 for a PT eval?', 'the colleague addressed, the patient is in the room'],
  ['Hi Tomasz, BP 188/104 in 7W-220, can you recheck', 'a greeting before the colleague addressed'],
  ['USP 800 audit prep - Keiko + Darnell walking the IV room', 'preparation for an audit, not PrEP'],
  ["Kim's BP cuff order for 3N", 'equipment after a possessive analyte'],
  ["Stanford's EF calculator - update the link", "a tool after a possessive analyte"],
  ['Thermostat and vent settings - Ruiz office too cold', 'a duct\'s vent is no ventilator'],
  // Session 45: a pet in Spanish; a Chinese word for tomorrow; a Portuguese intensive care unit; a teaching case; a
  // colleague's trip after a possessive.
  ["Re: Mark Tressider's visit to Lisbon", 'a visit after a possessive is a trip'],
  ['will miss rounds tmrw - ct head teaching', '"miss" as a verb before no name'],
  ['Marrow Glen turns 90! Gala in the atrium', "an institution's years beside a gala"],
  ['we will miss schultz in dialysis', '"miss" after a verb\'s helper is the verb'],
  ['Mi perrita Luna tiene cirugía el lunes, salgo temprano', 'a little dog, in Spanish: an animal is no patient'],
  ['明天化疗室搬到三楼', '"tomorrow" opens the subject: no name'],
  ['Despedida da enfermeira Paula Vieira (UTI Neonatal) - sexta', 'a nurse\'s farewell beside the neonatal intensive care unit'],
  ['PGY-3 resident Ana Ruiz presenting the DKA case at morning report', 'a condition between an article and "case": a teaching case'],
  // Session 44: Spanish place names; buildings and rooms named for a person, head first; a Polish disease's eponym; a
  // county's abbreviation; "Patient ..." departments after a preposition; a surname that is a disease's, in a file name;
  // a US programme named for a person.
  ['Knee scope Tues at Cerro Verde - bed confirmed', 'a Spanish place name: its noun, then its adjective'],
  ['Prior auth denials - Agua Fria MA plan, 9 claims', 'a health plan named for a place'],
  ['Mammo van at Loma Alta Thursday - screening slots open', 'a Spanish place name where the van parks'],
  ['Taller de nutrición, salón Dolores Huerta - diabetes', 'a room named for a person, its head first'],
  ['Zespół Downa - warsztaty dla rodzin', "a Polish syndrome's eponym after its head"],
  ['Records subpoena - Maddox Cty - ER visit', "a county's abbreviation after its name"],
  ['Welcome Dana Okafor to Patient Access', 'a department named "Patient ..." after a preposition'],
  ['Lunch with Priya Raman from Patient Experience', 'a department named "Patient ..." after a preposition'],
  ['Ryan White site visit prep - binder due Fri', 'a federal HIV programme named for a person'],
  ['Dr. Lee started chemo teaching for the new RNs', 'a treatment started as teaching, the clause going on to the work'],
  ['Nurse Amy started an IV on bed 4', 'an article before the treatment: care given'],
  ['Sympathy card for Mateo (Lab) - his grandmother passed Friday', "condolences for a relative's death, no place of care nor cause"],
  ['Sympathy card for Kwame - his mother died Sunday', "condolences: a relative who died, no place of care nor cause"],
  ['Welcome Lisa Chen - just started Dialysis, say hi', 'a start beside a welcome is a new job'],
  ['Maria Lopez started PT - new hire orientation', 'a start beside an orientation is a new job'],
  ['Congrats to Jen Park and Mike Ross - they eloped in Vegas!', 'couples elope too: "eloped" needs support'],
  ['Feeding pump recall - Biomed contact Mike Ross', "a device's recall and the contact for it"],
  // Session 43: a parent's call alone; a lab named after its founder; a company's legal form; a broken thing.
  ['receta_mama - foto', "what a child calls a parent names a relative by role, not a person"],
  ['Invoice 0913 - Ribeiro Lab Ltda', "a company's legal form after the name: an organisation"],
  ['Ribeiro Forniture Srl - consegna guanti', "an Italian company's legal form"],
  ['Laboratorio Ribeiro Amancio - fattura glicemia strisce', 'a head that comes first: a lab named for its founder'],
  ['Maria Lopez broke the news to the ICU team', 'a broken word that is no bone'],
  ['Broken link on the intranet for Maria Lopez - cardiology page', 'a broken thing that is no bone'],
  ['MAP 2025 strategy offsite - Maria Lopez', "a plan's acronym before a year, not a mean arterial pressure"],
  ['Medical leave policy - knee surgery recovery FAQ', 'a leave without a person'],
  ['Autorizacion_divulgacion_plantilla_2025', 'a blank authorisation form'],
  ["Cat scratch case - 'Mittens' in quarantine, owner called back", "animal control's case: the animal's quarantine and owner"],
  ['urgent - Dr. Whitcombe needs the CT from the ED', 'a clinician asking for images: no article of undergoing'],
  ['Numer PWZ 2147309 - aktualizacja danych lek. Ewy Zielonki w NFZ', "a Polish physician's licence and payer: the title 'lek.' marks staff"],
  ['Dr. Elena Sokolova - knee surgery cases moved, medical leave coverage', "a surgeon's cases, then the leave's coverage"],
  ['mr brain w/wo protocol update', 'magnetic resonance before a body part'],
  ['MRI: mr arthrogram shoulder scheduling', 'magnetic resonance before a technique'],
  ['MRI results - A Delafield', 'an "A" is no initial'],
  // Session 42: a document's full word before a name is the document; a specialty's record without a name.
  ['Slides Maria Lopez - sepsis teaching', "slides by their presenter: a document's word, not a surname"],
  ['Neuro note template - Maria, please review', "a specialty's note template, no patient"],
  ['Welcome Maria Lopez, psych assessment coordinator', 'a role that holds the words of a record'],
  ['K drive mapped for the Ca team', 'chemical symbols without their charge'],
  ['grace period for cme credits - cardiology', 'an everyday word before no surname'],
  ['will delgado cover the icu tonight', 'a question opened by "will", not the given name'],
  ['Transplant coordinator candidate - Lorraine Mbeki, interview Tues', "a job's candidate: a role between the procedure and the word"],
  // Session 41: a school by its kind, department offices, a fridge's temperature.
  ['Goals of care meeting training for hospitalists - Dr. Lee', 'teaching clinicians to hold the conversation'],
  ['Dr. Lin out til 3/4 - surgery cases moved to Dr. Ortiz', 'away until a date, and the cases handed over'],
  ['CLABSI 1.2 per 1,000 patient-days - 4 West', "a rate's unit, not a patient"],
  ['Fall rate Q3 - Birchmont 0.8/100 pt-mo', 'the same in shorthand'],
  ['Car crash blocking the staff lot entrance', 'a road accident with nobody named'],
  ['ALS recert - Dana Whitcomb fighting for a class spot', 'advanced life support is a course; fighting for a spot is no illness'],
  ['Clínica Doña Amparo Ruiz - horario de vacunas', 'a clinic named for a titled person, its head right before the title'],
  ['Hospital Dr. José Gómez - nuevo horario de diálisis', 'a hospital named for a doctor'],
  ['Mike & Lisa covering ICU tonight', 'two colleagues by their given names covering a unit'],
  ['Harper & Lee dental claims', 'two words that are both surnames joined by "&" name a firm'],
  ['Flu clinic at Harlow Academy next week - consent forms due', 'a school named for a place or a person is an organisation'],
  ['Decedent Affairs - Jenna Ortiz out Friday', "a hospital office named for its work: the colleague's absence is no health information"],
  ['Dialysis Office - Jenna Ortiz out Friday', 'a department office beside a colleague'],
  ['Vaccine fridge temp 38.2F - Mike please log', "a fridge's temperature, not a body's"],
  ['Jordan Lee temp 101 badge', 'a temporary worker and a badge number, no reading'],
  ['Mike checked the temp 36.8 in med room', "a room's temperature: Celsius without its unit is not read"],
  ['Grace Cottage - dialysis chair availability', 'a given name that is an English word before a place: the name model reads cottage as no name'],
  ['Chase Paymentech - MRI copay refunds', 'a given name that is an English word before a business'],
  ['PTs Hansen & Moreau covering 4 West ortho this weekend', 'physical therapists in mixed case, not patients'],
  ['OHIP: 416-555-0123 (billing desk)', "a desk's telephone number after a health card keyword"],
  ['Medicare - 212-555-0040 provider line', 'a telephone number after Medicare, whatever its digits make of a check rule'],
  ['Leaflet reprint - NHS: 0800 22 44 88', 'a UK telephone number opens with 0, an NHS number never does'],
  ['NHS: 2024-03-15 12:30 board meeting', 'a date and an hour are not printed as an NHS number, and fail its check'],
  ['Pentest critical results - remediation owner Ivan Petrov', "a security test's critical results beside a colleague"],
  ['Intake phone 555-0102 staffed 8-5 for refill questions', "a desk's phone: 'phone' alone is no person's"],
  ['Update: Priya delivered the diabetes talk - slides attached', 'a verb of work after a lone name in an update'],
  ['Grace Period - insulin pump coverage', 'a given name that is an English word before an everyday word'],
  ['Hope Lodge - chemo patients shuttle times', 'a given name that is an English word before an everyday word: a lodge'],
  ['In Memoriam: Dr. Wendell Ostrava, founding chief of surgery', 'a two-letter word is no given name before a Latin one'],
  ["Team Garcia - Walk to End Alzheimer's - sign up", 'a team named after someone, in a charity walk'],
  ['Shortage: IV bumetanide - substitution guidance (Ravi)', "a work product's author in brackets"],
  ['Ravi covering the HIV/oncology counter Sunday 7a-3p', 'a colleague covering a counter named for service lines'],
  ['Return-to-work clearance process: contact Priya Raman NP (Occ Health)', 'a return-to-work process with a colleague to contact'],
  ['Light duty assignments available on 5 West - see Imogen Tate RN', 'light-duty work on offer, a colleague to see'],
  ['Tele strip printer jam on 4 North - Ben Oyelowo', 'a supply problem reported by a colleague'],
  ['MAR binders restocked on 3 East - Dalia Farouk', 'binders restocked by a colleague'],
  ['Invoices for clients Brightwell, Osterman, Kade - Q3', "a firm's clients, not patients"],
  ['Privileges for Osei Brankwater, NP updated in credentialing', "a clinician's privileges updated"],
  ["Pellworth's new infusion chairs arrived", "a place's new equipment"],
  ['Memory care conference 2027 - Ellery presenting on sundowning', 'a conference on a topic, with its presenter'],
  ['Our patients, Delacourt Clinic and Imbali Center, thank the volunteers', 'a plural patient word before organisations'],
  ['Open enrolment: Pellworth HDHP vs Pellworth PPO deductibles for 2027', 'a brand before a kind of health plan'],
  ['Osei Brankwater, NP aware - lactate protocol update', 'a nurse practitioner told of a protocol: no result before the name'],
  ["Quarrie's new MRI tech starts Monday", "a possessive before a new colleague named by the modality they work"],
  ['Circ: Dalia Farouk / Scrub: Ben Oyelowo - OR 3 lap appy 1400', "a surgical team's role labels before its members"],
  ['Overtime approved - Hollins K 3x12s PP23', 'a number times another after an initial counts shifts, not a potassium'],
  ['Pt. Vaiaku ferry schedule for the staff picnic', '"Pt." before a place with no room and no care: a point or a port'],
  ['Pt. Vaiaku clinic - flu shot hours for employees', '"Pt." before a place named with its clinic'],
  ['Return-to-work form template for unit managers', 'a return-to-work word with no one named'],
  ['Modified duty programme launch - speaker Dr. Imogen Tate', 'a speaker at a programme launch, not a staff member returning'],
  ['Asthma education night moved to the Pembrey Bldg lobby', "a building by its abbreviation ('Bldg'), not a person"],
  // Session 38 (blind batches FV to GC): offices, firms, buildings, codes and documents beside health words.
  ['Repeat newborn screen - call 555-0137 (screening office)', 'a number with its office in brackets is the office line'],
  ['PELICAN-2 amendment: neutropenia hold rules for cycle 2', "a word in capitals hyphenated to a number is a study's code"],
  ['Survey: rate your infusion visit', "a survey is no person, whatever the name lists hold"],
  ['Org chart v2 - Mrs. Quillon', 'an organisation chart is no patient chart'],
  ['Isolation clean - MRSA, room Thackeray 210', 'a building between a room word and its number'],
  ['PO for Dunlevy & Marsh Billing - patient statement mailers', 'two surnames joined by "&" before a trade are a firm'],
  ['Citation: Okonjo, Ferris, Lam, et al. - pediatric asthma outcomes', 'names closed by "et al." are authors'],
  ['Quarrie troponin analyzers - validation starts Monday', "a maker's name before the analyzers"],
  ['Cupcakes at the nurses station for Ifeoma on Friday - ED triage team', 'a party for a colleague'],
  ['Ana, can you put up the breast cancer awareness posters?', 'posters are teaching material'],
  ['Pledge reception - Dr. Ravel tours the new endoscopy suite', "a pledge: the names are donors and guests"],
  ['Liver Wise workshop - Tuesday seats open, hepatitis C basics', 'an organ names a class, never a person'],
  ['Cheque scan - memorial gift from Mr. and Mrs. Tobiah Lindqvist', 'a scanned cheque is no patient scan'],
  ['Baby Lullo swing recall - newborn nursery', 'after "Baby" only a surname of the lists: a brand'],
  ['sr analyst needed - dialysis billing', 'a lower-case "sr" before a job is senior'],
  ['sr porter rota - mri and ct runs', 'a lower-case "sr" in English is senior, whatever the name lists hold'],
  ['Oracle HCM access for Priya Shah', 'HCM is also the HR system'],
  ['OCT tech schedule Oct 14 - Dana Reyes', 'an OCT technician and October beside a name alone'],
  ['Centrifuge rpm readings - Tom Chen QC log', "an RPM reading is a centrifuge's beside a name alone"],
  ['MLH1 IHC antibody lot change - Tom Reed', "an antibody lot is the lab's work"],
  ['Release 95 JIR tickets', 'JIR in capitals is a code, not Somali years'],
  ['mr brain w/o contrast - protocol question', 'an MR study, not a title'],
  ['Fig 2 (Kaplan-Meier, CLL relapse) - final TIFF', 'a hyphenated pair of a statistical method\'s authors names the method'],
  ['Bland–Altman plot for the new HbA1c analyzer', 'a statistical method with an en dash'],
  ['Sterilizer 2 - Bowie-Dick fail x2, biologicals pending', "a sterilizer's test named for its authors"],
  ['Kleihauer-Betke proficiency survey - all acceptable', "a blood bank's test named for its authors"],
  ['Kofi Mensah DAT scores for dental school application', 'the Dental Admission Test'],
  ['Journal club: "Night Shift Hearts" by Adaeze Nwosu - Tues noon', 'a quoted title before "by": the author'],
  ["JC Thurs - Obuya & Marlow, 'Early steroids in septic shock'", 'two authors before a comma and a quoted title'],
  ['Employee of the Year: Rosalind Achebe, Patient Access', 'a department named for the patients it serves'],
  ['Card for Dana - baby boy arrived Tuesday!', "a colleague's family news: the newborn label in lower case before a verb"],
  ['St. Brendan turns 100 - centennial picnic Saturday', "a saint's name a hospital is called by: the hospital's anniversary"],
  ['Annual Marwick Oration: heart failure then and now', 'an oration named for its donor is an event'],
  ['OSCE day - Rafael Ortiz will portray the sepsis case', 'an actor portraying a case has a job'],
  ['SP roster - Leona Farris as the chest pain case, Weds', 'a standardized-patient roster names actors'],
  ['Aktuelle Leitlinie Diabetes - Zusammenfassung', 'German capitalises nouns: a guideline and its summary are no name'],
  ['Breast TB add-on for Thursday', 'a body site before a tumour board is no name'],
  ['RCT update: sepsis fluids (Adeyemi-Clarke 2022)', "a surname and a year in brackets cite a paper's author"],
  ['RPM alert thresholds - new defaults for all scales', 'a remote-monitoring alert about the devices, no person'],
  ['bed 2 lactate 3.8 - transfer to Brookhollow ED', "a word before a unit's acronym after \"to\" is the hospital"],
  ['Carpool: Osei, Ama (Lab) and Dube, Tariro (Lab)', 'a Title Case department in brackets after a name is where they work'],
  ['Investiture - Dr. Ama Quarshie, inaugural Doris Whitlow Professor of Cardiology', 'an endowed professorship named for its donor'],
  ['Διάλεξη: διαβήτης - Δρ. Ελένη Παπαδοπούλου', 'a Greek doctor\'s title before the name: the lecturer'],
  ['nihss and mrs ordinal analysis - thrombectomy', 'mRS is the modified Rankin Scale beside its own words, not "Mrs."'],
  ['new pt Kiosk 3 installed - lab draw check-in', 'a device and its number after "pt", not a patient'],
  ['Sam splints restock - ED trauma bay', 'a three-letter given name running into a word is a product'],
  ['Les vaccins contre la grippe sont disponibles', 'a three-letter given name running into a word is a word of another language'],
  ["M&M Thursday: Dr. Okonjo - 'Missed aortic dissection'", 'a talk title in quotes after a titled clinician is the talk, not the clinician'],
  ['Narcotic count off - hydromorphone 2mg, RN Tomasz Wiśniewski', 'a credential before the name: a colleague at work with the medication'],
  ['Cross-training: Ravi Menon on home sleep apnea testing', 'staff trained on a test'],
  ['Registry extract: encounters 2015-2021 for the sepsis audit', 'a span of years after a plural keyword is a period, not an account number'],
  ['Credit memo from our wholesaler acct 300512877 - insulin pens', "a wholesaler's account is the organisation's own"],
  ['Order set review: Nissen fundoplication, day-1 diet', 'an operation named for its describer'],
  ['Bobath-based handling refresher for the rehab team', 'a hyphenated method named for its founder'],
  ["Can someone see Imani's patients Thursday afternoon?", "a clinician's patients"],
  ['Stress first aid training for Tallmark supervisors', "an employer's supervisors"],
  ['Outside MRI shoulder from Carrowmore needs upload', 'imaging of a body site from a place'],
  ['Terminal clean checklist - 6 East, Osei leading', 'a terminal clean is housekeeping'],
  ['Free BP checks at Carrowmore, Saturday morning', 'one unlisted word after "at" that closes the phrase is the place'],
  ['Counseling coverage: Mr. Abara at Ridgefield MS on Fridays', "a school's level after its name, not multiple sclerosis"],
  ['To change your colonoscopy date, phone the GI clinic at 555-0164', "the clinic's line"],
  ['Journal club in May - Abernathy 2020 (colitis biologics)', 'a surname and its year in a journal club cite a paper'],
  ["Article for journal club: 'Adult-onset Still disease revisited' (Haverkamp)", 'a surname in brackets after a quoted title is the author'],
  ['Mentoring plan for Obuya - anticoagulation in atrial fibrillation', 'a grant document names its investigators'],
  ['Please complete the resident eval for Tomas Reyes (GI elective)', "a trainee's rotation"],
  ['Employment verification for Ines Calder, former unit secretary, Oncology', 'an employment check with a former job'],
  ['Ortho brackets restock - 3M order', 'brackets without a person are stock'],
  ['Huddle (rm 12) - diabetes education update', 'a meeting in a room is no patient in a bed'],
  ['FX RATES UPDATE FOR Q3 BUDGET', 'foreign exchange in a subject typed in capitals'],
  ['CT read - Siemens, protocol for PE', "a vendor set apart in shorthand that is about a protocol"],
  ['BLS recert - Corinne Dalby', "a colleague's certification renewal"],
  ['Re: Ganapathy Ramesh', 'a word with a medical ending beside a given name is the rest of the name'],
  ['Hartwell Gala - stroke research sponsorship tiers', 'an event named for a donor'],
  ['Guest dosing request from Brookvale OTP - client visiting family', 'a treatment site named for a place'],
  ['Home health auth criteria - draft for Chidinma to review', 'a colleague asked to review a draft'],
  ['Invitation: Living Well with Asthma - member focus group', '"Well" is an everyday word, not a surname'],
  ['Thanks Mike for covering the ICU last night', 'a unit someone covers'],
  ["Thanks Renske Albers for teaching Thursday's knee replacement class", 'a day takes the possessive, not a person: staff affairs'],
  ['Grupo posparto pasa a la Sala C el martes', 'a lettered room, not a surname'],
  ['Ines Okoro back after lunch - surgery schedule for May', 'back after lunch, not after a procedure'],
  ['Regional office moves to Lansing, MI in June', 'MI as a state'],
  ['Brennan K 10/14 - parking permit', 'an initial and a date, not a potassium value'],
  ['Suture trial - feedback from Corinne Alva, OR charge RN', 'a role ending in a credential after the comma: staff'],
  ['Brandt Steel - post-injury drug screens this week', "an employer named for its founder, in an occupational-health clinic's mail"],
  ['EMS Week awards - nominate Lt. Ola Brandt (cardiac arrest save)', 'a save is work'],
  ['Molina member services: diabetes supply benefit change', 'the payer, with no given name before it'],
  ['Flu outbreak on Audrey Hall - visits paused', 'a building named for a given name'],
  ['Olivia Park - COVID vaccine pop-up Saturday', 'in a subject a given name and Park are as often a place'],
  ['Bed 4 pt now 93, off BiPAP', 'a vital sign, not an age'],
  ['PT is 100, OT is 92 - rehab productivity', 'physical therapy, not a patient'],
  ['Carlos Diaz - 40w bulbs for the nurses station', 'a power, not weeks of pregnancy'],
  ['Ana Ruiz: pallet weight down 12 kg after repack', "a thing's weight"],
  ['Ana Ruiz - Alt 2 floor plan', 'ALT counts only in capitals'],
  ['Tom Reyes: ammonia 5 gal drums for EVS', 'a quantity, not a result'],
  ['Stago - INR 2.5 QC fail', "a quality-control run's values are the analyzer's"],
  ['pt Wristbands, low stock', 'a supply after the patient word'],
  ['MacConkey agar lot - E. coli QC failed', 'a culture medium named for a person'],
  ['Ortiz & Nguyen Architects - ICU renovation bid', 'a firm'],
  ['Principal Okafor - SBHC room for Mental Health Week', 'a school principal is staff'],
  ['s/p lap chole POD2 - pt in 5E-08, HIDA tomorrow', 'HIDA in capitals is the scan, not a name'],
  ['Order set update: DKA insulin drip v4 -- Teodora Vance lead', 'health words before a version name a document'],
  ["Mon: Priya covering Dr. Abernathy's TKA list at Eastfield", "a clinician's case after a staffing verb is work"],
  ['Welcome our new NP, Lisa Chen, to the cardiology team', 'a credential and a team'],
  ['Lisa Chen, our new MRI tech', 'a modality named as a job'],
  ['Retirement party for Nancy (ICU) on Friday', 'a unit in parentheses'],
  ['NICU day shift coverage - Leilani and Marisol', 'a unit with a shift is work'],
  ['Thank you Odalys (Cath Lab) for staying with the STEMI case', 'staff affairs: a colleague tagged with a department'],
  ['FMLA forms for Teodor (Pharmacy) due Friday', 'staff affairs: a colleague tagged with a department'],
  ['Peds Pulmonary CPAP helpline 555-0147 (Tervo weekend line)', 'a help line'],
  ['Oduya_cytotoxic_chemo_waste_manifest.xlsx is ready', 'chemo as a kind of waste'],
  ['Lindqvist home oxygen delivery route for the north county', 'a delivery route'],
  ['Larkspur Valley Hospital turns 100 - gala and open house', 'an organisation\'s anniversary, not an age'],
  ['Detour: Amara Okonkwo Boulevard closed, ambulance entrance via Elm', 'a street named after a person'],
  ['Nakashima Mobile Ultrasound - July route and echo schedule', 'a mobile imaging business'],
  ["Lou Gehrig's disease (ALS) walk - volunteers needed", 'an eponymous disease after its possessive'],
  ['Seizure log for Pepper (beagle) - phenobarbital level due, owner B. Adeyemi', 'vet mail: the health before the owner cue is the animal\'s'],
  ['Meeting with Lisa about the new MRI scheduling workflow', 'a modality named as a project'],
  ['Kudos to Oren Vasquez and the Cath Lab crew', 'staff affairs'],
  ['Shout-out to Imelda in Endoscopy for a smooth Saturday', 'a department in Title Case'],
  ['Farewell lunch for Gus Ibarra - 20 years in Oncology Infusion', 'a department after a preposition'],
  ['Can Joanne cover the dialysis unit Saturday?', 'a unit'],
  ['Tobias Renner chairing the sepsis committee in March', 'a committee'],
  ['Flu shot hours at Birch Meadow Family Clinic', 'a clinic named after a place'],
  ['COI request for Lindqvist Orthopedic Supply', 'a vendor named after a surname'],
  ['Gaines Medical Supply invoice for wound vac canisters', 'a vendor'],
  ['Ortega & Blum Anesthesia Associates - coverage contract renewal', 'a practice of two surnames'],
  ['Tour of the Margaret Holloway Cancer Center for donors', 'a building named after a person'],
  ['Okafor Pediatrics - new referral fax number', 'a practice'],
  ['St. Brigid Hospice holiday open house', 'a hospice named after a saint'],
  ['New intake fax for Oncology: 555-0142', 'a department fax'],
  ['Schedule change: call 555-0142 for flu vaccine appointments', 'a number to call for appointments is the clinic\'s'],
  ['Cambio de horario: llámenos al 555-0142 - vacunas', 'a number the clinic gives its readers ("call us")'],
  ['Critical value callback line moved to 503-555-0184 opt 2', 'a department line'],
  ['Call Patient Billing Services at 555-0162 for discharge paperwork questions', "a department's number after its name"],
  ['Tarifas 2026 Aseguradora Monte Claro - hemodiálisis y laboratorio', 'a Spanish insurer: its head comes before its name'],
  ['Biscuit (beagle) - diabetes recheck and A1c Tuesday', 'a dog'],
  ['Radiographs for Duke (canine, TPLO follow-up)', 'a dog'],
  ['Pt R.T. - wound check moved to Tuesday', 'initials without a birth date'],
  ['Follow up on the Pruitt proposal with Ada Quill', 'an everyday sense of follow up'],
  ['Results of the audit from Ada Quill', 'an everyday sense of results'],
  ['Physical trading schedule for Ada Quill 3/14/01', 'a trade date, not a birth date'],
  ['Drs. Ferreira, Quispe and Lund - trauma call schedule', 'a list of clinicians'],
  ['Prep instruction handouts reprinted (English/Spanish)', 'languages are not names'],
  ['Discharge of lien - parcel 12 Harlow Ave', 'a legal document names a property, not a person'],
  ['Follow up: Varga IT pen test results and fixes', 'two everyday-sense words in a subject'],
  ['Mayor Castellanos\' remarks for Stroke Awareness Day', 'a speech names its speaker'],
  ['Septic system appeal - 41 Millrace Rd', 'a septic system'],
  ['Courier scorecard - Falcon Ridge Transit no-show rate 4.2%', 'a company named after a place; a rate'],
  ['FW: Dana Whitlock PT, DPT - credentialing file', 'a credential list after a name'],
  ['Reference check for Noa Kealoha (PT applicant)', 'a physical therapist applicant'],
  ['Orla Brennan Endowment for Pediatric Oncology - grant report', 'an endowment named after a person'],
  ['Tom Reyes back in the cath lab starting Monday (days)', 'a workplace named after a test'],
  ['Corvell Biomedical PM visit - infusion pumps on 6 East', 'a biomedical vendor'],
  ['Welcome new advisory board member Dana Whitcombe', 'a board member is not a plan member'],
  ['Diagnosis: the Wi-Fi dead zones on the 4th floor', 'two-letter words are not an unknown name'],
  ['Congrats to Lia Moreno, CCRN - passed her certification exam!', 'a nursing credential after a name'],
  ['Shift swap request - Dana Price (MRI) / Omar Said (CT) - 7/2', 'a shift swap between technologists'],
  ['FW: Birch Lake clinic power outage - patients rerouted to Elm St', 'patients in general, not a person'],
  ['Grant report due - Whitaker Family Foundation (asthma camp)', 'a grant report about a programme'],
  ["Mrs. Delacorte's dog Pepper - insulin pens from the vet", 'the pet is the patient'],
  ["Stress test results for the billing portal - Marco's team", 'a work group after a possessive name'],
  ['Stroke pathway e-learning: Mr. Adeyemi and Ms. Lund completed', 'a protocol named after a condition; a training completion'],
  ['CME certificate - Dr. Rhea Lindgren - Advances in COPD', 'continuing education'],
  ['Sim lab: mock code with manikin Bruno moved to 2pm', 'a training manikin'],
  ['Kessler Wound Beds - rental agreement renewal', 'a rental names a vendor'],
  ['Home health aide of the month: Ines Varga', 'a job: home health aide'],
  ['Visite du Centre de santé Marie-Curie - campagne de dépistage du cancer', 'a Romance organisation head before its eponym'],
  ['Reunión en la Clínica de la Mujer Ana Ruiz sobre mamografías', 'a clinic named after a person'],
  ['Hereditary cancer: Lynch panel turnaround now 10 days', 'an eponym alone is the test'],
  ['Foley catheter kits back-ordered - use the Holter cart spares', 'eponyms alone are devices'],
  ['Sepsis Response Specialist workgroup - Omar & Leila co-chairs', 'a role named after a condition; co-chairs'],
  ['RN of the Month: Dorota Wilk - Memory Care, 3rd floor', 'an award; a unit'],
  ['Лекция доктора Белозёровой о гипертонии', 'a doctor in Russian'],
  ['डॉ. त्रिवेदी की मधुमेह व्याख्यान स्लाइड', 'a doctor in Hindi'],
  ['赵医生 糖尿病讲座 幻灯片', 'a doctor in Chinese'],
  ['박지훈 기사님 CT 야간 근무 교대 문의', 'a technician in Korean: a job title after the name'],
  ['孙技师 核磁共振 周六加班安排', 'a technician in Chinese'],
  ['高橋薬剤師 インスリン 在庫確認のお願い', 'a pharmacist in Japanese'],
  ['Khám sức khỏe miễn phí tại Phòng khám Lê Văn Hưu - đo huyết áp', 'a Vietnamese clinic named after a person'],
  ['Ayşe Hatun Sağlık Merkezi ile diyabet taraması toplantısı', 'a Turkish health centre named after a person'],
  ['PO 55102-B for Lindahl Orthotics & Prosthetics', 'a business of two specialties joined by "&"'],
  ['Halvorsen LTACH - fire drill Thursday 0900', 'a long-term acute care hospital named after a person'],
  ['Dialysis chair schedule - Marisol and Dev swap Friday shifts', 'a shift swap'],
  ['Pharmacist Hae-won Cho certified to immunize', 'a clinician title'],
  ['Thanks Rowan for covering pre-op triage on Sunday', 'the object of a staffing verb is work; a greeting is not a name'],
  ['Hi Teodora, can you float to the NICU tonight?', 'floating to a unit'],
  ['Salamat kay Marisol sa pag-cover ng intake kahapon', 'Tagalog borrows "cover"'],
  ['Bettina working ED triage Saturday, Kofi on infusion', 'working a service'],
  ['Patient Advocate Rosalind Ames back Monday - cover line 555-0131', 'a patient word heading a job'],
  ['Falls on Med-Surg: 6 in May, three patients over 80', 'a unit, and patients in general'],
  ['صيدلية آل حداد — نقص في أقلام الإنسولين', 'a pharmacy named after a family, its head before the name'],
  ['Pharmacy formulary — Brevalon 2.0 par levels', 'inventory: a product, not a person'],
  ['Call back 555-0120 re: the copier contract', 'a phone without health'],
  ['Fleet incident: Abena\'s van rear-ended on Route 9, no injuries, claim #F-2210', 'a denied injury beside only a claim'],
  ['Pharmacy fridge temp alarm — vaccines moved to backup, Ifeoma on the excursion report', 'vaccine storage'],
  ['Thanks Aminata for covering triage', 'a colleague thanked'],
  ['Sev-1 incident: video visit app crash on Android 14', 'a platform is not a name'],
  ['Baby shower for Maria in the break room', 'a party'],
  ['Baby Friendly designation - lactation rounds', 'a hospital programme'],
  ['Wang Change - budget meeting', 'a word of two pinyin syllables beside a surname, without health'],
  ['H1 results - Tomas Rendell, Oncology territory North', 'a sales territory named after a specialty'],
  ['Norovirus cluster traced to Hollin Ramen Bar - staff screening Friday', 'a restaurant named after a person'],
  ['Cynomolgus macaque Pip - dental cleaning Thursday (vivarium)', 'a research animal'],
  ['Simulated patient Odile Brann will portray abdominal pain at OSCE station 2', 'an actor at a training exam'],
  ['Coding Q&A: E11.65 vs E11.9 with long-term insulin', 'coding education'],
  ['Ask Dr. Pell about the chemo infusion codes for March', 'billing codes'],
  ['UPS tracking 1Z 8W2 553 04 2281 9917 - flu vaccine shipment', 'space-separated groups of a tracking number'],
  ['Brevalon, Kesslor - infusion pump recall', 'two product names around a comma in a recall'],
  ['Dr. Ravensworth will present her stroke research at grand rounds', 'a clinician\'s work, not her health'],
  ['Dr. Ravensworth: your colonoscopy prep instructions', 'the reader\'s procedure, not the doctor\'s'],
  ["Prof. Ilse Marchetti's knee arthroscopy lecture moved to Friday", 'a possessive before teaching is work'],
  ['Dr. Ravensworth admitted 3 patients overnight', 'a clinician admits patients'],
  ['Cerner back up after the upgrade', 'a system back after an outage, no health'],
  ['Quetzalli covering the ICU after her orientation', 'staffing makes the unit work; no health word of hers'],
  ['Capellán para pacientes: teléfono de la oficina (505) 555-0131', 'a plural patient word is an audience, not a person'],
  ['Священник для пациентов: телефон капелланов (505) 555-0131', 'a plural patient word in Russian'],
  ['Horário da vacinação contra gripe na Igreja São Benedito de Alcântara', 'a church named for a saint'],
  ['Campaña de donación de sangre en la Parroquia Santa Rita - voluntarios', 'a blood drive at a parish'],
  ['Controlled substance log: Medic 7 seal replaced, midazolam count verified', 'an EMS unit\'s call sign'],
  ['CE: Sepsis Recognition, Nov 4 at Station 2, instructor Odalys Brannigan', 'an instructor beside the course\'s title'],
  ['Thistlecombe Mobility – power chair delivery window', 'a mobility business'],
  ['Omnicell warfarin drawer jammed on 4W', 'a product before a drug, without a measured value'],
  ['Plan B. for the MRI downtime', 'a lettered plan is no initial'],
  ['Thanks to the Epic family of apps team', 'a product family without health'],
  ["Mr. Quillfeather's 4th-grade class — vision screening Tue", "a teacher's class after the possessive"],
  ['Thistlewood Manufacturing — Q3 utilization review, group 00591', 'a manufacturer is a business'],
  ['Thanks Ngoc Anh for the weekend chemo verification', 'verifying chemo is a pharmacist\'s work'],
  ['Re: Pyxis - insulin override list', 'a product set apart, no pronoun or value'],
  ['URGENT, Please read the MRI memo', 'a word in capitals before a comma is no surname'],
  ['Renal diet tray – new low-sodium broth from Thistledown Foods', 'a food supplier'],
  ['Patient belongings bags – switching to Odessa Quill Packaging', 'a packaging supplier'],
  ['Resident Tomasz Wierzbicki – duty hour violations, PGY2', 'a doctor in training beside residency words'],
  ['Mumps exposure - St. Columba ED 4/2 10am-1pm, letters going out', 'a hospital named for a saint, given name or not'],
  ['Authorization request - hydromorphone 4mg #60, Dr. Brightwater', 'an everyday word opens the subject before a dose, far below any name'],
  ['Influenza cluster - Osprey Point Senior Living, 6 residents ill', 'a residence'],
  ['Sepsis M&M relocated to the Fairweather Auditorium', 'an auditorium named for a person'],
  ['Varicella letters for Juniper Elem 3rd grade', 'a school'],
  ['Thank-you card to Odile & Piet Varenhorst - gift to the Childhood Lymphoma Fund', 'a fund named for a disease: donors, not patients'],
  ['Faculty disclosure – Huaman, Teodoro (heart failure workshop)', 'a faculty member\'s disclosure for a course'],
  ['Fwd: cover letter – malaria screening in migrant shelters (Otieno, Wanjiru)', 'a cover letter names its authors'],
  ['Colloque : Pr Hélène Marchal – diabète de type 2 chez l\'adolescent', 'a French professor at a colloquium'],
  ['Psych referral to Whitlow - member asks for an evening therapist', 'who receives a referral is the provider'],
  ["Piglet 'Dumpling' (P-3318) - ventilator wean after the bypass model", 'a research animal named in quotes'],
  ["SimMan 'Otis' down for repair - sepsis sim moved to Thursday", 'a manikin named in quotes'],
  ["Sim day: infant manikin 'Baby Rolo' - bronchiolitis scenario", 'a manikin quoted with its patient word'],
  ["Pharm lecture case 3: 'Mrs. T' - lithium toxicity (hypothetical)", 'a case the teaching material calls hypothetical'],
  ['Cath lab: Swan-Ganz kits moved to cabinet 4', 'an eponymous catheter, not a name'],
  ['Neuro shelf review - Ramsay Hunt vs Bell palsy', 'an eponymous syndrome, not a name'],
  ['Gideon Parkinson - Q4 territory review and sample budget', 'an eponym as the surname after a given name'],
  ['Prior auth turnaround - Quillbrook Benefit Administrators - MRI requests', 'a business by its trade'],
  ['Coverage needed - Dr. Quillagua at the wound care conference Thursday', 'an everyday word opening a sentence is no name'],
  ['grant budget - asthma prevention program yr 3', 'a lower-case pair with a word that leans away from names'],
  ['Food inspection - Quillbrook Grill, Redfield (critical violations)', 'a condition word in brackets that names a thing'],
  ['FW: Subj 027 AE log - grade 3 neutropenia, dose held C2D8', 'a research participant\'s code is no name'],
  ['Investiture - the Harold Quillbrook Chair in Parkinson disease research', 'an endowed chair named for a donor'],
  ['LOR for Dr. Ines Quillagua - GI fellowship (her IBD research)', 'a condition before "research" is a topic of work'],
  ['Shelf review: Quillagua syndrome vs Gaucher disease', 'a word right before a disease\'s head word is its eponym'],
  ['van schedule for dialysis transport - driver Odile Quillagua', 'a job written before the name'],
  ['Relay for Life (cancer) team signup', 'a condition in brackets after an everyday word'],
  ['Dr. Quillagua (stroke) on call tonight', "a clinician's bracket is the service"],
  ['Dr. Quillagua out, post CABG pts to Dr. Lee', 'patients handed over after the procedure word'],
  ['can someone pull the Kowalski 2021 paper on pressure injury staging?', 'an author cited with a year'],
  ['Quarry Rounds 4/2: the patient who stayed with me (Dr. Ilves, Chaplain Baptiste)', 'an event named for a person'],
  ["Déménagement de l'unité de soins palliatifs - aile Marchetti, le 3 avril", 'a hospital wing, in French'],
  ['HFNC circuits backordered - sub Harrington DP-410 until May', 'a maker before a model number'],
  ['Storm drain check Thurs - Harrington Hall basement', 'a drain of a building'],
  ['Sales call with Aigerim S., Tuesday', 'a given name and an initial without health'],
  ['Dr. Ferrante out next wk - cath lab coverage needed', 'away, and the unit is work'],
  ['Dr. Ferrante out Tue-Fri for the cardiology conference', 'away for a conference'],
  ['Dr. Ferrante keynote speech - diabetes prevention month', 'a speech is a talk'],
  ['NICU grad reunion picnic - volunteers needed', 'graduates as a group, no one named'],
  ['the twins clinic moved to Tuesday', 'no name before the word for siblings'],
  ["Thanks for covering Mrs. Quillagua's shift - TKA cases went well", "a lay title before a colleague's shift: the procedures are work"],
  ['tech schedule wk of 3/9 - Marisela CT, Zlatka US, Tavita MR nights', 'modalities beside names in a staff schedule are assignments'],
  ['patrol sched - Sgt. Payne days, Ofc. Rash nights', 'a word right after a title or a rank is a surname'],
  ['lab mtg Tues - Marguerite on CFTR organoids', 'research bench material: the names are researchers'],
  ['Quintanar lab HeLa flask mycoplasma POSITIVE - bleach the hood', 'a cell line is not a patient'],
  ['Dietary: thickened liquids switching from ThickWell to ClearMix 12/1', 'a capital inside a word is a brand'],
  ['Rounds reflections (Dr. Sloane, RN Quillagua, Chaplain Ferrante) - the patient I remember', 'a credential in capitals before a name is a title'],
  ['member #55172 locker renewal and freeze request', "a gym's member number"],
  ['Marguerite - her mom passed the bar exam!', 'passed an exam'],
  ['Mr. Quillagua passed this along from the vendor', 'a titled person passed something on'],
  ['BNP 2025 results deck - Okonjo to present', 'a year after an ambiguous test word is no reading'],
  ['flu clinic - vaccine supply', 'two lower-case everyday words open the subject'],
  ['Hurricane Quillagua Died Down - facilities update', 'a title in Title Case, not a death'],
  ["Marisela's Dell died - loaner needed", "a thing after a possessive died"],
  ['BG Thresholds - neonatal hypoglycemia guideline', 'blood glucose beside newborn words'],
  ['School physicals at Sonia Quintanar Middle', 'a school named for a person'],
  ['QBL education with Marisela Quintanar', "a score or a document staff are taught, beside a colleague's name"],
  ['Halvorsen H900 chem analyzer down - troponin to backup line', "a maker's model glued to its letters"],
  ['Heparin lot recall - QUILLAGUA TAVAKE - dialysis units', "a maker's name in capitals in a product notice"],
  ['Ranson vs BISAP for the pancreatitis admission set', 'a score named for its author'],
  ['NPSG 15.01.01 suicide risk screening - policy review', "a standard's element, not a date"],
  ['Update - EPIC UPGRADE - CT orders, insulin drips', 'two everyday words in capitals, set apart'],
  ["Marisela's laptop died - IT ticket", 'a thing died'],
  ['Epic died again - downtime procedures', 'a system died'],
  ['ryan quillagua - ultrasound probe repair', "a colleague's name in lower case beside a modality's equipment"],
  ['Devon Quillagua RN leading his diabetes support group', "a nurse's work, his group"],
  ['Tara Quillagua RN - her CHF patients discharged', 'a patient word after the term: her patients'],
  ['Ms. Quillagua passed, congrats on the NCLEX', 'a titled person passed an exam'],
  ['DOB required on claims since 10/01/2011', 'a rule about the field with its effective date'],
  ['Happy 100th to our School of Nursing', "an institution's anniversary"],
  ['N° de dossier 20240615 - appel d\'offres imagerie', 'a French file number of a tender'],
  ['feria salud - presion alta', 'two lower-case words of another language, no known name among them'],
  ['spotkanie grupy - cukrzyca', 'a Polish meeting about diabetes, in lower case'],
  ['FW: ACLS card expired - Quillagua, Devon - off the schedule', 'a card expired, not a person'],
  ['VFC site visit 12/4 @ Tavake - vaccine storage checklist', 'a word after "@" is where'],
  ['Sports physicals night at Quillagua Middle - Oct 9', 'a school named for a place'],
  ['BG Meter recall - lot 4471', 'blood glucose meters, not a baby girl'],
  ['Thanks Zlatka for the CAUTI deep dive!!', 'an infection counted by its surveillance name, with a colleague'],
  ['Welcome Marisela Quintanar, our new infection preventionist!', 'a job named for what it prevents'],
  ['coverage - Zlatka covering sepsis cmte Tues', 'a committee, abbreviated'],
  ['R01 budget - colitis cohort - PI Devon Quillagua, PhD', 'a credential with an inner capital after the comma'],
  ['Rep visit - Joy Quillagua (Stryvex Surgical) - OR 3/21, TKA trays', "a vendor's representative, her firm in brackets"],
  ["Sim day debrief: mannequin 'Mr. Tavake' - anaphylaxis", "a simulation's manikin, titled"],
  ["SP encounter - standardized patient 'Marisela' - chest pain", 'an actor playing a patient'],
  ['epic build - CT orders', 'a system and its work, in lower case'],
  ['Marisela Quintanar RN admitting pt to 5W after his surgery', "a patient comes before the clinician's own event"],
  ['Congrats Marisela Quintanar, CNOR - passed her certification exam!', 'an exam for a credential is work'],
  ['نتائج التحاليل جاهزة', 'Arabic lab results with no one named'],
  ['Dr. Ferrante passed her boards - congrats', 'a titled clinician passed an exam'],
  ['Ms. Tavake passed the budget to finance this am', 'an object after "passed", a time later'],
  ["Tavita's mom passed on the recipe for the potluck", 'passed something on'],
  ['Ext list - Brenda Kowalski, 112, Tom Hale, 118', 'numbers after names in a list are extensions'],
  ['Funds transfer summary - Lisa Chen', "a transfer of money: the word needs support"],
  ['Thanks Mr. Ortiz for covering dialysis Saturday', 'a lay title, then coverage: work'],
  ['Shift swap - Mr. Davis ED nights', 'a unit after a titled name is where he works'],
  ['Dr. Singh out Tue - surgery cases moved', 'away, and the procedures are handed over'],
  ['Tom out today, chemo teaching by Ana', 'a comma between the time and the term'],
  ["Dr. Okafor's family medicine panel - new patients welcome", 'a family practice is no relative'],
  ['Pewaukee - CT', 'one test after a site'],
  ['Re: Aidoc CT A/P', "a vendor's test"],
  ['Box C. - insulin pens', 'an everyday word before a letter'],
  ['Dr. Ferrante out - colonoscopy list to Dr. Reyes', 'a procedure after "out" may be the work handed over'],
  ['Gebietsplanung Q2 – Ärzteliste Region Süd', 'German "south" folded is no SUD: the acronym counts in capitals'],
  ['ultrasound probe warranty claim - SN 5521-8830-07', "a serial number's label before the value"],
  ["flu shot event for food workers - Marguerite's Taqueria host site", 'a taqueria named for its owner'],
  ['Pallet 120 x 80 cm - Quintanar Supply damaged in transit', "a pallet's size, no condition"],
  ['ergonomic workstation eval - Quintanar, Marisela (Patient Access)', "an employee's workstation"],
  ['extern evaluation - Marisela Quintanar - Quillbrook Pharmacy #12', "a student's evaluation"],
  ['指导老师 王芳 - 透析中心', 'a supervising teacher at the dialysis centre'],
  ['Site walk - Quintanar & Ferrante Builders - new infusion suite', 'builders are a firm'],
  ['Shelter client Marisela Quintanar - bed moved to the east dorm', "a shelter's client and bed"],
  ['ZZTEST,PATIENT - orders not crossing to pharmacy', 'an EHR test record'],
  ['Congrats Adaeze Nwosu on passing her CMA exam!!', 'an exam someone passes tests what they know'],
  ['Thesis defense - Ji-woo Park - "Microglial signaling in Alzheimer disease models"', 'a thesis names its author, not a patient'],
  ['thanks Ngozi for covering the chemo hood Sat!', 'a hood is a workstation'],
  ['RESOLVED: Halvorsen Dx results interface (ORU) outage', 'a results interface is software'],
  ['GL acct 6100-220-4410 posting error - bad debt recovery', "a ledger's account is the organisation's own"],
  ['Paxton Dental Supply acct 4471902 - Nov statement', "the organisation's account with a supplier named by its trade"],
  ['Orrin Linen LLC acct 88120044 past due', "an account with a company named by its company form"],
  ['Corvane v3.1 insulin module go-live', 'one word before a release number is a product'],
  ['Kwabena will staff the testing booth Sat', 'a booth is a workstation'],
  ['wound clinic staffing - Quillagua covering Fri', 'a clinic as a workplace'],
  ['Keys for new Psych ED seclusion room - Quillagua Door & Lock tmrw', 'a trade after the name is a business'],
  ['lunch & learn: diabetes in Pacific Islander communities - Dr. Tuilagi', 'a people, and a teaching event'],
  ['Quillbrook drivers needing 1-yr cert (HTN) - list for Friday', 'one word before a workforce is the employer'],
  ['Evicore declined the MRI auth for knee', 'payers decline: no verb only a patient does'],
  ["Marisela's results from the coding accuracy audit - 98%", 'results of an audit are work'],
  ['Fedex missed the lab specimen pickup', 'couriers miss: no verb only a patient does'],
  ['Kim Hi-Lo bed - ICU', 'English halves of a hyphenated word are no given name'],
  ['Scheduling line (555-0147) - MRI slots', "a department's line in brackets"],
  ['Yin-Yang Park yoga - arthritis class', 'a rhyming pair is no given name'],
  ['Marisela Quintanar - label printer not feeding', 'a printer feeds paper'],
  ['O2 4 L tanks low - Quintanar to reorder', 'oxygen supplies, not a flow'],
  ['Medline DN 03/12/2025 short shipped - gloves', 'a delivery note is no birth-date label'],
  ['lopez, maria - flu shot volunteer', 'a volunteer at a flu clinic'],
  ['post-accident drug + alcohol - Quintanar Transit bus operator at 2pm', 'a transit company'],
  ['bat exposure at Quillbrook day camp - 3 kids starting rabies PEP', 'after "at", a word before a noun of a place is the place'],
  ['Rabies PEP - bat exposure at Camp Quillbrook, 5 campers started PEP', 'a camp named before its name is a place'],
  ['Shout out - Tomasz Wrobel caught a 10x insulin dosing error on 4N', 'among staff words a drug before an error is the safety event a colleague caught'],
  ['CE credit for the Stroke update - Anneliese Varga still missing her cert', 'continuing-education credit is teaching: a course title names no one\'s condition'],
  ['morbidity conf - Mr. K - bring the timeline', 'a title before a lone initial is an initial: without a birth date it identifies no one'],
  ['Invoice c/o Quintanar Law Group - records fee', '"c/o" as "care of" before a firm'],
  ['fisher scientific order - lab coats', 'a lower-case surname before a business word, in no subject about someone'],
  ['Huddle in 5 - fall prevention bundle', 'an everyday word before a room is a meeting'],
  ['Floaters for 4N tonight - Ana Quintanar and Karen Holt', 'float-pool nurses, not a symptom'],
  ['Palliative case conf - Mrs. D - Room 3B at noon', "a conference's room, not a patient's"],
  ['Good catch award 2025 - Ahmed caught heparin dosing error', 'a year is no room number'],
  ['Appointment reminder texts will come from 555-0100 for flu shot appointments', "the clinic's number for appointments"],
  ['Gala run sheet v3 - Karen Holt', "an event's run sheet"],
  ['Einladung: 100 Jahre Dialyse am Klinikum - Festakt', "an institution's anniversary, not an age"],
  ['Karen Holt presents stage 3 heel cases at wound committee', "a committee's cases, not one patient's wound"],
  ['roche glucose meter recall - diabetes educators', "a maker's name before its product"],
  ['Pyxis discrepancy 5N - hydromorphone 2mg, Rafael (pharm) reviewing', 'a name tagged with a staff role is a colleague at work'],
  ['Naw Hser Paw, CHW - home visit mileage', "a community health worker's certification after the name"],
  ['cita veterinaria de mi perro Toby - vacunas', 'a dog at the vet, in Spanish'],
  ['Your flu shot is due - Willow Fork Pharmacy', 'a place ending in "Fork" names the pharmacy'],
  ['Jury duty - Tamsin Ockert (CT) out 6/2-6/6', 'jury duty is a staff absence; a capitalised modality in brackets is her department'],
  ['Going-away card for Radek Sobczyk, pharmacist (inpatient) - last day Fri', "in a staff field a job after a comma is the name's"],
  ['Sleep lab phone tree - CPAP supplies (Halvorsen HME 555-0163)', 'home medical equipment after a name is a vendor'],
  ['Ambulance bay 1 - Voss-Marlow crews parking on Level B', 'a hyphenated name before a workforce is the company'],
  ['Meeting w/ Sheriff Quillbrook re: naloxone-at-release program', 'words glued by hyphens are one modifier of the programme'],
  ['Dr. Ostrowski out next week - please reschedule her panel', "a clinician's panel is her patients"],
  ['Sugar Grove - insulin pump checklist for session 2', 'a place word after a capitalised health word heads a place'],
  ['Vang clan council - flu vaccine listening session', 'a surname before a community group names the group'],
  ['Sina Festival - heat illness first aid', 'a festival is an event'],
  ['한솔 내과 - 진료 협약서 초안', 'two syllables before a Korean clinic head are the practice'],
  ['한인 커뮤니티 건강 강좌 – 혈압 측정 안내', '"Korean-American" is no name'],
  ['Donor walkthrough - Mr. & Mrs. Halvorsen to see the PICU renovation', 'a unit before a building project is the workplace'],
  ['Grant submission: Dr. Ibe R21 - COPD exacerbations', 'a grant submission is the funding, not a given name'],
  ['Guideline update: Marwick-Osei consensus on Graves orbitopathy', 'a name before a consensus is its authors'],
  ['DSMB mtg - ROSALIE trial (Crohn\'s) - open session report', 'a word before "trial" names the trial'],
  ['RECALL: Sky-Flo nebulizer lot 19C-0412', 'a lot code with letters makes a product notice'],
  ['Rosalind middleware - autoverification rules CBC v9', 'a name before a kind of software is the product'],
  ['St. Brigid Bulldogs - concussion baseline testing dates', "a saint's title and two words name a school's team"],
  ['Karen interpreter needed Tue 9am - echo, pls confirm', 'a language that is also a name, beside an interpreter'],
  ['Iakwe! community diabetes night - Marshallese families welcome', 'a greeting in a patients\' language'],
  ['Therapy dog Rufus visiting 4 West Thursday - vaccines up to date', "a therapy animal's own care, with no human patient marked"],
  ['phone tree update - Eastside PT 555-0132, fax 555-0133', 'physical therapy in capitals is no patient before a number'],
  ['CLABSI rate - heparin lock audit', "a unit's rate"],
  ['OT approved for Linda, 95 an hour', 'a wage: the English article "an" after a number is no French "years"'],
  ['Heparin rate calculator update - Linda Kowalczyk', "a calculator's rate, not one patient's dose"],
  ['Tom Becker therapy dog Max limping - vet visit, no patient visits this week', "a therapy dog's own care"],
  ['मरीज़ सुरक्षा सप्ताह - मधुमेह जांच शिविर', 'patient safety week: an event after the patient word'],
  ['MRI results - Delafield', "a town's name ending a shorthand subject"],
  ['Karen-speaking family needs a peds appt - interpreter', 'a language joined by a hyphen to "speaking"'],
  ['Sarah Kim out tomorrow - please reschedule her panel', "the work on a panel makes it a clinician's patients"],
  ['St. John Neumann school - TB screening day', "a saint's given name and surname before a school"],
  ['Therapy dog visits Tuesday - Janet Olsen, Patient Experience', 'a patient word before a department is no marked patient'],
  ['Farewell Olena Kravchenko, pharmacist on chemo infusion - cake 3pm', 'a job after a comma goes on with where it is done'],
  ['FYI: Sugar Creek - insulin pump checklist', 'a subject marker before a place that opens the field'],
  ['Accredo - Humira refill pending', 'a specialty pharmacy opening a refill'],
  ['송림 치과의 예약 변경 안내', 'a Korean clinic head with its case particle'],
  ['रोगी अधिकार पत्र - नेपाली अनुवाद', "a patient word before a form, with no care of the patient's in the field"],
  ['ترجمہ شدہ فارم: مریض کی رضامندی — نیا ورژن', "a possessive particle after the patient word: a thing of the patient's"],
  ['Zhelev insulin drip order set draft - Tomasz\'s edits', 'an order set names its author; the edits are his'],
  ['CIWA tip sheet by Anneliese Quarrington - alcohol withdrawal scoring', 'a tip sheet by its author'],
  ['Policy NUR-207 rev 4 - owner R. Vantongeren - restraints', "a policy's owner"],
  ['Varga lab SOP - HbA1c assay calibration', "a research lab's standard operating procedure"],
  ['DKA pathway - Obuya revisions (potassium timing)', 'a revision credits its author'],
  ['RE: .ANTICOAGPLAN - Wanjiru wants INR trend added', 'an EHR smart phrase (dot phrase) names its builder'],
  ["hyperkalemia guideline - Kofi Mensah-Bright's update", "a guideline's update credits its author"],
  ['Workers comp policy WC 933-41-2207 certificate for the roofing contractor', "the employer's own insurance policy"],
  ['Malpractice policy PL-2026-44812 renewal binder', 'professional liability insurance of the practice'],
  ['NPI for Dr. Quarrington - credentialing with Northgate plan - 1234567893', "a number the field calls an NPI is the clinician's"],
  ['Age 90+ falls data - aggregated for the QI committee', 'an age band is a statistic'],
  ['Retirement party for Ada Quarrington - 24 yrs in case management!', 'a service staff work in'],
  ['Apotheke Quarrington - Lieferung Insulin-Pens verspätet', 'a pharmacy named before its owner (German)'],
  ['FW: Firma pendiente - Contrato de Servicios de Laboratorio Monte Alto', 'a laboratory named after its head word (Spanish)'],
  ["Why am I getting 'Abnormal Results' msgs for pts I discharged??", 'a question word is no name'],
  ['FW: Scanned Document - Pathology requisition forms (blank)', "a scanner's label"],
  ['Override report: pt J.T. (bed 14) - ketorolac', "a dispensing cabinet's override; initials without a birth date"],
  ['Tierarzt-Termin für Bello (Impfung) - komme Di später', "a vet's appointment (German)"],
  ['Kaninchen Lotte - Nachkontrolle Tag 14, Wundheilung', 'a research rabbit (German)'],
  ['Campanha de doação de sangue na Igreja Nossa Senhora de Fátima', 'a title inside a capitalised church name (Our Lady) is no title'],
  ['Kudos to Anneliese Quarrington for the level of care on 4 West', 'the level of care given is the work'],
  ['PD training - Anneliese Quarrington, charge nurse leadership track', 'PD without "home" is professional development'],
  ['Stroke program stage 2 certification - Mike Quarrington', "a programme's stage is its certification"],
  ['Reb Katz - pastoral visits on the oncology floor', "a rabbi's title, as Chaplain"],
  ['Reprint request - Nnamdi Quarrington, stroke rehab outcomes', "a publication's reprint"],
  ['Schedule - Priya Quarrington ICU nights Nov', 'a unit and its shift is where she works'],
  ['SmartText for stroke NIHSS - Mensah/Quarrington', 'names closing a work product subject after a dash are its authors'],
  ['Discharge checklist - CHF - Eleni\'s edits', 'the edits to a checklist credit their author'],
  ['CHF teaching sheet - Priya Quarrington\'s edits', 'edits closing the subject credit their author'],
  ['Sepsis pathway stage 2 rollout - Priya Quarrington', "a pathway's stage in a rollout is the project's"],
  ['Priya Quarrington MRI nights', 'a modality and its shift'],
  ['Villa de la Paz apartments - COVID testing', 'two particles after no given name: a place'],
  ['Your TB blood test result needs follow-up - please call 555-0101', "a request to call, addressed to the reader: the office's number"],
];

const flagged: [string, 'high' | 'medium', string][] = [
  // Session 56: a leave's certificate, someone's own; a vaccination card; a lay title keeps the patient; a cohort
  // someone joins; a drug glossing a leave.
  ['FMLA cert - Dorota Fenwick - rotator cuff repair 2/4', 'high', "a leave's medical certificate attests the holder's care"],
  ['Mr. Ode - PICC validation', 'high', 'a lay title makes the line the patient\'s'],
  ['Glad to welcome Amara Quist into our long COVID cohort', 'high', 'joining a cohort for a condition is the participant\'s'],
  ['Рекс Волков — анализ крови на завтра', 'high', 'without an animal word the name is a person\'s'],
  ['Frau Lindner Temperatur 38,7 seit heute', 'high', 'a temperature with a decimal comma is Celsius, a body\'s'],
  ['Гончаренко, палата 6 — температура 38,9', 'medium', 'the Russian temperature word with its reading'],
  ['Care conf - Quiroga, Elena - Tues 2pm with family', 'high', "a care conference as a unit shortens it"],
  ['Nakamura T - cast check + films in 3 wks', 'medium', 'a cast check'],
  ['Amara Osei crash section - debrief Friday', 'high', 'an emergency caesarean'],
  // A condition's certificate, an admission or a discharge handled by staff, a participant named before a study, patients
  // listed after their operations, a depot injection: still the patient's.
  ['Tariq Okafor - dementia cert for the DMV', 'high', "a certificate of a condition is the holder's"],
  ['Thanks Ana for handling the discharge of Tariq Okafor', 'high', "a discharge stays the patient's among thanks"],
  ['Research nurse note: Ines Okafor asthma trial screening labs', 'high', 'a participant named before her study'],
  ['Tonsillectomy cases: Ines Okafor 0800, Bao Tran 1000', 'high', 'operations listed with their patients'],
  ['Tariq Okafor Zoladex Depot 10.8mg', 'high', 'a depot injection, no firm'],
  ['Bao Tran temp 101,4 overnight', 'high', 'a Fahrenheit reading typed with a decimal comma'],
  ['Ines Okafor nail appt - podiatry', 'high', "a podiatrist's nail appointment"],
  ['Griselda out on leave (chemo) - cover her clinic', 'medium', "a drug glossing a leave is the colleague's own"],
  // Session 55: home-care visit kinds, what is done to a patient opening a subject, slurred speech, a relative's death
  // where it happened.
  ['Brandvik discharged from home care 6/2 - goals met', 'medium', 'a surname no list holds opening a subject before "discharged" in the passive'],
  ['roc visit Tues - Kaleikini', 'medium', 'a resumption-of-care visit'],
  ['BP 188/110 at Okafor appt - recheck', 'medium', 'after "at" but going on to a visit: the patient\'s'],
  ['CHOI SEO-YEON - echo results', 'high', 'a Korean name all in capitals, its given name hyphenated'],
  ['jang min-seo - echo results', 'medium', 'a Korean name all in lower case reads as a lower-case pair'],
  ['tansyon li 172/104 - Wideline Joseph', 'high', 'a blood pressure reading opening the field, the possessive after the noun'],
  ['Storm Whitaker - asthma f/u Tues', 'high', '"Storm" without a storm\'s kind before it is a given name'],
  ['wound check at Kowalski - cellulitis worse', 'medium', 'after "at" but a home visit\'s: the patient'],
  ['Nnamdi Ezeh - slurred speech since noon', 'high', 'slurred speech is a symptom, not a talk'],
  ['Condolences - Ines Carvalho\'s mother passed away at Larch Ridge ICU', 'high', 'where the death happened still says so'],
  // Session 54: names typed in lower case by a busy desk: a pair of names of other origins, a surname after "for" that
  // follows a test, a dotted title before a surname no list holds, acronyms among lower-case words; a practice's "A & B"
  // is not a pair the name joins itself.
  ['bilal ozturk mri results - release to portal?', 'medium', 'two names of the other origins\' lists in lower case'],
  ['stress echo for zielinski 1:30 cxl', 'medium', 'a surname after "for" that follows a test'],
  ['eval thurs - frozen shoulder - mrs. vandermolen', 'high', 'a dotted lower-case title before a surname no list holds'],
  ['EKG needed - olga petrenko pre-op', 'medium', 'acronyms in capitals among lower-case words'],
  ['luisa ferrante needs amlodipine refill please call her', 'medium', 'a call asked for is the verb, not on-call work'],
  ['pts Ferreira & Lindahl still NPO?', 'medium', 'two patients joined by "&" after "pts"'],
  ['Oana Dumitru - her sugars running 300s', 'high', 'her sugars are her blood sugars'],
  ['mrs pennington asking to change pcp', 'high', 'switching primary care is an encounter'],
  // Lower-case names found by where they stand.
  ['adaeze o 30wk glucola today', 'medium', 'a given name before an initial'],
  ['lab draw for r. kowalewski - bmp', 'medium', 'a surname after an initial and its dot'],
  ["efua's strep swab came back +", 'medium', 'a given name before a possessive'],
  ['tolentino, rosario - knee xray', 'medium', 'last, first in lower case'],
  ['reyes, marisol - audiogram + tympanometry', 'medium', 'a surname that is also a given name, before the comma'],
  ['strep swab results - patel arjun', 'medium', 'a surname and a given name closing the field after a dash'],
  ['wound check - mwangi-otieno', 'medium', 'two surnames joined by a hyphen, set apart at the end'],
  ['echo results - priyanka', 'medium', 'a given name set apart at the end'],
  ['wojcik still npo, surgery pushed to 3pm', 'medium', 'a surname opening the field'],
  ['ct abd ordered for svetlana - pls call', 'medium', 'a name after "for"'],
  ['rm 14 okonkwo - chest pain since 3am', 'medium', 'a surname after a room number'],
  ['Hendrix Halloway signed AMA overnight', 'high', 'leaving against advice, signed'],
  ['Ugo Eze - FB removal R ear', 'high', 'a foreign body removed'],
  ['315 wojcik k+ 6.3 repeat?', 'medium', 'potassium in lower case with its charge'],
  ['thanks Imelda - your thyroid labs look good', 'medium', 'one thanked and spoken to about her own care'],
  ['kudos Desmond - 2 yrs in remission!', 'medium', 'one praised for his own health'],
  ['CT gantry repaired - Mrs. Haverford rescan at 3', 'high', "a scanner's service does not hide a titled patient's scan"],
  ['Farahani CT results', 'medium', 'a word no list holds before a test and its results'],
  ['Gerald tote of his own meds found in radiology', 'medium', 'a given name is no supplier before a product word'],
  ['Okonjo inventory of her home meds - apixaban', 'medium', 'products that are hers'],
  ['critical k 2.9 - okonkwo, paged resident', 'medium', 'potassium in lower case to one decimal'],
  ['3W-12 kaminski abg pending, on bipap', 'medium', "a unit's letter glued to its floor leaves a line typed in lower case"],
  ['Marandi MRI results back? son asking', 'medium', "a word no list holds before a test whose results are awaited"],
  ['Mrs. Kalinowski refusing blood - JW', 'high', 'refusing blood products'],
  ['Sra. Magalhães leito 4 - saturação 88%', 'high', 'oxygen saturation in Portuguese'],
  // Session 53: a possessive name before an age with its unit or a body site and care; a dose given to a named person is no
  // supplier's lot; a request after a comma is no credential; the opening word before someone's condition and its photos.
  ['Alizadeh - new AFib on tele', 'medium', 'a Persian surname ending no list needs to hold'],
  ['Okafor daily wts - 4 lb up', 'medium', 'daily weights written short'],
  ['Amara Ruiz - 1wk wt checks Thurs', 'high', "a newborn's weight checks written short"],
  ['Amara Ruiz - PCN desensitization Mon', 'high', 'a penicillin desensitization is a procedure'],
  ['Tobenna Okoye-Ward readmitted - CHF exacerbation', 'high', 'a place word hyphenated in a double surname is the surname'],
  ['Aurelio Mendes - ICD shocks x2 last night', 'high', "a defibrillator's shocks"],
  ['Pacemaker rep Dana Fox at bedside for Walter Kimura interrogation', 'high', "the rep is named after \"rep\"; the device's owner after \"for\""],
  ['Potassium rep Lena Okafor 5.9', 'high', "a test's rep is a repeat: only products and procedures have reps"],
  ['Echo findings Mrs. Dunleavy, sonographer Ravi Patel RDCS', 'high', 'a credential after the comma names the sonographer, not the titled patient'],
  ['ለወ/ሮ አልማዝ የኢንሱሊን መርፌ', 'high', 'an Amharic title with the preposition "for" glued before it'],
  ['si Marites ay may lagnat, dalhin sa clinic', 'medium', "Tagalog's article of persons before a name"],
  ['Соколова Анна, гепарин 5000 ЕД', 'high', 'heparin by its Cyrillic stem, two letters before it'],
  ['Ткаченко Ірина, метформін 500', 'high', 'a Ukrainian spelling of a drug stem'],
  ['小野寺様 大腸内視鏡 12/2', 'high', 'kanji before the honorific a clinic writes after a patient'],
  ['林婆婆 糖尿病 复诊', 'medium', 'a Chinese surname with the word for an elder the staff call her by'],
  ["Zoryana's 9mo labs back", 'medium', 'an age glued to its unit between the possessive and the tests'],
  ["Henrike's knee MRI moved to Fri", 'medium', 'a body site between the possessive and the test'],
  ['Tomasz Wrona Tdap given 10/2 - lot 5512B', 'high', 'a dose given to a named person, with its lot'],
  ['Helen Novak, pls close CCM - deceased', 'high', 'a request after the comma, not a credential'],
  ['Vakaloa wound photos', 'medium', "a word no list holds opening the subject before someone's condition and its photos"],
  ['Helen Novak - ACL reconstruction 11/4', 'high', 'ACL with a reconstruction is a procedure'],
  ['Amyloid PYP scan - Darnell Voss', 'high', 'a PYP scan is a nuclear cardiology test'],
  ['Recepta na insulinę dla pana Tadeusza', 'high', 'a Polish title in the genitive before the name'],
  ['Аналізи крові пана Коваля - анемія', 'high', 'a Ukrainian title in the genitive before the name'],
  // Session 52: a prior authorisation's state after "PA"; a veteran's pin ceremony is no vet's; eponymous breathing; weight
  // bearing, blood patches and periprosthetic fractures; operations in the Romance and German spellings.
  ['Xolair - Ines Varga, PA approved', 'high', '"PA approved" is a prior authorisation, not a credential'],
  ['Walter Dunmore, Navy vet, passed in hospice overnight', 'high', '"vet" beside military service is a veteran'],
  ['Okafor, Ruth - Cheyne-Stokes breathing since 2am', 'high', 'an eponymous breathing pattern is a condition, not a name'],
  ['Tomas Lindqvist - advance to WBAT per Dr. Ruiz', 'high', 'a weight-bearing order'],
  ['Graciela Fuentes: epidural blood patch booked Tues', 'high', 'a blood patch'],
  ['Periprosthetic fx - Walter Dunmore, plates on loan', 'high', 'a periprosthetic fracture'],
  ['Graciela Fuentes - histerectomía programada en mayo', 'high', 'a Spanish operation by its ending'],
  ['Frau Ingrid Vogt - Cholezystektomie am Montag', 'high', 'a German operation by its ending'],
  ["keleti fonua's baby - fever after shots, call back?", 'medium', 'a lower-case name made possessive before its care'],
  ['sione lauina came in for TB read', 'medium', 'a lower-case name before a word that follows a person'],
  ['pt HALINA WROBLEWSKA rm 2 - flu shot', 'high', 'a name in capitals right after a patient word'],
  ['pt TEODORA ZABLOCKA bed 4 - flu vaccine due', 'medium', 'two capitalised words no list holds after a patient word'],
  ['Pt 555-0139 call back - SOB since am', 'medium', 'a local number right after a patient word'],
  ['Пациентка 555-0172, перезвонить: кашель и температура', 'medium', 'a local number after a Russian patient word'],
  ['Сабина Ершова: ТТГ 7,4 - к эндокринологу', 'high', 'the thyroid test in Russian'],
  ['Keleti Soliai A1c 9.2 - wants to talk insulin', 'medium', '"to talk" after a verb of wanting is no talk'],
  ['Lots 4410, 4411 used for Nadia Ferreira - infusion reaction', 'high', 'a full name after "for" in a product notice is who it went to'],
  ['Rabies exposure (bat) - Mr. Lindahl, PEP day 0 today', 'high', 'post-exposure prophylaxis anywhere in the field is given to a person'],
  ['نتيجة فحص - أحمد حسن', 'medium', 'a result and its test beside each other in Arabic script (medium: both need support)'],
  ['Γιώργος Παπαδόπουλος - αποτελέσματα εξετάσεων', 'medium', 'a result and its tests beside each other in Greek'],
  // Session 51: a condition with where it happened; an acronym's plural; therapy programmes and devices; growth hormone.
  ['Amara Diallo sprain during drills, needs eval', 'high', 'a condition "during" an activity is no part of a job name'],
  ['Graves disease, Lindqvist, Mara - TSH f/u', 'high', 'a given name after the eponym list makes "Last, First"'],
  // Session 51, second pass: clinical shorthand with an everyday sense right beside a full name (medium).
  ['referral for Tomasz Wrobel', 'medium', 'a referral "for" a full name'],
  ['Ines Abara consult', 'medium', 'a consult right after a full name'],
  ['Ines Abara dose', 'medium', 'a dose right after a full name'],
  ['Maria Lopez EDD 6/14', 'medium', 'no lower-case word, but no other capitalised word either: no headline'],
  ['Kowalski, Anna - FET', 'medium', 'shorthand after "Last, First"'],
  ['Mrs Okonjo bedsore photos', 'high', 'the lay word for a pressure injury'],
  ['CXRs for Tomas Ruiz both clear', 'high', 'an acronym with a plural s is the same test'],
  ["Mrs. Adeyemi's CTs from Tuesday", 'high', 'a possessive before an acronym in the plural'],
  ['Rhea Castellano - LSVT BIG session 4', 'high', "a named therapy programme"],
  ['thumb spica fitting - Jonah Ekwueme', 'high', 'an orthosis fitted to one patient'],
  ['somatropin refill - Lior Benami', 'high', 'growth hormone by its generic name'],
  // Session 50, third pass: names typed in lower case (three words of the lists; a given name set apart or possessive,
  // opening a subject about one patient); a bundle branch block; retinal images.
  ['ngo thi hanh a1c 10.2 - call back', 'medium', 'a Vietnamese name of three words in lower case'],
  ['dang van hieu - a1c 11.4, needs f/u', 'medium', 'a surname and a Vietnamese middle name, in lower case'],
  ["farrah's potassium 2.8 - replete?", 'medium', 'a given name in lower case, possessive'],
  ["margot's discharge to rehab friday", 'medium', 'a given name in lower case, possessive before a clinical term'],
  ['maile - hgb 6.4, 2u ordered', 'medium', 'a given name in lower case, set apart'],
  ['Dmitri Sorokin - new LBBB on ekg', 'high', 'a bundle branch block'],
  ['retinal images for Ana Ruiz - diabetic', 'high', 'retinal images and a condition'],
  // Session 50, second pass: an encounter after a possessive in a legal paper; a tracing's category beside a cat's word;
  // a guide dog for a named person; Tagalog "sent home" and a follow-up at cardiology; a bone density scan.
  ["Lien for Hollis Varga's ER visit", 'high', 'an encounter after a possessive, closing the clause'],
  ['Okafor, Chidi - cat II tracing, MD aware', 'high', "a fetal tracing's category, not an animal"],
  ["Guide dog for Mira Osei at Friday's eye appointment", 'high', 'a guide dog for a named person'],
  ['Rodel Manalo pinauwi na - f/u with cardio next wk', 'high', 'sent home, and a follow-up at cardiology'],
  ['DXA - Mensah', 'medium', 'a bone density scan beside a surname'],
  // Session 50: away or recovering for one's own surgery, whatever the coverage; a possessive's care in legal papers; an ID
  // band's reprint; a person's own service dog; a newborn's weight and a welcome to a baby; obstetric emergencies.
  ['Sub needed: Mr. Abernethy out 3 wks for thyroid surgery', 'high', 'away for a span of time for his own surgery'],
  ['Inez Farrow recovering from knee surgery - coverage list below', 'high', 'recovering from it, a body site between'],
  ["Lien notice for Marcus Ode's PT + MRI", 'high', 'a possessive followed by care that closes its clause, in a legal paper'],
  ['armband reprint - Voss, Talia, pt in L&D 4', 'high', "an ID band's reprint is no publication's"],
  ['ADA request: Pavel Zorin - his guide dog at work, glaucoma', 'high', "a person's own guide dog is no veterinary patient"],
  ['welcome baby Arlo - 6lb 11oz, mom Keiko Hale doing well', 'high', 'a birth weight, and a welcome to a newborn'],
  ['home visit Weds - Ilse Brandt, 4d pp, BP 148/96', 'high', 'days after giving birth'],
  ['Ines Caro - cord prolapse, to OR now', 'high', 'an obstetric emergency'],
  ["release psych records to Tomas Ekwueme's attorney", 'high', "a specialty's records for one person"],
  // Session 49: a surname of three letters, a unit's room code, a radiation dose, a Polish surname ending.
  ['Ahn (bed 2) NPO for EGD', 'medium', 'a three-letter surname before a bed tag'],
  ['Das - Mg 1.2, replete', 'medium', 'a three-letter surname set apart'],
  ['recheck Mridha 6N-233 for DTs, CIWA q1', 'medium', "a word no list holds right before a unit's room code"],
  ['Mridha 5N12 desat to 83% overnight', 'medium', "a room code without its hyphen"],
  ['Mr. Aldana - 50 Gy completed today', 'high', 'a radiation dose in grays'],
  ['port access for Zielonkowska next wk', 'medium', 'a Polish surname ending'],
  ['welcome back Yesenia!! hope the hip surgery recovery is going smoothly', 'medium', "a colleague's recovery from her own operation"],
  ['Delacroix missed 4 doses this week', 'medium', 'a count of missed doses'],
  // After the review: a given name in capitals right after a bed's number; a patient's summary and guide.
  ['bed 12 EMMA - pain 9/10, needs morphine', 'medium', 'a given name in capitals placed in a bed'],
  ["Hartley's summary: CT shows PE", 'medium', "a patient's summary is no colleague's work"],
  ["Nowak's guide - new insulin pen (patient copy)", 'medium', "a patient's guide"],
  // Session 48: clinicians' telegraphic lines, with a listed surname in lower case where a patient stands in them.
  ['bed 12 kowalczyk abg 7.19/70/52 on bipap', 'medium', 'a surname right after a bed'],
  ['potassium 2.9 for gutierrez - replete?', 'medium', 'a surname after "for" following a value'],
  ['new afib, family updated - fitzgerald', 'medium', 'a surname set apart closing the line'],
  ['henderson inr 5.3 - hold warfarin?', 'medium', 'a surname opening the line before a test'],
  ['lactate 5.2 - ferreira rm 214, sepsis bundle', 'medium', 'a surname before a room with its number'],
  ['mrs. castellano asking for her insulin again', 'high', 'a lower-case title with its dot'],
  ['5E-03 ms. lindgren hip fx, 2 assist', 'high', '"ms." with its dot before a surname'],
  ['npo p mn for novak, ct abd in am', 'medium', 'a lower-case line: "npo" counts without capitals'],
  ['Pt Teodora Blaylock (x5531) chest pain', 'high', 'a patient word before the name keeps the patient, whatever follows'],
  ['Return call: Teodora Blaylock x5531 - wants her A1c results', 'high', 'an extension, but her own results'],
  ['mbr Okonkwo-Hale deceased 9/14 - stop auto-refills', 'high', '"mbr", a health plan\'s member'],
  ['Quentin Marsh ext. 7710 discharged today after hip replacement', 'high', 'an extension without a word to reach him'],
  // Session 47: a patient presents to somewhere; a given name and an initial closing the field with its dot; the
  // vocabulary of substance-use treatment (cravings, leaving against advice, aftercare, blood alcohol, take-home doses,
  // AUD, heroin with another health word).
  ['Adeyemi presenting to ED with chest pain', 'medium', 'a patient presents to a place'],
  ['Awa Diallo-Sow - febrile neutropenia, ANC 300', 'high', 'a double surname, not a statement of work'],
  ['CT abd - TRAN, VAN-AN', 'high', 'a given name of two hyphenated syllables in capitals'],
  ['sedated ABR 6/3 - Kavya Menon', 'high', 'an auditory brainstem response'],
  ['Elevated lead - Jaylen Ortiz BLL 12, home visit', 'high', "a child's elevated lead"],
  // After the round's review: a patient asked to take "them" (pills); a test that is not the field's last word after a
  // clinician's name; a patient presenting before a complaint; surnames that are weekdays or open with El or La.
  ['Metformin GI upset - can Rosa Vasquez take them with food?', 'high', 'a patient asked to take her pills'],
  ['Dr. Ramos, Colonoscopy: Grace Whitfield 4/12', 'high', "a booking under a clinician's name"],
  ['ED: Kowalczyk presenting - chest pain, trop pending', 'medium', 'a patient presenting before a complaint'],
  ['Ewa Sroda biopsy path report', 'high', 'a Polish weekday that is a surname'],
  ['Rosalie Viernes - A1c 9.8', 'high', 'a Spanish weekday that is a Filipino surname'],
  ['El Khoury - biopsy results', 'high', 'an Arabic surname opened by El'],
  ['Mr. Samedi glucose 410', 'high', 'a Haitian surname that is a French weekday'],
  // A clinician away with a condition or a medication that closes its part: their own illness.
  ['Dr. Moss out sick - migraine', 'medium', "a clinician's own illness after an absence"],
  ['Dr. Ng out til Mon - COVID positive, pls cover Team C', 'medium', "a clinician's own positive test"],
  ['Samedi, Rose - HbA1c 11.2', 'high', 'the same surname in "Last, First"'],
  ['Hannah Lee scheduled with Dr. Ramos, Colonoscopy', 'high', "a patient booked under a clinician's name"],
  ['Triage: syncope, Okonjo presenting', 'medium', 'a patient presenting in triage'],
  ['Los Santos, Carmen - HbA1c 11.2', 'high', 'a surname opened by Los in "Last, First"'],
  ['Patient Update: La Toya Brooks Admitted With Sepsis', 'high', 'a given name opened by La'],
  ['dc instructions for Okafor - updated copy', 'medium', 'discharge instructions in short'],
  ['Vision screening results - Tomas Reyes failed OS', 'high', "a child's vision screening"],
  ['can Maria Lopez get her MRI moved?', 'high', '"her" before a noun is a possessive: the one named is the patient'],
  ['María De La Cruz - resultados de mamografía', 'high', 'after "De" the article is a particle of the surname'],
  ['can Brandt see Okafor today? BP 200/110', 'medium', 'the one to be seen is named, not a pronoun'],
  ['Nnamdi back in the MICU after his fall', 'medium', 'a unit by its service beside a fall'],
  ['Methadone induction Friday - Kenji T.', 'medium', 'a given name and an initial with its closing dot'],
  ['Darnell - cravings worse, asking to go up on his dose', 'medium', 'cravings'],
  ['Imani walked out AMA overnight', 'medium', 'leaving against medical advice'],
  ['Tomas - aftercare plan for Friday', 'medium', "a client's aftercare plan"],
  ['Rocio BAC 0.08 at the dosing window', 'medium', 'a blood alcohol reading'],
  ['Ochieng: take homes suspended after + UDS', 'medium', "a methadone programme's take-home doses"],
  ['Lanre Afolabi - AUD, wants naltrexone', 'high', 'alcohol use disorder in capitals'],
  ['Ana Ruiz - heroin relapse, detox bed?', 'high', 'heroin beside another health word'],
  // Session 46: a reading named after a possessive name without its value; a vancomycin level and ventilator settings in
  // short; a contrast reaction; the name after a group's label with health after it; the addressee is the patient
  // without a room or pronoun; a document word as a given name; the lobby after a title.
  ["can someone recheck Arturo's BP before 0600", 'medium', "a possessive name before a reading"],
  ["Mrs. Oyelaran's sats dropping on RA", 'high', 'a lay title and a possessive reading'],
  ['vanc trough for Ingrid Solberg - 22.4, hold?', 'high', 'a vancomycin trough in short'],
  ['Teodoro Salgado ADL eval - OT to reassess', 'high', 'an assessment of daily living'],
  ['contrast rxn - Yusuf Demirci, hives after CT', 'high', 'a contrast reaction'],
  ['RCA committee: Okonjo, Lindgren - both out with flu', 'high', 'health after the names may be their own'],
  ['Cardiac rehab class - attendees: Hollis, Brandt, Quade', 'high', "a class's attendees are its patients"],
  ['Joaquin - fyi moved to bed 14, NPO for cath', 'medium', 'the one named is the one moved'],
  ['Walter - pls transfer to 5N-210, on heparin gtt', 'medium', 'a request whose act is done to the one named'],
  ['Ramiro, pls call back re: biopsy', 'medium', 'no third party named: the reader may be the patient'],
  ['Pertussis - Lien Tran, 8mo, daycare exposure', 'high', 'a document word that is a given name opening the name'],
  ['Mr. Ravensworth lobby fall - hip pain', 'high', 'a lay title before the name: not a lobby'],
  ['Syncope - Greta lobby, BP 70/40, sent to ED', 'medium', 'a given name before a lower-case room word'],
  ['Okafor cafeteria - choking episode, to ED', 'medium', 'health after a surname and a room word'],
  ['Smoking cessation cohort - team: Ortiz, Kaplan, Feld (all quit 30 days)', 'high', "a patients' programme's team"],
  ['Hazel Knoll 3W - CHF, BNP 1200', 'high', 'a surname that is also a hill'],
  ['Okonkwo lipid panel 12/3 - LDL 210', 'medium', 'a lab panel after the name'],
  ["Maria's surgery day moved to Tues", 'medium', "one day of surgery is the patient's"],
  ['AM labs: Halvorsen 3.1, Adeyemi 2.9 - K replacement?', 'medium', 'values per person without a word of staff figures'],
  ['Gruffydd D, post-op hip day 2, PT pls', 'medium', 'a surname and its initial opening two clinical terms'],
  // Session 46, after review: the staff readings give way to a patient's context.
  ['INR goal 2-3: Castellano 4.9, Pettigrew 1.3', 'medium', 'decimal results after names are patients\' values'],
  ['Wound size measure: Delacroix 4 cm, Ferreira 2 cm', 'medium', 'a measure with its unit is a wound\'s'],
  ['Lindqvist panel pending, CMP repeat', 'medium', 'a lab panel, not a clinician\'s'],
  ["Gunther's dialysis days changed to MWF", 'medium', "a patient's course counted in days"],
  ['Consent for hysterectomy signed by Delphine', 'medium', 'patients sign consents'],
  ['Cyrus coded overnight, ROSC after 12 min', 'medium', '"coded" is a cardiac arrest'],
  ['Renata Okafor Speech Therapy - dysphagia', 'high', 'a therapy after a full name is the patient\'s'],
  ['Amundsen - gait training, 2 person assist', 'medium', 'a therapy\'s own word "training" is no staff cue'],
  ['US abd for Vlachou needs NPO, moved to 1000', 'medium', 'after a test and "for", the subject of a verb of needs'],
  ['Odette (OR scheduler) - her knee surgery went well', 'medium', "a colleague's own surgery after her job in brackets"],
  ['heparin drip for Tavilo', 'medium', 'a name ending the subject after a clinical term and "for" (no word after it)'],
  ['Kealoha 10yo BMI >99th %ile - wt mgmt consult?', 'medium', 'a word no list holds right before an age'],
  ['Tavilo (4yo) - 3rd AOM, amox again?', 'medium', 'an age in brackets, otitis media and amoxicillin in short'],
  ['Ingrid Solberg 4mo shots today', 'high', "the well-child shots by age"],
  ['Gio Ferrante sweat test moved to Fri', 'high', 'a sweat test'],
  ['Mele Tupou - P. vivax, primaquine after G6PD', 'high', 'a malaria species and its drug'],
  // Session 45: a given name that is an English word before a surname no list holds, a clinical term right after.
  ['Joy Tabuena 30wk GTT 158', 'high', 'a word-given name and a name-like surname, then the clinical terms'],
  ['Faith Dumaguin 26wk A1c 7.9', 'high', 'the same with a gestational age and a result'],
  ['Mrs. Lee - the DKA case from last night', 'high', 'a lay title names the patient of the case'],
  // Session 45: lay titles typed in lower case, with their dot ("ms.") or as "miss", and a pressure after a lower-case "bp".
  ['mr. kowalski bp 192/104 in clinic', 'high', 'a lower-case "bp" before a pressure pair is a reading'],
  ["ms. nguyen's potassium 2.8 - replete?", 'high', '"ms." with its dot before a known surname'],
  ['miss kowalski ct head neg', 'high', '"miss" before a surname of the lists that is no everyday word'],
  ['FW: Precious Joy Tabuena - Pap ASC-US', 'high', 'two word-given names set apart before the surname'],
  // Session 45: a medical leave right before "after" ties the treatment to the person on leave.
  ['Dr. Quarles on medical leave after hip surgery - call swap Dec', 'medium', "a medical leave's reason after 'after': the clinician's own"],
  // Session 44: a patient who left the unit; a meal tray after a condition; rigors; a Spanish diet order; a clinician
  // who started a treatment.
  ['Coverage needed Fri - Dr. Okoro started dialysis, out for now', 'medium', "a treatment right after a verb of starting, closing its clause: the clinician's own"],
  ['PGY-1 Dr. Lam - started fluoxetine, no nights x2 wks', 'medium', "a drug right after a verb of starting: the resident's own"],
  ['Mr. Tafoya eloped from 6W - security notified', 'high', 'a patient who left the unit unannounced'],
  ['Shellfish allergy tray sent - Dana Okafor 4E', 'high', "a tray after a condition is the patient's meal, not a workplace"],
  ['Ms. Ruiz - T 38.9 with rigors', 'high', 'rigors'],
  ['Dieta blanda para la Sra. Ruiz - 3N', 'high', "a Spanish diet order with a lay title"],
  ['Flowers for Dana Okafor - her mom passed at St. Brigid Hospice', 'high', 'condolences, but the death has a place of care'],
  ['Ryan White biopsy results', 'high', 'a person of the programme\'s name, with a test'],
  ['Arroyo Blanco, Maria - MRI results', 'high', 'two surnames before a comma and a given name, though they spell a place'],
  ['Harold Vance - handoff to Patient Transport', 'high', 'a patient handed to transport: "to" is a department only beside a welcome'],
  ['Transfer to Patient Placement for Mr. Vance', 'high', "placement is a patient's movement, not a department word"],
  ['Tsinabinnie Kirkness biopsy results', 'medium', 'a surname in -ness is no English noun'],
  // Session 43: European registries' surname in capitals before the given name; surname endings; a broken bone; a
  // blood pressure's part; a parent's call made a nickname by its initial.
  ['ZIELONKA Marta - nadciśnienie', 'medium', 'a surname in capitals before a Title Case given name, no comma'],
  ['POPESCU Gheorghe - externare cu diagnostic de pneumonie', 'high', 'a Romanian surname ending and a listed given name'],
  ['Ms. Munteanu biopsy', 'high', 'a Romanian surname after a title'],
  ['Dr. Lena Ortiz broke her L hip skiing', 'medium', "a clinician's own broken bone, tied by the verb"],
  ['Mateo broke his arm at recess', 'medium', 'a broken bone after a pronoun'],
  ['Bernadette SBP 80s, MAP 58 - rapid called?', 'medium', "a systolic pressure's range and a mean arterial pressure"],
  ["'Mama G' in bed 14 - GOC", 'medium', "a parent's call with an initial: a patient's nickname"],
  ['Dr. Elena Sokolova - medical leave, knee surgery 9/3', 'medium', "a medical leave's reason is the clinician's own care"],
  ['Dr. Patel - sick leave, pneumonia', 'medium', "a sick leave's reason"],
  ['Dr. Zielonka na zwolnieniu - złamana noga, 4 tyg.', 'medium', "a Polish sick leave's reason"],
  ['Dr Moreau en arrêt maladie - pneumonie, 1 mois', 'medium', "a French sick leave's reason"],
  ['lek. Ewa Zielonka - zwolnienie lekarskie, złamana noga', 'medium', "a Polish physician's own sick leave and its reason"],
  ['wound pic from visit - mr delacroix', 'high', 'lower-case "mr" opening a clause before a word no list holds'],
  ['biopsy results - K Lungu', 'medium', 'an initial without its dot between the dash and the surname'],
  ['受试者 王秀英 肌酐升高 请PI确认', 'high', "a trial's subject with a creatinine result"],
  ['Readmits_Oct_Bautista_Feliciano_Grady', 'high', 'readmissions in the plural, with patients named'],
  ['Autorizacion_divulgacion_Guadalupe_Ramos', 'high', "a release-of-information authorisation named for the patient"],
  ['Informe_alta_Dña_Remedios_Iturbe', 'high', "a discharge report glued without its 'de'"],
  ['XQuang_phoi_Vo_Thanh_Tam', 'high', 'an X-ray in Vietnamese glued into one word'],
  ['Dr Halvorsen having his carpal tunnel release 4/9', 'medium', "a doctor's title without its dot is no part of the name"],
  ['pt Petraitis Algirdas, hx ETOH, CIWA 14 overnight', 'high', 'a Lithuanian surname ending, not an inflammation'],
  ['Maria Lopez, dog bite R hand - tetanus?', 'high', "an animal's bite is a person's injury"],
  ['Dr. Whitcombe had a stroke Sunday - clinic cancelled', 'medium', "'had a' before a condition ties it to the clinician"],
  // Session 42: a surname spelled like an animal or a document's acronym; a specialty's record of a visit; electrolytes.
  ['Sow Oumou - hep B VL', 'medium', 'a Fulani surname before a listed given name: no sow, no statement of work'],
  ['Fox Maria - MRI knee', 'high', "an animal's word as a surname before a given name"],
  ['Utsi Risten - psych assessment', 'medium', "a specialty's assessment is a visit to it"],
  ['Maria Lopez - cardiology note', 'high', "a specialty's note is a visit to it"],
  ['Re: Tallis - repeat K+ this pm', 'medium', 'an electrolyte by its symbol and charge is a lab value'],
  ['Brannigan D - desatting to 86%, RT called', 'medium', 'desaturating, in its -ing form'],
  ['Mr Okonedo - AAA surveillance 4.8cm', 'high', "an aortic aneurysm's surveillance"],
  ['grace okonkwo a1c 9.8 -- needs endo f/u', 'medium', 'an everyday-word given name before a surname no word spells, in lower case'],
  ['frank delgado trop trending up', 'medium', 'the same'],
  ['Transplant candidate packet - Lorraine Mbeki, pre-listing workup', 'high', 'a candidate right after a procedure is a patient assessed for it'],
  // Session 41: a body temperature is a reading from a person; a decedent is a person who died.
  ["Mrs. Okonjo's goals of care meeting 3pm", 'high', "a care conversation held as a meeting is the patient's encounter"],
  ['Mr. Vance in 5E - GOC discussion with daughter', 'high', 'the same, in shorthand'],
  ['Maya out til 12/6 - hernia surgery, pls cover her panel', 'medium', "away until a date beside a procedure: the colleague's own"],
  ['Петро - діагностували діабет', 'medium', 'a Ukrainian given name (Петро, not the Russian Пётр) with a condition'],
  ['Ірина Коваленко - цукровий діабет', 'high', 'a Ukrainian full name'],
  ['Flowers for Tess Okoye - in the ICU after a car crash', 'high', 'a road injury is health information about the person'],
  ['In loving memory of Walt Pruneda, who fought ALS', 'high', 'living through an illness ties it to the person, in a tribute too'],
  ['Nadia survived a stroke in June - welcome back', 'medium', 'a colleague\'s own illness'],
  ['Sr. Tomás Ibarra - horario de hemodiálisis cambia', 'high', "a patient's treatment schedule is about him: a schedule word is no workplace"],
  ['Horário de diálise - Sra. Joana Prates', 'high', 'the same in Portuguese'],
  ['Harper & Sienna have lice', 'medium', 'two given names joined by "&" are two people, not a firm'],
  ['lice check - Harper & Sienna', 'medium', 'the same, after the condition'],
  ['Brayden sent home, temp 101.3', 'medium', 'a lone given name with a fever reading'],
  ['Lena Ortiz Tmax 102.4F overnight', 'high', 'a full name with a maximum temperature'],
  ['Ana Ruiz temp 38.9C', 'high', 'Celsius with its unit'],
  ['Kai Moana temp 104°F', 'high', 'a whole number with a degree unit'],
  ['Decedent release - Mr. Ignatius Abernathy to Hollis Funeral Home', 'high', "a titled name with a death in the hospital's care"],
  ['Mrs. Lee - dermatology office visit Tues', 'high', 'an office visit is an encounter, not a workplace'],
  ['pt phone 555-0137 keeps calling re oxycodone refill', 'medium', "a patient's phone: a local number after 'pt phone'"],
  ['Team update: Priya hospitalized with pneumonia - card for her', 'medium', 'a verb of what befell her right after a lone name: the topic word does not make her a topic'],
  ['Frank Vellacorte - PFT results', 'high', 'a given name that is also an English word, set apart before a surname no list holds'],
  ['Will Brannoway: asthma flare, ED tonight', 'high', 'a given name that is also an English word before an unknown surname'],
  ['Pts Kowalski & Brandt still NPO after midnight?', 'medium', 'two surnames joined by "&" after a plural patient word are patients, not a firm'],
  ['PA: Ines Calloway - Humira renewal approved', 'high', 'a prior authorisation before a patient, not a team role label'],
  ['Fellow: Ines Calloway out sick with influenza', 'high', "a colleague's own illness after a role label"],
  ['Transfer Ines Calloway Bldg C - dialysis today', 'high', 'a full name before a building abbreviation stays a person'],
  ['Gault INR 4.6 - hold warfarin tonight', 'medium', 'half of an eponym pair, alone before a reading, is a surname'],
  ['Garcia PPO denial - MRI lumbar spine', 'medium', "a plan type after a lone surname with a patient's test"],
  ['chart audit - pull records for pts Vasquez-Orr, Delacourt, Imbali', 'high', 'a plural patient word before a list of names'],
  ['Care conference - Ellery, worsening dementia, family to attend', 'medium', "a care conference opening the subject is one patient's meeting"],
  ['Lactate 4.1 on Osei Brankwater, NP aware 0340', 'high', 'a result on a patient, then the clinician told: the credential is not the name\'s'],
  ["Cottage 2 - Zyler's new lithium level back at 1.4", 'medium', "a possessive, a word of which result, then the drug's level"],
  ['Resident: Wilhelmina Okoro - fall at 0300, neuro checks', 'high', "a care home's resident label before a name is no team role"],
  ['Pt. Vaiaku 614 - NPO after midnight', 'medium', '"Pt." with its dot before a name no list holds and the room number'],
  ['Fitness for duty eval - Priya Raman RN (PACU) Thurs 0800', 'medium', "a fitness-for-duty evaluation is the clinician's own health"],
  ['Cleared to return - Dr. Imogen Tate after wrist ORIF', 'medium', "a return to work after a procedure: the doctor's own"],
  ['Ruth Galloway - phenylketonuria diet review', 'high', 'a metabolic condition beside a full name'],
  ['Twin B Haverly - NICU day 3, phototherapy', 'high', "a nursery's twin label before a family name no list holds"],
  ['Baby Tsosie-Begay bili 16 - recheck am', 'high', "a nursery's label in Title Case before the family name"],
  ['Dr. Maren out w/ shingles', 'medium', "a clinician away with a condition: the clinician's own health"],
  ["Priya's hip surgery moved - need a float for 2 weeks", 'medium', 'a possessive name before a body site and a procedure'],
  ['Tomasz Wrobel hurt his back lifting a pallet - incident form', 'high', 'a named person hurt his back'],
  ['Pt callback 555-0118 (her office) - biopsy results', 'medium', "a person's own office line in brackets is still hers"],
  ['Positive COVID: Ines Marlow, Tomas Reyes, et al.', 'high', 'given names before "et al." list patients, not authors'],
  ['Update on Teodora after her surgery', 'medium', 'an update about someone named is news of that person, not a topic'],
  ['RN Lisa Chen MRI results', 'high', 'a credential before the name: the test after it is the colleague\'s own'],
  ['Mr. Nda MRI results', 'high', 'a surname after an honorific, though "NDA" in capitals is an agreement'],
  ['Mrs. Blank MRI results', 'high', 'a surname after an honorific, though "blank" makes a form a topic'],
  ['Harlan Quist terminally ill - hospice referral', 'high', 'terminally ill is a condition; a terminal clean is not'],
  ['Imani Boateng at Dunmore - CT results', 'high', 'a place after "at" leaves the full name before it a patient'],
  ['Ms. Tran at Eastbrook - MS flare', 'high', 'MS set apart from the school is the condition'],
  ['Space maintainer check for Tobias Wrenfield, age 7', 'high', "a child's dental appliance"],
  ['Halvard Ness perio chart: bleeding on probing upper molars', 'high', 'a periodontal finding'],
  ['Corinne Dalby, hospice pt - caregiver breakdown reported', 'high', "a hospice family's crisis"],
  ['Kaufusi (bed 6) BP 88/50, fluids running', 'medium', 'the word before a bracketed bed is whoever lies there'],
  ['Leavasa (rm 9) new rash, derm consult', 'medium', 'a room in brackets after an unlisted name, with a finding'],
  ['Renal US - Faleafaga, hydronephrosis?', 'medium', 'set apart between two pieces of shorthand, an unlisted surname'],
  ['Mobile crisis for Harlow Tembe: SI w/ means', 'high', 'suicidal ideation in shorthand'],
  ['Dashiell Morrow reached 90 days clean - peer coach notified', 'high', "a client's days in recovery"],
  ['JAMES HOLLOWAY FX ANKLE - BOOT CHECK', 'high', 'in a subject typed in capitals FX is the fracture'],
  ['Delgado 2023 CT results', 'medium', 'a surname and a year cite a paper only where a paper or a talk is spoken of'],
  ['Kofi Mensah OTP intake - methadone 80mg', 'high', 'a full name before a treatment programme is a patient'],
  ['Rosa to sign surgical consent before knee replacement', 'medium', 'signing a consent is what patients do'],
  ['Staff education - Li Na bitten by cat, rabies PEP started', 'high', "a human's own exposure in veterinary mail"],
  ['FW: Tom K\'s radiation schedule - rides needed', 'medium', 'a three-letter given name before an initial'],
  ['Exposure: RN Dana Whitlock needlestick 3/9 - source labs pending', 'high', "a credential before the name, with the colleague's own injury"],
  ["Pt 'Lupe' Harrington refusing insulin again", 'medium', 'a nickname in quotes after a patient word is a person'],
  ["Thanks for the card - Renske Albers's knee replacement went well", 'high', "a person's possessive ties the procedure to her, a day's would not"],
  ['Corwin Ashby wt up 3 lb since Friday - call HF clinic', 'high', 'a body weight that changed by a few pounds'],
  ['Rosario Molina - A1c 9.2, insulin start', 'high', "a payer's name that is also a census surname, after a given name, is the person's"],
  ['Hollis - SBT this am, EBL 300 yesterday', 'medium', 'critical-care and operative shorthand: spontaneous breathing trial, estimated blood loss'],
  ['Novak SSRF done - 5 plates', 'medium', 'rib fixation (SSRF) after a known surname'],
  ['School form for Mateo Quispe-Huamán - missing MMR #2', 'high', 'a vaccine written MMR'],
  ['Mobile crisis request - Renata Ibarra, at the Eastside lobby', 'high', 'a behavioural-health crisis team'],
  ['Dr. Ilse Brandauer out 3 wks post-op (cholecystectomy) - clinic coverage', 'medium', "away from work for a span of time beside a procedure: the clinician's own"],
  ['Przybylak - heparin gtt, anti-Xa 0.09, rebolus?', 'medium', 'a test before a decimal is a reading: in a subject of values, the word set apart at its opening is the patient'],
  ['Hida Karimi - MRI brain w/o', 'high', 'Hida in Title Case is a given name'],
  ['K+ 6.9 pre-dialysis - Maria Okafor, chair 4', 'high', "an ion's charge between the analyte and its value"],
  ['Mr. Asante (phos 7.9) - renal diet visit', 'high', 'a lower-case phosphorus value'],
  ['Cập nhật cho gia đình bà Lê Thị Hồng tại ICU', 'high', 'a title written in lower case (bà) supports a unit'],
  ['SSI review: Brennan K 10/14 colectomy - wound cultures', 'medium', 'a letter and a date after a surname are an initial and a date, not a potassium value'],
  ['Bump: Greer lap hernia repair moved to 11/02', 'medium', 'a marker and a colon before the subject opens'],
  ['Ines Okoro out 3 wks after hip surgery - need coverage', 'high', 'away after a procedure, a word between: her own'],
  ['Stellan Varga back on days after his MI', 'high', 'an MI tied by his, in capitals'],
  ["Nurmagambetova K - INR 5.1, hold tonight's dose", 'medium', 'an analyte the lists hold, with its value, makes the subject one patient\'s: the surname before an initial opens it'],
  ['Handouts for Mrs. Ilse Harrington (new AFib dx) - Spanish versions', 'high', 'an author is not written Mrs.: the handouts are for a patient'],
  ['Tumor board slides - pt Odile Ferrante, 52F, cholangiocarcinoma', 'high', 'a patient word marks a patient in teaching material too'],
  ['Tumor board slides - pt Ferrante, Odile - cholangiocarcinoma', 'high', 'whatever pattern finds the name after the patient word'],
  ['diet order - Mrs. Quillagua renal diet, rm 412', 'high', 'a therapeutic diet'],
  ['Dr. Quillagua out post ACL repair x3 wks', 'medium', 'away after a procedure, "post" written for "after"'],
  ['Mrs. Quillagua disease flare - steroids restarted', 'high', 'a title before the word marks a person, whatever follows'],
  ['Okonkwo disease progression - restaging CT', 'medium', 'a disease going on is a patient\'s, not an eponym'],
  ['Mrs. Fu biopsy results', 'high', '"fu" is an abbreviation only in lower case'],
  ['이영희 약사 (환자) 유방암 진단', 'high', 'a job title beside a word for a patient'],
  ['refusal form - Odile Quillagua (fall, refused transport)', 'medium', 'a condition opening brackets after a name is the person\'s own'],
  ['Quillagua, Odile - chagas titer positive', 'medium', 'a tropical disease'],
  ['Harrington 2019 MRI brain - comparison for today', 'medium', 'a year before a scan, not a cited paper'],
  ['Mme Marchetti - soins palliatifs, sortie lundi', 'high', 'a French title with palliative care'],
  ['Vanc trough - Aigerim S., dose to 1250 q12', 'medium', 'a given name and an initial before a comma'],
  ['Lithium 1.9 — Dabrowska. pls hold AM dose', 'medium', 'a lone name set apart, ending a sentence'],
  ['Swallow eval: Ilse Harrington, nothing by mouth until seen', 'high', 'a swallow evaluation'],
  ['drain check Thurs: Ms. Harrington, biloma', 'high', 'a drain and a biloma'],
  ['Mike back in the ICU after his fall', 'medium', 'a possessive ties the fall to him; a lone given name'],
  ['Lisa Chen MRI results', 'high', 'a full name with a test'],
  ['Gus Ibarra out after his knee replacement', 'high', 'a colleague is the patient'],
  ['Nancy Ruiz admitted to the ICU with chest pain', 'high', 'a unit with a condition'],
  ['Mr. Fenwick - dialysis chair change to MWF', 'high', 'a title and a treatment'],
  ['Joanne Pike - potassium 6.1, please call', 'high', 'a lab value'],
  ['CRITICAL K 6.9 - Ferris, Dana', 'high', 'an analyte and a value'],
  ['A.Q. 12.03.62 - fall on 3W', 'high', 'initials with a birth date'],
  ['Okafor Pediatrics patient Dana Okafor - asthma action plan', 'high', 'a person beside a practice'],
  ['Caller at 614-555-0193 reports chest pain', 'medium', 'a caller\'s phone with a symptom'],
  ['Lead 9 mcg/dL - toddler at 17 Wren Ct, home visit', 'medium', 'a lab unit makes a result; a street address'],
  ['FW: path results - R. Okonjo', 'high', 'path results'],
  ['Thinking of Arturo - back in the ICU after his MVA', 'medium', 'a verb of admission ties the unit to him'],
  ['Ada Quill - fall on the stairs, hip x-ray', 'high', 'a fall that is not a season'],
  ['Pos. mono test - student Kai Lindgren - excuse from labs', 'high', 'a student is a patient at student health'],
  ['Mara Quist - emergency detention paperwork, 72h', 'high', 'an involuntary hold'],
  ['Home visit 48 Larch Hollow Rd - wound care, dog in the yard', 'medium', 'an address is a person\'s even in a field that names a dog'],
  ['Thanks for the flowers after my hysterectomy - Rosalind (Cath Lab)', 'medium', 'a pronoun ties the procedure to the colleague who signs'],
  ['Mrs. Whipple - thyroid panel came back high', 'high', 'a title makes an eponymous word a surname'],
  ['Lindqvist, Harriet — NICU day 9, discharge planning', 'high', 'a unit with the day of a stay is the patient\'s'],
  ['ICU bed 7 - Ferreira, Tomas', 'high', 'a unit with a bed'],
  ['Mr. Graves - Crohn\'s flare, admit to 5W', 'high', 'a title makes an eponymous word a surname'],
  ['Rabies vaccine for Pepper (beagle); owner Mrs. Adeyemi-Cole is pregnant', 'high', 'vet mail: the owner\'s own condition after the owner cue'],
  ['Joanne Pike recovering from bypass - card in the break room', 'high', 'a verb of undergoing ties the procedure to her among staff words'],
  ["Renata's family asks about her biopsy results", 'medium', 'a family is not a work group'],
  ['Mr. Lynch - biopsy results Tuesday', 'high', 'an eponym with a title is a person'],
  ['Ann Hoyer - biopsy results Tuesday', 'high', 'an eponym with a given name is a person'],
  ['Referral: pani Halina Wróbel - MRI results', 'high', 'a Polish honorific in lower case'],
  ['Ông Đỗ Văn Tài - CT results', 'high', 'a Vietnamese honorific'],
  ['Madan Dieula - biopsy results', 'high', 'a Haitian Creole honorific'],
  ['Covering for Dr. Vance: Rowan Pike chest pain, troponin pending', 'high', 'staffing words do not make a condition work'],
  ['Teodora Lisk back in triage after her syncope', 'high', 'a possessive ties the encounter to her'],
  ['Hi Bettina - Marcus Webb missed his dialysis twice', 'high', 'a greeting does not hide the name after the addressee'],
  ['Deposition of plaintiff Odile Brann - below-knee amputation damages', 'high', 'a lawsuit naming the plaintiff\'s injury'],
  ['Bautista Quiroga, Elena - A1c 10.4 pls call back', 'high', 'a value after a test makes it a result, not a job before "call"'],
  ['Chair time change - Mr. Faleafa to 2nd shift MWF', 'high', 'chair time is a dialysis session'],
  ['Mr. Oyelaran - new EDW 68.2kg', 'high', 'an estimated dry weight'],
  ['mom of baby Amadou (2mo) called re: fever 101.3', 'medium', 'an infant\'s name after "baby"'],
  ['Depo shot due Friday - Rosalind Ames', 'high', 'an everyday-sense drug name beside another health word'],
  ['Zhou Meiling - HbA1c 9.4', 'high', 'two pinyin syllables beside a Chinese surname are a given name'],
  ['Abena - missed dialysis twice, please call', 'medium', 'a Ghanaian given name (faker en_GH) alone'],
  ['Bishnu Tamang - BP 182/110 at intake', 'high', 'a Nepali given name (faker en_NP) with a surname'],
  ['Bertil Haugen - fall, no injury, family notified', 'high', 'a denied injury beside a fall is still care'],
  ['Call back 555-0188 re: his daughter\'s fever', 'medium', 'a local number after "call back" is a caller\'s'],
  ['Thirunavukkarasu, Kalaivani - access fistulogram', 'medium', 'an EHR\'s "LAST, FIRST" opening a clinical field'],
  ['Salma El-Hakimi - hCG positive, dating US', 'high', 'a known given name and a surname after the Arabic article; "hCG" in its usual case'],
  ['Rashid AlFarouqi glucose log review', 'high', 'the Arabic article glued to a surname, after a known given name'],
  ['Patient Rosalind Ames - fall on the stairs', 'high', 'a patient word before a name'],
  ['سلمى الحربي - نتائج تحليل السكر', 'high', 'a blood sugar test in Arabic'],
  ['张丽华 尿检结果', 'high', 'a urine test in Chinese'],
  ['Dr. Ravensworth out until Mon after his knee arthroscopy', 'medium', 'a clinician\'s own procedure, tied by "his"'],
  ['Coverage: Prof. Ilse Marchetti recovering from bypass', 'medium', 'a verb of undergoing ties the procedure to the professor'],
  ["Dr. Halloran's own biopsy came back benign - thank you all", 'medium', '"own" makes it the doctor\'s biopsy'],
  ['Quetzalli back on the unit Mon after her knee surgery', 'medium', 'a name no list holds opening the subject, the surgery tied to her'],
  ['Ilikea admitted to CCU with an MI - card for him?', 'medium', 'admitted to a unit, with a condition'],
  ['Paciente Rosalba Quintanilla - teléfono 555-0131, dolor de pecho', 'high', 'a singular patient word still makes a patient'],
  ['У пациентки Анны Белозёровой гипогликемия', 'high', 'a singular patient word in Russian (genitive)'],
  ['Tuiasalo warfarin 7.5mg held tonight, INR 4.8', 'medium', 'a subject about one patient (a dose, a value): the word opening it is the name'],
  ['Wahnetah POD1 TKA - PT cleared him to go home', 'medium', 'a post-op day makes the subject one patient\'s'],
  ['Re: Nurzhamal S. - TSH 0.02, start methimazole?', 'medium', 'a given name and a surname initial'],
  ['Bereavement call for the Haileselassie family (pt died Sunday)', 'medium', '"the X family": a family named for its surname'],
  ['Naw Paw Htoo - QFT positive', 'high', 'a Karen prefix before a name is a title'],
  ['Resumen de alta - Quispe Mamani, Florentina', 'high', 'a Spanish discharge summary'],
  ['Ndidi Okonkwo-Bell PSG: AHI 41', 'high', 'a sleep study with its index'],
  ['Re: Tsiklauri - CT c/a/p booked Tues, will call his wife', 'medium', 'a pronoun makes the subject one person\'s: the word set apart after "Re:" is the name'],
  ['MFM US for GREWAL, Simranjit 28wk - ?FGR', 'high', 'an EHR surname in capitals, a comma and a given name'],
  ['Hadid, Omar - PA lumbar MRI, urgent', 'high', 'a credential set apart by a dash opens the next part (a prior authorisation)'],
  ['CD4 488, VL undetectable - Ifeyinwa Chukwu', 'high', 'an analyte with its value, and a viral load'],
  ['Prion precautions: CJD suspected – Liang Qiao, OR 5', 'high', 'a rare disease beside a full name'],
  ['leaving at 3 - my daughter Zlatka has pneumonia', 'medium', 'a relative named after a possessive, with her condition'],
  ['Dr. Ferrante out next wk - cardiac cath', 'medium', "away for a span beside a procedure: the clinician's own"],
  ['Marguerite out Tue-Fri (gallbladder surgery) - need charge coverage', 'medium', 'away on named days beside a procedure'],
  ['Baby Boy Quillagua - speech delay, EI referral', 'high', 'a document word inside a health term is the term\'s'],
  ['NICU baby of Marisela Quintanar - dad asking about visiting hours', 'high', 'a newborn known by the mother\'s name'],
  ['Bayley-4 results for the Okonjo twins', 'medium', 'a family by its surname before a word for siblings'],
  ['Card for Olga & family - baby in NICU since Tues', 'medium', 'a baby in a unit since a day is staying there'],
  ['Covering for Olga next 2 wks - she is having her gallbladder out', 'medium', 'an organ taken out is a procedure'],
  ['STEMI transfer - pt Marisela Quintanar, Dr. Ferrante accepting', 'high', 'a title after the comma opens the next person'],
  ['Diet change - Mrs. Quillagua to puree / nectar thick', 'high', 'a dysphagia diet'],
  ['Jayden - asthma action plan for the school nurse', 'medium', 'given names of people born since 1970 (SSA data)'],
  ['Marguerite - condolences, her dad passed at St. Brendan Sunday', 'medium', "a relative's death"],
  ['Mrs. Quillagua passed this am on 6N - family at bedside', 'high', "a titled person's death, with a time of day"],
  ['Lead screening results - Devon Quillagua 12mo', 'high', 'a lead screening result'],
  ['Harold Quillagua died at home this AM - family present', 'high', 'a named person died'],
  ['Castillo #19 RCT then crown prep 5/2', 'medium', "a tooth's number after a patient's surname"],
  ['Castillo #88213 - A1c 11.2, insulin start', 'medium', 'a record number after a surname, not a store'],
  ['Mr. Quillagua passed - family at bedside', 'high', 'the scene of a death after a titled person passed'],
  ['Castillo L4-5 fusion POD2', 'medium', 'a spine level after a surname is no model number'],
  ['PSG scored - QUILLAGUA ADAEZE - AHI 32', 'medium', 'an EHR name in capitals set apart in a subject about someone'],
  ['SOC visit @ Marisela Quintanar - CHF, new O2', 'high', 'a home visit to a named patient after "@"'],
  ['Mrs. Quillagua biopsy results - sim lab booking conflict', 'high', 'a titled name not quoted beside simulation words is a patient'],
  ['Asthma action plan - Jaylen Quintanar Westbrook Middle', 'high', "a student's full name before the school's"],
  ['ME notification - Marisela Quintanar pronounced dead 0412', 'high', 'pronounced dead'],
  ['BG Quillagua 27w - head US grade II IVH', 'high', "a nursery's baby girl, in capitals before the name"],
  ['Mr. Quillagua - CLABSI day 2, line pulled', 'high', "a titled patient's line infection"],
  ['bed 9 - Devon Quillagua, dig level 3.4, DigiFab?', 'high', 'a digoxin level and its antidote'],
  ['Tavita Quillagua + Devon Okonjo sports physicals', 'high', 'sports physicals, plural'],
  ['Mr. Tavake passed at 0215 - chaplain notified', 'high', "a titled person's death, with a time"],
  ['Quillagua, Devon - expired 0340, family notified', 'high', 'a person expired'],
  ['zainab okonjo - cellulitis, keflex', 'medium', 'a lower-case given name and a name-like word open a subject about someone'],
  ['re: salma haddad - colpo biopsy', 'medium', 'a lower-case given name and surname beside a procedure'],
  ['Marisela Quintanar RN out 2 wks after her back surgery', 'medium', "a credential after the name: the clinician's own surgery"],
  ['李桂兰 病理报告 请查收', 'high', 'a pathology report in Chinese'],
  ['نتائج التحاليل - محمد سالم', 'high', 'lab results in Arabic: two everyday words that together are a test'],
  ['re: Okonjo - BNP 1450', 'medium', 'a test word with business senses is a reading beside its value'],
  ['Quillagua - MRSA nares +, HIV VL undetectable', 'medium', 'screening swabs and a viral load are results'],
  ['Marisela Quintanar - contact precautions, MRSA nares', 'high', 'isolation precautions are a patient\'s'],
  ['Morgue release - Marisela Quintanar', 'high', 'a morgue release'],
  ['Termin Koloskopie Frau Quintanar verschoben', 'high', 'a colonoscopy in German'],
  ['mensaje de voz: cel 555-0134, prueba de embarazo positiva', 'medium', 'a caller\'s cell phone, in Spanish, with a result'],
  ['Dialysis, Maria Lopez', 'high', 'a health word before ", Given" that is no surname stays a health word'],
  ['Dr. Appointment - Maria Lopez', 'high', 'an everyday word after "Dr." is no surname'],
  ['RN Keller - needlestick, baseline HIV labs', 'medium', "a credential before a name: the nurse's own exposure"],
  ['Ana Ruiz - primer control prenatal', 'high', 'Spanish "primer" is "first"'],
  ['Maria Lopez - agitated nights, sundowning, hospice eval', 'high', "nights of a patient's care"],
  ['AbdelRahman - heparin gtt, anti-Xa 0.09, rebolus?', 'medium', 'names glued with a capital are names'],
  ['Doña Dolores - le duele la rodilla otra vez', 'high', 'after a title, a given name that is also a health word'],
  ['Sefo D/C summary', 'medium', 'an encounter after the opening word of a shorthand subject'],
  ['pt Marisela Quintanar boarding 30h in hall 3 - psych bed?', 'high', 'a patient boards in the ED: no pet boarding'],
  ['Dr. Ferrante out - kidney stone, need clinic coverage', 'medium', 'a condition right after "out": why'],
  ['Dr. Ferrante tested positive for COVID - clinic coverage Wed', 'medium', "a clinician's own test"],
  ['Cycle 3 - retrieval Tues - Marisela Quintanar, 12 follicles >14mm', 'high', 'follicles counted'],
  ['Re: Mr Ferrante - PEG feeds overnight, SLP rec NPO', 'high', 'feeds by a PEG tube'],
  // Reviewed and kept flagged: shapes a narrower rule once lost.
  ['Marisela Quintanar troponin rep at 6h', 'high', '"rep" is a repeat test here'],
  ['Marisela Quintanar sud eval', 'high', 'SUD in lower case, no accent'],
  ['Portal msg "Marisela Quintanar Chest Pain" - call back', 'high', 'a quoted portal title with a name in it'],
  ['Marisela Quintanar serology lab drawn', 'high', 'a lab named for its science takes specimens'],
  ['Marisela Quintanar - worst case scenario, metastatic breast cancer', 'high', 'a scenario in prose'],
  ['Bao cao xet nghiem HIV - Nguyen Van An', 'high', 'a report in Vietnamese names a patient'],
  ["Dr. Vandersloot's mom - fell, hip fx, admitted to 5W", 'medium', "a clinician's relative is a person with health"],
  ['add-on Thurs - Dr. Okafor covering, Mr. Quillagua R TKA 0730', 'high', 'a lay title right before the procedure names whose it is, among coverage words'],
  ['Adaeze Nwosu failed her hearing screen', 'high', 'a screen of hearing is a test of health, passed or failed'],
  ['Quillagua Rosa - restraints renewal, pulled NGT x2', 'high', 'after a health word a renewal is an order\'s, not a licence\'s'],
  ['Mei Quill beta 14dpo = 212, repeat Wed', 'high', 'days past ovulation date an early pregnancy'],
  ['Whitfield - wound clinic f/u 3/20', 'medium', 'a clinic with a visit after it is where the patient is seen'],
  ["Marisela's results from the lab", 'medium', 'results from a lab are a test'],
  ['Re: la hija llamó (555-0147) - su papá dado de alta ayer', 'medium', "a caller's number after a word of calling, in brackets"],
  ['cb 555-0147 re: discharge meds', 'medium', 'a call-back number'],
  ['full duty release - Marisela Quintanar', 'high', "an occupational-health release is the worker's care"],
  ['rabies PEP day 3 - Marisela Quintanar, next dose 6/16', 'high', 'post-exposure prophylaxis'],
  ['Mr. Lock - chest pain, troponin 0.4', 'high', 'a surname that is a trade word after a title'],
  ['Hannah Glass hip fx - admitted to 5W', 'high', 'a surname that is a trade word after a given name'],
  ['Quintanar workers comp - L knee MRI', 'medium', "workers' comp is a worker's care, not a workforce"],
  ['Quintanar 2025.03.11 - hip fx, admitted to 5W', 'medium', 'a dotted date is no release number'],
  ["Whitfield's kitchen - fell, hip fx", 'medium', 'a kitchen is a home, not a business'],
  ['Hakimi charting shows BP 190s, no PRN given', 'medium', "a patient's chart, not a colleague charting"],
  ['Park Min-jun - MRI brain results', 'medium', 'a Korean surname before a hyphenated given name'],
  ["papadakis eleni 612 - CIWA d/c'd, start librium taper?", 'medium', 'a lower-case name set apart by a room number'],
  ['Tomasz Wrobel insulin dosing error - pt hypoglycemic', 'high', 'without staff words the drug and its error are a patient\'s'],
  ["Shout out to Ana for catching Mr. Wrobel's insulin error", 'high', "a lay title and a possessive still name whose drug it is"],
  ['Urgent retina referral - Ibrahim Haddad, suspected RD OS', 'high', 'a word of diagnosis before an abbreviation makes it a condition, not a credential'],
  ['IEP mtg for Tobi Quintanar 5/9 - OT goals', 'high', "occupational therapy's goals are a patient's treatment"],
  ['Wrobel out 6wks after ACL recon - schedule coverage', 'medium', "a colleague's own surgery"],
  ['llamó la paciente al 555-0142, dolor de pecho desde ayer', 'medium', 'a patient who called from a number ("al" as "at")'],
  ['ED bed 22 Quorveth c/o CP x2h', 'medium', 'after a bed, before "complains of" chest pain: the patient in it'],
  ['Quorveth sacral wound now stage 3, pls consult', 'medium', "a pressure injury's stage marks one patient's wound"],
  ['Fatima in 4B - CP resolved after NTG x1', 'medium', 'chest pain and nitroglycerin are a person\'s'],
  ['quintanar AMS ?UTI, UA/cx pending', 'medium', 'a listed surname typed in lower case opening a subject about someone, before a clinical term'],
  ['Rafael (pharm) - out for knee surgery', 'medium', "a colleague's own procedure still counts"],
  ['Quintanar (rt knee) - MRI results', 'medium', 'an abbreviation with a clinical sense in brackets is no staff role'],
  ['Good catch - insulin dosing error for Ana Quintanar in 412', 'high', 'a name after "for" and a room say whose the drug was'],
  ['Mr. A bed 3 - DNR signed, family at bedside', 'medium', 'a titled initial with a bed is the patient lying there (no full name: it warns)'],
  ['Tenzin (pharmacy) out for chemo starting Monday', 'medium', 'a colleague away for their own care'],
  ['Tenzin (pharmacy) out - chemo starts Monday', 'medium', 'a colleague away, after a dash'],
  ['박서준 내과 검사 결과 확인', 'high', 'three syllables before a Korean clinic head stay a full name'],
  ['Mr. Vang - his panel came back abnormal', 'high', 'a panel with a result is a test'],
  ['Send-off for Radek Sobczyk after his knee surgery', 'medium', "a colleague's own surgery, among staff words"],
  ['caller 555-0142 - son has high fever', 'medium', "a caller's number beside a condition"],
  ['Karen Lopez colonoscopy - needs Spanish interpreter', 'high', 'a language that is also a given name, before a surname, is a name'],
  ['রোগী মালতী সরেন - ডায়াবেটিস রিপোর্ট', 'medium', 'a patient word of a script without capitals, then words of that script set apart'],
  ['Pet therapy visit: Biscuit for pt Hollis Quarrington 5N (delirium)', 'high', 'a therapy animal visits a marked human patient'],
  ['FMLA - Dana Quarrington (Crohn\'s flare)', 'high', 'a condition in brackets after the name is no department'],
  ['Addisonian crisis - Tomasz Wrobel, stress dose given', 'high', 'an adrenal crisis'],
  ['co-sign VO - Lindqvist heparin gtt rate change', 'medium', "a drip's rate is its dose, not a unit's measure"],
  ['Sick call request - inmate Dorian Quarrington #2024-0912', 'high', "a jail's sick call is a visit"],
  ['Somali interpreter - Hodan Warsame OB visit Thurs', 'high', 'a dash ends the interpreter: the name after it is the patient'],
  ['callback pt 555-0162 - chest pain since this am', 'medium', "a patient's callback number beside a condition"],
  ['Night shift - Maria Kowalczyk, therapist aware, SI with plan', 'high', 'a job with more words after the comma is no appositive job'],
  ['Karen Chin - community paramedic visit, CHF', 'high', 'two words that are also languages are a name'],
  ['Mrs Meadows - CT results', 'high', 'a place word after a title without its dot is a surname'],
  ['ST Maria Alvarez - dysphagia, MBSS results', 'high', 'speech therapy in capitals is no saint'],
  ['Jury duty excuse - Tom Becker, dialysis MWF', 'high', "a clinician's excuse letter is a patient's care"],
  ['Maria Alvarez - her panel is back', 'high', "without a clinician a panel is a patient's test"],
  ['박진 병원 입원 - 폐렴', 'medium', 'a hospital is no clinic head: two syllables before it stay a name'],
  ['Heparin drip rate 18 u/kg/hr - Begaye', 'medium', "a drip's rate with its value is one patient's dose"],
  ['Liam Brooks TB 8th grade contact', 'high', 'TB before a school grade is no school level'],
  ['Mrs. Diaz - pitocin rate up to 12', 'high', "with a lay title a drip's rate is the patient's"],
  ['मरीज़ सेवा सिंह - मधुमेह जांच', 'medium', 'an event word that a name part follows is a given name'],
  ['Therapy dog visit list - Mr. Gianelli (hospice, 3W) loves Biscuit', 'high', 'a titled patient after the therapy animal'],
  ['Aisemet - ERCP tomorrow, NPO at midnight', 'medium', "shorthand with the ward's words of care reads as shorthand first, then as English"],
  ['Sigurdardottir - A1c 9.4, metformin started', 'medium', 'an Icelandic patronymic ending makes a surname'],
  ['Arrieta - lap chole 5/9', 'medium', 'a word the model finds very likely a name, opening shorthand before one procedure'],
  ['Gebreyes - hepatitis C, viral load pending', 'medium', "the ward's words of one patient's care keep a subject shorthand"],
  ['Tanaka - PONV x3, anesthesia paged', 'medium', 'post-operative nausea and vomiting'],
  ['Oyelaran - NPO after midnight for cath', 'medium', 'nothing by mouth is an order for one patient'],
  ['Tomasz Wrobel - fractured wrist, ortho f/u', 'high', 'a fractured body part'],
  ['fever in 42 day old - Baby Girl Quarrington, does the guideline say LP?', 'high', "a newborn's label makes a patient in a guideline question"],
  ['heparin order set - Mrs. Vantongeren aPTT 112', 'high', 'a lay title marks a patient in an order-set field'],
  ['msg left by Anneliese Quarrington re: biopsy results', 'high', "a bare 'by' credits no work: the patient's own message"],
  ['Resultados de laboratorio de Valentina - anemia, favor de llamar', 'medium', 'a head word in lower case before a connector is a common noun'],
  ['Ada Quarrington MRI - pls call 555-0142', 'high', 'a request to call without "your" may give the patient\'s number'],
  ['Harold Quarrington INR 4.5 - hold warfarin per guideline', 'high', 'a name in a work product field but in no credited place stays a patient'],
  ['Ada Quarrington admitted for DKA - insulin order set started', 'high', 'a patient on an order set'],
  ['Restaurant owner Harold Quarrington - hepatitis A positive, food handler', 'high', 'an owner where no document is named'],
  ["Harold Quarrington's comments about his colonoscopy", 'high', 'comments are no credit'],
  ['Complaint written by Harold Quarrington re his ER visit and chest pain', 'high', 'a writer where no document is named'],
  ['Harold Quarrington - BiPAP nights, refusing', 'high', 'nights after a therapy are the patient\'s'],
  ["Harold Quarrington's labs - sepsis order set", 'high', 'a possessive without the work product in its phrase'],
  ['Vanco MUE - trough 28 (Harold Quarrington)', 'high', 'a full name in brackets is no credited author'],
  ['RE: Marcus Quarrington - concussion protocol stage 3', 'high', "a protocol's stage is one patient's progress"],
  ["Harold Quarrington's draft advance directive - hospice", 'high', 'a draft is no credit'],
  ['Pt Mr. van Dijk - CT results', 'high', 'a dotted title before particles'],
  ['Mr. de Quarrington - MRI results', 'high', "a title before the surname's particle"],
  ['Maria van der Quarrington - MRI results', 'high', 'two particles inside a full name, after a given name'],
  ['dhr. de Vries - uitslag bloedonderzoek', 'high', 'a Dutch title in lower case before a particle'],
  ['Home PD training wk 2 - Quarrington, Esther', 'high', "a staff word inside a health term: a patient's home dialysis training"],
  ['RBC exchange - Adebayo, Tunde - HbS 28% post', 'high', 'red cell exchange and sickle haemoglobin'],
  ['missed tx x2 - Quarrington, Ibrahim - SW pls call', 'high', 'missed treatments at a dialysis unit'],
  ['Mann Whitney - CT results, liver lesion', 'high', 'two names without the hyphen are a given name and a surname'],
  ['sra gonzalez no vino a su cita de dialisis', 'high', 'a lay title typed in lower case without its dot before a listed surname'],
  ['sr castillo no vino a su cita de dialisis', 'high', 'a lower-case "sr" among Spanish words is señor'],
  ['Harold Quarrington Professor Emeritus - admitted with CHF', 'high', "a patient's own title after the name"],
  ['Quarrington Liam Daycare note - strep throat', 'high', "a child's name before his day care's note"],
  ['Mrs. Newman-Keuls colonoscopy prep questions', 'high', "a method's pair after a title is a patient's double surname"],
  ['Portal msg "still bleeding" by Harold Quarrington post-op', 'high', "a quoted message before 'by' is a patient's words"],
  ['Patient Placement request - Harold Quarrington', 'high', 'a patient desk opening the subject sends a patient\'s matter'],
  ['Tomorrow: Marisol Quarrington (Colonoscopy)', 'high', 'a procedure in brackets after a name is hers'],
  ['Abuela Rosa Quarrington turns 101 - hospice', 'high', "a relative's hundred years beside a centenary word or not"],
  ['pan nowak nie przyszedl na dialize', 'high', 'a Polish title in lower case before a surname'],
  ['pls call ms kowalski re MRI brain', 'high', 'a lower-case title before a surname'],
  ['RPM alert: weight +2.8 lb/24h - Mr. Quarrington', 'high', "a remote-monitoring alert on a titled patient's reading"],
  ['wet AMD OS, new fluid on OCT - Mrs. Quarrington wants to extend interval', 'high', 'an eye clinic: macular degeneration and its scan'],
  ['YAG laser OD done - Esther Quarrington, recheck 6 wks', 'high', 'a laser capsulotomy'],
  ['earmold impression - Quarrington, Esther - L ear', 'high', "an audiology clinic's earmold"],
  ["Esther Quarrington, 'chest pain' since Tues", 'high', 'a quoted complaint after one name is no title of a paper'],
  ['re: Tran Thi Quarrington - HgbA1c 11.4', 'high', 'haemoglobin A1c written with Hgb'],
  ['PPD reading due Thurs - Esther Quarrington', 'high', "a TB skin test's reading"],
  ['Marisol Quarrington (labs pending) - K 6.1', 'high', 'a test in lower case in brackets is the person\'s own'],
  ['Quarrington, Claudette - premeds for C2?', 'high', 'premedication before a chemotherapy cycle'],
];

describe('not health information about a person: clean', () => {
  test.each(clean)('%s (%s)', (subject) => expect(scan({ subject }).findings).toEqual([]));
});

describe('health information about a person: flagged, with its strength', () => {
  test.each(flagged)('%s', (subject, strength) => {
    const f = scan({ subject }).findings.filter((x) => x.detectorId === COMBINATION_ID);
    expect(f.length).toBeGreaterThan(0);
    expect(f.map((x) => x.strength)).toContain(strength);
  });
});

const cleanFiles: [string, string][] = [
  // Session 56: a rating scale's training certificate names the rater.
  ['PHQ9_Cert_Abernathy_L.pdf', "a rater's certificate for a scale"],
  // Session 55: a respirator's fit test in camel case; a skills check-off.
  ['FitTest_Oyelaran_T.pdf', "a respirator's fit test"],
  ['teamphotos_Okafor_Ruth.jpg', 'a word glued to photos that is no health term'],
  ['Sleep_lab_results_Q3_volumes_Okafor.xlsx', "a lab's report without a lay title: the lab's work"],
  ['ECMO_checkoff_Haddad_Lindqvist.pdf', 'a skills check-off names the nurses'],
  // Session 54: a vehicle's "Van" before a month.
  ['Ultrasound_Van_Oct_stops.xlsx', "the van's route for October"],
  ['Hepatology_teaching_NASH_F3_58M_deidentified.pptx', 'NASH in capitals is the disease'],
  // Session 53: a capitalised ACC glued to a date is a meeting's day, not an accession number.
  ['ACC20250312_slides.pptx', "eight digits after ACC that are a date"],
  ['HFpEF_GR_Okafor.pptx', "a grand rounds deck names its speaker"],
  ['Osei_A_skills_checklist_Tele.pdf', "a nurse's skills checklist is a credential"],
  ['CHF_pooled_2025.pdf', 'an English past tense is no surname with its initial glued'],
  ['Colonoscopy_prep_MiraLAX_v2.pdf', 'a brand in camel case is one word, not a given name'],
  // Session 52: letters that follow nouns and sides of the body are no initials.
  ['Group_B_strep_protocol.pdf', 'a group letter'],
  ['Left_L_hip_positioning_guide_radiology.pdf', 'a side of the body'],
  ['HP_LaserJet_driver_fix.pdf', 'HP with no name beside it'],
  ['HP laptop request - Sandra Kwon.xlsx', "HP is a computer's maker beside a full name too"],
  ['Security clearance - Jonah Pell.pdf', "a security clearance"],
  ['Venue booking form - Samuel Achieng.pdf', "a venue's booking form"],
  ['Duplex printing guide - Ana Costa.pdf', "a printer's duplex"],
  // Session 51: a title's file, every word capitalised, after a test.
  ['Lab_Bulletin_2026-02.pdf', "a bulletin's title, not a surname"],
  ['Heparin_Nomogram_2026.pdf', "a nomogram's title"],
  // Session 50: a clinical reference source cited with a topic and a year.
  ['Cochrane_asthma_review_2023.pdf', 'a reference source, not a surname'],
  // Session 49: a compound in camel case ends with an everyday word that is also a given name.
  ['MammoVan_Grace_Hill_stops.xlsx', "a mobile service's van and the town it stops in"],
  ['Levey-Jennings_Hgb_Oct.pdf', "a laboratory's QC chart"],
  ['dc_checklist_MICU.docx', 'a unit in capitals is no surname'],
  ['Okonjo2021_apixaban_Fig2.png', "a surname glued to a year in a paper's figure: the first author"],
  // Session 45: a versioned pathway under an author's surname and initial; a unit's orientation under a staff member's.
  ['Ostrowski_K_sepsis_pathway_v3.docx', "a versioned document: the author's work"],
  ['Ngata_R_Cath_Lab_orientation_schedule.xlsx', "a unit's orientation among staff words"],
  ['Ruiz_D_wound_supply_inventory.xlsx', "a manager's inventory under a staff member's surname and initial"],
  ['Case_B_DKA_teaching.pdf', 'a lettered teaching case'],
  ['Bundle_B_CLABSI_audit.xlsx', 'a lettered bundle in an audit'],
  ['Orientation_Eval_Nia_Wk2.docx', '"Wk" is a week, never a surname'],
  // Session 44: a health plan named for a place; a trend of a device's alarms.
  ['Remits_AguaFriaMA_0412.pdf', 'a health plan named for a place'],
  ['Wound_Vac_Occlusion_Trend.pdf', 'words with English noun suffixes are no name'],

  ['Kirby_Bauer_QC_log_rev4.pdf', 'a method named for two describers, joined by an underscore in a file name'],
  ['Garcia_etal_sepsis_lactate_draft2.docx', "a manuscript's authors: 'et al.' glued in a file name"],
  ['NurseOfMonth_Abernethy_ICU.jpg', "a recognition written without its article ('of month')"],
  ['Timesheet_Quarrie_Infusion_wk12.xlsx', "a colleague's timesheet beside the unit"],
  ['maplebrookemccarthy_resume.pdf', 'a lower-case run of words with no clinical term'],
  ['Tessaly_2019_sepsis_systematic-review.pdf', 'a surname and a year set apart beside a word of a publication'],
  ['Dieulafoy_lesion_case_series_slides.pptx', 'a case series is teaching material'],
  ['Bochdalek_hernia_teaching_cases.pptx', 'a lone eponym before its hernia'],
  ['Consent_Form_PH-2_v4.pdf', "letters hyphenated to a number are a form's code"],
  ['CORAL-AF_visit2_calendar.pdf', "a trial's code: letters after a word in capitals and a hyphen"],
  ['Carte_Vitale_Recto_Verso.jpg', "a French health card's two sides, no person"],
  ['Oyelaran2022_colitis_vedolizumab.pdf', "a reference manager's name for a paper: author and year glued"],
  ['Oduya-2021-statins-in-COPD-cohort.pdf', "a surname and a year set apart beside a study's design: a paper"],
  ['Cockcroft-Gault_CrCl_worksheet_v3.xlsx', 'a formula named for its authors'],
  ['Carteles_campana_gripe_2025.pdf', 'Spanish posters (carteles)'],
  ['Postcard_mailer_hearing_clinic_open_house.pdf', 'a marketing postcard'],
  ['Referral_form_blank_Carrowmore_cardiology.pdf', 'a blank form'],
  ['Quarterly_A1c_results.xlsx', "a report of many, by its period"],
  ['Baseline_ECG_0312.pdf', 'a baseline, not a person'],
  ['Protocolo_triaje_v3_ES.pdf', 'a versioned document in another language: no person before the term'],
  ['Termo_Consentimento_PT-BR_v3.docx', 'a Portuguese consent form (termo), no person'],
  ['ECG_Wenckebach_example_03.jpg', 'an eponymous heart block'],
  ['简历_王丽华_康复治疗师.pdf', 'a CV (简历) of a rehabilitation therapist'],
  ['입원약정서_서식.hwp', 'a Korean admission agreement form (서식, a form)'],
  ['Zdjecie_identyfikator_Nowicki_Jan_SOR.jpg', "a Polish staff badge photo (identyfikator) in the ED"],
  ['Hodgkins_Ellen_directdeposit.pdf', 'a staff payroll form'],
  ['Patient_Guide_zh-Hans_v2.pdf', 'a script subtag of a language tag'],
  ['Quintanar_SemiAnnual_Eval.pdf', "a colleague's performance evaluation"],
  ['Allergy_banner_mockup_v3.png', 'a part of a software screen is not a surname'],
  ['SNF_auth_form_QHP.pdf', 'an authorisation form: "auth" is an abbreviation, whatever a name list holds'],
  ['Planta_Hemodialisis_RevB.pdf', 'revision B, not a titled letter'],
  ['MrsK_discharge_summary.pdf', 'a title before a lone letter is an initial: without a birth date it identifies no one'],
  ['OPPE_Q2_Varga_A_nephrology.xlsx', "a practitioner's professional practice evaluation"],
  ['Varga_A_Clinical_Ladder_Exemplar.docx', "a nurse's clinical-ladder portfolio"],
  ['Yilmaz_diyabet_egitimi.pptx', 'Turkish "eğitimi" (the training of): a course, not a patient'],
  ['CT_Canon_head_protocol.pdf', "a scanner's maker between a test and a site, in a protocol"],
  ['DEXA_Horizon_hip_QC_2025.pdf', "a scanner's model in its quality control"],
  ['oxygenconcentrator_PM_log_Quintanar_Ana.xlsx', 'glued equipment is no glued term'],
  ['img_mrs_quillagua_retirement_cake.jpg', 'a titled name in a lower-case file name, without health'],
  ['mr_guided_biopsy_consent_template.pdf', 'MR: magnetic resonance'],
  ['stroke_mrs_outcomes_registry.xlsx', 'mRS: the modified Rankin scale'],
  ['Offer_Quintanar_Marisela_WOCN.pdf', 'a wound-ostomy nurse credential'],
  ['Quillagua_T_housing_referral.pdf', 'a referral to housing'],
  ['Estimate_Cervical_MRI.pdf', 'a document word and a part of the body are not a name'],
  ['Addendum_C&D_Travel_ICU_2026.pdf', 'Addendum is a document word, not a surname'],
  ['New_Patient_Packet_GenSurg.pdf', 'a document title: Packet is not a name'],
  ['Kidney_Txp_referral_criteria_2025.pdf', 'a transplant programme\'s criteria: Kidney Txp is a procedure, not a name'],
  ['Hartigan_depo_prep_binder.pdf', 'a deposition binder names a party'],
  ['Sepsis_Bundles_Ferrante_flyer.pdf', 'teaching material names its author'],
  ['lien_discharge_recorded_Haskell.pdf', 'a legal document names its parties'],
  ['HollyBrook_Ambulance_INV-77310.pdf', 'a business after an underscore'],
  ['W9_Dunmore_Compounding_2026.pdf', 'a compounding pharmacy'],
  ['Privacy_incident_policy_rev2025-02-17.pdf', 'a revision date is not a policy number'],
  ['New_Patient_Welcome_Packet_2026.pdf', 'patient education material'],
  ['Larkin_Pediatrics_transfer_agmt_2026.pdf', 'an agreement between organisations'],
  ['YogaFlow_roster_fall.xlsx', 'the season'],
  ['Halvorsen-Adeyemi_privileges_delineation_neurology.pdf', 'credentialing'],
  ['Ruiz_Carmen_offer_letter_ER_travel.pdf', 'an offer letter for an ER nurse'],
  ['Delacroix_Tomas_admission_letter.pdf', 'a school admission letter'],
  ['BGcheck_authorization_Quill_Ada.pdf', 'a background check'],
  ['Phantom_QA_CT_HEAD_20260308.dcm', 'a QA phantom: "QA" is no initials'],
  ['Folleto_ES_diabetes_2026.pdf', 'a language code is no initials'],
  ['PriorAuth_Form_ThistlemoorHP_2026.pdf', 'a health plan\'s abbreviation glued to its name'],
  ['Cohort_B_labs_schedule.xlsx', 'a lettered cohort'],
  ['IMG_5520_Lobby_flu_poster.jpg', 'a photo of a poster'],
  ['Ferreira_Pricing_Proposal_NPWT.docx', 'a pricing proposal: its words are not a name'],
  ['Thu_moi_phu_huynh_tiem_chung.pdf', 'lower-case words of a capitalised file name are words (a letter to parents)'],
  ['Sepsis_BUNDLE_AUDIT_Q3.xlsx', 'words in capitals that the model does not find name-like'],
  ['FDD_2026_Quillfeather_PT.pdf', 'a franchise disclosure document'],
  ['Arthritis_Bootcamp_Ads.zip', 'marketing ads'],
  ['PrefCard_Okonjo_TAVR_v3.pdf', 'a surgeon\'s preference card'],
  ['Imm_record_2019-06-02.pdf', 'a record word before a date: the date is not a record number'],
  ['Schedule_MAR_Quintanar_Marisela.xlsx', 'MAR among the papers of a month is March'],
  ['Timesheet_MAR_Marisela_Quintanar.xlsx', 'MAR among the papers of a month is March'],
  ['Quintanar_Marisela_MAR_2025.pdf', 'MAR before a year is March'],
  ['Quintanar_SvcAgreement_CT_2025.pdf', 'a service agreement names its vendor'],
  ['Policy_v2026-03-14.pdf', 'a version stamped with a date is not a policy number'],
  ['Records_Policy_v2_2026-03-14.docx', 'a version number and a date are not a policy number'],
  ['CIWA_OS_tipsheet_Tarkington_I.pdf', 'a name right after a work product in a file name is its author'],
];
const flaggedFiles: string[] = [
  // Session 56: a leave's certificate for a procedure is the holder's.
  'Fenwick_D_FMLA_cert_shoulder_surgery.pdf',
  // Session 55: the stool test is FIT in capitals.
  'FIT_result_Oyelaran_Tunde.pdf',
  // A lab or a clinic's report with a lay title in the field is the patient's; a germline test's report.
  'Mr Anselm Whitcombe cath lab report 0612.pdf',
  'Ines_Achterberg_germline_report_signed.pdf',
  // A term glued to a word of pictures or reports, as file names type them.
  'Adjei_Kofi_woundphoto_L_shin.jpg',
  'Okafor_Ruth_ultrasoundreport.pdf',
  // Session 54: the Vietnamese middle name after a surname keeps the name whatever its last word means.
  'Pham_Van_Khoi_holter_summary.pdf',
  // Session 53: an accession number glued to ACC; device, imaging and orthopaedic words of the tenth vocabulary pass.
  'CT_head_dose_alert_ACC2410220087.pdf',
  'PPM_remote_transmission_Okafor_Ruth_0611.pdf',
  'Nonunion_bone_stim_order_Lindqvist_Tomas.pdf',
  'SPECT_MPI_rest_stress_VARGA_INES_20251104.zip',
  'GR_case_Okafor_Ruth_DKA_admit.pptx',
  'Okoro_MiraLAX_prep_instructions.pdf',
  // Session 52: a file's document words supported by a full name or a surname with its initial; a surname that is an
  // everyday word or written in capitals opening the file before its initial and care.
  'Varga_I_titration_0412.pdf',
  'Lindqvist_Tomas_IgG_IgM_panel.pdf',
  'Villa_J_tox_screen_1102.pdf',
  'RAZAFINDRABE_H_MRI_BRAIN_0611.pdf',
  // Session 51: an acronym's plural in a file named for the patient.
  'EKGs_Ruiz_Tomas_0312.pdf',
  // Session 51, second pass: a report filed as its test and then the patient's word, maybe dated.
  'Stress_echo_Ramaswamy.pdf',
  'PFT_Tollefsen_Mar2026.pdf',
  // Session 50: a possessive's care closing a file name; a bone density scan.
  "Lien for Marta Sousa's PT + MRI.pdf",
  'DXA_Quill_Ada_2026.pdf',
  // Session 48: a medication list glued.
  'Vandermolen_medlist_0419.pdf',
  'Interrogation_Quill_Ada_20260311.pdf',
  'Brown_bag_med_review_Mrs_Achterberg.docx',
  'Quispe_R_IRO_decision.pdf',
  // Session 45: a surname and an initial opening the file name, then the person's supply order and lab slip.
  'Quillan_R_colostomy_supply_order.pdf', 'Vasquez_M_INR_lab_slip.pdf',
  'Voicemail_5550188_refill_lisinopril.m4a', 'Fetal_monitor_strip_Okafor_Dana.pdf', 'IMG_0412_Quill_burn_forearm.jpg', 'Costa_Clara_MRI.pdf',
  'Parkinson_Margaret_Hughes.pdf', 'Glucagon_order_Okafor_Dana.pdf',
  // Session 44: the same surname before a given name with the patient's procedure; a feeding pump, a clinical document.
  'Parkinson_Nadia_DBS_programming.pdf', 'CCDA_Okafor_Dana_20250311.xml',
'Garcia_2024_RCT_SAE_hospitalization.pdf', 'Delgado_2021_COPD_cohort_consent.pdf', 'Delgado_2021_MRI_brain.pdf', 'Tuimalealiifano_HBV_panel_0412.pdf', 'Kealamakia_echo_results.pdf', 'Screenshot 2025-03-02 at 9.41.07 AM - Quarrington rash.png', 'Rx_label_reprint_Quintanar_M.pdf', 'FaxCover_Referral_Quintanar_M.pdf', 'Quintanar_M_exit_site_1017.jpg', 'TcPO2_Quintanar_M_1014.pdf', 'Quill_Ada_liver_elastography.pdf', 'Ortiz_R_telestrip_0412.pdf', 'Death_Pronouncement_Quill_A.pdf', 'Diabetes_clinic_f-u_Quill_A_0412.pdf', 'Hans_Kowalczyk_MRI_brain.pdf', 'Quintanar_forearm_lac_day3.jpg', 'FROI_Quintanar_Marisela.pdf', 'Quintanar_Marisela_MAR.pdf', 'MAR_Report_Quill_Ada_03122024.pdf', 'claim_acct55120931.pdf', 'record_2019060277.pdf', 'Okonkwo_birth_plan_final (1).docx', 'Quintanar_2023_mammogram.pdf', 'QUINTANAR^MARISELA_CT_CHEST.dcm', 'Resultados_Lab_Marisela_Quintanar.pdf', '出院指导_周兰英_肺炎.pdf', 'IMG_0412_mrs_quillagua_sacral_wound.jpg', '周兰英_胸部X光_20250311.jpg', 'burn_dressing_day4_MrsMariselaQuintanar.jpg', 'Quintanar_M_sacrum_0412.jpg', 'Consentimiento_hospicio_Quintanar_Marisela.pdf', 'Death_cert_worksheet_Quillagua_T.pdf', 'Quintanar_Marisela_transfer_summary_SICU.pdf', 'Audrey_Park_MRI_brain_results.pdf', 'MacAllister_discharge_instructions.pdf', 'Oyelaran_F_bypass_PA_packet.pdf', 'Tremblay_d_c_summary.docx', 'TEE_prelim_ALRASHIDI_YOUSEF.pdf', 'Teaching_case_Mrs_Faleolo_DKA.pptx', 'Thirunavukkarasu_K_fistulogram.pdf', 'Service_report_pt_Lindahl_lead_revision.docx', '黄丽娟_术后复查.pdf', '林美华_甲状腺超声.jpg', 'Delorme_Anais_IRM_genou.pdf', 'Salcedo_Ines_Papanicolaou.pdf', 'Jianguo_Liu_CT_chest.pdf', 'IMG_2290_Mbeki_rash_R_leg.jpg', 'Scan_0042_Okonjo_lab_results.pdf', 'Voicemail_555-0142_refill_metformin.m4a', 'Lauina_T_eGFR_trend.pdf', 'AlRashidi_Omar_hCG.pdf', 'Le_Thi_Bich_Lien_US_24wk.pdf', 'ECG_12lead_QUILL_ADA_0614.pdf', 'Quill_Ada_HD_flowsheet_0412.pdf', 'EKG_MsFairbrook_stemi.jpg', 'Oyelaran_Bisi_medical_records_subpoena.pdf', 'Quill_Ada_echo_results.pdf', 'Ferrante_Luca_colonoscopy_path_report.pdf', 'Okafor_Dana_asthma_action_plan.pdf', 'Dragomirova_K_blood_results.pdf', 'HADZIFEJZOVIC_E_CT_CHEST.pdf', 'Labs_VANDERMOLEN_H_20250311.pdf', 'Itzamna_JC_vaccine_card.jpg', 'IMG_5520_Tuimavave_wound_photo.jpg', 'CCD_Vargas_Lucia_2026-01-04.xml', 'tranThiMaiLipidPanel.pdf', 'Verwijzing_MRI_knie_deGroot_F.pdf', 'LabResults_TAHERI_ROYA_2026-03-10.pdf', 'nakamura_hiroshi_MRI_LSPINE_2024-05-02.zip', 'xray_Ndubisi_wrist_postcast.jpg', 'mole_check_NDUBISI_back_0311.jpg', 'QUINTANAR_ANA_HIPREPLACEMENT.pdf',
  // Session 38: a reference manager's shape with a given name is a patient's file.
  'Halvorsen_Maren_2019_copd_exacerbation.pdf', 'Quellbrandt-K_MRI_brain.pdf'];

describe('file names: authors, parties and businesses are not patients', () => {
  test.each(cleanFiles)('%s (%s)', (name) => expect(scan({ attachments: [{ name }] }).findings).toEqual([]));
  test.each(flaggedFiles)('a patient file is still flagged: %s', (name) => expect(scan({ attachments: [{ name }] }).findings.length).toBeGreaterThan(0));
});

test('a recipient whose display name names a patient department is staff; one marked as a patient is not', () => {
  const to = (displayName: string) => [{ displayName, emailAddress: 'd.whitfield@gmail.com' }];
  expect(scan({ to: to('Dana Whitfield — Patient Transport') }).findings).toEqual([]);
  expect(scan({ to: to('Patient Access - North Campus') }).findings).toEqual([]);
  expect(scan({ to: to('Patient Dana Whitfield') }).findings.map((f) => f.detectorId)).toEqual(['recipient-health']);
});

test("a patient support desk is a service's mailbox; a support group of patients is a list", () => {
  expect(scan({ to: [{ displayName: 'Patient Support Hub', emailAddress: 'hub@quillbrook-rx.com' }] }).findings).toEqual([]);
  expect(scan({ to: [{ displayName: 'Patient Support', emailAddress: 'support@quillbrook-rx.com' }] }).findings).toEqual([]);
  expect(scan({ to: [{ displayName: 'Lupus Patient Support Group', emailAddress: 'lupus-group@quillbrook.org' }] }).findings.map((f) => f.detectorId)).toContain('recipient-health');
});

test("a veterinary practice's clients are pet owners; recruiters write to candidates", () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Owner ${i}`, emailAddress: `owner${i}@gmail.com` }));
  const subject = 'Kitten class Saturday - bring vaccine records';
  expect(scan({ subject, to, senderAddress: 'desk@larchmontvet.com' }).findings).toEqual([]);
  expect(scan({ subject: 'Welcome aboard! PICU travelers orientation call Monday', to, senderAddress: 'team@quillrun-nursing.com' }).findings).toEqual([]);
  expect(scan({ subject: 'Your diabetes class moves to Thursday', to, senderAddress: 'desk@larchmont-health.org' }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test('a number at the end of a lettered code is not a bare record number for a keyword in another field', () => {
  const attachments = [{ name: 'Table3_MRN_list.xlsx' }];
  expect(scan({ subject: 'Decision letter – QJCM-D-25-00417 – please revise', attachments }).findings).toEqual([]);
  expect(scan({ subject: '00417735 - please revise', attachments }).findings.map((f) => f.detectorId)).toContain('mrn');
});

test('a document word is part of a name only when it is capitalised inside the name', () => {
  expect(scan({ attachments: [{ name: 'Doan_Thi_Kim_Lien_echo.pdf' }] }).findings.length).toBeGreaterThan(0);
  expect(scan({ attachments: [{ name: 'lien_release_Haverly_Kim.pdf' }] }).findings).toEqual([]);
});

test('two everyday-sense health words together read as care (a documented trade-off)', () => {
  expect(scan({ subject: 'Beatrice Wamsley - fall at home, ED eval' }).findings.length).toBeGreaterThan(0);
});

test('a file about fundraising or teaching does not pair with health in the subject', () => {
  const v = scan({ subject: 'Relay team for the Pediatric Leukemia Fund - sign up', attachments: [{ name: 'Ostrowski_Denver_fundraiser_page.pdf' }] });
  expect(v.findings).toEqual([]);
  expect(scan({ subject: 'Leukemia consult note', attachments: [{ name: 'Ostrowski_Denver.pdf' }] }).findings.length).toBeGreaterThan(0);
});

test('a subject about work does not pair with health in a file name', () => {
  const v = scan({ subject: 'Mateo Quispe - mammography tech cross-training', attachments: [{ name: 'Mammo_crosstraining_plan.xlsx' }] });
  expect(v.findings).toEqual([]);
});

test("a word that with a school's or practice's kind is the sender's domain names the sender's own organisation", () => {
  const senderAddress = 'nurse@birchfieldusd.org';
  for (const subject of ['Immunization compliance 94.2% - Birchfield MS', 'Dr. Addison from Birchfield Peds doing sports physicals Sat']) expect(scan({ subject, senderAddress }).findings).toEqual([]);
  // A titled name, a given name or a patient word makes it a person.
  for (const subject of ['Mr. Birchfield asthma action plan', 'Jordan Birchfield asthma plan', 'Pt Birchfield - asthma flare']) expect(scan({ subject, senderAddress }).findings.length).toBeGreaterThan(0);
  // From another organisation the word is a surname.
  expect(scan({ subject: 'Immunization compliance 94.2% - Birchfield MS', senderAddress: 'nurse@alderpeds.com' }).findings.length).toBeGreaterThan(0);
});

test("the sender's own name is not a patient's; another person's name still is", () => {
  const subject = 'PT Ilse Marquardt - notes from the dizziness and balance course';
  for (const senderAddress of ['ilse.marquardt@examplehealth.org', 'imarquardt@examplehealth.org', 'marquardt.ilse@examplehealth.org']) {
    expect(scan({ subject, senderAddress }).findings).toEqual([]);
  }
  expect(scan({ subject: 'Pt Ilse Marquardt - vertigo, ENT referral', senderAddress: 'front.desk@examplehealth.org' }).findings.length).toBeGreaterThan(0);
  expect(scan({ subject: 'Pt Ilse Marquardt - vertigo, ENT referral', senderAddress: 'imarq@examplehealth.org' }).findings.length).toBeGreaterThan(0);
});

test('a building named for a specialty does not make mail to several personal addresses about care', () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Wren ${i}`, emailAddress: `wren${i}@gmail.com` }));
  expect(scan({ subject: 'Shuttle times during the Cardiac Tower lobby repairs', to }).findings).toEqual([]);
  expect(scan({ subject: 'Your chemo moved to the Oncology Pavilion on Friday', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test("a profession's week celebrates the staff: mail about it to several personal addresses is not about care", () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Quill ${i}`, emailAddress: `quill${i}@yahoo.com` }));
  expect(scan({ subject: 'Pharmacy Week bake-off - bring a dish', to }).findings).toEqual([]);
  expect(scan({ subject: 'Radiology Week trivia night', to }).findings).toEqual([]);
  // The profession named with the week celebrates it whatever care it gives.
  expect(scan({ subject: 'Dialysis Tech Week - thank you lunch', to }).findings).toEqual([]);
  expect(scan({ subject: 'Emergency Nurses Week - night shift breakfast', to }).findings).toEqual([]);
  // A condition's or a treatment's week is its patients' mail.
  expect(scan({ subject: 'Stroke Week: survivors walk this Saturday', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  expect(scan({ subject: 'Dialysis Week: your new chair times', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  // The week of a patient's care is still care.
  expect(scan({ subject: 'Your rehab week 2 exercises', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test("a unit's or a team's party is the staff's: mail about it to several personal addresses is not about care", () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Tamsin ${i}`, emailAddress: `tamsin${i}@outlook.com` }));
  expect(scan({ subject: 'Infusion unit party sign-up sheet', to }).findings).toEqual([]);
  expect(scan({ subject: 'Endoscopy team potluck next Thursday', to }).findings).toEqual([]);
  expect(scan({ subject: 'Cath lab team cookout - bring chairs', to }).findings).toEqual([]);
  expect(scan({ subject: 'ICU nurses BBQ Saturday at the lake', to }).findings).toEqual([]);
  // A support group's potluck is its members'.
  expect(scan({ subject: 'Weight loss surgery support group potluck Sunday', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test('a jobs, volunteer or giving mailbox writes to candidates, volunteers and donors, not patients', () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Helper ${i}`, emailAddress: `helper${i}@outlook.com` }));
  const subject = 'Therapy dog visits to the oncology floor - April rota';
  expect(scan({ subject, to, senderAddress: 'volunteer.services@examplehealth.org' }).findings).toEqual([]);
  expect(scan({ subject, to, senderAddress: 'careers@examplehealth.org' }).findings).toEqual([]);
  expect(scan({ subject, to, senderAddress: 'oncology.nursing@examplehealth.org' }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test("a treatment programme's mail to several personal addresses discloses its patients, unless it is staff business", () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Member ${i}`, emailAddress: `member${i}@gmail.com` }));
  const senderAddress = 'l.ortiz@stillwater-recovery.org';
  expect(scan({ subject: 'Tuesday circle moves to Room 4', to, senderAddress }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  expect(scan({ subject: 'Tuesday circle moves to Room 4', to, senderAddress: 'l.ortiz@stillwater-health.org' }).findings).toEqual([]);
  expect(scan({ subject: 'Board of Directors meeting packet - March', to, senderAddress }).findings).toEqual([]);
  expect(scan({ subject: 'Staff potluck Friday', to, senderAddress }).findings).toEqual([]);
});

test('a clinician addressed by given name at the start of the subject is the addressee, not the patient', () => {
  const subject = 'Tavita - pt in bed 4 asking for pain meds, pls come up';
  expect(scan({ subject, to: [{ displayName: 'Dr. Tavita Leota', emailAddress: 'tleota@ourhealth.org' }] }).findings).toEqual([]);
  expect(scan({ subject }).findings.map((f) => f.strength)).toEqual(['medium']);
  // Spoken to about their own care, a clinician is the patient.
  const own = scan({ subject: 'Tavita - your MRI results are in', to: [{ displayName: 'Dr. Tavita Leota', emailAddress: 'tleota@ourhealth.org' }] });
  expect(own.findings.length).toBeGreaterThan(0);
});

test("an address glues a name to an initial: no misspelling nor drug ending is read there, a glued term still is", () => {
  expect(scan({ to: [{ displayName: 'Ray Watson', emailAddress: 'watsone12@gmail.com' }] }).findings).toEqual([]);
  expect(scan({ to: [{ displayName: 'Dilan R.', emailAddress: 'dilan.kidneytx@gmail.com' }] }).findings.map((f) => f.evidence)).toEqual([['recipient.person']]);
});

test('a radiographer\'s registry credential in brackets is no condition', () => {
  expect(scan({ to: [{ displayName: 'Ana Kowalski RT(R)(CT)', emailAddress: 'a.kowalski@lakeshore-regional.org' }] }).findings).toEqual([]);
});

test('a recovery group in Spanish, and an autism therapy provider, write to their patients', () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Persona ${i}`, emailAddress: `persona${i}@gmail.com` }));
  expect(scan({ subject: 'Recordatorio: grupo de recuperación jueves 6pm', to, senderAddress: 'm.ortiz@riverbend-chc.org' }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  expect(scan({ subject: 'Friday group - new pickup door', to, senderAddress: 'groups@sunnyside-aba.com' }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  expect(scan({ subject: 'Spring term tuition reminder', to, senderAddress: 'registrar@saba.edu' }).findings).toEqual([]);
  expect(scan({ subject: 'Friday group - new pickup door', to, senderAddress: 'groups@sunnysidecommunity.com' }).findings).toEqual([]);
});

test('several personal addresses on a job, volunteer or donor message are not patients', () => {
  const to = [1, 2, 3].map((i) => ({ displayName: `Candidate ${i}`, emailAddress: `cand${i}@gmail.com` }));
  expect(scan({ subject: 'Med-Surg RN openings - interview slots', to }).findings).toEqual([]);
  expect(scan({ subject: 'Hospice 5K - t-shirt sizes due Friday', to }).findings).toEqual([]);
  expect(scan({ subject: 'Spring gala - seating chart for donors', to }).findings).toEqual([]);
  expect(scan({ subject: 'Clinical rotation - 4 West orientation Tue', to }).findings).toEqual([]);
  expect(scan({ subject: 'Entrevistas - vacantes de enfermería UCI', to }).findings).toEqual([]);
  expect(scan({ subject: 'Well-child visit reminders - vaccines due', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
  expect(scan({ subject: 'Cardiac rehab class moves to Thursday', to }).findings.map((f) => f.detectorId)).toEqual(['mass-disclosure', 'mass-disclosure', 'mass-disclosure']);
});

test("an instrument's quality-control file pairs with no other field, either way; a QA case review does", () => {
  expect(scan({ subject: 'Hgb controls out - XN-2 rerun', attachments: [{ name: 'QC_AbernathyLindqvist_XN9.pdf' }] }).findings).toEqual([]);
  expect(scan({ subject: 'Lunch with Nadia Ruiz Friday', attachments: [{ name: 'Chem_QC_summary_Nov.pdf' }] }).findings).toEqual([]);
  const review = scan({ subject: 'Missed fracture on wrist xray', attachments: [{ name: 'QA case review - Nadia Ruiz.pdf' }] });
  expect(review.findings.map((f) => f.evidence)).toEqual([expect.arrayContaining(['health.other-field'])]);
});

describe('a file named for a person, in a message whose other field already holds a named person\'s health', () => {
  test('the file is flagged too (medium): the message discloses what the file is about', () => {
    const v = scan({ subject: 'Marisol ko report ready – C-section POD2', attachments: [{ name: 'Report_Quintanar_Marisol.pdf' }] });
    expect(v.findings.filter((f) => f.field === 'attachments').map((f) => f.evidence)).toEqual([expect.arrayContaining(['health.other-field'])]);
  });
  test('not when the other field speaks of work or topics only', () => {
    const v = scan({ subject: 'Diabetes education fair - volunteers', attachments: [{ name: 'Report_Quintanar_Marisol.pdf' }] });
    expect(v.findings).toEqual([]);
  });
});

describe('a patient named in one field is a person where the name recurs (named-elsewhere.ts)', () => {
  const fileFindings = (m: Partial<Message>) => scan(m).findings.filter((f) => f.field === 'attachments');
  const named: [string, string][] = [
    // In Title Case the file's words say nothing alone ("Cath_report_Quillagua.pdf" is a report filed for its patient on
    // its own: name.file-surname).
    ['Phase II referral: Teodora Quillagua, s/p PCI to LAD', 'Cath_Report_Quillagua.pdf'],
    ['Re: C. Mbatuvi - PT eval after THA', 'Mbatuvi_PT_note_draft.pdf'],
    ['Mrs. Oyelakin-Tufa back in clinic, A1c 9.8', 'oyelakin-tufa_A1c_trend.xlsx'],
  ];
  test.each(named)('%s + %s: the file is flagged (medium)', (subject, file) => {
    const found = fileFindings({ subject, attachments: [{ name: file }] });
    expect(found.map((f) => [f.strength, f.evidence[0]])).toEqual([['medium', 'name.named-elsewhere']]);
  });
  const notNamed: [string, string, string][] = [
    ['Phase II referral: Teodora Quillagua, s/p PCI to LAD', 'Quillagua_parking_permit.pdf', 'no health words in the file'],
    ['Thanks Teodora Quillagua for covering the cath lab', 'Cath_report_Quillagua.pdf', 'the subject names a colleague at work, not a patient'],
    ['Diabetes education fair - volunteers', 'Cath_report_Quillagua.pdf', 'no name in the subject'],
  ];
  test.each(notNamed)('%s + %s: not from the subject (%s)', (subject, file) => {
    expect(fileFindings({ subject, attachments: [{ name: file }] }).filter((f) => f.evidence[0] === 'name.named-elsewhere')).toEqual([]);
  });
  test('in a subject, a word from a strong name in a file, capitalised and not opening the subject', () => {
    const attachments = [{ name: 'DC_summary_Quillagua_Teodora_CHF.pdf' }];
    expect(scan({ subject: 'Home O2 set up for Quillagua tomorrow?', attachments }).findings.filter((f) => f.field === 'subject').map((f) => f.evidence[0])).toEqual(['name.named-elsewhere']);
    expect(scan({ subject: 'Quillagua home O2 set up tomorrow?', attachments }).findings.filter((f) => f.field === 'subject').map((f) => f.evidence[0])).not.toContain('name.named-elsewhere');
    expect(scan({ subject: 'Discharge summary template', attachments: [{ name: 'Discharge_Summary_Quillagua_Teodora.pdf' }] }).findings.filter((f) => f.field === 'subject')).toEqual([]);
  });
  test('a colleague the subject judged by a department tag stays a colleague', () => {
    const v = scan({ subject: 'FMLA paperwork for Teodora (Radiology)', attachments: [{ name: 'FMLA_Quillagua_Teodora_breast_cancer_cert.pdf' }] });
    expect(v.findings.filter((f) => f.field === 'subject')).toEqual([]);
  });
});

test("a unit's team dinner to colleagues' personal addresses is no mass disclosure; a patients' group is", () => {
  const to = ['kiara.q@larkinbox.com', 'dshawn.p@pebblemail.net', 'lupita.q@tidewaymail.com'].map((emailAddress) => ({ displayName: '', emailAddress }));
  expect(scan({ subject: 'phlebotomy team dinner fri 7pm - Casa Verde', to }).findings).toEqual([]);
  expect(scan({ subject: 'dialysis support group dinner fri 7pm', to }).findings.map((f) => f.detectorId)).toContain('mass-disclosure');
});

test('after a birth label, a dotted triple after "at" is the date of birth, not a clock time', () => {
  expect(scan({ subject: 'DOB at 04.12.61 - Ada Quill' }).findings.map((f) => f.detectorId)).toContain('dob');
  expect(scan({ attachments: [{ name: 'WhatsApp Image 2025-10-02 at 16.04.38.jpeg', size: 1, isInline: false }] }).findings).toEqual([]);
});

describe('animals in research and veterinary mail: whose health', () => {
  const senderAddress = 'ops@vivarium-ostrander.edu';
  test('an owner named in parentheses is an aside: the health after it is the animal\'s', () => {
    expect(scan({ senderAddress, subject: "Client-owned dog 'Biscuit' (owner Ilse Harrington) - osteosarcoma trial consent" }).findings).toEqual([]);
  });
  test('the owner\'s own health after the cue still counts', () => {
    expect(scan({ senderAddress, subject: "Cat 'Miso' spay moved - owner Ilse Harrington is 30 wk pregnant" }).findings.map((f) => f.field)).toEqual(['subject']);
  });
  test('a veterinary technician bitten at work is a person with health', () => {
    expect(scan({ senderAddress: 'desk@thornmeadowvet.com', subject: 'cat bite - tech Marisela Quintanar to urgent care, needs tetanus booster' }).findings.map((f) => f.field)).toEqual(['subject']);
  });
  test("mail to a veterinary practice is about the colleague's pet", () => {
    const to = [{ displayName: 'Fernbrook Animal Hospital', emailAddress: 'frontdesk@fernbrookvet.com' }];
    expect(scan({ subject: "Marzipan's dental cleaning + bloodwork results", to }).findings).toEqual([]);
    expect(scan({ subject: "Marzipan's dental cleaning + bloodwork results", to: [...to, { displayName: 'Ada Quill', emailAddress: 'aquill@examplehealth.org' }] }).findings.length).toBeGreaterThan(0);
  });
  test('a technician bitten by a research animal is a person with health', () => {
    expect(scan({ senderAddress, subject: 'Macaque bite - tech Ilse Harrington started PEP (valacyclovir)' }).findings.map((f) => f.field)).toEqual(['subject']);
  });
});

test('a given name in lower case opening the subject is the colleague hailed when a recipient has it', () => {
  const subject = 'maile - hgb 6.4, 2u ordered';
  expect(scan({ subject, to: [{ displayName: 'Maile Kahale', emailAddress: 'mkahale@examplehealth.org' }] }).findings).toEqual([]);
  expect(scan({ subject, to: [{ displayName: 'Joan Pryce', emailAddress: 'jpryce@examplehealth.org' }] }).findings.map((f) => f.field)).toEqual(['subject']);
});

test("an investigator's credentials filed under the surname name no patient, beside a study's condition", () => {
  const attachments = ['Form1572_NB-9_Okafor_signed.pdf', 'GCP_Certificate_Okafor.pdf', 'Medical_License_Okafor_2027.pdf'].map((name) => ({ name }));
  expect(scan({ subject: 'Start-up documents for the TRELLIS-4 eczema trial', attachments }).findings).toEqual([]);
});

test('a clinician named with a title in the subject is the clinician in a file name, unless the subject gives a condition of his', () => {
  const file = (name: string) => [{ name, size: 1000, isInline: false }];
  const advisor = scan({ subject: 'Design review: Glide pump -- Dr. Imre Castellanos (clinical advisor)', attachments: file('DR2_Glide_Castellanos_clinical_input.pptx') });
  expect(advisor.findings.filter((f) => f.field === 'attachments')).toEqual([]);
  const own = scan({ subject: 'Monitoring agreement - Dr. Imre Castellanos - alcohol use disorder', attachments: file('Castellanos_tox_screen_Mar.pdf') });
  expect(own.findings.filter((f) => f.field === 'attachments').length).toBeGreaterThan(0);
});

test('a firm named for two people in one field is the firm in the others', () => {
  const file = (name: string) => [{ name, size: 1000, isInline: false }];
  const v = scan({ subject: 'Asbestos abatement - old Psych ED - Halloran & Voss plan for review', attachments: file('Halloran_Voss_abatement_plan_PsychED.pdf') });
  expect(v.findings).toEqual([]);
  // Only the firm's own words: another name in the file is still a person.
  expect(scan({ subject: 'Halloran & Voss plan for review', attachments: file('Kealoha_Anela_CT_chest.pdf') }).findings.length).toBeGreaterThan(0);
});

test('a clinician in one field is not a patient of the same surname with another given name, nor in the same field', () => {
  const file = (name: string) => [{ name, size: 1000, isInline: false }];
  expect(scan({ subject: 'Referral from Dr. Priya Patel', attachments: file('Ravi_Patel_MRI_brain.pdf') }).findings.filter((f) => f.field === 'attachments').length).toBeGreaterThan(0);
  expect(scan({ subject: 'Principal Nguyen re: inhaler at school for Linh Nguyen' }).findings.length).toBeGreaterThan(0);
  // A procedure after the titled name may be the clinician's own.
  expect(scan({ subject: 'Dr. Nolan Ashby - out for hip replacement', attachments: file('Nolan_Ashby_hip_xray.pdf') }).findings.filter((f) => f.field === 'attachments').length).toBeGreaterThan(0);
});

test('two people joined by "&" beside their care are patients, not a firm; a named patient\'s versioned document is hers', () => {
  const file = (name: string) => [{ name, size: 1000, isInline: false }];
  expect(scan({ subject: 'Ortiz & Nguyen - discharge summaries', attachments: file('Ortiz_discharge_summary.pdf') }).findings.filter((f) => f.field === 'attachments').length).toBeGreaterThan(0);
  expect(scan({ subject: 'Maria Lopez - insulin drip v2 started' }).findings.length).toBeGreaterThan(0);
  expect(scan({ subject: 'Mrs. Tavita discharge summary v3' }).findings.length).toBeGreaterThan(0);
});

test("in veterinary mail a pet's health in the subject does not make a file named for the pet and its owner a patient's", () => {
  const attachments = [{ name: 'Max_Harrington_lat_abdomen.jpg', size: 1000, isInline: false }];
  expect(scan({ senderAddress: 'dr.vasquez@thornmeadowvet.com', subject: 'rads for Max - cardiomegaly? 2nd opinion pls', attachments }).findings).toEqual([]);
  // The same message from a human practice discloses the patient the file names.
  expect(scan({ senderAddress: 'dr.vasquez@thornmeadow-health.org', subject: 'films for Ilse - splenic mass? second read pls', attachments: [{ name: 'Ilse_Harrington_CT_abdomen.jpg', size: 1000, isInline: false }] }).findings.length).toBeGreaterThan(0);
});

describe('a surname that is also a health word is a name in a name\'s place', () => {
  test('a recipient named given name + that word', () => {
    expect(scan({ to: [{ displayName: 'Dr. Marguerite Fever', emailAddress: 'mfever@quillbrook-rx.com' }] }).findings).toEqual([]);
    expect(scan({ to: [{ displayName: 'Tobias Burns', emailAddress: 'tobias.burns@quillbrook-rx.com' }] }).findings).toEqual([]);
    expect(scan({ to: [{ displayName: 'Dr. Cedric Parkinson', emailAddress: 'cparkinson@quillbrook-univ.edu' }] }).findings).toEqual([]);
    expect(scan({ to: [{ displayName: 'Ingrid Hodgkins', emailAddress: 'i.hodgkins@quillbrook-rx.com' }] }).findings).toEqual([]);
    // A condition in brackets or after a dash is still the recipient's own.
    expect(scan({ to: [{ displayName: 'Marguerite (fever clinic pt)', emailAddress: 'marguerite.q@gmail.com' }] }).findings.length).toBeGreaterThan(0);
    expect(scan({ to: [{ displayName: 'Tobias Lindqvist - stroke', emailAddress: 'tlindq@gmail.com' }] }).findings.length).toBeGreaterThan(0);
  });
  test('"Last, First" opening a subject', () => {
    expect(scan({ subject: 'Burns, Marguerite - PTO request for Dec' }).findings).toEqual([]);
    expect(scan({ subject: 'Fever, cough, Marguerite wants a callback' }).findings.length).toBeGreaterThan(0);
  });
});

test("a surname that with a trade's word is the sender's domain names the sender's business; a titled one is a patient", () => {
  expect(scan({ subject: 'Garcia cycle fill - insulin pens for 3 West', senderAddress: 'orders@garciarx.example' }).findings).toEqual([]);
  expect(scan({ subject: "Mrs. Garcia's insulin pens - refill", senderAddress: 'orders@garciarx.example' }).findings.length).toBeGreaterThan(0);
  expect(scan({ subject: 'Garcia cycle fill - insulin pens for 3 West', senderAddress: 'orders@northgate.example' }).findings.length).toBeGreaterThan(0);
  expect(scan({ subject: 'Linda Garcia biopsy - path pending', senderAddress: 'path@garciahealth.example' }).findings.length).toBeGreaterThan(0);
  expect(scan({ subject: 'Pt Garcia A1c 10.2', senderAddress: 'labs@garciamedical.example' }).findings.length).toBeGreaterThan(0);
});

test("a name another field gives as an institution's, a titled clinician's talk topic, and a patient named elsewhere", () => {
  const file = (subject: string, name: string) => scan({ subject, attachments: [{ name }] }).findings.filter((f) => f.field === 'attachments');
  expect(file('Signage proof - Garcia Memorial Cancer Center, radiation oncology wayfinding', 'Garcia_Wayfinding_RadOnc_v4.pdf')).toEqual([]);
  expect(file('Lunch and learn: Dr. Garcia on latent TB in refugee patients', 'LTBI_refugee_health_Garcia.pptx')).toEqual([]);
  expect(file('complaint from Mr. Garcia re: 2 hr wait in derm', 'Garcia_complaint_derm_0311.msg').length).toBeGreaterThan(0);
});

test('a full name in the subject carries even its word that is also an everyday word to a file name, where capitalised', () => {
  const file = (subject: string, name: string) => scan({ subject, attachments: [{ name }] }).findings.filter((f) => f.field === 'attachments');
  expect(file('Thida Aye 28F G1P0 - GBS pos', 'GBS_Aye_TA.pdf').length).toBeGreaterThan(0);
  expect(file('Thida Aye 28F G1P0 - GBS pos', 'gbs_aye_vote_results.pdf')).toEqual([]);
});
