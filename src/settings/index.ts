export * from './schema';
export * from './validate';
export * from './store';
export { memoryStorageArea } from './memory';
