import type { Message, Recipient } from '../../src/engine';

/** A fictitious message; override what the test is about. */
export function msg(over: Partial<Message> = {}): Message {
  return {
    subject: '',
    to: [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }],
    cc: [],
    bcc: [],
    attachments: [],
    senderAddress: 'me@examplehealth.org',
    ...over,
  };
}

export const personal = (n: number, domain = 'gmail.com'): Recipient[] =>
  Array.from({ length: n }, (_, i) => ({ displayName: `Person ${i}`, emailAddress: `person${i}@${domain}` }));
