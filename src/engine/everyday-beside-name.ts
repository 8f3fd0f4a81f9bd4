import type { Signal } from './detectors';
import { nameLexicon } from './lexicon';
import { REPLY_PREFIXES } from './lexicon/context-words';

/**
 * "Ines Abara consult", "EDD 3/9 - Anais Ferrand", "f/u - Tomasz Wrobel": clinical shorthand that also has an everyday
 * sense, right beside a full name and closing its phrase, in a subject that is not a headline, is that person's
 * (scan.ts asks only of a subject about no one's work, and reports it medium: the word alone could be business). Not a
 * common English word ("results", "visit", "appeal": a parking appeal, an inspection's results), not a word before a
 * product's or a measure's noun ("FET samples", "VOC readings"), not a name with a credential in brackets after it
 * ("(HHA)": a colleague's supervision).
 */
/** A full name: given name and surname, "Last, First", or a title and a surname. */
const FULL_NAME_EVIDENCE = new Set(['name.full', 'name.last-first', 'name.title']);
/** A credential in brackets after a name ("(HHA)", "(wound care RN)"): a colleague. */
const CREDENTIAL_IN_BRACKET = /^\s?\([^)]*\b[A-Z]{2,5}\)/;
/** Between a name and the word after it: a space, a dash, a colon, a comma or a possessive. */
const EVERYDAY_AFTER_NAME = /^(?:\s|\s?[-:\u2013\u2014,]\s?|['\u2019]s\s)$/;
/** Between the word and a name after it: a space, a set-apart dash or colon, "for", or a due day before the dash. */
const EVERYDAY_BEFORE_NAME = /^(?:\s|\s?[-:\u2013\u2014]\s|\sfor\s|\s(?:due|today|tomorrow|tmrw)?\s?[-:\u2013\u2014]\s)$/;
/** An acronym in capitals, and two letters joined by a slash ("f/u", "c/s"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}$/;
const SLASHED_PAIR = /^[a-z]\/[a-z]$/i;
/** Words of one patient's care that need support elsewhere but not right beside a full name ("referral for Ana Ruiz"). */
const CARE_BESIDE_NAME = new Set(['referral', 'referrals', 'consult', 'consults', 'dose', 'doses', 'refill', 'refills']);
/** After clinical shorthand that closes its phrase: the end, punctuation, a number or date, or a word of its schedule. */
const SHORTHAND_CLOSES = /^(?:\s*$|\s?[-:;,.?!()\u2013\u2014]|\s\d|\s(?:for|due|date|today|tomorrow|tmrw|pending|needed|scheduled|done|given|missed|again)\b)/i;

/**
 * A headline: no lower-case word of three letters or more, and a capitalised word outside the given spans (the names,
 * the shorthand): there the capitals say nothing ("Re: ECT Canada Master Agreements").
 */
function headline(value: string, spans: readonly Signal[]): boolean {
  if (/(?:^|[\s(])[a-z]{3,}/.test(value)) return false;
  let titled = 0;
  const words = /[A-Za-z][a-z]+/g;
  for (let m = words.exec(value); m !== null; m = words.exec(value)) {
    const at = m.index;
    if (/^[A-Z]/.test(m[0]) && !REPLY_WORDS.has(m[0].toLowerCase()) && !spans.some((s) => s.start <= at && at < s.end)) titled++;
  }
  return titled >= 1;
}

/**
 * The field's clinical shorthand with an everyday sense: an acronym in capitals ("EDD", "FET", "SOC"), two letters
 * joined by a slash ("f/u"), or one of the few words of one patient's care whose other senses are rare beside a person's
 * full name (CARE_BESIDE_NAME). Not the patients' languages' everyday words ("programare", "priem": a language's own
 * business), nor lower-case words with a business sense the vocabulary marks ("nadir", "withdrawals", "rpm readings").
 */
function everydayShorthand(signals: readonly Signal[], value: string): Signal[] {
  const lex = nameLexicon();
  return signals.filter((x) => {
    if (x.role !== 'health' || x.needsSupport !== 'everyday' || x.workplace) return false;
    const word = value.slice(x.start, x.end);
    return (ACRONYM.test(word) || SLASHED_PAIR.test(word) || CARE_BESIDE_NAME.has(word.toLowerCase())) && !lex.common.has(word.toLowerCase());
  });
}
const REPLY_WORDS = new Set(REPLY_PREFIXES);

/**
 * The full names of the field (isPerson: judged a person there) with clinical shorthand right beside them, and those
 * words; undefined when there are none or the field is a headline.
 */
export function everydayBesideName(signals: readonly Signal[], value: string, isPerson: (n: Signal) => boolean): { names: Signal[]; words: Signal[] } | undefined {
  const words = everydayShorthand(signals, value).filter((w) => SHORTHAND_CLOSES.test(value.slice(w.end)));
  if (words.length === 0) return undefined;
  const beside = (n: Signal): boolean => !CREDENTIAL_IN_BRACKET.test(value.slice(n.end)) && words.some((w) => EVERYDAY_AFTER_NAME.test(value.slice(n.end, w.start)) || EVERYDAY_BEFORE_NAME.test(value.slice(w.end, n.start)));
  const names = signals.filter((n) => n.detectorId === 'person-name' && n.role === 'identity' && FULL_NAME_EVIDENCE.has(n.evidence ?? '') && isPerson(n) && beside(n));
  if (names.length === 0 || headline(value, [...signals.filter((n) => n.detectorId === 'person-name'), ...words])) return undefined;
  return { names, words };
}
