// The fake mailbox lives with the compose simulator (npm run demo), which uses it too.
export * from '../../src/simulator/fake-office';
