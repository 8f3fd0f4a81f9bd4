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
 */
export const JA: LanguageLexicon = {
  code: 'ja',
  match: 'substrings',
  terms: {
    condition: words(`高血圧, 転倒, 褥瘡, 帯状疱疹, てんかん, 甲状腺, 骨折, 糖尿病, インフルエンザ, 肺炎, 肺がん, 胃がん, 乳がん, がん検診, 喘息, うつ病, 感染症, 脳卒中, 脳梗塞, 心筋梗塞, 心不全, 発熱, 頭痛, アレルギー, 認知症, 症状, 診断, 妊婦`),
    medication: words(`処方, 処方箋, 抗ウイルス薬, ワーファリン, ワルファリン, メトホルミン, 服薬, インスリン, ワクチン, 予防接種, 抗生物質, 抗がん剤, 化学療法`),
    test: words(`~検査, 血液検査, 胸部x線, x線, 眼底写真, 聴力検査, 脳波, 心電図, エコー, 陽性, 尿検査, 血糖値, レントゲン, 超音波, 生検, 内視鏡, 胃カメラ, 健康診断, 健診, 採血`),
    procedure: words(`透析, 輸血, 出産, 帝王切開, ~リハビリ, 放射線治療, 手術`),
    encounter: words(`~予約, ~受診, ~診察, ~外来, 救急, 紹介状, カルテ, 診断書, 入院, 退院, 看護記録`),
    patient: words(`患者様, 患者さん`),
    specialty: words(`小児科, 産婦人科, 皮膚科, 歯科, 整形外科`),
  },
  units: words(`救急`),
  workplaceHeads: words(`研修, 講座, 講演, セミナー, 説明会, 勉強会, 技師, スタッフ, 会議, 歓迎, 新人, 募集`),
  dobKeywords: words(`生年月日`),
  dobAfter: words(`生まれ, 生`),
  idKeywords: words(`患者番号, 患者id, カルテ番号, カルテno, 診察券番号, 保険証番号, 被保険者番号`),
};
