export { openIdbStore, Tx, prefixRange, afterMarkerRange, type Store, type StoreDump } from './idb-store';
export * from './schema';
