import { COMBINATION_ID, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { LANGUAGES } from '../../src/engine/lexicon/languages';
import { languageKey, languageTermEntries } from '../../src/engine/lexicon/languages/match';
import { HEALTH_TERMS } from '../../src/engine/lexicon/health-terms';
import { nameLexicon } from '../../src/engine/lexicon';
import { tokenize } from '../../src/engine/text/tokenize';
import { msg } from '../support/messages';

/**
 * Spec: "ePHI counts in any language and any script". Per language module
 * (src/engine/lexicon/languages): a name with a health phrase in that language
 * is flagged, the same phrase without a name is clean, ordinary staff or
 * business mail in that language is clean, and each of the language's
 * birth-date keywords with a date is flagged. Every row is fictitious: names
 * invented for these tests (none from the corpora), of shapes the engine
 * already recognises (a title, or a given name and a surname), so the rows
 * test the health words.
 */
const policy = defaultPolicy();
const scan = (m: Partial<Message>) => scanMessage(msg(m), policy);
const subject = (s: string) => scan({ subject: s });
const file = (name: string) => scan({ attachments: [{ name, size: 1000, isInline: false }] });
const combined = (v: ReturnType<typeof scan>) => v.findings.some((f) => f.detectorId === COMBINATION_ID);

interface Table {
  /** A recognised name of the language's speakers, with or without a title. */
  name: string;
  /** Health phrases: with the name, flagged; alone, clean. */
  health: string[];
  /** Ordinary staff or business mail, some with a name or a health-looking word in a workplace sense: clean. */
  clean: string[];
}

const TABLES: Record<string, Table> = {
  es: {
    name: 'Sra. Maricela Ybarrondo',
    health: ['control posparto a las 6 semanas', 'resultados de laboratorio', 'cita de seguimiento para su diabetes', 'análisis de sangre', 'presión alta y colesterol alto', 'embarazada de 30 semanas', 'receta de metformina', 'dada de alta ayer', 'radiografía de tórax', 'fractura de cadera', 'prueba de estreptococo',
      'cita con el oncólogo el lunes', 'angiografía coronaria', 'curva de crecimiento', 'cálculos renales', 'control de niño sano', 'endoscopia alta'],
    clean: ['Inyección de capital para la nueva sede - Marta Ruiz', 
      'Reunión del comité de calidad el martes',
      'Nuevo teléfono de citas de pediatría: 555-0177',
      'Clínica de vacunas gratuita el sábado',
      'Bienvenida a la Dra. Inés Salcido, nueva pediatra',
      'Horario de la unidad de diálisis en diciembre',
      'Capacitación anual de seguridad: inscripciones hasta el 3 de octubre',
      'Factura de insumos de oficina - Juan Arellano',
      'Catálogo de catéteres del nuevo proveedor', 'Maricela Ybarrondo - crecimiento de ventas del trimestre',
    ],
  },
  zh: {
    name: 'Zhou Lanying',
    health: ['乳腺钼靶报告', '尿常规阳性', '尿检结果', '糖化血红蛋白 8.1', '华法林剂量调整', '血糖偏高', '糖尿病复诊', '检查结果：肺炎', '出院小结', '怀孕32周', '化验单', '乳腺癌', '手術後複查', '肺结核筛查', '膝关节置换', '肝功能异常', '乙肝复查', '胎心监护报告', '糖耐检查', '冠脉造影', '儿保体检',
      '家属会议 讨论安宁疗护', '转入临终关怀', '流感阳性', '梅毒抗体复查', '急性胰腺炎', '房颤 华法林'],
    clean: ['学术交流感想 - 陈静', '压力感应器更换 - 设备科 周明', '阳性对照失控 - 周敏 技师', '隔离病区排班表 - 王丽护士长', '植物生长调节剂报价 李伟', '八月新员工培训时间表', '新员工欢迎：超声技师 Lin Yuwen', '下周三全院会议', '周日下午举办高血压健康讲座', '财务报表已更新', 'Zhou Lanying 对这次聚餐不感冒', '导管采购清单 - Zhou Lanying', '临终关怀志愿者培训 周六', '全院会议：安宁疗护服务介绍'],
  },
  vi: {
    name: 'Phan Thị Mỹ Dung',
    health: ['chăm sóc hậu sản tuần đầu', 'kết quả xét nghiệm nước tiểu', 'hẹn tái khám tiểu đường sáng thứ Năm', 'siêu âm thai tuần thứ 24', 'bị cao huyết áp', 'nhập viện tối qua', 'đơn thuốc mới',
      'thông tim tuần sau', 'nghiệm pháp dung nạp đường', 'giấy ra viện', 'suy dinh dưỡng'],
    clean: ['Biểu đồ tăng trưởng doanh số quý 3 - Lê Văn Hùng', 'Lịch họp nhân viên quý ba', 'Lớp học miễn phí về bệnh tiểu đường vào Chủ nhật', 'Chúc mừng sinh nhật chị Trần Ngọc Hân', 'Lịch trực điều dưỡng khoa Nhi tháng Mười', 'Thông tin lịch họp tuần sau', 'Phan Thị Mỹ Dung - hơi chán công việc'],
  },
  tl: {
    name: 'Rosalinda Dizon',
    health: ['resulta ng laboratoryo', 'may sakit sa puso', 'buntis, 7 buwan', 'mataas ang asukal sa dugo', 'reseta para sa altapresyon', 'hirap huminga', 'may trangkaso, hindi papasok', 'may tigdas ang bunso', 'inuubo at sinisipon', 'lumipat sa hospisyo'],
    clean: ['Maligayang pagdating sa bagong staff', 'Libreng pagsusuri ng asukal sa dugo sa plaza', 'Iskedyul ng pagsasanay sa Lunes', 'Libreng bakuna kontra trangkaso sa barangay hall', 'Positibo ang puna ng mga kliyente'],
  },
  ko: {
    name: 'Kim Soyeon',
    health: ['금연클리닉 상담 2회차', '독감 확진', '와파린 용량 조절', '혈액검사 결과지', '당뇨 진료 예약', '갑상선 초음파 결과를 보내드립니다', '환자 금요일 오후 퇴원', '폐렴으로 입원',
      '발달 평가 결과', '키와 체중 측정', '태동검사 예약', '관상동맥조영술', '협진 의뢰', '기침과 고열',
      '호스피스 병동 전원', '췌장염 진단', '담낭절제술 예정', '항체 검사 음성', '매독 치료'],
    clean: ['간호사 양성 과정 수료식 - 최유진 간호사', '양성평등 교육 안내 - 인사팀 정민호', '확진자 동선 공지 - 감염관리실 한지민 간호사', '회의 5분만 늦어요 - 이지은', '1월 직원 워크숍 장소 안내', '주차장 이용 시간 변경 안내', '고혈압 관리 교육 - 간호사 대상', '설문 결과 공유드립니다', '수액펌프 점검 일정', 'Kim Soyeon - 경제 발달 보고서', '음성 메시지 확인 부탁드립니다', '호스피스 자원봉사자 교육 일정'],
  },
  ru: {
    name: 'Ольга Петренко',
    health: ['пролежень на крестце', 'доза варфарина снижена', 'обработка пролежней', 'результаты анализов крови', 'направление на МРТ', 'сахарный диабет 2 типа', 'после ветрянки', 'беременность 12 недель', 'выписка из больницы после инсульта', 'МРТ коленного сустава',
      'КТГ плода', 'выписка из стационара', 'анализы в норме', 'консультация онколога', 'коронарография в четверг', 'ФГДС', 'прививка от гриппа',
      'лечение гонореи', 'острый панкреатит', 'аппендэктомия во вторник', 'переведена в хоспис', 'паллиативная помощь на дому', 'ПЦР на грипп', 'обострение хронического гастрита', 'лапароскопия в среду'],
    clean: ['Координатор по трансплантации Ирина Лебедева — новый телефон', 'Волонтёры хосписа: встреча с Олегом Сафоновым', 'График отпусков на лето', 'Собрание старших медсестёр кардиологии в среду', 'Результаты квартального отчёта', 'Семинар о вакцинации для школьных учителей', 'Ольга Петренко - выписка по счёту', 'Счёт за катетеры от поставщика',
      'Положительный отзыв о работе регистратуры', 'Хоспис благодарит волонтёров за помощь', 'Семинар по паллиативной помощи для медсестёр'],
  },
  uk: {
    name: 'Оксана Мельник',
    health: ['УЗД щитоподібної залози', 'результати аналізу крові', 'цукровий діабет', 'вагітність 20 тижнів', 'госпіталізація після інсульту',
      'виписка з лікарні', 'консультація онколога', 'результати аналізу сечі', 'хіміотерапія', 'щеплення від кору', 'ЕКГ у спокої', 'сифіліс, лікування', 'гістеректомія в п\'ятницю', 'паліативна допомога вдома'],
    clean: ['Швидка допомога з формулами — Ірина Бондар', 'Графік чергувань на грудень', 'Навчання для нових працівників', 'Оксана Мельник - виписка з реєстру', 'Дякуємо за чергування в реанімації'],
  },
  ar: {
    name: 'Yousef Khalil',
    health: ['قرحة فراش في الظهر', 'تنظير المعدة يوم الاحد', 'نتائج تحاليل الدم الأخيرة', 'نتائج تحليل السكر', 'موعد جلسة غسيل الكلى القادمة', 'مرض السكري', 'ارتفاع ضغط الدم', 'للمريضة في العناية المركزة', 'صورة أشعة سينية للصدر',
      'كسر في الكاحل الأيسر', 'فحص سكر الحمل', 'موعد القسطرة القلبية', 'تخطيط قلب غير طبيعي', 'نوبة الربو', 'استشارة طب الأورام', 'تحليل وظائف الكلى',
      'فحص السل الجلدي', 'التهاب المرارة الحاد', 'نقل إلى الرعاية التلطيفية', 'نتيجة سلبية لفحص كورونا', 'استئصال الزائدة يوم الخميس', 'مسحة الحلق'],
    clean: ['مراجعة العقد - نتيجة إيجابية - كريم الحداد', 'اختبار حمل للرافعة الجديدة - المهندس ماجد سالم', 'اجتماع قسم المحاسبة يوم الأحد', 'ورشة تدريب على السلامة من الحرائق - الأربعاء', 'قسم الصيدلة يرحب بكم', 'Yousef Khalil - خطاب ضمان بنكي', 'Yousef Khalil - كسر الرقم القياسي', 'Yousef Khalil - ارتفاع غير طبيعي في الأسعار', 'دورة الإسعافات الأولية للموظفين', 'تقييم إيجابي لأداء الفريق', 'محاضرة توعية عن مرض السل للموظفين'],
  },
  ht: {
    name: 'Mme Wideline Joseph',
    health: ['rezilta tès san', 'tès sik jodi a', 'li gen tansyon wo', 'li ansent 6 mwa', 'randevou doktè pou dyabèt', 'glikoz 240', 'foto blese pye a'],
    clean: ['Orè biwo a ap chanje nan mwa desanm', 'Fòmasyon sou dyabèt pou kominote a samdi', 'Mèsi pou ekip la', 'Mesi pou fomasyon an, Wideline Joseph'],
  },
  pt: {
    name: 'Sr. Anselmo Brito',
    health: [
      'pós-op dia 3, dreno com 40 mL', 'resultado do exame de sangue', 'ultrassom obstétrico, 22 semanas', 'pressão alta', 'internado desde ontem', 'receita de insulina',
      'consulta de cardiologia', 'exames pré-natais', 'encontro das gestantes de risco', 'internamento', 'caiu em casa', 'lar de idosos', 'atendimento domiciliar',
      'consulta com o oncologista', 'curva glicêmica', 'teste do pezinho', 'puericultura', 'cálculo renal', 'cateterismo cardíaco',
    ],
    clean: ['Curva de crescimento do faturamento - Paulo Reis', 
      'Treinamento de combate a incêndio - inscrições até 12/09', 'Reunião da equipe de enfermagem', 'Palestra sobre diabetes para a comunidade', 'Novo telefone de agendamento: 555-0150', 'Escala de plantão da UTI - outubro',
      'Sistema de prontuário lento hoje - Renata Farias, equipe de TI', 'Anselmo Brito - sistema de prontuário fora do ar', 'Sonda de temperatura do freezer com defeito',
    ],
  },
  pl: {
    name: 'Halina Wróblewska',
    health: [
      'wyniki badań krwi', 'cukrzyca typu 2', 'wypis ze szpitala po zawale', 'skierowanie na kolonoskopię', 'RTG kręgosłupa', 'w ciąży',
      'wypis z SOR', 'zdjęcie rany', 'karta wypisowa', 'dom opieki', 'opieka domowa', 'zmiana opatrunku', 'TK głowy',
    ],
    clean: ['Grafik urlopów na sierpień', 'Zebranie zespołu - oddział dializ, wrzesień', 'Szkolenie z RODO w piątek', 'SOR - zebranie zespołu'],
  },
  fr: {
    name: 'Mme Odile Garnier',
    health: [
      'résultats de la prise de sang', 'diabète gestationnel', 'hospitalisée depuis lundi', 'échographie du 3e trimestre', 'ordonnance de metformine', 'fracturée du poignet',
      'insomnie depuis un mois', 'escarre au talon', 'EHPAD', 'lettre de liaison', 'TDM thoracique', 'tombée à domicile, SAU', 'soins à domicile',
    ],
    clean: ['Formation incendie obligatoire mardi', 'Réunion de service jeudi', 'Journée de dépistage du diabète - affiches à imprimer', 'Bienvenue à Claire Martel, nouvelle infirmière'],
  },
  de: {
    name: 'Frau Ilse Brandauer',
    health: [
      'Blutzuckerwerte zu hoch', 'Laborbefund von gestern', 'Überweisung zur Darmspiegelung', 'Entlassbrief nach Herzinfarkt', 'schwanger, 28. Woche', 'Rezept für Insulin',
      'Wundfoto', 'ZNA, hingefallen', 'Pflegeheim', 'häusliche Pflege', 'Kernspin', 'Dekubitus am Steiß',
    ],
    clean: ['Dienstplan für Dezember', 'Fortbildung Diabetes am Mittwoch', 'Herzlich willkommen, Jonas Albers', 'Rechnung für Büromaterial', 'Dienstplan ZNA Dezember'],
  },
  so: {
    name: 'Faadumo Warsame',
    health: ['natiijada baaritaanka dhiigga', 'sonkorow iyo dhiig kar', 'ballanta dhakhtarka', 'qalliinka wadnaha', 'ballanta wadnaha waa dib loo dhigay', 'ballanta indhaha'],
    clean: ['Kulanka shaqaalaha Talaadada', 'Jadwalka fasaxa', 'Hawlgab: Faadumo Warsame (shaybaarka) - 30 sano', 'Faadumo Warsame - ballanta shirka'],
  },
  am: {
    name: 'Mrs. Tsehay Alemayehu',
    health: ['የሽንት ምርመራ ውጤት', 'የስኳር በሽታ', 'የደም ግፊት', 'ቀዶ ጥገና', 'የስኳር ህመም ክትትል', 'ነፍሰ ጡር', 'የእርግዝና ምርመራ', 'ሆስፒታል ተኝታለች'],
    clean: ['የሰራተኞች ስብሰባ ሐሙስ', 'እንኳን ደህና መጡ', 'ጡረታ: አቶ ተስፋዬ ወልዴ (ላብራቶሪ) – 30 ዓመት አገልግሎት', 'የልብስ ስፌት መርፌ ግዢ'],
  },
  it: {
    name: 'Giulia Bellandi',
    health: [
      'riacutizzazione di BPCO', 'esami del sangue', 'ricoverata da ieri', 'pressione alta', 'referto della risonanza magnetica', 'paziente dimessa ieri', 'TAC addome',
      'polmonite', 'appuntamento per la visita di controllo', 'emocromo', 'visita cardiologica', 'casa di riposo', 'assistenza domiciliare', 'caduta in casa, ferita al braccio',
      'nevo atipico sulla schiena', 'referto radiologico', 'referto di laboratorio',
    ],
    clean: ['Riunione del reparto giovedì', 'Corso di formazione sulla privacy', 'Corso di formazione sul diabete', 'Giulia Bellandi - referto della riunione'],
  },
  sv: {
    name: 'Karin Sjöström',
    health: ['provsvar blodprov', 'remiss till kardiologi', 'inlagd sedan igår', 'högt blodtryck', 'labbsvar', 'trycksår', 'hemtjänst', 'äldreboende', 'magnetkamera', 'ramlade, akutmottagningen'],
    clean: ['Schema för december', 'Välkommen till avdelningen, Elin Berg', 'Utbildning på akutmottagningen'],
  },
  tr: {
    name: 'Ayşe Demirtaş',
    health: [
      'MR raporu geldi', 'kan tahlili sonuçları', 'şeker hastalığı', 'ameliyat sonrası kontrol randevusu', 'hamile 20 hafta', 'epikriz raporu', 'hastaneye yatırıldı',
      'idrar tahlili sonuçları', 'böbrek yetmezliği', 'tansiyon ilaçları', 'yara bakımı', 'evde bakım', 'huzurevine nakil', 'bası yarası', 'kardiyolojiye sevk', 'yara fotoğrafı',
      // Typed without the Turkish letters.
      'hasta yakini bilgilendirildi', 'beyin MR rapor', 'MR raporlari', 'tansiyon hastasi', 'seker hastaligi',
      'anjiyo sonrası kontrol', 'koroner anjiyografi', 'bilek kırığı', 'efor testi', 'tiroid nodülü', 'hamilelik 30. hafta',
    ],
    clean: ['Toplantı perşembe günü', 'Nöbet listesi aralık', 'Doğum günün kutlu olsun', 'Hos geldiniz Ayse Demirtas - egitim programi', 'Ayşe Demirtaş - araç kontrol randevusu', 'Kateter ve stent fiyat teklifi'],
  },
  ja: {
    name: 'Tanaka Hiroko',
    health: ['褥瘡の処置', 'ワーファリンの量', '血液検査の結果', '糖尿病の診察予約', '入院中', '高血圧の処方', '帯状疱疹', '脳波の予約', '抗ウイルス薬'],
    clean: ['本日の会議', '新人研修のお知らせ', 'お疲れ様です'],
  },
  hi: {
    name: 'Anjali Verma',
    health: ['खून की जांच रिपोर्ट', 'मधुमेह', 'डायलिसिस का समय बदला', 'अस्पताल में भर्ती'],
    clean: ['कर्मचारियों की बैठक मंगलवार को', 'नमस्ते सभी को'],
  },
  he: {
    name: 'Noa Friedman',
    health: [
      'קולונוסקופיה ביום שלישי', 'פצע לחץ בעקב', 'תוצאות בדיקת דם', 'סוכרת', 'בהריון, שבוע 30', 'מאושפזת בטיפול נמרץ', 'נפלה בבית, מיון', 'רנטגן', 'בית אבות',
      // Yiddish in Hebrew letters.
      'רעצעפט', 'בלוט טעסט',
    ],
    clean: ['ישיבת צוות ביום שלישי', 'סידור עבודה לחודש דצמבר'],
  },
  fa: {
    name: 'Farah Moradi',
    health: ['ترک سیگار هفته دوم', 'جواب آزمایش خون', 'دیابت نوع ۲', 'بستری در بیمارستان', 'آزمایش\u200cهای خون', 'داروهای جدید', 'bastari', 'آزمایش ادرار', 'سنگ کلیه', 'ترخیص از بیمارستان', 'اکو قلب', 'سی تی اسکن'],
    clean: [
      'جلسه کارکنان روز سه\u200cشنبه', 'برنامه شیفت\u200cهای آذر ماه', 'Farah Moradi - معاینه فنی خودرو',
      // "Dear patient": the word of address is no name.
      'بیمار گرامی، نتایج آزمایش شما آماده است', 'بیمار عزیز - نوبت دکتر شما تغییر کرد',
    ],
  },
  ur: {
    name: 'Ayesha Siddiqui',
    health: ['ہیپاٹائٹس بی ویکسین', 'خون کا ٹیسٹ', 'ذیابیطس', 'ہسپتال میں داخل', 'مریضہ کی رپورٹ', 'mareez ki report', 'یرقان', 'بلڈ ٹیسٹ کی رپورٹ', 'حمل کا ٹیسٹ', 'ڈینگی بخار'],
    clean: ['عملے کا اجلاس منگل کو', 'دسمبر کی ڈیوٹی کا شیڈول', 'مریض محترم - خون کا ٹیسٹ'],
  },
  // Hindi and Urdu typed in Latin letters (ur.ts).
  hi_latn: {
    name: 'Sunita Chauhan',
    health: ['khoon ki janch', 'sugar ki bimari', 'aspatal mein bharti', 'seene mein dard', 'garbhvati, 7 mahine', 'dawaiyan khatam', 'mareeza ki report', 'peeliya', 'sugar aur BP ki report', 'BP ki dawai khatam', 'dil ka daura'],
    clean: ['Karmchariyon ki baithak Mangalvar ko', 'Sunita Chauhan - janch committee ki report', 'Sunita Chauhan - naye computer ki janch', 'Sunita Chauhan - sugar aur chai ka bill'],
  },
  bn: {
    name: 'Sadia Rahman',
    health: ['থ্যালাসেমিয়া রক্ত পরিসঞ্চালন', 'রক্ত পরীক্ষার রিপোর্ট', 'ডায়াবেটিস', 'হাসপাতালে ভর্তি', 'গর্ভবতী', 'ক্যান্সারের চিকিৎসা'],
    clean: ['কর্মীদের সভা মঙ্গলবার', 'ডিসেম্বরের ডিউটি তালিকা', 'সরকার ঘোষিত ছুটির তালিকা', 'বিশ্বাস ও আস্থার কর্মশালা', 'ডাঃ নাসরিন হক - ডায়াবেটিস ক্লিনিক সময়সূচি', 'প্রদীপ প্রজ্জ্বলন - বিশ্ব হৃদয় দিবস'],
  },
  yo: {
    name: 'Funmilayo Adebisi',
    health: ['àtọ̀gbẹ', 'ẹ̀jẹ̀ ríru', 'èsì àyẹ̀wò ẹ̀jẹ̀', 'aláìsàn ilé ìwòsàn', 'aboyun', 'ise abe', 'itosuga', 'ayewo oyun'],
    clean: ['Ìpàdé òṣìṣẹ́ ní ọjọ́ Ìṣẹ́gun', 'Ẹ kú iṣẹ́ o', 'Ìdánilẹ́kọ̀ọ́ fún òṣìṣẹ́ ilé ìwòsàn'],
  },
  rw: {
    name: 'Claudine Uwimana',
    health: ["ibisubizo by'ibizamini by'amaraso", 'diyabete', "ikizamini cy'amaraso"],
    clean: ["Inama y'abakozi ku wa kabiri", 'Murakaza neza'],
  },
  ps: {
    name: 'Abdullah Zadran',
    health: ['د وینې ازموینې پایلې', 'د وینې فشار', 'روغتون ته داخل'],
    clean: ['د کارکوونکو غونډه سه شنبه', 'د ژباړونکي مهالویش'],
  },
  gu: {
    name: 'Hansaben Desai',
    health: ['લોહીની તપાસ', 'ડાયાબિટીસ', 'બ્લડ પ્રેશર', 'ડાયાલિસિસ', 'ગર્ભવતી'],
    clean: ['સ્ટાફ મીટિંગ મંગળવારે', 'ગુજરાતી દુભાષિયાની જરૂર'],
  },
  te: {
    name: 'Venkata Lakshmi Reddy',
    health: ['రక్త పరీక్ష', 'మధుమేహం', 'షుగర్ టెస్ట్', 'డయాలసిస్', 'గర్భవతి'],
    clean: ['సిబ్బంది సమావేశం మంగళవారం', 'తెలుగు దుబాసి కావాలి'],
  },
  pa: {
    name: 'Harpreet Sandhu',
    health: ['ਖੂਨ ਦੀ ਜਾਂਚ ਰਿਪੋਰਟ', 'ਡਾਇਬਟੀਜ਼', 'ਦਵਾਈ ਬਦਲੀ', 'ਐਕਸਰੇ', 'ਗਰਭਵਤੀ'],
    clean: ['ਸਟਾਫ ਦੀ ਮੀਟਿੰਗ ਮੰਗਲਵਾਰ', 'ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ'],
  },
  ne: {
    name: 'Maya Gurung',
    health: ['रगत जाँचको रिपोर्ट', 'चिनी रोग', 'अस्पतालमा भर्ना', 'बिरामीको औषधि', 'ragat janch', 'क्षयरोग', 'भिडियो एक्सरे', 'टाउको दुखाइ'],
    clean: ['कर्मचारी बैठक मंगलबार', 'पुस महिनाको ड्युटी तालिका'],
  },
  el: {
    name: 'Eleni Papadakis',
    health: [
      'αποτελέσματα εξετάσεων αίματος',
      'αποτελέσματα αίματος',
      'διαβήτης τύπου 2',
      'εξιτήριο από το νοσοκομείο',
      'έγκυος 20 εβδομάδων',
      'πυρετός και βήχας',
      'έγκριση χημειοθεραπείας',
      'γενική αίματος',
      'επιληψία',
      'μαστογραφία',
      'αιμοκάθαρση τρεις φορές την εβδομάδα',
      'παραπομπή για μαγνητική τομογραφία',
      'πληγή στο πόδι',
      'γηροκομείο',
      'πτώση στο σπίτι, ΤΕΠ',
      // Greek typed in Latin letters.
      'exetaseis aimatos',
      'exitirio',
      'aksoniki',
      'parapemptiko gia magnitiki tomografia',
    ],
    clean: [
      'Συνάντηση προσωπικού την Τρίτη',
      'Πρόγραμμα βαρδιών Δεκεμβρίου',
      'Καλωσόρισμα νέων νοσηλευτών',
      'Μονάδα αιμοκάθαρσης: πρόγραμμα εφημεριών',
      'Ημερίδα για τον διαβήτη στο δημαρχείο',
      'Νοσοκομείο Αγία Σοφία - νέα πτέρυγα',
      'Φαρμακείο Κωνσταντινίδης - τιμολόγιο',
      'Ιατρείο Ευαγγελίας Παπαδοπούλου - εμβόλια',
      'Καλωσορίζουμε την κα Παπαδάκη, νέα νοσηλεύτρια στην αιμοκάθαρση',
    ],
  },
  nl: {
    name: 'Anna Bakker',
    health: [
      'stoppen met roken, week 3', 'uitslag bloedonderzoek', 'suikerziekte', 'zwanger, 20 weken', 'ziekenhuisopname na hartinfarct', 'herhaalrecept medicatie',
      'labuitslagen', 'ontslag uit ziekenhuis, verwijsbrief', 'gevallen, naar de SEH', 'wondfoto', 'thuiszorg', 'verhuizing naar verpleeghuis',
      'medicatieoverzicht', 'afspraak cardioloog', 'medicatielijst bijgewerkt', 'afspraak bij de neuroloog',
    ],
    clean: [
      'Vergadering afdeling dinsdag', 'Welkom Sanne de Wit, nieuwe collega', 'Rooster SEH december', 'Welkom op de eerste hulp, Sanne de Wit',
      'Fleur Dekker begint maandag als verpleegkundige op de dialyse', 'Cursus voor verpleegkundigen - dagbehandeling', 'Afscheid van Anna Bakker - bedankt',
    ],
  },
  ro: {
    name: 'Elena Popa',
    health: [
      'renunțare la fumat, a doua ședință', 'rezultatele analizelor de sânge', 'diabet zaharat', 'externare din spital', 'însărcinată în 20 de săptămâni', 'pacienta internată',
      'îngrijire paliativă', 'analize de sânge', 'bilet de externare', 'a căzut acasă, UPU', 'escară sacrală', 'cămin de bătrâni', 'consult cardiologic', 'îngrijire la domiciliu',
      // Typed without diacritics.
      'programare la cardiolog', 'eruptie cutanata', 'rezultatele analizelor', 'recuperare cardiaca', 'programare la medic de familie',
    ],
    clean: ['Ședința departamentului marți', 'Bun venit, Andrei Ionescu', 'Program de gardă UPU - decembrie', 'Elena Popa - eruptie vulcanica in Islanda', 'Andrei Ionescu - programare Python'],
  },
  sw: {
    name: 'Amina Mwangi',
    health: ['majibu ya vipimo vya damu', 'kisukari', 'amelazwa hospitalini', 'mjamzito wiki 20', 'upasuaji wa goti', 'gari la wagonjwa lilimchukua'],
    clean: ['Mkutano wa wafanyakazi Jumanne', 'Karibu Neema Otieno', 'Salim Mwinyi ameanza kazi kama dereva mpya wa gari la wagonjwa', 'Karibuni wafanyakazi wapya', 'Amina Mwangi - muuguzi mpya wa upasuaji', 'Dkt. Neema Otieno yuko likizo - kliniki ya kisukari imefungwa Jumanne'],
  },
  hy: {
    name: 'Ani Petrosyan',
    health: [
      'արյան անալիզների արդյունքները',
      'շաքարախտ',
      'վիրահատությունից հետո',
      'հղիության 20-րդ շաբաթ',
      'դեղատոմս ինսուլինի համար',
      'դուրս գրվել է հիվանդանոցից',
      'ՄՌՏ',
      'թոքաբորբ',
      'ԷԿԳ',
      'ուլտրաձայնային հետազոտություն',
    ],
    clean: [
      'Բարի գալուստ մեր նոր աշխատակցին',
      'Հերթապահության գրաֆիկ դեկտեմբերի համար',
      'Շաքարախտի մասին դասախոսություն հանրության համար',
      'Թարգմանիչների գրաֆիկ - Անի Պետրոսյան',
      'Միքայելյան ինստիտուտի սրտաբանության բաժանմունք',
      'Երեւանյան բժշկական կենտրոնի ժողով',
      'Հայաստանի Հանրապետության առողջապահության նախարարություն - պատվաստում',
      'Ողջունում ենք տիկին Հակոբյանին, դիալիզի բաժանմունք',
    ],
  },
  ka: {
    name: 'Nino Beridze',
    health: ['სისხლის ანალიზის შედეგები', 'დიაბეტი', 'ორსულობის 20 კვირა', 'საავადმყოფოდან გაწერა', 'ინსულინის რეცეპტი', 'ულტრაბგერითი კვლევა', 'მრტ', 'პნევმონია', 'ანალიზები'],
    clean: ['მორიგეობის გრაფიკი დეკემბერში', 'დიაბეტის ლექცია საზოგადოებისთვის', 'ჭავჭავაძის გამზირზე ახალი კლინიკა', 'თარჯიმანი ნინო ბერიძე - ორშაბათი', 'ლექცია დიაბეტზე - ნინო ბერიძე', 'კეთილი იყოს თქვენი მობრძანება, ნინო ბერიძე - დიალიზის განყოფილება'],
  },
  th: {
    name: 'Somchai Jaidee',
    health: ['ผลตรวจเลือด', 'เบาหวาน', 'ตั้งครรภ์ 20 สัปดาห์', 'นัดพบแพทย์วันจันทร์', 'ใบสั่งยาอินซูลิน', 'ผ่าตัดไส้ติ่ง', 'อัลตราซาวด์', 'ออกจากโรงพยาบาลเมื่อวาน', 'ความดันโลหิตสูง'],
    clean: [
      'ยินดีต้อนรับพนักงานใหม่',
      'ตารางเวรพยาบาลเดือนธันวาคม',
      'อบรมเรื่องเบาหวานสำหรับชุมชน',
      'ตรวจสอบเอกสารการเงิน',
      'ขอบคุณคุณสมศรีที่ช่วยงาน',
      'ล่าม คุณสมศรี ใจดี - ห้องฉุกเฉิน',
      'ผลการตรวจสอบบัญชี นายสมชาย ใจดี',
      'นายสมชาย ใจดี - รักษาความปลอดภัย',
      'โรงพยาบาลศิริราช',
      'ตารางล่ามภาษาไทย: คุณสมศรี ใจดี จันทร์-พุธ แผนกฉุกเฉิน',
    ],
  },
  lo: {
    name: 'Somphone Phommavong',
    health: ['ກວດເລືອດ', 'ເບົາຫວານ', 'ຖືພາ 6 ເດືອນ', 'ນອນໂຮງໝໍ', 'ຜ່າຕັດ'],
    clean: ['ຍິນດີຕ້ອນຮັບພະນັກງານໃໝ່', 'ກອງປະຊຸມພະແນກ', 'ກວດກາເອກະສານ', 'ຍິນດີຕ້ອນຮັບ ທ້າວ ສົມພອນ ພົມມະວົງ ພະນັກງານໃໝ່'],
  },
  km: {
    name: 'Heng Sophea',
    health: ['ពិនិត្យឈាម', 'ទឹកនោមផ្អែម', 'មានផ្ទៃពោះ ៥ ខែ', 'វះកាត់', 'សម្រាកពេទ្យ'],
    clean: ['សូមស្វាគមន៍បុគ្គលិកថ្មី', 'កិច្ចប្រជុំប្រចាំខែ', 'វគ្គបណ្តុះបណ្តាលស្តីពីជំងឺទឹកនោមផ្អែម', 'សូមស្វាគមន៍ លោក ហេង សុភា បុគ្គលិកថ្មី ផ្នែកវះកាត់', 'អ្នកបកប្រែ លោកស្រី សុខា ថ្ងៃចន្ទ'],
  },
  my: {
    name: 'Aung Kyaw',
    health: ['သွေးစစ်ဆေးမှု', 'ဆီးချို', 'ကိုယ်ဝန် ၆ လ', 'ခွဲစိတ်', 'ဆေးရုံတက်'],
    clean: ['ဝန်ထမ်းအစည်းအဝေး', 'ဆီးချိုရောဂါ ပညာပေး သင်တန်း', 'ကြိုဆိုပါသည် ဒေါ်ခင်မြင့် သူနာပြု', 'ဘာသာပြန် ဦးအောင်ကျော် - ဆေးရုံ'],
  },
  ta: {
    name: 'Murugan Selvam',
    health: ['இரத்த பரிசோதனை', 'நீரிழிவு நோய்', 'காய்ச்சல்', 'மருத்துவமனையில் அனுமதி', 'அறுவை சிகிச்சை', 'கர்ப்பம் 20 வாரம்', 'நோயாளிக்கு மருந்துகள்'],
    clean: ['ஊழியர் கூட்டம் செவ்வாய்க்கிழமை', 'நீரிழிவு விழிப்புணர்வு கருத்தரங்கு', 'நீரிழிவு கருத்தரங்கு - திரு. முருகன்', 'திரு. முருகன் மருத்துவமனை - நீரிழிவு பரிசோதனை முகாம்', 'மொழிபெயர்ப்பாளர் திரு. முருகன் - திங்கள்', 'திருமதி லக்ஷ்மியை வரவேற்கிறோம் - டயாலிசிஸ் பிரிவு'],
  },
  mn: {
    name: 'Ц.Энхтуяа',
    health: ['цусны шинжилгээний хариу', 'чихрийн шижин', 'жирэмсэн 20 долоо хоног', 'эмнэлэгт хэвтсэн', 'мэс засал хийлгэсэн', 'хэт авиан шинжилгээ'],
    clean: [
      'Ажилтнуудын хурал мягмар гарагт',
      'Чихрийн шижингийн тухай лекц',
      'Эмнэлгийн шинжилгээний хариу',
      'Сүхбаатарын талбай - шинжилгээний төв',
      'Монгол Улсын эрүүл мэндийн яам - вакцинжуулалт',
      'Гэмтэл Согог Судлалын Үндэсний Төв - мэс засал',
      'Тавтай морилно уу, Ц.Энхтуяа - шинэ сувилагч',
    ],
  },
  ti: {
    name: 'Filmon Tesfay',
    health: ['መርመራ ደም', 'ሕማም ሽኮርያ', 'መጥባሕቲ', 'ጥንሲ 20 ሰሙን'],
    clean: ['ኣኼባ ሰራሕተኛታት', 'ኣቶ ሃብቶም ተኽለ - ኣኼባ ሰራሕተኛታት'],
  },
  hu: {
    name: 'Kovács Éva',
    health: [
      'vérvétel eredménye', 'laboreredmények', 'zárójelentés', 'beutaló kardiológiára', 'cukorbetegség', 'terhes, 20. hét', 'combnyaktörés, elesett otthon', 'sebfotó',
      'MR vizsgálat eredménye', 'felvétel a sürgősségire', 'dialízis', 'otthoni ápolás', 'idősek otthonába költözik', 'kardiológiai kontroll',
    ],
    clean: ['Osztályértekezlet csütörtökön', 'Ügyeleti beosztás decemberre', 'Üdvözöljük új kollégánkat, Nagy Pétert', 'Továbbképzés: cukorbetegség - előadás', 'Kardiológiai osztály - karácsonyi ünnepség', 'Nagy Péter nyugdíjba vonulása - köszönjük'],
  },
  cs: {
    name: 'Jana Nováková',
    health: [
      'výsledky krevních testů', 'krevní obraz', 'propouštěcí zpráva', 'doporučení na kardiologii', 'hospitalizace od pondělí', 'těhotenství 20. týden', 'cukrovka',
      'upadla doma, zlomenina krčku', 'foto rány', 'dialýza', 'domácí péče', 'kardiologické vyšetření', 'magnetická rezonance', 'výsledky vyšetření na urgentním příjmu',
      // Slovak, where its keys are the Czech ones.
      'výsledky vyšetrenia z pohotovosti', 'tehotenstvo',
      // Typed without diacritics.
      'objednani na MR', 'objednana na CT', 'vysledky biochemie', 'krevni tlak 160/95', 'tlak 165/100',
    ],
    clean: [
      'Porada oddělení ve čtvrtek', 'Rozpis služeb na prosinec', 'Vítejte, Petr Svoboda - nový kolega na oddělení kardiologie', 'Školení o cukrovce - přednáška', 'Petr Svoboda odchází do důchodu - děkujeme',
      'Nový kurz pro pacienty po operaci kyčle začíná v březnu', 'Kurz pro pacienty s cukrovkou - nový termín', 'Petr Svoboda - kurz pro diabetiky',
    ],
  },
  fi: {
    name: 'Anna Virtanen',
    health: [
      'verikokeiden tulokset', 'laboratoriotulokset', 'lähete kardiologille', 'kotiutus osastolta', 'epikriisi', 'raskaana', 'raskausviikko 20', 'kaatui kotona, lonkkamurtuma',
      'haavakuva', 'magneettikuvaus', 'TT-kuvaus', 'dialyysi', 'kotihoito', 'siirto hoivakotiin', 'sokeritauti', 'potilaan lääkkeet',
    ],
    clean: ['Osaston palaveri torstaina', 'Työvuorolista joulukuulle', 'Tervetuloa, Mikko Korhonen - uusi sairaanhoitaja', 'Koulutus: diabetes - luento', 'Läksiäiset Mikko Korhoselle - kiitos'],
  },
  da: {
    name: 'Mette Nielsen',
    health: [
      'blodprøvesvar', 'svar på blodprøver', 'udskrivelse og epikrise', 'henvisning til kardiologisk ambulatorium', 'indlagt siden mandag', 'indlæggelse på akutmodtagelsen',
      'faldt i hjemmet, hoftebrud', 'sårbillede', 'MR-scanning', 'dialyse', 'hjemmepleje', 'flytning til plejehjem', 'sukkersyge', 'kræft',
    ],
    clean: ['Personalemøde på afdelingen torsdag', 'Vagtplan for december', 'Velkommen til Lars Hansen, ny sygeplejerske', 'Foredrag om sukkersyge - kursus', 'Afsked med Lars Hansen - tusind tak'],
  },
  no: {
    name: 'Kari Hansen',
    health: [
      'legetime hos kardiolog', 'innlagt på sykehus', 'innleggelse via legevakten', 'utskrevet, epikrise', 'sårstell', 'hjemmesykepleie', 'flytter til sykehjem', 'kreften',
      'høyt blodtrykk', 'blodprøver',
    ],
    clean: ['Vaktliste for desember', 'Velkommen til ny sykepleier Ola Nordmann', 'Foredrag om diabetes - kurs', 'Avskjed med Ola Nordmann - tusen takk'],
  },
  hr: {
    name: 'Ivana Horvat',
    health: [
      'nalazi krvi', 'krvna slika', 'laboratorijski nalazi', 'otpusno pismo', 'uputnica za kardiologa', 'hospitalizacija', 'trudnoća 20. tjedan', 'šećerna bolest',
      'pala kod kuće, prijelom kuka', 'dekubitus, slika rane', 'magnetska rezonanca', 'dijaliza', 'kućna njega', 'premještaj u dom za starije', 'kardiološki pregled',
      // Serbian and Bosnian in Latin letters.
      'analiza krvi', 'otpusna lista', 'hitna pomoć',
    ],
    clean: ['Sastanak odjela u četvrtak', 'Raspored dežurstava za prosinac', 'Dobrodošli, Marko Kovačević - nova medicinska sestra', 'Predavanje o dijabetesu - tečaj', 'Odjel za dijalizu - raspored smjena', 'Marko Kovačević odlazi u mirovinu - hvala'],
  },
  sr: {
    name: 'Јелена Петровић',
    health: ['анализа крви', 'отпусна листа', 'упутница за кардиолога', 'шећерна болест', 'налаз крви', 'хитна помоћ', 'хоспитализација'],
    clean: ['Распоред дежурстава за децембар', 'Добродошли, нова медицинска сестра', 'Одељење за дијализу - распоред'],
  },
  sq: {
    name: 'Arben Hoxha',
    health: [
      'analizat e gjakut', 'rezultatet e analizave', 'fletëdalje nga spitali', 'referim për kardiologji', 'u shtrua në spital', 'shtatzënë 20 javë', 'diabeti', 'foto e plagës',
      'rezonanca magnetike', 'dializë', 'kujdes në shtëpi', 'shtëpi pleqsh', 'vizitë kardiologjike',
    ],
    clean: ['Mbledhje e repartit të enjten', 'Orari i kujdestarisë për dhjetor', 'Mirë se erdhe, Elira Krasniqi - infermiere e re', 'Leksion për diabetin - trajnim', 'Lamtumirë Elira Krasniqi - faleminderit'],
  },
  bg: {
    name: 'Мария Иванова',
    health: [
      'резултати от кръвни изследвания', 'кръвна картина', 'кръвно налягане', 'епикриза', 'направление за кардиолог', 'хоспитализация', 'изписана вчера', 'бременност 20 седмица',
      'захарен диабет', 'падна вкъщи, фрактура на бедрото', 'ЯМР', 'диализа', 'домашни грижи', 'кардиологичен преглед', 'болничен лист',
    ],
    clean: ['Събрание на отделението в четвъртък', 'График на дежурствата за декември', 'Добре дошли, Петър Георгиев - нова медицинска сестра', 'Лекция за диабета - обучение', 'Петър Георгиев се пенсионира - благодарим'],
  },
  lt: {
    name: 'Jonas Petraitis',
    health: [
      'kraujo tyrimo rezultatai', 'kraujo tyrimai', 'epikrizė', 'siuntimas pas kardiologą', 'paguldytas į ligoninę', 'nėštumas 20 savaičių', 'cukrinis diabetas',
      'nukrito namuose, šlaunikaulio lūžis', 'žaizdos nuotrauka', 'echoskopija', 'dializė', 'slauga namuose', 'perkėlimas į slaugos namus', 'kardiologo konsultacija',
    ],
    clean: ['Skyriaus susirinkimas ketvirtadienį', 'Budėjimų grafikas gruodžiui', 'Sveiki atvykę, Tomas Jankauskas - nauja slaugytoja', 'Paskaita apie diabetą - mokymai', 'Tomas Jankauskas išeina į pensiją - ačiū'],
  },
  hmn: {
    name: 'Mai Xiong',
    health: ['kuaj ntshav', 'ntshav qab zib', 'tshuaj tshiab', 'pw tsev kho mob', 'xeeb tub 6 hlis'],
    clean: ['Txais tos neeg ua haujlwm tshiab', 'Mai Xiong - tsev kho mob'],
  },
  // Russian and Ukrainian typed in Latin letters (ru.ts).
  ru_latn: {
    name: 'Tamara Zhukova',
    health: ['vypiska iz bolnitsy', 'analizy krovi', 'napravlenie na MRT', 'priyom u endokrinologa', 'beremennost 24 nedeli', 'gipertoniya', 'perelom ruki', 'sakharnyi diabet', 'gospitalizatsiya', 'davlenie 175/105'],
    clean: ['Grafik dezhurstv na dekabr', 'Sobranie otdeleniya v sredu', 'Tamara Zhukova - otchet za kvartal, analiz prodazh', 'Tamara Zhukova - novoe napravlenie raboty', 'Tamara Zhukova - priem na rabotu'],
  },
  uk_latn: {
    name: 'Bohdana Savchuk',
    health: ['vypyska z likarni', 'napravlennia do nevroloha', 'vahitnist 30 tyzhniv', 'zlamana ruka', 'tsukrovyi diabet', 'patsiientka'],
    clean: ['Hrafik cherhuvan na hruden', 'Navchannia dlia novykh pratsivnykiv'],
  },
  // Arabic typed in Latin letters and digits ("Arabizi", ar.ts).
  ar_latn: {
    name: 'Nadia Khoury',
    health: ['ta7lil dam', 'natijat el ta7lil', '3ando sukkar', 'marad el sukkar', 'ghaseel kela', 'roshetta jdide', 'el mareeda', 'daght 3ali', 'mawid el doktor', 'sukkar 310'],
    clean: ['Ijtima3 el qism yom el a7ad', 'Mabrouk Nadia Khoury 3al tarfee3', 'Nadia Khoury - ta7lil el bayanat', 'Nadia Khoury - mawid el ijtima3'],
  },
  // Mandarin in pinyin and Korean romanised (zho.ts, kor.ts): the words count in lower case only.
  zho: {
    name: 'Wang Lihua',
    health: ['xuetang 260', 'tangniaobing', 'gaoxueya', 'zhuyuan', 'mingtian fuzhen', 'bingren', 'touxi', 'xindiantu', 'chiyao'],
    clean: ['Huanying xin tongshi', 'Wang Lihua - kaihui 3pm', 'Xue Tang joins the pharmacy team', 'Lunch with Hua Yan'],
  },
  kor: {
    name: 'Kim Ha-eun',
    health: ['hwanja', 'geomsa gyeolgwa', 'dangnyo', 'ipwon', 'susul', 'hyeoldang 250', 'gaseum tongjeung', 'naesigyeong'],
    clean: ['Kim Ha-eun - gyeolgwa bogo', 'Kim Ha-eun - yeyak', 'Hoeui 3pm - Kim Ha-eun'],
  },
  // Japanese in Latin letters (jpn.ts).
  jpn: {
    name: 'Keiko Morimoto',
    health: ['kensa kekka', 'ketsueki kensa', 'nyuin', 'shindansho', 'ninshin 20 shu', 'tonyobyo', 'touseki', 'shohosen', 'kouketsuatsu'],
    clean: ['Kaigi no oshirase', 'Keiko Morimoto - kenshu: touseki', 'Keiko Morimoto - kekka no houkoku, uriage', 'Yakuzaishi muke benkyokai: shohosen no yomikata (Morimoto)'],
  },
  id: {
    name: 'Dewi Anggraini',
    health: ['pasien rawat inap', 'kencing manis', 'hasil lab', 'cek darah', 'Resume Medis', 'cuci darah', 'darah tinggi', 'luka bakar', 'ibu hamil 7 bulan', 'surat rujukan'],
    clean: ['Selamat datang, perawat baru di IGD', 'Rapat bulanan staf hari Senin', 'Dewi Anggraini - pelatihan cuci darah', 'Dewi Anggraini - stok obat apotek', 'Dewi Anggraini - operasi pasar', 'Kegiatan posyandu Melati bulan ini: imunisasi balita'],
  },
  // Malay (id.ts).
  ms: {
    name: 'Siti Rahmawati',
    health: ['pesakit', 'temujanji klinik', 'ujian darah', 'makan ubat', 'kencing manis'],
    clean: ['Mesyuarat jabatan hari Selasa', 'Terima kasih, Siti Rahmawati', 'Siti Rahmawati - temujanji dengan vendor'],
  },
  ha: {
    name: 'Hauwa Abubakar',
    health: ['gwajin jini', 'ciwon suga', 'hawan jini', 'mara lafiya', 'sakamakon gwajin jini', 'aikin tiyata'],
    clean: ['Barka da zuwa, Hauwa Abubakar', "Taron ma'aikata ranar Talata", 'Hauwa Abubakar - magani ga matsalar kwamfuta'],
  },
};

/**
 * Round 40 language pass (Vietnamese, Haitian Creole, Somali, Amharic, Italian, Turkish, Japanese, Hindi in both
 * scripts, Farsi, Swahili): more health phrases (with the table's name, flagged; alone, clean) and staff, vendor and
 * teaching mail (clean), invented like the rows above.
 */
const ROUND_40: Record<string, { health: string[]; clean: string[] }> = {
  vi: {
    health: ['đau lưng kéo dài', 'sốt xuất huyết', 'kết quả chụp phổi', 'tiêm ngừa mũi 2', 'vào viện chiều qua', 'ghép thận', 'viêm phế quản', 'KQ XN máu'],
    clean: ['Giao ban khoa sáng thứ Hai', 'Nhà cung cấp thiết bị đo huyết áp - báo giá', 'Chúc mừng nhân viên mới phòng xét nghiệm'],
  },
  ht: {
    health: ['tès VIH', 'li entène depi yè', 'ekzema sou bra li', 'swivi prenatal', 'pansman pye a', 'kriz epilepsi', 'òdonans pou metfòmin'],
    clean: ['Reyinyon anplwaye yo jedi', 'Kanpay vaksinasyon nan lekòl la', 'Fakti materyèl pansman pou depo a'],
  },
  so: {
    health: ['hargab iyo qandho', 'neeftuur', 'laga sii daayay isbitaalka', 'diyaalisiska Talaadada', 'kaniiniyada sonkorowga'],
    clean: ['Casharka bulshada: cuntada caafimaadka leh', 'Shaqaale cusub - soo dhawoow'],
  },
  am: {
    health: ['ሳል እና ትኩሳት', 'ለኬሞ ቀጠሮ', 'የኤክስ ሬይ ውጤት', 'ጽኑ ሕሙማን ክፍል ገብታለች', 'የደረት ህመም'],
    clean: ['የግንዛቤ ትምህርት ለሰራተኞች', 'አዲስ ሰራተኛ - እንኳን ደስ አለዎት'],
  },
  it: {
    health: ['diabete tipo 2', 'ha tolto il catetere', 'esame delle urine', 'mal di schiena da settimane', 'scompenso cardiaco', 'certificato di malattia', 'ecocardiogramma'],
    clean: ['Campagna vaccinale in parrocchia sabato', 'Benvenuti ai nuovi colleghi di cardiologia', 'Giornata di sensibilizzazione sul diabete'],
  },
  tr: {
    health: ['kan testi sonucu', 'baş ağrısı ve bulantı', 'yoğun bakıma alındı', 'şeker hastası', 'kızamık şüphesi', 'kulak burun boğaz muayenesi', 'yarası iyileşiyor'],
    clean: ['Emeklilik yemeği cuma', 'Yara Haddad - toplantı notları', 'Farkındalık kampanyası: meme kanseri'],
  },
  ja: {
    health: ['骨粗鬆症', '検査結果', '点滴の予定', '訪問看護', '心房細動'],
    clean: ['委員会の議事録', '業者への見積依頼 - 点滴スタンド'],
  },
  hi: {
    health: ['पेट दर्द', 'सोनोग्राफी रिपोर्ट', 'अस्पताल से छुट्टी', 'मोतियाबिंद का ऑपरेशन'],
    clean: ['मधुमेह जागरूकता शिविर रविवार को', 'स्वागत है नए साथियों का'],
  },
  hi_latn: {
    health: ['sugar report aa gayi', 'bp high hai', 'admit hai ward mein', 'kamar dard', 'discharge ho gaya'],
    clean: [],
  },
  fa: {
    health: ['سرماخوردگی و سرفه', 'ام آر آی زانو', 'پیوند کلیه', 'سنگ کیسه صفرا'],
    clean: ['کارگاه آموزشی دیابت برای کارکنان', 'جلسه پرسنل'],
  },
  sw: {
    health: ['amejifungua mtoto wa kiume', 'kipimo cha mkojo', 'kifafa', 'bima ya afya imeisha', 'kikohozi na mafua'],
    clean: ['Mafunzo ya chanjo kwa wauguzi', 'Semina ya elimu ya afya Jumamosi', 'Kampeni ya chanjo ya surua'],
  },
  jpn: {
    health: ['tenteki', 'kotsusoshosho', 'houmon kango', 'pcr kensa', 'jinfuzen'],
    clean: ['Kaigi no junbi', 'Soubetsukai no oshirase'],
  },
};
// Session 41: places named for a person after their head, a colleague's role in brackets, Korean office words.
const ROUND_41: Record<string, { health: string[]; clean: string[] }> = {
  ht: { health: [], clean: ['Sant Sante Manman Rose - nouvo orè vaksen'] },
  pt: { health: ['teve um enfarte', 'relatorio alta'], clean: ['Lar Vovó Teresa - campanha de vacinação da gripe'] },
  fa: { health: ['جراحی فردا'], clean: ['خانم رضایی (نرس) - شیفت شب در بخش جراحی'] },
  es: { health: ['alta hoy 2pm'], clean: ['Farmacia “Doña Luz” - entrega de insulina', 'Clínica «San Rafael» - vacunas'] },
  ko: { health: [], clean: ['서식 변경 안내 - 내과 의뢰서', '신규 간호사 채용 공고 - 병동'] },
  ne: { health: ['खुट्टा भाँचियो'], clean: [] },
  pl: { health: ['rana pooperacyjna'], clean: [] },
};
const ROUND_42: Record<string, { health: string[]; clean: string[] }> = {
  fa: { health: ['نوبت اکوی قلب'], clean: [] },
  el: { health: ['ραντεβού για υπερηχογράφημα καρδιάς'], clean: [] },
  ko: { health: ['피부발진 사진'], clean: [] },
  km: { health: ['ណាត់ជួបពិនិត្យភ្នែក'], clean: [] },
  bn: { health: ['প্রেসক্রিপশন'], clean: [] },
  zh: { health: ['血钾6.2'], clean: [] },
};
const ROUND_43: Record<string, { health: string[]; clean: string[] }> = {
  it: { health: ['celiachia', 'emoglobina 8,1', 'referto esami'], clean: ['referto della riunione'] },
  fr: { health: ['réadaptation cardiaque'], clean: ['réadaptation des locaux'] },
  ro: { health: ['a fost operata de apendicita', 'reabilitare pulmonară'], clean: ['reabilitare clădire'] },
  de: { health: ['Bandscheibenvorfall', 'krankgeschrieben'], clean: [] },
  pl: { health: ['złamaną nogę', 'złamana ręka'], clean: ['złamana drukarka'] },
  tl: { health: ['mataas BP kagabi'], clean: [] },
};
const ROUND_44: Record<string, { health: string[]; clean: string[] }> = {
  es: { health: ['dieta blanda', 'tabaquismo'], clean: [] },
  pt: { health: ['tabagismo'], clean: [] },
  fr: { health: ['apnée du sommeil', 'grain de beauté suspect', 'RDV dermato'], clean: [] },
  de: { health: ['Marcumar pausieren', 'vor OP'], clean: [] },
  ru: { health: ['кардиореабилитация'], clean: [] },
};
const ROUND_45: Record<string, { health: string[]; clean: string[] }> = {
  es: { health: ['pacientes renales'], clean: [] },
  pt: { health: ['UTI Neonatal'], clean: [] },
  pl: { health: ['szkoła rodzenia'], clean: [] },
  ht: { health: ['moun ki gen sik'], clean: [] },
};
// Session 49: chemotherapy and radiotherapy written as two words (Korean, Arabic), German radiotherapy.
const ROUND_49: Record<string, { health: string[]; clean: string[] }> = {
  ko: { health: ['방사선 치료 시작일 안내', '항암 치료 다음 주'], clean: [] },
  ar: { health: ['موعد العلاج الكيميائي'], clean: [] },
  de: { health: ['Strahlentherapie ab Montag'], clean: ['Dialyse Abteilung Weihnachtsfeier'] },
};
// Session 50: sent home (Tagalog).
const ROUND_50: Record<string, { health: string[]; clean: string[] }> = {
  tl: { health: ['pinauwi kahapon'], clean: [] },
};
// Session 51: Russian in Latin letters (ill, endoscopies).
const ROUND_51: Record<string, { health: string[]; clean: string[] }> = {
  ru: { health: ['segodnya bolen', 'gastroskopiya v pyatnitsu'], clean: [] },
};
// Session 52: operations by their endings and shortened; a psychiatric evaluation, an embryo transfer; pneumonia in
// Haitian Creole; the thyroid test in Russian.
const ROUND_52: Record<string, { health: string[]; clean: string[] }> = {
  de: { health: ['Knie-OP am Montag', 'Cholezystektomie am Montag'], clean: [] },
  pl: { health: ['po operacji biodra w domu', 'endoproteza kolana w marcu'], clean: [] },
  es: { health: ['evaluación psiquiátrica el lunes', 'transferencia de embriones el martes', 'histerectomía en mayo'], clean: [] },
  ht: { health: ['li gen nemoni'], clean: [] },
  ru: { health: ['ТТГ высокий, к врачу', 'mammografiya v chetverg'], clean: [] },
};
// Round 53: Polish blood results; drug stems as Russian and Ukrainian spell them.
const ROUND_53: Record<string, { health: string[]; clean: string[] }> = {
  pl: { health: ['wyniki krwi w piątek'], clean: [] },
  pt: { health: ['falta a vacina da catapora', 'ultrassom morfológico 22 semanas'], clean: [] },
  ru: { health: ['метопролол 25 мг утром', 'аторвастатин 40 мг'], clean: [] },
  uk: { health: ['лізиноприл 10 мг'], clean: [] },
  zh: { health: ['心肌灌注显像 周四', '动态心电图 结果'], clean: [] },
};
// Session 55: symptoms a home-care nurse reports in Russian and Ukrainian; the X-ray as Korean writes it.
const ROUND_55: Record<string, { health: string[]; clean: string[] }> = {
  ru: { health: ['жалобы на одышку при ходьбе', 'отеки ног', 'тошнота и рвота', 'задишка'], clean: [] },
  ko: { health: ['X선 촬영 예약', '흉부 X선 재촬영'], clean: [] },
  ja: { health: ['アトピー性皮膚炎の再診', '接触皮膚炎'], clean: [] },
  fr: { health: ['séance de curiethérapie'], clean: [] },
};
for (const [lang, more] of [...Object.entries(ROUND_40), ...Object.entries(ROUND_41), ...Object.entries(ROUND_42), ...Object.entries(ROUND_43), ...Object.entries(ROUND_44), ...Object.entries(ROUND_45), ...Object.entries(ROUND_49), ...Object.entries(ROUND_50), ...Object.entries(ROUND_51), ...Object.entries(ROUND_52), ...Object.entries(ROUND_53), ...Object.entries(ROUND_55)]) {
  TABLES[lang].health.push(...more.health);
  TABLES[lang].clean.push(...more.clean);
}

const rows = (pick: (t: Table, lang: string) => [string, string][]) => Object.keys(TABLES).flatMap((lang) => pick(TABLES[lang], lang));

describe('a name with a health phrase in the language is flagged', () => {
  test.each(rows((t, lang) => t.health.map((h) => [lang, `${t.name} - ${h}`])))('%s: %s', (_lang, s) => {
    expect(combined(subject(s))).toBe(true);
  });
});

describe('the health phrase alone is clean (no name)', () => {
  test.each(rows((t, lang) => t.health.map((h) => [lang, h])))('%s: %s', (_lang, s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

describe('the name alone is clean (the health words make the finding)', () => {
  test.each(Object.keys(TABLES).map((lang) => [lang, TABLES[lang].name]))('%s: %s', (_lang, s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

/**
 * Names in the languages' own scripts (names/script-names.ts: a surname's ending, a title, a word for a
 * patient), with each health phrase of the language: flagged; the name alone is clean.
 */
const NATIVE_NAMES: Record<string, string> = {
  el: 'κα Σταθοπούλου',
  hy: 'Անի Պետրոսյան',
  ka: 'ნინო ბერიძე',
  th: 'นายสมชาย ใจดี',
  lo: 'ທ້າວ ສົມພອນ ພົມມະວົງ',
  km: 'លោក ហេង សុភា',
  my: 'ဦးအောင်ကျော်',
  ta: 'திரு. முருகன்',
  mn: 'Ц.Энхтуяа',
  ti: 'ኣቶ ሃብቶም ተኽለ',
  bn: 'ফারজানা সুলতানা',
};

describe("a name in the language's own script with a health phrase is flagged", () => {
  test.each(Object.keys(NATIVE_NAMES).flatMap((lang) => TABLES[lang].health.map((h) => [lang, `${NATIVE_NAMES[lang]} - ${h}`])))('%s: %s', (_lang, s) => {
    expect(combined(subject(s))).toBe(true);
  });
  test.each(Object.keys(NATIVE_NAMES).map((lang) => [lang, NATIVE_NAMES[lang]]))('alone, clean: %s: %s', (_lang, s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

/**
 * A job title after a name in Chinese, Japanese and Korean makes the name a colleague's at work ("王医生 会诊"), and a
 * nurse or a training in the field makes its health words work; a colleague's own positive test, confirmed illness,
 * sick leave or isolation is their own health (spec: staff "back in the ICU after his fall"). Invented names.
 */
describe("a colleague's own illness in Chinese and Korean is flagged; the colleague at work is not", () => {
  test.each(['최유나 간호사 코로나 확진', '한지우 간호사 독감 양성 - 이번 주 근무 제외', '赵护士 流感阳性 病假两天', '孙医生 确诊 隔离'])('flagged: %s', (s) => {
    expect(combined(subject(s))).toBe(true);
  });
  test.each(['최유나 간호사 독감 예방접종 일정', '赵护士 糖尿病讲座 周三', '간호사 대상 코로나 양성 환자 격리 교육'])('clean: %s', (s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

/**
 * European titles before a surname (lexicon/curated/people-words.ts HONORIFICS, LOWER_CASE_HONORIFICS), as people type
 * them: with a health phrase the titled surname is a name; the title and surname alone are clean.
 */
const TITLED: [string, string][] = [
  ['Dhr. Jansen', 'bloedonderzoek'],
  ['mevrouw Jansen', 'bloedonderzoek'],
  ['de heer Jansen', 'ziekenhuisopname'],
  ['Doamna Popescu', 'internare'],
  ['domnul Popescu', 'externare din spital'],
  ['rouva Virtanen', 'verikoe'],
  ['Herra Virtanen', 'laboratoriotulokset'],
  ['fru Nielsen', 'blodprøve'],
  ['frk. Nielsen', 'epikrise'],
  ['ponia Kazlauskienė', 'kraujo tyrimai'],
  ['Kyria Papadaki', 'exetaseis aimatos'],
  ['zonja Hoxha', 'analizat e gjakut'],
  ['Zoti Hoxha', 'fletëdalje nga spitali'],
  ['Gđa. Horvat', 'nalaz krvi'],
  ['gospodin Horvat', 'otpusno pismo'],
  ['госпожа Иванова', 'кръвна картина'],
  ['господин Петров', 'анализы крови'],
  ['slečna Nováková', 'krevní obraz'],
];

describe('a European title before a surname makes it a name', () => {
  test.each(TITLED.map(([t, h]) => [`${t} - ${h}`]))('%s', (s) => {
    const f = subject(s).findings.find((x) => x.detectorId === COMBINATION_ID);
    expect(f?.evidence).toContain('name.title');
  });
  test.each(TITLED.map(([t]) => [t]))('alone, clean: %s', (s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

/**
 * Round 40: titles of the patients' languages before a name (Swahili Bw. and Mzee, Amharic Ato and Weyzero in Latin
 * letters, Turkish Sayın, Italian Signorina, Persian Aghaye, Hindi Shri and Smt.) make it a name; places of worship
 * named for a saint or a person, everyday nouns that open a file name, and an Italian doctor's title do not; lists of
 * members and support groups in the languages are lists of patients. Invented names.
 */
describe('round 40: titles, places of worship, everyday first words and member lists in the patients\' languages', () => {
  test.each([
    'Bw. Juma Kiptoo - kipimo cha damu', 'Mzee Ochieng - kisukari', 'Ato Kebede - የደም ምርመራ', 'Weyzero Almaz - ultrasound results',
    'Sayın Yücel - kan tahlili', 'Signorina Fabbri - esami del sangue', 'Aghaye Tehrani - MRI results', 'Shri Ramesh Iyer - dialysis schedule',
    'Smt. Lakshmi Rao - sugar report',
  ])('a title makes a name: %s', (s) => {
    const f = subject(s).findings.find((x) => x.detectorId === COMBINATION_ID);
    expect(f?.evidence).toContain('name.title');
  });
  test.each(['Bw. Juma Kiptoo', 'Mzee Ochieng', 'Sayın Yücel', 'Shri Ramesh Iyer'])('alone, clean: %s', (s) => {
    expect(subject(s).findings).toEqual([]);
  });
  test.each([
    'Chanjo ya surua - Kanisa la Mtakatifu Petro Jumamosi', 'Vaksen grip nan Legliz Sen Mak', 'Grip aşısı - Fatih Camii önünde',
    'Diabetes camp at Shiv Mandir', 'Tallaalka - Masjidka Towfiiq', 'Dott. Ferri - ambulatorio diabetologia',
  ])('clean: %s', (s) => {
    expect(subject(s).findings).toEqual([]);
  });
  test.each(['Reyinyon_dyabet_notes.docx', 'Lich_tiem_chung_2025.xlsx', 'Mafunzo_ya_kisukari_v2.pdf', 'Giay_hen_tai_kham.pdf', 'Soonka_iyo_sonkorowga.pdf'])(
    'file name, clean: %s',
    (name) => {
      expect(file(name).findings).toEqual([]);
    },
  );
  test.each([
    ['Wanachama wa Kikundi cha Msaada - Kisukari', 'kisukari-wanachama@example.org'],
    ['Gruppo di supporto Parkinson', 'parkinson-gruppo@example.org'],
    ['Diyabet Destek Grubu', 'diyabet-destek@example.org'],
  ])('a list of members or a support group is flagged: %s', (displayName, emailAddress) => {
    const v = scan({ subject: 'Update', to: [{ displayName, emailAddress }] });
    expect(v.findings.some((f) => f.field === 'to')).toBe(true);
  });
});

describe('ordinary staff and business mail in the language is clean', () => {
  test.each(rows((t, lang) => t.clean.map((c) => [lang, c])))('%s: %s', (_lang, s) => {
    expect(subject(s).findings).toEqual([]);
  });
});

describe('each birth-date keyword with a date is flagged', () => {
  // As written in the module (folded keys) and, where people type them so, with capitals and diacritics.
  const natural: Record<string, string[]> = {
    es: ['Fecha de nacimiento', 'F. Nac.'],
    vi: ['Ngày sinh', 'Sinh ngày'],
    pl: ['Data urodzenia', 'ur.'],
    ru: ['Дата рождения', 'Д.р.', 'Data rozhdeniya'],
    pt: ['Data de nascimento'],
    fr: ['Date de naissance', 'Née le'],
    de: ['Geburtsdatum', 'Geb.'],
    tr: ['Doğum tarihi', 'DOĞUM TARİHİ'],
    sv: ['Födelsedatum', 'Fødselsdato'],
    ht: ['Dat nesans'],
    el: ['Ημερομηνία γέννησης', 'ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ', 'Ημ/νία γέννησης', 'Imerominia gennisis'],
    ro: ['Data nașterii', 'Născută la'],
    nl: ['Geboortedatum'],
    bn: ['জন্মতারিখ'],
    pa: ['ਜਨਮ ਮਿਤੀ'],
    gu: ['જન્મ તારીખ'],
    yo: ['Ojo ibi'],
    rw: ["Itariki y'amavuko"],
    ps: ['د زیږیدو نیټه'],
    te: ['పుట్టిన తేదీ'],
    hy: ['Ծննդյան ամսաթիվ'],
    ka: ['დაბადების თარიღი:'],
    mn: ['Төрсөн огноо'],
    hu: ['Születési dátum', 'Szül. idő'],
    cs: ['Datum narození', 'Datum nar.'],
    fi: ['Syntymäaika'],
    da: ['Født den'],
    no: ['F.dato'],
    hr: ['Datum rođenja', 'Rođena', 'Датум рођења'],
    sq: ['Datëlindja'],
    bg: ['Дата на раждане'],
    lt: ['Gimimo data'],
  };
  const keywordRows: [string, string][] = [];
  for (const l of LANGUAGES) {
    for (const k of [...l.dobKeywords, ...(natural[l.code] ?? [])]) keywordRows.push([l.code, `${k} ${l.match === 'substrings' ? '1957年3月14日' : '14.03.1957'}`]);
    for (const k of l.dobAfter ?? []) keywordRows.push([l.code, `${l.match === 'substrings' ? '1957年3月14日' : '14.03.1957'} ${k}`]);
  }
  test.each(keywordRows)('%s: %s', (_lang, s) => {
    const v = subject(s);
    expect(v.findings.some((f) => f.detectorId === 'dob' && (f.evidence ?? []).includes('dob.found'))).toBe(true);
  });

  test.each([
    ['출생', '생년월일: 1957년 3월 14일'],
    ['file name', '出生日期1957年3月14日_Zhou.pdf'],
    ['Japanese', '1957年3月14日生まれ'],
    ['slashes', 'fecha de nac. 14/3/1957'],
  ])('%s: %s', (_what, s) => {
    expect((_what === 'file name' ? file(s) : subject(s)).findings.some((f) => f.detectorId === 'dob')).toBe(true);
  });

  test.each([
    ['a date that takes effect', '2025年3月7日生效'],
    ['a meeting date', '会议 2025年3月7日'],
    ['a plural that is not the keyword', 'nacidos 2001 registrados'],
  ])('no birth date: %s', (_what, s) => {
    expect(subject(s).findings.filter((f) => f.detectorId === 'dob' && (f.evidence ?? []).includes('dob.found'))).toEqual([]);
  });
});

describe('each record or identity number label with a number is flagged', () => {
  // Every label as written in the module (folded) and, where people type them so, with capitals and diacritics.
  const natural: Record<string, string[]> = {
    de: ['Patienten-Nr.', 'Fallnummer'],
    nl: ['Patiëntnummer'],
    it: ['Codice paziente', 'Cartella clinica'],
    es: ['Historia clínica', 'N° de paciente'],
    pt: ['Prontuário', 'Cartão SUS', 'Número de utente'],
    fr: ['Numéro de patient', 'Dossier médical'],
    ro: ['Foaie de observație clinică'],
    tr: ['Hasta numarası', 'T.C. Kimlik No', 'Protokol numarası'],
    el: ['Αρ. Μητρώου Ασθενούς', 'ΑΜΚΑ', 'AMKA'],
    ru: ['История болезни №', 'Номер медкарты'],
    vi: ['Mã bệnh nhân', 'Số hồ sơ'],
    sv: ['Journalnummer'],
    ka: ['პირადი ნომერი'],
    mn: ['Регистрийн дугаар'],
    hu: ['TAJ-szám'],
    cs: ['Rodné číslo'],
    fi: ['Henkilötunnus'],
    da: ['CPR-nr.'],
    no: ['Fødselsnummer'],
    hr: ['JMBG', 'OIB', 'ЈМБГ'],
    sq: ['Numri personal'],
    bg: ['ЕГН'],
    lt: ['Asmens kodas'],
  };
  const rows: [string, string][] = [];
  for (const l of LANGUAGES) {
    for (const k of [...(l.idKeywords ?? []), ...(natural[l.code] ?? [])]) rows.push([l.code, `${k} ${l.match === 'substrings' ? '7730215' : '4471-0928'}`]);
  }
  test.each(rows)('%s: %s', (_lang, s) => {
    expect(subject(s).findings.some((f) => f.detectorId === 'mrn')).toBe(true);
  });

  test.each([
    ['a file name', 'Entlassbrief_Fallnummer_44120987.pdf'],
    ['a year and a serial', 'Nr. foaie observație 2025/17734 – externare'],
    ['a letter prefix', 'Codice paziente QRT-559201'],
  ])('flagged: %s: %s', (what, s) => {
    expect((what === 'a file name' ? file(s) : subject(s)).findings.some((f) => f.detectorId === 'mrn')).toBe(true);
  });

  test.each([
    ['too few digits', 'Historia clínica 2.0 – nuevo formulario'],
    ['the label alone', 'Prontuário eletrônico fora do ar hoje'],
    ['a label inside a longer word', 'Kundennummer-Fallnummerierung 44120987'],
    ['a year alone', 'Dossier médical partagé : bilan 2025'],
    ['a case file of a board, not a chart', 'expediente 2025-114 de la junta'],
    ['a tender\'s file number', 'Licitacion No. de expediente 2026-0153 - compra de monitores'],
    ['a club\'s member number', 'Número de miembro 4471920 - Club Rotario'],
    ['a Haitian Creole file number of a job application', 'Nimewo dosye 20261145 - aplikasyon travay'],
    ['a French file number (a tender as often as a chart)', 'Numéro de dossier 5520-318 - appel d\'offres'],
  ])('clean: %s: %s', (_what, s) => {
    expect(subject(s).findings.filter((f) => f.detectorId === 'mrn')).toEqual([]);
  });
});

describe('matching', () => {
  test('Vietnamese with and without diacritics', () => {
    for (const s of ['Phan Thị Mỹ Dung - tiểu đường', 'Phan Thi My Dung - tieu duong', 'Phan Thi My Dung - TIEU DUONG']) expect(combined(subject(s))).toBe(true);
  });

  test('inflected forms are found by their stem, other words that start the same are not', () => {
    expect(languageKey('анализами')).toBe('анализ');
    expect(languageKey('кровью')).toBe('кров');
    expect(languageKey('кровать')).toBe('кровать');
    expect(languageKey('للمريضة')).toBe('مريض');
    expect(languageKey('wynikow')).toBe('wynik');
    expect(languageKey('sonucunuz')).toBe('sonuc');
  });

  test('the new languages: stems, suffixes glued after a zero-width non-joiner, and folded scripts', () => {
    expect(languageKey('εξετασεις')).toBe('εξετασ');
    expect(languageKey('ασθενους')).toBe('ασθεν');
    expect(languageKey('ασθενειας')).toBe('ασθενει');
    expect(combined(subject('Eleni Papadakis - ΠΥΡΕΤΟΣ'))).toBe(true);
    expect(languageKey('pacientul')).toBe('pacient');
    expect(languageKey('مریضوں')).toBe('مریض');
    expect(languageKey(tokenize('बिरामीलाई')[0].key)).toBe(tokenize('बिरामी')[0].key);
    expect(languageKey(tokenize('ক্যান্সারের')[0].key)).toBe(tokenize('ক্যান্সার')[0].key);
    expect(combined(subject('Farah Moradi - داروهای جدید'))).toBe(true);
    expect(combined(subject('Farah Moradi - دارو\u200cهای جدید'))).toBe(true);
    // Romanian with and without diacritics, with comma or cedilla letters, in capitals.
    for (const s of ['Elena Popa - însărcinată', 'Elena Popa - insarcinata', 'Elena Popa - ÎNSĂRCINATĂ', 'Elena Popa - internare în spital', 'Elena Popa - internare ȋn spital'])
      expect(combined(subject(s))).toBe(true);
  });

  test('a language word in a file name counts like an English one (the new languages)', () => {
    for (const f of [
      'Papadakis_Eleni_ακτινογραφία_θώρακα.pdf',
      'Moradi_Farah_سونوگرافی_بارداری.pdf',
      'Siddiqui_Ayesha_الٹراساؤنڈ.pdf',
      'Rahman_Sadia_এক্সরে.pdf',
      'Gurung_Maya_ragat_janch.pdf',
      'Xiong_Mai_phais.pdf',
      'Bakker_Anna_rontgenfoto_knie.pdf',
      'Popa_Elena_ecografie.pdf',
      'Mwangi_Amina_upasuaji.pdf',
      'Bellandi_Giulia_emocromo.pdf',
      'Demirtas_Ayse_epikriz.pdf',
    ])
      expect([f, combined(file(f))]).toEqual([f, true]);
    for (const f of ['rooster_december_afdeling.pdf', 'ratiba_ya_mafunzo_kisukari.pdf']) expect(file(f).findings).toEqual([]);
  });

  test('the languages added last: stems and endings, NFKC forms, words that hold a term', () => {
    expect(languageKey('քաղցկեղի')).toBe('քաղցկեղ');
    expect(languageKey('ախտանիշները')).toBe('ախտանիշ');
    expect(languageKey('დიაბეტით')).toBe('დიაბეტ');
    expect(languageKey('шинжилгээг')).toBe('шинжилгээ');
    expect(languageKey(tokenize('நோயாளிக்கு')[0].key)).toBe(tokenize('நோயாளி')[0].key);
    expect(languageKey(tokenize('கர்ப்பத்தில்')[0].key)).toBe(tokenize('கர்ப்ப')[0].key);
    expect(languageKey('ብሕማም')).toBe('ሕማም');
    // Thai and Lao are read in NFKC form (sara am decomposed, ໝ as ຫມ), whatever was typed.
    for (const s of ['Somchai Jaidee - น้ำตาลในเลือด 250', 'Somphone Phommavong - ນອນໂຮງໝໍ', 'Somphone Phommavong - ນອນໂຮງຫມໍ']) expect([s, combined(subject(s))]).toEqual([s, true]);
    // A zero-width space between Khmer words is dropped; a term is found across it.
    expect(combined(subject('Heng Sophea ពិនិត្យ\u200bឈាម'))).toBe(true);
    // Everyday words that hold a Thai term are read as themselves: to check, an audit's result, security.
    for (const s of ['Somchai Jaidee - ตรวจสอบเอกสาร', 'Somchai Jaidee - ผลการตรวจสอบ', 'Somchai Jaidee - รักษาการหัวหน้างาน', 'Somchai Jaidee - ลาคลอด']) expect(subject(s).findings).toEqual([]);
    // A Thai term inside a longer word is found; a workplace word anywhere makes the field about work.
    expect(combined(subject('Somchai Jaidee ผลตรวจเลือดปกติ'))).toBe(true);
    expect(subject('อบรมผลตรวจเลือด Somchai Jaidee').findings).toEqual([]);
  });

  test('a language word in a file name counts like an English one (the European languages)', () => {
    for (const f of [
      'Kovacs_Eva_zarojelentes.pdf',
      'Novakova_Jana_propousteci_zprava.pdf',
      'Virtanen_Anna_verikoe.pdf',
      'Nielsen_Mette_blodprove.pdf',
      'Hansen_Kari_epikrise.pdf',
      'Horvat_Ivana_otpusno_pismo.pdf',
      'Hoxha_Arben_analizat_e_gjakut.pdf',
      'Ivanova_Maria_епикриза.pdf',
      'Petraitis_Jonas_kraujo_tyrimas.pdf',
      'Bakker_Anna_wondfoto.jpg',
      'Papadakis_Eleni_exitirio.pdf',
    ])
      expect([f, combined(file(f))]).toEqual([f, true]);
    for (const f of ['vagtplan_december_afdeling.pdf', 'tyovuorolista_joulukuu.xlsx', 'rozpis_sluzeb_prosinec.pdf', 'raspored_dezurstava_prosinac.pdf'])
      expect(file(f).findings).toEqual([]);
  });

  test('the European languages: stems and endings', () => {
    expect(languageKey('vizsgalatok')).toBe('vizsgalat');
    expect(languageKey('zarojelentest')).toBe('zarojelentes');
    expect(languageKey('vysetrenie')).toBe('vysetreni');
    expect(languageKey('kardiologicke')).toBe('kardiolog');
    expect(languageKey('verikokeiden')).toBe('verikoke');
    expect(languageKey('potilaan')).toBe('potila');
    expect(languageKey('blodproven')).toBe('blodprove');
    expect(languageKey('pasienten')).toBe('pasient');
    expect(languageKey('uputnicu')).toBe('uputnic');
    expect(languageKey('упутницу')).toBe('упутниц');
    expect(languageKey('analizat')).toBe('analiz');
    expect(languageKey('резултатите')).toBe('резултат');
    expect(languageKey('tyrimai')).toBe('tyrim');
    // Words that only start like a stem are not read by it: a hospital is not a sick person (Lithuanian, Bulgarian).
    expect(languageKey('ligonis')).toBe('ligon');
    expect(languageKey('ligonine')).toBe('ligonine');
    expect(languageKey('болният')).toBe('болн');
    expect(languageKey('болница')).not.toBe('болн');
  });

  test('a language word in a file name counts like an English one (the languages added last)', () => {
    for (const f of ['Petrosyan_Ani_արյան_անալիզ.pdf', 'Beridze_Nino_დიაბეტი.pdf', 'Papadakis_Eleni_μαστογραφία.pdf', 'Enkhtuya_B_цусны_шинжилгээ.pdf'])
      expect([f, combined(file(f))]).toEqual([f, true]);
  });

  test('a language typed in Latin letters in a file name counts like an English word (romanised words)', () => {
    for (const f of [
      'Zhukova_T_vypiska.pdf',
      'Savchuk_Bohdana_napravlennia_do_kardioloha.pdf',
      'Khoury_Nadia_ta7lil_dam.pdf',
      'Morimoto_Keiko_shindansho.pdf',
      'Anggraini_Dewi_hasil_lab.pdf',
      'Abubakar_Hauwa_gwajin_jini.pdf',
      'Chauhan_Sunita_khoon_ki_janch.pdf',
      'Joseph_Wideline_foto_blese.jpg',
    ])
      expect([f, combined(file(f))]).toEqual([f, true]);
    for (const f of ['jadwal_jaga_perawat_IGD.xlsx', 'grafik_dezhurstv_dekabr.pdf', 'kenshu_shiryo_touseki.pptx']) expect(file(f).findings).toEqual([]);
  });

  test('a recipient list named for patients in a programme, in the languages typed in Latin letters', () => {
    const to = (displayName: string, emailAddress: string) => scan({ to: [{ displayName, emailAddress }] });
    for (const [n, a] of [
      ['clienten dagbehandeling depressie', 'dagbehandeling-depressie@lists.examplehealth.org'],
      ['pasien cuci darah', 'pasien-hd@lists.examplehealth.org'],
    ])
      expect([n, to(n, a).findings.length > 0]).toEqual([n, true]);
    for (const [n, a] of [
      ['Clienten administratie', 'clientadmin@examplehealth.org'],
      ['Perawat IGD', 'perawat-igd@examplehealth.org'],
    ])
      expect([n, to(n, a).findings]).toEqual([n, []]);
  });

  test('a Korean name whose first syllables are a word counts with an honorific or a patient word after it (round 44)', () => {
    for (const s of ['이동훈 환자 MRI 결과', '이동훈님 MRI 결과']) expect([s, combined(subject(s))]).toEqual([s, true]);
    // Alone or after "환자", "이동" (a move) opens other words: "이동식 혈압계" is a portable monitor, "환자 이동식 침대" a bed.
    for (const s of ['이동식 혈압계 - 당뇨 교육', '이동훈 - 당뇨', '환자 이동식 침대 점검']) expect([s, subject(s).findings]).toEqual([s, []]);
  });

  test('a substring term written with a space is found across one space, particles glued to its second word', () => {
    for (const s of ['박서연 발달 평가', '박서연 발달 평가를 예약', '박서연_발달_평가.pdf']) expect([s, combined(s.endsWith('.pdf') ? file(s) : subject(s))]).toEqual([s, true]);
    // Either word alone is everyday: a country's development, any evaluation; a growth curve is also sales' (needs support).
    for (const s of ['박서연 경제 발달', '박서연 업무 평가', '박서연 발달 과정 평가', '박서연 성장 곡선']) expect([s, subject(s).findings]).toEqual([s, []]);
  });

  test('names in their own scripts with the clinic words added in round 38', () => {
    for (const s of [
      'سلمى الحداد - كسر في الكاحل',
      'Тамара Гончаренко - КТГ',
      'Богдан Кравчук - консультація онколога',
      '王秀英 生长曲线 门诊',
      '박서연 키와 체중',
      // After a word for a patient, a word of address is skipped and the name after it read.
      'بیمار گرامی نسرین فرهادی - سونوگرافی',
    ])
      expect([s, combined(subject(s))]).toEqual([s, true]);
    for (const s of ['سلمى الحداد', 'Тамара Гончаренко', 'Богдан Кравчук', '王秀英', '박서연']) expect([s, subject(s).findings]).toEqual([s, []]);
  });

  test('a birth year after the date in Turkish ("doğumlu")', () => {
    expect(subject('14.03.1957 doğumlu').findings.some((f) => f.detectorId === 'dob')).toBe(true);
  });

  test('substring terms are found inside words, with their own span', () => {
    const v = subject('Zhou Lanying 复查血糖结果');
    const f = v.findings.find((x) => x.detectorId === COMBINATION_ID);
    expect(f).toBeDefined();
    expect(v.findings.length).toBeGreaterThan(0);
  });

  test('a workplace or teaching word makes Chinese health words about work', () => {
    expect(subject('Lin Yuwen 超声技师 入职').findings).toEqual([]);
    expect(combined(subject('Lin Yuwen 超声检查'))).toBe(true);
  });

  test('a language word in a file name counts like an English one', () => {
    expect(combined(file('Ybarrondo_Maricela_resultados_laboratorio.pdf'))).toBe(true);
    expect(file('calendario_vacunas_sabado.pdf').findings).toEqual([]);
  });

  test('a lecture, seminar or course in the language makes a lone name and a condition a teaching topic', () => {
    expect(file('Белов_диабет_лекция.pptx').findings).toEqual([]);
    expect(file('Kowal_cukrzyca_szkolenie.pptx').findings).toEqual([]);
    expect(subject('Palestra Dra. Vieira - diabetes na gravidez').findings).toEqual([]);
    expect(combined(file('Белов_диабет_анализы.pdf'))).toBe(true);
  });

  test('English clinic words written in Devanagari and Ge\'ez count like the native words', () => {
    expect(combined(subject('अनीता मेहरा - कोलोनोस्कोपी अपॉइंटमेंट'))).toBe(true);
    expect(combined(subject('ሰላማዊት ተስፋዬ - ኢሲጂ ውጤት'))).toBe(true);
    expect(subject('कार्डियोलॉजी विभाग की बैठक').findings).toEqual([]);
  });

  test('staff and topic words are whole words: the topic matcher reads token keys, not stems', () => {
    for (const l of LANGUAGES) for (const w of [...(l.topicWords ?? []), ...(l.staffCues ?? [])]) expect(`${l.code}: ${w}`).not.toMatch(/\*/);
  });

  test('a month or weekday that is also a given name is the month in lower case beside capitalised words', () => {
    expect(file('Turnos_clase_diabetes_abril.pdf').findings).toEqual([]);
    expect(subject('Charla de asma - martes, domingo y sábado').findings).toEqual([]);
    expect(combined(file('Turnos_diabetes_Abril_Quintero.pdf'))).toBe(true);
    expect(combined(subject('julio ramos ekg abnormal'))).toBe(true);
  });
});

/**
 * Precision guards on the lists themselves: English words keep their own
 * reading, and the languages' stems and prefixes never turn an everyday
 * English word or a health term of English into something else.
 */
describe('the languages leave English alone', () => {
  const englishWords = new Set<string>();
  for (const cat of Object.keys(HEALTH_TERMS) as (keyof typeof HEALTH_TERMS)[]) for (const t of HEALTH_TERMS[cat]) for (const tok of tokenize(t)) englishWords.add(tok.key);
  nameLexicon().common.forEach((w) => englishWords.add(w));

  test('no English health word or everyday word is re-keyed by a stem or a prefix', () => {
    expect([...englishWords].filter((w) => w.length >= 3 && languageKey(w) !== w)).toEqual([]);
  });

  test('no single-word term of a Latin-script language is an everyday English word', () => {
    const common = nameLexicon().common;
    const out: string[] = [];
    for (const l of LANGUAGES) {
      for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[]) {
        for (const t of l.terms[cat] ?? []) if (!t.includes(' ') && common.has(t.replace(/[*~]/g, ''))) out.push(`${l.code}: ${t}`);
      }
    }
    expect(out).toEqual([]);
  });

  // Ge'ez letters are syllables: three of them are a long word. Shorter stems only inside a phrase ("головн* бол*").
  test('a stem alone is long enough to mean one thing (four letters, three Ge\'ez syllables)', () => {
    const short: string[] = [];
    for (const l of LANGUAGES)
      for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[])
        for (const t of l.terms[cat] ?? []) if (!t.includes(' ') && t.endsWith('*') && t.replace(/[*~]/g, '').length < (l.code === 'am' || l.code === 'ti' ? 3 : 4)) short.push(`${l.code}: ${t}`);
    expect(short).toEqual([]);
  });

  test('only languages with endings use stems; substring languages use neither', () => {
    const bad: string[] = [];
    for (const l of LANGUAGES) {
      const stems = Object.keys(l.terms).some((c) => (l.terms[c as keyof typeof l.terms] ?? []).some((t) => t.includes('*')));
      if ((stems && !l.endings) || (l.match === 'substrings' && (l.endings || l.prefixes))) bad.push(l.code);
    }
    expect(bad).toEqual([]);
  });

  test('word-mode keys are written folded, as the tokenizer makes them (Devanagari, Bengali, Gurmukhi, Gujarati, Telugu and Tamil are folded on load)', () => {
    const unfolded: string[] = [];
    for (const l of LANGUAGES) {
      if (l.match !== 'words' || l.code === 'hi' || l.code === 'ne' || l.code === 'bn' || l.code === 'pa' || l.code === 'gu' || l.code === 'te' || l.code === 'ta') continue;
      for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[])
        for (const t of l.terms[cat] ?? []) {
          const term = t.replace(/[*~]/g, '');
          const key = tokenize(term).map((x) => x.key).join(' ');
          // Digits split a word into tokens ("a1c" is a, 1, c) on both sides alike.
          if (key !== term && !/\d/.test(t)) unfolded.push(`${l.code}: ${t} (${key})`);
        }
    }
    expect(unfolded).toEqual([]);
  });

  test('the matcher entries carry the words the tokenizer makes of them', () => {
    const wrong = languageTermEntries().filter(([phrase, , words]) => tokenize(phrase).map((t) => t.key).join(' ') !== words.join(' '));
    expect(wrong).toEqual([]);
  });

  test('substring terms are in NFKC form, two characters or more (癌 and 孕 mean nothing else)', () => {
    const bad: string[] = [];
    for (const l of LANGUAGES) {
      if (l.match !== 'substrings') continue;
      for (const cat of Object.keys(l.terms) as (keyof typeof l.terms)[])
        for (const t of (l.terms[cat] ?? []).map((x) => x.replace(/^~/, ''))) if (t.normalize('NFKC') !== t || (t.length < 2 && t !== '癌' && t !== '孕')) bad.push(`${l.code}: ${t}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('readings in any language: a blood pressure word before systolic/diastolic, a blood sugar word before a value', () => {
  test.each([
    'Irmgard Seefeldt – RR 184/104, bitte zurückrufen',
    'M. Aurèle Vantrin – TA 176/96, à rappeler',
    'Zeynep Arıkan – tansiyon 182/108, geri arayın',
    'Britt-Inger Holmqvist – blodtryck 171/101, ring tillbaka',
    'Bà Lương Thị Hoa - huyết áp 168/98',
    'Faadumo Cilmi – dhiig-karka 174/102, fadlan wac',
    'Teodor Vasilache sugar 41, EMS called',
    'Ayten Korkmaz – şeker 245, kontrol',
    'Madan Roselène Fortuné - sik nan san 310',
  ])('flagged: %s', (s) => expect(combined(subject(s))).toBe(true));
  test.each([
    'Teodor Vasilache finished 150/100 charts',
    'Teodor Vasilache - rooms 214/112 ready',
    'Teodor Vasilache - sugar 5 lbs for the bake sale',
    'BP 182/104 teaching poster for the health fair',
  ])('clean: %s', (s) => expect(scan({ subject: s }).findings).toEqual([]));
});
