import { AllowEntry, COMBINATION_ID, Message, Policy, defaultPolicy, parsePolicy, parsePolicyJson, scanMessage } from '../../src/engine';
import { msg } from '../support/messages';

/** Issue 17 item 12: allow entries that are phrases, staff or place names, scoped to a rule and a field group. */
const withAllow = (allow: AllowEntry[], over: Partial<Policy['org']> = {}): Policy => {
  const p = defaultPolicy();
  return { ...p, org: { ...p.org, ...over, allow } };
};
const flagged = (m: Message, p: Policy) => scanMessage(m, p).findings.map((f) => `${f.detectorId}:${f.action}`);

const MRI = 'Meeting with Lisa about MRI scheduling';
const MRI_OTHER = 'Lisa MRI results';
const PLACE = 'Sidney outpatient imaging - new CT install date';
const STAFF = 'Coverage: Marisol Vega for the diabetes education class';

describe('allow entries (org.allow)', () => {
  test('the false alarms these tests fix are real with the default policy', () => {
    for (const subject of [MRI, MRI_OTHER, PLACE, STAFF]) expect(flagged(msg({ subject }), defaultPolicy())).toContain(`${COMBINATION_ID}:${subject === STAFF ? 'block' : 'warn'}`);
  });

  test('a phrase stops its words counting as health information there only; the old single-word allow list stops them everywhere', () => {
    const phrase = withAllow([{ text: 'MRI scheduling', kind: 'phrase' }]);
    expect(flagged(msg({ subject: MRI }), phrase)).toEqual([]);
    expect(flagged(msg({ subject: MRI_OTHER }), phrase)).toEqual([`${COMBINATION_ID}:warn`]);
    const word = withAllow([], { allowTerms: ['MRI'] });
    expect(flagged(msg({ subject: MRI }), word)).toEqual([]);
    expect(flagged(msg({ subject: MRI_OTHER }), word)).toEqual([]);
  });

  test('a place name stops counting as a person, and a real patient beside it is still found', () => {
    const place = withAllow([{ text: 'Sidney', kind: 'place' }]);
    expect(flagged(msg({ subject: PLACE }), place)).toEqual([]);
    const v = scanMessage(msg({ subject: 'Sidney outpatient imaging: Ada Quill CT results' }), place);
    expect(v.findings.map((f) => 'Sidney outpatient imaging: Ada Quill CT results'.slice(f.start, f.end))).toEqual(['Ada Quill']);
    expect(v.action).toBe('block');
  });

  test('a staff name stops counting as a patient; an identifier beside it is still found', () => {
    const staff = withAllow([{ text: 'Marisol Vega', kind: 'staff' }]);
    expect(flagged(msg({ subject: STAFF }), staff)).toEqual([]);
    expect(flagged(msg({ subject: `${STAFF}, MRN 00451782` }), staff)).toEqual(['mrn:block']);
  });

  test('whole words only, any case; underscores in file names read as spaces', () => {
    expect(flagged(msg({ subject: PLACE }), withAllow([{ text: 'sidney' }]))).toEqual([]);
    expect(flagged(msg({ subject: PLACE }), withAllow([{ text: 'Sid' }]))).not.toEqual([]);
    expect(flagged(msg({ subject: PLACE }), withAllow([{ text: 'Sidney outpatient imaging - new CT install date and more' }]))).not.toEqual([]);
    const file = msg({ subject: 'Staff schedule', attachments: [{ name: 'Marisol_Vega_diabetes_education_class.pdf' }] });
    expect(flagged(file, defaultPolicy())).not.toEqual([]);
    expect(flagged(file, withAllow([{ text: 'Marisol Vega', kind: 'staff' }]))).toEqual([]);
  });

  test('scoped to a field group: the entry does not apply in another group', () => {
    const file = msg({ subject: STAFF, attachments: [{ name: 'Marisol_Vega_diabetes_education_class.pdf' }] });
    const onlyFiles = withAllow([{ text: 'Marisol Vega', kind: 'staff', group: 'attachments' }]);
    expect(scanMessage(file, onlyFiles).findings.map((f) => f.field)).toEqual(['subject']);
    const onlySubject = withAllow([{ text: 'Marisol Vega', kind: 'staff', group: 'subject' }]);
    expect(scanMessage(file, onlySubject).findings.map((f) => f.field)).toEqual(['attachments']);
  });

  test('scoped to a rule: a name-with-health entry leaves identifiers alone, an identifier entry leaves names alone', () => {
    const subject = 'Kit MRN 00451782 for Marisol Vega diabetes education';
    const combination = withAllow([{ text: subject, rule: COMBINATION_ID }]);
    expect(flagged(msg({ subject }), combination)).toEqual(['mrn:block']);
    const mrnOnly = withAllow([{ text: subject, rule: 'mrn' }]);
    expect(flagged(msg({ subject }), mrnOnly)).toEqual([`${COMBINATION_ID}:block`]);
    expect(flagged(msg({ subject }), withAllow([{ text: subject }]))).toEqual([]);
  });

  test('an entry that does not occur in the field changes nothing', () => {
    const p = withAllow([{ text: 'Harbour Wing', kind: 'place' }, { text: 'MRI scheduling' }]);
    for (const subject of [PLACE, STAFF, 'MRN 00451782 - consent']) expect(scanMessage(msg({ subject }), p)).toEqual(scanMessage(msg({ subject }), defaultPolicy()));
  });
});

describe('allow entries in policy files', () => {
  test('an older file with only the single-word allow list still loads, with no allow entries', () => {
    const r = parsePolicyJson(JSON.stringify({ schemaVersion: 1, name: 'Northwind 2026-10', org: { allowTerms: ['echo', 'MRI'] } }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.policy.org.allowTerms).toEqual(['echo', 'MRI']);
    expect(r.policy.org.allow).toEqual([]);
  });

  test('entries with a kind, a rule and a group load as written', () => {
    const allow = [{ text: 'MRI scheduling', kind: 'phrase', rule: COMBINATION_ID, group: 'subject' }, { text: 'Sidney', kind: 'place' }, { text: 'Marisol Vega', kind: 'staff' }];
    const r = parsePolicy({ schemaVersion: 1, org: { allow } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.policy.org.allow).toEqual(allow);
  });

  test.each([
    ['org.allow.0.rule', { text: 'Sidney', rule: 'person-name' }],
    ['org.allow.0.group', { text: 'Sidney', group: 'body' }],
    ['org.allow.0.kind', { text: 'Sidney', kind: 'town' }],
    ['org.allow.0.text', { text: 'S' }],
    ['org.allow.0.text', { text: 'Sidney\nMRN 00451782' }],
    ['org.allow.0.note', { text: 'Sidney', note: 'a town' }],
    ['org.allow.0.text', { kind: 'place' }],
  ])('refuses %s in %j', (path, entry) => {
    const r = parsePolicy({ schemaVersion: 1, org: { allow: [entry] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });
});
