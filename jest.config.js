/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  // The CLI tests run the built bin; `npm test` builds it first (pretest).
  testTimeout: 30000,
  // A worker that has run the heavy suites (the handler bundle in 400 fresh VM contexts, the corpora) is
  // replaced rather than reused: jest's workers keep memory across test files, and one reached V8's heap limit.
  workerIdleMemoryLimit: '1GB',
  // The handler bundle suite keeps its ~550 VM contexts (about 8 MB each with the fourteenth round's lexicons) until
  // the file ends: 4.4 GB, past V8's default heap limit here; \`npm test\` gives the workers 6 GB (NODE_OPTIONS).
};
