/**
 * Word lists of the person-name detector (one named list each, curated by the
 * PHI Guard team): what stands around a name and says whose it is. Census and
 * cspell name lists are in names.generated.ts; organisation and place heads in
 * organisations.ts.
 */
/** Titles before a patient's or anyone's name: what follows is a name even if no lexicon knows it. */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta', 'mme', 'mlle', 'herr', 'frau', 'fr', 'rev', 'reverend', 'pastor', 'rabbi', 'imam',
  // In the languages of US patients: Spanish, Portuguese, Italian, Polish, Vietnamese, Haitian Creole, Tagalog, Thai, Swedish, Turkish.
  'don', 'dona', 'senhor', 'senhora', 'sig', 'sigra', 'signor', 'signora', 'signore', 'pan', 'pani', 'ong', 'ba', 'madan', 'msye',
  'gng', 'ginang', 'ginoong', 'khun', 'fru', 'bayan',
  // Karen and Burmese prefixes before a name ("Naw Mu Lar", "Daw Khin Myat"); not "Saw" or "U", which are English words too.
  'naw', 'daw',
  // Round 40: Swahili "Bi." and "Bw." (Bibi, Bwana) and "Mzee" (an elder), Amharic "Ato" and "Weyzero" typed in Latin
  // letters, Turkish "Sayın", Italian "Signorina", Persian "Aghaye" (Mr., before the name), Hindi "Shri", "Shrimati",
  // "Smt.". Not the titles that follow the name (Hanım, Bey, -san, ji), nor Vietnamese "Bé", "Anh", "Chị" (folded
  // they are "be", and given names).
  'bw', 'mzee', 'ato', 'weyzero', 'sayin', 'sayın', 'signorina', 'aghaye', 'shri', 'shrimati', 'smt',
  // European titles as people type them: Dutch, Romanian, Finnish, Danish and Norwegian, Lithuanian, Greek in Latin
  // letters, Albanian, Croatian and Serbian (Latin and Cyrillic), Bulgarian, Czech and Slovak (pan, paní are above),
  // Yiddish in Latin letters. Left out: abbreviations that are English words or units in clinic mail (Danish and
  // Norwegian "hr." is HR, Romanian "dl." a decilitre and "dna" DNA, Dutch "mw." a megawatt and the mental-health
  // worker), one letter ("g.", "p.", "z.", Greek "κ."; "г-н" and "г-жа" are split by their hyphen into one-letter
  // words, which are initials too), Greek "κ", "κα", "κος", read with the Greek names (names/script-name-lists.ts
  // EL_TITLES), Hebrew "ר׳" (one letter; the Hebrew name after it is read without it), and the Hungarian "úr" and
  // "asszony", which follow the name: a title here stands before the name it marks.
  'dhr', 'mevr', 'mevrouw', 'meneer', 'heer', 'domnul', 'doamna', 'herra', 'rouva', 'neiti', 'frk', 'froken', 'ponas', 'ponia',
  // Round 53: the Polish and Czech titles in the cases a subject puts them in after "dla", "do", "od" ("dla pana Zbyszka",
  // "od pani", "panią" folded "pania"), and the Ukrainian ones ("для пана Мельника").
  'pana', 'panu', 'pania', 'пана', 'пану', 'панові',
  'kyrios', 'kyria', 'zoti', 'zonja', 'znj', 'gospodin', 'gospođa', 'gospodja', 'gđa', 'gdja', 'gđica', 'господин', 'госпожа',
  'госпођа', 'госпожица', 'slecna'];
/** Honorifics written in lower case before a name in their language ("pan Zbigniew Kowalczyk", "ông Phạm", "rouva Virtanen"). */
export const LOWER_CASE_HONORIFICS: readonly string[] = ['pan', 'pani', 'pana', 'panu', 'pania', 'ong', 'ba', 'don', 'dona',
  'fru', 'frk', 'froken', 'heer', 'dhr', 'mevr', 'mevrouw', 'meneer', 'domnul', 'doamna', 'herra', 'rouva', 'neiti', 'ponas', 'ponia', 'kyrios', 'kyria',
  'zoti', 'zonja', 'gospodin', 'gospođa', 'gospodja', 'slecna', 'господин', 'госпожа', 'госпођа', 'пана', 'пану', 'панові'];
/**
 * The patient word of the patients' languages, in Latin letters (Spanish, French, Tagalog, Haitian Creole, German,
 * Polish, Romanian, Italian, Czech and Slovak, Croatian and Serbian, Finnish, Norwegian); not those whose next word
 * is often a particle ("mareez ki report"). Unlike English "Patient" (a product's or a form's word in Title Case),
 * these open a subject in Title Case before the name ("Pacientka Kuznetsova - rezultaty MRT").
 */
export const LANGUAGE_PATIENT_WORDS: readonly string[] = ['paciente', 'patiente', 'pasyente', 'pasyan', 'pasyant', 'patientin', 'pacjent', 'pacjentka',
  'pacient', 'pacienta', 'paziente', 'pacientka', 'pacijent', 'pacijentica', 'potilas', 'pasient'];
/** Words that make the named person a patient ("resident Ada Quill"); never part of the name. */
// "mbr": a health plan's shorthand for its member ("mbr Quill denied MRI").
export const PATIENT_WORDS: readonly string[] = ['pt', 'patient', 'resident', 'member', 'mbr', 'client', 'claimant', 'guarantor', 'subscriber', 'enrollee', 'beneficiary',
  ...LANGUAGE_PATIENT_WORDS];
/**
 * Titles of clinicians and chaplains, and the roles of teaching staff: the name after them is staff, not a
 * patient ("Dr. Quill", "Chaplain Moala", "Drs. A, B and C", "instructor Ekaterina Volkova" beside the
 * course's title). Clergy titles ("Fr. Brennan") are honorifics: a priest can be the patient.
 */
export const CLINICIAN_TITLES: readonly string[] = [
  // Reb: a rabbi's title in Yiddish, as Chaplain ("Reb Katz - pastoral visits on oncology").
  // Dkt.: Swahili Daktari.
  // Dott., Dottore, Dottoressa: the Italian doctor's title. Lek.: the Polish physician's ("lek. Anna Nowak").
  'dr', 'drs', 'doctor', 'doctors', 'prof', 'professor', 'pr', 'dra', 'docteur', 'dkt', 'dott', 'dottore', 'dottoressa', 'lek', 'nurse', 'chaplain', 'reb', 'pharmacist', 'therapist', 'midwife', 'dentist', 'hygienist', 'paramedic', 'dietitian',
  'instructor', 'instructors', 'presenter', 'presenters', 'speaker', 'speakers', 'facilitator', 'facilitators', 'trainer', 'trainers', 'educator', 'lecturer', 'moderator', 'panelist', 'panelists', 'preceptor', 'proctor',
  // School staff, in a school-based clinic's mail.
  'principal', 'superintendent', 'coach',
  // Jobs written before the name ("driver Tariq Hassan", "phlebotomy trainee Aaliyah Brooks", "interpreter Amina Yusuf").
  'driver', 'drivers', 'trainee', 'trainees', 'courier', 'interpreter', 'interpreters', 'scribe', 'technician', 'technologist',
  // Doctors' titles in Greek and Armenian, whose capitalised names the non-Latin rule reads ("Δρ. Ελένη Παπαδοπούλου").
  'δρ', 'δρα', 'ιατρος', 'καθηγητης', 'բժիշկ', 'դոկտոր', 'պրոֆեսոր',
];
/** Credentials after a name ("Ada Quill, RN"): a clinician. */
export const CREDENTIALS: readonly string[] = [
  'md', 'do', 'rn', 'np', 'pa', 'pac', 'lcsw', 'licsw', 'lpn', 'lvn', 'pharmd', 'rph', 'dds', 'dmd', 'phd', 'psyd',
  'mls', 'mlt', 'cna', 'lmft', 'lpc', 'ladc', 'cadc', 'lcadc', 'lmhc', 'aprn', 'crna', 'cnm', 'dpt', 'otr', 'slp', 'rd', 'bsn', 'msn', 'dnp', 'facp',
  'ascp', 'mba', 'mph', 'rrt', 'emt', 'paramedic', 'ccrn', 'cen', 'cnor', 'rnc', 'cpn', 'ocn', 'cmsrn', 'ccm', 'chpn',
  'cdces', 'cde', 'ibclc', 'rdms', 'rvt', 'cphq', 'chc', 'cpc', 'rhia', 'rhit', 'faan', 'wocn', 'cwocn', 'cwon', 'cwcn',
  // Community health workers and doulas sign with their certification too ("Naw Hser Paw, CHW").
  'chw', 'cdoula',
  // Technologists of the imaging and cardiology tests: nuclear medicine, cardiac sonography, invasive cardiology.
  'cnmt', 'rdcs', 'rcis', 'rcs', 'arrt',
];
/**
 * Credentials that staff write before a colleague's name in capitals ("called to RN Asante", "RN Tomasz Wójcik
 * count discrepancy"): never a patient's. Not PT, PA, MA, OT, MD or DO, which are also "patient", "prior
 * auth", a state or a word.
 */
export const CREDENTIALS_BEFORE_NAME: readonly string[] = ['rn', 'rns', 'lpn', 'lvn', 'cna', 'np', 'aprn', 'crna', 'cnm', 'rrt', 'emt', 'rph', 'lcsw', 'slp', 'otr', 'dpt', 'cma'];
/**
 * A surgical team's roles written as labels with a colon before each member ("Scrub: Tasha Greene / Circ: Omar
 * Haddad - OR 5"): the name after one is staff on the case, whatever case follows (unless the field ties health to someone: "Scrub: Ana Ruiz - out after her surgery").
 */
/**
 * Labels of a group of staff before a colon and its members' names ("RCA team: Estrada, Mbeki", "Reviewers: Okoro &
 * Lindqvist", "Faculty: Dr. Haddad, Nwosu"). Not "members", "participants" nor "attendees": a plan's members, a
 * study's participants and a class's attendees are patients; "team" only after no word of a patients' programme
 * (PATIENTS_TEAMS: "Cessation group team:").
 */
export const ROSTER_LABELS: readonly string[] = ['team', 'committee', 'cmte', 'panel', 'reviewers', 'presenters', 'faculty', 'judges', 'workgroup', 'organizers', 'organisers'];
/** Before "team", the patients' programmes whose team may be their patients ("cohort team: Ortiz, Kaplan"). */
export const PATIENTS_TEAMS: readonly string[] = ['cohort', 'class', 'group', 'program', 'programme', 'camp', 'support', 'walk', 'relay'];
export const TEAM_ROLE_LABELS: readonly string[] = ['scrub', 'circ', 'circulator', 'circulating', 'surgeon', 'anes', 'anesthesiologist', 'crna', 'rnfa', 'perfusionist', 'preceptor', 'orientee'];
// Not "resident": in a care home's mail "Resident: Ada Quill - fall" labels the patient; nor "PA", "charge", "tech",
// "fellow", "attending", "assist" or "relief", also prior authorisation, a bill's charge and colleagues' own news.
/** Lower-case particles inside names ("Ana de la Cruz", "Jan van der Berg"). */
export const CONNECTORS: readonly string[] = ['de', 'del', 'della', 'la', 'los', 'las', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'le'];
/** Vietnamese middle names that mark the words around them as a name ("Lê Thị Thu"). */
export const VIETNAMESE_MIDDLE: readonly string[] = ['thi', 'van'];

/** Languages of patients and staff, never a person's name ("handouts reprinted (English/Spanish)"): part of NOT_NAMES. */
export const LANGUAGE_NAMES: readonly string[] = [
  'english', 'spanish', 'french', 'german', 'portuguese', 'italian', 'russian', 'arabic', 'mandarin', 'cantonese',
  'vietnamese', 'korean', 'japanese', 'somali', 'polish', 'haitian', 'creole', 'tagalog', 'hindi', 'urdu', 'farsi',
  'dari', 'pashto', 'amharic', 'tigrinya', 'oromo', 'swahili', 'burmese', 'nepali', 'bengali', 'bangla', 'punjabi',
  'gujarati', 'hmong', 'khmer', 'ukrainian', 'turkish', 'greek', 'hebrew', 'armenian', 'georgian', 'romanian',
  'kinyarwanda', 'kirundi', 'yoruba', 'igbo', 'hausa', 'wolof', 'mixtec', 'mixteco', 'zapotec', 'quechua', 'navajo',
  'chuukese', 'marshallese', 'samoan', 'tongan', 'ilocano', 'cebuano', 'chinese', 'bosnian', 'serbian', 'albanian',
  'uzbek', 'tamil', 'telugu', 'malayalam', 'marathi', 'persian', 'kurdish', 'rohingya',
];

/**
 * Languages and peoples whose names are also persons' names (Karen, Thai, Lao, Chin): the language only in a field
 * that speaks of languages ("Karen interpreter needed", "new Karen arrivals", "Burmese, Karen, Chin (Hakha)").
 */
export const LANGUAGES_ALSO_NAMES: readonly string[] = ['karen', 'thai', 'lao', 'chin', 'hakha', 'falam', 'kachin', 'zomi', 'mam', 'twi', 'fula'];

/** The months and their abbreviations in English (not "may", a verb and a given name): a date's word, never a name. */
export const MONTH_NAMES: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The weekdays, their abbreviations and their plurals in English ("move them to Thursdays"). */
export const WEEKDAY_NAMES: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'];
/**
 * The weekdays in the patients' languages, capitalised where a subject opens a part with them ("Khamiista 3pm" in Somali,
 * "Jueves 3pm", "Biyernes", "horario_sabado.pdf"), those the name lists hold as surnames too (Sabado,
 * Montag, Sonntag). Not those that are common surnames or given names: Freitag, Viernes (Filipino), Khamiis (Somali), the
 * Polish weekdays (Piątek, Sobota, Środa, Wtorek, Niedziela), the French ones (Samedi, Dimanche, Mardi are Haitian names),
 * nor Portuguese "Segunda"/"Quinta" (written with "-feira").
 */
export const LANGUAGE_WEEKDAY_NAMES: readonly string[] = [
  // Somali, bare and with the definite ending.
  'axad', 'axadda', 'isniin', 'isniinta', 'talaado', 'talaadada', 'arbaco', 'arbacada', 'khamiista', 'jimce', 'jimcaha', 'sabti', 'sabtida',
  // Spanish (Tagalog borrows them: lunes, martes), Italian sabato, Tagalog's own spellings, German (folded).
  'lunes', 'martes', 'miercoles', 'jueves', 'sabado', 'sabato', 'miyerkules', 'huwebes', 'biyernes',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'samstag', 'sonntag'];
/** Calendar and compass words that are also names ("Thu", "May", "West"). */
export const NOT_NAMES: readonly string[] = [
  ...WEEKDAY_NAMES, ...MONTH_NAMES, ...LANGUAGE_WEEKDAY_NAMES,
  // Tagalog "reminder", opening a subject in Title Case ("Paalala: check-up bukas").
  'paalala',
  // Haitian Creole "for" ("Lis pasyan pou sal atant"), never a name after a patient word.
  'pou',
  // German "get well soon" ("Gute Besserung, Frau ..."), a greeting, never a name.
  'gute', 'besserung',
  // German "home" in "zu Hause", "nach Hause".
  'hause',
  'north', 'south', 'east', 'west', 'northside', 'southside', 'eastside', 'westside', 'rm', 'fwd', 'fw', 're', 'cc', 'bcc',
  'am', 'pm', 'est', 'pst', 'cst', 'mst', 'edt', 'pdt', 'cdt', 'utc', 'img', 'scan', 'doc', 'docx', 'pdf', 'xlsx', 'jpg',
  'png', 'final', 'draft', 'copy', 'signed', 'rev', 'ver', 'version', 'wk', 'wks', 'sim', 'demo', 'test', 'temp', 'macconkey', 'packet', 'packets', 'estimate', 'estimates', 'addendum', 'asset', 'receipt', 'statement', 'passport', 'passports',
  // Haitian Creole "centre", "health" and "hospital", Portuguese "home": the heads of a place named for a person ("Sant Sante
  // Manman Cécile", "Lar Vovó Amélia"), never name parts.
  'sant', 'sante', 'lopital', 'lar',
  // Parts of the body written as adjectives, never names: "Estimate_Lumbar_MRI.pdf", "Pelvic_US_protocol.docx".
  'lumbar', 'cervical', 'thoracic', 'sacral', 'pelvic', 'abdominal', 'femoral', 'tibial', 'renal', 'hepatic', 'cardiac',
  'pulmonary', 'cranial', 'spinal', 'carotid', 'aortic', 'coronary', 'bilateral',
  // Planes and places of an exam, and how often one is due, never names: "Lateral films today", "Bedside echo",
  // "Annual flu shots for 3W".
  'lateral', 'medial', 'anterior', 'posterior', 'bedside', 'annual', 'biannual', 'quarterly', 'monthly', 'weekly', 'yearly',
  // Routes of a medication or a sample, never names: "Oral chemo - missed 4 doses", "Rectal temp 101.2".
  'oral', 'rectal', 'nasal', 'topical', 'sublingual', 'buccal', 'vaginal', 'transdermal', 'subcutaneous', 'intravenous',
  'intramuscular', 'inhaled',
  // An abbreviation of clinic paperwork that a name list also holds: "SNF_auth_form.pdf".
  'auth', 'auths',
  // A staff member's credentials filed under their name: "GCP_Certificate_Okeke.pdf", "License_Renewal_Haas.pdf".
  'certificate', 'certificates', 'license', 'licence', 'licenses', 'licences',
  // A research participant's code: "Subj 041".
  'subj', 'subjs',
  // Hospital departments by their shorthand, which no dictionary holds: biomedical engineering, environmental services,
  // sterile processing ("Biomed ticket - bed alarm rm 518", "EVS: terminal clean 4N"), occupational health ("Occ health
  // clinic hours").
  'biomed', 'evs', 'spd', 'occ',
  // Parts of a software screen, in screenshots and tickets: "allergy_tooltip_bug.png".
  'popup', 'tooltip', 'dropdown', 'widget', 'modal', 'mockup', 'wireframe',
  // Platforms and operating systems: "video visit SDK crash on Android 14".
  'android', 'ios', 'ipados', 'macos', 'iphone', 'ipad', 'chromebook', 'linux',
  // Languages: "handouts reprinted (English/Spanish)".
  ...LANGUAGE_NAMES,
  // Months of the patients' languages that the name lists hold as surnames ("horario_marzo.pdf"; their weekdays are in
  // LANGUAGE_WEEKDAY_NAMES); not those that are common given names (Julio, Marco, Mai, Domingo, Abril).
  'marzo', 'maio', 'maggio',
  // Tagalog nouns that start file names: before the particle "ng" they read as a given name and the surname Ng
  // ("Listahan_ng_bakuna.xlsx", a list of vaccines).
  'listahan', 'talaan', 'kalendaryo',
  // Spanish and Portuguese words of a notice or a schedule that open file names ("Horario_vacunas_marzo.pdf",
  // "Aviso_vacinas.pdf"): a clinic's papers, never a name part.
  'horario', 'horarios', 'anuncio', 'anuncios', 'aviso', 'avisos', 'calendario', 'volante',
  // The sides and the form of a scanned document in French and Portuguese ("Carte_Vitale_Recto_Verso.jpg",
  // "Termo_Consentimento_v2.docx": a card's two sides, a consent form).
  'recto', 'verso', 'termo',
  // Call signs of EMS and fire units before their number ("Medic 3 seal replaced", "Rescue 12").
  'medic', 'medics',
  // Spanish plural articles, which open place names and never a person's ("Los Pinos camp", "Las Cruces").
  'los', 'las',
  // Peoples, not persons ("diabetes in Pacific Islander communities").
  'islander', 'islanders',
  // Holidays, which the name lists hold as rare surnames ("Pharmacy closed Easter Sunday"); not those that are
  // also common names (Eid, Ramadan, Valentine).
  'easter', 'christmas', 'xmas', 'thanksgiving', 'hanukkah', 'chanukah', 'passover', 'kwanzaa', 'diwali', 'juneteenth', 'halloween',
  // Swahili weekdays, which read as names ("Semina ya shinikizo la damu - Jumamosi").
  'jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili',
  // Question words opening a subject ("Why am I getting 'Abnormal Results' msgs for pts I discharged?"), and a scanner's
  // label ("Scanned Document - Pathology requisition forms"): the name lists hold them as rare surnames.
  'why', 'what', 'how', 'where', 'which', 'scanned', 'document', 'documents',
  // A dispensing cabinet's override ("Override report: pt J.T. (bed 14) - ketorolac").
  'override', 'overrides',
  // Office papers and machines that the name lists hold as rare surnames or the name model reads as names
  // ("Survey: how did we do?", "Timesheet_<surname>_wk12.xlsx", "Emergency_Petition_form.pdf", a French "fiche" (a
  // form), a linear accelerator's "Linac").
  'survey', 'surveys', 'timesheet', 'timesheets', 'petition', 'petitions', 'fiche', 'fiches', 'linac', 'linacs',
  // Organs, which name a programme or a class ("Kidney Smart class") and never a person (not "lung", a Vietnamese
  // given name).
  'kidney', 'kidneys', 'liver', 'pancreas',
  // Round 40: everyday nouns of the patients' languages that open a subject or a file name in Title Case and that the
  // name model reads as names: Vietnamese paper, form and schedule ("Giấy ...", "Phiếu ...", "Lịch ..."), Swahili
  // training and schedule, Somali fasting and the lesson, Haitian Creole campaign, meeting and invoice.
  'giay', 'phieu', 'lich', 'mafunzo', 'ratiba', 'soonka', 'casharka', 'kanpay', 'reyinyon', 'fakti',
];
/**
 * Prefixes that cameras, phones, scanners and fax servers put before a file's own words
 * ("IMG_4471_...", "PXL_20250311_...", "Scan_0042_..."): the word after them is the file's first.
 */
export const DEVICE_FILE_PREFIXES: readonly string[] = ['img', 'pxl', 'dsc', 'dscn', 'dcim', 'mvimg', 'photo', 'pic', 'vid', 'scan', 'scanned', 'fax', 'screenshot', 'image', 'file', 'doc', 'document', 'dict', 'dictation', 'rightfax', 'efax', 'skm'];
/**
 * The commonest Chinese surnames in pinyin: beside one, a capitalised word of two pinyin syllables is a
 * given name ("Wang Xiuying", "Xiuying_Wang"), whatever the name model makes of its letters.
 */
export const PINYIN_SURNAMES: readonly string[] = ('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie ' +
  'song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao zhong jin cui tan fan fu ' +
  'kong bai qian qiu mao hou shi hao gu meng xiong duan lei long wan qin yin').split(' ');
/**
 * The commonest Korean surnames as they are romanised (Revised Romanization, McCune-Reischauer and the
 * spellings families use: Lee/Yi/Rhee, Park/Pak, Choi/Choe, Jung/Jeong/Chung). Beside one, or beside a
 * pinyin surname, a hyphenated given name of two romanised syllables ("Ji-woo Park", "Cho Sun-hee",
 * "Chen Mei-ling") is a name, whatever the name model makes of its halves. Those spelled as a pinyin surname too
 * (Han, Song, Yang, Yu, Jin) are in PINYIN_SURNAMES only; not Jun or Sim, which are June and a simulation.
 */
export const KOREAN_SURNAMES: readonly string[] = ('kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im ' +
  'oh seo suh shin sin kwon hwang ahn an yoo ryu hong jeon chun ko moon mun son bae baek paik heo hur nam shim ' +
  'noh roh ha kwak sung seong cha joo ju woo min na ji eom um chae won bang gong hyun pyo yeo seok byun byeon yeom choo tak').split(' ');
/**
 * Greetings and thanks that open a field address the name after them and are never part of it
 * ("Thanks Mike for covering triage", "Hi Ana", "Salamat kay Leilani"). Kept out of the name model's
 * training (scripts/build-name-model.js): the engine needs them only as a stop list.
 */
export const GREETINGS: readonly string[] = [
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'thx', 'kudos', 'congrats', 'congratulations', 'cheers', 'welcome',
  'bye', 'goodbye', 'farewell', 'greetings', 'attn', 'shoutout', 'salamat', 'gracias', 'merci', 'danke', 'obrigado', 'obrigada',
  // Greetings of the patients' languages that open community mail ("Iakwe! Marshallese health night").
  'iakwe', 'talofa', 'mabuhay', 'namaste', 'jambo', 'bula', 'kaselehlie',
];
/**
 * Months and weekdays of the patients' languages that are also common given names (Julio, Abril, Mayo,
 * Domingo, Mai). Those languages write months and weekdays in lower case, so in lower case, in a field
 * that capitalises other words ("Horario_grupo_prenatal_julio.pdf"), they are the month or the day;
 * capitalised, or in a field typed all in lower case, they may be the name.
 */
export const LOWER_CASE_CALENDAR_NAMES: readonly string[] = ['julio', 'abril', 'mayo', 'domingo', 'mai'];
/**
 * Words that are names only when capitalised: in lower case they are a part of a screen or an abbreviation
 * ("allergy_banner_regression.png", "fu_visit_note.pdf"); "Mrs. Fu", "Banner Lindqvist" are people.
 */
export const LOWER_CASE_WORDS: readonly string[] = ['banner', 'fu'];
/**
 * Payers, record systems, drug and device makers: in a hospital's mail these
 * are organisations ("Aetna's prior auth", "Baxter_pump_recall.pdf"), even
 * where a surname is spelled the same.
 */
export const HEALTHCARE_ORGS: readonly string[] = [
  'aetna', 'cigna', 'humana', 'anthem', 'kaiser', 'medicare', 'medicaid', 'medi', 'tricare', 'optum', 'uhc',
  'unitedhealthcare', 'bcbs', 'centene', 'molina', 'ambetter', 'wellcare', 'highmark', 'elevance', 'epic', 'cerner',
  'meditech', 'allscripts', 'nextgen', 'athenahealth', 'eclinicalworks', 'pfizer', 'moderna', 'merck', 'novartis',
  'genentech', 'astrazeneca', 'gilead', 'abbvie', 'janssen', 'sanofi', 'siemens', 'philips', 'medtronic', 'stryker',
  'baxter', 'mckesson', 'medline', 'hologic', 'olympus', 'zimmer', 'biomet', 'abbott', 'labcorp', 'walgreens',
  'omnicell', 'pyxis', 'vizient', 'premier', 'change', 'availity', 'waystar', 'experian', 'nuance', 'dragon',
  'imprivata', 'vocera', 'teladoc', 'amwell', 'doximity', 'zocdoc', 'healthstream', 'relias',
  // Clinical reference sources, cited in reviews and handouts ("Cochrane_review_2024.pdf").
  'cochrane', 'uptodate', 'pubmed', 'medscape',
  // Specialty and home-infusion pharmacies, which open a refill's subject ("Accredo - Humira refill pending").
  'accredo', 'coram', 'amerita', 'optioncare', 'caremark',
];
/** A possessive before these is an eponym ("Bell's palsy", "Graves' disease"), not a patient. */
/**
 * Surnames that name a test, a device, a procedure or a condition in clinical mail ("Lynch panel", "Hoyer
 * lift", "Foley", "Holter", "Whipple"): standing alone, without a title or a given name, they are the
 * eponym. "Mrs. Foley" and "Ann Foley" are still people.
 */
export const MEDICAL_EPONYMS: readonly string[] = [
  'lynch', 'hoyer', 'foley', 'holter', 'whipple', 'hickman', 'broviac', 'swan', 'ganz', 'apgar', 'glasgow', 'gleason',
  'babinski', 'kegel', 'heimlich', 'papanicolaou', 'crohn', 'crohns', 'graves', 'hashimoto', 'parkinson', 'parkinsons',
  'alzheimer', 'alzheimers', 'huntington', 'huntingtons', 'bell', 'baker', 'tourette', 'tourettes', 'asperger', 'raynaud',
  'sjogren', 'addison', 'cushing', 'barrett', 'hodgkin', 'wilms', 'ewing', 'kaposi', 'epley', 'trendelenburg', 'fowler',
  'doppler', 'bovie', 'jackson', 'pratt', 'dobhoff', 'yankauer', 'salem', 'tenckhoff', 'braden', 'morse', 'norton',
  'berg', 'romberg', 'phalen', 'tinel', 'mcmurray', 'lachman', 'allen', 'snellen', 'denver', 'beers', 'wells', 'wong',
  // Scores and criteria named for their authors and rare as patients' surnames ("Ranson vs BISAP", "Caprini score").
  'ranson', 'caprini', 'centor', 'mallampati', 'breslow',
  // A rating scale named for the university that made it ("Vanderbilt forms" for ADHD).
  'vanderbilt',
  // Patterns, blocks and syndromes of cardiology, neurology and rheumatology named for their describers ("ECG_Brugada_type1",
  // "Mobitz II", "Pancoast tumour").
  'brugada', 'wenckebach', 'mobitz', 'pancoast', 'wernicke', 'korsakoff', 'kussmaul', 'virchow', 'marfan', 'guillain',
  // Hernias, diverticula, lesions and operations named for their describers ("Morgagni hernia case series", "Zenker
  // diverticulum", "Kocher incision"), rare as patients' surnames.
  'morgagni', 'bochdalek', 'meckel', 'zenker', 'dieulafoy', 'kocher', 'nissen', 'bankart', 'colles',
  // Formulas named for their authors ("Cockcroft-Gault CrCl calculator", "Friedewald LDL"); not Gault or Naegele, surnames
  // a patient may have ("Gault INR 4.2"): a hyphenated eponym is read by its first word.
  'cockcroft', 'friedewald', 'mosteller',
];
/**
 * Statistical methods and quality tests named for their authors, written as a hyphenated pair ("Kaplan-Meier
 * curves", "Mann-Whitney U", "Bland-Altman plot", a sterilizer's "Bowie-Dick test"): the pair names the method, not
 * a person with the condition or the failure beside it. Each is kept as
 * its two words; either word alone is still a surname ("Dr. Meier", "Ann Whitney - MRI").
 */
export const METHOD_EPONYM_PAIRS: readonly string[] = [
  'kaplan meier', 'mann whitney', 'bland altman', 'kruskal wallis', 'hosmer lemeshow', 'benjamini hochberg',
  'mantel haenszel', 'kolmogorov smirnov', 'shapiro wilk', 'fine gray', 'box cox', 'cochran armitage',
  'newman keuls', 'durbin watson', 'breusch pagan', 'hodges lehmann', 'clopper pearson', 'bowie dick', 'kleihauer betke',
  // Quality-control charts and rules of the laboratory ("a Levey-Jennings plot").
  'levey jennings',
  // The laboratory's stains, media and tests named for two describers ("Ziehl-Neelsen SOP", "Kirby-Bauer disks").
  'ziehl neelsen', 'donath landsteiner', 'wright giemsa', 'may grunwald', 'kirby bauer', 'mueller hinton', 'lowenstein jensen',
  'thayer martin', 'ogawa kudoh', 'paul bunnell', 'brown brenn', 'brown hopps', 'grocott gomori', 'von kossa', 'perls prussian',
];
export const EPONYM_HEADS: readonly string[] = ['disease', 'syndrome', 'palsy', 'disorder', 'lymphoma', 'sign', 'law', 'test', 'maneuver', 'criteria', 'scale', 'score', 'phenomenon', 'sarcoma', 'tumor', 'thyroiditis', 'ulcer', 'fracture', 'classification', 'method'];
/**
 * Of those, the heads that follow an eponym's possessive ("Lou Gehrig's disease", "Bell's palsy",
 * "Virchow's triad") and not a patient's: "Ada Quill's fracture" is hers, so "fracture" is not here.
 */
export const POSSESSIVE_EPONYM_HEADS: readonly string[] = ['disease', 'syndrome', 'palsy', 'phenomenon', 'sign', 'triad', 'law'];
/** Parts of documents and plans that take a letter ("Appendix_B", "Annex_C"): not surnames. */
export const LETTERED: readonly string[] = [
  'appendix', 'annex', 'exhibit', 'attachment', 'figure', 'fig', 'table', 'section', 'part', 'phase', 'form', 'schedule',
  'tab', 'page', 'sheet', 'tier', 'level', 'grade', 'stage', 'type', 'group', 'zone', 'lot', 'batch', 'kit', 'plan',
  'option', 'model', 'class', 'pod', 'bldg', 'suite', 'room', 'track', 'cohort', 'arm', 'site', 'lab', 'module',
  'chapter', 'volume', 'vol', 'item', 'question', 'step', 'block', 'shift', 'team', 'wave', 'round', 'panel',
  'vitamin', 'hepatitis', 'factor', 'protein', 'strep', 'influenza', 'flu',
  // Places of a building that take a letter ("Tower_B", "Wing_C", "Bay_A"), some also surnames.
  'tower', 'wing', 'bay', 'floor', 'unit', 'bed', 'building', 'cart', 'gate', 'area', 'side', 'pavilion',
  // Things labelled with a letter in teaching, quality and lab files ("Case_B", "Sample_A", "Scanner_B", "Bundle_B").
  'case', 'sample', 'scanner', 'bundle', 'specimen', 'control', 'donor', 'analyzer',
  // Rooms in the languages of US patients: "Sala B", "Salle 2", "Raum 3", "Zaal C".
  'sala', 'salle', 'aula', 'raum', 'zaal', 'sal', 'cuarto', 'quarto',
];
/**
 * Two capital letters in a file name that are not a person's initials: language and country codes that
 * tag a version ("Folleto_ES", "Handout_VI_HT"), and the business abbreviations of file names ("QA",
 * "HR", "PO", "HP" for a health plan). Credentials ("RN", "MD") are CREDENTIALS.
 */
export const NOT_INITIALS: readonly string[] = [
  'en', 'es', 'fr', 'de', 'it', 'pt', 'pl', 'ru', 'uk', 'vi', 'zh', 'ko', 'ja', 'ar', 'fa', 'ur', 'hi', 'bn', 'ne', 'tl',
  'ht', 'so', 'am', 'ti', 'sw', 'yo', 'ig', 'my', 'km', 'lo', 'th', 'hy', 'ka', 'tr', 'el', 'he', 'nl', 'sv', 'no', 'da',
  'fi', 'ro', 'hu', 'cs', 'sk', 'sr', 'hr', 'bs', 'sq', 'ps', 'us', 'gb', 'ca', 'mx', 'cn', 'kr', 'jp', 'ph', 'in', 'br',
  'qa', 'qc', 'po', 'pr', 'id', 'ok', 'pm', 'vp', 'hq', 'hp', 'ai', 'ui', 'ux', 'fy', 'ea', 'ct', 'ma', 'ny', 'tx', 'fl',
];
/** Words before a place named after a person or a saint ("St. Brigid", "Mount Sinai", "Lake Forest"). */
export const SAINT: readonly string[] = ['st', 'saint', 'san', 'santa', 'ste', 'mount', 'mt', 'lake', 'fort', 'port', 'new', 'north', 'south', 'east', 'west'];
/** Dotted abbreviations that are not a person's initials ("U.S.", "P.O.", "M.D."). */
export const DOTTED_ABBREVIATIONS: readonly string[] = ['us', 'usa', 'uk', 'eu', 'un', 'po', 'am', 'pm', 'dc', 'ny', 'la', 'bc', 'ad', 'ie', 'eg', 'md', 'do', 'pa', 'np', 'rn', 'nb', 'ps', 'vs', 'jr', 'sr', 'cob', 'eod', 'rsvp', 'asap', 'fyi', 'aka', 'ok', 'tv', 'hr', 'ceo', 'cfo'];
/** Two-letter credentials that are also words ("PT", "OT"): a credential only after a comma ("Keoni Kahale, PT, DPT"). */
export const COMMA_CREDENTIALS: readonly string[] = ['pt', 'ot', 'rt', 'pa', 'ma', 'st'];
/**
 * What a prior authorisation ("PA") is said to be: after one of these, ", PA" after a name is the patient's
 * authorisation ("Ana Ruiz, PA approved"), not a physician assistant's credential ("Ana Ruiz, PA").
 */
export const PRIOR_AUTH_STATES: readonly string[] = ['approved', 'approval', 'denied', 'denial', 'pending', 'submitted', 'resubmitted', 'requested', 'request', 'required', 'needed', 'expired', 'expiring', 'appeal', 'renewal', 'received', 'faxed'];
/** Groups whose "member" is not a health plan member ("board member", "committee member", "team member"). */
export const GROUP_NOUNS: readonly string[] = ['board', 'committee', 'council', 'team', 'staff', 'faculty', 'panel', 'family', 'club', 'band', 'church', 'union', 'cast', 'crew', 'jury', 'advisory'];
/**
 * A work group after a possessive name ("Kevin's team", "Dr. Osei's office"): the field speaks of the
 * group the person leads, not of the person. Not "family": "Mr. Lee's family at bedside" is the patient's.
 */
export const WORK_GROUPS: readonly string[] = ['team', 'staff', 'crew', 'group', 'office', 'squad', 'shop', 'department', 'dept', 'committee', 'class', 'classroom', 'homeroom'];
/**
 * Work on a document a colleague is asked to do, after a name and "to" ("draft for Chiamaka to review", "Kofi to
 * cosign"): the name is a staff member's. Not what patients do too ("Rosa to sign the consent", "to submit a sample").
 */
export const ASSIGNED_WORK_VERBS: readonly string[] = ['review', 'approve', 'edit', 'finalize', 'finalise', 'proofread', 'cosign', 'countersign'];
