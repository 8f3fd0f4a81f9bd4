import { findScriptNames, NameScript } from '../../src/engine/names/script-names';

/**
 * Names in other scripts. Every name here is invented for the test (common
 * surnames with invented given names); none is a real patient.
 *
 * A valid row: [text, the name found, its script, its strength]. The span
 * must be exactly that name.
 */
const VALID: [string, string, NameScript, 'full' | 'lone'][] = [
  // Chinese: surname + given, stopping before health words and particles.
  ['李建华 尿检结果', '李建华', 'han', 'full'],
  ['李建华尿检结果', '李建华', 'han', 'full'],
  ['患者王秀英血糖报告', '王秀英', 'han', 'full'],
  ['陈静的化验结果', '陈静', 'han', 'full'],
  ['欧阳明轩 复查', '欧阳明轩', 'han', 'full'],
  ['張偉 檢查報告', '張偉', 'han', 'full'],
  ['张先生的检查结果', '张', 'han', 'lone'],
  ['MRI_刘洋.pdf', '刘洋', 'han', 'full'],
  ['3床张建国 血钾6.2', '张建国', 'han', 'full'],
  ['换药记录_黄志辉_0915.docx', '黄志辉', 'han', 'full'],
  ['伤口护理_周明骞_0915.docx', '周明骞', 'han', 'lone'],
  // Korean: a surname syllable + one or two syllables, 님 / 씨 / 환자 glued or spaced.
  ['최서연 환자 MRI 결과', '최서연', 'hangul', 'full'],
  ['김민준님 예약 확인', '김민준', 'hangul', 'full'],
  ['박지현환자 검사 결과', '박지현', 'hangul', 'full'],
  ['정하윤 씨 혈액검사', '정하윤', 'hangul', 'full'],
  ['남궁민수 진료 기록', '남궁민수', 'hangul', 'full'],
  // Japanese: a common family name with an honorific or a given name.
  ['田中さんの検査結果', '田中', 'kana', 'lone'],
  ['佐藤花子 検査結果', '佐藤花子', 'kana', 'full'],
  ['高橋健太様 予約', '高橋健太', 'kana', 'full'],
  ['鈴木はるかさん 採血', '鈴木はるか', 'kana', 'full'],
  // Cyrillic: surname endings, given names, patronymics, initials.
  ['УЗИ_Смирнова_А.pdf', 'Смирнова_А', 'cyrillic', 'full'],
  ['Результаты анализов Ольга Петрова', 'Ольга Петрова', 'cyrillic', 'full'],
  ['Кузнецов Игорь Павлович МРТ', 'Кузнецов Игорь Павлович', 'cyrillic', 'full'],
  ['Направление для Шевченко', 'Шевченко', 'cyrillic', 'lone'],
  ['А. Ковальчук - выписка', 'А. Ковальчук', 'cyrillic', 'full'],
  // After a word for a patient a capitalised word is a name whatever its ending; after a lay title, a full one.
  ['пацієнтка Гнатюк, вагітність 12 тижнів', 'Гнатюк', 'cyrillic', 'lone'],
  ['пациентки Гнатюк - КТ', 'Гнатюк', 'cyrillic', 'lone'],
  ['госпожа Ли - МРТ колена', 'Ли', 'cyrillic', 'full'],
  ['Татьяна - результаты', 'Татьяна', 'cyrillic', 'lone'],
  // A surname in an oblique case with its initial ("for Kuznetsova N."), or after a word for a patient.
  ['Рецепт для Кузнецовой Н. на инсулин', 'Кузнецовой Н', 'cyrillic', 'full'],
  ['Запись к Петрову И. на МРТ', 'Петрову И', 'cyrillic', 'full'],
  // Arabic: a given name with a family name, and name particles.
  ['موعد الأشعة للمريضة فاطمة الزهراني', 'فاطمة الزهراني', 'arabic', 'full'],
  ['نتيجة تحليل محمد بن سالم', 'محمد بن سالم', 'arabic', 'full'],
  ['تقرير عبد الرحمن العتيبي', 'عبد الرحمن العتيبي', 'arabic', 'full'],
  ['السيدة الحداد - نتيجة فحص السكري', 'الحداد', 'arabic', 'full'],
  ['بیمار نرگس - آزمایش خون', 'نرگس', 'arabic', 'lone'],
  // Persian and Urdu letters (ی, ک, ہ) are the Arabic letters for the lists; a nisba of a given name is a family name.
  ['جواب آزمایش زهرا حسینی', 'زهرا حسینی', 'arabic', 'full'],
  ['ارجاع_رضا_کریمی_قلب.pdf', 'رضا_کریمی', 'arabic', 'full'],
  ['علي رضائي - تحليل', 'علي رضائي', 'arabic', 'full'],
  ['شازیہ کی رپورٹ', 'شازیہ', 'arabic', 'lone'],
  ['آقای جعفری - نوبت', 'جعفری', 'arabic', 'full'],
  ['ملف أبو خالد', 'أبو خالد', 'arabic', 'lone'],
  ['تحليل الدم - يوسف', 'يوسف', 'arabic', 'lone'],
  // Hebrew, Devanagari, Ethiopic: listed names.
  ['תוצאות בדיקה משה כהן', 'משה כהן', 'hebrew', 'full'],
  ['תור ליעל - מיכל לוי', 'מיכל לוי', 'hebrew', 'full'],
  ['रिपोर्ट: सुनीता शर्मा', 'सुनीता शर्मा', 'devanagari', 'full'],
  ['ਮਰੀਜ਼ ਗੁਰਪ੍ਰੀਤ ਕੌਰ - ਖੂਨ ਦੀ ਜਾਂਚ', 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ', 'gurmukhi', 'full'],
  ['ਹਰਜੀਤ ਸਿੰਘ ਗਿੱਲ ਦੀ ਦਵਾਈ', 'ਹਰਜੀਤ ਸਿੰਘ ਗਿੱਲ', 'gurmukhi', 'full'],
  ['દર્દી સરલાબેન દેસાઈ - લોહીની તપાસ', 'સરલાબેન દેસાઈ', 'gujarati', 'full'],
  ['રમેશભાઈ મહેતા નો રિપોર્ટ', 'રમેશભાઈ મહેતા', 'gujarati', 'full'],
  ['రోగి సునీత రెడ్డి - రక్త పరీక్ష', 'సునీత రెడ్డి', 'telugu', 'full'],
  ['मरीज़ मनप्रीत गिल - रक्त जांच', 'मनप्रीत गिल', 'devanagari', 'full'],
  ['पार्वती थापा - अल्ट्रासाउंड', 'पार्वती थापा', 'devanagari', 'full'],
  ['ሉዋም ገብረሚካኤል - የደም ምርመራ', 'ሉዋም ገብረሚካኤል', 'ethiopic', 'full'],
  ['राहुल वर्मा का एमआरआई', 'राहुल वर्मा', 'devanagari', 'full'],
  ['የአበበ ውጤት - ሰለሞን ታደሰ', 'ሰለሞን ታደሰ', 'ethiopic', 'full'],
  // Amharic and Tigrinya: the words after a lay title, listed or not.
  ['አቶ ከበደ ተሰማ - የደም ምርመራ', 'ከበደ ተሰማ', 'ethiopic', 'full'],
  ['ኣቶ ሃብቶም - መርመራ ደም', 'ሃብቶም', 'ethiopic', 'full'],
  ['ወ/ሮ ትርሓስ ተኽለ - ሕማም ሽኮርያ', 'ትርሓስ ተኽለ', 'ethiopic', 'full'],
  // Greek: surname endings, listed given names, initials, titles.
  ['Ελένη Σταθοπούλου - εξετάσεις αίματος', 'Ελένη Σταθοπούλου', 'greek', 'full'],
  ['κα Μαυράκη - εξιτήριο', 'Μαυράκη', 'greek', 'full'],
  ['κ. Ράλλης - αξονική', 'Ράλλης', 'greek', 'full'],
  ['Αποτελέσματα Γ. Νικολαΐδη', 'Γ. Νικολαΐδη', 'greek', 'full'],
  ['Βιοψία Καραγιαννίδου', 'Καραγιαννίδου', 'greek', 'lone'],
  ['ΚΑΡΑΓΙΑΝΝΙΔΗΣ ΠΕΤΡΟΣ - ΑΞΟΝΙΚΗ', 'ΚΑΡΑΓΙΑΝΝΙΔΗΣ ΠΕΤΡΟΣ', 'greek', 'full'],
  ['ασθενής Τσολάκη - πυρετός', 'Τσολάκη', 'greek', 'lone'],
  ['Φωτεινή - γενική αίματος', 'Φωτεινή', 'greek', 'lone'],
  // Armenian: -յան (Western -եան) surnames with their cases, given names, titles.
  ['Անի Պետրոսյան - արյան անալիզ', 'Անի Պետրոսյան', 'armenian', 'full'],
  ['տիկին Հակոբյան - շաքարախտ', 'Հակոբյան', 'armenian', 'full'],
  ['Գրիգորյանի վիրահատությունը', 'Գրիգորյանի', 'armenian', 'lone'],
  ['Ա. Մանուկյան - ՄՌՏ', 'Ա. Մանուկյան', 'armenian', 'full'],
  ['Արամ Թորոսեան - ռենտգեն', 'Արամ Թորոսեան', 'armenian', 'full'],
  // Georgian: -შვილი and -ძე in any case; a listed given name with a weaker ending; titles.
  ['ნინო ბერიძე - სისხლის ანალიზი', 'ნინო ბერიძე', 'georgian', 'full'],
  ['ბერიძე ნინო - დიაბეტი', 'ბერიძე ნინო', 'georgian', 'full'],
  ['გელაშვილის ანალიზები', 'გელაშვილის', 'georgian', 'lone'],
  ['ქალბატონი ნინო - დიაბეტი', 'ნინო', 'georgian', 'full'],
  ['ლევან ჩიქოვანი - მრტ', 'ლევან ჩიქოვანი', 'georgian', 'full'],
  ['გიორგი შენგელია - ინსულტი', 'გიორგი შენგელია', 'georgian', 'full'],
  ['ზ. კაპანაძე - ბიოფსია', 'ზ. კაპანაძე', 'georgian', 'full'],
  // Mongolian: a given name after a patronymic in the genitive or its initial, a listed given name alone.
  ['Ц.Энхтуяа - цусны шинжилгээ', 'Ц.Энхтуяа', 'cyrillic', 'full'],
  ['Батын Энхтуяа эмнэлэгт хэвтсэн', 'Батын Энхтуяа', 'cyrillic', 'full'],
  ['Цэрэнгийн Оюунчимэг - хэт авиан шинжилгээ', 'Цэрэнгийн Оюунчимэг', 'cyrillic', 'full'],
  ['Б. Бат-Эрдэнэ - рентген', 'Б. Бат-Эрдэнэ', 'cyrillic', 'full'],
  ['Болормаа - шээсний шинжилгээ', 'Болормаа', 'cyrillic', 'lone'],
  // Thai, Lao, Khmer, Burmese: the word or two after a title or a word for a patient, glued or spaced.
  ['คุณสมศรี ผลตรวจเลือด', 'สมศรี', 'thai', 'lone'],
  ['นายสมชาย ใจดี ผลตรวจเลือด', 'สมชาย ใจดี', 'thai', 'full'],
  ['นาง มาลี ศรีสุข - อัลตราซาวด์', 'มาลี ศรีสุข', 'thai', 'full'],
  ['ผู้ป่วย สมชาย ใจดี - เบาหวาน', 'สมชาย ใจดี', 'thai', 'full'],
  ['ผู้ป่วยนางสาวอรุณี - ฝากครรภ์', 'อรุณี', 'thai', 'full'],
  ['ທ້າວ ສົມພອນ ພົມມະວົງ ກວດເລືອດ', 'ສົມພອນ ພົມມະວົງ', 'lao', 'full'],
  ['ນາງສົມສີ - ຜົນກວດ', 'ສົມສີ', 'lao', 'full'],
  ['លោក ហេង សុភា ពិនិត្យឈាម', 'ហេង សុភា', 'khmer', 'full'],
  ['លោកស្រីសុខា - មហារីក', 'សុខា', 'khmer', 'full'],
  ['លោកដារា - វះកាត់', 'ដារា', 'khmer', 'lone'],
  ['ဦးအောင်ကျော် သွေးစစ်', 'အောင်ကျော်', 'myanmar', 'full'],
  ['ဒေါ်ခင်မြင့်ဆီးချို', 'ခင်မြင့်', 'myanmar', 'full'],
  ['မောင်ထွန်း - ဆေးရုံတက်', 'ထွန်း', 'myanmar', 'lone'],
  // Tamil: the words after a title (with a father's initial) or after a word for a patient.
  ['திரு. முருகன் - இரத்த பரிசோதனை', 'முருகன்', 'tamil', 'full'],
  ['திருமதி க. லக்ஷ்மி - காய்ச்சல்', 'க. லக்ஷ்மி', 'tamil', 'full'],
  ['நோயாளி ராமசாமி முருகன் - காய்ச்சல்', 'ராமசாமி முருகன்', 'tamil', 'full'],
];

/** Rows with no name: everyday words that start like names, health words, Latin text. */
const INVALID: string[] = [
  'સ્ટાફ મીટિંગ મંગળવારે',
  'ઉષા',
  'రాజు గారి డ్యూటీ షెడ్యూల్',
  'Пациент поступил в реанимацию',
  'Школа пациента Диабет – расписание',
  // Adjectives in an oblique case end as surnames do: alone they are no name.
  'Направление для Детской поликлиники',
  'Отчет Краевой больницы за год',
  'السيد المدير الطبي - اجتماع لجنة العدوى',
  'حقوق_المريض_عربي_نهائي.pdf',
  // The nisba ending makes everyday adjectives too: only a listed given name's nisba is a family name.
  'نوبت فوری برای آزمایش خون',
  'جلسه عمومی بخش داخلی',
  '最近检查结果',
  '高血压患者管理会议',
  '周末值班安排',
  '方法和结果',
  '文件已发送',
  '이번 주 회의',
  '정보 보안 교육',
  '최근 검사 결과 안내',
  '김치 냉장고',
  '이상 없음',
  '정상 범위',
  '오늘 오후 회의',
  '결과 보고서',
  '検査結果のお知らせ',
  'Результаты анализов',
  'Городская больница',
  'Инсулин и витамины',
  'УЗИ МРТ ЭКГ',
  'Медицинская документация',
  'نتائج تحليل الدم',
  'موعد الأشعة',
  'תוצאות בדיקת דם',
  'रक्त जांच रिपोर्ट',
  'Lunch with the team',
  'स्वास्थ्य अधिकारी बैठक',
  'ተስፋችን ትልቅ ነው',
  '石家庄 门诊 通知',
  '沈阳市 核酸检测 安排',
  '张家界 团建 安排',
  'ሰላም ለሁላችሁ',
  // Greek: clinicians, hospitals, saints, streets and pharmacies named after people; names that are words.
  'Δρ. Γεώργιος Παπαδάκης',
  'γιατρός Παπαδοπούλου',
  'Νοσοκομείο Αγία Σοφία',
  'οδός Παπαδοπούλου 12',
  'Φαρμακείο Κωνσταντινίδης',
  'Ιατρείο Ευαγγελίας Παπαδοπούλου',
  'Καλωσορίζουμε την Ειρήνη',
  'Κυριακή 12 Μαΐου',
  'ΑΠΟΤΕΛΕΣΜΑΤΑ ΕΞΕΤΑΣΕΩΝ',
  // Armenian: clinicians and interpreters, organisations named after people, places' adjectives.
  'բժիշկ Արմեն Սարգսյան',
  'Թարգմանիչ Անի Պետրոսյան',
  'Միքայելյան ինստիտուտ',
  'Իզմիրլյան բժշկական կենտրոն',
  'Երեւանյան բժշկական կենտրոնի ժողով',
  'Ամերիկյան համալսարան',
  'Առողջապահության նախարարություն',
  'Հայաստանի Հանրապետության կառավարություն',
  'Բարի գալուստ',
  // Georgian: streets and clinics named after people, kin words in -შვილი, words in -ია, clinicians.
  'ჭავჭავაძის გამზირი 5',
  'ბერიძის ქ. 12',
  'შვილიშვილი',
  'ბიძაშვილის დაბადების დღე',
  'ექიმი გიორგი კაპანაძე',
  'ანემია და პნევმონია',
  'ჟვანიას სახელობის კლინიკა',
  'კლინიკური კვლევა',
  // Mongolian: genitives that open a title, Russian cities with an initial.
  'Эмнэлгийн шинжилгээний хариу',
  'Монголын эмнэлэг',
  'С. Петербург',
  'Н. Новгород',
  'Сүхбаатарын талбай',
  'Гэмтэл Согог Судлалын Үндэсний Төв',
  // Thai: words that start with a title (quality, you can, a doctor, a nurse, a mayor), staff, inpatients.
  'คุณภาพการบริการ',
  'คุณสามารถดูผลตรวจเลือดได้',
  'นายแพทย์สมชาย ใจดี',
  'นางพยาบาลมาลี',
  'พยาบาล คุณสมศรี',
  'ผู้ป่วยนอก แผนกอายุรกรรม',
  'นายกเทศมนตรี',
  'ขอบคุณครับ',
  // Lao, Khmer, Burmese: a nurse, "you", the world, a doctor, the brain, a dollar, a lead.
  'ນາງພະຍາບານ',
  'ຍິນດີຕ້ອນຮັບ',
  'លោកអ្នកអាចពិនិត្យ',
  'ពិភពលោក',
  'លោកវេជ្ជបណ្ឌិត ហេង',
  'វេជ្ជបណ្ឌិត លោក សុខ ជា',
  'ဦးနှောက်',
  'ဒေါ်လာ ၁၀၀',
  'ဦးဆောင်သူ',
  'ဆရာဝန် ဦးအောင်',
  // Tamil: a doctor, a word for a patient without a name, a town.
  'டாக்டர் திரு. முருகன்',
  'நோயாளி பராமரிப்பு',
  'திருநெல்வேலி மருத்துவமனை',
  'திரு. முருகன் மருத்துவமனை',
];

const spanText = (text: string): string[] => findScriptNames(text).map((n) => text.slice(n.start, n.end));

describe('findScriptNames finds names in other scripts', () => {
  test.each(VALID)('%s -> %s', (text, name, script, strength) => {
    const found = findScriptNames(text);
    const match = found.filter((n) => text.slice(n.start, n.end) === name);
    expect(match).toEqual([{ start: text.indexOf(name), end: text.indexOf(name) + name.length, script, strength }]);
  });
});

describe('findScriptNames finds nothing where there is no name', () => {
  test.each(INVALID)('%s', (text) => {
    expect(spanText(text)).toEqual([]);
  });
});

test('spans do not run into the health words after a Chinese name', () => {
  expect(spanText('王芳结果异常')).toEqual(['王芳']);
  expect(spanText('李华尿检')).toEqual(['李华']);
});

test('a Chinese name needs a boundary before it: a surname character inside a word is not a name', () => {
  expect(spanText('复诊王明')).toEqual(['王明']);
  expect(spanText('国王明白')).toEqual([]);
});

test('Korean words made of a surname syllable and particles are not names', () => {
  expect(spanText('이번에 정보를 최근에')).toEqual([]);
});

test('several names in one text are all found, left to right, with UTF-16 offsets', () => {
  const text = 'Ольга Петрова / 李建华 / 최서연님';
  const found = findScriptNames(text);
  expect(found.map((n) => [text.slice(n.start, n.end), n.script])).toEqual([
    ['Ольга Петрова', 'cyrillic'],
    ['李建华', 'han'],
    ['최서연', 'hangul'],
  ]);
});

test('Latin-only text is skipped quickly and finds nothing', () => {
  expect(findScriptNames('MRI results for Ada Quill 04/12/1961')).toEqual([]);
});
