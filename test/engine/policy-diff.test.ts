import { defaultPolicy, parsePolicy } from '../../src/engine';
import { describeChange, diffPolicy } from '../../src/engine/policy/diff';

const parsed = (input: object) => {
  const r = parsePolicy({ schemaVersion: 1, ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
};

test('the default policy against itself has no changes', () => {
  expect(diffPolicy(defaultPolicy(), defaultPolicy())).toEqual([]);
});

test('levels, numbers, strings and lists are reported at their paths, readably', () => {
  const p = parsed({
    name: 'Northwind',
    rules: { npi: { subject: 'warn' } },
    org: { massDisclosureThreshold: 5, internalDomains: ['northwind.example'], personalDomains: ['gmail.com', 'example-mail.net'], mrnFormats: [{ name: 'NW', pattern: 'NW\\d{8}' }] },
    behaviour: { privacyContact: 'Privacy Office x4100' },
  });
  const lines = diffPolicy(defaultPolicy(), p).map(describeChange);
  expect(lines).toEqual([
    'name: PHI Guard default policy -> Northwind',
    'rules.npi.subject: off -> warn',
    'org.internalDomains: adds northwind.example',
    expect.stringMatching(/^org\.personalDomains: adds example-mail\.net; removes googlemail\.com, yahoo\.com, ymail\.com, hotmail\.com, outlook\.com, live\.com and \d+ more$/),
    'org.massDisclosureThreshold: 3 -> 5',
    'org.mrnFormats: adds NW',
    'behaviour.privacyContact: (empty) -> Privacy Office x4100',
  ]);
});
