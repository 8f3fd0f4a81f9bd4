import { BLOCK_SUBJECT_AND_FILES, Coverage, DIGIT, Detector, FieldContext, LETTER, Signal, bounded, keywordSource, oneOf, signalAt, uniqueKeywords } from './detector';
import { isLetter } from '../text/chars';
import { ssnRejection } from '../check-rules/ssn';

/**
 * US Social Security number. SSA never issues area 000, 666 or 900-999, group
 * 00 or serial 0000; a few numbers are famous samples. A delimited number
 * (123-45-6789, with ONE kind of delimiter) that passes these rules is
 * flagged alone; nine bare digits only after a keyword (SSN, SS#, social
 * security...), because order, claim and ticket numbers look the same.
 * With a keyword, the 9xx range (ITINs, also taxpayer identifiers) counts.
 */

// "Order 448-21-8433", "Part no. 512-44-3881", "PO# 300-45-8757": the word in front says what
// the number is. Only for the unkeyworded reading; "SSN 448-21-8433" is still found below.
const LOOKALIKE_BEFORE = /(?:order|po|p\.o\.|part|invoice|inv|lot|batch|ticket|case|ref|reference|tracking|confirmation|conf|serial|sn|model|claim|quote|item|sku|ndc|wire|check|cheque|routing|fax|phone|tel|ext|zip|account|acct|isbn|version|build|release)[\s.:#-]{0,4}(?:(?:no|num|number|#)[\s.:#-]{0,3})?$/i;
const DELIMITED = /(\d{3})([- .])(\d{2})\2(\d{4})/g;
/** The text ends with a group of letters and digits, holding a digit, then one space: the number goes on before the candidate. */
function groupBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  const last = before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1);
  return /\d/.test(last) && /^[a-z\d]+$/i.test(last);
}
const DIGIT_OR_DASH = oneOf('-', DIGIT);
// "ss card": the card scanned or photographed with its number ("SS_card_913-08-4421.jpg").
const SSN_KEYWORDS = ['ssn', 'ss#', 'ss no', 'ss num', 'ssno', 'soc sec', 'social security', 'social sec', 'ss card'];
// One word of a short list may stand between the keyword and the number: "SSN wrong - 912-44-0387",
// "SSN corrected: ..."; not a look-alike's label ("SSN ticket 931204417").
/** The keywords as one alternation of patterns. */
const keywordAlternation = (words: readonly string[]): string => uniqueKeywords(words).map(keywordSource).join('|');
const keywordRegex = (words: readonly string[]): RegExp =>
  new RegExp(`(?:${keywordAlternation(words)})(?![a-z])[\\s#:=._-]{0,4}(?:(?:no|number|num|is|was|wrong|corrected|correct|updated|listed|should be)\\.?[\\s#:=._-]{1,4})?(\\d{9})(?!\\d)`, 'gi');
const KEYWORD = keywordRegex(SSN_KEYWORDS);
/** The keyword as a word in the text before a delimited number (a look-alike's label right before the number is LOOKALIKE_BEFORE's). */
const NAMED_BEFORE = new RegExp(`(?:^|[^a-z])(?:${keywordAlternation(SSN_KEYWORDS)})(?![a-z])`, 'i');
/** With the organisation's own SSN keywords (policy org.extraKeywords.ssn); the last one built is kept. */
let withExtra: { key: string; re: RegExp } | undefined;
function keywordRegexFor(extra: readonly string[]): RegExp {
  if (extra.length === 0) return KEYWORD;
  const key = extra.join('\u0000');
  if (withExtra?.key !== key) withExtra = { key, re: keywordRegex([...SSN_KEYWORDS, ...extra]) };
  return withExtra.re;
}

export const ssn: Detector = {
  meta: {
    id: 'ssn',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a Social Security number' },
    keywords: { keywords: SSN_KEYWORDS, keywordsNeedingMarker: [], optionsKey: 'ssn', minDigits: 9 },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 9) return [];
    const out: Signal[] = [];
    const taken = new Coverage(ctx.text.original.length);
    const afterKeyword: Signal[] = [];
    const n = ctx.text.normalized;
    for (const m of bounded(DELIMITED, n.text, DIGIT_OR_DASH, DIGIT_OR_DASH)) {
      const before = n.text.slice(Math.max(0, m.index - 24), m.index);
      const word = LOOKALIKE_BEFORE.exec(before);
      if (word && !isLetter(before[word.index - 1])) continue;
      // "1Z 7X4 482 03 1193 4471": space-separated groups inside a longer run of groups (a tracking number).
      if (m[2] === ' ' && (groupBefore(before) || /^ \d/.test(n.text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
      const digits = m[1] + m[3] + m[4];
      // "SSN on file wrong - should be 912-44-0387": a number in the printed shape, a few words after the
      // keyword, counts in the 9xx range as right after the keyword (below, which keeps the keyword in the span).
      if (ssnRejection(digits) !== undefined) {
        if (ssnRejection(digits, true) === undefined && NAMED_BEFORE.test(n.text.slice(Math.max(0, m.index - 48), m.index))) afterKeyword.push(signalAt(n, m.index, m.index + m[0].length, 'ssn', 'identifier', 'found'));
      } else {
        const s = signalAt(n, m.index, m.index + m[0].length, 'ssn', 'identifier', 'found');
        taken.take(s.start, s.end);
        out.push(s);
      }
    }
    const f = ctx.text.folded;
    for (const m of bounded(keywordRegexFor(ctx.options.extraKeywords.ssn ?? []), f.text, LETTER)) {
      if (ssnRejection(m[1], true) !== undefined) continue;
      const s = signalAt(f, m.index, m.index + m[0].length, 'ssn', 'identifier', 'found');
      if (taken.claim(s.start, s.end)) out.push(s);
    }
    for (const s of afterKeyword) if (taken.claim(s.start, s.end)) out.push(s);
    return out;
  },
};
