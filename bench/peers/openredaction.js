/**
 * @openredaction/openredaction (MIT): pattern library with a HIPAA preset,
 * the configuration a US healthcare team would pick. Flagged = any detection.
 */
const { OpenRedaction } = require('@openredaction/openredaction');
const { packageVersion, perField } = require('./fields');

const detector = new OpenRedaction({ preset: 'hipaa' });
module.exports = {
  name: 'OpenRedaction (hipaa)',
  version: packageVersion('@openredaction/openredaction'),
  flag: perField((text) => detector.detect(text).detections.length > 0),
};
