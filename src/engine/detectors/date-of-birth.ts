import { BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, LETTER, Signal, bounded, signalAt } from './detector';
import { FoundDate, LATEST_PROBABLE_BIRTH_YEAR, findDates } from './dates';

/**
 * Date of birth. Marked ("DOB 04/12/1961", "born 1961-04-12", "d.o.b.",
 * "fecha de nac.") it is an identifier on its own. Unmarked, a full date old
 * enough to be a birth date ("Al-Amin 10/29/1958", "C.N. 12.03.62") points at
 * a person and counts as identity: flagged with health context.
 */
const KEYWORD = /(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?|b\.|fecha de nac(?:imiento)?\.?|f\. ?nac\.?|nacid[oa](?: el)?|n[ée]e? le|date de naissance|geb\.?|ngay sinh)(?![a-z])[\s:#=(_/-]{0,3}/gi;
const OLD_DATE_BEFORE = 1990;
const YEAR_ONLY = /^(?:19|20)\d{2}(?!\d|[-/.]\d)/;

export const dateOfBirth: Detector = {
  meta: {
    id: 'dob',
    description: 'Date of birth: a real date after DOB/born/date of birth; an old unmarked date counts with health context.',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'a date of birth', probable: 'a date that looks like a birth date' },
    example: 'Quill, Ada DOB 6/16/73 labs',
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 2) return [];
    const n = ctx.text.normalized;
    const allowCompact = ctx.kind === 'attachment';
    const dates = findDates(n.text, true);
    const byStart = new Map<number, FoundDate>();
    for (const d of dates) byStart.set(d.start, d);
    const out: Signal[] = [];
    const marked = new Set<number>();
    for (const k of bounded(KEYWORD, n.text, LETTER)) {
      const after = k.index + k[0].length;
      // "C.O.B. 12/10/2001": a letter of a dotted acronym is not the "b." of born.
      if (/^b\./i.test(k[0]) && n.text[k.index - 1] === '.') continue;
      const d = byStart.get(after) ?? byStart.get(after + 1) ?? byStart.get(after + 2);
      if (!d) {
        // "DOB 1938", "dob1938": a birth year marked as one.
        const y = YEAR_ONLY.exec(n.text.slice(after));
        if (y && k[0].trim().length >= 3) out.push(signalAt(n, k.index, after + 4, 'dob', 'identifier', 'found'));
        continue;
      }
      marked.add(d.start);
      out.push(signalAt(n, k.index, d.end, 'dob', 'identifier', 'found'));
    }
    for (const d of dates) {
      if (marked.has(d.start) || d.year > LATEST_PROBABLE_BIRTH_YEAR || d.year < 1900) continue;
      if (d.compact && !allowCompact) continue;
      // Before 1990 a full date in clinical mail is hardly anything but a birth date (a fixed year: verdicts never change with the clock).
      out.push(signalAt(n, d.start, d.end, 'dob', 'identity', 'probable', { strength: 'medium', evidence: d.year < OLD_DATE_BEFORE ? 'dob.probable-old' : 'dob.probable' }));
    }
    return out;
  },
};
