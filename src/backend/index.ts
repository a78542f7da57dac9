export { createBackend, type ApiRequest, type ApiResponse, type Backend } from './handler';
export { openIdbStore, type Store, type StoreDump } from './store';
