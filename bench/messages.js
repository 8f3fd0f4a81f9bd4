'use strict';
// The benchmark's messages, shared by bench/engine.js and bench/handler-cold-start.js.

// The engine keeps recent field results (Outlook re-reads unchanged fields on every event),
// so "first scan" figures use messages whose every value is new: variant v changes them all.
const recipient = (i, v = 0) => ({ displayName: `Colleague ${i}-${v}, RN`, emailAddress: `colleague${i}.${v}@northwind-health.org` });
const attachment = (i, v = 0) => ({ name: `Quarterly_report_${i}_${v}_v2.pdf`, size: 20000, isInline: false });
const message = (subject, nRecipients, nAttachments, v = 0) => ({
  subject,
  to: Array.from({ length: nRecipients }, (_, i) => recipient(i, v)),
  cc: [],
  bcc: [],
  attachments: Array.from({ length: nAttachments }, (_, i) => attachment(i, v)),
  senderAddress: 'me@northwind-health.org',
});

// 80 characters, with a patient name, a birth date and a test: the common bad case.
const typicalAt = (v) => {
  const m = message(`RE: Pt Rosalind Thackeray DOB 3/14/1958 - abnormal CT chest, review #${String(v).padStart(6, '0')}`.slice(0, 80), 5, 3, v);
  m.attachments[2].name = `Thackeray_Rosalind_CT_report_${v}.pdf`;
  return m;
};

module.exports = { message, typicalAt };
