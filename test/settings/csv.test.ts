import { POLICY_LIMITS } from '../../src/engine';
import { allowEntriesFromCsv } from '../../src/settings/csv';

/** Issue 17 item 12: staff and place names imported from a CSV file. */
describe('allow entries from CSV', () => {
  test('a bare list of names: one entry per row, of the chosen kind; quoted commas kept', () => {
    const r = allowEntriesFromCsv('Sidney\n"Harbour Wing, Level 2"\n\nNorthgate Dialysis Center\r\n', 'place', []);
    expect(r.entries).toEqual([
      { text: 'Sidney', kind: 'place' },
      { text: 'Harbour Wing, Level 2', kind: 'place' },
      { text: 'Northgate Dialysis Center', kind: 'place' },
    ]);
    expect(r.problems).toEqual([]);
  });

  test('a header row names the columns, in any order; bad rows are reported by row number and left out', () => {
    const csv = ['group,Name,kind,rule', 'subject,Marisol Vega,staff,identity+health', ',MRI scheduling,phrase,', 'subject,X,staff,', 'body,Sidney,place,', ',Sidney,town,', ',Lisa Park,staff,person-name', ',marisol vega,staff,'].join('\n');
    const r = allowEntriesFromCsv('\uFEFF' + csv, 'place', [{ text: 'Lisa Park', kind: 'staff' }]);
    expect(r.entries).toEqual([
      { text: 'Marisol Vega', kind: 'staff', rule: 'identity+health', group: 'subject' },
      { text: 'MRI scheduling', kind: 'phrase' },
      { text: 'marisol vega', kind: 'staff' },
    ]);
    expect(r.problems).toEqual([
      'row 4: the name needs at least 2 characters',
      'row 5: group must be subject, recipients, attachments',
      'row 6: kind must be phrase, staff, place',
      expect.stringMatching(/^row 7: rule must be one of ssn, mrn, .*identity\+health$/),
    ]);
  });

  test('duplicates of existing entries (any case) are left out, and the list stops at the policy limit', () => {
    expect(allowEntriesFromCsv('SIDNEY', 'place', [{ text: 'Sidney', kind: 'place' }]).problems).toEqual(['row 1: already in the list']);
    const many = Array.from({ length: POLICY_LIMITS.allow + 2 }, (_, i) => `Ward ${i}`).join('\n');
    const r = allowEntriesFromCsv(many, 'place', []);
    expect(r.entries).toHaveLength(POLICY_LIMITS.allow);
    expect(r.problems).toEqual([`row ${POLICY_LIMITS.allow + 1}: the policy holds at most ${POLICY_LIMITS.allow} allow entries`, `row ${POLICY_LIMITS.allow + 2}: the policy holds at most ${POLICY_LIMITS.allow} allow entries`]);
  });
});
