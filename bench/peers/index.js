/** The systems compared by bench/peers.js: PHI Guard first, then each peer. */
module.exports = [require('./phi-guard'), require('./redact-pii'), require('./openredaction')];
