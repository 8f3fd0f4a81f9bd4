import { Message, defaultPolicy, scanMessage } from '../../src/engine';
import { nameLexicon } from '../../src/engine/lexicon';
import { msg } from '../support/messages';

/**
 * Names of origins the census and package lists rarely hold (scripts/data/origin-names/): West and East African,
 * Central African, Pacific Islander, Hmong, Karen, Burmese, Khmer, Lao, Afghan, Nepali, Bhutanese, Haitian and
 * Native American. Every row is an invented combination of names; none is a real person.
 */
const policy = defaultPolicy();
const scan = (m: Partial<Message>) => scanMessage(msg(m), policy);

describe('curated origin names in the lexicon', () => {
  const lex = nameLexicon();
  test.each(['anyanwu', 'nwachukwu', 'wanjiru', 'achieng', 'kiprop', 'tuilagi', 'phommachanh', 'ahmadzai', 'htoo', 'nhia'])('%s is a name usable in either role', (w) => {
    expect(lex.other.has(w) || lex.given.has(w) || lex.surname.has(w)).toBe(true);
    expect(lex.ambiguous.has(w)).toBe(false);
  });
  // Everyday English words (and two-letter names) are read only inside a full name, never alone.
  test.each(['blessing', 'gift', 'charity', 'precious', 'win', 'tin', 'her', 'paw', 'goodluck', 'ei', 'mu'])('%s is an ambiguous name, never a plain one', (w) => {
    expect(lex.ambiguous.has(w)).toBe(true);
    expect(lex.other.has(w)).toBe(false);
  });
});

const flagged: [string, 'high' | 'medium', string][] = [
  ['Blessing Anyanwu - preeclampsia, BP 158/104', 'high', 'a virtue given name before an Igbo surname'],
  ['Gift Kiprop - C-section scheduled 11/14', 'high', 'an English-word given name before a Kalenjin surname'],
  ['Precious Nwankwo HbA1c 10.2', 'high', 'an English-word given name before an Igbo surname'],
  ['Charity Achieng - 32wk, GDM on insulin', 'high', 'an English-word given name before a Luo name'],
  ['Her, Xee - BP 190/100 at intake', 'high', 'a Hmong clan name that is an English pronoun, in "Surname, Given"'],
  ['Thiri Win - HBsAg positive, refer hepatology', 'high', 'a Burmese name whose second word is an English word'],
  ['Saw Htoo Moo - TB screening overdue', 'high', 'a Karen name opened by "Saw"'],
  ['Tuilagi, Sione - dialysis chair moved', 'high', 'a Samoan "Surname, Given"'],
  ['Nwachukwu labs - K low again', 'medium', 'a lone Igbo surname beside labs'],
  ['Wanjiru restraints off at 0600', 'medium', 'a lone Kikuyu name beside restraints'],
  ['Ahmadzai - INR 4.1, hold warfarin', 'medium', 'a lone Pashto surname'],
];

describe('names of rarely listed origins with health information: flagged', () => {
  test.each(flagged)('%s (%s)', (subject, strength) => {
    const findings = scan({ subject }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].strength).toBe(strength);
  });
  test.each(['Xiong_Nhia_A1c_trend.pdf', 'Phommachanh_INR_log.pdf'])('a patient file is flagged: %s', (name) => {
    expect(scan({ attachments: [{ name }] }).findings.length).toBeGreaterThan(0);
  });
});

describe('the English words among them are no names alone: clean', () => {
  test.each([
    'Quick win for the flu clinic team',
    'Gift cards for the diabetes walk volunteers',
    'Her labs are back',
    'Blessing of the hands - oncology nurses',
  ])('%s', (subject) => expect(scan({ subject }).findings).toEqual([]));
});
