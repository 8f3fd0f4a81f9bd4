import { LanguageLexicon, words } from './types';

/**
 * Khmer. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Khmer
 * dictionaries from memory; no corpus or third-party list copied.
 * Deliberately short: only words the curator is confident of. Khmer is
 * written without spaces between words (a zero-width space, which the engine
 * removes, often marks them): terms are found as substrings (match.ts), so
 * each is a compound that keeps its meaning wherever it stands ("ពិនិត្យឈាម"
 * a blood test, not "ពិនិត្យ" to check; "វេជ្ជបញ្ជា" a prescription, not
 * "ថ្នាំ", also paint and tobacco). Subscript ta and da are both written
 * (ក្តៅ, ក្ដៅ). A workplace or teaching word anywhere in the field
 * (បណ្តុះបណ្តាល training, កិច្ចប្រជុំ a meeting, ស្វាគមន៍ welcome) makes its
 * health words about work. Left out: "អេកូ" (an echo, also the start of
 * ecology). "ព្យាបាល" (to treat), "ការណាត់ជួប" (any appointment) and
 * "ធ្លាក់ទឹកចិត្ត" (also discouraged) are everyday words.
 */
export const KM: LanguageLexicon = {
  code: 'km',
  match: 'substrings',
  terms: {
    condition: words(
      'ទឹកនោមផ្អែម, លើសសម្ពាធឈាម, សម្ពាធឈាមខ្ពស់, មហារីក, ដុំសាច់, មានផ្ទៃពោះ, ផ្ទៃពោះ, ជំងឺហឺត, ជំងឺផ្លូវចិត្ត, ~ធ្លាក់ទឹកចិត្ត, ' +
      'ឆ្លងមេរោគ, បាក់ឆ្អឹង, ដាច់សរសៃឈាមខួរក្បាល, គាំងបេះដូង, ជំងឺបេះដូង, រលាកសួត, គ្រុនក្តៅ, គ្រុនក្ដៅ, គ្រុនឈាម, គ្រុនចាញ់, ' +
      'របេង, រលាកថ្លើម, មេរោគអេដស៍, ជំងឺអេដស៍, ឈឺក្បាល, ឈឺពោះ, រាគរូស, ក្អួត, ខ្សោយតម្រងនោម, ទទួលមរណភាព, រោគសញ្ញា, ' +
      'រោគវិនិច្ឆ័យ, កូវីដ, មានជំងឺ',
    ),
    medication: words(`វេជ្ជបញ្ជា, លេបថ្នាំ, ចាក់ថ្នាំ, វ៉ាក់សាំង, អាំងស៊ុយលីន, គីមីព្យាបាល`),
    test: words(`ពិនិត្យភ្នែក, ពិនិត្យឈាម, តេស្តឈាម, លទ្ធផលពិនិត្យ, លទ្ធផលតេស្ត, ពិនិត្យទឹកនោម, អ៊ុលត្រាសោន, កាំរស្មីអ៊ិច, ជាតិស្ករក្នុងឈាម, សម្ពាធឈាម, ~ពិនិត្យសុខភាព`),
    procedure: words(`វះកាត់, លាងឈាម, លាងតម្រងនោម, សម្រាលកូន, ~ព្យាបាល`),
    encounter: words(`ណាត់ជួបវេជ្ជបណ្ឌិត, ណាត់ជួបគ្រូពេទ្យ, ~ការណាត់ជួប, សម្រាកពេទ្យ, ចូលមន្ទីរពេទ្យ, ចេញពីមន្ទីរពេទ្យ, សង្គ្រោះបន្ទាន់, បញ្ជូនអ្នកជំងឺ`),
    patient: words(`អ្នកជំងឺ, អ្នកជម្ងឺ`),
  },
  units: words(`សង្គ្រោះបន្ទាន់`),
  workplaceHeads: words(`បណ្តុះបណ្តាល, បណ្ដុះបណ្ដាល, កិច្ចប្រជុំ, សិក្ខាសាលា, ស្វាគមន៍, អ្នកបកប្រែ, បុគ្គលិកថ្មី, ផ្សព្វផ្សាយ`),
  dobKeywords: words(`ថ្ងៃខែឆ្នាំកំណើត, ថ្ងៃកំណើត, កើតនៅថ្ងៃទី`),
  idKeywords: words(`លេខអត្តសញ្ញាណប័ណ្ណ, អត្តសញ្ញាណប័ណ្ណលេខ, លេខសម្គាល់អ្នកជំងឺ`),
};
