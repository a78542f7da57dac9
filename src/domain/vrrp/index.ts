export * from './timing';
export * from './engine';
export * from './lvs';
