import { LanguageLexicon, words } from './types';

/**
 * Punjabi, in Gurmukhi. Curated by the PHI Guard team: an engineer's own
 * selection of the words that carry the meaning in clinic mail, checked
 * against general Punjabi dictionaries from memory; no corpus or third-party
 * list copied. Small: the birth-date keywords, the patient word and the health
 * words a front desk or an interpreter writes most. As with Hindi and Bengali,
 * the tokenizer strips the vowel signs (they are combining marks), so the
 * words are read by their consonants; "ਜਾਂਚ" check and "ਰਿਪੋਰਟ" report are
 * everyday words. English loans in Gurmukhi (ਐਕਸਰੇ, ਡਾਇਲਸਿਸ) are common in
 * clinic mail. Left out because their consonants alone are everyday words:
 * "ਕੈਂਸਰ" cancer (ਕਸਰ, a shortfall), "ਮਰੀਜ਼" patient (ਮਰਜ਼ੀ, a choice), "ਦਮਾ"
 * asthma (ਦਮ, breath), "ਸਕੈਨ" scan (ਸਕੂਨ, peace). Shahmukhi (Punjabi in Arabic
 * script) is read by the Urdu module.
 */
export const PA: LanguageLexicon = {
  code: 'pa',
  match: 'words',
  terms: {
    condition: words(`ਸ਼ੂਗਰ ਦੀ ਬਿਮਾਰੀ, ਡਾਇਬਟੀਜ਼, ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ, ਬੁਖਾਰ, ਗਰਭਵਤੀ, ਬਿਮਾਰੀ, ਬਿਮਾਰ`),
    medication: words(`ਦਵਾਈ, ਦਵਾਈਆਂ, ਇਨਸੁਲਿਨ, ਟੀਕਾਕਰਨ`),
    test: words(`ਖੂਨ ਦੀ ਜਾਂਚ, ~ਜਾਂਚ, ~ਰਿਪੋਰਟ, ਐਕਸਰੇ, ਅਲਟਰਾਸਾਊਂਡ`),
    procedure: words(`ਅਪਰੇਸ਼ਨ, ਡਾਇਲਸਿਸ, ਇਲਾਜ`),
    encounter: words(`ਹਸਪਤਾਲ ਦਾਖਲ, ~ਮੁਲਾਕਾਤ`),
  },
  staffCues: words(`ਧੰਨਵਾਦ, ਸ਼ੁਕਰੀਆ`),
  dobKeywords: words(`ਜਨਮ ਮਿਤੀ, ਜਨਮ ਤਾਰੀਖ, ਜਨਮ ਤਰੀਕ`),
  idKeywords: words(`ਮਰੀਜ਼ ਨੰਬਰ, ਮਰੀਜ਼ ਖਾਤਾ ਨੰਬਰ, ਮਰੀਜ਼ ਖਾਤਾ ਨੰ`),
};
