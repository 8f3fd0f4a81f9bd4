'use strict';
// One cold start of the built handler, in this fresh process: evaluate the file in a new vm context
// (ECMAScript globals, timers and a minimal Office whose calls answer at once), then one send of the
// typical message. Prints {"load": ms, "firstSend": ms}. Usage: node handler-cold-start.js <commands.js> <variant>
const fs = require('fs');
const vm = require('vm');
const { typicalAt } = require('./messages');

const [file, variant] = process.argv.slice(2);
const now = () => process.hrtime.bigint();
const code = fs.readFileSync(file, 'utf8');
const m = typicalAt(Number(variant) || 0);
const ok = (value) => (cb) => cb({ status: 'succeeded', value });
const handlers = {};
const Office = {
  context: {
    mailbox: {
      item: {
        subject: { getAsync: ok(m.subject) },
        to: { getAsync: ok(m.to) },
        cc: { getAsync: ok([]) },
        bcc: { getAsync: ok([]) },
        getAttachmentsAsync: ok(m.attachments.map((a, i) => ({ id: String(i), name: a.name }))),
        internetHeaders: { setAsync: (h, cb) => cb({ status: 'succeeded' }) },
      },
      userProfile: { emailAddress: 'me@northwind-health.org' },
    },
    requirements: { isSetSupported: () => true },
  },
  actions: { associate: (n, f) => (handlers[n] = f) },
};
const t0 = now();
vm.runInContext(code, vm.createContext({ Office, setTimeout, clearTimeout }));
const t1 = now();
new Promise((resolve) => handlers.onMessageSendHandler({ completed: resolve })).then(() => {
  const t2 = now();
  process.stdout.write(JSON.stringify({ load: Number(t1 - t0) / 1e6, firstSend: Number(t2 - t1) / 1e6 }));
});
