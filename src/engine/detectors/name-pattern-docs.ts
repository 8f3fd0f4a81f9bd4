/**
 * What each name pattern (person-name.ts NAME_PATTERNS) reads, and its own fictitious
 * true and false positive rows, checked by one generic test (test/engine/detectors/
 * name-patterns.test.ts): a valid row is found by that pattern, an invalid row is not.
 * Kept apart from the patterns so that the Outlook event handler's bundle, which needs
 * only the patterns, does not carry them.
 */
export interface NamePatternDoc {
  readonly description: string;
  readonly examples: { readonly valid: readonly string[]; readonly invalid: readonly string[] };
}

export const NAME_PATTERN_DOCS: Readonly<Record<string, NamePatternDoc>> = {
  'name.clinician-own-health': {
    description: 'A clinician title before a name, with a clinical term after it tied to someone by "his", "her", "their", "own" or a verb of undergoing: the clinician\'s own health ("Dr. Tsosie out after his knee arthroscopy"); medium, so it warns.',
    examples: {
      valid: ['Dr. Ravensworth out until Mon after his knee arthroscopy', 'Coverage: Prof. Ilse Marchetti recovering from bypass'],
      invalid: ['Dr. Ravensworth slides on knee arthroscopy', 'Dr. Ravensworth: your colonoscopy prep instructions', "Dr. Ravensworth's MRI lecture", 'Starting chemo orders in the EHR next week – Dr. Ravensworth'],
    },
  },
  'name.last-first-initial': {
    description: 'Surname, comma, initial: "Haddadin, I." as record systems print it.',
    examples: { valid: ['Lopez, M. labs'], invalid: ['Budget, Q3 labs'] },
  },
  'name.unknown-last-initial': {
    description: 'A surname no lexicon holds, comma, initial and dot: "Kandasamy, R." (the shape is the evidence; not a word the name model finds unlikely).',
    examples: { valid: ['A1c 9.2 – Thirunavukkarasu, R.'], invalid: ['Budget, Q3 labs', 'Lopez, M. labs'] },
  },
  'name.caps-last-first': {
    description: 'SURNAME, GIVEN in capitals in a mixed-case field: "VUKOVIC, DRAGAN", the given name maybe two hyphenated syllables ("TRAN, VAN-AN"), or joined by HL7\'s caret: "VUKOVIC^DRAGAN^M".',
    examples: { valid: ['Path results for VUKOVIC, DRAGAN', 'HL7 ERR - KOWALSKI^ANNA^M - A1c result not filed', 'CT abd - TRAN, VAN-AN'], invalid: ['Results for CBC, BMP', 'ADT^A08 msg queue backlog', 'COVID, RSV-A - lab volumes'] },
  },
  'name.caps-last-given': {
    description: 'An EHR\'s surname in capitals, a comma and a Title Case given name, neither a word the model rejects: "KAUR, Harpreet - MRI" (medium when no list knows them).',
    examples: { valid: ['MFM US for BRANDVOLD, Tejinder 28w'], invalid: ['URGENT, Please read the MRI memo', 'ICU, Nursing huddle'] },
  },
  'name.caps-surname-given': {
    description: 'A surname in capitals right before a Title Case given name, without a comma, as registries in much of Europe write it, in a field with a clinical term: "ZIELONKA Marta - nadciśnienie" (medium).',
    examples: { valid: ['ZIELONKA Marta - nadciśnienie'], invalid: ['HIPAA Training for ICU', 'STAT Lab results delayed', 'ZIELONKA Marta - szkolenie BHP'] },
  },
  'name.last-first': {
    description: '"Last, First": two name-like words around a comma, one of them a known name; not a credential after the comma, nor a series of given names going on with "&", "and" or a comma ("thank you Tasha, Minh & Rob").',
    examples: { valid: ['Bergstrom, Yesenia - MRI'], invalid: ['Irene Sato, RN', 'Code blue debrief - Keisha, Anh & Dev, thank you'] },
  },
  'name.initial-surname': {
    description: 'An initial and a dot before a name-like word: "T. Al-Amin".',
    examples: { valid: ['T. Al-Amin echo'], invalid: ['Q3 echo budget'] },
  },
  'name.titled-initial': {
    description: 'A title before a lone initial, with a room, a bed, a bay or a chair and its number in the field: "Mr. A bed 3". Initials alone identify no one; beside a bed they name the patient lying there (medium: no full name).',
    examples: { valid: ['Mr. A bed 3 - DNR signed, family at bedside', 'MrsK_rm412_wound_photo.jpg'], invalid: ['palliative case conf - Mrs. D - bring notes', 'M&M conf - Mr. K sepsis case - Conf Room 204'] },
  },
  'name.title': {
    description: 'A title before a name: "Mrs. Lindqvist", "Baby Girl Thibodeaux", a nursery\'s "BG Thibodeaux" in capitals.',
    examples: { valid: ['Mrs. Lindqvist labs', 'Mr. Nda MRI results', 'BG Thibodeaux bili 15.2', 'BB_Thibodeaux_feeding_log.xlsx', 'POD2 mrs zielinska - JP output high'], invalid: ['Dr. Lindqvist slides', 'BG Meter recall', 'bg thibodeaux', 'stroke mrs outcomes - 90 day data', 'palliative case conf - Mrs. D - bring notes'] },
  },
  'name.patient-word-full': {
    description: 'A patient word before two or more name words, one of them a known name: "pt Harold Vance" (not "Client Software Upgrade").',
    examples: { valid: ['pt Harold Vance - labs'], invalid: ['PT Agenda', 'Client Software Upgrade steps'] },
  },
  'name.patient-word': {
    description: 'A patient word before one known name: "pt Harold", "resident Vance".',
    examples: { valid: ['pt Harold - labs'], invalid: ['PT Agenda'] },
  },
  'name.patient-word-unknown': {
    description: 'A lower-case patient word before one capitalised word no lexicon holds, with a vowel and the shape of a name: "pt Ioapo - BG 412". Right after "pt" or "patient" and set apart by punctuation or the end, the model need only not reject the word outright ("refill for pt Tuimasave"). A relative after a possessive is such a word too: "my son Kuzmin has strep".',
    examples: {
      valid: ['pt Ioapo - BG 412', 'resident Faleola fell overnight', 'Insulin pen refill for pt Tuimasave, Friday', 'leaving early - my son Kuzmin has strep', 'her husband Zdravkin - chemo Tuesday', 'Pt Okafuwa missed fx 12/30', 'pt Tuimasave rm 5 - BP 180/100', 'pasyente Manalastas rm 5 - mataas BP 180/100'],
      invalid: ['PT Agenda', 'Pt. Adelin clinic flu shot hours', 'NewPatient_Mailer_Proof_v3.pdf', 'the son Kuzmin has strep', 'Pt Zzxq labs', 'Attorney -client Privilege memo, Friday', 'new pt Orientation, Monday', 'pt Kiosk rm 3 reboot', 'mareez ki report'],
    },
  },
  'name.full': {
    description: 'Two or more name-shaped words with a known name, a Vietnamese middle name, or in a non-Latin script: "Irving Haddadin", "Ольга Петрова".',
    examples: {
      valid: ['Irving Haddadin - CT', 'Lê Thị Thu xét nghiệm', 'CM referral - Aminata Sow, high-risk pregnancy', 'registry question - Cho Sun-hee, C50.911', 'Chen Mei-ling CT chest'],
      invalid: ['Budget Review', 'SOW for MRI service contract - review', 'Lee Pre-op labs', 'Sun-dried tomato soup for the diabetes class'],
    },
  },
  'name.likely-pair': {
    description: 'Two name-shaped words, or "Last, First", where no lexicon knows either but the name model finds one likely a name: "Tsinabinnie Harriet", "Przybylski, Tadeusz".',
    examples: {
      valid: ['Brandvold Wrobliczak - INR 4.2', 'Wrobliczak, Brandvold - labs', 'Cord blood kit for Ji-woo Park delivery', 'FW: Quorveth, Ilsandra HTN/DM2 med rec'],
      invalid: ['Tsinabinnie Venkatasubramanian labs', 'Olivia Park - COVID vaccine pop-up', 'Release notes Talon 2024.2 - impacts to Rx, Lab', 'RE: Tacoma, Washington - flu clinic hours', 'FW: Kalispell, Missoula mammogram van schedule'],
    },
  },
  'name.caps-pair': {
    description: 'In an all-capitals field, a name that is also a word beside an unknown word.',
    examples: { valid: [], invalid: [] },
  },
  'name.unknown-pair': {
    description: 'Two capitalised words of three letters or more that no lexicon knows: "Brandvold Zyskowski" (not "Wi-Fi", nor a word with an English noun suffix: "Occlusion Trend").',
    examples: { valid: ['Tsinabinnie Venkatasubramanian labs'], invalid: ['Diagnosis: the Wi-Fi dead zones', 'Wound_Vac_Occlusion_Trend.pdf'] },
  },
  'name.family': {
    description: 'A family by its surname in the plural ("the Abernathys"), or before a word for a family or a set of siblings ("the Tsegaye family", "the Okonjo twins").',
    examples: { valid: ['Visit with the Abernathys', 'Bayley-4 results for the Okonjo twins'], invalid: ['the twins clinic moved to Tuesday'] },
  },
  'name.kin-possessive': {
    description: 'A capitalised word before a possessive and a word for a relative ("mom", "wife", "son"), known or name-like by the model: the person the relative belongs to ("Tavilo\'s mom called - his asthma flare").',
    examples: { valid: ["Tavilo's mom called - his asthma flare, needs albuterol", "Kuzmin's wife called re his chemo", "Dr. Vandersloot's mom - fell, hip fx, admitted to 5W"], invalid: ["Monday's mom group - lactation", "Tavilo's car in the shop"] },
  },
  'name.lone': {
    description: 'One known given name or surname of four letters or more ("Boudreaux"), or a given name of three in Title Case that is no everyday word ("Tom out sick - covid+"); other short ones ("Ng", "Med") are too often something else, and a Vietnamese syllable alone is no name ("thứ Hai": Monday).',
    examples: { valid: ['Scan_20250622_Boudreaux_echo.pdf', 'Tom out sick - covid+', 'Ann - knee MRI results', 'Gelashvili labs', 'Georgiadis - CT chest'], invalid: ['Tiêm cúm cho nhân viên thứ Hai - tầng 1', 'Med rec audit - covid unit', 'Living Well with Diabetes - class schedule', 'Prior auth criteria for MRI - draft for Maria to review', 'Banyan Tree Clinic - flu shots', 'Pharmacy closed Easter Sunday - refill early', 'Hep A PEP - Rosita\'s patrons, get PEP by 3/14', 'well child day at Ortega FHC - 12 behind on vaccines', 'TB screening results - Los Pinos crew 4', 'onc pharm: Mehta verifying all chemo today', 'Colleen precepting Yuki on chemo admin'] },
  },
  'name.script-full': {
    description: 'A family and a given name in a script without Latin letters (names/script-names.ts): "李建华", "최서연", "فاطمة الزهراني".',
    examples: { valid: ['李建华 尿检结果'], invalid: ['最近检查结果'] },
  },
  'name.patient-word-script': {
    description: 'A word for a patient in a language of a script without capitals, then one to three words of that script set apart after: "রোগী রহিমা বেগম - গর্ভাবস্থা" (medium: no lexicon vouches for the words).',
    examples: { valid: ['রোগী মালতী সরেন - ডায়াবেটিস', 'রোগী সুমিত্রা হাঁসদা - রক্ত পরীক্ষা'], invalid: ['রোগী সেবা সপ্তাহ - ডায়াবেটিস ক্যাম্প', 'मरीज़ सुरक्षा सप्ताह - मधुमेह जांच शिविर', 'مریض کی رضامندی - شوگر ٹیسٹ'] },
  },
  'name.script-lone': {
    description: 'One name part in a script without Latin letters ("Смирнова" in a file name, "陈先生").',
    examples: { valid: ['УЗИ_Смирнова.pdf', '陈先生 出院小结'], invalid: ['이번 주 회의', '王医生 讲座'] },
  },
  'name.unknown-surname': {
    description: 'A surname no lexicon holds, where only a person goes: before a possessive and health words, or beside an initial in a file name.',
    examples: { valid: ["Brandvold's infusion", "Tavake's 2pm INR draw", 'JBrandvold_MRI.pdf'], invalid: ["Harborview's infusion center", "Bell's palsy"] },
  },
  'name.given-initial': {
    description: 'A given name (known, or a capitalised word no lexicon holds) and the initial of a surname with its dot, also where the dot closes the field: "Aigerim S. - TSH 0.02", "Methadone induction Friday - Kenji T."; not a word that takes a letter ("Plan B.") nor dotted initials alone ("R.T.").',
    examples: { valid: ['Re: Nurzhamal S. - TSH 0.02, start methimazole?', 'Jamal R. - q15 checks, on 1:1 for SI', 'Maria K - new dx DM2', 'Methadone induction Friday - Kenji T.'], invalid: ['Plan B. for the MRI downtime', 'Plan B - MRI downtime', 'Hepatitis C - clinic flow', 'Pt R.T. - wound check', 'Vitamin D. levels'] },
  },
  'name.surname-initial': {
    description: 'In a file name, a known name or a capitalised word no lexicon holds set beside one or two capital initials ("Vukasinovic_D_pathology.pdf", "DRAGOMIROVA_E_CT_CHEST.pdf", "Quetzal_JM_labs.pdf"); a surname that is also an everyday word where it opens the file name before its initial and clinical terms ("Hooks_R_INR_3.8.pdf"); typed in lower case, a surname of the lists before one letter in a file about a clinical term ("okonkwo_t_lithium_levels.xlsx"). Not a word that takes a letter (a document\'s part, a room, a wing), a health abbreviation or a language code.',
    examples: {
      valid: ['Hooks R - INR 3.8.pdf', 'Banks_M_discharge_summary.pdf', 'nguyent_ct_abd.pdf', 'hoangk-audiogram.pdf', 'Vukasinovic_D_pathology.pdf', 'DRAGOMIROVA_E_CT_CHEST.pdf', 'Quetzal_JM_labs.pdf', 'R_Brandvold_echo.pdf', 'okonkwo_t_lithium_levels.xlsx', 'HP_note_benally_k_pneumonia.docx', 'garcia_m_uric_acid.pdf'],
      invalid: ['wards_ct_protocol.pdf', 'scant_mri_findings_template.pdf', 'Appendix_A_labs.pdf', 'Folleto_ES_diabetes.pdf', 'Budget_Q3_MRI.pdf', 'Brandvold_CT_chest.pdf', 'plan_b_lithium_rems.pdf', 'okonkwo_t_budget.xlsx', 'unit_c_pneumonia_audit.xlsx', 'hsTnI_Pathway_ED.pdf', 'Wing_C_falls_Q3.xlsx', 'Tower_B_ICU_census.xlsx', 'Budget_Banks_M_MRI.pdf'],
    },
  },
  'name.opening-surname-initial': {
    description: 'A subject that opens with a capitalised word and one capital initial, set apart from clinical terms after it ("Sharipova Z — INR 4.8, hold warfarin 5mg"; with a dot, name.given-initial takes it first): a known name, or in a subject about one patient (a value, a dose, a bed) a word no lexicon holds that the model finds name-like, or in shorthand about someone (a condition, a medication or an encounter, no everyday English word) one the model does not reject outright.',
    examples: {
      valid: ['Temirbekova A — INR 4.8, hold warfarin 5mg', 'Nurmagambetova K - INR 5.1, hold tonight', 'Ekwueme R – 36wk BPP Fri 10:30', 'FW: Kowalski T - MAT intake confirmed', 'Nakamura J - AKI, Cr 3.1', 'Ibekwe T - DKA, insulin gtt'],
      invalid: ['Analyzer B - potassium results delayed', 'Cart B - naloxone missing', 'Group B strep - prenatal screening update', 'Vitamin D - assay change', 'Tower B - ICU move Saturday', 'Temirbekova A — quarterly budget', 'Curbside Q: 82 y/o M, syncope - next step?', 'Analyzer K - INR 5.1 QC failed', 'Cart C - K 6.2 on the control run', 'Pyxis B - insulin missing', 'Analyzer C - potassium results'],
    },
  },
  'name.file-surname': {
    description: 'In a file name, a capitalised word no lexicon holds that the name model finds name-like, first (or after only clinical terms, everyday words and numbers) and right before a clinical term, with at most two body-site words between ("Hakimyar_CXR_portable.jpg", "CarePlan_Rm204_Nazrulov_dementia.pdf", "IMG_5521_Nazarbek_heel_ulcer.jpg"), right after one that starts the name ("EKG_Nazrulov_20251104.pdf"), or last before the extension after clinical terms and lower-case document words ("BNP_trend_Nazarbek.xlsx"). An EHR export may write it in capitals (five letters or more) in a name that is not all capitals ("CT_sinus_ORLOVSKA.pdf").',
    examples: {
      valid: ['DICT_0312_JOB44812_OpNote_Nazarbek.doc', 'Hakimyar_CXR_portable.jpg', 'EKG_Nazrulov_20251104.pdf', 'BNP_trend_Nazarbek.xlsx', 'preop_packet_Tursunov.docx', 'A1c_Mirzaev.pdf', 'CT_sinus_ORLOVSKA.pdf', 'TEMIRBEKOVA_MRI_knee.pdf', 'CarePlan_Rm204_Nazrulov_dementia.pdf', 'IMG_5521_Nazarbek_heel_ulcer.jpg', 'Hakimyar_left_knee_ulcer.jpg'],
      invalid: ['Budget_MRI_review.pdf', 'Budget_heel_ulcer_supplies.xlsx', 'Q3_MRI_Volumes.xlsx', 'PHQ9_Tigrinya.pdf', 'MRI_safety_Budget.pdf', 'CT_protocol_v2_Final.pdf', 'MRI_safety_BUDGET.pdf', 'HCAHPS_MRI_scores.xlsx', 'Instrucciones_prep_GaviLyte_ES.pdf', 'JOB_posting_MRI_Budget.pdf'],
    },
  },
  'name.clinical-unknown': {
    description: 'In a sentence-case subject with a clinical term, one about one patient\'s values in shorthand, or one in nothing but shorthand after its opening word ("Zdravkin - NSTEMI"), a capitalised word no lexicon holds that the name model finds name-like, set apart where a name goes: between separators or prepositions ("C2D1 held – Wardak ANC 0.9", "Prayers for Nohea – admitted to CCU", "Przybylak - heparin gtt, anti-Xa 0.09"), or ending a subject in shorthand after a dash ("biopsy results - Mirzoyan").',
    examples: { valid: ['Ilsiyar refused haloperidol at 2200 - MD paged', 'Vakaloa wound photos', 'Hgb 6.9 – 1u PRBC for Tavilo, consent on chart', 'Przybylak - heparin gtt, anti-Xa 0.09, rebolus?', 'C1D8 held – Tavilo ANC 0.8', 'Metoprolol 50 bid for Mahinoa? HR still 110s', 'Zdravkin - NSTEMI', 'Re: Mirzoyan CT A/P, r/o PE', 'bone marrow bx results - Mirzoyan'], invalid: ['Pharmacy refused the insulin order', 'Pharmacy wound photos', 'Portable x-ray results, east wing', 'Pewaukee - CT', 'CT downtime - Mirzoyan', 'Pyxis downtime – insulin from the pharmacy', 'Zdravkin NSTEMI order set training', 'Mirzoyan Pharma - NSTEMI', 'Metformin shortage – see Omnicell override list', 'Grief support group – January dates', 'Ballantaada shaybaarka – Khamiis', 'Kamaka Home Health – network adequacy, Oahu'] },
  },
  'name.event-subject': {
    description: 'A capitalised word opening a subject, before a lower-case word, where the subject ties a health word after it to someone ("her knee surgery", "recovering from", "admitted to CCU"): the person it happened to ("Tavilo back on the unit after her knee surgery").',
    examples: {
      valid: ['Quetzalli recovering from bypass - card in the break room', 'Ilikea admitted to CCU with an MI - card going around'],
      invalid: ['Tavilo back on the unit Mon', 'Cerner back up after the upgrade', 'Tavilo - your knee surgery is confirmed'],
    },
  },
  'name.lower-pair': {
    description:
      'A given name and a surname in a field typed all in lower case ("maria lopez new dx"), or two lower-case words opening a subject about someone, set apart from what follows (by punctuation, a clinical term, or a room number set apart): "falguni mehta - derm bx results", "papadakis eleni 612 - CIWA d/c\'d".',
    examples: { valid: ["papadakis eleni 612 - CIWA d/c'd, start librium taper?"], invalid: ['grant budget 2025 - MRI', 'ryan cooper - ultrasound probe repair'] },
  },
};
