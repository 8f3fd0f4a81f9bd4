import { WORD_LISTS } from '../../src/engine/lexicon/word-lists';

/**
 * One source per word list: every curated list is named in WORD_LISTS, with
 * no duplicates inside, the subsets its readers rely on, and only the
 * overlaps stated below. A word in two lists is in two roles; each role is
 * written here with its reason, so a new overlap is a decision, not an
 * accident.
 */
const names = Object.keys(WORD_LISTS);
const set = (n: string) => new Set(WORD_LISTS[n]);

test.each(names)('%s has no duplicates and no empty entries', (n) => {
  const list = WORD_LISTS[n];
  expect(list.filter((w) => w.trim() === '')).toEqual([]);
  expect(list.length).toBe(new Set(list).size);
});

const healthVocabulary = () => new Set(names.filter((n) => n.startsWith('HEALTH_TERMS.')).flatMap((n) => WORD_LISTS[n]));

test.each([
  ['AMBIGUOUS_HEALTH', 'everyday-sense words only qualify health terms'],
  ['UNIT_WORDS', 'units only qualify health terms'],
  ['CLINICAL_NEEDS_SUPPORT', 'clinical words with another sense only qualify health terms'],
])('%s is part of the health vocabulary (%s)', (n) => {
  const vocabulary = healthVocabulary();
  expect(WORD_LISTS[n].filter((w) => !vocabulary.has(w))).toEqual([]);
});

test.each([
  ['AMBIGUOUS_ONLY_IN_CAPITALS', 'AMBIGUOUS_HEALTH'],
  ['VETERINARY_ACRONYMS', 'ANIMAL_WORDS'],
  ['AMBIGUOUS_LIST_HEADS', 'LIST_HEADS'],
  ['LANGUAGE_NAMES', 'NOT_NAMES'],
  ['LANGUAGE_WEEKDAY_NAMES', 'NOT_NAMES'],
  ['ROMANCE_LIST_HEADS', 'LIST_HEADS'],
  ['YOUNG_MEMBER_HEADS', 'LIST_HEADS'],
  ['SCANNER_SERVICE_WORDS', 'WORKPLACE_WORDS'],
])('%s is a subset of %s', (a, b) => {
  const outer = set(b);
  expect(WORD_LISTS[a].filter((w) => !outer.has(w))).toEqual([]);
});

test.each([
  [['ORG_HEADS', 'HEALTH_NAMED_ORG_HEADS'], 'an organisation head is read one way or the other'],
  [['STAFF_HEADS', 'LIST_HEADS', 'PATIENT_MARKS'], 'a recipient head says staff, list or patient, not two'],
  [['HEALTH_TERMS.condition', 'HEALTH_TERMS.medication', 'HEALTH_TERMS.test', 'HEALTH_TERMS.procedure', 'HEALTH_TERMS.encounter', 'HEALTH_TERMS.payer', 'HEALTH_TERMS.patient', 'HEALTH_TERMS.specialty'], 'a health term has one category'],
])('disjoint: %j (%s)', (group) => {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const b = set(group[j]);
      expect([group[i], group[j], WORD_LISTS[group[i]].filter((w) => b.has(w))]).toEqual([group[i], group[j], []]);
    }
});

const PERSON_NAME_LISTS = /^(HONORIFICS|PATIENT_WORDS|CLINICIAN_TITLES|CREDENTIALS|CONNECTORS|VIETNAMESE_MIDDLE|NOT_NAMES|HEALTHCARE_ORGS|EPONYM_HEADS|POSSESSIVE_EPONYM_HEADS|LETTERED|SAINT|DOTTED_ABBREVIATIONS|COMMA_CREDENTIALS|GROUP_NOUNS|WORK_GROUPS|MEDICAL_EPONYMS|METHOD_EPONYM_PAIRS|LOWER_CASE_HONORIFICS|GREETINGS|DEVICE_FILE_PREFIXES|PINYIN_SURNAMES|KOREAN_SURNAMES)$/;

/** Overlaps between two lists that are intended, with the reason. Health vocabulary x any qualifier is one rule. */
const INTENDED: [RegExp, RegExp, string][] = [
  [/^WORKPLACE_WORDS$/, /^SCANNER_SERVICE_WORDS$/, "a scanner's service is work after a health word; the subset that does not hide a titled patient's scan"],
  [/^DONE_BY_A_PERSON$/, /^(UNDERGOING_VERBS|PATIENT_NEEDS_VERBS|BEFELL_VERBS|PATIENT_ACTS|AFTER_AN_OBJECT_WORDS|ABSENCE_WORDS|BODY_SIDES)$/, 'verbs after a lower-case name that make it a person are also read after lone names, as undergoing, needing or refusing, and "left" is also a side of the body'],
  [/^BODY_SIDES$/, /^(MILITARY_SERVICE_WORDS|NOT_NAMES|COMMA_CREDENTIALS)$/, 'a side of the body before a letter in a file name; "lt" is also a lieutenant, "rt" a respiratory therapist, "bilateral" never a name'],
  [/^EVERYDAY_VISIT_KINDS$/, /^(WORKPLACE_WORDS|RECRUITING_CUES|ORG_HEADS|INSTITUTION_HEADS|STAFF_HEADS|SERVICE_HEADS|NOT_NAMES|LETTERED)$/, 'before "visit" a kind of visit that is no patient\'s (a site, a donor, a vendor, a school); the same words are workplaces, recruiting cues, organisation and staff heads, or never name parts elsewhere'],
  [/^LANGUAGE_CUES\.ht\.linkingWords$/, /^NOT_NAMES$/, 'Haitian Creole "pou" (for) links words in a language cue and is never a name after a patient word'],
  [/^PRIOR_AUTH_STATES$/, /^(STAFF_CUES|AMBIGUOUS_HEALTH|HANDLED_BY_VERBS|PATIENT_NEEDS_VERBS)$/, 'after "PA" a state of a prior authorisation ("PA approved", "PA denied"); elsewhere the same words say a staff matter, qualify a health word, or follow a name as a verb'],
  [/^RECRUITING_CUES$/, /^BUSINESS_HEADS$/, 'a catering job is recruiting in a subject; after a name "Catering" is the caterer\'s trade ("Tupou Catering")'],
  [/^NOT_NAMES$/, /^BUSINESS_HEADS$/, 'a department\'s shorthand ("Biomed ticket") is no name, and after a name it is a firm\'s trade ("Petrakis Biomed")'],
  [/^AMBIGUOUS_HEALTH$/, /^HEALTH_NAMED_ORG_HEADS$/, '"therapy" alone needs support to be care; in Title Case after a name it ends a practice\'s name ("Guzman Physical Therapy")'],
  [/^PATIENTS_TEAMS$/, /^(TOPIC_WORDS|WORKPLACE_WORDS|ORG_HEADS|SERVICE_HEADS|LIST_HEADS|AMBIGUOUS_LIST_HEADS|LETTERED)$/, 'a patients\' programme is read as one only right before "team:" (a roster that may be its patients); the same words are topics, workplaces, heads of mailboxes and organisations, lettered things elsewhere'],
  [/^ROSTER_LABELS$/, /^(WORKPLACE_WORDS|STAFF_CUES|AMBIGUOUS_HEALTH|RECRUITING_CUES|STAFF_HEADS|LIST_HEADS|CLINICIAN_TITLES|LETTERED)$/, 'a group\'s label is read as one only before a colon and the names of its members ("RCA team: Estrada, Mbeki"); the same words are jobs, mailbox heads, titles and lettered things elsewhere'],
  [/^TEAM_ROLE_LABELS$/, /^(WORKPLACE_WORDS|STAFF_CUES|OWNER_CUES|HEALTH_NAMED_ORG_HEADS|STAFF_HEADS|CLINICIAN_TITLES|CREDENTIALS|CREDENTIALS_BEFORE_NAME|DOTTED_ABBREVIATIONS|COMMA_CREDENTIALS)$/, 'a surgical team\'s role is read as such only as a label before a colon and a name ("Scrub: Ana Ruiz"); the same words are jobs, mailbox heads and credentials elsewhere'],
  [/^KOREAN_SURNAMES$/, /^(ORG_HEADS|LANGUAGE_CUES\.(vi|pt)\.linkingWords)$/, 'a Korean surname is read only beside a hyphenated given name ("Ji-woo Park", "Cho Sun-hee"), where the same letters as a place head or a Vietnamese or Portuguese particle do not stand'],
  [/^NOT_NAMES$/, /^LANGUAGE_CUES\.es\.linkingWords$/, 'the Spanish plural articles link words in Spanish and open place names, never a person\'s ("Los Pinos")'],
  [/^(SIMULATION_WORDS|NOT_NAMES)$/, /^STAFF_HEADS$/, 'a simulation is staff training: in a subject it makes the patients manikins, in a recipient the mailbox its learners\' ("Trauma Sim Participants"); "Sim" is no name'],
  [/^TEACHING_WORDS$/, /^STAFF_HEADS$/, 'staff courses (CME, in-services) mark teaching material in a subject and a staff mailbox in a recipient ("Sepsis Inservice - Enrolled")'],
  [/^CREDENTIALS_BEFORE_NAME$/, /^(WORKPLACE_WORDS|STAFF_HEADS|CREDENTIALS|DOTTED_ABBREVIATIONS)$/, 'a credential is one before or after a name, a job after a health word ("ICU RNs"), a mailbox head, a dotted abbreviation'],
  [/^ASSIGNED_WORK_VERBS$/, /^(TOPIC_WORDS|WORKPLACE_WORDS|STAFF_HEADS|NOT_NAMES|EPONYM_HEADS|POSSESSIVE_EPONYM_HEADS)$/, 'a verb of assigned work after "to" is also a noun of work ("the audit", "charge lead", "Babinski sign", "draft")'],
  [/^LANGUAGE_CUES\./, /^LANGUAGE_CUES\./, 'a language module\'s cues share words between roles ("curso" heads a workplace and makes a topic) and between languages (Spanish and Portuguese "curso")'],
  [/^(DOB_KEYWORDS|DOB_AFTER)\./, /^(DOB_KEYWORDS|DOB_AFTER)\./, 'languages that share a script share birth-date keywords (生 in Chinese and Japanese)'],
  [/^LANGUAGE_CUES\.[a-z]+\.(workplaceHeads|topicWords)$/, /^(ORG_HEADS|LIST_HEADS|SERVICE_HEADS|ROMANCE_SERVICE_HEADS|STAFF_HEADS|LETTERED)$/, 'before a health word the word names a workplace or a course ("clínica de diabetes"); in a name or a recipient it heads an organisation or a mailbox; before a letter it is a room ("Sala B")'],
  [/^NOT_NAMES$/, /^LANGUAGE_CUES\.(ht|so|sw)\.(workplaceHeads|staffCues|topicWords)$/, 'a training, a campaign, a meeting, a lesson or an invoice in Swahili, Haitian Creole or Somali opens a subject or a file name in Title Case and is never a name there; in the field it makes the health words work or teaching ("Mafunzo ya chanjo")'],
  [/^TIME_OWNERS$/, /^NOT_NAMES$/, 'days are never names, and they take a possessive without being anyone ("Thursday\'s class")'],
  [/^LANGUAGE_CUES\.[a-z]+\.linkingWords$/, /^(CONNECTORS|DOTTED_ABBREVIATIONS|CREDENTIALS|PINYIN_SURNAMES)$/, 'particles that link a workplace head to a health word ("unidad de diálisis") also sit inside names ("de la Cruz")'],
  [/^HEALTH_TERMS\./, /./, 'the other lists qualify health words: everyday senses, units, workplaces, organisation and recipient heads, eponyms, patient words'],
  [/^STAFF_SERVICE_WORDS$/, /^(AMBIGUOUS_HEALTH|SERVICE_HEADS)$/, 'intake: a service staff work in, a health word only with support, and the head of an intake mailbox'],
  [/^LANGUAGE_PATIENT_WORDS$/, /^(PATIENT_WORDS|LIST_HEADS)$/, 'PATIENT_WORDS spreads the languages\' patient words; the Haitian Creole "pasyan" also heads a list of patients'],
  [/^ROMANCE_LIST_HEADS$/, /^LIST_HEADS$/, 'the Romance list heads that come first are list heads (a subset, stated above)'],
  [/^PATIENTS_EDUCATION_PAPERS$/, /^(TOPIC_WORDS|TEACHING_WORDS)$/, 'teaching papers after "patient education" make a work product; the same words are topics and teaching elsewhere'],
  [/^YOUNG_MEMBER_HEADS$/, /^LIST_HEADS$/, "young people are list heads only at the end of a list's name (a subset, stated above)"],
  [/^LANGUAGE_WEEKDAY_NAMES$/, /^NOT_NAMES$/, 'the weekdays of the patients\' languages are among the words that are never a name (NOT_NAMES spreads them)'],
  [/^MONTH_NAMES$/, /^NOT_NAMES$/, 'the months are among the words that are never a name (NOT_NAMES spreads MONTH_NAMES)'],
  [/^RECRUITING_CUES$/, /^LETTERED$/, 'a donor is a giving or a transplant word, and before a letter a labelled donor ("Donor_A")'],
  [/^PLACE_WORDS$/, /^LETTERED$/, 'a place word ends a place\'s name ("Willow Bay") and, before a letter, is a part of a building ("Bay_A")'],
  [/^WEEKDAY_NAMES$/, /^NOT_NAMES$/, 'the weekdays are among the words that are never a name (NOT_NAMES spreads WEEKDAY_NAMES)'],
  [/^WEEKDAY_NAMES$/, /^TIME_OWNERS$/, 'a weekday owns a time as a person does ("Friday\'s clinic"); the recipient rules read weekdays as a group\'s meeting day'],
  [/^WEEKDAY_NAMES$/, /^PINYIN_SURNAMES$/, '"Sun" is a Chinese surname and a weekday abbreviation: the name rules read the case and the neighbours'],
  [/^(TOPIC_WORDS|WORKPLACE_WORDS)$/, /^WORK_PRODUCT_WORDS$/, 'a dashboard or an order set is a topic that cancels a lone name and a piece of work after a health word; in a field it also makes the names there its authors'],
  [/^TOPIC_WORDS$/, /^(TEACHING_WORDS|WORKPLACE_WORDS|STAFF_CUES|STAFF_HEADS|ORG_HEADS|BUSINESS_HEADS|SERVICE_HEADS|LIST_HEADS|LETTERED)$/, 'topic words cancel a lone name; the same word also marks teaching, work, a mailbox or a lettered part'],
  [/^WORKPLACE_WORDS$/, /^(STAFF_CUES|RECRUITING_CUES|OWNER_CUES|ORG_HEADS|HEALTH_NAMED_ORG_HEADS|BUSINESS_HEADS|STAFF_HEADS|SERVICE_HEADS|LIST_CONTINUERS|CLINICIAN_TITLES|CREDENTIALS|LETTERED)$/, 'after a health word it names a job or place; elsewhere the same word is a staff cue, a mailbox head or a title'],
  [/^WORKPLACE_WORDS$/, /^(TEACHING_WORDS|NOT_NAMES)$/, 'after a health word a template or a demo is a piece of work; elsewhere the same word marks teaching material or is never a name'],
  [/^UNIT_WORDS$/, /^(AMBIGUOUS_HEALTH|HEALTH_NAMED_ORG_HEADS)$/, 'a unit that is also an everyday word or a practice name'],
  [/^STAFF_CUES$/, /^(DEPARTMENT_PREPOSITIONS|RECRUITING_CUES|TEACHING_WORDS|OWNER_CUES|ORG_HEADS|STAFF_HEADS|SERVICE_HEADS|LIST_HEADS|AMBIGUOUS_LIST_HEADS|CLINICIAN_TITLES)$/, 'staff affairs in a subject; the same word heads a mailbox, marks a job message, a human in vet mail, or before a name a staff role'],
  [/^AMBIGUOUS_HEALTH$/, /^(AMBIGUOUS_ONLY_IN_CAPITALS|PLACE_WORDS|SERVICE_HEADS|LIST_HEADS|NOT_NAMES|LETTERED)$/, 'an everyday-sense health word that also heads a mailbox, ends a place name or is never a name'],
  [/^ANIMAL_WORDS$/, /^VETERINARY_ACRONYMS$/, 'a subset'],
  [/^SPANISH_TOPONYM_HEADS$/, /^SPANISH_TOPONYM_MODIFIERS$/, 'a Spanish place name may pair two nouns, either first ("Rio Rancho", "Rancho Viejo", "Loma Vista", "Vista Verde")'],
  [/^PATIENT_DEPARTMENT_WORDS$/, /^(WORKPLACE_WORDS|ORG_HEADS|BUSINESS_HEADS|SERVICE_HEADS)$/, 'after "Patient" in Title Case the word names a department ("Patient Access"); elsewhere it ends an organisation\'s name, heads a mailbox or names a job after a health word'],
  [/^(WELCOME_WORDS|ARRIVAL_CUES)$/, /^(WORKPLACE_WORDS|STAFF_CUES|DEPARTMENT_PREPOSITIONS|RECRUITING_CUES|GREETINGS|STAFF_HEADS)$/, 'a colleague\'s arrival, read beside a verb of starting (a new job) or "to Patient ..."; the same words are staff affairs, a job message\'s cue, a greeting, a preposition before a department, a mailbox head or a job after a health word'],
  [/^CONDOLENCE_WORDS$/, /^(ORG_HEADS|SERVICE_HEADS)$/, 'beside a relative\'s death a memorial is a loss\'s; after a name it ends a hospital\'s or a mailbox\'s ("Mercy Memorial")'],
  [/^RECRUITING_CUES$/, /^(SERVICE_HEADS|CLINICIAN_TITLES)$/, 'in a subject the word says the mail is for people who work beside the organisation (caterers, interpreters); in a recipient it heads a service mailbox, before a name it is a role'],
  [/^RECRUITING_CUES$/, /^(TOPIC_WORDS|TEACHING_WORDS)$/, 'continuing education: a topic and teaching material in a field, and a message to clinicians, not patients, among personal addresses'],
  [/^STAFF_CUES$/, /^NOT_NAMES$/, 'a staff paper ("Timesheet_<surname>") is never a name and makes the name beside it a colleague'],
  [/^RECRUITING_CUES$/, /^(STAFF_HEADS|ORG_HEADS)$/, 'candidates, volunteers and donors: a job or fundraising message, a staff mailbox, or an event named for someone ("Hartwell Gala")'],
  [/^TEACHING_WORDS$/, /^(ORG_HEADS|SERVICE_HEADS|LETTERED|LIST_CONTINUERS)$/, 'a lecture, newsletter or chapter: teaching material, or the name of a prize, a mailbox or a lettered part ("Chapter 4")'],
  [/^POSSESSIVE_EPONYM_HEADS$/, /^(ORG_HEADS|EPONYM_HEADS|SERVICE_HEADS)$/, 'after an eponym\'s possessive ("Bell\'s palsy"); the same heads end organisation and eponym names, and a law firm\'s mailbox ("Osei Injury Law")'],
  [/^ORG_HEADS$/, /^(BUSINESS_HEADS|PLACE_WORDS|SERVICE_HEADS|STAFF_HEADS|LIST_HEADS|EPONYM_HEADS|LETTERED|SAINT|NOT_NAMES)$/, 'an organisation or place head is also read in file names, in recipients, after eponyms or in lettered parts'],
  [/^HEALTH_NAMED_ORG_HEADS$/, /^(BUSINESS_HEADS|SERVICE_HEADS|STAFF_HEADS|LETTERED)$/, 'a practice named after its specialty; the same word heads a mailbox or a file-name business'],
  [/^BUSINESS_HEADS$/, /^(SERVICE_HEADS|STAFF_HEADS)$/, 'a business head in a file name also heads a mailbox'],
  [/^PLACE_WORDS$/, /^(SERVICE_HEADS|NOT_NAMES|SAINT)$/, 'a place word in another role'],
  [/^LOWER_CASE_WORDS$/, /^PINYIN_SURNAMES$/, 'a surname capitalised ("Fu Wei"), an abbreviation in lower case ("fu_visit_note")'],
  [/^(OWNER_CUES|BUSINESS_HEADS)$/, /^CLINICIAN_TITLES$/, 'a technician or a courier is a human in vet mail or a business in a file name; before a name the same word is a job'],
  [/^OWNER_CUES$/, /^(STAFF_HEADS|PATIENT_MARKS|HONORIFICS|PATIENT_WORDS)$/, 'in vet mail the word points at a human; elsewhere it is a title, a patient word or a mailbox head'],
  [/^ORG_HEADS$/, /^(LIST_CONTINUERS|CLINICIAN_TITLES|CREDENTIALS)$/, '"dr" is a drive after a street name and a title before a name; "rd" a road and a dietitian'],
  [/^(STAFF_HEADS|SERVICE_HEADS|LIST_HEADS|AMBIGUOUS_LIST_HEADS|PATIENT_MARKS|LIST_CONTINUERS)$/, /^(SERVICE_HEADS|LIST_HEADS|AMBIGUOUS_LIST_HEADS|LIST_CONTINUERS|CREDENTIALS|CLINICIAN_TITLES|PATIENT_WORDS|LETTERED|EPONYM_HEADS)$/, 'recipient heads: a service head after a list keeps the list; credentials and patient words head mailboxes too'],
  [PERSON_NAME_LISTS, PERSON_NAME_LISTS, 'the person-name lists read one token in different positions'],
  [/^GROUP_NOUNS$/, /./, 'before "member" these name a group; elsewhere they keep their roles'],
  [/^CLINICAL_NEEDS_SUPPORT$/, /./, 'clinical words with another sense ("port", "pod", "ms"): health only beside another health word; elsewhere the word keeps its role'],
  [/^HEADS_BEFORE_EPONYM$/, /./, 'an organisation head that comes before its eponym in some languages; elsewhere the word keeps its role'],
  [/^WORK_GROUPS$/, /./, 'after a possessive name these name the person\'s group; elsewhere they keep their roles'],
  [/^(DOTTED_ABBREVIATIONS|COMMA_CREDENTIALS)$/, /^(WORKPLACE_WORDS|STAFF_HEADS|SERVICE_HEADS|ORG_HEADS|PATIENT_MARKS)$/, 'credentials and abbreviations ("RN", "PT", "St") also head mailboxes, jobs and streets'],
  [/^SEASON_WORDS$/, /./, 'beside "fall" these words make it a season; elsewhere they keep their roles'],
  [/^GENERIC_IN_RECIPIENTS$/, /./, 'health words read as generic only in a recipient; elsewhere they keep their roles'],
  [/^DEVICE_FILE_PREFIXES$/, /^(WORKPLACE_WORDS|AMBIGUOUS_HEALTH)$/, 'a scanner\'s or fax server\'s prefix before a file\'s own words; elsewhere "fax" names a line and "scan" a test'],
  [/^GREETINGS$/, /^(STAFF_CUES|LANGUAGE_CUES\.[a-z]+\.staffCues)$/, 'a greeting or thanks is never part of a name; in a subject it also marks staff affairs'],
  [/^NOT_INITIALS$/, /./, 'two capitals beside a word in a file name are not initials when they are a code or an abbreviation; elsewhere the word keeps its role'],
  [/^LAB_ANALYTES$/, /./, 'an analyte only right before a number ("Mg 1.2"); elsewhere the word keeps its role ("5 mg")'],
  [/^ID_KEYWORDS\./, /^ID_KEYWORDS\./, 'a record-number label spelled alike in two languages ("patientnummer": German, Dutch, Swedish)'],
  [/^LANGUAGE_CUES\.pt\.everyday$/, /^ID_KEYWORDS\.pt$/, 'a plan card named alone may be the staff\'s own (everyday); with a number after it the number is a member ID whoever holds it'],
  [/^ID_KEYWORDS\.nl$/, /^CREDENTIALS$/, '"BSN" before a number is the Dutch citizen service number; after a name a nursing degree'],
  [/^LANGUAGE_CUES\.[a-z]+\.topicWords$/, /^TOPIC_WORDS$/, 'a teaching word spelled alike in English and the language ("conference")'],
  [/^(BED_WORDS|TREATMENT_SPOT_WORDS)$/, /./, 'only before a number these make a patient\'s place ("bed 3", "chair 6"); elsewhere they keep their roles ("Bay Clinic", "Room" no name)'],
  [/^(MEETING_WORDS|TEACHING_CASE_WORDS)$/, /./, 'these only say what a room with a number or a wound stage belongs to (a meeting, a teaching case); elsewhere they keep their roles'],
  [/^(PRODUCT_WORDS|DEVICE_CHECK_WORDS)$/, /./, 'beside a capitalised word these make it a maker or a model; elsewhere they keep their roles (business documents, organisation heads)'],
  [/^PRESSURE_WOUND_WORDS$/, /./, 'only beside a stage number; elsewhere they keep their roles'],
  [/^(MONTHLY_PAPERS|VERSIONED_WORK_WORDS|WORK_RESULT_SOURCES|QUANTITY_UNITS)$/, /./, 'each says only what a word beside it is (March, a version, an audit\'s result, an amount); elsewhere they keep their roles'],
  [/^(LAPSING_THINGS|EXAM_SITTING_VERBS|PASSING_OTHERWISE_WORDS|DEATH_SCENE_WORDS)$/, /./, 'each reads one verb only ("expired", "passed", "sat"): what lapsed, what was passed, a death; elsewhere they keep their roles'],
  [/^DISEASE_HEADS$/, /./, 'after an eponym these make it the disease or the test ("Bell palsy"); elsewhere they keep their roles'],
  [/^(CARE_VERBS|WORK_DOING_VERBS|PATIENT_ACTS)$/, /./, 'verbs read only after a lone name, saying whether it is a colleague at work or a patient; elsewhere they keep their roles'],
  [/^(NEWBORN_CUES|GLUCOSE_WORDS|DISEASE_COURSE_WORDS|PATIENT_REPORT_WORDS)$/, /./, 'each decides one reading next to a name or an abbreviation ("BG", a baby, "disease", "results from"); elsewhere they keep their roles'],
  [/^(PLACE_NOUNS|FAMILY_GROUP_WORDS|SUBJECT_MARKER_WORDS)$/, /./, 'in lower case after a name these make it a place\'s or a family\'s, and a label before a colon opens no name; elsewhere they keep their roles'],
  [/^COMMUNITY_GROUP_WORDS$/, /./, 'in lower case after one word they make it a group\'s name ("Xiong clan"); capitalised they head organisations and places'],
  [/^RECRUITING_CUES$/, /^LANGUAGE_CUES\.[a-z]+\.staffCues$/, 'a job interview is staff affairs in a subject and marks candidates, not patients, among personal addresses'],
  [/^LANGUAGE_NAMES$/, /^NOT_NAMES$/, 'languages are among the words no one is named (a subset, stated above)'],
  [/^(LANGUAGE_TALK_WORDS|SOFTWARE_WORDS)$/, /./, 'these only say what a word beside them is (a language, a software product); elsewhere they keep their roles'],
  [/^CARE_SHORTHAND_WORDS$/, /./, 'read only after a subject\'s opening word, to keep it clinicians\' shorthand; elsewhere they keep their roles'],
  [/^LIST_CONTINUERS$/, /^TOPIC_WORDS$/, 'after a list head a newsletter is still the list\'s; in a subject it is a topic'],
  [/^REPLY_PREFIXES$/, /^NOT_NAMES$/, 'a reply prefix opens a subject and is never a name anywhere'],
  [/^(EVERYDAY_(CHART|SCAN|PREP|IMAGING)_KINDS|BLOOD_PRESSURE_WORDS|BODY_TEMPERATURE_WORDS|BLOOD_SUGAR_WORDS|TIME_SPAN_UNITS|AGE_UNIT_WORDS|PLAYED_PATIENT|COVERAGE_LINKS|OWNER_CUE_THINGS|PUBLICATION_WORDS|BODY_SITES|CARE_RECORD_WORDS|CARE_CONVERSATIONS|EVERYDAY_ANALYTE_LETTERS|READING_WORK_WORDS|PANEL_WORK_WORDS|PANEL_COVERAGE_WORDS|CLINICIAN_BLOCK_WORDS|AUTHORED_WORK_WORDS|BRACKETED_JOB_WORDS|SALUTATION_WORDS|READER_ACT_VERBS|OWN_LEAVE_WORDS|RESULT_AFTER_CONDITION_WORDS|CLINICIAN_ACT_VERBS|AFTER_AN_OBJECT_WORDS|TALK_CUE_WORDS|RESEARCH_LAB_AFFAIRS|CONTACT_VERBS|EXTENSION_WORDS|WHOSE_CARE_WORDS|PATIENTS_PAPER_WORDS|COUNTED_GROUP_WORDS|DOSE_WORK_ITEMS|BIRTH_WORDS|NEWBORN_WORDS|PRINTED_FOR_ONE_PATIENT|AID_ANIMAL_KINDS)$/, /./, 'each is read in one position only, beside its anchor (a clinician\'s name before leave or a result, "can <surname>" and "him"/"her", "presenting", "chart", "scan" or "prep" after it, a reading\'s number, an age\'s number, a patient word, a staffing verb, a surname and a year, a possessive name, "panel", "by", a bracket after a name, a greeting or "pls" before a name, "<Surname> lab" before a research group\'s affairs, a contact verb before a name and its extension, an extension\'s number, a clinical term before a surname, a possessive before written work, a count of missed doses, a birth weight, a welcome, a reprint, an animal trained as an aid), and says what that anchor is; elsewhere the words keep their roles'],
  [/^(BEFELL_VERBS|PATIENT_NEEDS_VERBS|HANDLED_BY_VERBS|WORK_MADE_VERBS)$/, /^(AMBIGUOUS_HEALTH|UNDERGOING_VERBS|ADMISSION_VERBS|WORKPLACE_WORDS|BEFELL_VERBS|PATIENT_NEEDS_VERBS|HANDLED_BY_VERBS|WORK_MADE_VERBS)$/, 'verbs read right after a lone name (or before "by" and one) to say whether it is a patient or a colleague; the same verbs are undergoing and admission verbs, everyday health words ("fell") or workplace words elsewhere, and the made verbs are also handled-by verbs'],
  [/^(RESIDENCY_CUES|RETURN_TO_WORK_CUES|RETURN_TO_WORK_PROCESS_WORDS|COVERAGE_VERBS|STAFF_FIGURE_WORDS)$/, /./, 'words of staff affairs (training, cover, duty, a rotation, figures per clinician) that decide whether a field speaks of colleagues; the same words are staff cues, topics, workplaces, mailbox heads and the other readings\' words elsewhere'],
  [/^PERSONAL_PRONOUNS$/, /^THIRD_PERSON_PRONOUNS$/, 'the third person\'s pronouns are personal pronouns read on their own (whose the care is)'],
  [/^(PUBLIC_ROOMS|INSTITUTION_HEADS|PLAN_TYPES)$/, /^(ORG_HEADS|HEALTH_NAMED_ORG_HEADS|BUSINESS_HEADS|SERVICE_HEADS|WORKPLACE_WORDS|LETTERED|CONDOLENCE_WORDS|CARE_HOME_KINDS|CARE_RECEIVED_BY_RESIDENTS|PUBLIC_ROOMS)$/, 'narrower organisation heads (a building\'s public rooms, institutions whose names carry into file names, plan types): ORG_HEADS spreads the public rooms and holds the institutions but hospice, a health-named one; the same words head mailboxes, workplaces and lettered parts'],
  [/^(KIN_WORDS|ROMANCE_KIN_WORDS|ROMANCE_OF|MEMBER_CONDITIONS|MEMBER_LEAVE_OR_DUTY|INJURY_CLAIM_WORDS|INJURY_CLAIM_KINDS|PROGRAMME_MEMBER_LISTS|GLUED_TO_CONDITIONS|CARE_HOME_KINDS|CARE_RECEIVED_BY_RESIDENTS|EXPOSED_CONTACTS_AFTER)$/, /./, 'recipient readings of a display name or an address (a relative before "of", members\' conditions, a programme\'s lists, words glued to a condition in an address, an injury claim in a person\'s note); elsewhere the words keep their roles (list heads, owner cues, surnames, Romance particles)'],
  [/^STAFF_ROLE_TAGS$/, /./, 'only as a whole bracket after a name ("(pharm)"); elsewhere they keep their roles (jobs, mailbox heads, titles)'],
  // Session 56: each new list reads one anchor only.
  [/^(SKILL_CREDENTIALS|CARE_CERTIFICATION_CUES|EVERYDAY_EVAL_KINDS|EVERYDAY_APPOINTMENT_KINDS|CONDITION_PROGRAMME_WORDS|RESEARCH_ROLES|RAN_THE_EVENT_VERBS|EMERGENCY_RESPONSES|PATIENT_BILLING_TRADES)$/, /./, 'each is read beside one anchor only (a test or a procedure a credential follows, a field certifying someone\'s care, the word before "eval" or "appt", a condition before a study\'s word after a research role, an emergency response after a verb of running it among staff words, a trade beside an account number); elsewhere the words keep their roles (staff cues, workplaces, organisation and business heads, mailbox heads, titles, health terms)'],
  // Session 55: each new list reads one anchor only.
  [/^(PASSIVE_AFTER|DONE_TO_A_PATIENT|EMPLOYMENT_ELIGIBILITY_WORDS|PLACES_WITH_REPORTS|PATIENT_PHOTO_WORDS)$/, /./, 'each is read beside one anchor only (the word after a verb done to a patient opening a subject, the verb itself, the word before "eligibility", a lab or a clinic before a patient\'s report, a photo\'s word glued to a term or closing a field); elsewhere the words keep their roles (prepositions, admission verbs, staff cues, organisation heads, file prefixes)'],
];

test('every overlap between two lists is an intended one', () => {
  const unexplained: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const b = set(names[j]);
      const common = [...set(names[i])].filter((w) => b.has(w));
      if (common.length === 0) continue;
      const ok = INTENDED.some(([x, y]) => (x.test(names[i]) && y.test(names[j])) || (x.test(names[j]) && y.test(names[i])));
      if (!ok) unexplained.push(`${names[i]} x ${names[j]}: ${common.join(', ')}`);
    }
  expect(unexplained).toEqual([]);
});

/** The language modules (lexicon/languages): one category per term everywhere, and their qualifiers are their own terms. */
const plainKey = (w: string): string => w.replace(/[*~]/g, '');

test('a health term has one category in English and in every language', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const n of names.filter((x) => x.startsWith('HEALTH_TERMS.'))) {
    const category = n.slice(n.lastIndexOf('.') + 1);
    for (const w of WORD_LISTS[n]) {
      const k = plainKey(w);
      const had = seen.get(k);
      if (had !== undefined && had !== category) clashes.push(`${k}: ${had} / ${n}`);
      else seen.set(k, category);
    }
  }
  expect(clashes).toEqual([]);
});

test.each(names.filter((n) => /^LANGUAGE_CUES\.[a-z]+\.(?:everyday|units)$/.test(n)))('%s holds terms of its own language', (n) => {
  const code = n.split('.')[1];
  const own = new Set(names.filter((x) => x.startsWith(`HEALTH_TERMS.${code}.`)).flatMap((x) => WORD_LISTS[x].map(plainKey)));
  expect(WORD_LISTS[n].filter((w) => !own.has(plainKey(w)))).toEqual([]);
});

// A stem ("insulin*" in Polish) is the English word with the language's endings: a new form, not a repeat.
test('the languages do not repeat the English terms (one source per word)', () => {
  const english = new Set(names.filter((n) => /^HEALTH_TERMS\.[a-z]+$/.test(n)).flatMap((n) => WORD_LISTS[n]));
  const repeated = names.filter((n) => /^HEALTH_TERMS\.[a-z]{2,3}\./.test(n)).flatMap((n) => WORD_LISTS[n].filter((w) => english.has(w.replace(/^~/, ''))).map((w) => `${n}: ${w}`));
  expect(repeated).toEqual([]);
});

// A word one language marks as needing support needs it in every language (the everyday senses are pooled), so it must
// not be a plain term of English or of another language: "stent" marked in Turkish would have cleared "Maria Lopez -
// stent placed". Two are intended: "lesion", plain in English but an everyday word in French ("lésion" of rights), and
// "bolest", a disease in Croatian but any pain in Czech.
test('no language marks as everyday a word that English or another language holds plain', () => {
  const everyday = new Set(names.filter((n) => /^LANGUAGE_CUES\.[a-z]+\.everyday$/.test(n)).flatMap((n) => WORD_LISTS[n].map(plainKey)));
  const plain = names.filter((n) => n.startsWith('HEALTH_TERMS.') && !n.startsWith('HEALTH_TERMS.clinical-with-support')).flatMap((n) => WORD_LISTS[n].filter((w) => !w.startsWith('~')).map(plainKey));
  expect([...new Set(plain.filter((w) => everyday.has(w)))].sort()).toEqual(['bolest', 'lesion']);
});
