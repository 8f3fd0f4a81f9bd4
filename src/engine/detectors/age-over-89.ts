import { BLOCK_SUBJECT_AND_FILES, DIGIT, Detector, FieldContext, LETTER, Signal, bounded, oneOf, signalAt } from './detector';

/**
 * Ages over 89 are identifiers under HIPAA Safe Harbor (few people are that
 * old, so the age narrows to a person). Needs an age marker: "92 yo",
 * "102 y/o", "aged 93", "94th birthday", "age: 91".
 */
const AFTER = /(\d{2,3})[\s-]{0,2}(?:yo|y\/o|y\.o\.?|yrs?\.?(?: old)?|years?[- ]old|yr-old|years of age|ans|a[ñn]os)[mf]?(?![a-z0-9])/gi;
const BEFORE = /(?:age|aged|edad|agee|âgée?)[\s:]{1,2}(\d{2,3})(?!\d)/gi;
const BIRTHDAY = /(\d{2,3})(?:st|nd|rd|th)?[\s_-]{1,2}(?:birthday|bday|b-day)|turn(?:s|ed|ing)[\s_]{1,2}(\d{2,3})(?!\d)/gi;
const DIGIT_OR_DOT = oneOf('.', DIGIT);
const ALNUM_BEFORE = oneOf('0123456789', LETTER);

export const ageOver89: Detector = {
  meta: {
    id: 'age-over-89',
    description: 'An age of 90 or more, written as an age ("92 yo", "aged 93", "94th birthday").',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'an age over 89' },
    example: 'Mr. Quill (92 yo) - family meeting',
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 2) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    const passes: [RegExp, (c: string | undefined) => boolean][] = [[AFTER, DIGIT_OR_DOT], [BEFORE, LETTER], [BIRTHDAY, ALNUM_BEFORE]];
    for (const [re, before] of passes) {
      for (const m of bounded(re, n.text, before, LETTER)) {
        const age = Number(m[1] ?? m[2]);
        if (age >= 90 && age <= 125) out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
      }
    }
    return out;
  },
};
