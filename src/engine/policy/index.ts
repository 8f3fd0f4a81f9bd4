export * from './schema';
export * from './defaults';
export * from './parse';
export * from './safe-pattern';
export * from './allow';
