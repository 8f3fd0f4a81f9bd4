/**
 * The common interface of the peer benchmark: a message becomes the texts of
 * its unencrypted fields; a detector returns flagged yes/no per field group.
 */
function messageFields(message) {
  return {
    /** The user's own address: context (the organisation's domain), not a field to check. */
    sender: message.senderAddress || '',
    subject: message.subject || '',
    recipients: ['to', 'cc', 'bcc'].flatMap((type) => message[type].map((r) => ({ type, displayName: r.displayName || '', emailAddress: r.emailAddress || '' }))),
    attachments: message.attachments.map((a) => a.name),
  };
}

/** A recipient as text-only detectors see it, and as Outlook shows it: "Name <address>". */
const recipientText = (r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress);

/** For detectors that judge one text at a time: a group is flagged when any of its texts is. */
function perField(textFlagged) {
  return (fields) => ({
    subject: fields.subject !== '' && textFlagged(fields.subject),
    recipients: fields.recipients.some((r) => textFlagged(recipientText(r))),
    attachments: fields.attachments.some(textFlagged),
  });
}

/** A package's version from its package.json, also when its "exports" hide the file. */
function packageVersion(name) {
  const fs = require('fs');
  const path = require('path');
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

module.exports = { messageFields, perField, packageVersion };
