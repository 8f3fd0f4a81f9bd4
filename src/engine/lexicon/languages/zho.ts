import { LanguageLexicon, words } from './types';

/**
 * Mandarin in Latin letters (pinyin without tone marks), as staff in US clinics type a Chinese patient's words beside
 * English ("xuetang 280", "mingtian fuzhen", "chusheng riqi"). Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general Chinese dictionaries from memory; no corpus
 * or third-party list copied. A module of its own, coded with the ISO 639-2 code "zho", because zh.ts reads Chinese
 * characters as substrings and Latin words must be matched as whole words. Words of two or more syllables only, most
 * of them written joined as people type them; a spaced form is listed only where no syllable pair is also a common
 * Chinese name ("Xue Tang", "Hua Yan", "Fei Yan" and "Yu Yue" are names: only "xuetang", "huayan" are listed, and
 * pneumonia and an appointment are left out); and only in lower case, as people type them (lowerCaseOnly: "Wang Zhuyuan",
 * "Huayan Temple" are a name and a place). Marked everyday ("~"): a cold, a medicine, a result, an outpatient visit,
 * an injection and a drip, a check-up (the staff's own too).
 */
export const ZHO: LanguageLexicon = {
  code: 'zho',
  match: 'words',
  lowerCaseOnly: true,
  terms: {
    condition: words(
      'tangniaobing, tang niao bing, gaoxueya, gao xue ya, xinzangbing, naozhongfeng, aizheng, fashao, fa shao, ~ganmao, kesou, ' +
        'xiongmen, xiongtong, toutong, futong, huaiyun, yunfu, guzhe, xiaochuan, shenshuaijie, ganyan, yiyuzheng, jiaolv, ' +
        'laonian chidai, xueya gao, xuetang gao, gaoxuetang',
    ),
    medication: words('~yaowu, chiyao, kaiyao, yimiao, yidaosu, kangshengsu, hualiao'),
    test: words('xuetang, xueya, huayan, jiancha jieguo, jianchajieguo, ~jieguo, xuechanggui, niaojian, xindiantu, chaosheng, weijing, changjing, ~tijian'),
    procedure: words('shoushu, touxi, ~zhushe, ~shuye'),
    encounter: words('zhuyuan, chuyuan, fuzhen, jizhen, ~menzhen, kanbing, jiuzhen, ~guahao'),
    patient: words('bingren, huanzhe'),
  },
  staffCues: words('huanying, peixun, kaihui'),
  dobKeywords: words('chusheng riqi, chushengriqi'),
  idKeywords: words('binglihao, bingli hao, zhuyuanhao, zhuyuan hao'),
};
