export * from './resources';
export * from './requests';
export * from './lists';
export * from './errors';
export * from './team';
export * from './project-file';
