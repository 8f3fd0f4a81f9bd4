import { defaultPolicy, scanMessage } from '../../../src/engine';
import { streetAddress } from '../../../src/engine/detectors/street-address';
import { detectorTable } from '../../support/detectors';
import { msg } from '../../support/messages';

detectorTable(streetAddress, {
  valid: [
    'Clinic 2 with Dr Patel cancelled',
    { text: 'Flu clinic moved to 400 Main St', why: 'a facility word: the clinic\'s address' },
    { text: 'Lease renewal - Suite 410, 2200 Commerce Pkwy', why: 'suite/lease: an office' },
    'New cardiology MOB at 4100 Elm St opens Monday',
    { text: 'Meet 2 at the Way', why: 'joining words, not a street name' },
    'Version 12 release notes',
    { text: 'a.b@example.org', kind: 'emailAddress' },
  ],
  invalid: [
    { text: 'Home visit 1420 Maple Ave - wound vac change', found: ['1420 Maple Ave'] },
    { text: 'Fall at home, 215 W 34th St apt 5', found: ['215 W 34th St'] },
    { text: 'SOC visit 5308 Lakeview Ct - needs wound vac', found: ['5308 Lakeview Ct'] },
    { text: 'insulin mailed to p.o. box 4411', found: ['p.o. box 4411'] },
    { text: '1420_Maple_Ave_wound_photos.zip', kind: 'attachment', found: ['1420_Maple_Ave'] },
    { text: '77 Old Mill Road, 12 Harbor View Terrace', found: ['77 Old Mill Road', '12 Harbor View Terrace'] },
    { text: 'bed delivery 41 Linden Terr - hospice', found: ['41 Linden Terr'], why: '"Terr" for Terrace' },
  ],
});

describe('street address in a message', () => {
  test('with health context it is an identity+health finding; alone or with topic words it is not', () => {
    const policy = defaultPolicy();
    expect(scanMessage(msg({ subject: 'Home visit 1420 Maple Ave - wound vac change' }), policy).findings.map((f) => f.detectorId)).toEqual(['identity+health']);
    expect(scanMessage(msg({ subject: 'Open house Sunday 1-4pm, 2214 Lakeview Ave' }), policy).action).toBe('allow');
    expect(scanMessage(msg({ subject: 'Diabetes education class at 1420 Maple Ave' }), policy).action).toBe('allow');
  });
});
