/**
 * redact-pii (MIT): regex-based redaction; SyncRedactor is the offline mode
 * (the Google DLP mode is never used here). Flagged = the text changed.
 */
const { SyncRedactor } = require('redact-pii');
const { packageVersion, perField } = require('./fields');

const redactor = new SyncRedactor();
module.exports = {
  name: 'redact-pii',
  version: packageVersion('redact-pii'),
  flag: perField((text) => redactor.redact(text) !== text),
};
