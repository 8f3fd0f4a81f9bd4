import { BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, Signal, matches, signalAt } from './detector';

/**
 * Ages over 89 are identifiers under HIPAA Safe Harbor (few people are that
 * old, so the age narrows to a person). Needs an age marker: "92 yo",
 * "102 y/o", "aged 93", "94th birthday", "age: 91".
 */
const AFTER = /(?<![\d.])(\d{2,3})[\s-]{0,2}(?:yo|y\/o|y\.o\.?|yrs?\.?(?: old)?|years?[- ]old|yr[- ]old|years of age|ans|anos|a[ñn]os)(?:[mf])?(?![\p{L}\d])/giu;
const BEFORE = /(?<!\p{L})(?:age|aged|edad|agee|âgée?)[\s:]{1,2}(\d{2,3})(?!\d)/giu;
const BIRTHDAY = /(?<!\d)(\d{2,3})(?:st|nd|rd|th)[\s-]{1,2}birthday/giu;

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
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const re of [AFTER, BEFORE, BIRTHDAY]) {
      for (const m of matches(re, n.text)) {
        const age = Number(m[1]);
        if (age >= 90 && age <= 125) out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
      }
    }
    return out;
  },
};
