/* eslint-disable @typescript-eslint/no-require-imports */
import { msg } from '../support/messages';

/** The peer benchmark's adapters keep one interface, so adding a peer is one file. */
const { messageFields, perField } = require('../../bench/peers/fields');
const systems: { name: string; version: string; flag(fields: unknown): Record<string, boolean> }[] = require('../../bench/peers/index.js');

describe('bench:peers adapters', () => {
  test('messageFields keeps each recipient\'s type and the sender as context', () => {
    const f = messageFields(msg({ subject: 'S', cc: [{ displayName: 'B', emailAddress: 'b@x.org' }], attachments: [{ name: 'a.pdf' }] }));
    expect(f).toEqual({
      sender: 'me@examplehealth.org',
      subject: 'S',
      recipients: [
        { type: 'to', displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' },
        { type: 'cc', displayName: 'B', emailAddress: 'b@x.org' },
      ],
      attachments: ['a.pdf'],
    });
  });

  test('perField flags a group when any of its texts is flagged, and shows recipients as "Name <address>"', () => {
    const seen: string[] = [];
    const flag = perField((t: string) => {
      seen.push(t);
      return t.includes('7');
    });
    const out = flag({ subject: '', recipients: [{ type: 'to', displayName: 'A', emailAddress: 'a@x.org' }], attachments: ['1.pdf', '7.pdf'] });
    expect(out).toEqual({ subject: false, recipients: false, attachments: true });
    expect(seen).toEqual(['A <a@x.org>', '1.pdf', '7.pdf']);
  });

  test.each(systems.map((s) => [s.name, s]))('%s answers per field group, with a version', (_name, system) => {
    expect(system.version).toMatch(/^\d+\.\d+\.\d+/);
    const clean = system.flag(messageFields(msg({ subject: 'Staff meeting moved to Thursday' })));
    expect(Object.keys(clean).sort()).toEqual(['attachments', 'recipients', 'subject']);
    expect(clean.subject).toBe(false);
    expect(clean.attachments).toBe(false);
    // A delimited SSN in the subject (within SSA's rules; 123-45-6789 is not): every detector here sees it.
    expect(system.flag(messageFields(msg({ subject: 'SSN 536-22-4417 for the form' }))).subject).toBe(true);
  });
});
