export { createBackend, type ApiRequest, type ApiResponse, type Backend, type BackendOptions } from './handler';
export { openIdbStore, type Store, type StoreDump } from './store';
