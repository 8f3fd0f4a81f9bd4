/**
 * The name lists of script-names.ts (names in scripts the Latin-name lexicons cannot read), the one
 * source: edit them here. scripts/build-lexicons.js packs them into script-names.generated.ts, which
 * script-names.ts decodes on first use; this module stays out of the bundles (`npm test` fails when
 * the generated file is stale, and test/engine/script-names-packed.test.ts checks the engine reads
 * exactly these lists). script-names.ts holds the rules that use them.
 *
 * The lists were written by the PHI Guard team from general knowledge of common names (closed sets
 * such as the Chinese and Korean surnames, the most frequent Japanese family names, common given
 * names); no third-party list. Lookups fold as the engine does where a script has variants
 * (Cyrillic ё/й, Arabic alef and taa marbuta forms, Hebrew and Arabic vowel points): the keys here
 * are written folded.
 */

/** Words split at any white space, line breaks included. */
const set = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);
/** Characters, white space left out. */
const chars = (s: string): string[] => s.replace(/\s+/g, '').split('');

// ---------------------------------------------------------------- Chinese
/** The most common single-character surnames, simplified and traditional forms. */
export const ZH_SURNAMES = chars(`
  王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢
  姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊
  葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁
  冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫
  米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝
  陳張劉楊黃趙吳馬孫鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸蔣賈鄒閻顧龔萬錢嚴湯莊聶魯嶽歐關蘭俞寧紀畢單塗穀駱藍饒鮑喬龐`);
export const ZH_COMPOUND_SURNAMES = set('欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 歐陽 司馬 諸葛 東方 長孫');
/** Characters common in given names (a closed list keeps words like 高血压, 周末, 方法 out). */
export const ZH_GIVEN = chars(`
  伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华秀兰玉萍红建国文斌辉鹏飞波宇浩凯健俊帆帅旭宁龙林阳峰亮鑫婷雪慧
  颖琳晶欣佳倩莉燕洁梅琴云莹丹蓉薇婧雯璐瑶怡悦诗涵梓萱子轩睿博然泽昊晨梦思雨嘉琪瑞诚志永海清春秋冬菊凤珍珠琼淑
  惠芬彬毅坤成东新利荣宏庆祥福贵德仁义礼智信忠孝安康乐兴盛昌隆宝立力兵武卫民生光天星月晓家振彤妍琦璇霖楠萌蕾露
  菲媛婉娴妮姗珊岚凡舒馨曦钰瑜瑾昕晴玲翠香莲荷茜蓓炜玮琨瑛锋钢铭铮锦坚雄豪勋辰烨焱鸣宸骏驰腾达远航翔旺广松柏桐
  森彪贤聪欢湘沛淳渊源泉一二三小美
  偉靜麗軍艷傑濤剛華蘭紅國輝鵬飛凱帥寧龍陽潔瑩夢瑞誠誌東榮慶貴興寶衛曉彥勳鳴駿馳騰達遠廣聰賢歡淵詩萱軒`);
/**
 * Words that end a name or stand before one: health words (结果 result, 检查
 * examination, 化验 lab test, 尿检 urine test, 血糖 blood glucose, 患者
 * patient...), titles (先生 Mr, 女士 Ms...), particles and common verbs; a bed, a number or a room before a
 * patient's name ("3床张建国", bed 3, Zhang Jianguo).
 */
export const ZH_STOP = set(`
  床 牀 号 號 室
  的 了 和 与 及 或 是 在 给 对 把 被 由 从 请 说 来 去 已 将 会 要 等 们 也 都 就 还 又 向
  先生 女士 小姐 太太 夫人 同志 老师 医生 大夫 护士 主任 教授 同学 会员 會員 家属 家屬 母亲 父亲 妈妈 爸爸 儿子 女儿 等人
  患者 病人 病历 病例 病房 病情 结果 检查 化验 尿检 血检 血糖 血压 血常规 尿常规 报告 诊断 手术 复查 门诊 住院 出院
  入院 就诊 预约 挂号 治疗 用药 处方 体检 核酸 影像 超声 彩超 心电图 片子 资料 档案 信息 电话 地址 身份证 您好 你好
  今天 明天 昨天 上午 下午 晚上 已经 需要 的化验 怀孕 过敏 感染 复诊 随访 透析 化疗 放疗 肿瘤 癌症 糖尿病 高血压
  結果 檢查 化驗 尿檢 血檢 報告 診斷 手術 複查 門診 醫生 護士 病歷 預約 掛號 治療 處方 體檢 電話 資料`);
/**
 * Titles after a lone surname: "张先生" (Mr Zhang); and the words for an elder a clinic's staff call older patients by,
 * after the surname: "陈伯伯" (uncle Chen), "黄婆婆" (granny Wong), 奶奶 and 爷爷 (grandma, grandpa), 阿伯, 阿婆.
 */
export const ZH_TITLES = set('先生 女士 小姐 太太 夫人 老师 医生 大夫 护士 主任 教授 阿姨 醫生 護士 伯伯 婆婆 奶奶 爷爷 爺爺 阿伯 阿婆');
/** Common words that start with a surname character. */
export const ZH_NOT_NAMES = set(`
  高兴 周一 周二 周三 万一 孙子 王国 王子 李子 白天 孔子 和平 卫生 冷静 华丽 于洋
  明天 明日 明年 明早 明晚 明白 明显 明确 周末 周四 周五 周六 周日`);

// ---------------------------------------------------------------- Japanese
/** The most common Japanese family names (kanji). */
export const JA_FAMILY = set(`
  佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 清水 山崎 池田 橋本
  阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子
  岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木
  安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井
  木下 野口 松尾 菊地 野村 新井 渡部 渡邊 渡邉 齋藤 吉川 山内 西田 菊池 大西 浅野 北村 松岡 小島 荒木 服部 吉村`);
/** Honorifics after a family name: "田中さん", "佐藤様". */
export const JA_HONORIFICS = ['さん', 'さま', '様', '氏', 'くん', '君', 'ちゃん', '殿', '先生', '部長', '課長'];
/**
 * Last characters typical of Japanese given names in kanji (花子, 健太, 一郎, 美咲...), and the common one-kanji men's
 * names of the older patients (正, 茂, 進, 清, 博, 勇, 隆: "小林 正 (82) 肺炎").
 */
export const JA_GIVEN_FINAL = chars('子美恵香奈花郎太介樹翔斗也輝彦男夫雄一二三菜代江枝乃里穂希人平吾治司志之浩誠健明蔵助咲紀佳央真実正茂進清博勇隆豊剛聡亮仁稔薫弘昭武忠勝哲徹悟');

// ---------------------------------------------------------------- Korean
/** The fifty most common Korean surnames (one syllable), and the two-syllable ones. */
export const KO_SURNAMES = chars('김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현');
/** Syllables common in Korean given names: the rest of a name must be made of these. */
export const KO_GIVEN = chars(`
  민서지현준수영연우예은유진하윤도성재정훈혜경희주아원호동상승석태미선숙자순옥용철광건채다소시나린율빈한결리규형찬
  혁환범종명기인길남식택근일만봉보병덕화애실란향온솔별람슬비라가해욱웅섭운창완익열중권구모세신안양엽오요의이장제조
  효송산림율춘금강숙필`);
export const KO_COMPOUND_SURNAMES = set('황보 남궁 제갈 선우 독고 사공 서문');
/** Glued or spaced after a name: 님 (honorific), 씨 (Mr/Ms), 환자 (patient). */
export const KO_SUFFIXES = ['환자분', '환자님', '환자', '님', '씨'];
/**
 * Common words that start with a surname syllable (a name candidate starting with one is not a name). Not words that
 * open common names too (배정민, 임원희, 유선, 최대호, 한도윤).
 */
export const KO_NOT_NAMES = set(`
  정보 최근 이상 정상 이미 이유 이용 이제 이동 이해 이건 이하 정도 정리 정기 정신 정형 최소 최종 최신
  최선 강의 강남 강화 조금 조건 조정 조기 조영제 윤리 장소 장비 장애 장기 임신 임상 임시 한의원 서명
  신규 신경 신장 권장 권한 안정 송금 유지 유의 전화 전원 전송 홍보 고지 고열 문의 문서 문제 문자 양성
  양호 배송 백신 허리 남자 남성 심장 심리 노인 하지 하나 성인 성형 성별 주의 주소 주민 우리 우선 구강
  민원 나중 나이 지금 지원 원장 원인 천식 방금 공지 공유 현재 권리 안내 한국 서비스 전문 진료 진단 주간 월간 연간
  정기 수술 검사 결과 병원 의원 약국 안전 교육 회의 일정 보고 보험 주사 혈압 혈당 한인
  양식 서식 서류 채용 오늘 오전 오후 연락 연장 신청 신년 조회 조직 송부 송년 구매 고객 주차 주말 차량 차트 전체 전달
  전산 진행 진급 변경 공고 공문 공통 배치 심사 우편 원본 장부 허가 방침 지연`);

/**
 * Heads of a clinic's or a practice's name in Korean, written after its own name ("송림 내과", Songnim Internal
 * Medicine; "하나 치과"): a name-shaped word right before them is the practice's.
 */
export const KO_ORG_HEADS = set(`내과 외과 치과 안과 소아과 산부인과 피부과 정형외과 신경과 이비인후과 비뇨기과`);

// ---------------------------------------------------------------- Cyrillic
/** Common Russian and Ukrainian given names (lower case, ё as е, й as и). */
export const RU_GIVEN = set(`
  александр алексеи анатолии андреи антон аркадии артем борис вадим валентин валерии василии виктор виталии владимир
  владислав вячеслав геннадии георгии глеб григории даниил денис дмитрии евгении егор иван игорь илья кирилл константин
  леонид максим михаил никита николаи олег павел петр руслан сергеи станислав степан тимофеи тимур федор юрии ярослав
  богдан тарас остап назар александра алина алла анастасия ангелина анна антонина валентина валерия вероника виктория
  галина дарья диана екатерина елена елизавета жанна зинаида зоя инна ирина карина кристина ксения лариса лидия людмила
  маргарита марина мария наталья наталия нина оксана ольга полина раиса светлана софия софья тамара татьяна ульяна
  юлия яна олена ганна марьяна
  петро іван олександр микола василь андріи сергіи дмитро юріи михаило ігор віктор віталіи григоріи павло євген олексіи
  анатоліи володимир мирослав ірина тетяна світлана катерина христина мирослава леся зоряна соломія`);
/** Given names that are also everyday words (вера faith, надежда hope, любовь love): only inside a full name. */
export const RU_GIVEN_AMBIGUOUS = set('вера надежда любовь роман лев мир слава');
export const RU_PATRONYMIC_ENDINGS = ['ович', 'евич', 'ьич', 'овна', 'евна', 'ична', 'инична'];
export const RU_SURNAME_ENDINGS = ['ова', 'ева', 'ов', 'ев', 'ина', 'ын', 'ына', 'ин', 'ский', 'ская', 'цкий', 'цкая', 'енко', 'чук', 'ук', 'юк', 'ич', 'ян', 'швили', 'дзе', 'их', 'ых'];
/**
 * The oblique cases a subject puts a surname in, folded (й as и): "для Кузнецовой Н." (for Kuznetsova), "к Петрову
 * И.", "с Ивановым". Adjectives end so too ("Краевой больницы", "Детской поликлиники"): such a word is a surname only
 * beside an initial, a given name or a patronymic, or after a title or a word for a patient.
 */
export const RU_SURNAME_CASE_ENDINGS = ['овои', 'евои', 'инои', 'ову', 'еву', 'овым', 'евым', 'иным', 'скои', 'цкои', 'ского', 'цкого'];
/** Everyday words with a surname ending: adjectives, plural genitives, nouns, drugs. */
export const RU_NOT_SURNAME_STEMS = [
  'анализ', 'результат', 'документ', 'пациент', 'больн', 'врач', 'доктор', 'специалист', 'диагноз', 'рецепт', 'лекарств',
  'препарат', 'витамин', 'инсулин', 'медицин', 'клиник', 'поликлиник', 'процедур', 'осмотр', 'прием', 'направлен',
  'выписк', 'справк', 'снимк', 'исследован', 'обследован', 'лечен', 'операци', 'зуб', 'час', 'год', 'месяц', 'рубл',
  'отчет', 'файл', 'товар', 'заказ', 'клиент', 'сотрудник', 'звонк', 'вопрос', 'итог', 'план', 'спис', 'договор', 'счет',
  'мужчин', 'женщин', 'причин', 'машин', 'магазин', 'половин', 'картин', 'дисциплин', 'вакцин', 'аспирин', 'гемоглобин',
  'креатинин', 'билирубин', 'пенициллин', 'глубин', 'детск', 'женск', 'мужск', 'городск', 'сельск', 'московск',
  'российск', 'русск', 'английск', 'медицинск', 'украинск', 'киевск', 'областн', 'центральн', 'дорог', 'нов', 'готов',
  'здоров', 'основ', 'слов', 'разговор', 'плов', 'остров', 'цвет', 'приветств', 'совет', 'ответ', 'лиц', 'мест', 'дел',
  'сведен', 'данн', 'чек', 'бланк', 'кров', 'узи', 'мрт', 'экг', 'кт',
];

// ---------------------------------------------------------------- Arabic
/**
 * Common Arabic given names, then common given names of Iran, Afghanistan and Pakistan in Persian and Urdu letters
 * (the engine folds every form to the Arabic letters: script-names.ts foldArabic). Not those that are everyday
 * Persian words as often as names (مینا enamel, پیمان contract, رویا dream, شیرین sweet).
 */
export const AR_GIVEN = set(`
  محمد احمد علي حسن حسين محمود مصطفي خالد عمر يوسف ابراهيم عبدالله سعيد سالم ناصر فهد سلطان طارق ماجد وليد فيصل كريم
  عادل هشام ياسر سامي رامي جمال كمال نبيل منير زياد بلال حمزه انس عثمان عمار مالك حمد راشد سعد عبدالرحمن عبدالعزيز
  مريم فاطمه عائشه خديجه زينب نور ساره ليلي هدي مني سلمي رنا دينا هاله امل ريم هند لينا رانيا ياسمين ايمان امنه حنان
  سعاد ناديه سميه جميله عبير وفاء رقيه اسماء شيماء لمياء نجلاء نوره هيفاء غاده
  رضا مهدی امیر مجید حمید جواد عباس ابوالفضل محسن مرتضی داوود بهروز فرهاد کامران بهرام سیاوش داریوش آرش بابک مسعود
  منصور قاسم جعفر صادق هاشم رحیم کاظم اکبر اصغر تقی نقی رسول کریم زهرا معصومه سکینه نرگس پروین فرزانه نسرین لیلا
  مهناز شهلا طاهره اعظم منیژه مهسا نازنین پریسا گلناز عمران شاہد ثاقب عاصم کاشف آصف ندیم وسیم طاہر زاہد شبانہ
  رخسانہ شازیہ صائمہ ثمینہ روبینہ نازیہ پروینہ گلالی ملالی`);
/** Name particles: بن / ابن (son of), بنت (daughter of), آل (family), أبو (father of). */
export const AR_LINKS = set('بن ابن بنت ال ابو');
/** Words with the article that follow a name but are not family names. */
export const AR_NOT_FAMILY = set(`
  المريض المريضه للمريض للمريضه الطبيب الطبيبه الدكتور الدكتوره الاشعه التحليل التحاليل الفحص الفحوصات النتائج النتيجه
  الموعد المستشفي العياده الدم السكر الضغط القلب اليوم الغد الاسبوع الساعه الصباح المساء الطوارئ العمليه الجراحه الدواء
  العلاج الملف التقرير الاول الثاني الجديد الجديده الكريم الكريمه المحترم المحترمه العزيز العزيزه`);
/** After these (king, prince) a name is an institution's ("مستشفى الملك فهد"). */
export const AR_ROYAL = set('الملك الامير');
/**
 * Particles and words that never start a name after a cue: Arabic, then Persian (را از به با در برای که این آن) and
 * Urdu (کی کا کے کو نے سے میں پر اور ہے: "مریضہ کی رپورٹ", the patient's report).
 */
export const AR_STOP = set(`في من الي علي عن مع هذا هذه ذلك تلك التي الذي و او ثم قد لم لن ما لا موعد نتيجه تحليل فحص تقرير
  را از به با در برای که این آن تا کی کا کے کو نے سے میں پر اور ہے`);
/**
 * Words of address after a word for a patient in a Persian, Arabic or Urdu letter ("بیمار گرامی", dear patient; "عزیز",
 * dear; "محترم", respected; "المريض العزيز" with the article): never the name itself there (without the article the
 * Arabic spelling "عزيز" is the given name Aziz: "المريض عزيز حسن"), which may follow them ("بیمار گرامی رضا احمدی"); after a lay title they may
 * be surnames (Gerami, Aziz, Arjmand).
 */
export const AR_ADDRESS = set(`گرامی گرامي عزیز عزیزم محترم محترمه ارجمند
  العزيز العزيزه المحترم المحترمه`);

// ---------------------------------------------------------------- Hebrew
export const HE_GIVEN = set(`
  משה דוד יוסף אברהם יעקב יצחק שמואל דניאל מיכאל אורי יונתן נועם איתי עומר אריאל אליהו חיים מאיר שלמה אהרון אבי יוסי
  רונית שרה רחל לאה רבקה מרים אסתר רות חנה תמר נועה מיכל יעל שירה אביגיל מאיה טליה רוני דנה אורית סיגל ליאת`);
export const HE_SURNAMES = set(`
  כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי אוחיון חדד גבאי שפירא קפלן רוזנברג אשכנזי שטרן גולדברג ברק
  שמעוני יוסף אלון חזן עמר סויסה גרינברג רוזן וייס קליין`);
/** Given names that are also words (דוד uncle, שרה sang, רות, חנה): only inside a full name. */
export const HE_AMBIGUOUS = set('דוד שרה רות חנה אבי חיים ברק אלון');

// ---------------------------------------------------------------- Gurmukhi
/**
 * Punjabi given names in Gurmukhi, the commonest (most are shared by men and women, as Sikh names are; Singh
 * and Kaur follow them). Written from general knowledge in their usual spelling; no list copied.
 */
export const PA_GIVEN = set(`
  ਗੁਰਪ੍ਰੀਤ ਹਰਪ੍ਰੀਤ ਮਨਪ੍ਰੀਤ ਜਸਪ੍ਰੀਤ ਅਮਰਜੀਤ ਸੁਰਿੰਦਰ ਬਲਵਿੰਦਰ ਗੁਰਮੀਤ ਜਸਵਿੰਦਰ ਕੁਲਦੀਪ ਹਰਜੀਤ ਰਣਜੀਤ ਸਿਮਰਨ ਨਵਜੋਤ ਮਨਜੀਤ
  ਪਰਮਜੀਤ ਰਾਜਿੰਦਰ ਇੰਦਰਜੀਤ ਦਲਜੀਤ ਕਮਲਜੀਤ ਅਮਨਦੀਪ ਰਮਨਦੀਪ ਹਰਦੀਪ ਗੁਰਦੀਪ ਸੁਖਵਿੰਦਰ ਜਗਜੀਤ ਕਿਰਨਦੀਪ ਸੁਖਜੀਤ ਗੁਰਵਿੰਦਰ ਹਰਵਿੰਦਰ
  ਜਸਬੀਰ ਬਲਜੀਤ ਗੁਰਜੀਤ ਸਰਬਜੀਤ ਹਰਮਨ ਪ੍ਰਭਜੋਤ ਗੁਰਨਾਮ ਜੋਗਿੰਦਰ ਕਰਨੈਲ ਬਲਦੇਵ ਨਿਰਮਲ ਪਰਮਿੰਦਰ ਤਜਿੰਦਰ ਸਤਨਾਮ ਮਨਦੀਪ ਨਵਦੀਪ ਅਰਸ਼ਦੀਪ`);
/** Sikh and Punjabi surnames: Singh and Kaur, which end most Sikh names, and the commonest family names. */
export const PA_SURNAMES = set(`ਸਿੰਘ ਕੌਰ ਗਿੱਲ ਸੰਧੂ ਸਿੱਧੂ ਢਿੱਲੋਂ ਗਰੇਵਾਲ ਬਰਾੜ ਧਾਲੀਵਾਲ ਮਾਨ ਬਾਜਵਾ ਚੀਮਾ ਰੰਧਾਵਾ ਸੇਖੋਂ ਬੈਂਸ ਔਜਲਾ ਸਹੋਤਾ ਵਿਰਕ ਕੰਗ ਅਟਵਾਲ`);
/** Names that are also words (ਮਾਨ pride, ਨਿਰਮਲ pure, ਸਿਮਰਨ remembrance): only inside a full name. */
export const PA_AMBIGUOUS = set('ਮਾਨ ਨਿਰਮਲ ਸਿਮਰਨ ਕੰਗ ਸਿੰਘ ਕੌਰ');

// ---------------------------------------------------------------- Gujarati
/**
 * Gujarati given names in Gujarati script, the commonest, as they are written without the "-ben" and "-bhai"
 * that follow them (script-names.ts folds those off); curated by the PHI Guard team from general knowledge.
 */
export const GU_GIVEN = set(`
  રમેશ સુરેશ મહેશ દિનેશ નરેશ જયેશ હિતેશ કલ્પેશ મુકેશ રાજેશ પ્રકાશ કિરણ અમિત અંકિત નીતિન વિજય અજય સંજય ભરત હરીશ
  જીગ્નેશ ચિરાગ પ્રવીણ અશોક હંસા ગીતા સીતા મીના નીતા રેખા જ્યોતિ પ્રિયા પૂજા હેતલ નેહા કોમલ ભાવના દક્ષા ઉષા સરલા કાંતા
  શારદા મંજુલા જશોદા લક્ષ્મી પાર્વતી`);
/** Common Gujarati surnames. */
export const GU_SURNAMES = set(`પટેલ શાહ દેસાઈ મહેતા જોશી પંડ્યા ત્રિવેદી ભટ્ટ પરમાર ચૌહાણ સોલંકી રાઠોડ મકવાણા વ્યાસ ગાંધી ચૌધરી બારોટ સુથાર પ્રજાપતિ દવે ઠાકર મોદી અમીન પારેખ`);
/** Names that are also everyday words (a ray, dawn, a flame, worship, a feeling, victory) or name institutions (Gandhi): only inside a full name. */
export const GU_AMBIGUOUS = set('કિરણ ઉષા જ્યોતિ પૂજા ભાવના વિજય પ્રકાશ લક્ષ્મી ગાંધી');

// ---------------------------------------------------------------- Telugu
/** Telugu given names in Telugu script, the commonest; curated by the PHI Guard team from general knowledge. */
export const TE_GIVEN = set(`
  వెంకట లక్ష్మి శ్రీనివాస్ శ్రీనివాస రమేష్ సురేష్ మహేష్ రాజు రామ కృష్ణ సత్య సాయి ప్రసాద్ రవి కిరణ్ నాగ సీత గీత పద్మ సరోజ
  విజయ అనిత సునీత రాధ మాధవి ఉమ శ్రీదేవి భారతి`);
/** Common Telugu family names and caste names written as surnames. */
export const TE_SURNAMES = set(`రెడ్డి రావు నాయుడు చౌదరి శర్మ వర్మ గౌడ్ యాదవ్ నాయక్ శాస్త్రి`);
/**
 * Names that are also everyday words or gods' names (a king, the sun, truth, a lotus, victory, a snake), or that name
 * hospitals and firms as often as people (Srinivasa, Reddy): only inside a full name.
 */
export const TE_AMBIGUOUS = set('రాజు రవి సత్య లక్ష్మి పద్మ విజయ ఉమ రామ కృష్ణ నాగ సాయి రావు శ్రీనివాస రెడ్డి');

// ---------------------------------------------------------------- Devanagari
export const HI_GIVEN = set(`
  राम श्याम अमित सुनील अनिल राजेश सुरेश रमेश महेश दिनेश विजय अजय संजय राहुल रोहित विकास आकाश अर्जुन प्रिया पूजा
  अंजलि नेहा सुनीता अनीता कविता रीता गीता सीता लक्ष्मी आरती स्नेहा दीपक मनोज अशोक
  कुमारी हरि गुरप्रीत हरप्रीत मनप्रीत जसप्रीत सरिता बिमला कमला गोपाल सुमन सबिना अनिता बिनोद सन्तोष दीपा मीना सुशीला
  पार्वती मन्जु नारायण प्रसाद बहादुर`);
export const HI_SURNAMES = set(`
  शर्मा वर्मा गुप्ता सिंह कुमार पटेल यादव जोशी मिश्रा पाण्डेय पांडे तिवारी चौहान अग्रवाल श्रीवास्तव त्रिपाठी दुबे मेहता
  शाह देसाई राव नायर रेड्डी चौधरी ठाकुर
  थापा गुरुङ तामाङ राई लिम्बू श्रेष्ठ अधिकारी भट्टराई पौडेल खड्का कार्की बस्नेत शेर्पा कौर गिल संधू घिमिरे न्यौपाने आचार्य
  कोइराला दाहाल लामा महर्जन शाक्य`);
/** Names that are also words, titles or deities (राम, सिंह lion, लक्ष्मी, सीता, अधिकारी officer, प्रसाद offering): only inside a full name. */
export const HI_AMBIGUOUS = set('राम सिंह कुमार लक्ष्मी सीता गीता आकाश हरि प्रसाद बहादुर नारायण कमला सुमन अधिकारी आचार्य लामा राई');

// ---------------------------------------------------------------- Bengali
/**
 * Bengali given names in Bengali script, the commonest of Bangladeshi and West Bengal Muslim and Hindu families;
 * curated by the PHI Guard team from general knowledge, written in NFKC form (য় as য with nukta), as the engine reads text.
 */
export const BN_GIVEN = set(`
  রহিম করিম আবদুল আব্দুল মোহাম্মদ মুহাম্মদ আহমেদ হাসান হোসেন রফিক শফিক জাহিদ কামাল জামাল নাসির আনোয়ার সাইফুল মিজানুর
  মাহমুদ ফারুক তানভীর রাকিব সুমন শাহিদ আরিফ ইমরান মাসুদ রাশেদ সোহেল জাহাঙ্গীর আলমগীর মনিরুল আমিনুল
  ফাতেমা আয়েশা নাসরিন শাহনাজ রহিমা রাবেয়া সালমা নাজমা শিরিন রুমানা তাসলিমা ফারজানা সুমাইয়া মরিয়ম রোকসানা রেহানা শারমিন
  সাবিনা মৌসুমী হাসিনা জেসমিন লাইলা নুসরাত তাহমিনা শাহানা
  অমিত সুব্রত প্রদীপ দেবাশীষ সুদীপ্ত অনিতা মিতা রিতা সুমিতা কাকলি দীপা অর্পিতা মৌমিতা সুচিত্রা গৌতম তাপস বিপ্লব`);
/** Common Bengali family names, and the name parts that close a name (Begum, Khatun, Akter, Parvin, Sultana, Uddin). */
export const BN_SURNAMES = set(`
  রহমান হোসেন হোসাইন ইসলাম আহমেদ আলী খান চৌধুরী বেগম খাতুন আক্তার আখতার পারভীন সুলতানা নাহার উদ্দিন মিয়া শেখ সিদ্দিকী তালুকদার
  মজুমদার ভূঁইয়া হক সরকার দাস বিশ্বাস মণ্ডল মন্ডল ঘোষ বসু সেন চক্রবর্তী মুখার্জী ব্যানার্জী ভট্টাচার্য রায় দত্ত`);
/**
 * Names that are also words (ইসলাম Islam, সরকার government, বিশ্বাস trust, হক a right, রায় a verdict, দাস a servant,
 * করিম and রহিম kind, কামাল excellence, সুমন good-hearted, আলী, খান, মিয়া, শেখ, বেগম and খাতুন titles alone; প্রদীপ a lamp,
 * বিপ্লব a revolution, মৌসুমী seasonal, কাকলি birdsong, তাপস an ascetic): only inside a full name.
 */
export const BN_AMBIGUOUS = set('ইসলাম সরকার বিশ্বাস হক রায় দাস সেন বসু করিম রহিম কামাল সুমন আলী খান মিয়া শেখ বেগম খাতুন প্রদীপ বিপ্লব মৌসুমী কাকলি তাপস');

// ---------------------------------------------------------------- Ethiopic
export const AM_NAMES = set(`
  አበበ ከበደ ተስፋዬ ሰለሞን ዳዊት ዮሐንስ ሙሉጌታ ግርማ ብርሃኑ ታደሰ አለሙ መሰረት ሄለን ትዕግስት ብርቱካን ማርታ ሳራ ሜሮን ቤተልሔም
  ሄኖክ ናሆም ዮናስ ኤፍሬም ሀይሌ ገብሬ ወልደ ጌታቸው አስቴር ሕይወት ፍቅር ሰላም
  ፍልሞን ፊሊሞን ሃብቶም ሰምሃር ዮሃንስ ኣስመሮም አስመሮም ገብሩ ደስታ በቀለ አሰፋ ዘውዱ መኮንን ግርማይ ተክሌ ሉዋም ሃና ሩት ኤልሳ
  ዮርዳኖስ ፀሐይ አልማዝ ኣማኑኤል አማኑኤል ዳንኤል እዮብ ሰናይት ወይኒ መብራህቱ ሓጎስ ኪዳኔ ተወልደ ሃይሌ ሳምራዊት ሚልኤን`);
/** Names that are also words (ፍቅር love, ሰላም peace, ደስታ joy, ፀሐይ sun, አልማዝ diamond): only inside a full name. */
export const AM_AMBIGUOUS = set('ፍቅር ሰላም ደስታ ፀሐይ አልማዝ');
/**
 * Ethiopian and Eritrean names built on a word of faith or hope: Gebre- (servant of), Wolde- (son of), Haile-
 * (power of), Tesfa- (hope), Kidane- (covenant of), Berhane- (light of): "ገብረመድህን", "ተስፋማርያም", "ተስፋይ".
 */
export const AM_NAME_PREFIXES = set('ገብረ ወልደ ሃይለ ኃይለ ተስፋ ኪዳነ ብርሃነ');

// ---------------------------------------------------------------- Greek
// Keys in lower case without tonos or dialytika (Γιώργος -> γιωργος); a final sigma is ς.
/** Common Greek given names, with the genitives mail uses most ("της Μαρίας", "του Γιώργου"). */
export const EL_GIVEN = set(`
  γιωργος γεωργιος δημητρης δημητριος νικος νικολαος κωνσταντινος κωστας γιαννης ιωαννης παναγιωτης χρηστος βασιλης
  βασιλειος αθανασιος θανασης ευαγγελος βαγγελης μιχαλης μιχαηλ αντωνης αντωνιος σπυρος σπυριδων θεοδωρος θοδωρης ανδρεας
  πετρος αλεξανδρος στελιος στυλιανος μανωλης εμμανουηλ φωτης σταυρος ηλιας γρηγορης γρηγοριος παυλος λευτερης ελευθεριος
  τασος αναστασιος χαραλαμπος μαρκος διονυσης σωτηρης κυριακος
  μαρια ελενη αικατερινη κατερινα σοφια αναστασια δεσποινα βασιλικη ευαγγελια αννα χριστινα ιωαννα γεωργια παρασκευη
  αγγελικη ειρηνη δημητρα σταυρουλα θεοδωρα ευδοκια κυριακη ελπιδα ευτυχια χαρα αγαπη ζωη νικη φωτεινη ευγενια αθηνα
  κωνσταντινα παναγιωτα χρυσα ολγα μαργαριτα αλεξανδρα στελλα καλλιοπη ασπασια ουρανια πολυξενη
  μαριας ελενης σοφιας αννας κατερινας γιωργου νικου γιαννη κωστα δημητρη`);
/** Given names that are also words or places (ειρηνη peace, ελπιδα hope, κυριακη Sunday, αθηνα Athens): only inside a full name. */
export const EL_AMBIGUOUS = set('ειρηνη ελπιδα ευτυχια χαρα αγαπη ζωη νικη κυριακη παρασκευη αθηνα σταυρος δεσποινα μαργαριτα χρυσα');
/** Endings of Greek surnames (masculine, feminine and genitive): -πουλος/-πούλου, -ίδης/-ίδου, -άκης/-άκη, -άδης/-άδου, -όγλου. */
export const EL_SURNAME_ENDINGS = set('πουλος πουλου ιδης ιδου ιδη ακης ακη αδης αδη αδου ογλου');
/** Lay titles (κ. Mr, κα Mrs, κυρία): the capitalised word after them is a name, a full one. */
export const EL_TITLES = set('κ κος κα κυρια κυριος κυριου κυριας κυριε');
/** Words for a patient: the capitalised word after them is a name. */
export const EL_PATIENT_WORDS = set('ασθενης ασθενους ασθενη');
/** Clinicians and staff before a name (Δρ., γιατρός, νοσηλεύτρια, διερμηνέας an interpreter): the name is staff. */
export const EL_STAFF = set(`
  δρ δρα ιατρος ιατρου ιατρε γιατρος γιατρου γιατρε καθηγητης καθηγητη καθηγητρια καθ νοσηλευτης νοσηλευτρια νοσηλευτη
  μαια φυσικοθεραπευτης φυσικοθεραπευτρια διερμηνεας διερμηνεα προισταμενη προισταμενος διευθυντης διευθυντρια`);
/** Heads of organisations, saints and streets named after a person ("Νοσοκομείο Αγία Σοφία", "οδός Παπαδοπούλου"). */
export const EL_PLACE_HEADS = set(`
  νοσοκομειο νοσοκομειου κλινικη κλινικης κεντρο κεντρου ιδρυμα ιδρυματος αγιος αγια αγιου αγιας αγ οδος οδου οδο οδ
  λεωφορος λεωφορου λεωφ πλατεια πλατειας βασιλισσης βασιλεως βασ σχολειο σχολη πανεπιστημιο δημος δημου ναος μονη φαρμακειο
  ιατρειο ιατρειου οδοντιατρειο πολυιατρειο εργαστηριο διαγνωστικο υπουργειο`);

// ---------------------------------------------------------------- Armenian
// Keys in lower case, և as եւ (NFKC).
export const HY_GIVEN = set(`
  անի արամ արմեն արտակ աշոտ գագիկ գոռ դավիթ էդգար հայկ հովհաննես տիգրան սարգիս վահե վարդան կարեն սամվել արման նարեկ
  գեւորգ մհեր լեւոն ռուբեն սուրեն խաչատուր արթուր հրանտ վազգեն հակոբ գրիգոր մանուկ արսեն
  աննա անահիտ արմինե գայանե լիլիթ մարիամ նարինե սիրանուշ սոնա հասմիկ լուսինե մարինե տաթեւիկ քնարիկ զարուհի ռուզաննա
  աստղիկ նունե շուշան արփի գոհար սաթենիկ լիանա նաիրա սեդա կարինե հռիփսիմե`);
/** Given names that are also words (աստղիկ little star, գոհար gem, արփի sun, շուշան lily): only inside a full name. */
export const HY_AMBIGUOUS = set('աստղիկ գոհար արփի շուշան հայկ');
/** Armenian surnames end in -յան (Western Armenian -եան), also -յանց, with the genitive and dative. */
export const HY_SURNAME_ENDINGS = set('յան յանց յանի յանին եան եանց եանի');
/** Adjectives of places in -յան ("Երեւանյան", of Yerevan; "Ամերիկյան", American). */
export const HY_NOT_SURNAMES = set(`
  երեւանյան հայաստանյան մոսկովյան արցախյան կիլիկյան փարիզյան ամերիկյան ռուսաստանյան լոսանջելեսյան եվրոպական երեւանեան
  հայաստանեան`);
/** Lay titles (պարոն Mr, տիկին Mrs, օրիորդ Miss). */
export const HY_TITLES = set('պրն պարոն տիկին տկն օրիորդ օրդ');
/** Words for a patient, with the article and the dative. */
export const HY_PATIENT_WORDS = set('հիվանդ հիվանդը հիվանդին պացիենտ պացիենտը պացիենտին');
/** Clinicians and staff before a name (բժիշկ a doctor, բուժքույր a nurse, թարգմանիչ an interpreter). */
export const HY_STAFF = set('բժիշկ բժշկուհի դոկտոր դր բուժքույր պրոֆեսոր պրոֆ թարգմանիչ մանկաբարձ ատամնաբույժ վիրաբույժ սրտաբան');
/** Words after a surname that make it an organisation's, a street's or a saint's ("Միքայելյան ինստիտուտ"): matched as the start of the word. */
export const HY_PLACE_HEADS = set(`
  ինստիտուտ կենտրոն հիվանդանոց բժշկական հիմնադրամ անվան համալսարան պոլիկլինիկա կլինիկա ընկերություն դպրոց փողոց պողոտա
  դեղատուն սպը փբը սբ սուրբ`);

// ---------------------------------------------------------------- Georgian
// Mkhedruli; Mtavruli capitals lower to it.
export const KA_GIVEN = set(`
  გიორგი დავით დავითი ნიკა ლუკა ალექსანდრე ირაკლი ზურაბ ზურაბი ლევან ლევანი გოჩა ვახტანგ ვახტანგი თემურ თემური შოთა
  მიხეილ ნიკოლოზ ბექა ლაშა გიგა დათო ზაზა მამუკა ოთარ ოთარი პაატა რევაზ რეზო სანდრო ტარიელ გელა ბადრი კახა ნოდარ ნოდარი
  ნინო თამარ თამარი მარიამ მარიამი ანა ეკატერინე ნათია ქეთევან ქეთი მაკა თეონა სალომე ელენე ლიკა თამუნა ხატია ნანა
  მანანა ეკა ია ლალი ციცინო ნატო ნესტან მზია ლია ნინა სოფიო ანანო მაია რუსუდან ლელა ირმა მედეა თეა`);
/** Given names that are also words (ია a violet, ლალი a ruby, ნატო NATO): only inside a full name. */
export const KA_AMBIGUOUS = set('ია ლალი ნატო ნანა მზია ლია');
/** Endings of Georgian surnames that no common word has: -შვილი (child of) and -ძე (son of), in their cases. */
export const KA_SURNAME_ENDINGS = set('შვილი შვილის შვილს შვილმა შვილით შვილთან შვილზე ძე ძის ძეს ძემ ძით ძესთან ძეზე');
/** Endings of surnames that common words share (-ია: ანემია; -ური: კლინიკური): a surname only after a given name or a title. */
export const KA_WEAK_ENDINGS = set('ია იას იამ ავა ავას უა უას ანი ანის ური ურის ელი ელის');
/** Kin words in -შვილი (a grandchild, a cousin, a nephew). */
export const KA_NOT_SURNAMES = set(`
  შვილიშვილი შვილიშვილის შვილიშვილს შვილიშვილმა მამიდაშვილი დეიდაშვილი ბიძაშვილი ძმისშვილი დისშვილი მამიდაშვილის
  დეიდაშვილის ბიძაშვილის ძმისშვილის დისშვილის`);
/** Lay titles (ბატონი Mr, ქალბატონი Mrs). */
export const KA_TITLES = set('ბატონი ბატონო ბატონ ქალბატონი ქალბატონო ქალბატონ');
/** Words for a patient. */
export const KA_PATIENT_WORDS = set('პაციენტი პაციენტ პაციენტის პაციენტს პაციენტმა ავადმყოფი ავადმყოფის');
/** Clinicians and staff before a name (ექიმი a doctor, ექთანი a nurse, თარჯიმანი an interpreter). */
export const KA_STAFF = set('ექიმი ექიმ ექიმმა ექიმის დოქტორი დოქტორ ექთანი ექთანმა პროფესორი პროფ თარჯიმანი ბებიაქალი მედდა');
/** Words after a surname that make it a street's or an organisation's ("ჭავჭავაძის გამზირი", an avenue). */
export const KA_PLACE_HEADS = set(`
  ქუჩა ქუჩის ქუჩაზე ქ გამზირი გამზირის გამზირზე გამზ შესახვევი მოედანი კლინიკა კლინიკის კლინიკაში საავადმყოფო
  საავადმყოფოს საავადმყოფოში ცენტრი ცენტრის ცენტრში ინსტიტუტი უნივერსიტეტი სკოლა ფონდი სახელობის შპს სს`);

// ---------------------------------------------------------------- Mongolian (Cyrillic)
// Keys folded as the Cyrillic ones (lower case, й as и, ё as е).
export const MN_GIVEN = set(`
  энхтуяа оюунчимэг батболд ганбаатар сарнаи наранцэцэг оюунцэцэг мөнхбат болормаа түвшин ариунаа анхбаяр баярмаа
  нарангэрэл цэцэгмаа золзаяа уянга номин хулан мөнхзул отгонбаяр алтанцэцэг энхбаяр гантулга тэмүүлэн билгүүн ууганбаяр
  даваасүрэн пүрэвдорж баасанжав нямдорж энхжаргал мөнхтуяа ану мандах сүхбат ганзориг батбаяр эрдэнэбат баттулга ганбат
  мөнхжаргал одгэрэл сэлэнгэ хонгор түмэн төмөр баяр эрдэнэ цэрэн дорж`);
/** Given names that are also words or places (сэлэнгэ a river, төмөр iron, баяр a holiday): only with a patronymic or an initial. */
export const MN_AMBIGUOUS = set('сэлэнгэ хонгор түмэн төмөр баяр эрдэнэ номин уянга хулан ану мандах дорж цэрэн');
/** Last elements of Mongolian given names (-баатар hero, -болд steel, -цэцэг flower, -туяа ray, -маа): a name after a patronymic or an initial. */
export const MN_NAME_ENDINGS = set('баатар болд бат цэцэг туяа эрдэнэ сүрэн жаргал саихан гэрэл дорж очир зул дулам сувд маа баяр тулга зориг билэг чимэг жав хүү заяа ням тогтох');
/** Genitive endings of a patronymic before a given name ("Батын Энхтуяа", "Цэрэнгийн"). */
export const MN_PATRONYMIC_ENDINGS = set('ын иин ны нии');
/** Capitalised genitives that open a title, not a patronymic ("Эмнэлгийн", of the hospital). */
export const MN_NOT_PATRONYMIC = set(`
  эмнэлгиин өвчнии цусны шээснии эмчиин хүүхдиин монголын улсын ниислэлиин дүүргиин аимгиин хотын төвиин сургуулиин гэриин
  ажлын оны сарын өдриин шинжилгээнии гэмтлиин хавдрын клиникиин төрөхиин эрүүл мэндиин яамны газрын хорооны байгууллагын
  компаниин`);

// ---------------------------------------------------------------- Thai, Lao, Khmer, Burmese, Tamil
// No letter case and no closed name lists: a name is the word or two right after a lay title or a
// word for a patient. In NFKC form, as the engine reads text (Thai and Lao sara am decomposed).
/** Thai lay titles, glued to the name or spaced ("คุณสมศรี", "นาย สมชาย ใจดี"). */
export const TH_TITLES = set('คุณ นาย นาง นางสาว');
/** Of those, the ones also said for "you" or "he" ("คุณ"): one word after them is a lone name; after the others, a full one. */
export const TH_LONE_TITLES = set('คุณ');
/** Thai words for a patient ("ผู้ป่วย", "คนไข้"): two words after them are a name. */
export const TH_PATIENT_WORDS = set('ผู้ป่วย คนไข้');
/**
 * Words that start with a Thai title but are no title before a name: quality (คุณภาพ), a doctor (นายแพทย์,
 * คุณหมอ), a nurse (นางพยาบาล), an employer (นายจ้าง), a mayor (นายกเทศมนตรี), the family (คุณแม่), the
 * customer (คุณลูกค้า).
 */
export const TH_NOT_TITLES = set(`
  คุณภาพ คุณสมบัติ คุณค่า คุณประโยชน์ คุณธรรม คุณครู คุณหมอ คุณพยาบาล คุณลักษณะ คุณวุฒิ คุณแม่ คุณพ่อ คุณลูกค้า คุณท่าน
  คุณนาย คุณยาย คุณตา คุณป้า คุณลุง คุณน้า คุณปู่ คุณย่า คุณพี่ คุณน้อง คุณูปการ
  นายแพทย์ นายกรัฐมนตรี นายกเทศมนตรี นายกสมาคม นายกอบต นายกองค์การ นายกสภา นายจ้าง นายหน้า นายทะเบียน นายอําเภอ นายสถานี
  นายช่าง นายทหาร นายตํารวจ นายประกัน นายด่าน นายท่า นายร้อย นายพล นายพัน นายสิบ นายทุน นายงาน นายห้าง
  นางพยาบาล นางฟ้า นางงาม นางแบบ นางเอก นางกํานัล นางสนม นางร้าย นางผดุงครรภ์`);
/** Thai staff before a title (a doctor, a nurse, an interpreter): the name after it is a colleague's. */
export const TH_STAFF = set('แพทย์ หมอ พยาบาล ล่าม เจ้าหน้าที่ อาจารย์ เภสัชกร ทันตแพทย์ นพ พญ ทพ ภก ภญ ดร');
/** Thai words that are never part of a name: particles, greetings, days and times (a name stops before them). */
export const TH_STOPS = set(`
  ของ ที่ และ ได้ ครับ ค่ะ คะ นะ จาก ถึง เรื่อง กับ ซึ่ง หรือ ขอบคุณ สวัสดี วันที่ วันนี้ พรุ่งนี้ เมื่อวาน วันจันทร์ วันอังคาร
  วันพุธ วันพฤหัส วันศุกร์ วันเสาร์ วันอาทิตย์ เวลา ห้อง โรงพยาบาล เลขที่ อายุ ปี เดือน ทุกคน ทั้งหมด ใน นอก ราย ใหม่ เก่า`);

/** Lao lay titles ("ທ້າວ" Mr, "ນາງ" Mrs or Ms, "ທ່ານນາງ" Madam). */
export const LO_TITLES = set('ທ້າວ ນາງ ນາງສາວ ທ່ານນາງ');
export const LO_PATIENT_WORDS = set('ຄົນເຈັບ ຄົນໄຂ້ ຜູ້ປ່ວຍ');
/** Words that start with a Lao title but are no title: a nurse (ນາງພະຍາບານ), an angel, a model, a heroine. */
export const LO_NOT_TITLES = set('ນາງພະຍາບານ ນາງຟ້າ ນາງແບບ ນາງງາມ ນາງເອກ');
export const LO_STAFF = set('ທ່ານຫມໍ ຫມໍ ພະຍາບານ ຜູ້ແປພາສາ ນາຍແປພາສາ ອາຈານ');
export const LO_STOPS = set('ຂອງ ທີ່ ແລະ ໄດ້ ຈາກ ເຖິງ ກັບ ເລື່ອງ ຂອບໃຈ ສະບາຍດີ ວັນທີ ມື້ນີ້ ໃນ ນອກ ທຸກຄົນ');

/** Khmer lay titles ("លោក" Mr, "លោកស្រី" and "អ្នកស្រី" Mrs, "កញ្ញា" Miss). */
export const KM_TITLES = set('លោក លោកស្រី អ្នកស្រី កញ្ញា អ្នកនាង');
/** "លោក" is also "he" and "you, sir". */
export const KM_LONE_TITLES = set('លោក');
export const KM_PATIENT_WORDS = set('អ្នកជំងឺ អ្នកជម្ងឺ');
/**
 * Words that start with a Khmer title but are no title before a name: "you" (លោកអ្នក), a teacher, a doctor,
 * an elder, a chairman, and "he" before a verb (លោកបាន he did, លោកនឹង he will).
 */
export const KM_NOT_TITLES = set(`
  លោកអ្នក លោកគ្រូ លោកវេជ្ជបណ្ឌិត លោកស្រីវេជ្ជបណ្ឌិត អ្នកស្រីវេជ្ជបណ្ឌិត លោកយាយ លោកតា លោកប្រធាន លោកនាយក លោកឧកញ៉ា
  លោកជំទាវ លោកបាន លោកនឹង លោកមិន លោកជា លោកមាន លោកត្រូវ លោកទៅ លោកមក លោកទាំងអស់គ្នា លោកស្រីទាំងអស់គ្នា`);
export const KM_STAFF = set('វេជ្ជបណ្ឌិត គ្រូពេទ្យ ពេទ្យ គិលានុបដ្ឋាក គិលានុបដ្ឋាយិកា អ្នកបកប្រែ សាស្ត្រាចារ្យ បណ្ឌិត');
export const KM_STOPS = set('បាន នឹង មិន ជា គឺ មាន ត្រូវ របស់ និង ពី ទៅ នៅ ដែល សូម អរគុណ ថ្ងៃ ក្នុង ក្រៅ ទាំងអស់');

/** Burmese titles before a name ("ဦး" U, "ဒေါ်" Daw, "မောင်" Maung); not "မ" or "ကို", also common syllables and particles. */
export const MY_TITLES = set('ဦး ဒေါ် မောင်');
/** "မောင်" is also a younger brother. */
export const MY_LONE_TITLES = set('မောင်');
/** Words that start with a Burmese title but are none: the brain (ဦးနှောက်), the head, a lead, a hat, a monk, a dollar (ဒေါ်လာ). */
export const MY_NOT_TITLES = set(`
  ဦးနှောက် ဦးခေါင်း ဦးစီး ဦးစား ဦးဆောင် ဦးရေ ဦးတည် ဦးထိပ် ဦးထုပ် ဦးချို ဦးညွှတ် ဦးပဉ္စင်း ဦးဇင်း ဦးစွာ မောင်နှမ မောင်နှံ
  ဒေါ်လာ`);
export const MY_STAFF = set('ဒေါက်တာ ဆရာဝန် သူနာပြု ဆရာမ ဆရာ ဘာသာပြန်');
/** Burmese particles a name stops before (ရဲ့ of, ကို to, နှင့် and). */
export const MY_STOPS = set('ရဲ့ ကို အား နှင့် နဲ့ သည် မှ တွင် ရှိ');

/** Tamil titles ("திரு." Mr, "திருமதி" Mrs, "செல்வி" Miss), whole words. */
export const TA_TITLES = set('திரு திருமதி செல்வி செல்வன்');
export const TA_PATIENT_WORDS = set('நோயாளி நோயாளியின் நோயாளிக்கு');
export const TA_STAFF = set('டாக்டர் மருத்துவர் டாக் செவிலியர் பேராசிரியர் மொழிபெயர்ப்பாளர்');
export const TA_STOPS = set('அவர்கள் அவர் இன்று நாளை நேற்று வணக்கம் நன்றி மற்றும் தேதி அன்று');
/** Heads after a name that make it an organisation's or a street's ("முருகன் மருத்துவமனை", a hospital). */
export const TA_PLACE_HEADS = set('மருத்துவமனை மருத்துவமனையில் கிளினிக் மையம் நிறுவனம் அறக்கட்டளை மருந்தகம் சாலை தெரு நகர் பள்ளி கல்லூரி');

// ---------------------------------------------------------------- Ethiopic titles
/** Amharic and Tigrinya lay titles (አቶ / ኣቶ Mr, ወይዘሮ Mrs, ወይዘሪት Miss; written short ወ/ሮ, ወ/ሪት): the word after them is a name. */
export const ET_TITLES = set('አቶ ኣቶ ወይዘሮ ወይዘሪት ወ/ሮ ወ/ሪት ወ/ት');
