/** PHI Guard itself, through the built engine (dist/engine), on the default policy. */
const path = require('path');
const { scanMessage, defaultPolicy, groupOf } = require(path.join(__dirname, '..', '..', 'dist', 'engine'));

let policy = defaultPolicy();
module.exports = {
  name: 'PHI Guard',
  version: require('../../package.json').version,
  /**
   * The engine caches per-field results for a policy object; a fresh policy
   * object per timed round makes every timed scan a first scan, as on Send.
   */
  resetCache() {
    policy = defaultPolicy();
  },
  flag(fields) {
    const of = (type) => fields.recipients.filter((r) => r.type === type).map(({ displayName, emailAddress }) => ({ displayName, emailAddress }));
    const message = { subject: fields.subject, to: of('to'), cc: of('cc'), bcc: of('bcc'), attachments: fields.attachments.map((name) => ({ name })), senderAddress: fields.sender || undefined };
    const out = { subject: false, recipients: false, attachments: false };
    for (const f of scanMessage(message, policy).findings) out[groupOf(f.field)] = true;
    return out;
  },
};
