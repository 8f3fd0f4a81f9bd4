import { COMBINATION_ID, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/**
 * File names named for a patient whose surname no lexicon holds, against file
 * names of vendors, agreements and guides. All names are invented.
 */
const policy = defaultPolicy();
const scan = (over: Partial<Message>) => scanMessage(msg(over), policy);
const file = (name: string) => scan({ attachments: [{ name, size: 1000, isInline: false }] });
const flagged = (name: string) => file(name).findings.some((f) => f.detectorId === COMBINATION_ID);

describe('an unknown surname named first, or after the test that starts the name', () => {
  test.each(['Faleolo_CXR_portable.jpg', 'Nazari_Tegretol_level.pdf', 'ECHO_Saeedi_20260114.pdf', 'Kowalewska_type_and_screen.pdf', 'Oyelaran_med_list.pdf', 'Saeedi_BG_log_June.xlsx'])('%s: a patient (warn)', (name) => {
    const v = file(name);
    expect(flagged(name)).toBe(true);
    expect(v.findings.every((f) => f.action === 'warn')).toBe(true);
  });

  test.each([
    ['Budget_MRI_review.pdf', 'a business word the name model does not find name-like'],
    ['Kowalewska_stent_catalog_2026.pdf', 'a vendor catalogue'],
    ['Tervoline_infusion_pump_asset_list.xlsx', 'an equipment list'],
    ['Oyelaran_Hospice_MOU_v2.docx', 'an agreement between organisations'],
    ['Guia_asma_familias_ES.pdf', 'a guide in Spanish'],
    ['Report_MRI_Nazrulov_draft.pdf', 'not first: the test does not start the name'],
    ['Nazari_tumor_board_0612.pptx', 'a tumour board is a meeting of clinicians: its slides name the presenter'],
  ])('%s: clean (%s)', (name) => {
    expect(file(name).findings).toEqual([]);
  });
});

describe('authors and investigators', () => {
  const withSubject = (subject: string, name: string) => scan({ subject, attachments: [{ name, size: 1000, isInline: false }] });

  test('a surname the subject cites "et al." is the author of the attached article', () => {
    expect(withSubject('Lupus nephritis outcomes (Lindgren et al. 2025) for Thursday', 'Lindgren_2025_lupus_nephritis.pdf').findings).toEqual([]);
    const uncited = withSubject('Lupus nephritis outcomes for Thursday', 'Lindgren_2025_lupus_nephritis.pdf');
    expect(uncited.findings.some((f) => f.detectorId === COMBINATION_ID)).toBe(true);
  });

  test('the capitalised words of an authored subject are authors in the file names too', () => {
    expect(withSubject('Draft manuscript: Okafor, Lindgren & Sato - HbA1c variability in type 1 diabetes', 'Okafor_Lindgren_Sato_HbA1c_T1D_v3.docx').findings).toEqual([]);
    expect(withSubject('HbA1c variability in type 1 diabetes', 'Okafor_Lindgren_HbA1c_T1D_v3.docx').findings.length).toBeGreaterThan(0);
  });

  test('grant documents name their investigators', () => {
    expect(withSubject('R01 resubmission - asthma aim 3', 'Budget_Justification_Okafor_v2.xlsx').findings).toEqual([]);
    expect(withSubject('K23 - COPD cohort', 'Biosketch_Lindgren_2026.docx').findings).toEqual([]);
  });
});

describe('suppliers named after people', () => {
  test.each([
    'Recall: Tervo Cardio leads - patient letters',
    'Nakashima-Oduya Pharma backorder - heparin flush',
    'Service ticket SR-4410 Brandvold Respiratory - ventilator alarm',
    'Lindqvist-Achebe Ortho - knee implant consignment',
    'Semaglutide pens - Okonjo Wholesale allocation for Q3',
  ])('subject "%s" is clean', (subject) => {
    expect(scan({ subject }).findings).toEqual([]);
  });

  test.each(['Ibarra_wound_vac_pricelist_2026.xlsx', 'Adeyemi_packing_slip_PS-4410_blood_culture_bottles.pdf', 'Quintero_RMA_4410_colonoscope_repair.pdf'])('file %s is clean', (name) => {
    expect(file(name).findings).toEqual([]);
  });
});

describe('purchases and product notices name suppliers', () => {
  test.each([
    'Okonjo_heparin_lot4471B_letter.pdf',
    'Brandvold_PO4500771203_insulin_pump_sets.pdf',
  ])('file %s is clean', (name) => {
    expect(file(name).findings).toEqual([]);
  });

  test.each([
    'Tervo field safety notice - infusion pump occlusion alarm, firmware 3.1.4',
    'Nakashima Biomedical Waste - pickup schedule (sharps, chemo waste)',
    'Cotización - Distribuidora Quintero - jeringas de insulina',
    'Báo giá từ Công ty Lê Y Tế - máy đo đường huyết',
    'Поздравляем Ольгу Семенову — сертификация по УЗИ',
  ])('subject "%s" is clean', (subject) => {
    expect(scan({ subject }).findings).toEqual([]);
  });

  test('a title still marks a patient in a product notice; an invoice may name one', () => {
    expect(scan({ subject: 'Lot 4471B recall - Mrs. Okonjo used this pump for her insulin' }).findings.some((f) => f.detectorId === COMBINATION_ID)).toBe(true);
    expect(flagged('Esposito_INV_7710_Lindgren_Harold_CPAP_OSA.pdf')).toBe(true);
  });

  test.each([
    'Kettunen_INV-55190_portable_oxygen_concentrators.pdf',
    'AbaraDelacour_Medical_INV_8812_insulin_pen_needles.pdf',
    'Ferreyra_factura_4410_sondas_urinarias.pdf',
    'Rechnung Nr. 7731 - Hoffmeister Orthopädie - Gehstützen',
    'INVOICE 55102 - BRANDVOLD PORTABLE XRAY - OCTOBER',
    'Hóa đơn Công ty TNHH Dược phẩm Minh Châu – thuốc tiêm insulin',
  ])('an invoice with its number names the supplier: "%s" is clean', (text) => {
    expect(text.includes('.pdf') ? file(text).findings : scan({ subject: text }).findings).toEqual([]);
  });

  test.each([
    'Invoice_7720_Kettunen_Marja_CPAP_mask_refit.pdf',
    'INV-5512_Oyelaran_Bisi_home_oxygen_OSA.pdf',
    'Invoice 9021 - Mr. Brandvold - nebulizer for his COPD',
  ])('an invoice for a patient\'s care, named with a given name or a title, is flagged: "%s"', (text) => {
    expect(text.includes('.pdf') ? flagged(text) : scan({ subject: text }).findings.some((f) => f.detectorId === COMBINATION_ID)).toBe(true);
  });

  test('home health forms: a plan of care and a start of care with a full name; "POC" alone is a proof of concept', () => {
    expect(flagged('485_POC_Okafor_Dana_SOC040225.pdf')).toBe(true);
    expect(flagged('POC_Epic_integration_v2.pdf')).toBe(false);
  });

  test('an initial glued to a surname no list holds, in a file with a clinical term', () => {
    expect(flagged('Rx_TMakonnen_metformin500.pdf')).toBe(true);
    expect(flagged('Recept_DSoerodjo_insuline.pdf')).toBe(true);
    expect(flagged('Budget_QAReview_2025.xlsx')).toBe(false);
    expect(flagged('Mammo_crosstraining_TMakonnen.xlsx')).toBe(false);
  });

  test('a surname and a given name glued in a file name, neither in a list, with a generation suffix', () => {
    expect(flagged('WCC_4yo_Faleolo_Sione_Jr.pdf')).toBe(true);
    expect(flagged('WCC_4yo_Budget_Review_Jr.pdf')).toBe(false);
  });
});

describe('a topic word inside a health term is the term, not a topic', () => {
  // "study" is a topic word ("Study_protocol_..."); in "swallow study" or "sleep study" it names a test.
  test.each(['swallow_study_Papadopoulos.mp4', 'Sleep_study_Vasquez_AHI.pdf'])('%s: a weak name beside the test is a patient', (name) => {
    expect(flagged(name)).toBe(true);
  });
  test.each(['Study_protocol_Vasquez_MRI_sequences.pdf'])('%s: a topic word of its own keeps a weak name out', (name) => {
    expect(flagged(name)).toBe(false);
  });
});
