import { LanguageLexicon, words } from './types';

/**
 * Bengali (Bangla), in Bengali script and a few common romanised words.
 * Curated by the PHI Guard team: an engineer's own selection of the words
 * that carry the meaning in clinic mail, checked against general Bengali
 * dictionaries from memory; no corpus or third-party list copied. Written
 * here in ordinary spelling; as with Hindi, the tokenizer strips the vowel
 * signs and the hasanta (they are combining marks), so the merge folds these
 * words the same way ("হাসপাতালে" in hospital is read as হাসপাতাল), and words
 * whose consonants alone are ambiguous are left out: "রোগ" disease and
 * "রোগী" patient (both read as রাগ, anger), "টিকা" vaccine (also a note, and
 * read as টক, sour), "জরুরি" alone (any urgent matter). Case endings are
 * glued to the noun ("ক্যান্সারের" of cancer): a word ending in "*" takes the
 * endings below. English loans in Bengali script ("ডায়ালাইসিস", "সার্জারি")
 * are common in clinic mail. "জ্বর" fever is kept although it reads as জবর
 * (colloquial "great"), which is rare in mail. "পরীক্ষা" (also a school
 * exam), "রিপোর্ট", "চিকিৎসা", "অপারেশন" are everyday words.
 */
export const BN: LanguageLexicon = {
  code: 'bn',
  match: 'words',
  endings: words(`র, এর, তে, কে, টি, গুলো, দের`),
  terms: {
    condition: words(
      'ডায়াবেটিস, উচ্চ রক্তচাপ, ক্যান্সার*, গর্ভবতী, সংক্রমণ, জ্বর, হার্ট অ্যাটাক, স্ট্রোক, হাঁপানি, ' +
      'অসুস্থ, ~ব্যথা, থ্যালাসেমিয়া',
    ),
    medication: words(`ওষুধ*, প্রেসক্রিপশন, ঔষধ, ইনসুলিন, oshudh`),
    test: words(
      'রক্ত পরীক্ষা, ~পরীক্ষা*, ~রিপোর্ট*, এক্সরে, এক্স রে, সিটি স্ক্যান, ' +
      'রক্তচাপ, rokto porikkha',
    ),
    procedure: words(`~অপারেশন, সার্জারি, ডায়ালাইসিস, প্রসব, ~চিকিৎসা`),
    encounter: words(`হাসপাতালে ভর্তি, ~ডিসচার্জ, ~অ্যাপয়েন্টমেন্ট, জরুরি বিভাগ`),
    patient: words(`নবজাতক, রোগী`),
  },
  units: words(`জরুরি বিভাগ`),
  dobKeywords: words(`জন্ম তারিখ, জন্মতারিখ, jonmo tarikh`),
  idKeywords: words(`রোগী নং, রোগীর নং, রোগী নম্বর, রোগীর নম্বর, রোগীর আইডি`),
};
