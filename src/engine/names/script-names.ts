/**
 * Personal names in scripts the Latin-name lexicons cannot read (spec: "ePHI
 * counts in any language and any script"): Chinese, Korean, Japanese,
 * Cyrillic, Arabic, Hebrew, Devanagari and Ethiopic. Precision first: each
 * script has a closed list of common surnames or given names and a rule for
 * where a name starts and stops; anything unsure is left out.
 *
 * The lists were written by the PHI Guard team from general knowledge of
 * common names (closed sets such as the Chinese and Korean surnames, the most
 * frequent Japanese family names, common given names); no third-party list.
 * docs/name-model.md describes them. Lookups fold as the engine does where a
 * script has variants (Cyrillic ё/й, Arabic alef and taa marbuta forms,
 * Hebrew and Arabic vowel points).
 *
 * ES2016: no regex look-behind, no Unicode property escapes; the scans are
 * linear in the text.
 */

export type NameScript = 'han' | 'hangul' | 'kana' | 'cyrillic' | 'arabic' | 'hebrew' | 'devanagari' | 'ethiopic';

export interface ScriptName {
  /** UTF-16 offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 'kana' is Japanese (family names are written in kanji; the cue is Japanese). */
  readonly script: NameScript;
  /** 'full': given name and family name (or surname + given in CJK, or initials); 'lone': one part. */
  readonly strength: 'full' | 'lone';
}

const set = (s: string): Set<string> => new Set(s.split(' ').filter((w) => w.length > 0));
const chars = (s: string): Set<string> => new Set(s.replace(/ /g, '').split(''));

// ---------------------------------------------------------------- Chinese
/** The most common single-character surnames, simplified and traditional forms. */
const ZH_SURNAMES = chars(`
  王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢
  姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊
  葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁
  冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫
  米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝
  陳張劉楊黃趙吳馬孫鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸蔣賈鄒閻顧龔萬錢嚴湯莊聶魯嶽歐關蘭俞寧紀畢單塗穀駱藍饒鮑喬龐`);
const ZH_COMPOUND_SURNAMES = set('欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 歐陽 司馬 諸葛 東方 長孫');
/** Characters common in given names (a closed list keeps words like 高血压, 周末, 方法 out). */
const ZH_GIVEN = chars(`
  伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华秀兰玉萍红建国文斌辉鹏飞波宇浩凯健俊帆帅旭宁龙林阳峰亮鑫婷雪慧
  颖琳晶欣佳倩莉燕洁梅琴云莹丹蓉薇婧雯璐瑶怡悦诗涵梓萱子轩睿博然泽昊晨梦思雨嘉琪瑞诚志永海清春秋冬菊凤珍珠琼淑
  惠芬彬毅坤成东新利荣宏庆祥福贵德仁义礼智信忠孝安康乐兴盛昌隆宝立力兵武卫民生光天星月晓家振彤妍琦璇霖楠萌蕾露
  菲媛婉娴妮姗珊岚凡舒馨曦钰瑜瑾昕晴玲翠香莲荷茜蓓炜玮琨瑛锋钢铭铮锦坚雄豪勋辰烨焱鸣宸骏驰腾达远航翔旺广松柏桐
  森彪贤聪欢湘沛淳渊源泉一二三小
  偉靜麗軍艷傑濤剛華蘭紅國輝鵬飛凱帥寧龍陽潔瑩夢瑞誠誌東榮慶貴興寶衛曉彥勳鳴駿馳騰達遠廣聰賢歡淵詩萱軒`);
/**
 * Words that end a name or stand before one: health words (结果 result, 检查
 * examination, 化验 lab test, 尿检 urine test, 血糖 blood glucose, 患者
 * patient...), titles (先生 Mr, 女士 Ms...), particles and common verbs.
 */
const ZH_STOP = set(`
  的 了 和 与 及 或 是 在 给 对 把 被 由 从 请 说 来 去 已 将 会 要 等 们 也 都 就 还 又 向
  先生 女士 小姐 太太 夫人 同志 老师 医生 大夫 护士 主任 教授 同学 家属 母亲 父亲 妈妈 爸爸 儿子 女儿 等人
  患者 病人 病历 病例 病房 病情 结果 检查 化验 尿检 血检 血糖 血压 血常规 尿常规 报告 诊断 手术 复查 门诊 住院 出院
  入院 就诊 预约 挂号 治疗 用药 处方 体检 核酸 影像 超声 彩超 心电图 片子 资料 档案 信息 电话 地址 身份证 您好 你好
  今天 明天 昨天 上午 下午 晚上 已经 需要 的化验 怀孕 过敏 感染 复诊 随访 透析 化疗 放疗 肿瘤 癌症 糖尿病 高血压
  結果 檢查 化驗 尿檢 血檢 報告 診斷 手術 複查 門診 醫生 護士 病歷 預約 掛號 治療 處方 體檢 電話 資料`);
/** Titles after a lone surname: "张先生" (Mr Zhang). */
const ZH_TITLES = set('先生 女士 小姐 太太 夫人 老师 医生 大夫 护士 主任 教授 阿姨 醫生 護士');
/** Common words that start with a surname character. */
const ZH_NOT_NAMES = set(`
  高兴 周一 周二 周三 万一 孙子 王国 王子 李子 白天 孔子 和平 卫生 冷静 华丽 于洋`);

// ---------------------------------------------------------------- Japanese
/** The most common Japanese family names (kanji). */
const JA_FAMILY = set(`
  佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 清水 山崎 池田 橋本
  阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子
  岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木
  安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井
  木下 野口 松尾 菊地 野村 新井 渡部 渡邊 渡邉 齋藤 吉川 山内 西田 菊池 大西 浅野 北村 松岡 小島 荒木 服部 吉村`);
/** Honorifics after a family name: "田中さん", "佐藤様". */
const JA_HONORIFICS = ['さん', 'さま', '様', '氏', 'くん', '君', 'ちゃん', '殿', '先生', '部長', '課長'];
/** Last characters typical of Japanese given names in kanji (花子, 健太, 一郎, 美咲...). */
const JA_GIVEN_FINAL = chars('子美恵香奈花郎太介樹翔斗也輝彦男夫雄一二三菜代江枝乃里穂希人平吾治司志之浩誠健明蔵助咲紀佳央真実');

// ---------------------------------------------------------------- Korean
/** The fifty most common Korean surnames (one syllable), and the two-syllable ones. */
const KO_SURNAMES = chars('김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현');
/** Syllables common in Korean given names: the rest of a name must be made of these. */
const KO_GIVEN = chars(`
  민서지현준수영연우예은유진하윤도성재정훈혜경희주아원호동상승석태미선숙자순옥용철광건채다소시나린율빈한결리규형찬
  혁환범종명기인길남식택근일만봉보병덕화애실란향온솔별람슬비라가해욱웅섭운창완익열중권구모세신안양엽오요의이장제조
  효송산림율춘금강숙필`);
const KO_COMPOUND_SURNAMES = set('황보 남궁 제갈 선우 독고 사공 서문');
/** Glued or spaced after a name: 님 (honorific), 씨 (Mr/Ms), 환자 (patient). */
const KO_SUFFIXES = ['환자분', '환자님', '환자', '님', '씨'];
/** Common words that start with a surname syllable (a name candidate starting with one is not a name). */
const KO_NOT_NAMES = set(`
  정보 최근 이상 정상 이미 이유 이용 이제 이동 이해 이건 이하 정도 정리 정기 정신 정형 최소 최종 최신
  최선 강의 강남 강화 조금 조건 조정 조기 조영제 윤리 장소 장비 장애 장기 임신 임상 임시 한의원 서명
  신규 신경 신장 권장 권한 안정 송금 유지 유의 전화 전원 전송 홍보 고지 고열 문의 문서 문제 문자 양성
  양호 배송 백신 허리 남자 남성 심장 심리 노인 하지 하나 성인 성형 성별 주의 주소 주민 우리 우선 구강
  민원 나중 나이 지금 지원 원장 원인 천식 방금 공지 공유 현재 권리 안내 한국 서비스 전문 진료 진단 주간 월간 연간
  정기 수술 검사 결과 병원 의원 약국 안전 교육 회의 일정 보고 보험 주사 혈압 혈당`);

// ---------------------------------------------------------------- Cyrillic
/** Common Russian and Ukrainian given names (lower case, ё as е, й as и). */
const RU_GIVEN = set(`
  александр алексеи анатолии андреи антон аркадии артем борис вадим валентин валерии василии виктор виталии владимир
  владислав вячеслав геннадии георгии глеб григории даниил денис дмитрии евгении егор иван игорь илья кирилл константин
  леонид максим михаил никита николаи олег павел петр руслан сергеи станислав степан тимофеи тимур федор юрии ярослав
  богдан тарас остап назар александра алина алла анастасия ангелина анна антонина валентина валерия вероника виктория
  галина дарья диана екатерина елена елизавета жанна зинаида зоя инна ирина карина кристина ксения лариса лидия людмила
  маргарита марина мария наталья наталия нина оксана ольга полина раиса светлана софия софья тамара татьяна ульяна
  юлия яна олена ганна марьяна`);
/** Given names that are also everyday words (вера faith, надежда hope, любовь love): only inside a full name. */
const RU_GIVEN_AMBIGUOUS = set('вера надежда любовь роман лев мир слава');
const RU_PATRONYMIC_ENDINGS = ['ович', 'евич', 'ьич', 'овна', 'евна', 'ична', 'инична'];
const RU_SURNAME_ENDINGS = ['ова', 'ева', 'ов', 'ев', 'ина', 'ын', 'ына', 'ин', 'ский', 'ская', 'цкий', 'цкая', 'енко', 'чук', 'ук', 'юк', 'ич', 'ян', 'швили', 'дзе', 'их', 'ых'];
/** Everyday words with a surname ending: adjectives, plural genitives, nouns, drugs. */
const RU_NOT_SURNAME_STEMS = [
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
/** Common Arabic given names, folded (alef forms as ا, taa marbuta as ه, alef maqsura as ي). */
const AR_GIVEN = set(`
  محمد احمد علي حسن حسين محمود مصطفي خالد عمر يوسف ابراهيم عبدالله سعيد سالم ناصر فهد سلطان طارق ماجد وليد فيصل كريم
  عادل هشام ياسر سامي رامي جمال كمال نبيل منير زياد بلال حمزه انس عثمان عمار مالك حمد راشد سعد عبدالرحمن عبدالعزيز
  مريم فاطمه عائشه خديجه زينب نور ساره ليلي هدي مني سلمي رنا دينا هاله امل ريم هند لينا رانيا ياسمين ايمان امنه حنان
  سعاد ناديه سميه جميله عبير وفاء رقيه اسماء شيماء لمياء نجلاء نوره هيفاء غاده`);
/** Name particles: بن / ابن (son of), بنت (daughter of), آل (family), أبو (father of). */
const AR_LINKS = set('بن ابن بنت ال ابو');
/** Words with the article that follow a name but are not family names. */
const AR_NOT_FAMILY = set(`
  المريض المريضه للمريض للمريضه الطبيب الطبيبه الدكتور الدكتوره الاشعه التحليل التحاليل الفحص الفحوصات النتائج النتيجه
  الموعد المستشفي العياده الدم السكر الضغط القلب اليوم الغد الاسبوع الساعه الصباح المساء الطوارئ العمليه الجراحه الدواء
  العلاج الملف التقرير الاول الثاني الجديد الجديده الكريم الكريمه المحترم المحترمه العزيز العزيزه`);
/** After these (king, prince) a name is an institution's ("مستشفى الملك فهد"). */
const AR_ROYAL = set('الملك الامير');
const AR_STOP = set('في من الي علي عن مع هذا هذه ذلك تلك التي الذي و او ثم قد لم لن ما لا موعد نتيجه تحليل فحص تقرير');

// ---------------------------------------------------------------- Hebrew
const HE_GIVEN = set(`
  משה דוד יוסף אברהם יעקב יצחק שמואל דניאל מיכאל אורי יונתן נועם איתי עומר אריאל אליהו חיים מאיר שלמה אהרון אבי יוסי
  רונית שרה רחל לאה רבקה מרים אסתר רות חנה תמר נועה מיכל יעל שירה אביגיל מאיה טליה רוני דנה אורית סיגל ליאת`);
const HE_SURNAMES = set(`
  כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי אוחיון חדד גבאי שפירא קפלן רוזנברג אשכנזי שטרן גולדברג ברק
  שמעוני יוסף אלון חזן עמר סויסה גרינברג רוזן וייס קליין`);
/** Given names that are also words (דוד uncle, שרה sang, רות, חנה): only inside a full name. */
const HE_AMBIGUOUS = set('דוד שרה רות חנה אבי חיים ברק אלון');

// ---------------------------------------------------------------- Devanagari
const HI_GIVEN = set(`
  राम श्याम अमित सुनील अनिल राजेश सुरेश रमेश महेश दिनेश विजय अजय संजय राहुल रोहित विकास आकाश अर्जुन प्रिया पूजा
  अंजलि नेहा सुनीता अनीता कविता रीता गीता सीता लक्ष्मी आरती स्नेहा दीपक मनोज अशोक`);
const HI_SURNAMES = set(`
  शर्मा वर्मा गुप्ता सिंह कुमार पटेल यादव जोशी मिश्रा पाण्डेय पांडे तिवारी चौहान अग्रवाल श्रीवास्तव त्रिपाठी दुबे मेहता
  शाह देसाई राव नायर रेड्डी चौधरी ठाकुर`);
/** Names that are also words or deities (राम, सिंह lion, लक्ष्मी, सीता): only inside a full name. */
const HI_AMBIGUOUS = set('राम सिंह कुमार लक्ष्मी सीता गीता आकाश');

// ---------------------------------------------------------------- Ethiopic
const AM_NAMES = set(`
  አበበ ከበደ ተስፋዬ ሰለሞን ዳዊት ዮሐንስ ሙሉጌታ ግርማ ብርሃኑ ታደሰ አለሙ መሰረት ሄለን ትዕግስት ብርቱካን ማርታ ሳራ ሜሮን ቤተልሔም
  ሄኖክ ናሆም ዮናስ ኤፍሬም ሀይሌ ገብሬ ወልደ ጌታቸው አስቴር ሕይወት ፍቅር ሰላም`);
/** Names that are also words (ፍቅር love, ሰላም peace): only inside a full name. */
const AM_AMBIGUOUS = set('ፍቅር ሰላም');

// ---------------------------------------------------------------- scanning
type Kind = 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'hebrew' | 'devanagari' | 'ethiopic' | 'other';

function kindOf(c: number): Kind {
  if (c < 0x0400) return 'other';
  if (c <= 0x052f) return 'cyrillic';
  if (c >= 0x0591 && c <= 0x05f4) return c === 0x05be ? 'other' : 'hebrew';
  if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) return 'arabic';
  if (c >= 0x0900 && c <= 0x097f) return c === 0x0964 || c === 0x0965 || (c >= 0x0966 && c <= 0x096f) ? 'other' : 'devanagari';
  if (c >= 0x1100 && c <= 0x11ff) return 'hangul';
  if (c >= 0x1200 && c <= 0x137f) return c >= 0x1360 && c <= 0x137c ? 'other' : 'ethiopic';
  if (c >= 0x3040 && c <= 0x30ff) return c === 0x30fb ? 'other' : 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return 'han';
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul';
  if (c >= 0x3130 && c <= 0x318f) return 'hangul';
  return 'other';
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Maximal runs of one script's characters. */
function wordsOf(text: string, kind: Kind): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (kindOf(text.charCodeAt(i)) !== kind) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && kindOf(text.charCodeAt(j)) === kind) j++;
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** Two words belong to one name when only a space, underscore, dot or hyphen separates them. */
function joined(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && /^[ _.\-\u3000]+$/.test(gap);
}

function startsWithAny(text: string, at: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let n = 1; n <= maxLength && at + n <= text.length; n++) if (words.has(text.slice(at, at + n))) return true;
  return false;
}
function endsWithAny(text: string, at: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let n = 1; n <= maxLength && at - n >= 0; n++) if (words.has(text.slice(at - n, at))) return true;
  return false;
}

const isHan = (text: string, i: number): boolean => i >= 0 && i < text.length && kindOf(text.charCodeAt(i)) === 'han';
const isKana = (text: string, i: number): boolean => i >= 0 && i < text.length && kindOf(text.charCodeAt(i)) === 'kana';

/** Japanese: a common family name with an honorific, or followed by a given name. */
function findJapanese(text: string, out: ScriptName[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text, i) || (isHan(text, i - 1) && !endsWithAny(text, i, ZH_STOP, 3))) continue;
    let family = '';
    for (let n = 3; n >= 1 && !family; n--) if (JA_FAMILY.has(text.slice(i, i + n))) family = text.slice(i, i + n);
    if (!family) continue;
    let k = i + family.length;
    const honorificAt = (p: number): boolean => JA_HONORIFICS.some((h) => text.slice(p, p + h.length) === h);
    if (honorificAt(k)) {
      out.push({ start: i, end: k, script: 'kana', strength: 'lone' });
      i = k - 1;
      continue;
    }
    if (text[k] === ' ' || text[k] === '\u3000') k++;
    // A given name: one to three kanji ending in a typical last character, or kana before an honorific.
    let g = k;
    while (g < text.length && g - k < 3 && isHan(text, g) && !honorificAt(g)) g++;
    if (g > k && (!isHan(text, g) || honorificAt(g)) && JA_GIVEN_FINAL.has(text[g - 1])) {
      out.push({ start: i, end: g, script: 'kana', strength: 'full' });
      i = g - 1;
      continue;
    }
    g = k;
    while (g < text.length && g - k < 4 && isKana(text, g) && !honorificAt(g)) g++;
    if (g - k >= 2 && honorificAt(g)) {
      out.push({ start: i, end: g, script: 'kana', strength: 'full' });
      i = g - 1;
    }
  }
}

/**
 * Chinese: surname + one or two given-name characters, standing between
 * boundaries (not Chinese, or a health word, title or particle), or a lone
 * surname before a title ("张先生").
 */
function findChinese(text: string, out: ScriptName[], taken: (i: number) => boolean): void {
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text, i) || taken(i)) continue;
    // Japanese context (kana around) is not Chinese.
    if (isKana(text, i - 1)) continue;
    if (isHan(text, i - 1) && !endsWithAny(text, i, ZH_STOP, 3)) continue;
    if (startsWithAny(text, i, ZH_NOT_NAMES, 3)) continue;
    let s = 0;
    if (ZH_COMPOUND_SURNAMES.has(text.slice(i, i + 2))) s = 2;
    else if (ZH_SURNAMES.has(text[i])) s = 1;
    if (!s) continue;
    const g = i + s;
    if (startsWithAny(text, g, ZH_TITLES, 2)) {
      out.push({ start: i, end: g, script: 'han', strength: 'lone' });
      i = g - 1;
      continue;
    }
    const boundaryAt = (p: number): boolean => !isHan(text, p) || startsWithAny(text, p, ZH_STOP, 3);
    let end = 0;
    for (let n = 2; n >= 1 && !end; n--) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = ZH_GIVEN.has(text[g + k] ?? '') && !startsWithAny(text, g + k, ZH_STOP, 3);
      if (ok && boundaryAt(g + n) && !isKana(text, g + n)) end = g + n;
    }
    if (end) {
      out.push({ start: i, end, script: 'han', strength: 'full' });
      i = end - 1;
    }
  }
}

/** Korean: a word of a surname syllable and one or two more, with 님 / 씨 / 환자 glued or not. */
function findKorean(text: string, out: ScriptName[]): void {
  for (const w of wordsOf(text, 'hangul')) {
    let core = w.text;
    for (const suffix of KO_SUFFIXES) {
      if (core.length > suffix.length && core.slice(-suffix.length) === suffix) {
        core = core.slice(0, -suffix.length);
        break;
      }
    }
    if (core.length < 2 || core.length > 4) continue;
    const compound = KO_COMPOUND_SURNAMES.has(core.slice(0, 2));
    if (core.length === 4 ? !compound : !KO_SURNAMES.has(core[0]) && !compound) continue;
    let ok = true;
    for (let k = compound ? 2 : 1; k < core.length && ok; k++) ok = KO_GIVEN.has(core[k]);
    for (let n = 2; n <= core.length && ok; n++) ok = !KO_NOT_NAMES.has(core.slice(0, n));
    if (!ok) continue;
    // Two syllables are a name or a word as often as not ("권리", rights): a full name only with an
    // honorific or a patient word glued on, or three syllables.
    const marked = core.length < w.text.length;
    out.push({ start: w.start, end: w.start + core.length, script: 'hangul', strength: core.length >= 3 || marked ? 'full' : 'lone' });
  }
}

/** Cyrillic lookups fold ё to е and й to и, as the engine's keys do. */
const foldCyrillic = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/й/g, 'и');
const endsWith = (s: string, endings: readonly string[]): boolean => endings.some((e) => s.length > e.length && s.slice(-e.length) === e);

type CyrKind = 'given' | 'ambiguous' | 'patronymic' | 'surname' | 'initial' | 'capital' | undefined;

function cyrillicKind(w: Word): CyrKind {
  const first = w.text[0];
  const capital = first !== first.toLowerCase();
  if (!capital) return undefined;
  if (w.text.length === 1) return 'initial';
  const key = foldCyrillic(w.text);
  if (RU_GIVEN.has(key)) return 'given';
  if (RU_GIVEN_AMBIGUOUS.has(key)) return 'ambiguous';
  if (endsWith(key, RU_PATRONYMIC_ENDINGS)) return 'patronymic';
  // All capitals of three letters or fewer are abbreviations (УЗИ, МРТ, ЭКГ).
  if (w.text.length <= 3 && w.text === w.text.toUpperCase()) return undefined;
  if (key.length >= 5 && endsWith(key, RU_SURNAME_ENDINGS) && key.indexOf('ческ') < 0 && !RU_NOT_SURNAME_STEMS.some((s) => key.slice(0, s.length) === s)) return 'surname';
  return 'capital';
}

/** Cyrillic: given names, patronymics and surnames by their endings, with initials. */
function findCyrillic(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'cyrillic');
  const kinds = words.map(cyrillicKind);
  const named = (k: CyrKind): boolean => k === 'given' || k === 'patronymic' || k === 'ambiguous';
  const nameWord = (k: CyrKind): boolean => named(k) || k === 'surname';
  let i = 0;
  while (i < words.length) {
    if (!kinds[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && kinds[j] && j - i < 5 && joined(text, words[j - 1], words[j])) j++;
    const run = kinds.slice(i, j);
    const push = (a: number, b: number, strength: 'full' | 'lone'): void => {
      out.push({ start: words[i + a].start, end: words[i + b - 1].end, script: 'cyrillic', strength });
    };
    // A given name or patronymic with another name word or a plain capitalised word
    // right beside it: "Ольга Петрова", "Петрова Ольга Ивановна", "Анна Кац".
    const first = run.findIndex(named);
    if (first >= 0) {
      let a = first;
      let b = first + 1;
      while (a > 0 && (nameWord(run[a - 1]) || run[a - 1] === 'initial' || (run[a - 1] === 'capital' && a === first))) a--;
      while (b < run.length && (nameWord(run[b]) || run[b] === 'initial' || (run[b] === 'capital' && b === first + 1))) b++;
      const words2 = run.slice(a, b).filter((k) => k !== 'initial').length;
      if (words2 >= 2) push(a, b, 'full');
      else if (run[first] === 'given' || run.slice(a, b).some((k) => k === 'initial')) push(a, b, run.slice(a, b).some((k) => k === 'initial') ? 'full' : 'lone');
      i += b;
      continue;
    }
    // A surname by its ending, with initials ("Смирнова А.", "И. И. Иванов") or alone.
    const s = run.indexOf('surname');
    if (s >= 0) {
      let a = s;
      let b = s + 1;
      while (a > 0 && run[a - 1] === 'initial') a--;
      while (b < run.length && run[b] === 'initial') b++;
      push(a, b, b - a > 1 ? 'full' : 'lone');
      i += b;
      continue;
    }
    i = j;
  }
}

/** Arabic lookups: no vowel marks or tatweel; alef forms as ا, taa marbuta as ه, alef maqsura as ي. */
function foldArabic(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    const ch = s[i];
    r += ch === 'أ' || ch === 'إ' || ch === 'آ' ? 'ا' : ch === 'ة' ? 'ه' : ch === 'ى' ? 'ي' : ch;
  }
  return r;
}

/** Arabic: a given name with a family name (ال…), name particles (عبد ال…، بن، بنت، آل، أبو). */
function findArabic(text: string, out: ScriptName[]): void {
  const words = wordsOf(text, 'arabic');
  const keys = words.map((w) => foldArabic(w.text));
  const spaced = (a: number, b: number): boolean => b < words.length && /^[ \u00a0_]{1,2}$/.test(text.slice(words[a].end, words[b].start));
  const familyLike = (k: number): boolean => keys[k].length >= 4 && keys[k].slice(0, 2) === 'ال' && !AR_NOT_FAMILY.has(keys[k]) && !AR_STOP.has(keys[k]);
  /** A name unit at k: its end index (exclusive) in words, or 0. */
  const unit = (k: number): number => {
    const key = keys[k];
    if (key === 'عبد' && spaced(k, k + 1) && keys[k + 1].slice(0, 2) === 'ال') return k + 2;
    if (AR_GIVEN.has(key) || (key.slice(0, 5) === 'عبدال' && key.length > 5)) return k + 1;
    return 0;
  };
  let i = 0;
  while (i < words.length) {
    let j = unit(i);
    const linkFirst = AR_LINKS.has(keys[i]) && keys[i] !== 'بن' && keys[i] !== 'ابن' && keys[i] !== 'بنت';
    if (!j && linkFirst && spaced(i, i + 1) && !AR_STOP.has(keys[i + 1])) {
      // آل X (a family) or أبو X (father of X) alone.
      out.push({ start: words[i].start, end: words[i + 1].end, script: 'arabic', strength: 'lone' });
      i += 2;
      continue;
    }
    if (!j || (i > 0 && AR_ROYAL.has(keys[i - 1]))) {
      i = Math.max(i + 1, j);
      continue;
    }
    let parts = 1;
    for (;;) {
      if (!spaced(j - 1, j)) break;
      const next = unit(j);
      if (next) {
        j = next;
        parts++;
      } else if (AR_LINKS.has(keys[j]) && spaced(j, j + 1) && !AR_STOP.has(keys[j + 1])) {
        j = unit(j + 1) || j + 2;
        parts++;
      } else if (familyLike(j)) {
        j++;
        parts++;
        break;
      } else break;
    }
    out.push({ start: words[i].start, end: words[j - 1].end, script: 'arabic', strength: parts >= 2 ? 'full' : 'lone' });
    i = j;
  }
}

/** Hebrew vowel points and cantillation marks are not part of the lookup. */
function foldHebrew(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x05d0 || c > 0x05ea) continue;
    r += s[i];
  }
  return r;
}

/**
 * Hebrew, Devanagari, Ethiopic: listed given names and surnames; two listed
 * names together are a full name, one alone a lone name (unless it is also
 * an everyday word).
 */
function findListed(
  text: string,
  out: ScriptName[],
  script: 'hebrew' | 'devanagari' | 'ethiopic',
  fold: (s: string) => string,
  given: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
  ambiguous: ReadonlySet<string>,
): void {
  const words = wordsOf(text, script);
  const keys = words.map((w) => fold(w.text));
  const listed = (k: number): boolean => given.has(keys[k]) || surnames.has(keys[k]);
  let i = 0;
  while (i < words.length) {
    if (!listed(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && j - i < 3 && listed(j) && joined(text, words[j - 1], words[j])) j++;
    const hasSurname = keys.slice(i, j).some((k) => surnames.has(k));
    const full = j - i >= 2 && (hasSurname || script === 'ethiopic' || j - i >= 3 || keys.slice(i, j).every((k) => given.has(k)));
    if (full) out.push({ start: words[i].start, end: words[j - 1].end, script, strength: 'full' });
    else if (j - i === 1 && !ambiguous.has(keys[i])) out.push({ start: words[i].start, end: words[i].end, script, strength: 'lone' });
    i = j;
  }
}

const identity = (s: string): string => s;
const EMPTY = new Set<string>();

/** Quick test: does the text have any character of a script this module reads? */
function hasOtherScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0400 && kindOf(text.charCodeAt(i)) !== 'other') return true;
  return false;
}

/**
 * Likely personal names in non-Latin scripts, left to right, with UTF-16
 * offsets into `text`. Each span carries its script and a strength hint:
 * 'full' for given + family name, 'lone' for one part.
 */
export function findScriptNames(text: string): ScriptName[] {
  if (!hasOtherScript(text)) return [];
  const out: ScriptName[] = [];
  findJapanese(text, out);
  const japanese = out.slice();
  findChinese(text, out, (i) => japanese.some((n) => i >= n.start && i < n.end));
  findKorean(text, out);
  findCyrillic(text, out);
  findArabic(text, out);
  findListed(text, out, 'hebrew', foldHebrew, HE_GIVEN, HE_SURNAMES, HE_AMBIGUOUS);
  findListed(text, out, 'devanagari', identity, HI_GIVEN, HI_SURNAMES, HI_AMBIGUOUS);
  findListed(text, out, 'ethiopic', identity, AM_NAMES, EMPTY, AM_AMBIGUOUS);
  return out.sort((a, b) => a.start - b.start);
}
