import { COMBINATION_ID, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { clinicalVocabulary } from '../../src/engine/lexicon/clinical';
import { msg } from '../support/messages';
import { CLINICAL_NEEDS_SUPPORT, CLINICAL_NEEDS_SUPPORT_BY_CATEGORY, CLINICAL_VOCABULARY } from '../../src/engine/lexicon/clinical-vocabulary';
import { HEALTH_TERMS, HealthCategory } from '../../src/engine/lexicon/health-terms';
import { nameLexicon } from '../../src/engine/lexicon';
import { foldKey, tokenize } from '../../src/engine/text/tokenize';

/**
 * The clinical vocabulary (issue 15, item 4) before it is merged into the
 * matcher: new terms only, never an everyday word or a name as a plain entry,
 * and written as the matcher's keys. scripts/check-vocabulary.js runs the
 * stricter false-alarm checks (20,000 English words, real business subjects).
 */
const categories = Object.keys(HEALTH_TERMS) as HealthCategory[];
const plain: [HealthCategory, string][] = categories.flatMap((c) => CLINICAL_VOCABULARY[c].map((e) => [c, e] as [HealthCategory, string]));
const support: [HealthCategory, string][] = categories.flatMap((c) => CLINICAL_NEEDS_SUPPORT_BY_CATEGORY[c].map((e) => [c, e] as [HealthCategory, string]));
/** A phrase as the matcher sees it: token keys ("hba1c" and "hba 1 c" are the same phrase). */
const keysOf = (phrase: string): string => tokenize(phrase).map((t) => t.key).join(' ');

test('the same categories as HEALTH_TERMS', () => {
  expect(Object.keys(CLINICAL_VOCABULARY).sort()).toEqual([...categories].sort());
  expect(Object.keys(CLINICAL_NEEDS_SUPPORT_BY_CATEGORY).sort()).toEqual([...categories].sort());
});

test('CLINICAL_NEEDS_SUPPORT is the words of CLINICAL_NEEDS_SUPPORT_BY_CATEGORY', () => {
  expect([...CLINICAL_NEEDS_SUPPORT]).toEqual(support.map(([, e]) => e));
});

test('every entry is in folded-key form', () => {
  const bad = [...plain, ...support].filter(([, e]) => {
    if (!/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(e) || foldKey(e) !== e) return true;
    // Tokens are the words and numbers of the entry, nothing dropped or split off ("s p", "phq 9", "her2").
    const tokens = tokenize(e);
    return tokens.length === 0 || tokens.map((t) => t.key).join('') !== e.replace(/ /g, '');
  });
  expect(bad).toEqual([]);
});

test('no entry duplicates a HEALTH_TERMS entry', () => {
  const existing = new Set(categories.flatMap((c) => HEALTH_TERMS[c].map(keysOf)));
  expect([...plain, ...support].filter(([, e]) => existing.has(keysOf(e)))).toEqual([]);
});

test('no entry appears twice (in one category or across categories and lists)', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [c, e] of [...plain, ...support]) {
    const k = keysOf(e);
    if (seen.has(k)) twice.push(`${e} (${seen.get(k)} and ${c})`);
    else seen.set(k, c);
  }
  expect(twice).toEqual([]);
});

test('no plain single-word entry is a common English word or a name', () => {
  const lex = nameLexicon();
  const ordinary = plain.filter(([, e]) => {
    const keys = keysOf(e).split(' ');
    if (keys.length !== 1) return false;
    const w = keys[0];
    return lex.common.has(w) || lex.ambiguous.has(w) || lex.given.has(w) || lex.surname.has(w) || lex.other.has(w);
  });
  expect(ordinary).toEqual([]);
});

test('the needs-support words are the ambiguous ones named in the issue', () => {
  for (const w of ['depo', 'port', 'pod', 'si', 'ms', 'als', 'aka', 'pca']) expect(CLINICAL_NEEDS_SUPPORT).toContain(w);
});

test('their unambiguous phrases are plain entries', () => {
  const all = new Set(plain.map(([, e]) => e));
  for (const p of ['depo provera', 'depo shot', 'port a cath', 'postoperative day', 'suicidal ideation', 'above knee amputation', 'pca pump'])
    expect(all).toContain(p);
});

test('the engine reads exactly the vocabulary written here (clinical.generated.ts is not stale)', () => {
  const sorted = (rec: Readonly<Record<string, readonly string[]>>) => Object.keys(rec).map((k) => [k, [...new Set(rec[k])].sort()]);
  expect(sorted(clinicalVocabulary().plain)).toEqual(sorted(CLINICAL_VOCABULARY));
  expect(sorted(clinicalVocabulary().needsSupport)).toEqual(sorted(CLINICAL_NEEDS_SUPPORT_BY_CATEGORY));
});

/**
 * The everyday shorthand of clinic, ED, ward, OB, paediatric, oncology, surgery, rehab and dialysis mail beside
 * a full name: the term alone is health information about that person. Fictitious names, written for these rows.
 */
const policy = defaultPolicy();
const scan = (m: Partial<Message>) => scanMessage(msg(m), policy);
const named: string[] = [
  'Odalys Fenwright CTH noncon - read pending',
  'Tamsin Okereke lac forehead, repaired with Dermabond',
  'Bastian Quill hand burn - dressing photos day 3',
  'Priya Valcourt L4-5 fusion opnote',
  'Imogen Ashgrove tocolysis started, PTL',
  'Caspian Mirelli skeletal survey ordered',
  'Maribel Delacroix FHR tracing - category II tracing',
  'Theo Brightwater EI referral and IFSP',
  'Juniper Halloway dating US today',
  'Lorcan Estevez retained sponge - risk notified',
];
const namedFiles: string[] = ['Fenwright_Odalys_skeletal_survey.pdf', 'Okereke_Tamsin_body_map.pdf', 'Quill_Bastian_opnote_0412.pdf', 'Valcourt_P_carrier_screen.pdf'];
describe('new clinical shorthand beside a full name: flagged', () => {
  test.each(named)('%s', (subject) => expect(scan({ subject }).findings.filter((x) => x.detectorId === COMBINATION_ID).length).toBeGreaterThan(0));
  test.each(namedFiles)('file %s', (name) => expect(scan({ attachments: [{ name }] }).findings.length).toBeGreaterThan(0));
});

/** Words with an everyday sense (needs-support) count only beside other health words: alone beside a name, or with no person, clean. */
const cleanRows: string[] = [
  'Fusion project kickoff - Marguerite Oyelowo',
  'Hotline report template for the compliance team',
  'Ethics hotline report - quarterly summary',
  'PET order for the shelter, Dorian Achterberg',
  'Stock at its nadir - Felix Abernathy',
  'LOC draft for Rosalind Pemberton',
  'Recert due for the forklift licence',
  'Fusion and cryo budget review',
];
describe('needs-support shorthand without other health words: clean', () => {
  test.each(cleanRows)('%s', (subject) => expect(scan({ subject }).findings).toEqual([]));
});

/**
 * Third pass (branch s39vocab): the shorthand of long-term care, perioperative, lab and PACS, revenue-cycle,
 * employee-health, public-health and nursing mail beside a person. Fictitious names, written for these rows.
 */
const namedThird: string[] = [
  'Wendeline Acheson lap hyst moved to Thursday',
  'Difficult airway - Casimir Oduya, Mallampati III',
  'Frozen section for Mrs. Ravensworth - OR 4',
  'Ottoline Brask refusing O2 overnight',
  'Leopold Verhagen delirious, pulling at lines',
  'Seraphina Kuyper TST conversion, 12mm',
  'Anselm Drobny tele strip from last night',
  'Perpetua Lindqvist campylobacter, interview Friday',
  'Thaddeus Morrow down 4 lbs in 30 days',
  'Ignatia Fennimore obs hrs over 48 - cond code 44',
  'Cosima Radulescu op report for ROI',
  'Barnaby Okwuosa Ponseti casts, week 2',
];
const namedFilesThird: string[] = [
  'Brask_Ottoline_op_report.pdf',
  'Verhagen_L_anes_record.pdf',
  'Kuyper_S_DOT_medical_card.pdf',
  'Fennimore_restraint_flowsheet.pdf',
  'Morrow_T_antibody_panel.pdf',
  'Drobny_A_tele_strip_0412.pdf',
];
describe('third-pass shorthand beside a person: flagged', () => {
  test.each(namedThird)('%s', (subject) => expect(scan({ subject }).findings.filter((x) => x.detectorId === COMBINATION_ID).length).toBeGreaterThan(0));
  test.each(namedFilesThird)('file %s', (name) => expect(scan({ attachments: [{ name }] }).findings.length).toBeGreaterThan(0));
});

/** The third pass's needs-support words in their everyday sense beside a name: clean. */
const cleanThird: string[] = [
  'Frozen section reset with Hortensia Vale',
  'Room air handler replacement - Bartholomew Nkemdirim',
  'Window period for open enrollment - Delphine Arkwright',
  'Retest of the failover script - Cornelius Obi',
  'Moon landing trivia night hosted by Esmeralda Pike',
  'Cast change for the spring musical - Rosamund Tate',
  'Puree station at the catering tasting - Gideon Marsh',
  'Maternity leave policy Q&A with Henrietta Solis',
  'Long-term disability enrollment reminder from Philippa Grant',
  'DRG meeting notes - Augustin Ferreira',
  'Med pass audit with Lucinda Abara',
  'Partner services kickoff - Mortimer Quaye',
];
describe('third-pass needs-support words in their everyday sense: clean', () => {
  test.each(cleanThird)('%s', (subject) => expect(scan({ subject }).findings).toEqual([]));
});

/**
 * Fourth pass (branch s40vocab): the laboratory, blood bank, pathology, payer and case-management vocabulary beside a
 * person. Fictitious names, written for these rows.
 */
const namedFourth: string[] = [
  'Ottilie Brannagh JAK2 sent to reference lab',
  'Ceruloplasmin for Mr. Quenneville - which tube?',
  'Plt clumping again on Mrs. Haverbrook',
  'Path addendum - Isidore Vantongeren, margins positive',
  'Fistula revision auth - Benedikt Szalai',
  'Pharmacy lock in for Cornelius Ashdown, eff 1/1',
  'Need HH for Mrs. Pallister - new ostmy',
  'Wilhelmina Strand lacks decisional capacity - ethics consult',
  'Anselma Korhonen DAT pos, anti-E identified',
];
const namedFilesFourth: string[] = [
  'Orsolya_Brandauer_HH_orders_PT_OT_RN.pdf',
  'Vantongeren_I_path_addendum.pdf',
  'Szalai_B_vein_mapping.pdf',
  'Ashdown_C_certificate_of_incapacity.pdf',
];
describe('fourth-pass vocabulary beside a person: flagged', () => {
  test.each(namedFourth)('%s', (subject) => expect(scan({ subject }).findings.filter((x) => x.detectorId === COMBINATION_ID).length).toBeGreaterThan(0));
  test.each(namedFilesFourth)('file %s', (name) => expect(scan({ attachments: [{ name }] }).findings.length).toBeGreaterThan(0));
});

/** The fourth pass's needs-support words in their everyday sense beside a name: clean. */
const cleanFourth: string[] = [
  'Blue top and gold top tent order - Leontyne Farrow',
  'Positive margins in Q3 - Evander Glass',
  'Lock in the venue with Marisela Thorne',
  'Auth request for the VPN - Casimir Delacourt',
  'Sendout of the invitations - Philomena Reyes',
  'ABA dues renewal for Octavian Mercer',
  'Postmortem of the outage with Ludovica Varga',
];
describe('fourth-pass needs-support words in their everyday sense: clean', () => {
  test.each(cleanFourth)('%s', (subject) => expect(scan({ subject }).findings).toEqual([]));
});
