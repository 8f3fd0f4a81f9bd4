import { COMBINATION_ID, Message, defaultPolicy, scanMessage } from '../../src/engine';
import { benchMessage, suppressedFindings } from '../../src/settings/bench';
import { canonical, checkDraft, exportable, initialState, reducer, statusOf } from '../../src/settings/state';

/** Issue 17 items 8-12 and 15: the settings pane's reducer and checks, without a browser. */
describe('the settings reducer', () => {
  test('an edit copies only the path it changes (no JSON clone of the whole policy)', () => {
    const s = initialState();
    const next = reducer(s, { type: 'setLevel', row: { table: 'rules', id: 'mrn' }, group: 'subject', level: 'warn' });
    expect(next.draft.rules.mrn.subject).toBe('warn');
    expect(s.draft.rules.mrn.subject).toBe('block');
    expect(next.draft.org).toBe(s.draft.org);
    expect(next.draft.rules.ssn).toBe(s.draft.rules.ssn);
    expect(next.baseline).toBe(s.baseline);
  });

  test('reset returns to the default and makes it the baseline; discard returns to the baseline', () => {
    let s = reducer(initialState(), { type: 'setName', value: 'Northwind 2026-11' });
    s = reducer(s, { type: 'exported', policy: { ...s.draft, revision: 1 } });
    s = reducer(s, { type: 'setThreshold', value: 5 });
    expect(statusOf(checkDraft(s.draft), s.baseline)).toBe('draft');
    const discarded = reducer(s, { type: 'discard' });
    expect(discarded.draft.org.massDisclosureThreshold).toBe(3);
    expect(statusOf(checkDraft(discarded.draft), discarded.baseline)).toBe('exported');
    const reset = reducer(s, { type: 'reset' });
    expect(canonical(reset.draft)).toBe(canonical(defaultPolicy()));
    expect(statusOf(checkDraft(reset.draft), reset.baseline)).toBe('default');
  });
});

describe('checkDraft: rows still being written', () => {
  test('an MRN format with no pattern is incomplete, not an error; error paths keep the row numbers shown', () => {
    let s = reducer(initialState(), { type: 'addMrnFormat' });
    s = reducer(s, { type: 'addMrnFormat' });
    s = reducer(s, { type: 'setMrnFormat', index: 1, format: { name: 'NW', pattern: 'NW\\d+' } });
    const c = checkDraft(s.draft);
    expect(c.incomplete).toEqual([0]);
    expect(c.errors.map((e) => e.path)).toEqual(['org.mrnFormats.1.pattern']);
    const fixed = checkDraft(reducer(s, { type: 'setMrnFormat', index: 1, format: { name: 'NW', pattern: 'NW\\d{8}' } }).draft);
    expect(fixed.errors).toEqual([]);
    expect(fixed.policy?.org.mrnFormats.map((f) => f.name)).toEqual(['NW']);
  });

  test('an allow entry with no text is left out; a one-letter one is an error at its row', () => {
    let s = reducer(initialState(), { type: 'addAllow', entries: [{ text: '', kind: 'staff' }, { text: 'S', kind: 'place' }] });
    expect(checkDraft(s.draft)).toMatchObject({ emptyEntries: 1, errors: [{ path: 'org.allow.1.text' }] });
    s = reducer(s, { type: 'setAllow', index: 1, entry: { text: 'Sidney', kind: 'place' } });
    expect(checkDraft(s.draft).policy?.org.allow).toEqual([{ text: 'Sidney', kind: 'place' }]);
  });
});

describe('export: name and revision', () => {
  const base = initialState().baseline;
  test('the first export of a changed policy is revision 1, the next change revision 2; an unchanged re-export keeps it', () => {
    const first = exportable({ ...defaultPolicy(), name: 'Northwind 2026-11', org: { ...defaultPolicy().org, massDisclosureThreshold: 5 } }, base);
    expect(first.revision).toBe(1);
    const exported = { kind: 'exported' as const, policy: first, file: 'policy.json' };
    expect(exportable(first, exported).revision).toBe(1);
    expect(exportable({ ...first, org: { ...first.org, massDisclosureThreshold: 6 } }, exported).revision).toBe(2);
  });
  test('the unchanged default exports without a revision', () => {
    expect(exportable(defaultPolicy(), base).revision).toBeUndefined();
  });
});

describe('the test bench: which allow entry suppressed which finding', () => {
  const staffMessage: Message = benchMessage({ subject: 'Coverage: Marisol Vega for the diabetes education class', recipients: 'Diabetes Education <diabetes-ed@examplehealth.org>', attachments: '' });
  test('each finding is credited to the entry that removes it alone', () => {
    const p = defaultPolicy();
    const policy = { ...p, org: { ...p.org, allow: [{ text: 'Harbour Wing', kind: 'place' as const }, { text: 'Marisol Vega', kind: 'staff' as const, rule: COMBINATION_ID as 'identity+health' }] } };
    const verdict = scanMessage(staffMessage, policy);
    expect(verdict.action).toBe('allow');
    const s = suppressedFindings(staffMessage, policy, verdict);
    expect(s.map((x) => [x.finding.detectorId, x.finding.action, x.entries, x.together])).toEqual([[COMBINATION_ID, 'block', [1], false]]);
  });
  test('nothing is listed without allow entries, or when they suppress nothing', () => {
    expect(suppressedFindings(staffMessage, defaultPolicy(), scanMessage(staffMessage, defaultPolicy()))).toEqual([]);
    const p = defaultPolicy();
    const unrelated = { ...p, org: { ...p.org, allow: [{ text: 'Harbour Wing' }] } };
    expect(suppressedFindings(staffMessage, unrelated, scanMessage(staffMessage, unrelated))).toEqual([]);
  });
});
