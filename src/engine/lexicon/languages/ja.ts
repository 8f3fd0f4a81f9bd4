import { LanguageLexicon, words } from './types';

/**
 * Japanese. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general
 * Japanese dictionaries from memory; no corpus or third-party list copied.
 * Written without spaces: terms are found as substrings (match.ts), two
 * characters or more. Kanji terms shared with Chinese (糖尿病, 骨折, 肺炎,
 * 患者, 癌) are in zh.ts; this list holds the Japanese spellings and kana
 * words. Left out as ambiguous: 薬 alone (薬局 is a pharmacy), 予約 alone is
 * everyday (any reservation).
 * Round 40 pass (2026-12-06): osteoporosis, rheumatoid arthritis, renal failure, cirrhosis, ulcers and reflux,
 * arrhythmias and angina, Parkinson's disease, schizophrenia, developmental disorders and autism, dehydration,
 * heat stroke, food poisoning, norovirus, diarrhoea, back pain, burns, miscarriage and premature birth,
 * glaucoma, hearing loss, urinary infections, hypoglycaemia, lipid disorders, bronchitis, colds; oral medicines,
 * drips, anticoagulants, antihypertensives, painkillers, sleeping pills, eye drops, poultices, suppositories,
 * the medication notebook, steroids; PCR and antigen tests, echocardiograms, mammography, colonoscopy, faecal
 * occult blood, blood gases, test results, the full health check; extractions, sutures, gastrostomy, pacemakers,
 * casts (a catheter needs support: also the product); first and return visits, outpatient visits, house calls,
 * visiting nursing, the ICU, the attending physician (a visit and nursing care need support); the specialties;
 * committees, vendors, deliveries, quotes, manuals and posters as work; insurer and My Number labels. Checked
 * with the quality report (no new false positive) and the batch scores.
 * Round 55: dermatitis (皮膚炎), which also reads radiation dermatitis (放射線皮膚炎) as a substring.
 */
export const JA: LanguageLexicon = {
  code: 'ja',
  match: 'substrings',
  terms: {
    condition: words(`皮膚炎, 高血圧, 転倒, 褥瘡, 帯状疱疹, てんかん, 甲状腺, 骨折, 糖尿病, インフルエンザ, 肺炎, 肺がん, 胃がん, 乳がん, がん検診, 喘息, うつ病, 感染症, 脳卒中, 脳梗塞, 心筋梗塞, 心不全, 発熱, 頭痛, アレルギー, 認知症, 症状, 診断, 妊婦,
      骨粗鬆症, 関節リウマチ, 腎不全, 肝硬変, 胃潰瘍, 逆流性食道炎, 不整脈, 心房細動, 狭心症, パーキンソン病, 統合失調症, 発達障害, 自閉症, 脱水, 熱中症, 食中毒,
      ノロウイルス, 下痢, 腰痛, 火傷, 流産, 切迫早産, 早産, 緑内障, 難聴, 尿路感染, 低血糖, 高脂血症, 脂質異常症, 気管支炎, 風邪`),
    medication: words(`処方, 処方箋, 抗ウイルス薬, ワーファリン, ワルファリン, メトホルミン, 服薬, インスリン, ワクチン, 予防接種, 抗生物質, 抗がん剤, 化学療法, 内服, 点滴, 抗凝固薬, 降圧薬, 降圧剤, 鎮痛剤, 痛み止め, 睡眠薬, 抗菌薬, 目薬, 湿布, 坐薬, 薬手帳, ステロイド`),
    test: words(`~検査, 血液検査, 胸部x線, x線, 眼底写真, 聴力検査, 脳波, 心電図, エコー, 陽性, 尿検査, 血糖値, レントゲン, 超音波, 生検, 内視鏡, 胃カメラ, 健康診断, 健診, 採血, pcr検査, 抗原検査, 心エコー, マンモグラフィ, 大腸カメラ, 便潜血, 血液ガス, 検査結果, 人間ドック`),
    procedure: words(`透析, 輸血, 出産, 帝王切開, ~リハビリ, 放射線治療, 手術, 抜歯, 縫合, 胃ろう, ペースメーカー, ~カテーテル, ギプス`),
    encounter: words(`~予約, ~受診, ~診察, ~外来, 救急, 紹介状, カルテ, 診断書, 入院, 退院, 看護記録, 再診, 初診, 通院, 往診, 訪問看護, 集中治療室, 主治医, ~面会, ~介護, ケアプラン`),
    patient: words(`患者様, 患者さん`),
    specialty: words(`小児科, 産婦人科, 皮膚科, 歯科, 整形外科, 耳鼻科, 耳鼻咽喉科, 泌尿器科, 循環器科, 循環器内科, 消化器内科, 心療内科, 脳神経外科, 腎臓内科, 婦人科, 産科`),
  },
  units: words(`救急, 集中治療室`),
  workplaceHeads: words(`研修, 講座, 講演, セミナー, 説明会, 勉強会, 技師, スタッフ, 会議, 歓迎, 新人, 募集, 講習, 委員会, 業者, 納品, 見積, マニュアル, 手順書, ポスター`),
  dobKeywords: words(`生年月日`),
  dobAfter: words(`生まれ, 生`),
  idKeywords: words(`患者番号, 患者id, カルテ番号, カルテno, 診察券番号, 保険証番号, 被保険者番号, マイナンバー, 記号番号`),
};
