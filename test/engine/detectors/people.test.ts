import { personName } from '../../../src/engine/detectors/person-name';
import { healthContext } from '../../../src/engine/detectors/health-context';
import { detectorTable, run } from '../../support/detectors';

// Every name here is fictitious.

detectorTable(personName, {
  valid: [
    { text: 'Diabetes education fair - volunteers needed', why: 'health words without a person' },
    { text: 'Dr. Quill\'s clinic cancelled Friday', why: 'clinician with a title' },
    { text: 'Grand rounds: Dr. Ada Quill - sepsis bundles', why: 'clinician with a title' },
    { text: 'Welcome Ada Quill, RN - starts Monday', why: 'clinician with a credential' },
    { text: 'Admitted to St. Brigid Medical Center', why: 'a place' },
    { text: 'Will review the grace period', why: 'common words that are also names' },
    { text: 'Stroke code drill results' },
    { text: 'Resubmission Reconciliation Checklist', why: 'words the name model finds very unlikely names are words, in capitals or not' },
    { text: 'Patient Experience Committee agenda', why: 'a patient word before an ordinary word' },
    { text: 'PT_Agenda_Dec.pdf', kind: 'attachment', why: 'topic words are never names' },
    { text: 'Elevator 3 out of service on 4 West', why: 'compass words are not surnames' },
    { text: 'Flu clinic Tue/Thu in Room B260', why: 'weekdays are not names' },
    { text: 'Sim lab schedule', why: 'a lone short surname is too often something else' },
    { text: "Aetna's prior auth portal is down", why: 'a payer, not a person' },
    { text: "Bell's palsy awareness week", why: 'an eponymous condition' },
    { text: "Harborview's infusion center expansion", why: 'a department of a place' },
    { text: "Crohn's and colitis lunch-and-learn", why: 'an eponym; the possessive looks at the next word only' },
    { text: 'Appendix_B_Sepsis_Bundle.pdf', kind: 'attachment', why: 'a lettered part of a document' },
    { text: 'Sepsis_SEP1_Compliance_Q3.pdf', kind: 'attachment', why: 'a quarter is not an initial' },
    { text: 'Budget_Radiology_FY27.xlsx', kind: 'attachment', why: 'an unknown word beside a health term is not enough' },
  ],
  invalid: [
    { text: 'Pt Ada Quill DOB 3/14/58 abnormal CT', role: 'identity', found: ['Ada Quill'] },
    { text: 'Mrs. Thiruvengadam - AV fistula mapping', role: 'identity', found: ['Thiruvengadam'], why: 'an unlikely-looking word after a title is a name' },
    { text: 'Ketcheside, Doreen - obs vs inpatient', role: 'identity', found: ['Ketcheside, Doreen'], why: 'and before ", First"' },
    { text: 'Quillfeather, Ada DOB 6/16/73 labs', role: 'identity', found: ['Quillfeather, Ada'], why: 'Last, First' },
    { text: 'Irving Quillfeather refusing dialysis', role: 'identity', found: ['Irving Quillfeather'], why: 'known given name + unknown surname' },
    { text: 'Mrs. Quillfeather\'s potassium 6.1', role: 'identity', found: ['Quillfeather'], why: 'title + name' },
    { text: 'Safety plan updated - T. Quillfeather', role: 'identity', found: ['T. Quillfeather'], why: 'initial + surname' },
    { text: 'Baby Girl Quillfeather bili 14.2', role: 'identity', found: ['Quillfeather'] },
    { text: 'pt william o\'brien - root canal', role: 'identity', found: ['william o\'brien'], why: 'lower case after a patient word' },
    { text: 'MACLEOD EARL - C50.911 - tumor board', role: 'identity', found: ['MACLEOD EARL'], why: 'all capitals' },
    { text: 'labs_BergstromYesenia_20250708.pdf', kind: 'attachment', role: 'identity', found: ['BergstromYesenia'], why: 'camelCase in a file name' },
    { text: 'Scan_20250622_Boudreaux_echo.pdf', kind: 'attachment', role: 'identity', found: ['Boudreaux'], why: 'a lone known surname is weak identity' },
    { text: 'Ольга Петрова - результаты МРТ', role: 'identity', found: ['Ольга Петрова'], why: 'two capitalised Cyrillic words' },
    { text: 'Lê Thị Thu - kết quả xét nghiệm', role: 'identity', found: ['Lê Thị Thu'], why: 'Vietnamese middle name' },
    { text: 'María del Carmen Ruiz labs', role: 'identity', found: ['María del Carmen Ruiz'], why: 'connector inside a name' },
    { text: 'Couples session moved - the Abernathys', role: 'identity', found: ['Abernathys'], why: 'a family by its plural surname' },
    { text: 'Welcome our new resident Ada Quill!', role: 'health', found: ['resident'], why: 'a patient word right before a name is health context' },
    { text: 'Resident Harold Quillfeather wandering incident', role: 'health', found: ['Resident'], why: 'a patient word is never part of the name' },
    { text: 'Resident Harold Quillfeather wandering incident', role: 'identity', found: ['Harold Quillfeather'] },
    { text: "Can someone cover Brandvoldt's infusion at 2?", role: 'identity', found: ['Brandvoldt'], why: 'an unknown surname in the possessive before a health word' },
    { text: 'Vukasinovicz_D_pathology.pdf', kind: 'attachment', role: 'identity', found: ['Vukasinovicz'], why: 'an unknown surname beside an initial' },
    { text: 'JSmith_MRI_results.pdf', kind: 'attachment', role: 'identity', found: ['JSmith'], why: 'an initial glued to a known surname' },
  ],
});

test('a lone surname is weak, a full name is strong', () => {
  const weak = run(personName, 'Scan_20250622_Boudreaux_echo.pdf', 'attachment').find((s) => s.role === 'identity');
  const strong = run(personName, 'Pt Ada Quill abnormal CT').find((s) => s.role === 'identity');
  expect(weak?.weak).toBe(true);
  expect(strong?.weak).toBe(false);
});

test('a member of a committee is not a patient', () => {
  expect(run(personName, 'New member of the Finance Committee: Ada Quill').filter((s) => s.role === 'health')).toEqual([]);
});

detectorTable(healthContext, {
  valid: [
    'Lunch with Ada Quill',
    'Timesheet correction, pay period 11',
    { text: 'Lakeview Ct parking', why: '"CT" counts only in capitals' },
    { text: 'Ed Quill joins finance', why: '"ED" counts only in capitals' },
    'Expense report - nursing leadership conference',
    { text: 'Photography club: hologram and typography night', why: '-graphy and -gram are not medical endings here' },
    { text: 'Sympathy card for the Quill family', why: 'an everyday word with a medical-looking ending' },
    { text: 'Program diagram for the kilogram scale', why: 'everyday words' },
  ],
  invalid: [
    { text: 'Pt transport delays', found: ['Pt'] },
    { text: 'hba1c 9.8, SpO2 88%', found: ['hba1c', 'SpO2'], why: 'list terms with digits match the tokens the tokenizer makes' },
    { text: 'Quill, 34F, preeclampsia', found: ['preeclampsia'] },
    { text: 'cholangitis on pembrolizumab, s/p septoplasty', found: ['cholangitis', 'pembrolizumab', 's/p', 'septoplasty'], why: 'medical endings and drug stems' },
    { text: 'echo + stress test results', found: ['echo', 'stress test', 'results'] },
    { text: 'Admit: Quill, H. to 4W from ED, r/o sepsis', found: ['Admit', 'ED', 'r/o', 'sepsis'] },
    { text: '王秀英 血糖结果', found: ['血糖', '结果'] },
    { text: 'OASIS_SOC_Quill_Ada.pdf', kind: 'attachment', found: ['OASIS_SOC'], why: 'an OASIS by its time point is one term' },
  ],
});

