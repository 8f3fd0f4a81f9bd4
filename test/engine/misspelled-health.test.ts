import { gluedTerm, misspelledTerm, misspellingIndex, misspelledIn } from '../../src/engine/facts/misspelled-health';
import { COMBINATION_ID, defaultPolicy, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

describe('a long clinical word misspelled by one letter', () => {
  test.each([
    ['mamogram', 'mammogram', 'a letter left out'],
    ['metformim', 'metformin', 'a letter changed'],
    ['pnuemonia', 'pneumonia', 'two letters swapped'],
    ['creatinnine', 'creatinine', 'a letter added'],
  ])('%s reads as %s (%s)', (typo, term) => {
    expect(misspelledTerm(typo)?.phrase).toBe(term);
  });

  test.each([
    ['inflection', 'an English word one letter from "infection"'],
    ['xiabetes', 'the first letter is wrong'],
    ['diabetes', 'the term itself is not a misspelling of it'],
    ['asthmaa', 'too short a term to read misspelled'],
  ])('%s is not read (%s)', (word) => {
    expect(misspelledTerm(word)).toBeUndefined();
  });

  test('a term two edits away that shares a deletion with the word is no second reading', () => {
    // "colonscopy" and "colposcopy" share "coloscopy"; only colonoscopy is one letter away.
    expect(misspelledTerm('colonscopy')?.phrase).toBe('colonoscopy');
    expect(misspelledTerm('migranes')?.phrase).toBe('migraines');
    const idx = misspellingIndex([{ condition: ['abcdefgh'], test: ['abcdxegz'] }]);
    // "abcdefgz" is one letter from the condition and two from the test, with which it shares the deletion "abcdegz".
    expect(misspelledIn(idx, 'abcdefgz')?.phrase).toBe('abcdefgh');
  });

  test('a term with another first letter is no reading of the word, so it leaves the word readable', () => {
    // "abcdefgha" is one letter from both; only the term with its first letter reads it.
    const idx = misspellingIndex([{ condition: ['abcdefgh', 'bcdefgha'] }]);
    expect(misspelledIn(idx, 'abcdefgha')?.phrase).toBe('abcdefgh');
    expect(misspelledIn(idx, 'bcdefghaa')?.phrase).toBe('bcdefgha');
  });

  test('a misspelling two terms share is left unread', () => {
    const idx = misspellingIndex([{ condition: ['abcdefgh', 'abcdefgx'] }]);
    expect(misspelledIn(idx, 'abcdefgz')).toBeUndefined();
    expect(misspelledIn(idx, 'abcdfgh')?.phrase).toBe('abcdefgh');
  });

  test('with a name it is health information about that person; a name alone is not', () => {
    const v = scanMessage(msg({ subject: 'Teuila Faamausili mamogram callback' }), defaultPolicy());
    expect(v.findings.some((f) => f.detectorId === COMBINATION_ID)).toBe(true);
    expect(scanMessage(msg({ subject: 'Teuila Faamausili callback' }), defaultPolicy()).findings).toEqual([]);
  });
});

describe('a multiword term glued into one word, as file names write it', () => {
  test.each([
    ['bonedensity', 'bone density'],
    ['drugscreen', 'drug screen'],
    ['stresstest', 'stress test'],
  ])('%s reads as %s', (word, term) => {
    expect(gluedTerm(word)?.phrase).toBe(term);
  });

  test.each([
    ['healthcare', 'not a term written with a space'],
    ['ctscan', 'shorter than eight letters'],
  ])('%s is not read (%s)', (word) => {
    expect(gluedTerm(word)).toBeUndefined();
  });

  test.each([
    ['KOWALCZYK_TERESA_BONEDENSITY_20250311.pdf', true],
    ['Okafor_Chidi_drugscreen.pdf', true],
    ['BONEDENSITY_reader_service_contract.pdf', false],
  ])('%s flags: %s', (name, flagged) => {
    const v = scanMessage(msg({ attachments: [{ name, size: 1000, isInline: false }] }), defaultPolicy());
    expect(v.findings.some((f) => f.detectorId === COMBINATION_ID)).toBe(flagged);
  });
});
