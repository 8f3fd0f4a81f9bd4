import { dateOfBirth } from '../../../src/engine/detectors/date-of-birth';
import { ageOver89 } from '../../../src/engine/detectors/age-over-89';
import { icd10, isIcd10Code } from '../../../src/engine/detectors/icd10';
import { phone, personalEmail } from '../../../src/engine/detectors/contact';
import { url } from '../../../src/engine/detectors/url';
import { findDates, isValidDate } from '../../../src/engine/detectors/dates';
import { detectorTable } from '../../support/detectors';

detectorTable(dateOfBirth, {
  valid: [
    { text: 'Lot 1342/06/15 recall', why: 'a Solar Hijri-shaped date without a birth-date label is another number' },
    { text: 'DOB 1120/06/15', why: 'no calendar in use puts a living patient\'s birth year there' },
    { text: 'S23.4.2 release notes', why: "a Japanese era's short form without a birth-date label" },
    'DOB field validation change in registration',
    { text: 'PO b.12-04-2025 shipped', why: 'a lone b. glued to a recent date is part of a code' },
    { text: 'Lot b.12-03-88 recall - glucometer strips', why: "a lone b. after a lot's label is part of its code" },
    { text: 'Nancy birthday - 14 Mar 25', why: 'a recent year after a birthday is the party' },
    { text: 'GIM 03/14/2025 grand rounds', why: 'General Internal Medicine, not a Lithuanian birth-date label' },
    { text: 'DOB 02/30/1961', why: 'February 30th does not exist' },
    { text: 'DOB 13/13/1961', why: 'no month 13 either way' },
    { text: 'DOB 133361 on the form', why: 'six digits that are no date' },
    { text: 'DOB field 1234567 rows', why: 'seven digits are not a six-digit date' },
    { text: 'born 1961-13-01' },
    { text: 'Release born 9/2 after the code freeze', why: 'month and day after "born" count only with a newborn or a mother' },
    { text: 'Invoice_20250611_final.pdf', kind: 'attachment', why: 'a date in a file name without a DOB label' },
    { text: 'DOB field retired 2024-01-15', why: 'words between the label and a recent date' },
    { text: 'DOB policy review. Meeting 03/12/1999', why: 'a sentence ends between the label and the date' },
    { text: 'DOB Il/lO/lOOl', why: 'look-alike letters only, no digits: no date typed loosely' },
    { text: 'Lot O7-l2-1962 recall', why: 'look-alike letters in a date without a birth-date label' },
    { text: 'DOB 2/4 - 6/5 schedule', why: 'two separators that differ are no date' },
  ],
  invalid: [
    { text: 'تاریخ تولد: ۱۳۴۲/۰۳/۱۱ - registration', found: ['تاریخ تولد: ۱۳۴۲/۰۳/۱۱'], why: 'a Solar Hijri birth date after its label (Persian digits)' },
    { text: 'DOB 2495/07/21 - Thai patient intake', found: ['DOB 2495/07/21'], why: 'a Buddhist-era birth date after its label' },
    { text: '生年月日 昭和31年7月9日 の方', found: ['生年月日 昭和31年7月9日'], why: "a birth date in Japan's Showa era after its label" },
    { text: 'DOB S31.7.9 verify', found: ['DOB S31.7.9'], why: 'the Showa era written short' },
    { text: 'b.14/03/58 MRI knee denied', found: ['b.14/03/58'], why: 'a date glued to its label by a dot' },
    { text: 'D0B 11/O3/1948 (cant find in Epic)', found: ['D0B 11/O3/1948'], why: 'a look-alike O for a zero in the date after the label' },
    { text: 'DOB O7-l2-1962 verify before ROI', found: ['DOB O7-l2-1962'], why: 'O for 0 and l for 1 in the date after the label' },
    { text: 'dob  04 / 12 / 61  for the AWV', found: ['dob  04 / 12 / 61'], why: 'spaces around the separators of a date after the label' },
    { text: 'SCAN_0314_DOB-04-12-61.pdf', kind: 'attachment', found: ['DOB-04-12-61'], why: 'a date glued to its label by a dash' },
    { text: 'dob- 14 mar 58 , dizziness', found: ['dob- 14 mar 58'], why: "a month's name and a two-digit year after the label" },
    { text: 'd/o/b 7/2/49 for the fax', found: ['d/o/b 7/2/49'], why: 'the label written with slashes' },
    { text: 'A1c_trend_TQ_DOB061258.png', kind: 'attachment', found: ['DOB061258'], why: 'six digits right after the label: a two-digit year' },
    { text: 'DOB 250361 wrong on the wristband', found: ['DOB 250361'], why: 'day first' },
    { text: 'Quill, Ada DOB 6/16/73 labs', found: ['DOB 6/16/73'] },
    { text: 'dob 07-22-1959 - trauma alert', found: ['dob 07-22-1959'] },
    { text: 'd.o.b. 06/15/1999 for the consult', found: ['d.o.b. 06/15/1999'] },
    { text: 'RE: Born 05-Feb-1986 - wristband', found: ['Born 05-Feb-1986'] },
    { text: 'Twins arrived! Baby A born 3/17 at 4:02am, mom resting', found: ['born 3/17'], why: 'a birth announcement: month and day' },
    { text: 'Scan_20240311_DOB.pdf', kind: 'attachment', found: ['20240311_DOB'], why: 'a DOB label after the date in a file name' },
    { text: 'fecha de nac. 01.09.1956', found: ['fecha de nac. 01.09.1956'] },
    { text: 'DOB//1961-04-12 mismatch', found: ['DOB//1961-04-12'] },
    { text: 'DOB 29/02/1960', found: ['DOB 29/02/1960'], why: 'day-first, a leap day' },
    { text: 'QA_DOB11261986_path.pdf', kind: 'attachment', found: ['DOB11261986'] },
    { text: 'MedList_Quill_dob1938.pdf', kind: 'attachment', found: ['dob1938'], why: 'a marked birth year' },
    { text: 'lab_req_dob_12Feb1947.pdf', kind: 'attachment', found: ['dob_12Feb1947'], why: 'day, month name and year glued' },
    { text: 'Rx_FNac_23071951.pdf', kind: 'attachment', found: ['FNac_23071951'], why: 'Spanish "F. Nac." and a day-first compact date' },
    { text: 'DOB wrong in chart - 03/12/1951', found: ['DOB wrong in chart - 03/12/1951'], why: 'a few words about the date between the label and it' },
    { text: 'fecha de nacimiento incorrecta: 14/05/1962', found: ['fecha de nacimiento incorrecta: 14/05/1962'] },
    { text: 'DOB updated to 04/12/1961 - please fix wristband', found: ['DOB updated to 04/12/1961'], why: 'a corrected date: "updated" is no rule word' },
  ],
});

detectorTable(dateOfBirth, {
  valid: [
    { text: 'Meeting 6/18/2025 10:00', role: 'identity', why: 'recent dates are not birth dates' },
    { text: 'Epic downtime 5/30 02:00-06:00', role: 'identity' },
    { text: 'Screenshot 2025-07-07 at 10.14.22.png', kind: 'attachment', role: 'identity' },
    { text: 'WhatsApp Image 2025-10-02 at 16.04.38.jpeg', kind: 'attachment', role: 'identity', why: 'a clock time after "at", not 16 April 1938' },
    { text: 'v9.11.3 upgrade', role: 'identity' },
    { text: 'INV 19581029 total', role: 'identity', why: 'eight digits are a date only in file names' },
  ],
  invalid: [
    { text: 'Callback: Quill 10/29/1958 - urine cx', role: 'identity', found: ['10/29/1958'] },
    { text: 'A.Q. 12.03.62 - fall on 3W', role: 'identity', found: ['12.03.62'] },
    { text: 'Mr. Quill (Nov 9, 1953) - fall risk', role: 'identity', found: ['Nov 9, 1953'] },
    { text: 'QUILL_ADA_07211986_CBC.pdf', kind: 'attachment', role: 'identity', found: ['07211986'] },
  ],
});

test('impossible dates are rejected', () => {
  expect(isValidDate(1961, 2, 29)).toBe(false);
  expect(isValidDate(1960, 2, 29)).toBe(true);
  expect(isValidDate(1900, 2, 29)).toBe(false);
  expect(isValidDate(2000, 2, 29)).toBe(true);
  expect(isValidDate(1961, 4, 31)).toBe(false);
  expect(findDates('on 4/31/1961', false)).toEqual([]);
});

detectorTable(ageOver89, {
  valid: [
    { text: 'Birthday lunch for the 101st Airborne vets group', why: 'an ordinal before a noun is not an age' },
    { text: 'Birthday 100 - hospital centennial gala', why: "a number after the birthday word in a field about a centenary and no person" },
    { text: 'bday 100 cupcakes order', why: 'a count after the birthday word, not set apart' },
    { text: 'Pacjentka lat 45 - odleżyny', why: 'the years word first, an age under 90' },
    { text: 'Projekt Khadra, 95 sano', why: 'no grandparent word nor listed given name before the comma' },
    { text: 'Room 112 - sepsis huddle', why: 'a number from 90 to 125 that no reading takes for an age' },
    { text: 'page96 of the manual', why: 'a word that ends in "age", glued to a number' },
    { text: 'Birthday wishes to the lab on its 100th.', why: "an organisation's ordinal" },
    { text: 'возраст 45, перелом', why: 'an age word before an age under 90' },
    { text: 'वार्ड 91 की बैठक', why: 'a ward number, no age word' },
    'Shirley Quill, 79 y/o, CHF', 'Age 65+ high-dose flu vaccine', 'Room 92 yoga', 'Fatima Quill (age 10)', '130 yo',
    { text: 'Fever 103F overnight, blood cultures drawn', why: 'a temperature' },
    { text: 'Falls among residents aged 90+', why: 'a band of ages is a statistic (the labelled sets call it either)' },
    { text: 'Patients aged 90 and over - ED boarding times', why: 'a band of ages' },
    { text: 'Volunteers: minimum age of 16 for summer program', why: 'an age of 89 or less after "of"' },
    { text: 'Ziekenhuis viert 100-jarig bestaan', why: "a hospital's centenary (Dutch adjective)" },
    { text: 'Sairaala 100-vuotias - juhlaseminaari', why: "a hospital's centenary (Finnish adjective)" },
    { text: 'Hand hygiene compliance 94 v 90 - ICU', why: '"v" is versus, not Finnish years' },
    { text: 'O2 sat 92 let me know if you need BiPAP', why: '"let" is English' },
    { text: 'Suite 94F - infusion chairs delivered', why: 'a place' },
    { text: 'Klinikum Lindenhof, 90 Jahre - Festakt', why: "an institution's anniversary: no given name before the comma" },
    { text: 'Budget, 95 an', why: 'an everyday word before the comma' },
    { text: 'Oncology pavilion campaign passes $95M', why: 'money' },
    { text: 'Budget_120M_capital_plan.xlsx', kind: 'attachment', why: 'no health word: money' },
    { text: '100 лет нашей поликлинике - праздник', why: 'years of an anniversary, no health word' },
    { text: 'Sjukhuset 95 år - jubileum', why: 'a plain "years" word without health words' },
    { text: 'Поликлинике 90 лет, юбилей в пятницу', why: 'a plain "years" word after an organisation, no age word' },
    { text: 'Room (92) repainting next week', why: 'a bracketed number after a place' },
    { text: 'Therapy volumes: PT (112), OT (64), SLP (21)', why: 'bracketed numbers in a list are counts' },
    { text: 'ГКБ им. Бабушкина 90 лет - юбилей', why: 'a hospital named for someone, and its anniversary' },
    { text: 'Larkspur Valley Hospital turns 100 - gala', why: 'an organisation\'s anniversary' },
    { text: 'Happy 100th anniversary, Quillbrook Hospital!', why: 'a greeting with an ordinal to no one' },
    { text: 'Room for pt 92 - MRI at 3', why: 'without a comma the number is a place in a list or a room' },
    { text: 'Member 104, claim denied', why: 'a member\'s number is an ID, not an age' },
    { text: 'Kliniki_yetu_miaka_95_sherehe.pdf', kind: 'attachment', why: 'Swahili "years" without health words' },
    { text: 'Budget Review, 95, draft', why: 'two capitalised words that are no given name and surname' },
    { text: 'Suite 100, Marisela Hall, 95, east wing', why: 'a building' },
    { text: 'Ext list - Brenda Kowalski, 112, Tom Hale, 118', why: 'numbers in a list of names, no care or life event' },
    { text: 'منذ ١٠٠ عام، مستشفى الأمل يقدم غسيل الكلى', why: "plain \"years\" of a hundred: a hospital's anniversary" },
    { text: 'ਡਾਇਲਸਿਸ ਸੇਵਾ ਦੇ 100 ਸਾਲ', why: 'a service of a hundred years (Punjabi)' },
    { text: 'Einladung: 100 Jahre Dialyse am Klinikum - Festakt', why: "a clinic's hundred years of dialysis" },
    { text: 'A kórház 100 éves - ünnepség', why: 'Hungarian "years old" of an institution: plain years, no health word' },
    { text: 'Sairaala 90 vuotta - juhla', why: 'Finnish plain "years" without health words' },
    { text: '90 godina Klinike - proslava', why: 'Croatian plain "years" without health words' },
    { text: '90 Eton Road, flat 2', why: 'an address' },
    { text: 'Zimmer 94 J.', why: 'German "J." without health words' },
    { text: 'Station_94J_Plan.pdf', kind: 'attachment', why: 'a glued "J" counts only after an age word' },
  ],
  invalid: [
    { text: 'Birthday_101_Edna_Whitlock_party_flyer.pdf', kind: 'attachment', found: ['101'], why: 'a number right after the birthday word, set apart' },
    { text: 'Facesheet_Quarrington_age96.pdf', kind: 'attachment', found: ['age96'], why: 'the age word glued to its number in a file name' },
    { text: 'Pacjentka lat 93 - odleżyny', found: ['93'], why: 'Polish shorthand: the years word before the number, after a patient word' },
    { text: 'Ayeeyo Khadra, 95 sano, kursi curyaan', found: ['95 sano'], why: "a grandparent's word before the name in the apposition" },
    { text: 'Lab rule question - pt age is 102, eGFR blank', found: ['age is 102'], why: 'a verb between the age word and the number' },
    { text: 'babcia 94 lata - opieka domowa', found: ['94 lata'], why: 'Polish "lata" for ages ending in 2 to 4' },
    { text: 'Nana [96] moving in with us', found: ['96'], why: 'square brackets after a relative' },
    { text: 'great-grandpa (94) signs consent - questions for SW', found: ['94'], why: 'a number in brackets after a relative' },
    { text: 'дедушке 95 лет, нужна сиделка', found: ['95 лет'], why: 'a grandparent word before plain "years" (Russian)' },
    { text: 'عمره 97 سنة - زيارة منزلية', found: ['97 سنة'], why: 'the word for his age before plain "years" (Arabic)' },
    { text: 'الحاج سالم، ٩٤ سنة، دخل الطوارئ', found: ['٩٤ سنة'], why: 'the Arabic comma ends the word "years" like any punctuation' },
    { text: 'ਦਾਦੀ ਜੀ 92 ਸਾਲ - ਹਸਪਤਾਲ ਦਾਖਲ', found: ['92 ਸਾਲ'], why: 'Punjabi "years" with health words' },
    { text: 'Oma 96 Jahre - Sturz', found: ['96 Jahre'], why: 'German years under a hundred with health words' },
    { text: 'mummo 92 v - kaatui', found: ['92 v'], why: 'Finnish "v" (years) after a grandmother' },
    { text: 'Oma 94 J. - Sturz', found: ['94 J.'], why: 'German "J." (years) after a grandmother' },
    { text: 'Aufnahme_Patientin_93J_Zi4.pdf', kind: 'attachment', found: ['93J'], why: 'German "J" glued to the age in a file name, after a patient word' },
    { text: 'Ayeeyo Xaawo, 95 jir - way dhacday', found: ['95 jir'], why: 'Somali "jir" (years old)' },
    { text: 'Tante Hildegard, 93 Jahre, Geburtstagsfeier', found: ['93 Jahre'], why: 'after a given name and a comma, the years are her age, with or without health words' },
    { text: 'Tonton Jacques, 92 an - vizit lakay', found: ['92 an'], why: 'Haitian Creole years in apposition' },
    { text: 'Ramesh ji 94 saal - ghar par oxygen', found: ['94 saal'], why: 'the Hindi honorific before romanised years' },
    { text: 'हजुरबुबा 92 वर्ष - घरमै लड्नुभयो', found: ['92 वर्ष'], why: 'a grandparent word (Nepali)' },
    { text: 'RE: Mr. Quill (92 yo) - family meeting', found: ['92 yo'] },
    { text: 'Ada Quill, 102 y/o - hospice eval', found: ['102 y/o'] },
    { text: 'Happy 94th birthday to Ada Quill!', found: ['94th birthday'] },
    { text: 'Birthday tea for Ruth - her 95th!', found: ['95th'], why: 'an ordinal after the birthday word, closing a clause' },
    { text: 'Birthday_Ora_Lindqvist_101st.jpg', kind: 'attachment', found: ['101st'], why: 'the same in a file name' },
    { text: 'Happy 102nd to Mrs. Quill in room 4!', found: ['Happy 102nd to Mrs'], why: 'a greeting with an ordinal to someone' },
    { text: 'Quill_102_birthday_cake.jpg', kind: 'attachment', found: ['102_birthday'] },
    { text: 'New admit 93M - CHF exacerbation', found: ['93M'], why: 'case shorthand with health words' },
    { text: 'Tumor_board_97F_case.pptx', kind: 'attachment', found: ['97F'], why: 'case shorthand in a file name with health words' },
    { text: '91岁老人 住院', found: ['91岁'], why: 'an age word glued to what follows (Chinese)' },
    { text: '93세 환자 입원', found: ['93세'], why: 'Korean' },
    { text: 'מטופלת בת 94 אושפזה', found: ['בת 94'], why: 'Hebrew "aged" before the number' },
    { text: 'Bà Lan 92 tuổi - nhập viện', found: ['92 tuổi'], why: 'Vietnamese' },
    { text: 'Пациент 96 лет, госпитализирован', found: ['96 лет'], why: 'a plain "years" word with health words' },
    { text: 'Ev_ziyareti_hasta_92_yasinda.pdf', kind: 'attachment', found: ['92_yasinda'], why: 'an underscore between the age and its word' },
    { text: 'Pt 98, DNR on file - family meeting', found: ['Pt 98,'], why: 'a patient word and a number set apart by a comma, with health words' },
    { text: 'Grandfather, 94 - hospice eval Friday', found: ['Grandfather, 94'], why: 'a kin word, a comma and the age' },
    { text: 'Larkspur Hospital patient 94, fall overnight', found: ['patient 94,'], why: 'an organisation before the person word does not make the age an anniversary (only "turns 100" after it does)' },
    { text: 'Κυρία Ελένη Δήμου, 93 ετών – πτώση', found: ['93 ετών'], why: 'Greek "years of age"' },
    { text: 'فرم_بیمار_94_ساله.pdf', kind: 'attachment', found: ['94_ساله'], why: 'Farsi "-year-old"' },
    { text: 'Quill_91_yo_fall.pdf', kind: 'attachment', found: ['91_yo'] },
    { text: 'Pacienta de 94 de ani – fractură de șold', found: ['94 de ani'], why: 'Romanian puts "de" between the number and "ani", with health words' },
    { text: '92 yaşındaki hastamızın ilaçları', found: ['92 yaşındaki'], why: 'Turkish glues "-ki" to the age word' },
    { text: '৯৩ বছর বয়সী রোগী – ভর্তি', found: ['৯৩ বছর বয়সী'], why: 'Bengali "-year-old", in Bengali digits' },
    { text: 'বয়স ৯১, বাড়িতে ফিজিওথেরাপি', found: ['বয়স ৯১'], why: 'the Bengali noun "age" before the number' },
    { text: 'возраст 94, перелом шейки бедра', found: ['возраст 94'], why: 'Russian "age" before the number' },
    { text: '年龄：95 跌倒', found: ['年龄：95'], why: 'Chinese "age" and a full-width colon' },
    { text: 'Пацієнт, 94 роки, падіння вночі', found: ['94 роки'], why: 'Ukrainian years after 2 to 4 (роки), in a field with health words' },
    { text: 'Rehab packet - patient is 96, lives alone', found: ['patient is 96'], why: 'a person word and an age joined by a verb of being' },
    { text: 'مریضہ 95 سالہ – گھر پر دورہ', found: ['95 سالہ'], why: 'Urdu "-year-old"' },
    { text: 'obit for the Sunday paper - Marisela Quintanar, 96, retired teacher', found: ['Marisela Quintanar, 96'], why: "the newspaper's apposition: name, age, between commas" },
    { text: 'Complaint: Marisela Quintanar, 95, says the hearing aid whistles', found: ['Marisela Quintanar, 95'], why: 'prose goes on after the age' },
    { text: 'Kovács Éva 93 évesen elhunyt', found: ['93 évesen'], why: 'Hungarian "at the age of"' },
    { text: 'a beteg 93 éves, vérvétel', found: ['93 éves'], why: 'Hungarian "years old" with health words' },
    { text: 'nagymama 93 éves', found: ['93 éves'], why: 'a Hungarian grandparent word' },
    { text: 'Oma 94 J. - Sturz', found: ['94 J.'], why: 'the German abbreviation of "Jahre"' },
    { text: 'Patientin 94-j., Sturz', found: ['94-j.'], why: 'the German abbreviation with a hyphen, after a patient word' },
    { text: 'Potilas 92-vuotias, kaatunut', found: ['92-vuotias'], why: 'Finnish "-year-old"' },
    { text: 'mummo 92 v - kotihoito', found: ['92 v'], why: 'the Finnish abbreviation after a grandparent word' },
    { text: 'pacientka 92 let - pád doma', found: ['92 let'], why: 'Czech "years" after a patient word' },
    { text: '92letá pacientka', found: ['92letá'], why: 'Czech "-year-old"' },
    { text: '92-ročná pacientka', found: ['92-ročná'], why: 'Slovak "-year-old"' },
    { text: 'Baka 92 godine', found: ['92 godine'], why: 'a Croatian grandparent word' },
    { text: '92-godišnja pacijentica', found: ['92-godišnja'], why: 'Croatian "-year-old"' },
    { text: '92-годишњак хоспитализован', found: ['92-годишњак'], why: 'Serbian Cyrillic "-year-old"' },
    { text: 'Баба 92 години', found: ['92 години'], why: 'a Bulgarian grandparent word' },
    { text: '92-годишна пациентка', found: ['92-годишна'], why: 'Bulgarian "-year-old"' },
    { text: 'gjyshja 92 vjeç', found: ['92 vjeç'], why: 'Albanian "years of age"' },
    { text: 'močiutė 92 metai', found: ['92 metai'], why: 'a Lithuanian grandparent word' },
    { text: '92 metų amžiaus pacientė', found: ['92 metų amžiaus'], why: 'Lithuanian "years of age"' },
    { text: 'mormor 90 år', found: ['90 år'], why: 'a Danish, Norwegian and Swedish grandparent word' },
    { text: '92-årig kvinde indlagt', found: ['92-årig'], why: 'Danish "-year-old"' },
    { text: 'nonna 93 anni', found: ['93 anni'], why: 'an Italian grandparent word' },
    { text: '92enne ricoverata', found: ['92enne'], why: 'Italian "-year-old"' },
    { text: 'γιαγιά 92 χρονών', found: ['92 χρονών'], why: 'Greek "years old", colloquial' },
  ],
});

detectorTable(icd10, {
  valid: [
    { text: 'new codes in E11 and Z59 ranges', why: 'undotted codes only after dx/ICD' },
    { text: 'CO-197 up 12%' },
    { text: 'Release 12.9.9 hotfix' },
    { text: 'K 6.8 critical', why: 'a lab value' },
    { text: 'f33.2 in lower case', why: 'codes are written in capitals' },
    { text: 'dx Z3B', why: 'Z3B is not a category' },
    { text: 'Roster_K40.xlsx', kind: 'attachment', why: 'a file extension after a category-shaped word is not a subdivision' },
    { text: 'Board_packet_M54.PDF', kind: 'attachment', why: 'nor in capitals' },
  ],
  invalid: [
    { text: 'dx C91.00 large claimant', found: ['C91.00'] },
    { text: 'PHQ-9 22, F33.2 - increase sessions', found: ['F33.2'] },
    { text: 'COVID U07.1 positive', found: ['U07.1'], why: 'U is valid since 2020' },
    { text: 'S62.5X0A follow-up', found: ['S62.5X0A'] },
    { text: 'O9A.211 in pregnancy', found: ['O9A.211'] },
    { text: 'dx Z794 not supported', found: ['Z794'] },
    { text: 'Tervo_J45.909.pdf', kind: 'attachment', found: ['J45.909'], why: 'a code before the extension' },
  ],
});

test('ICD-10 letter categories', () => {
  expect(isIcd10Code('O9A.211')).toBe(true);
  expect(isIcd10Code('C4A.9')).toBe(true);
  expect(isIcd10Code('E1A.9')).toBe(false);
});

detectorTable(phone, {
  valid: ['EAP line 1-800-555-0142', 'Ext x7358', 'SSN 401-12-7788', { text: 'Intake phone 555-0102 staffed 24/7', why: 'a desk named by its phone' }, { text: 'Sign up by phone: 555-0158', why: 'no word of calling before a local number' }],
  invalid: [
    { text: 'Call me at 614-555-0128', found: ['614-555-0128'] },
    { text: 'Callback (415) 555-0132 re: results', found: ['(415) 555-0132'] },
    { text: 'Left VM for pt at 555-0137 re: path', found: ['555-0137'], why: 'a local number after a word of calling' },
  ],
});

detectorTable(personalEmail, {
  valid: ['ada.quill@examplehealth.org labs', 'write to billing@vendor.com'],
  invalid: [{ text: 'ada.quill1961@gmail.com - A1c results', found: ['ada.quill1961@gmail.com'] }],
});

detectorTable(url, {
  valid: ['https://intranet.example.org/policies/hipaa.pdf', 'www.example.org/flu-clinic'],
  invalid: [
    { text: 'https://ehr.example.org/chart?mrn=00991917&view=results', found: ['https://ehr.example.org/chart?mrn=00991917&view=results'] },
    { text: 'see https://portal.example.org/patients/12345', found: ['https://portal.example.org/patients/12345'] },
  ],
});
