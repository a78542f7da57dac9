export { openIdbStore, Tx, prefixRange, afterMarkerRange, type Store, type StoreDump, type StoreChange, type CommittedChanges, type StoreOptions } from './idb-store';
export { nextRevision } from './revision';
export * from './schema';
