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
};
