import { formatAddressLine, parseAddressLine } from '../../src/shared/address-line';

describe('simulator address line', () => {
  test.each([
    ['Ada Colleague <a.colleague@examplehealth.org>', [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }]],
    ['a@x.org; b@y.org', [{ displayName: '', emailAddress: 'a@x.org' }, { displayName: '', emailAddress: 'b@y.org' }]],
    ['a@x.org, B Two <b@y.org>', [{ displayName: '', emailAddress: 'a@x.org' }, { displayName: 'B Two', emailAddress: 'b@y.org' }]],
    ['Marsh, Lena <l.marsh@examplehealth.org>', [{ displayName: 'Marsh, Lena', emailAddress: 'l.marsh@examplehealth.org' }]],
    ['"Quill, Ada" <aq@x.org>; ', [{ displayName: 'Quill, Ada', emailAddress: 'aq@x.org' }]],
    ['  ;; \n', []],
  ])('%j', (line, expected) => {
    expect(parseAddressLine(line)).toEqual(expected);
  });

  test('formats back to a line that parses to the same list', () => {
    const list = [{ displayName: 'Marsh, Lena', emailAddress: 'l.marsh@examplehealth.org' }, { displayName: '', emailAddress: 'x@y.org' }];
    expect(formatAddressLine(list)).toBe('Marsh, Lena <l.marsh@examplehealth.org>; x@y.org');
    expect(parseAddressLine(formatAddressLine(list))).toEqual(list);
  });
});
