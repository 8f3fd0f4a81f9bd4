import { LanguageLexicon, words } from './types';

/**
 * Chinese, simplified and traditional (Mandarin and Cantonese patients write
 * both). Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Chinese dictionaries from memory; no corpus or third-party list copied.
 * Chinese is written without spaces: terms are found as substrings inside
 * words (match.ts), so each is a word that keeps its meaning wherever it
 * stands: two characters or more, except 癌 (cancer) and 孕 (pregnancy),
 * which mean nothing else. Left out as ambiguous: 病 alone (also "fault"),
 * 药 alone (药剂科 is a pharmacy department), 移植 alone (also "porting"),
 * 护士 as a workplace word (a nurse can be a patient). 简历 (a CV) makes the field about work. 指导 (guidance) is a
 * workplace word ("指导老师", a supervising teacher), except in a patient's
 * discharge and medication instructions (出院指导, 用药指导: terms, and the
 * longest match wins).
 * Round 9 additions: a patient's documents (transfer, sick-leave slip,
 * medical certificate, informed consent, nursing records and assessment,
 * critical-illness notice, insurance card), ulcers, pressure sores, burns,
 * rashes, dysphagia, thyroid, anaemia and other common conditions, blood
 * culture, urine and stool tests, imaging words, department names, physio,
 * nutrition assessment and psychotherapy, registering for a visit (挂号).
 * Left out: 病假 alone (a leave policy), 看病 (inside 查看病毒, checking for
 * viruses), 拍片 (also filming), 医保 alone (any insurance matter); the
 * counsellor's job (心理咨询师) is ignored so it does not read as counselling,
 * and so are 疾病危害/危险 (disease hazards, which hold 病危), 挂号信
 * (registered mail), 神经科学 (neuroscience); 造影 is left out (inside 创造影响).
 * Review of round 9: 挂号 marked everyday (also the registration system, its
 * fee, registered mail; 挂号邮件/包裹/系统 are ignored); 经理疗(养) (a manager's rest
 * leave) and 心理疗愈 (wellbeing) are ignored, as they hold 理疗, and so are
 * things and places named for a term: the counselling hotline (心理咨询热线),
 * the urine analyser (尿液分析仪), the bone-density scanner (骨密度仪), the
 * physiotherapy room (物理治疗室). Workplace words added, each one patient mail
 * does not use: card readers (读卡器, 讀卡機), purchasing, tenders, renovation
 * (采购, 招标, 装修), templates and blank forms (模板, 表格下载, 空白表格). Not 仪 (an
 * instrument: a patient's own glucose meter is 血糖仪), nor 维修 (repair: a
 * patient's insulin pump), 热线 (a hotline's call about a patient) or 表格
 * alone (a patient's filled form).
 * Review of round 39: words that hold 流感 (flu) across a word boundary are ignored: an exchange's reflections
 * (交流感想, 交流感言, 交流感受) and current or airflow sensing (电流感应, 气流感应).
 * Round 38 additions: a child's growth and development (生长曲线, ~身高体重,
 * 生长发育, 儿保 child health checks, 发育落后, 矮小症, growth hormone), the
 * antenatal tests (胎心监护, 唐筛, 糖耐), catheters, intubation, stents and
 * angiography (导管, 插管, 支架植入, 冠脉造影), injections, drips and collecting
 * medicine (打针, 输液, 取药), colds, coughs and headaches, miscarriage. 偏低
 * (low) and 异常 (abnormal) are marked everyday, as 偏高 is: also a low score,
 * an abnormal system. Left out: 支架 alone (also a stand), 发育 alone (a
 * region's development), 身高 and 体重 alone (anyone's), 造影 alone (above).
 * Marked everyday: 感冒 (不感冒, not interested), 头痛 (a problem that gives
 * one a headache), 流产 (a plan that fell through), 导管 (also a conduit).
 * Round 43 additions: the common lab analytes (creatinine 肌酐, transaminases, white cells, platelets, urea nitrogen,
 * cholesterol) and a trial's subject (受试者), who is in its treatment as a patient is.
 */
export const ZH: LanguageLexicon = {
  code: 'zh',
  match: 'substrings',
  terms: {
    condition: words(
      '糖尿病, 跌倒, 摔倒, 高血压, 高血壓, 结核, 結核, 带状疱疹, 帶狀皰疹, 肝功能异常, 肝功能異常, 癌, 肿瘤, 腫瘤, 怀孕, 懷孕, 妊娠, 孕, 哮喘, 抑郁症, 抑鬱症, ~感染, 骨折, 中风, 中風, 心梗, 心衰, 肾衰, 腎衰, 肾病, 腎病, 肺炎, 发烧, 發燒, 发热, ' +
      '發熱, ~疼痛, 过敏, 過敏, 癫痫, 癲癇, 痴呆, 失智, 伤口, 傷口, ~出血, 症状, 症狀, 诊断, 診斷, 腹泻, 腹瀉, 呕吐, 嘔吐, 病情, 去世, ~偏高, 肝炎, 乙肝, 丙肝, 发育迟缓, 發育遲緩, 白内障, 白內障, 胸痛, 腹痛, 产后, 產後, ' +
      '溃疡, 潰瘍, 褥疮, 褥瘡, 压疮, 壓瘡, 烧伤, 燒傷, 烫伤, 燙傷, 皮疹, 湿疹, 濕疹, 尿毒症, 吞咽困难, 吞嚥困難, 吞咽困難, 甲状腺, 甲狀腺, 甲亢, 甲减, 甲減, ' +
      '贫血, 貧血, 高血糖, 高血脂, 肝硬化, 痛风, 痛風, 心脏病, 心臟病, 病危, 病重通知, ' +
      '~感冒, 咳嗽, ~头痛, 发育落后, 發育落後, 生长迟缓, 生長遲緩, 矮小症, 营养不良, 營養不良, 妊娠期糖尿病, 先兆流产, 先兆流產, ~流产, ~流產, ~偏低, ' +
      // Round 39: infections (flu, syphilis, gonorrhoea, AIDS), the inflammations by organ, stroke, Parkinson's and heart rhythm.
      '流感, 确诊, 確診, 梅毒, 淋病, 艾滋, 愛滋, 胰腺炎, 胆囊炎, 膽囊炎, 阑尾炎, 闌尾炎, 胃炎, 肠炎, 腸炎, 尿路感染, 支气管炎, 支氣管炎, 脑梗, 腦梗, 脑出血, 腦出血, ' +
      '帕金森, 阿尔茨海默, 阿爾茨海默, 冠心病, 房颤, 房顫, 心律失常',
    ),
    medication: words(`药物, 藥物, 处方, 處方, 服药, 服藥, 胰岛素, 胰島素, 疫苗, 抗生素, 化疗, 化療, 降压药, 降壓藥, 华法林, 華法林, 二甲双胍, 二甲雙胍, 打针, 打針, 输液, 輸液, 取药, 取藥, 生长激素, 生長激素`),
    test: words(`心肌灌注, 灌注显像, 灌注顯像, 心肌显像, 心肌顯像, 动态心电图, 動態心電圖, 平板运动试验, 平板運動試驗, 肌酐, 血肌酐, 转氨酶, 轉氨酶, 白细胞, 白細胞, 血小板, 尿素氮, 胆固醇, 膽固醇, 血钾, 血鉀, 血钠, 血鈉, 血钙, 血鈣, 钼靶, 乳腺钼靶, 鉬靶, 全景片, 眼底照相, 听力检查, 聽力檢查, 肌钙蛋白, 肌鈣蛋白, 化验, 化驗, 血检, 血檢, 发育评估, 發育評估, 筛查, 篩查, 肝功能, 肾功能, 腎功能, 尿检, 尿檢, x光, 甲状腺功能, 甲狀腺功能, 糖化血红蛋白, 糖化血紅蛋白, 血常规, 血常規, 尿常规, 尿常規, 阳性, 陽性, 产检, 產檢, 核酸检测, 核酸檢測, 验血, 驗血, ~检查, ~檢查, ~结果, ~結果, 血糖, 血压, 血壓, 超声, 超聲, 彩超, 核磁, 心电图, 心電圖, 活检, 活檢, 胃镜, 胃鏡, 肠镜, 腸鏡, ~体检, ~體檢, 眼压, 眼壓, 胆红素, 膽紅素, 胚胎报告, 胚胎報告, 病理, 认知评估, 認知評估, 检验报告, 檢驗報告, 血培养, 血培養, 验尿, 驗尿, 尿液, 大便常规, 大便常規, b超, x线, x線, 胸片, 骨密度, 验孕, 驗孕, 生长曲线, 生長曲線, ~生长发育, 生長發育, ~身高体重, 身高體重, 儿保, 兒保, 胎心监护, 胎心監護, 唐筛, 唐篩, 糖耐, 冠脉造影, 冠脈造影, 血管造影, ~异常, ~異常,
      阴性, 陰性, 抗体, 抗體, 抗原, 痰培养, 痰培養`),
    procedure: words(`手术, 手術, 切除术, 切除術, 关节置换, 關節置換, 置换术, 置換術, 术后, 術後, 透析, 洗肾, 洗腎, 放疗, 放療, 输血, 輸血, 分娩, 剖腹产, 剖腹產, 换药, 換藥, ~康复, ~康復, ~治疗, ~治療, 理疗, 理療, 物理治疗, 物理治療, 心理治疗, 心理治療, 心理咨询, 心理諮詢, ~导管, ~導管, ~导尿管, 導尿管, 插管, 支架植入, 介入治疗, 介入治療, 剖宫产, 剖宮產,
      临终关怀, 臨終關懷, 临终护理, 臨終護理, 安宁疗护, 安寧療護, 安宁病房, 安寧病房, 姑息治疗, 姑息治療, 缓和医疗, 緩和醫療, 舒缓治疗, 舒緩治療, 放弃抢救, 放棄搶救`),
    encounter: words(`会诊, 會診, 随访, 隨訪, 出院指导, 出院指導, 用药指导, 用藥指導, ~预约, ~預約, 复查, 複查, 复诊, 複診, 就诊, 就診, 门诊, 門診, 住院, 出院, 入院, 急诊, 急診, 转诊, 轉診, 转介, 轉介, 病历, 病歷, 问诊, 問診, 转院, 轉院, ~挂号, ~掛號, 病假条, 病假條, 病假单, 病假單, 医疗证明, 醫療證明, 知情同意书, 知情同意書, 护理记录, 護理記錄, 护理评估, 護理評估, 营养评估, 營養評估`),
    payer: words(`医保卡, 醫保卡, 健保卡`),
    patient: words(`患者, 病人, 病患, 病友, 受试者, 受試者`),
    specialty: words('骨科, 眼科, 心内科, 心內科, 内科, 內科, 外科, 儿科, 兒科, 妇产科, 婦產科, 肿瘤科, 腫瘤科, 内分泌科, 內分泌科, 肾内科, 腎內科, 康复科, 康復科, 精神科, 皮肤科, 皮膚科, 泌尿科, 神经科, 神經科, 耳鼻喉科, 口腔科'),
  },
  units: words(`急诊, 急診`),
  workplaceHeads: words(`读卡器, 讀卡器, 读卡机, 讀卡機, 采购, 採購, 招标, 招標, 装修, 裝修, 模板, 表格下载, 表格下載, 空白表格, 简历, 簡歷, 中心, 培训, 培訓, 讲座, 講座, 教育, 会议, 會議, 欢迎, 歡迎, 新员工, 新員工, 入职, 入職, 技师, 技師, 招聘, 值班, 排班, 指导, 指導, 带教, 帶教, 手册, 手冊, 课程, 課程`),
  // Jobs that hold a term: a resident physician (住院医师 holds 住院, an admission), a rehabilitation therapist.
  ignore: words(`住院医师, 住院醫師, 住院医生, 住院醫生, 住院总, 住院總, 康复治疗师, 康復治療師, 物理治疗师, 物理治療師, 心理咨询师, 心理諮詢師, 心理治疗师, 心理治療師, 疾病危害, 疾病危险, 疾病危險, 挂号信, 掛號信, 挂号邮件, 掛號郵件, 挂号包裹, 掛號包裹, 挂号系统, 掛號系統, 神经科学, 神經科學, 甲减去, 经理疗, 經理療, 心理疗愈, 心理療癒, 心理咨询热线, 心理諮詢熱線, 尿液分析仪, 尿液分析儀, 骨密度仪, 骨密度儀, 物理治疗室, 物理治療室, 运输液, 輸液泵, 输液泵, 儿保险, 兒保險, 植物生长, 植物生長,
    家属会议, 家屬會議, 家庭会议, 家庭會議,
    交流感, 電流感, 电流感, 气流感, 氣流感`),
  dobKeywords: words(`出生日期, 出生年月日, 出生年月, 生日, 出生于, 生于, 出生於, 生於`),
  dobAfter: words(`出生, 生`),
  idKeywords: words(`病历号, 病歷號, 病案号, 病案號, 住院号, 住院號, 门诊号, 門診號, 患者编号, 患者編號, 就诊卡号, 身份证号, 身份證號, 医保卡号, 病历号码, 病歷號碼, 会员编号, 會員編號, 会员号, 會員號, 保险卡号, 保險卡號, 医保号, 醫保號`),
};
