import { LanguageLexicon, words } from './types';

/**
 * Burmese, in Unicode (text typed in the Zawgyi font encoding, still common,
 * uses other code points and is not read). Curated by the PHI Guard team: an
 * engineer's own selection of the words that carry the meaning in clinic
 * mail, checked against general Burmese dictionaries from memory; no corpus
 * or third-party list copied. Deliberately short: only words the curator is
 * confident of. Burmese is written without spaces between words: terms are
 * found as substrings (match.ts), so each is a compound that keeps its
 * meaning wherever it stands ("သွေးစစ်" a blood test; not "ဆေး" alone,
 * medicine but also ဆေးရုံ a hospital, ဆေးလိပ် a cigarette). A workplace or
 * teaching word anywhere in the field (သင်တန်း a course, အစည်းအဝေး a
 * meeting, ကြိုဆို welcome, ပညာပေး health education) makes its health words
 * about work. "စစ်ဆေးမှု" (any inspection), "ကုသမှု" and "ချိန်းဆို" (any
 * appointment) are everyday words.
 */
export const MY: LanguageLexicon = {
  code: 'my',
  match: 'substrings',
  terms: {
    condition: words(
      'ဆီးချို, သွေးတိုး, ကင်ဆာ, အကျိတ်, ကိုယ်ဝန်, ပန်းနာရင်ကျပ်, စိတ်ကျရောဂါ, ပိုးဝင်, အရိုးကျိုး, လေဖြတ်, နှလုံးရောဂါ, ' +
      'အဆုတ်ရောင်, ငှက်ဖျား, သွေးလွန်တုပ်ကွေး, တီဘီ, အသည်းရောင်, ကျောက်ကပ်ရောဂါ, ခေါင်းကိုက်, ဝမ်းလျှော, အဖျား, ' +
      'သေဆုံး, ကွယ်လွန်, ရောဂါလက္ခဏာ, ကိုဗစ်',
    ),
    medication: words(`ဆေးညွှန်း, ဆေးသောက်, ဆေးထိုး, ကာကွယ်ဆေး, အင်ဆူလင်`),
    test: words(`သွေးစစ်, ဆီးစစ်, ~စစ်ဆေးမှု, ဓာတ်မှန်, သွေးပေါင်ချိန်, သွေးတွင်းသကြား`),
    procedure: words(`ခွဲစိတ်, ကျောက်ကပ်ဆေးကြော, မီးဖွား, ~ကုသမှု`),
    encounter: words(`ဆေးရုံတက်, ဆေးရုံဆင်း, ~ချိန်းဆို, အရေးပေါ်ဌာန`),
    patient: words(`လူနာ`),
  },
  units: words(`အရေးပေါ်ဌာန`),
  workplaceHeads: words(`သင်တန်း, အစည်းအဝေး, ကြိုဆို, ဘာသာပြန်, ဝန်ထမ်း, ဆွေးနွေးပွဲ, ပညာပေး`),
  dobKeywords: words(`မွေးသက္ကရာဇ်, မွေးနေ့, မွေးရက်`),
  idKeywords: words(`မှတ်ပုံတင်အမှတ်, လူနာအမှတ်`),
};
